//! The two apps (the public site and the reviewers' area) and their shared
//! shell: skip link, header with navigation and language switch, the routed
//! page in `<main>`, footer. On every navigation the focus moves to the new
//! page's heading and the document title follows it.

use leptos::prelude::*;
use leptos_router::components::{A, Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

use crate::components::LanguageSwitch;
use crate::i18n::{I18n, use_i18n};
use crate::pages;

/// A public page: in its own chunk when the app is split (`lazy`).
macro_rules! page {
    ($load:ident, $page:ident) => {{
        #[cfg(feature = "split")]
        let view = || view! { <crate::lazy::Split load=crate::lazy::$load/> };
        #[cfg(not(feature = "split"))]
        let view = pages::$page;
        view
    }};
}

/// The public site.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            <Shell external=false>
                <Routes fallback=|| view! { <pages::NotFound/> }>
                    <Route path=path!("/") view=pages::Home/>
                    <Route path=path!("/eligibility") view=page!(who_can_apply, WhoCanApply)/>
                    <Route path=path!("/faq") view=page!(faq, Faq)/>
                    <Route path=path!("/about") view=page!(about, About)/>
                    <Route path=path!("/privacy") view=page!(privacy, Privacy)/>
                    <Route path=path!("/legal") view=page!(legal, Legal)/>
                    <Route path=path!("/accessibility") view=page!(accessibility, Accessibility)/>
                    <Route path=path!("/apply") view=page!(apply, Apply)/>
                    <Route path=path!("/apply/:step") view=page!(apply_step, ApplyStep)/>
                    <Route path=path!("/status") view=page!(status, Status)/>
                    <Route path=path!("/survey") view=page!(survey, AnswerSurvey)/>
                    <Route path=path!("/emails") view=page!(emails, EmailChoice)/>
                </Routes>
            </Shell>
        </Router>
    }
}

/// The reviewers' area, under `/admin`. The site's navigation leads out of
/// it, to the public site's app.
#[component]
pub fn Admin() -> impl IntoView {
    view! {
        <Router>
            <Shell external=true>
                <Routes fallback=|| view! { <pages::NotFound/> }>
                    <Route path=path!("/admin") view=pages::Queue/>
                    <Route path=path!("/admin/dashboard") view=pages::DashboardPage/>
                    <Route path=path!("/admin/phases") view=pages::Phases/>
                    <Route path=path!("/admin/team") view=pages::Team/>
                    <Route path=path!("/admin/audit") view=pages::AuditLog/>
                    <Route path=path!("/admin/replies") view=pages::Replies/>
                    <Route path=path!("/admin/requests/:reference") view=pages::RequestDetail/>
                    <Route path=path!("/admin/surveys") view=pages::Surveys/>
                    <Route path=path!("/admin/surveys/new") view=pages::SurveyPage/>
                    <Route path=path!("/admin/surveys/:id") view=pages::SurveyPage/>
                </Routes>
            </Shell>
        </Router>
    }
}

/// A link of the site's navigation: followed by the router within an app,
/// by the browser when it leads to the other app (`external`).
#[component]
fn NavLink(
    href: &'static str,
    external: bool,
    #[prop(optional)] exact: bool,
    #[prop(optional)] class: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    if external {
        view! { <a href=href class=class rel="external">{children()}</a> }.into_any()
    } else {
        view! { <A href=href exact=exact attr:class=class>{children()}</A> }.into_any()
    }
}

/// The site's footer: its links to the notices.
#[component]
fn Footer(external: bool) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <div class="wrap footer-inner">
                <p>{move || i18n.t("footer-tagline")}</p>
                <nav aria-label=move || i18n.t("footer-nav-label")>
                    <ul>
                        <li><NavLink href="/privacy" external=external>{move || i18n.t("nav-privacy")}</NavLink></li>
                        <li><NavLink href="/legal" external=external>{move || i18n.t("nav-legal")}</NavLink></li>
                        <li><NavLink href="/accessibility" external=external>{move || i18n.t("nav-accessibility")}</NavLink></li>
                        <li><NavLink href="/faq" external=external>{move || i18n.t("nav-faq")}</NavLink></li>
                    </ul>
                </nav>
                <p class="footer-note">{move || i18n.t("footer-no-tracking")}</p>
            </div>
        </footer>
    }
}

/// What both apps share, and the contexts their pages use (language, offer).
#[component]
fn Shell(external: bool, children: Children) -> impl IntoView {
    provide_context(I18n::from_storage());
    crate::offer::provide_offer();
    let i18n = use_i18n();
    let location = use_location();
    // Move the focus to the new page's heading after each navigation (not on
    // the first load, where the browser's own order is expected), and name the
    // document after it. A fragment (`/faq#q-…`) is left to its page.
    let first = StoredValue::new(true);
    let menu_open = RwSignal::new(false);
    Effect::new(move |_| {
        let _path = location.pathname.get();
        menu_open.set(false);
        let _lang = i18n.locale();
        let first_load = first.get_value();
        first.set_value(false);
        crate::browser::after_render(move || {
            let wants_focus = !first_load && crate::browser::hash().is_empty();
            crate::document::navigated(i18n.locale_untracked(), wants_focus);
        });
    });
    view! {
        <a
            class="skip-link"
            href="#main"
            on:click=move |ev| {
                ev.prevent_default();
                crate::browser::focus("#main");
            }
        >
            {move || i18n.t("skip-to-content")}
        </a>
        <header class="site-header">
            <div class="wrap header-inner">
                <NavLink href="/" external=external class="brand">
                    <svg class="brand-mark" aria-hidden="true" viewBox="0 0 32 32" width="32" height="32">
                        <rect width="32" height="32" rx="7" fill="currentColor"/>
                        <path d="M9 23V9h13v3.4h-9v2.4h7.6v3.3H13V23z" fill="var(--brand-ink)"/>
                        <circle cx="23.5" cy="21.5" r="2.5" fill="var(--accent)"/>
                    </svg>
                    <span>{move || i18n.t("app-name")}</span>
                </NavLink>
                <div class="header-tools">
                    <LanguageSwitch/>
                    // On a phone the navigation folds behind this button, so
                    // that the header leaves the screen to the page.
                    <button type="button" class="menu-button" aria-controls="main-nav"
                        aria-expanded=move || if menu_open.get() { "true" } else { "false" }
                        on:click=move |_| menu_open.update(|open| *open = !*open)>
                        {move || i18n.t("nav-menu")}
                    </button>
                </div>
            </div>
            <nav id="main-nav" class="wrap main-nav" class:open=move || menu_open.get() aria-label=move || i18n.t("nav-label")>
                <ul>
                    <li><NavLink href="/" external=external exact=true>{move || i18n.t("nav-home")}</NavLink></li>
                    <li><NavLink href="/eligibility" external=external>{move || i18n.t("nav-eligibility")}</NavLink></li>
                    <li><NavLink href="/faq" external=external>{move || i18n.t("nav-faq")}</NavLink></li>
                    <li><NavLink href="/about" external=external>{move || i18n.t("nav-about")}</NavLink></li>
                    <li><NavLink href="/status" external=external>{move || i18n.t("nav-status")}</NavLink></li>
                    <li><NavLink href="/apply" external=external class="cta">{move || i18n.t("nav-apply")}</NavLink></li>
                </ul>
            </nav>
        </header>
        <main id="main" tabindex="-1">
            {children()}
        </main>
        <Footer external=external/>
    }
}
