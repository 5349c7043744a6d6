//! One module per page of the site.

mod apply;
mod home;
mod not_found;
mod status;

pub use apply::Apply;
pub use home::Home;
pub use not_found::NotFound;
pub use status::{Status, status_link};
