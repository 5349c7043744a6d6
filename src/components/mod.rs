//! Small pieces shared by several pages.

mod code_form;
mod confirm;
mod language_switch;
mod links;
mod table;

pub use code_form::{CodeField, CodeForm, Failure, fail, read_code, refusal_text};
pub use confirm::ConfirmButton;
pub use language_switch::LanguageSwitch;
pub use links::{Alternatives, Place, PlaceLink};
pub use table::{Column, DataTable};
pub mod form;
