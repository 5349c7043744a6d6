//! One module per page of the site.

mod admin;
mod apply;
mod email_choice;
mod faq;
mod home;
mod not_found;
mod notice;
mod prose;
mod space;
pub mod status;
pub mod survey;

pub use admin::{
    AuditLog, DashboardPage, Phases, Queue, Replies, RequestDetail, SurveyPage, Surveys, Team,
};
pub use apply::{Apply, ApplyStep};
pub use email_choice::EmailChoice;
pub use faq::Faq;
pub use home::Home;
pub use not_found::NotFound;
pub use notice::{Accessibility, Legal, Privacy};
pub use prose::{About, WhoCanApply};
pub use status::{Status, status_link};
pub use survey::{AnswerSurvey, survey_questions};
