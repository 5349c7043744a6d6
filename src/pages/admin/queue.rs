//! The queue: filters and search (applied on the server), pages, a selection
//! for bulk decisions, and the CSV export of what the filters show. The
//! filters and the page live in the address (`/admin?status=received&page=3`),
//! so that a request opened from the list leads back to the same place, and
//! the list a request was opened from is kept for its previous and next links.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::params::ParamsMap;
use portal_core::endpoints::ExportQueue;
use portal_core::{
    ApplicationStatus, Holder, QueueItem, QueuePage, StructureKind, Verdict, messages,
};
use serde::{Deserialize, Serialize};

use super::bulk::BulkForm;
use super::filters::{SelectFilter, TextFilter, options, yes_or_no};
use super::labels::{LabelChips, Labels, load_labels};
use super::shortcuts::{Shortcut, Shortcuts};
use super::views::SavedViews;
use super::{AdminArea, Sheet, error_text, use_reviewer};
use crate::api::ApiError;
use crate::components::{Column, DataTable};
use crate::i18n::{format_date, kind_label, status_label, use_i18n};

/// The filters as typed; the query string is built from them. `per_page`
/// has no field: it is kept when the address gives it.
#[derive(Clone, Default, PartialEq)]
struct Filters {
    status: String,
    kind: String,
    eligibility: String,
    country: String,
    phase: String,
    from: String,
    to: String,
    q: String,
    answered: String,
    taken: String,
    related: String,
    label: String,
    per_page: String,
}

impl Filters {
    /// The filters and the page of a query string.
    fn from_query(query: &ParamsMap) -> (Filters, u32) {
        let get = |key: &str| query.get(key).unwrap_or_default();
        let filters = Filters {
            status: get("status"),
            kind: get("kind"),
            eligibility: get("eligibility"),
            country: get("country"),
            phase: get("phase"),
            from: get("from"),
            to: get("to"),
            q: get("q"),
            answered: get("answered"),
            taken: get("taken"),
            related: get("related"),
            label: get("label"),
            per_page: get("per_page"),
        };
        let page = query
            .get("page")
            .and_then(|p| p.parse().ok())
            .unwrap_or(1)
            .max(1);
        (filters, page)
    }

    fn query(&self, page: u32) -> String {
        let mut pairs = form_urlencoded::Serializer::new(String::new());
        for (key, value) in [
            ("status", &self.status),
            ("kind", &self.kind),
            ("eligibility", &self.eligibility),
            ("country", &self.country),
            ("phase", &self.phase),
            ("from", &self.from),
            ("to", &self.to),
            ("q", &self.q),
            ("answered", &self.answered),
            ("taken", &self.taken),
            ("related", &self.related),
            ("label", &self.label),
            ("per_page", &self.per_page),
        ] {
            if !value.trim().is_empty() {
                pairs.append_pair(key, value.trim());
            }
        }
        if page > 1 {
            pairs.append_pair("page", &page.to_string());
        }
        let query = pairs.finish();
        if query.is_empty() {
            query
        } else {
            format!("?{query}")
        }
    }
}

const TRAIL_KEY: &str = "portal.review.trail";

/// The page of the queue a reviewer last saw: its query string, its
/// requests in order, and the query string of the next page if there is one.
#[derive(Serialize, Deserialize)]
pub(super) struct Trail {
    pub(super) query: String,
    pub(super) references: Vec<String>,
    pub(super) next: Option<String>,
}

/// The queue page last seen in this tab, if any.
pub(super) fn trail() -> Option<Trail> {
    crate::browser::session_get(TRAIL_KEY).and_then(|json| crate::json::from_str(&json))
}

fn remember(trail: &Trail) {
    if let Some(json) = crate::json::to_string(trail) {
        crate::browser::session_set(TRAIL_KEY, &json);
    }
}

#[component]
pub fn Queue() -> impl IntoView {
    view! { <AdminArea><QueueView/></AdminArea> }
}

