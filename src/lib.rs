//! The Frama.space portal, client side: presentation and flow only. Rules come
//! from `portal_core`, texts from `locales/`, data from the API.
//!
//! Two apps share this library, each its own WebAssembly bundle so that
//! applicants on old phones do not download the reviewers' tools: the public
//! site (`src/main.rs`, `index.html`) and the reviewers' area under `/admin`
//! (`src/bin/admin.rs`, `admin.html`).

pub mod api;
pub mod app;
pub mod browser;
pub mod components;
pub mod document;
pub mod i18n;
pub mod json;
#[cfg(feature = "split")]
pub mod lazy;
pub mod offer;
pub mod pages;
pub mod seal;
pub mod search;

use leptos::prelude::IntoView;

/// Starts `app` in place of the static page of the HTML file, with the
/// texts it starts with and how it fetches the others, if it has any.
pub fn launch<V: IntoView + 'static>(
    app: fn() -> V,
    texts: i18n::Texts,
    fetch: Option<i18n::Fetch>,
) {
    i18n::start_with(texts, fetch);
    // A reader who chose English sees the app in English from its first
    // frame: the shell's English texts come first if they are not there.
    let locale = i18n::stored_locale();
    wasm_bindgen_futures::spawn_local(async move {
        i18n::fetch_texts(i18n::TextGroup::Site, locale).await;
        wait_for_first_paint(app, 0);
    });
}

/// The static page of index.html (the page's heading and lead) is what a
/// slow phone shows while the app loads. The app replaces it only once the
/// browser has shown it, so that the page's first paint never waits for the
/// app's; at most a third of a second (a tab opened in the background paints
/// nothing until shown).
fn wait_for_first_paint<V: IntoView + 'static>(app: fn() -> V, waited: u32) {
    const STEP_MS: u32 = 16;
    if waited >= 20 * STEP_MS || browser::painted() {
        start(app);
    } else {
        leptos::prelude::set_timeout(
            move || wait_for_first_paint(app, waited + STEP_MS),
            std::time::Duration::from_millis(u64::from(STEP_MS)),
        );
    }
}

fn start<V: IntoView + 'static>(app: fn() -> V) {
    // The app is drawn hidden (`.booting` in the style sheet) while the
    // static page stays: a page whose chunk is on its way keeps the static
    // page until it is there, so that nothing moves twice.
    browser::set_booting(true);
    leptos::mount::mount_to_body(app);
    browser::after_render(|| {
        if !boot::held() {
            boot::release();
        }
    });
}

/// The static page of the HTML file, while the app is not drawn yet.
pub mod boot {
    use std::cell::Cell;

    thread_local! {
        static HELD: Cell<bool> = const { Cell::new(false) };
    }

    /// A page is on its way: the static page stays until `release`.
    pub fn hold() {
        if crate::browser::is_booting() {
            HELD.set(true);
        }
    }

    pub fn held() -> bool {
        HELD.get()
    }

    /// The static page gives way to the app.
    pub fn release() {
        HELD.set(false);
        if let Some(boot) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("boot"))
        {
            boot.remove();
        }
        crate::browser::set_booting(false);
    }
}
