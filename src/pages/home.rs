//! The home page: what a space is and who it is for, what is inside and what
//! is not, the limits, how it works, the rollout progress, who runs it.

use leptos::prelude::*;
use leptos_router::components::A;
use portal_core::{OfferView, PhaseProgress};

use crate::components::{Column, DataTable};
use crate::i18n::{I18n, use_i18n};
use crate::offer::{limit_args, use_offer, use_offer_view, use_site};

const TOOLS: [&str; 8] = [
    "files",
    "office",
    "calendar",
    "talk",
    "photos",
    "collectives",
    "deck",
    "notes",
];
const NOT_INSIDE: [&str; 3] = ["email", "appstore", "e2ee"];

#[component]
pub fn Home() -> impl IntoView {
    let i18n = use_i18n();
    let site = use_site();
    let offer = use_offer();
    let limit =
        move |id: &'static str| move || offer.with(|offer| i18n.t_args(id, limit_args(offer)));
    let tools = titled_items(
        i18n,
        "card",
        TOOLS
            .iter()
            .map(|t| (format!("home-tool-{t}-name"), format!("home-tool-{t}-desc"))),
    );
    let not_inside = titled_items(
        i18n,
        "",
        NOT_INSIDE
            .iter()
            .map(|i| (format!("home-no-{i}-name"), format!("home-no-{i}-desc"))),
    );
    let steps = titled_items(
        i18n,
        "",
        (1..=5).map(|n| (format!("home-step{n}-title"), format!("home-step{n}-desc"))),
    );
    view! {
        <div class="hero">
            <div class="wrap">
                <h1>{move || i18n.t("home-title")}</h1>
                <p class="lead">{move || i18n.t("home-lead")}</p>
                <p class="actions">
                    <A href="/apply" attr:class="button primary">{move || i18n.t("home-cta")}</A>
                    <A href="/eligibility" attr:class="button secondary">{move || i18n.t("home-cta-secondary")}</A>
                </p>
            </div>
        </div>
        <div class="wrap page">
            <section aria-labelledby="inside-title">
                <h2 id="inside-title">{move || i18n.t("home-inside-title")}</h2>
                <ul class="cards">{tools}</ul>
            </section>
            <section aria-labelledby="not-inside-title">
                <h2 id="not-inside-title">{move || i18n.t("home-notinside-title")}</h2>
                <ul class="plain columns">{not_inside}</ul>
            </section>
            <section aria-labelledby="limits-title">
                <h2 id="limits-title">{move || i18n.t("home-limits-title")}</h2>
                <ul class="bullets">
                    <li>{limit("home-limits-storage")}</li>
                    <li>{limit("home-limits-accounts")}</li>
                    <li>{move || i18n.t("home-limits-shared")}</li>
                    <li>{move || i18n.t("home-limits-free")}</li>
                    <li>{move || i18n.t("home-limits-support")}</li>
                </ul>
            </section>
            <section aria-labelledby="steps-title">
                <h2 id="steps-title">{move || i18n.t("home-steps-title")}</h2>
                <ol class="steps">{steps}</ol>
                <p class="actions">
                    <A href="/apply" attr:class="button primary">{move || i18n.t("home-cta")}</A>
                </p>
            </section>
            <Progress/>
            <section aria-labelledby="trust-title">
                <h2 id="trust-title">{move || i18n.t("home-trust-title")}</h2>
                <p>{move || i18n.t_args("home-trust-p1", [("publisher", site.get().publisher.name.into())])}</p>
                <p>{move || i18n.t("home-trust-p2")}</p>
                <p>{move || i18n.t("home-trust-p3")}</p>
                <p><A href="/legal">{move || i18n.t("nav-legal")}</A></p>
            </section>
        </div>
    }
}

/// A list's items, each a title and its sentence (their message ids).
fn titled_items(
    i18n: I18n,
    class: &'static str,
    ids: impl Iterator<Item = (String, String)>,
) -> impl IntoView {
    ids.map(|(title, text)| {
        view! {
            <li class=(!class.is_empty()).then_some(class)>
                <h3>{move || i18n.t(&title)}</h3>
                <p>{move || i18n.t(&text)}</p>
            </li>
        }
    })
    .collect_view()
}

/// `YYYY-MM` of today, from the browser's clock.
fn this_month() -> String {
    let now = js_sys::Date::new_0();
    format!("{:04}-{:02}", now.get_full_year(), now.get_month() + 1)
}

