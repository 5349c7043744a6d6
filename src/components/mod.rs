//! Small pieces shared by several pages.

mod language_switch;
mod links;

pub use language_switch::LanguageSwitch;
pub use links::{Alternatives, Place, PlaceLink};
pub mod form;
