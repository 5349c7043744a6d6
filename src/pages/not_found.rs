use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::use_i18n;

#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="wrap page narrow">
            <h1>{move || i18n.t("notfound-title")}</h1>
            <p>{move || i18n.t("notfound-p1")}</p>
            <ul class="link-list">
                <li><A href="/">{move || i18n.t("notfound-home")}</A></li>
                <li><A href="/faq">{move || i18n.t("notfound-faq")}</A></li>
            </ul>
        </div>
    }
}
