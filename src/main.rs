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
    leptos::mount::mount_to_body(app::App);
}
