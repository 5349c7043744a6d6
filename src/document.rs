//! The document as a navigation leaves it: named after the page's heading,
//! and the focus on that heading once a navigation led there, also when
//! the page comes later in a chunk of its own (`lazy`).

use std::cell::Cell;

thread_local! {
    /// The last navigation led to a page whose heading was not drawn yet.
    static FOCUS_PENDING: Cell<bool> = const { Cell::new(false) };
}

/// A navigation drew its page (or not yet, for a split page on its way):
/// the document is named after it, and its heading takes the focus when
/// `wants_focus` (not on the first load, nor for a fragment, which its page
/// handles); a heading still to come takes it when it arrives.
pub fn navigated(locale: portal_core::Locale, wants_focus: bool) {
    name_document(locale);
    FOCUS_PENDING.set(wants_focus && !crate::browser::focus("main h1"));
}

/// A split page has just been drawn: the document is named after it, and
/// its heading takes the focus if a navigation led there.
pub fn page_arrived(locale: portal_core::Locale) {
    name_document(locale);
    if FOCUS_PENDING.replace(false) {
        crate::browser::focus("main h1");
    }
}

/// Names the document after the page's heading: "heading — site". Pages
/// whose heading arrives later (a request, a survey) call it again then.
pub fn name_document(locale: portal_core::Locale) {
    let site = crate::i18n::message(locale, "app-name", &[]);
    let heading = crate::browser::text_of("main h1").unwrap_or_default();
    crate::browser::set_title(&if heading.is_empty() {
        site
    } else {
        format!("{heading} — {site}")
    });
}
