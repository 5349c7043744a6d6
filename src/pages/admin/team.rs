//! The team, for its coordinators: each member with their role (changed in
//! place) and a button that revokes their token; a form that adds a member
//! and shows their token once, with a copy button and a warning.

use leptos::prelude::*;
use portal_core::{AddedMember, MemberView, NewMember, Role};

use super::sso::{SsoField, SsoSection};
use super::{AdminArea, error_text, use_reviewer};
use crate::api::ApiError;
use crate::components::{Column, ConfirmButton, DataTable, Load, LoadFailure, Submit};
use crate::i18n::{format_date, use_i18n};

#[component]
pub fn Team() -> impl IntoView {
    view! { <AdminArea><TeamView/></AdminArea> }
}

/// What a coordinator changes in the team.
#[derive(Clone)]
enum Change {
    Role(String, Role),
    Revoke(String),
}

fn role_label(role: Role) -> &'static str {
    match role {
        Role::Coordinator => "review-team-coordinator",
        Role::Reviewer => "review-team-reviewer",
    }
}

#[component]
fn TeamView() -> impl IntoView {
    let i18n = use_i18n();
    let reviewer = use_reviewer();
    let members = Load::new(move || {
        let token = reviewer.token();
        async move { crate::api::review::team(&token).await }
    });
    let said = RwSignal::new(None::<String>);
    let change = Submit::new(
        move |change: Change| {
            let token = reviewer.token();
            async move {
                match change {
                    Change::Role(name, role) => {
                        crate::api::review::set_role(&token, &name, role).await
                    }
                    Change::Revoke(name) => crate::api::review::revoke_member(&token, &name).await,
                }
            }
        },
        move |answer: Result<Vec<MemberView>, ApiError>| match answer {
            Ok(list) => {
                members.set(list);
                said.set(Some(i18n.t("review-team-saved")));
            }
            Err(error) => {
                reviewer.handle(&error);
                said.set(Some(error_text(i18n, &error)));
            }
        },
    );
    let table = move || {
        members.loaded().get().map(|list| {
            i18n.locale();
            view! { <TeamTable members=list change=change/> }
        })
    };
    view! {
        <h1>{move || i18n.t("review-team-title")}</h1>
        <p>{move || i18n.t("review-team-lead")}</p>
        <LoadFailure load=members text=Callback::new(move |error| error_text(i18n, &error))/>
        {table}
        <p role="status" aria-live="polite" class="live">{move || said.get()}</p>
        <SsoSection members=Signal::derive(move || members.loaded().get().unwrap_or_default())
            on_saved=Callback::new(move |list| {
                members.set(list);
                said.set(Some(i18n.t("review-team-saved")));
            })/>
        <AddMember on_added=Callback::new(move |added: AddedMember| {
            let mut list = members.with_value_untracked(|l| l.cloned().unwrap_or_default());
            list.push(added.member);
            list.sort_by(|a, b| a.name.cmp(&b.name));
            members.set(list);
        })/>
    }
}

#[component]
fn TeamTable(members: Vec<MemberView>, change: Submit<Change>) -> impl IntoView {
    let i18n = use_i18n();
    let rows = members
        .into_iter()
        .enumerate()
        .map(|(n, m)| {
            let active = m.revoked_at.is_none();
            let (name, role) = (m.name.clone(), m.role);
            let select_id = format!("role-{n}");
            let choose = {
                let name = name.clone();
                move |ev| {
                    let role = Role::parse(&event_target_value(&ev)).unwrap_or_default();
                    change.send(Change::Role(name.clone(), role));
                }
            };
            let revoke = {
                let name = name.clone();
                Callback::new(move |()| change.send(Change::Revoke(name.clone())))
            };
            let label = i18n.t_args("review-team-role-of", [("name", name.clone().into())]);
            view! {
                <tr>
                    <th scope="row">{m.name.clone()}</th>
                    <td>
                        {if active {
                            view! {
                                <label class="visually-hidden" for=select_id.clone()>{label}</label>
                                <select id=select_id class="control" on:change=choose>
                                    {Role::ALL.map(|r| view! {
                                        <option value=r.as_str() selected=r == role>{i18n.t(role_label(r))}</option>
                                    }).collect_view()}
                                </select>
                            }.into_any()
                        } else {
                            i18n.t(role_label(role)).into_any()
                        }}
                    </td>
                    <td>{format_date(i18n, &m.created_at, false)}</td>
                    <td>{m.sso.clone().unwrap_or_else(|| "—".to_owned())}</td>
                    <td>{match &m.revoked_at {
                        Some(at) => i18n.t_args("review-team-revoked-on", [("date", format_date(i18n, at, false).into())]).into_any(),
                        None => view! {
                            <ConfirmButton name="revoke-member" class="button secondary small"
                                label=Signal::derive({ let name = name.clone(); move || i18n.t_args("review-team-revoke", [("name", name.clone().into())]) })
                                title=Signal::derive(move || i18n.t("review-team-revoke-title"))
                                text=Signal::derive({ let name = name.clone(); move || i18n.t_args("review-team-revoke-text", [("name", name.clone().into())]) })
                                confirm=Signal::derive(move || i18n.t("review-team-revoke-confirm"))
                                on_confirm=revoke/>
                        }.into_any(),
                    }}</td>
                </tr>
            }
        })
        .collect_view();
    let columns = [
        "review-team-col-name",
        "review-team-col-role",
        "review-team-col-since",
        "review-team-col-sso",
        "review-team-col-access",
    ]
    .map(|id| Column::new(i18n.t(id)))
    .into();
    view! {
        <DataTable caption=i18n.t("review-team-title") caption_hidden=true class="figures wide" scroll=true columns=columns>
            {rows}
        </DataTable>
    }
}

