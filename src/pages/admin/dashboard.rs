//! The reviewers' dashboard: the requests by status, kind, country and week
//! of arrival, and the refusal reasons, each as a bar chart (SVG) whose
//! numbers are text, and whose title says them all to screen readers.

use leptos::prelude::*;
use portal_core::{ApplicationStatus, Dashboard, RefusalReason, StructureKind, Tally};

use super::{AdminArea, error_text, use_reviewer};
use crate::i18n::{I18n, format_date, kind_label, refusal_label, status_label, use_i18n};

#[component]
pub fn DashboardPage() -> impl IntoView {
    view! { <AdminArea><DashboardView/></AdminArea> }
}

#[component]
fn DashboardView() -> impl IntoView {
    let i18n = use_i18n();
    let reviewer = use_reviewer();
    let load = LocalResource::new(move || {
        let token = reviewer.token();
        async move { crate::api::review::dashboard(&token).await }
    });
    let content = move || {
        load.get().map(|result| match result {
            Err(error) => {
                reviewer.handle(&error);
                view! { <p class="notice error">{error_text(i18n, &error)}</p> }.into_any()
            }
            Ok(board) => {
                i18n.locale(); // drawn again in the other language
                charts(i18n, board).into_any()
            }
        })
    };
    view! {
        <h1>{move || i18n.t("review-dashboard-title")}</h1>
        <p>{move || i18n.t("review-dashboard-lead")}</p>
        <Transition fallback=move || view! { <p>{i18n.t("common-loading")}</p> }>{content}</Transition>
    }
}

/// A tally's bar label, as `name` reads its key.
fn bars(tallies: &[Tally], name: impl Fn(&str) -> String) -> Vec<(String, u64)> {
    tallies.iter().map(|t| (name(&t.key), t.count)).collect()
}

fn charts(i18n: I18n, board: Dashboard) -> impl IntoView {
    let status = |key: &str| {
        ApplicationStatus::parse(key).map_or_else(|| key.to_owned(), |s| status_label(i18n, s))
    };
    let kind = |key: &str| {
        StructureKind::parse(key).map_or_else(|| key.to_owned(), |k| kind_label(i18n, k))
    };
    let country = |key: &str| {
        if key == "other" {
            i18n.t("review-dashboard-other-countries")
        } else {
            key.to_owned()
        }
    };
    let week = |key: &str| {
        i18n.t_args(
            "review-dashboard-week-of",
            [(
                "date",
                format_date(i18n, &format!("{key}T12:00:00Z"), false).into(),
            )],
        )
    };
    let reason = |key: &str| {
        RefusalReason::parse(key).map_or_else(|| key.to_owned(), |r| refusal_label(i18n, r))
    };
    let total = i18n.t_args("review-dashboard-total", [("count", board.total.into())]);
    view! {
        <p class="lead">{total}</p>
        <div class="charts">
            <BarChart id="chart-status" title=i18n.t("review-dashboard-statuses") bars=bars(&board.statuses, status)/>
            <BarChart id="chart-kind" title=i18n.t("review-dashboard-kinds") bars=bars(&board.kinds, kind)/>
            <BarChart id="chart-country" title=i18n.t("review-dashboard-countries") bars=bars(&board.countries, country)/>
            <BarChart id="chart-reason" title=i18n.t("review-dashboard-reasons") bars=bars(&board.reasons, reason)/>
            <BarChart id="chart-week" title=i18n.t("review-dashboard-weeks") bars=bars(&board.weeks, week)/>
        </div>
    }
}

const ROW: f64 = 28.0;
const LABEL_WIDTH: f64 = 230.0;
const BAR_WIDTH: f64 = 300.0;

/// Horizontal bars, one per `(label, count)`, the count written after each.
#[component]
fn BarChart(id: &'static str, title: String, bars: Vec<(String, u64)>) -> impl IntoView {
    let i18n = use_i18n();
    let title_id = format!("{id}-title");
    if bars.is_empty() {
        return view! {
            <figure class="dash-chart">
                <figcaption id=title_id>{title}</figcaption>
                <p>{i18n.t("review-dashboard-nothing")}</p>
            </figure>
        }
        .into_any();
    }
    let max = bars.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    let said = bars
        .iter()
        .map(|(label, n)| {
            i18n.t_args(
                "review-dashboard-bar",
                [("label", label.clone().into()), ("count", (*n).into())],
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    let height = ROW * bars.len() as f64;
    let rows = bars
        .into_iter()
        .enumerate()
        .map(|(i, (label, n))| {
            let y = ROW * i as f64;
            let width = if n == 0 { 0.0 } else { (BAR_WIDTH * n as f64 / max as f64).max(2.0) };
            view! {
                <text x=LABEL_WIDTH - 8.0 y=y + 18.0 text-anchor="end" class="chart-label">{label}</text>
                <rect x=LABEL_WIDTH y=y + 5.0 width=width height=ROW - 10.0 class="chart-bar"></rect>
                <text x=LABEL_WIDTH + width + 6.0 y=y + 18.0 class="chart-value">{n.to_string()}</text>
            }
        })
        .collect_view();
    view! {
        <figure class="dash-chart">
            <figcaption id=title_id.clone()>{title.clone()}</figcaption>
            // Wider than a phone: the chart scrolls, by keyboard too.
            <div class="chart-scroll" tabindex="0" role="group" aria-labelledby=title_id.clone()>
                <svg viewBox=format!("0 0 {} {height}", LABEL_WIDTH + BAR_WIDTH + 60.0) role="img"
                    aria-labelledby=format!("{title_id} {id}-said")>
                    <title id=format!("{id}-said")>{said}</title>
                    {rows}
                </svg>
            </div>
        </figure>
    }
    .into_any()
}