#[component]
fn QueueView() -> impl IntoView {
    let i18n = use_i18n();
    let reviewer = use_reviewer();
    let query = use_query_map();
    // What the address asks for; what is typed in the filters until applied.
    let applied = Memo::new(move |_| query.with(Filters::from_query));
    let filters = RwSignal::new(applied.get_untracked().0);
    Effect::new(move |_| filters.set(applied.get().0));
    let navigate = StoredValue::new_local(use_navigate());
    let go = Callback::new(move |(filters, page): (Filters, u32)| {
        let url = format!("/admin{}", filters.query(page));
        navigate.with_value(|navigate| navigate(&url, Default::default()));
    });
    let selected = RwSignal::new(Vec::<String>::new());
    let refresh = RwSignal::new(0u32);
    let labels = load_labels();

    let results = LocalResource::new(move || {
        let query = applied.with(|(filters, page)| filters.query(*page));
        let _ = refresh.get();
        let token = reviewer.token();
        async move { crate::api::review::queue(&token, &query).await }
    });
    let export = Action::new_local(move |sheet: &Sheet| {
        let (query, sheet) = (
            applied.with_untracked(|(filters, _)| filters.query(1)),
            *sheet,
        );
        let token = reviewer.token();
        let lang = i18n.locale_untracked().as_str();
        async move {
            let bytes = crate::api::review::export(&token, &query, sheet, lang).await?;
            super::save_sheet("requests", sheet, &bytes);
            Ok::<_, ApiError>(())
        }
    });
    let export_failure = move || match export.value().get() {
        Some(Err(error)) => Some(error_text(i18n, &error)),
        _ => None,
    };
    let table = move || {
        results.get().map(|result| match result {
            Err(error) => {
                reviewer.handle(&error);
                view! { <p class="notice error">{error_text(i18n, &error)}</p> }.into_any()
            }
            Ok(queue) => {
                i18n.locale(); // drawn again in the other language
                view! { <QueueTable queue=queue applied=applied selected=selected go=go labels=labels/> }
                    .into_any()
            }
        })
    };
    let saved_query = Signal::derive(move || {
        applied.with(|(filters, _)| filters.query(1).trim_start_matches('?').to_owned())
    });
    view! {
        <h1>{move || i18n.t("review-queue-title")}</h1>
        <Shortcuts offered=&QUEUE_SHORTCUTS act=Callback::new(act_on_queue)/>
        <SavedViews query=saved_query/>
        <FilterForm filters=filters labels=labels on_apply=Callback::new(move |()| go.run((filters.get_untracked(), 1)))
            on_export=Callback::new(move |sheet| { export.dispatch_local(sheet); })/>
        <BulkForm selected=selected on_done=Callback::new(move |()| refresh.update(|n| *n += 1))/>
        <p role="status" aria-live="polite" class="live">{export_failure}</p>
        <Transition fallback=move || view! { <p>{i18n.t("common-loading")}</p> }>{table}</Transition>
    }
}

/// The keys of the queue.
const QUEUE_SHORTCUTS: [Shortcut; 4] = [
    Shortcut::Next,
    Shortcut::Previous,
    Shortcut::Search,
    Shortcut::Help,
];

fn act_on_queue(shortcut: Shortcut) {
    match shortcut {
        Shortcut::Next => crate::browser::focus_among(".queue a.reference", 1),
        Shortcut::Previous => crate::browser::focus_among(".queue a.reference", -1),
        Shortcut::Search => {
            crate::browser::focus("#filter-q");
        }
        _ => {}
    }
}