/// Adds a member, then shows their token once.
#[component]
fn AddMember(on_added: Callback<AddedMember>) -> impl IntoView {
    let i18n = use_i18n();
    let reviewer = use_reviewer();
    let name = RwSignal::new(String::new());
    let role = RwSignal::new(Role::Reviewer);
    let sso = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let sso_problem = RwSignal::new(None::<String>);
    let shown = RwSignal::new(None::<AddedMember>);
    let add = Submit::new(
        move |member: NewMember| {
            let token = reviewer.token();
            async move { crate::api::review::add_member(&token, &member).await }
        },
        move |answer: Result<AddedMember, ApiError>| match answer {
            Ok(added) => {
                problem.set(None);
                sso_problem.set(None);
                name.set(String::new());
                sso.set(String::new());
                on_added.run(added.clone());
                shown.set(Some(added));
                crate::browser::after_render(|| {
                    crate::browser::focus("#new-token-title");
                });
            }
            Err(ApiError::Refused { fields, .. }) if !fields.is_empty() => {
                let text = Some(i18n.t(portal_core::messages::code(fields[0].code)));
                let (at, id) = match fields[0].field.as_str() {
                    "sso" => (sso_problem, "#member-sso"),
                    _ => (problem, "#member-name"),
                };
                at.set(text);
                crate::browser::focus(id);
            }
            Err(error) => {
                reviewer.handle(&error);
                problem.set(Some(error_text(i18n, &error)));
            }
        },
    );
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        add.send(NewMember {
            name: name.get_untracked(),
            role: role.get_untracked(),
            sso: Some(sso.get_untracked()).filter(|s| !s.trim().is_empty()),
        });
    };
    view! {
        <section aria-labelledby="add-member-title">
            <h2 id="add-member-title">{move || i18n.t("review-team-add-title")}</h2>
            <form novalidate=true on:submit=on_submit>
                <div class="field" class:has-error=move || problem.with(Option::is_some)>
                    <label for="member-name">{move || i18n.t("review-team-name")}</label>
                    {move || problem.get().map(|p| view! { <p class="error-message" id="member-name-error">{p}</p> })}
                    <input id="member-name" class="control" type="text" autocomplete="off"
                        aria-describedby=move || problem.with(Option::is_some).then_some("member-name-error")
                        aria-invalid=move || problem.with(Option::is_some).then_some("true")
                        prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                </div>
                <SsoField id="member-sso" value=sso problem=sso_problem/>
                <RoleChoice role=role/>
                <button type="submit" class="button primary">{move || i18n.t("review-team-add")}</button>
            </form>
            {move || shown.get().map(|added| view! { <NewToken added=added/> })}
        </section>
    }
}

/// The role of the member to add.
#[component]
fn RoleChoice(role: RwSignal<Role>) -> impl IntoView {
    let i18n = use_i18n();
    let choices = Role::ALL.map(|r| {
        let id = format!("new-role-{}", r.as_str());
        view! {
            <div class="choice">
                <input type="radio" name="new-role" id=id.clone() prop:checked=move || role.get() == r
                    on:change=move |_| role.set(r)/>
                <label for=id>{move || i18n.t(role_label(r))}</label>
            </div>
        }
    });
    view! {
        <fieldset class="field">
            <legend>{move || i18n.t("review-team-col-role")}</legend>
            {choices.collect_view()}
        </fieldset>
    }
}

/// A new member's token, shown this once.
#[component]
fn NewToken(added: AddedMember) -> impl IntoView {
    let i18n = use_i18n();
    let copied = RwSignal::new(false);
    let token = added.token.clone();
    view! {
        <div class="notice warning" role="region" aria-labelledby="new-token-title">
            <h3 id="new-token-title" tabindex="-1">
                {i18n.t_args("review-team-token-title", [("name", added.member.name.clone().into())])}
            </h3>
            <p>{i18n.t("review-team-token-once")}</p>
            <p><code class="token" id="new-token">{added.token.clone()}</code></p>
            <button type="button" class="button secondary small" on:click=move |_| {
                crate::browser::copy_to_clipboard(&token);
                copied.set(true);
            }>{i18n.t("review-team-token-copy")}</button>
            <p role="status" aria-live="polite" class="live">{move || copied.get().then(|| i18n.t("review-team-token-copied"))}</p>
        </div>
    }
}
