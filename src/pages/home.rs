use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::use_i18n;

#[component]
pub fn Home() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="hero">
            <div class="wrap">
                <h1>{move || i18n.t("home-title")}</h1>
                <p class="lead">{move || i18n.t("home-lead")}</p>
                <p class="actions">
                    <A href="/apply" attr:class="button primary">{move || i18n.t("home-cta")}</A>
                </p>
            </div>
        </div>
    }
}