/// The filters as typed, applied with the button (or Enter), and the
/// exports of what the applied filters show.
#[component]
fn FilterForm(
    filters: RwSignal<Filters>,
    labels: Labels,
    on_apply: Callback<()>,
    on_export: Callback<Sheet>,
) -> impl IntoView {
    let i18n = use_i18n();
    let offer = crate::offer::use_offer();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        on_apply.run(());
    };
    let statuses = options(
        &ApplicationStatus::ALL,
        ApplicationStatus::as_str,
        move |s| status_label(i18n, s),
    );
    let kinds = options(&StructureKind::ALL, StructureKind::as_str, move |k| {
        kind_label(i18n, k)
    });
    let verdicts = options(
        &[Verdict::Eligible, Verdict::CaseByCase],
        Verdict::as_str,
        move |v| i18n.t(messages::verdict(v)),
    );
    let answers = yes_or_no(
        i18n,
        "review-filter-answered-yes",
        "review-filter-answered-no",
    );
    let holders = options(&[Holder::Mine, Holder::Nobody], Holder::as_str, move |h| {
        i18n.t(match h {
            Holder::Mine => "review-filter-taken-mine",
            Holder::Nobody => "review-filter-taken-nobody",
        })
    });
    let related = yes_or_no(
        i18n,
        "review-filter-related-yes",
        "review-filter-related-no",
    );
    let label_options = Signal::derive(move || {
        labels.with_value(|labels| {
            let labels = labels.into_iter().flatten();
            labels.map(|l| (l.id.to_string(), l.name.clone())).collect()
        })
    });
    let phases = Signal::derive(move || {
        let numbers = offer.with(|offer| offer.phases.iter().map(|p| p.number).collect::<Vec<_>>());
        numbers
            .into_iter()
            .map(|n| (n.to_string(), n.to_string()))
            .collect()
    });
    view! {
        <form class="filters" on:submit=on_submit role="search" aria-label=move || i18n.t("review-filters-label")>
            <TextFilter name="q" label="review-filter-q" input_type="search" filters=filters field=|f| &mut f.q/>
            <SelectFilter name="status" label="review-filter-status" options=statuses filters=filters field=|f| &mut f.status/>
            <SelectFilter name="kind" label="review-filter-kind" options=kinds filters=filters field=|f| &mut f.kind/>
            <SelectFilter name="eligibility" label="review-filter-eligibility" options=verdicts filters=filters field=|f| &mut f.eligibility/>
            <SelectFilter name="phase" label="review-filter-phase" options=phases filters=filters field=|f| &mut f.phase/>
            <SelectFilter name="answered" label="review-filter-answered" options=answers filters=filters field=|f| &mut f.answered/>
            <SelectFilter name="taken" label="review-filter-taken" options=holders filters=filters field=|f| &mut f.taken/>
            <SelectFilter name="related" label="review-filter-related" options=related filters=filters field=|f| &mut f.related/>
            <SelectFilter name="label" label="review-filter-label" options=label_options filters=filters field=|f| &mut f.label/>
            <TextFilter name="country" label="review-filter-country" input_type="text" filters=filters field=|f| &mut f.country/>
            <TextFilter name="from" label="review-filter-from" input_type="date" filters=filters field=|f| &mut f.from/>
            <TextFilter name="to" label="review-filter-to" input_type="date" filters=filters field=|f| &mut f.to/>
            <div class="form-actions">
                <button type="submit" class="button primary">{move || i18n.t("review-filter-apply")}</button>
                <QueueExports on_export=on_export/>
            </div>
        </form>
    }
}

/// A page of the queue, remembered for the previous and next links of the
/// requests, with its count and the pager.
#[component]
fn QueueTable(
    queue: QueuePage,
    applied: Memo<(Filters, u32)>,
    selected: RwSignal<Vec<String>>,
    go: Callback<(Filters, u32)>,
    labels: Labels,
) -> impl IntoView {
    let i18n = use_i18n();
    let pages = queue.total.div_ceil(u64::from(queue.per_page)).max(1);
    remember(&Trail {
        query: applied.with_untracked(|(filters, page)| filters.query(*page)),
        references: queue
            .items
            .iter()
            .map(|item| item.reference.clone())
            .collect(),
        next: (u64::from(queue.page) < pages)
            .then(|| applied.with_untracked(|(filters, _)| filters.query(queue.page + 1))),
    });
    // After a change of page, the focus goes to the count of the new page
    // (the buttons that had it are drawn anew).
    let turn = move |by: i64| {
        let (filters, page) = applied.get_untracked();
        let page = u32::try_from((i64::from(page) + by).max(1)).unwrap_or(1);
        go.run((filters, page));
        crate::browser::after_render(|| {
            crate::browser::focus("#queue-count");
        });
    };
    let columns = std::iter::once(Column::hidden(i18n.t("review-col-select")))
        .chain(COLUMNS.map(|id| Column::new(i18n.t(id))))
        .collect();
    let rows = queue
        .items
        .into_iter()
        .map(|item| view! { <QueueRow item=item selected=selected labels=labels/> })
        .collect_view();
    let current = queue.page;
    let (first, last) = (current <= 1, u64::from(current) >= pages);
    view! {
        <p role="status" aria-live="polite" id="queue-count" tabindex="-1">
            {i18n.t_args("review-queue-count", [("total", queue.total.into()), ("page", current.into()), ("pages", pages.into())])}
        </p>
        <DataTable caption=i18n.t("review-queue-title") caption_hidden=true class="queue" scroll=true columns=columns>
            {rows}
        </DataTable>
        <nav class="pager" aria-label=i18n.t("review-pager-label")>
            <button type="button" class="button secondary small" disabled=first
                on:click=move |_| turn(-1)>{i18n.t("review-previous")}</button>
            <button type="button" class="button secondary small" disabled=last
                on:click=move |_| turn(1)>{i18n.t("review-next")}</button>
        </nav>
    }
}

