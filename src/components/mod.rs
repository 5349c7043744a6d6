//! Small pieces shared by several pages.

mod code_form;
mod confirm;
mod language_switch;
mod later;
mod links;
mod submit;
mod table;

pub use code_form::{CodeField, CodeForm, Failure, fail, read_code, refusal_text};
pub use confirm::ConfirmButton;
pub use language_switch::LanguageSwitch;
pub use later::{FetchCode, Later};
pub use links::{Alternatives, Place, PlaceLink};
pub use submit::{Load, LoadFailure, Loading, Submit};
pub use table::{Column, DataTable};
pub mod form;

/// The place next to `index` in a list of `len` items, towards its start
/// (`up`) or its end; none past either end. (The buttons that move an item
/// of an ordered list: a ranking, a survey's questions.)
pub fn neighbour(index: usize, up: bool, len: usize) -> Option<usize> {
    if up {
        index.checked_sub(1)
    } else {
        Some(index + 1).filter(|to| *to < len)
    }
}
