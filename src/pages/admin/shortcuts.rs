//! Keyboard shortcuts of the reviewers' area: one key each, without Ctrl,
//! Alt or Meta, ignored while typing in a field. Each page lists the ones it
//! offers in a help dialog (`?`), and the buttons and links they act on
//! carry `aria-keyshortcuts`, so that screen readers announce them.

use leptos::html::Dialog;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::use_i18n;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Shortcut {
    /// The next request (of the queue's list, or on its page).
    Next,
    Previous,
    /// Take the request, or release it.
    Take,
    /// Focus the decision form.
    Decide,
    /// Focus the private note.
    Note,
    /// Focus the message to the applicant.
    Message,
    /// Focus the search of the queue.
    Search,
    /// Show the shortcuts.
    Help,
}

impl Shortcut {
    pub const ALL: [Shortcut; 8] = [
        Shortcut::Next,
        Shortcut::Previous,
        Shortcut::Take,
        Shortcut::Decide,
        Shortcut::Note,
        Shortcut::Message,
        Shortcut::Search,
        Shortcut::Help,
    ];

    /// The key, as `KeyboardEvent.key` gives it and `aria-keyshortcuts`
    /// names it.
    pub fn key(self) -> &'static str {
        match self {
            Shortcut::Next => "j",
            Shortcut::Previous => "k",
            Shortcut::Take => "t",
            Shortcut::Decide => "d",
            Shortcut::Note => "n",
            Shortcut::Message => "m",
            Shortcut::Search => "/",
            Shortcut::Help => "?",
        }
    }

    fn text(self) -> &'static str {
        match self {
            Shortcut::Next => "review-shortcut-next",
            Shortcut::Previous => "review-shortcut-previous",
            Shortcut::Take => "review-shortcut-take",
            Shortcut::Decide => "review-shortcut-decide",
            Shortcut::Note => "review-shortcut-note",
            Shortcut::Message => "review-shortcut-message",
            Shortcut::Search => "review-shortcut-search",
            Shortcut::Help => "review-shortcut-help",
        }
    }

    fn of(key: &str) -> Option<Shortcut> {
        Shortcut::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// Whether a key pressed in `target` is typing rather than a shortcut.
fn typing(target: Option<web_sys::EventTarget>) -> bool {
    let Some(element) = target.and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
        return false;
    };
    matches!(
        element.tag_name().to_ascii_lowercase().as_str(),
        "input" | "textarea" | "select"
    ) || element
        .closest("[contenteditable], dialog[open]")
        .ok()
        .flatten()
        .is_some()
}

/// The shortcuts `offered` on this page, with their help dialog: `act`
/// runs the ones other than help. The listener goes with the page.
#[component]
pub fn Shortcuts(offered: &'static [Shortcut], act: Callback<Shortcut>) -> impl IntoView {
    let i18n = use_i18n();
    let dialog = NodeRef::<Dialog>::new();
    let open = move || {
        if let Some(dialog) = dialog.get_untracked() {
            let _ = dialog.show_modal();
        }
    };
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.alt_key() || ev.meta_key() || typing(ev.target()) {
            return;
        }
        let Some(shortcut) = Shortcut::of(&ev.key()).filter(|s| offered.contains(s)) else {
            return;
        };
        ev.prevent_default();
        match shortcut {
            Shortcut::Help => open(),
            other => act.run(other),
        }
    });
    on_cleanup(move || handle.remove());
    let rows = offered
        .iter()
        .map(|s| view! { <div class="summary-row"><dt><kbd>{s.key()}</kbd></dt><dd>{move || i18n.t(s.text())}</dd></div> })
        .collect_view();
    view! {
        <button type="button" class="button secondary small shortcuts-button" aria-keyshortcuts="?"
            aria-haspopup="dialog" on:click=move |_| open()>
            {move || i18n.t("review-shortcuts-button")}
        </button>
        <dialog node_ref=dialog class="shortcuts" aria-labelledby="shortcuts-title">
            <h2 id="shortcuts-title">{move || i18n.t("review-shortcuts-title")}</h2>
            <p>{move || i18n.t("review-shortcuts-lead")}</p>
            <dl class="summary">{rows}</dl>
            <form method="dialog">
                <button type="submit" class="button primary" autofocus=true>{move || i18n.t("review-shortcuts-close")}</button>
            </form>
        </dialog>
    }
}
