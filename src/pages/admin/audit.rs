//! Who did what, for the coordinators: the audit log newest first, filtered
//! by person, action, request and days (the filters are the page's
//! address, so a view of the log can be linked to), paged, exported; and a
//! request's own trail on its page, for every member.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::params::ParamsMap;
use portal_core::audit::{Action, AuditEntry, AuditPage};
use portal_core::{ApplicationDetail, messages};

use super::filters::{SelectFilter, TextFilter};
use super::{AdminArea, Sheet, error_text, use_reviewer};
use crate::components::{Column, DataTable, Load, LoadFailure};
use crate::i18n::{I18n, format_date, use_i18n};

#[component]
pub fn AuditLog() -> impl IntoView {
    view! { <AdminArea><AuditView/></AdminArea> }
}

/// The filters as typed.
#[derive(Clone, Default, PartialEq)]
struct AuditFilters {
    member: String,
    action: String,
    reference: String,
    from: String,
    to: String,
}

impl AuditFilters {
    fn from_query(query: &ParamsMap) -> AuditFilters {
        let get = |key: &str| query.get(key).unwrap_or_default();
        AuditFilters {
            member: get("member"),
            action: get("action"),
            reference: get("reference"),
            from: get("from"),
            to: get("to"),
        }
    }

    /// The query string (`?…` or empty), rows older than `before` if given.
    fn query(&self, before: Option<i64>) -> String {
        let mut pairs = form_urlencoded::Serializer::new(String::new());
        for (key, value) in [
            ("member", &self.member),
            ("action", &self.action),
            ("reference", &self.reference),
            ("from", &self.from),
            ("to", &self.to),
        ] {
            if !value.trim().is_empty() {
                pairs.append_pair(key, value.trim());
            }
        }
        if let Some(before) = before {
            pairs.append_pair("before", &before.to_string());
        }
        let query = pairs.finish();
        if query.is_empty() {
            query
        } else {
            format!("?{query}")
        }
    }
}

#[component]
fn AuditView() -> impl IntoView {
    let i18n = use_i18n();
    let reviewer = use_reviewer();
    let query = use_query_map();
    let applied = Memo::new(move |_| query.with(AuditFilters::from_query));
    let before =
        Memo::new(move |_| query.with(|q| q.get("before").and_then(|b| b.parse::<i64>().ok())));
    let filters = RwSignal::new(applied.get_untracked());
    let page = Load::new(move || {
        let query = applied.get().query(before.get());
        let token = reviewer.token();
        async move { crate::api::review::audit(&token, &query).await }
    });
    let navigate = StoredValue::new_local(use_navigate());
    let apply = Callback::new(move |()| {
        let url = format!("/admin/audit{}", filters.get_untracked().query(None));
        navigate.with_value(|navigate| navigate(&url, Default::default()));
    });
    let exported = RwSignal::new(None::<String>);
    let export = Callback::new(move |sheet: Sheet| {
        let (query, token) = (applied.get_untracked().query(None), reviewer.token());
        let lang = i18n.locale_untracked().as_str();
        leptos::task::spawn_local(async move {
            match crate::api::review::export_audit(&token, &query, sheet, lang).await {
                Ok(bytes) => super::save_sheet("audit", sheet, &bytes),
                Err(error) => exported.set(Some(error_text(i18n, &error))),
            }
        });
    });
    let results = move || {
        page.loaded().get().map(|page| {
            i18n.locale();
            let (filters, earlier) = (applied.get_untracked(), before.get_untracked().is_some());
            view! { <AuditResults page=page filters=filters earlier=earlier/> }
        })
    };
    view! {
        <h1>{move || i18n.t("review-audit-title")}</h1>
        <p>{move || i18n.t("review-audit-lead")}</p>
        <AuditFilterForm filters=filters on_apply=apply on_export=export/>
        <p role="status" aria-live="polite" class="live">{move || exported.get()}</p>
        <LoadFailure load=page text=Callback::new(move |error| error_text(i18n, &error))/>
        {results}
    }
}

