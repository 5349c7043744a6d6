//! Pre-registrations: `POST /api/applications`.

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use portal_core::endpoints::{self, Endpoint as _};
use portal_core::{
    Admitted, ApplicationInput, ApplicationStatus, Code, Field, Problem, Submitted, Verdict,
};

use super::body::ApiJson;
use super::{AppState, ClientIp};
use crate::error::{ApiError, ErrorBody};
use crate::secrets;
use crate::store::{Inserted, NewApplication, Replay};

const IDEMPOTENCY_HEADER: &str = "idempotency-key";
/// The wizard's hidden field, which people never see and naive bots fill.
const TRAP_HEADER: &str = "x-form-trap";
/// How many seconds the wizard's draft took to fill.
const FILL_SECONDS_HEADER: &str = "x-form-seconds";
const REFERENCE_ATTEMPTS: usize = 8;

/// Submit a pre-registration. The answers are checked with the same rules as
/// the wizard; an eligible or case-by-case request is stored with its first
/// history entry. With an `Idempotency-Key` header, a repeated submission
/// returns the first answer instead of creating a second request (keys are
/// remembered for 24 hours).
#[utoipa::path(post, path = endpoints::Submit::PATH, tag = "applications",
    request_body = ApplicationInput,
    params(
        ("Idempotency-Key" = Option<String>, Header, pattern = "^[A-Za-z0-9_-]{16,200}$", description = "16 to 200 characters of letters, digits, `-` or `_`; one per draft"),
        ("X-Form-Trap" = Option<String>, Header, description = "The wizard's hidden field: anything but empty is refused (`looks_automated`)"),
        ("X-Form-Seconds" = Option<f64>, Header, description = "Seconds the wizard's draft took; below the configured minimum (10 by default) it is refused (`looks_automated`), not a number it is a bad header"),
    ),
    responses(
        (status = 201, description = "Stored", body = Submitted),
        (status = 400, description = "Malformed JSON, unknown field, wrong type or bad header", body = ErrorBody),
        (status = 409, description = "Idempotency-Key reused with different answers", body = ErrorBody),
        (status = 413, description = "Body too large", body = ErrorBody),
        (status = 415, description = "Body is not JSON", body = ErrorBody),
        (status = 422, description = "`validation_failed` (one entry per field problem), `ineligible` (one entry per reason) or `looks_automated`", body = ErrorBody),
        (status = 429, description = "Too many new requests from this client; see Retry-After", body = ErrorBody),
        (status = 500, description = "Storage failure", body = ErrorBody),
    ))]
pub async fn submit(
    State(state): State<AppState>,
    ClientIp(client): ClientIp,
    headers: HeaderMap,
    ApiJson(input): ApiJson<ApplicationInput>,
) -> Result<Response, ApiError> {
    let key = idempotency_key(&headers)?;
    if looks_automated(&headers, state.min_fill_seconds)? {
        return Err(ApiError::Automated);
    }
    let mut admitted = portal_core::admit(input, &state.offer, &state.site.spaces)?;
    // Only a request with a key has a replay to tell a repeat from a change.
    let request_hash = secrets::request_fingerprint(
        key.as_ref().map_or("", |key| key.text),
        &serde_json::to_string(&admitted.answers)?,
    );
    if let Some(key) = &key
        && let Some(response) = replayed(&state, key, &request_hash).await?
    {
        return Ok(response);
    }
    // Only new requests count: correcting answers or retrying the same draft
    // (a replay, above) never locks anyone out.
    super::allow(&state.submissions, client).await?;
    // Its own column holds it too: the unique index is on it.
    let address = match admitted.answers.structure.address.clone() {
        Some(address) => address,
        None => free_address(&state, &admitted.answers.structure.name).await?,
    };
    admitted.answers.structure.address = Some(address.clone());
    let answers_json = serde_json::to_string(&admitted.answers)?;
    let request = Request {
        address: &address,
        admitted: &admitted,
        answers_json: &answers_json,
        request_hash: &request_hash,
        key: key.as_ref(),
    };
    store_new(&state, &request).await
}

/// An `Idempotency-Key` and its fingerprint, the only form stored.
struct Key<'a> {
    text: &'a str,
    hash: [u8; 32],
}

/// The first free address made of the structure's `name`, for a request
/// that did not choose one: the suggestion or its alternatives, then the
/// suggestion numbered from 7 to 106, then numbered at random (a name sent
/// thousands of times, as by a load test, still gets one): three reads at
/// most.
async fn free_address(state: &AppState, name: &str) -> Result<String, ApiError> {
    let spaces = &state.site.spaces;
    let none = || ApiError::Validation(vec![Problem::new(Field::Address, Code::Required)]);
    let first = spaces.suggest(name).ok_or_else(none)?;
    let mut candidates = vec![first.clone()];
    candidates.extend(spaces.alternatives(&first));
    for round in 0..3 {
        let held = state.store.held(&candidates).await?;
        if let Some(free) = candidates.into_iter().find(|c| !held.contains(c)) {
            return Ok(free);
        }
        candidates = if round == 0 {
            spaces.numbered(&first, 7, 100)
        } else {
            let draws: [u8; 64] = secrets::random_bytes()?;
            draws
                .chunks(2)
                .flat_map(|pair| {
                    let n = 1_000 + u32::from(u16::from_le_bytes([pair[0], pair[1]]));
                    spaces.numbered(&first, n, 1)
                })
                .collect()
        };
    }
    Err(none())
}

/// An admitted request as it is stored.
struct Request<'a> {
    /// The label of its space's address.
    address: &'a str,
    admitted: &'a Admitted,
    answers_json: &'a str,
    request_hash: &'a [u8],
    key: Option<&'a Key<'a>>,
}

