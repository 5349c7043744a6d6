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
    // The static page shown while the app loaded (index.html) gives way.
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
    leptos::mount::mount_to_body(app::App);
}
