//! How the public site's texts are cut for its chunks: the groups of texts
//! (one chunk per group and language), and which groups each page's chunk
//! needs beside the shell's. The app fetches them (`src/lazy.rs`), the
//! server has a page opened directly preload them (`loading.rs`): both read
//! this one table.

use crate::closed_list::closed_list;

closed_list! {
    /// A group of texts of the public site, fetched as a whole.
    TextGroup {
    /// The shell and the home page.
    Site = "site",
    Faq = "faq",
    /// Eligibility, about, and the notices.
    Prose = "prose",
    /// The words of every form: its errors and their summary.
    Errors = "errors",
    Apply = "apply",
    Status = "status",
    Survey = "survey",
    }
}

/// The groups the page of chunk `chunk` (as `lazy.rs` names it) needs
/// beside the shell's; none for a name that is no page's.
pub fn page_texts(chunk: &str) -> &'static [TextGroup] {
    use TextGroup::*;
    match chunk {
        "faq" => &[Faq],
        "prose" | "notice" => &[Prose],
        "apply" | "wizard" => &[Errors, Apply],
        // The status page names the wizard's fields (corrections).
        "status" => &[Errors, Apply, Status],
        "survey" => &[Errors, Survey],
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_that_fills_a_form_has_the_words_of_forms() {
        for chunk in ["apply", "wizard", "status", "survey"] {
            assert!(page_texts(chunk).contains(&TextGroup::Errors), "{chunk}");
        }
        assert!(page_texts("home").is_empty());
        assert!(!page_texts("faq").contains(&TextGroup::Site));
    }
}
