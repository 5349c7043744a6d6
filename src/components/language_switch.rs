use leptos::prelude::*;
use portal_core::Locale;

use crate::i18n::use_i18n;

/// One button offering the other language, named in that language (as users
/// look for it) and marked with its `lang` so screen readers pronounce it.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let other = move || match i18n.locale() {
        Locale::Fr => Locale::En,
        Locale::En => Locale::Fr,
    };
    view! {
        <button
            type="button"
            class="language-switch"
            lang=move || other().as_str()
            on:click=move |_| i18n.choose(other())
        >
            {move || i18n.t("language-switch")}
        </button>
    }
}