#[component]
fn AuditFilterForm(
    filters: RwSignal<AuditFilters>,
    on_apply: Callback<()>,
    on_export: Callback<Sheet>,
) -> impl IntoView {
    let i18n = use_i18n();
    let reviewer = use_reviewer();
    let team = Load::new(move || {
        let token = reviewer.token();
        async move { crate::api::review::team(&token).await }
    });
    let members = Signal::derive(move || {
        team.with_value(|team| {
            let members = team.into_iter().flatten();
            members.map(|m| (m.name.clone(), m.name.clone())).collect()
        })
    });
    let actions = Signal::derive(move || {
        Action::ALL
            .map(|a| (a.as_str().to_owned(), i18n.t(messages::audit_action(a))))
            .to_vec()
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        on_apply.run(());
    };
    let exports = Sheet::ALL.map(|sheet| {
        let label = match sheet {
            Sheet::Csv => "review-audit-export-csv",
            Sheet::Ods => "review-audit-export-ods",
        };
        view! {
            <button type="button" class="button secondary" on:click=move |_| on_export.run(sheet)>
                {move || i18n.t(label)}
            </button>
        }
    });
    view! {
        <form class="filters" on:submit=on_submit role="search" aria-label=move || i18n.t("review-audit-filters")>
            <SelectFilter name="member" label="audit-col-member" options=members filters=filters field=|f| &mut f.member/>
            <SelectFilter name="action" label="audit-col-action" options=actions filters=filters field=|f| &mut f.action/>
            <TextFilter name="reference" label="audit-col-reference" input_type="text" filters=filters field=|f| &mut f.reference/>
            <TextFilter name="from" label="review-filter-from" input_type="date" filters=filters field=|f| &mut f.from/>
            <TextFilter name="to" label="review-filter-to" input_type="date" filters=filters field=|f| &mut f.to/>
            <div class="form-actions">
                <button type="submit" class="button primary">{move || i18n.t("review-filter-apply")}</button>
                {exports.collect_view()}
            </div>
        </form>
    }
}

/// A page of rows, with the links to older ones and back to the newest.
#[component]
fn AuditResults(page: AuditPage, filters: AuditFilters, earlier: bool) -> impl IntoView {
    let i18n = use_i18n();
    let newest = earlier.then(|| {
        let href = format!("/admin/audit{}", filters.query(None));
        view! { <A href=href>{i18n.t("review-audit-newest")}</A> }
    });
    let older = page.next.map(|next| {
        let href = format!("/admin/audit{}", filters.query(Some(next)));
        view! { <A href=href>{i18n.t("review-audit-older")}</A> }
    });
    if page.entries.is_empty() {
        return view! { <p>{i18n.t("review-audit-none")}</p> {newest} }.into_any();
    }
    view! {
        <AuditTable entries=page.entries caption=i18n.t("review-audit-title") with_request=true/>
        <nav class="pager" aria-label=i18n.t("review-audit-pages")>{newest}" "{older}</nav>
    }
    .into_any()
}

/// How the server answered, in words.
fn answer(i18n: I18n, status: u16) -> String {
    if status < 400 {
        i18n.t("review-audit-done")
    } else {
        i18n.t_args("review-audit-refused", [("status", status.into())])
    }
}

/// Rows of the log; the request's column where they are of several.
#[component]
pub fn AuditTable(entries: Vec<AuditEntry>, caption: String, with_request: bool) -> impl IntoView {
    let i18n = use_i18n();
    let rows = entries
        .into_iter()
        .map(|e| {
            let request = with_request.then(|| {
                let link = e.reference.clone().map(|r| {
                    let href = format!("/admin/requests/{r}");
                    view! { <A href=href>{r}</A> }
                });
                view! { <td>{link}</td> }
            });
            let member = e
                .member
                .clone()
                .unwrap_or_else(|| i18n.t("review-audit-nobody"));
            view! {
                <tr>
                    <td>{format_date(i18n, &e.at, true)}</td>
                    <td>{member}</td>
                    <th scope="row">{i18n.t(messages::audit_action(e.action))}</th>
                    {request}
                    <td><code>{e.detail.clone()}</code></td>
                    <td>{answer(i18n, e.status)}</td>
                </tr>
            }
        })
        .collect_view();
    let mut columns = vec!["audit-col-at", "audit-col-member", "audit-col-action"];
    if with_request {
        columns.push("audit-col-reference");
    }
    columns.extend(["audit-col-detail", "audit-col-status"]);
    let columns = columns
        .into_iter()
        .map(|id| Column::new(i18n.t(id)))
        .collect();
    view! {
        <DataTable caption=caption caption_hidden=true class="figures wide" scroll=true columns=columns>
            {rows}
        </DataTable>
    }
}

/// A request's trail, on its page: read again whenever the request changes
/// (a decision, a note), so that what was just done shows.
#[component]
pub fn Trail(reference: Signal<String>, detail: Load<ApplicationDetail>) -> impl IntoView {
    let i18n = use_i18n();
    let reviewer = use_reviewer();
    let trail = Load::new(move || {
        detail.with_value(|_| ());
        let (token, reference) = (reviewer.token(), reference.get());
        async move { crate::api::review::trail(&token, &reference).await }
    });
    let rows = move || {
        trail.loaded().get().map(|entries| {
            i18n.locale();
            view! { <AuditTable entries=entries caption=i18n.t("review-trail-title") with_request=false/> }
        })
    };
    view! {
        <section aria-labelledby="trail-title">
            <h2 id="trail-title">{move || i18n.t("review-trail-title")}</h2>
            <p>{move || i18n.t("review-trail-lead")}</p>
            <LoadFailure load=trail text=Callback::new(move |error| error_text(i18n, &error))/>
            {rows}
        </section>
    }
}
