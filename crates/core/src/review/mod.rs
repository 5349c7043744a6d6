//! The reviewers' side of the API: its types (`wire`: the queue, a request
//! in full, notes, phases) and the rules of a decision (`rules`). Shared by
//! the reviewer area of the app and the server.

mod replies;
mod rules;
mod wire;

pub use replies::*;
pub use rules::*;
pub use wire::*;
