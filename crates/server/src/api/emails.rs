//! The links of the e-mails: the single-use one that confirms an address
//! (double opt-in: nothing but the request to confirm goes to an address
//! before), and the one that stops a request's e-mails without its secret,
//! also named in each e-mail's `List-Unsubscribe` header for a one-click
//! stop from the mailbox (RFC 8058: a POST to that address).

use axum::extract::{Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use portal_core::EmailLink;
use portal_core::endpoints::{self, Endpoint as _};

use super::body::ApiJson;
use super::{AppState, ClientIp};
use crate::error::{ApiError, ErrorBody};
use crate::secrets;

/// The longest token taken.
const TOKEN_MAX: usize = 200;

fn token_of(link: &EmailLink) -> Result<&str, ApiError> {
    let token = link.token.trim();
    let fits = !token.is_empty()
        && token.len() <= TOKEN_MAX
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.');
    if fits {
        Ok(token)
    } else {
        Err(ApiError::NotFound)
    }
}

/// Confirms that the address the link was sent to wants the e-mails: those
/// held for it go. The link serves once.
#[utoipa::path(post, path = endpoints::ConfirmAddress::PATH, tag = "emails",
    request_body = EmailLink,
    responses(
        (status = 204, description = "Confirmed: the e-mails held for the address go"),
        (status = 400, description = "Malformed body", body = ErrorBody),
        (status = 404, description = "No such link, or already used", body = ErrorBody),
        (status = 429, description = "Too many attempts from this client; see Retry-After", body = ErrorBody),
    ))]
pub async fn confirm(
    State(state): State<AppState>,
    ClientIp(client): ClientIp,
    ApiJson(link): ApiJson<EmailLink>,
) -> Result<StatusCode, ApiError> {
    super::allow(&state.lookups, client).await?;
    let token = token_of(&link)?;
    let now = super::now()?;
    let due = crate::store::millis(&now);
    if !state
        .store
        .confirm_address(&secrets::confirm_fingerprint(token), &now, due)
        .await?
    {
        return Err(ApiError::NotFound);
    }
    tracing::info!("e-mail address confirmed");
    Ok(StatusCode::NO_CONTENT)
}

/// Stops the e-mails of the request the link names, without its secret
/// (from the e-mail's link, or the mailbox's own button, which posts
/// `List-Unsubscribe=One-Click`: any body is taken and ignored). Repeating
/// it is harmless; the status page turns them on again.
#[utoipa::path(post, path = endpoints::StopEmails::PATH, tag = "emails",
    params(EmailLink),
    responses(
        (status = 204, description = "No more e-mail goes for this request"),
        (status = 400, description = "Malformed query", body = ErrorBody),
        (status = 404, description = "No such link", body = ErrorBody),
    ))]
pub async fn stop(
    State(state): State<AppState>,
    Query(link): Query<EmailLink>,
) -> Result<StatusCode, ApiError> {
    let reference =
        secrets::stop_reference(&state.mail_key, token_of(&link)?).ok_or(ApiError::NotFound)?;
    let row = super::review::find(&state, &reference).await?;
    // An erased request has no address left: nothing goes either way.
    state.store.set_notify(row.id, false).await?;
    tracing::info!("e-mails stopped from a link");
    Ok(StatusCode::NO_CONTENT)
}

/// The same link opened in a browser: the page that asks before stopping
/// (a link checker following it stops nothing).
#[utoipa::path(get, path = endpoints::OpenStopLink::PATH, tag = "emails",
    params(EmailLink),
    responses(
        (status = 303, description = "To the page `/emails`, which asks first"),
        (status = 400, description = "Malformed query", body = ErrorBody),
        (status = 404, description = "Not a token", body = ErrorBody),
    ))]
pub async fn stop_page(Query(link): Query<EmailLink>) -> Result<Response, ApiError> {
    let location = format!("/emails#stop={}", token_of(&link)?);
    let location = HeaderValue::from_str(&location).map_err(|_| ApiError::NotFound)?;
    Ok((StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response())
}