/// The columns of the queue after the selection box; on a phone each cell
/// shows its column's name.
const COLUMNS: [&str; 7] = [
    "review-col-reference",
    "review-col-name",
    "review-col-kind",
    "review-col-country",
    "review-col-status",
    "review-col-taken",
    "review-col-date",
];

/// Whether the request waits for its applicant, since when, or has their
/// answer.
#[component]
fn Waiting(item: QueueItem) -> impl IntoView {
    let i18n = use_i18n();
    let since = format_date(i18n, &item.since, false);
    if item.answered {
        Some(view! { <span class="badge answered">{i18n.t("review-answered")}</span> }.into_any())
    } else if item.status == ApplicationStatus::InformationRequested {
        Some(view! { <span class="small waiting">{i18n.t_args("review-waiting-since", [("date", since.into())])}</span> }.into_any())
    } else {
        None
    }
}

/// The exports of what the applied filters show: a coordinator's.
#[component]
fn QueueExports(on_export: Callback<Sheet>) -> impl IntoView {
    let i18n = use_i18n();
    let reviewer = use_reviewer();
    view! {
        <Show when={move || reviewer.may::<ExportQueue>()}>
            <button type="button" class="button secondary" on:click=move |_| on_export.run(Sheet::Csv)>
                {move || i18n.t("review-export")}
            </button>
            <button type="button" class="button secondary" on:click=move |_| on_export.run(Sheet::Ods)>
                {move || i18n.t("review-export-ods")}
            </button>
        </Show>
    }
}

#[component]
fn QueueRow(item: QueueItem, selected: RwSignal<Vec<String>>, labels: Labels) -> impl IntoView {
    let i18n = use_i18n();
    let reference = item.reference.clone();
    let checkbox_label = i18n.t_args("review-select", [("reference", reference.clone().into())]);
    let href = format!("/admin/requests/{reference}");
    let name = item
        .structure_name
        .clone()
        .unwrap_or_else(|| i18n.t("review-erased"));
    let [
        col_reference,
        col_name,
        col_kind,
        col_country,
        col_status,
        col_taken,
        col_date,
    ] = COLUMNS.map(|id| i18n.t(id));
    view! {
        <tr>
            <td>
                <input type="checkbox" aria-label=checkbox_label
                    prop:checked={ let r = reference.clone(); move || selected.with(|s| s.contains(&r)) }
                    on:change={ let r = reference.clone(); move |ev| {
                        let on = event_target_checked(&ev);
                        selected.update(|s| { s.retain(|x| *x != r); if on { s.push(r.clone()); } });
                    }}/>
            </td>
            <td data-label=col_reference><A href=href attr:class="reference" attr:aria-keyshortcuts="j k">{reference.clone()}</A></td>
            <td data-label=col_name>
                {name}
                {item.address.clone().map(|a| view! { <br/><span class="small address-url" translate="no">{a}</span> })}
                {item.space.map(|s| view! { " " <span class=format!("badge space-{}", s.as_str())>{i18n.t(messages::space(s))}</span> })}
                {item.related.then(|| view! { " " <span class="badge related">{i18n.t("review-related-badge")}</span> })}
                " " <LabelChips ids=item.labels.clone() labels=labels/>
            </td>
            <td data-label=col_kind>{kind_label(i18n, item.kind)}</td>
            <td data-label=col_country>{item.country.clone()}</td>
            <td data-label=col_status>
                {status_label(i18n, item.status)}{item.phase.map(|p| format!(" ({p})"))}
                <Waiting item=item.clone()/>
            </td>
            <td data-label=col_taken>{item.taken_by.clone().unwrap_or_else(|| "—".to_owned())}</td>
            <td data-label=col_date>{format_date(i18n, &item.created_at, false)}</td>
        </tr>
    }
}
