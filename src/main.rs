//! The Frama.space portal, client side: presentation and flow only. Rules come
//! from `portal_core`, texts from `locales/`, data from the API.

mod api;
mod app;
mod browser;
mod components;
mod i18n;
mod offer;
mod pages;
mod text;

fn main() {
    wait_for_first_paint(0);
}

/// The static page of index.html (the page's heading and lead) is what a
/// slow phone shows while the app loads. The app replaces it only once the
/// browser has shown it, so that the page's first paint never waits for the
/// app's; at most a third of a second (a tab opened in the background paints
/// nothing until shown).
fn wait_for_first_paint(waited: u32) {
    const STEP_MS: u32 = 16;
    if waited >= 20 * STEP_MS || browser::painted() {
        start();
    } else {
        leptos::prelude::set_timeout(
            move || wait_for_first_paint(waited + STEP_MS),
            std::time::Duration::from_millis(u64::from(STEP_MS)),
        );
    }
}

fn start() {
    // The static page gives way.
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
    leptos::mount::mount_to_body(app::App);
}