/// A new reference and secret, drawn at random, for a request just received.
fn fresh_receipt(verdict: Verdict) -> Result<Submitted, ApiError> {
    Ok(Submitted {
        reference: portal_core::reference_from_bytes(&secrets::random_bytes()?),
        secret: portal_core::secret_from_bytes(&secrets::random_bytes()?),
        status: ApplicationStatus::Received,
        eligibility: verdict,
    })
}

/// Stores `request` under a fresh reference and secret (drawn again when
/// the reference is taken), with its replay record when it has a key.
async fn store_new(state: &AppState, request: &Request<'_>) -> Result<Response, ApiError> {
    let now = super::now()?;
    let answers = &request.admitted.answers;
    let structure_name = answers.structure.name.trim();
    let search = answers.search_text();
    let keys = portal_core::match_keys(answers);
    for _ in 0..REFERENCE_ATTEMPTS {
        let submitted = fresh_receipt(request.admitted.verdict)?;
        let secret_hash = secrets::status_fingerprint(&submitted.secret);
        let body = serde_json::to_vec(&submitted)?;
        let sealed = request
            .key
            .map(|key| (key, secrets::xor_keystream(key.text.as_bytes(), &body)));
        let replay = sealed.as_ref().map(|(key, sealed)| Replay {
            key_hash: &key.hash,
            request_hash: request.request_hash,
            sealed_response: sealed,
        });
        let application = NewApplication {
            reference: &submitted.reference,
            secret_hash: &secret_hash,
            eligibility: request.admitted.verdict.as_str(),
            kind: request.admitted.kind.as_str(),
            country: &answers.structure.country,
            locale: answers.locale.as_str(),
            accounts: request.admitted.accounts,
            storage_gb: request.admitted.storage_gb,
            structure_name,
            search: &search,
            answers_json: request.answers_json,
            // Without a mail server, no e-mail is promised or queued.
            notify: answers.consents.notifications && state.site.emails,
            keys: &keys,
            address: request.address,
            now: &now,
        };
        match state
            .store
            .insert_application(&application, replay.as_ref())
            .await?
        {
            Inserted::Done => {
                tracing::info!(
                    eligibility = submitted.eligibility.as_str(),
                    "application received"
                );
                return Ok(created(body, false));
            }
            Inserted::ReferenceTaken => continue,
            Inserted::AddressTaken => {
                return Err(ApiError::Validation(vec![Problem::new(
                    Field::Address,
                    Code::AddressTaken,
                )]));
            }
            // A concurrent request with the same key won the race.
            Inserted::ReplayExists => {
                return match request.key {
                    Some(key) => replayed(state, key, request.request_hash).await?,
                    None => None,
                }
                .ok_or_else(|| ApiError::broken("replay record vanished"));
            }
        }
    }
    Err(ApiError::broken("no free reference after several attempts"))
}

/// The wizard's hidden field filled, or its draft filled faster than a
/// person can. Requests without these headers (other clients of the API)
/// are left to the rate limit; a fill time that is not a number is a bad
/// header.
fn looks_automated(headers: &HeaderMap, min_fill_seconds: u32) -> Result<bool, ApiError> {
    let trapped = headers
        .get(TRAP_HEADER)
        .is_some_and(|value| !value.as_bytes().iter().all(u8::is_ascii_whitespace));
    let seconds = match headers.get(FILL_SECONDS_HEADER) {
        None => None,
        Some(value) => Some(
            value
                .to_str()
                .ok()
                .and_then(|value| value.trim().parse::<f64>().ok())
                .filter(|seconds| seconds.is_finite())
                .ok_or_else(|| {
                    ApiError::InvalidHeader(vec![Problem::new(
                        "X-Form-Seconds",
                        Code::InvalidValue,
                    )])
                })?,
        ),
    };
    let too_fast = seconds.is_some_and(|seconds| seconds < f64::from(min_fill_seconds));
    Ok(trapped || too_fast)
}

/// The first answer to this key, if it was used before with the same
/// answers (409 with others).
async fn replayed(
    state: &AppState,
    key: &Key<'_>,
    request_hash: &[u8],
) -> Result<Option<Response>, ApiError> {
    let Some(stored) = state.store.replay(&key.hash).await? else {
        return Ok(None);
    };
    if !secrets::same(&stored.request_hash, request_hash) {
        return Err(ApiError::IdempotencyConflict);
    }
    let body = secrets::xor_keystream(key.text.as_bytes(), &stored.sealed_response);
    Ok(Some(created(body, true)))
}

fn created(body: Vec<u8>, replayed: bool) -> Response {
    let mut response = (StatusCode::CREATED, body).into_response();
    let headers = response.headers_mut();
    headers.insert(
        axum::http::header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    headers.insert(
        axum::http::header::CACHE_CONTROL,
        HeaderValue::from_static("no-store"),
    );
    if replayed {
        headers.insert("idempotent-replayed", HeaderValue::from_static("true"));
    }
    response
}

/// The optional `Idempotency-Key` header: 16 to 200 characters of letters,
/// digits, `-` or `_`.
fn idempotency_key(headers: &HeaderMap) -> Result<Option<Key<'_>>, ApiError> {
    let Some(value) = headers.get(IDEMPOTENCY_HEADER) else {
        return Ok(None);
    };
    let bad = || ApiError::InvalidHeader(vec![Problem::new("Idempotency-Key", Code::InvalidValue)]);
    let key = value.to_str().map_err(|_| bad())?;
    let well_formed = (16..=200).contains(&key.len())
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if well_formed {
        Ok(Some(Key {
            text: key,
            hash: secrets::idempotency_fingerprint(key),
        }))
    } else {
        Err(bad())
    }
}