/// A phase whose period is over and whose cumulative count is under its target.
fn behind(phase: &PhaseProgress, month: &str) -> bool {
    phase.period_end.as_str() < month && phase.accepted_cumulative < phase.target
}

/// The rollout progress: an SVG bar chart with a text alternative, and the
/// same figures in a table.
#[component]
fn Progress() -> impl IntoView {
    let i18n = use_i18n();
    let view = use_offer_view();
    let content = move || match view.get() {
        None => view! { <p>{i18n.t("common-loading")}</p> }.into_any(),
        Some(Err(_)) => {
            view! { <p class="notice">{i18n.t("home-progress-unavailable")}</p> }.into_any()
        }
        Some(Ok(offer_view)) => chart(i18n, &offer_view).into_any(),
    };
    view! {
        <section aria-labelledby="progress-title" class="progress">
            <h2 id="progress-title">{move || i18n.t("home-progress-title")}</h2>
            <p>{move || i18n.t("home-progress-intro")}</p>
            {content}
            <DecisionWait/>
        </section>
    }
}

/// A wait in hours, as people say it: hours under two days, days beyond.
fn wait_text(i18n: I18n, hours: u32) -> String {
    if hours < 48 {
        i18n.t_args("home-wait-hours", [("count", hours.max(1).into())])
    } else {
        i18n.t_args("home-wait-days", [("count", hours.div_ceil(24).into())])
    }
}

/// How long requests wait for a first decision, once enough were decided.
#[component]
fn DecisionWait() -> impl IntoView {
    let i18n = use_i18n();
    let view = use_offer_view();
    move || {
        let times = view.get().and_then(Result::ok)?.decision_times;
        let overall = times.overall?;
        let line = move |id: &'static str, wait: portal_core::dashboard::Wait| {
            i18n.t_args(
                id,
                [
                    ("median", wait_text(i18n, wait.median_hours).into()),
                    ("p90", wait_text(i18n, wait.p90_hours).into()),
                    ("decided", wait.decided.into()),
                ],
            )
        };
        Some(view! {
            <h3>{i18n.t("home-wait-title")}</h3>
            <p>{line("home-wait-overall", overall)}</p>
            {times.recent.map(|recent| view! { <p>{line("home-wait-recent", recent)}</p> })}
        })
    }
}

/// The share of the longest bar a count takes, in percent: nothing at all
/// for zero, a visible sliver for a small count.
fn bar_width(n: u32, max: u32) -> f64 {
    if n == 0 {
        0.0
    } else {
        (100.0 * f64::from(n) / f64::from(max.max(1))).clamp(1.0, 100.0)
    }
}

/// The figures of the chart, as a table.
fn progress_table(i18n: I18n, view: &OfferView) -> impl IntoView + use<> {
    let rows = view
        .phases
        .iter()
        .map(|phase| {
            let label = i18n.t_args("home-progress-phase", [("number", phase.number.into())]);
            let period = crate::i18n::format_months(i18n, &phase.period_start, &phase.period_end);
            view! {
                <tr>
                    <th scope="row">{label}" "<span class="period">{period}</span></th>
                    <td>{crate::i18n::format_count(i18n, phase.accepted_cumulative)}</td>
                    <td>{crate::i18n::format_count(i18n, phase.target)}</td>
                </tr>
            }
        })
        .collect_view();
    let columns = [
        "home-progress-col-phase",
        "home-progress-col-accepted",
        "home-progress-col-target",
    ]
    .map(|id| Column::new(i18n.t(id)))
    .into();
    view! {
        <DataTable caption=i18n.t("home-progress-caption") class="figures" columns=columns>
            {rows}
        </DataTable>
    }
}

