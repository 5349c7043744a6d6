//! The reviewers' API: every route needs `Authorization: Bearer <token>` of
//! an active reviewer (created with `portal-server reviewer add`). Every
//! decision is appended to the request's history with the reviewer's name.
//! One module per sub-resource: the queue and its export, a request and
//! what is written on it, decisions, phases, sharing the work (takes,
//! labels, saved views), the dashboard, the team, reply templates, and the
//! audit log (every call that reads or changes personal data or the
//! service is recorded: `audit`).

pub mod audit;
pub mod dashboard;
pub mod decisions;
pub mod phases;
pub mod queue;
pub mod replies;
pub mod request;
pub mod sessions;
pub mod sharing;
pub mod space;
pub mod sso;
pub mod team;

use axum::Json;
use portal_core::endpoints::{self, Endpoint as _};
use portal_core::{Code, Problem, Session};
use portal_core::{ErrorCode, Locale};

use crate::api::{AppState, Member, UNAUTHORIZED};
use crate::error::{ApiError, ErrorBody};
use crate::store::QueueRow;

pub(super) async fn find(state: &AppState, reference: &str) -> Result<QueueRow, ApiError> {
    let reference = portal_core::normalize_reference(reference).ok_or(ApiError::NotFound)?;
    state
        .store
        .application(&reference)
        .await?
        .ok_or(ApiError::NotFound)
}

/// Nothing more is written about a request whose personal data was erased
/// (withdrawn, past retention): 409 `request_erased`.
pub(super) fn refuse_if_erased(row: &QueueRow) -> Result<(), ApiError> {
    match row.erased_at {
        Some(_) => Err(ApiError::Conflict(ErrorCode::RequestErased)),
        None => Ok(()),
    }
}

/// A reviewer's text (message, note): 422 with its problem.
fn check_text(field: &str, text: &str, required: bool) -> Result<(), ApiError> {
    portal_core::review::check_message_text(field, text, required)
        .map_or(Ok(()), |p| Err(ApiError::Validation(vec![p])))
}

/// Who is signed in: the way the reviewer area checks a token.
#[utoipa::path(get, path = endpoints::ReadSession::PATH, tag = "review", security(("bearer" = [])),
    responses((status = 200, body = Session), (status = 401, description = UNAUTHORIZED, body = ErrorBody),
        (status = 429, description = "Too many failed sign-ins from this client", body = ErrorBody)))]
pub async fn session(Member(name, role): Member) -> Json<Session> {
    Json(Session {
        reviewer: name,
        role,
    })
}

/// The query of an export: the queue's filters, and `lang`, the language
/// of its headers and values (`fr` or `en`, French by default).
pub(super) fn export_language(query: Option<&str>) -> Result<(Locale, String), ApiError> {
    let mut locale = Ok(Locale::Fr);
    let rest: String = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(
            form_urlencoded::parse(query.unwrap_or_default().as_bytes()).filter(|(key, value)| {
                if key == "lang" {
                    locale = match value.as_ref() {
                        "fr" => Ok(Locale::Fr),
                        "en" => Ok(Locale::En),
                        _ => Err(ApiError::InvalidBody(vec![Problem::new(
                            "lang",
                            Code::InvalidValue,
                        )])),
                    };
                    false
                } else {
                    true
                }
            }),
        )
        .finish();
    Ok((locale?, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_export_takes_its_language_out_of_the_filters() {
        let read = |query| export_language(query).map_err(|e| e.code());
        assert_eq!(
            read(Some("status=received&lang=en&q=a+b")),
            Ok((Locale::En, "status=received&q=a+b".to_owned()))
        );
        assert_eq!(read(None), Ok((Locale::Fr, String::new())));
        assert_eq!(read(Some("lang=null")), Err(ErrorCode::InvalidBody));
    }
}