fn chart(i18n: I18n, view: &OfferView) -> impl IntoView + use<> {
    let month = this_month();
    let max = view
        .phases
        .iter()
        .map(|p| p.target.max(p.accepted_cumulative))
        .max()
        .unwrap_or(1);
    let figures = |phase: &PhaseProgress| {
        i18n.t_args(
            "home-progress-chart-alt",
            [
                ("number", phase.number.into()),
                ("accepted", phase.accepted_cumulative.into()),
                ("target", phase.target.into()),
            ],
        )
    };
    // Bars drawn by width (set through the style object, which the content
    // security policy allows), each labelled with its phase and figures.
    let bars = view
        .phases
        .iter()
        .map(|phase| {
            let label = i18n.t_args("home-progress-phase", [("number", phase.number.into())]);
            let value = i18n.t_args(
                "home-progress-bar-value",
                [
                    ("accepted", phase.accepted_cumulative.into()),
                    ("target", phase.target.into()),
                ],
            );
            view! {
                <div class="bar-row">
                    <span class="bar-label">{label}</span>
                    <span class="bar-track">
                        <span class="bar target" style:width=format!("{}%", bar_width(phase.target, max))></span>
                        <span class="bar accepted" style:width=format!("{}%", bar_width(phase.accepted_cumulative, max))></span>
                    </span>
                    <span class="bar-value">{value}</span>
                </div>
            }
        })
        .collect_view();
    let description = view
        .phases
        .iter()
        .map(figures)
        .collect::<Vec<_>>()
        .join(" ");
    let late: Vec<&PhaseProgress> = view.phases.iter().filter(|p| behind(p, &month)).collect();
    let late_text = (!late.is_empty()).then(|| {
        let phases = late
            .iter()
            .map(|p| figures(p))
            .collect::<Vec<_>>()
            .join(" ");
        i18n.t_args(
            "home-progress-behind",
            [("count", late.len().into()), ("phases", phases.into())],
        )
    });
    view! {
        <p class="big-number">{i18n.t_args("home-progress-accepted", [("count", view.accepted_total.into())])}</p>
        <div class="chart" role="img" aria-label=i18n.t("home-progress-caption") aria-describedby="chart-desc">
            {bars}
            <p class="chart-legend" aria-hidden="true">
                <span class="key accepted"></span>{i18n.t("home-progress-col-accepted")}
                " "
                <span class="key target"></span>{i18n.t("home-progress-col-target")}
            </p>
        </div>
        <p id="chart-desc" class="visually-hidden">{description}</p>
        {progress_table(i18n, view)}
        {late_text.map(|text| view! { <p class="notice">{text}</p> })}
        {requests_table(i18n, view)}
    }
}

/// What became of the requests of each phase that has enough of them to be
/// published (none otherwise): the selection, in counts.
fn requests_table(i18n: I18n, view: &OfferView) -> Option<impl IntoView + use<>> {
    let rows: Vec<_> = view
        .phases
        .iter()
        .filter_map(|phase| {
            let r = phase.requests.as_ref()?;
            let label = i18n.t_args("home-progress-phase", [("number", phase.number.into())]);
            let count = |n: u32| crate::i18n::format_count(i18n, n);
            Some(view! {
                <tr>
                    <th scope="row">{label}</th>
                    <td>{count(r.received)}</td>
                    <td>{count(r.accepted)}</td>
                    <td>{count(r.waitlisted)}</td>
                    <td>{count(r.refused)}</td>
                </tr>
            })
        })
        .collect();
    if rows.is_empty() {
        return None;
    }
    let columns = [
        "home-progress-col-phase",
        "home-selection-col-received",
        "home-selection-col-accepted",
        "home-selection-col-waitlisted",
        "home-selection-col-refused",
    ]
    .map(|id| Column::new(i18n.t(id)))
    .into();
    Some(view! {
        <h3>{i18n.t("home-selection-title")}</h3>
        <p>{i18n.t("home-selection-lead")}</p>
        <DataTable caption=i18n.t("home-selection-caption") class="figures" columns=columns>
            {rows}
        </DataTable>
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phase(end: &str, accepted: u32, target: u32) -> PhaseProgress {
        PhaseProgress {
            number: 1,
            name: "x".into(),
            period_start: "2022-11".into(),
            period_end: end.into(),
            target,
            accepted,
            accepted_cumulative: accepted,
            requests: None,
        }
    }

    #[test]
    fn zero_draws_nothing_and_a_small_count_a_sliver() {
        assert_eq!(bar_width(0, 10_000), 0.0);
        assert_eq!(bar_width(10, 10_000), 1.0);
        assert_eq!(bar_width(5_000, 10_000), 50.0);
        assert_eq!(bar_width(3, 0), 100.0);
    }

    #[test]
    fn a_phase_is_behind_only_once_its_period_is_over() {
        assert!(behind(&phase("2022-12", 10, 300), "2023-01"));
        assert!(!behind(&phase("2022-12", 300, 300), "2023-01"));
        assert!(!behind(&phase("2026-12", 10, 300), "2026-11"));
    }
}
