//! Feedback surveys. Reviewers create them (from the template or a definition
//! file), choose the phases they invite, open and close them, and read the
//! results. Each accepted request of those phases gets one invitation; its
//! secret is derived from the request's status secret, so the status page can
//! show the link and the server never stores it (only its hash). A response
//! is found again by a second hash of the same secret: for an anonymous
//! survey, nothing ties it to the request.

use std::net::IpAddr;

use axum::Json;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use portal_core::survey::{
    Answers, InvitationLink, InvitationQuery, InvitationView, PhaseRate, Survey, SurveyDetail,
    SurveyInput, SurveyReport, SurveyResponse, SurveyResults, SurveyState, SurveyStateChange,
    SurveySummary, answers_withheld, clean_answers, response_cells, tally, validate_response,
    validate_survey,
};
use portal_core::{Code, ErrorCode, Locale, Problem};

use super::body::ApiJson;
use super::export::{self, Cell, Format, Table};
use super::guard::ApiPath;
use super::{AppState, ClientIp};
use super::{Reviewer, UNAUTHORIZED};
use crate::error::{ApiError, ErrorBody};
use crate::secrets;
use crate::store::{InvitationRow, NewResponse, SurveyRow};
use crate::texts;

fn definition(json: &str) -> Result<Survey, ApiError> {
    serde_json::from_str(json).map_err(|_| ApiError::corrupt("survey"))
}

fn state_of(text: &str) -> Result<SurveyState, ApiError> {
    SurveyState::parse(text).ok_or_else(|| ApiError::corrupt("survey state"))
}

fn count(n: i64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn survey_detail(row: &SurveyRow) -> Result<SurveyDetail, ApiError> {
    let definition = definition(&row.definition)?;
    Ok(SurveyDetail {
        summary: SurveySummary {
            id: row.id,
            title: definition.title.clone(),
            state: state_of(&row.state)?,
            anonymous: definition.anonymous,
            phases: row.phases.clone(),
            invited: count(row.invited),
            responded: count(row.responded),
            created_at: row.created_at.clone(),
        },
        definition,
    })
}

/// The invitations of a request, for its status page; records the
/// fingerprint of each secret the first time it is derived.
pub async fn invitation_links(
    state: &AppState,
    application_id: i64,
    status_secret: &str,
) -> Result<Vec<InvitationLink>, ApiError> {
    let rows: Vec<InvitationRow> = state.store.invitations_of(application_id).await?;
    let mut links = Vec::with_capacity(rows.len());
    for row in rows {
        let survey_state = state_of(&row.state)?;
        if survey_state == SurveyState::Draft {
            continue;
        }
        let secret = secrets::invitation_secret(status_secret, row.survey_id);
        if !row.has_token {
            state
                .store
                .set_invitation_token(row.id, &secrets::invitation_fingerprint(&secret))
                .await?;
        }
        links.push(InvitationLink {
            survey: row.survey_id,
            title: definition(&row.definition)?.title,
            state: survey_state,
            secret,
            answered: row.responded,
        });
    }
    Ok(links)
}

/// A survey definition and its phases, checked: every problem with its path.
fn check_input(state: &AppState, input: &SurveyInput) -> Result<Vec<u32>, ApiError> {
    let mut problems: Vec<Problem> = validate_survey(&input.definition)
        .into_iter()
        .map(|mut p| {
            p.field = format!("definition.{}", p.field);
            p
        })
        .collect();
    let mut phases = input.phases.clone();
    phases.sort_unstable();
    phases.dedup();
    if phases.is_empty() {
        problems.push(Problem::new("phases", Code::Required));
    } else if phases.iter().any(|p| state.offer.capacity(*p).is_none()) {
        problems.push(Problem::new("phases", Code::InvalidValue));
    }
    if problems.is_empty() {
        Ok(phases)
    } else {
        Err(ApiError::Validation(problems))
    }
}

async fn find(state: &AppState, id: i64) -> Result<SurveyRow, ApiError> {
    state.store.survey(id).await?.ok_or(ApiError::NotFound)
}

/// Every survey, newest first, with its invitations and responses counted.
#[utoipa::path(get, path = "/api/review/surveys", tag = "surveys", security(("bearer" = [])),
    responses((status = 200, body = Vec<SurveySummary>), (status = 401, description = UNAUTHORIZED, body = ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    _reviewer: Reviewer,
) -> Result<Json<Vec<SurveySummary>>, ApiError> {
    let rows = state.store.surveys().await?;
    let list = rows
        .iter()
        .map(|row| survey_detail(row).map(|d| d.summary))
        .collect::<Result<_, _>>()?;
    Ok(Json(list))
}

/// The definition new surveys start from (the end-of-phase survey unless the
/// configuration names another).
#[utoipa::path(get, path = "/api/review/surveys/template", tag = "surveys", security(("bearer" = [])),
    responses((status = 200, body = Survey), (status = 401, description = UNAUTHORIZED, body = ErrorBody)))]
pub async fn template(State(state): State<AppState>, _reviewer: Reviewer) -> Json<Survey> {
    Json(state.survey_template.as_ref().clone())
}

/// Creates a survey, as a draft, from a definition and the phases it invites.
#[utoipa::path(post, path = "/api/review/surveys", tag = "surveys", security(("bearer" = [])),
    request_body = SurveyInput,
    responses((status = 201, body = SurveyDetail), (status = 400, description = "Malformed definition", body = ErrorBody),
        (status = 401, description = UNAUTHORIZED, body = ErrorBody),
        (status = 422, description = "Every problem of the definition, with its path", body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    Reviewer(reviewer): Reviewer,
    ApiJson(input): ApiJson<SurveyInput>,
) -> Result<(StatusCode, Json<SurveyDetail>), ApiError> {
    let phases = check_input(&state, &input)?;
    let json =
        serde_json::to_string(&input.definition).map_err(|e| ApiError::Internal(e.to_string()))?;
    let id = state
        .store
        .create_survey(
            &json,
            input.definition.anonymous,
            &phases,
            &reviewer,
            &super::now()?,
        )
        .await?;
    tracing::info!(survey = id, %reviewer, "survey created");
    Ok((
        StatusCode::CREATED,
        Json(survey_detail(&find(&state, id).await?)?),
    ))
}

/// A survey in full.
#[utoipa::path(get, path = "/api/review/surveys/{id}", tag = "surveys", security(("bearer" = [])),
    params(("id" = i64, Path)),
    responses((status = 200, body = SurveyDetail), (status = 401, description = UNAUTHORIZED, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
pub async fn detail(
    State(state): State<AppState>,
    _reviewer: Reviewer,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<SurveyDetail>, ApiError> {
    Ok(Json(survey_detail(&find(&state, id).await?)?))
}

/// Replaces the definition and phases of a draft.
#[utoipa::path(put, path = "/api/review/surveys/{id}", tag = "surveys", security(("bearer" = [])),
    params(("id" = i64, Path)), request_body = SurveyInput,
    responses((status = 200, body = SurveyDetail), (status = 400, body = ErrorBody),
        (status = 401, description = UNAUTHORIZED, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, description = "`survey_not_draft`: opened surveys keep their questions", body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn update(
    State(state): State<AppState>,
    _reviewer: Reviewer,
    ApiPath(id): ApiPath<i64>,
    ApiJson(input): ApiJson<SurveyInput>,
) -> Result<Json<SurveyDetail>, ApiError> {
    find(&state, id).await?;
    let phases = check_input(&state, &input)?;
    let json =
        serde_json::to_string(&input.definition).map_err(|e| ApiError::Internal(e.to_string()))?;
    let updated = state
        .store
        .update_survey(
            id,
            &json,
            input.definition.anonymous,
            &phases,
            &super::now()?,
        )
        .await?;
    if !updated {
        return Err(ApiError::Conflict(ErrorCode::SurveyNotDraft));
    }
    Ok(Json(survey_detail(&find(&state, id).await?)?))
}

/// Opens a survey (inviting every accepted request of its phases) or closes
/// it (no more responses or changes). A closed survey can be opened again.
#[utoipa::path(post, path = "/api/review/surveys/{id}/state", tag = "surveys", security(("bearer" = [])),
    params(("id" = i64, Path)), request_body = SurveyStateChange,
    responses((status = 200, body = SurveyDetail), (status = 400, body = ErrorBody),
        (status = 401, description = UNAUTHORIZED, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 422, description = "A survey cannot go back to draft", body = ErrorBody)))]
pub async fn set_state(
    State(state): State<AppState>,
    Reviewer(reviewer): Reviewer,
    ApiPath(id): ApiPath<i64>,
    ApiJson(change): ApiJson<SurveyStateChange>,
) -> Result<Json<SurveyDetail>, ApiError> {
    find(&state, id).await?;
    if change.state == SurveyState::Draft {
        return Err(ApiError::Validation(vec![Problem::new(
            "state",
            Code::InvalidValue,
        )]));
    }
    state
        .store
        .set_survey_state(id, change.state.as_str(), &super::now()?)
        .await?;
    tracing::info!(survey = id, %reviewer, state = change.state.as_str(), "survey state changed");
    Ok(Json(survey_detail(&find(&state, id).await?)?))
}

/// Results: per question counts and percentages, scale distributions and
/// means, free texts; the response rate per phase. An anonymous survey's
/// answers are withheld until it has `ANONYMITY_THRESHOLD` responses.
#[utoipa::path(get, path = "/api/review/surveys/{id}/results", tag = "surveys", security(("bearer" = [])),
    params(("id" = i64, Path)),
    responses((status = 200, body = SurveyReport), (status = 401, description = UNAUTHORIZED, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
pub async fn results(
    State(state): State<AppState>,
    _reviewer: Reviewer,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<SurveyReport>, ApiError> {
    let survey = survey_detail(&find(&state, id).await?)?;
    let responses = stored_answers(&state, id).await?;
    let rates = state
        .store
        .response_rates(id)
        .await?
        .into_iter()
        .map(|(phase, invited, responded)| PhaseRate::new(phase, invited, responded))
        .collect();
    let withheld = answers_withheld(survey.definition.anonymous, responses.len());
    let results = if withheld {
        SurveyResults {
            responses: u32::try_from(responses.len()).unwrap_or(u32::MAX),
            questions: Vec::new(),
        }
    } else {
        let answers: Vec<Answers> = responses.into_iter().map(|(a, _, _)| a).collect();
        tally(&survey.definition, &answers)
    };
    Ok(Json(SurveyReport {
        survey,
        rates,
        withheld,
        results,
    }))
}

/// The stored responses: answers, then the reference and the time of the
/// last change (both `None` for an anonymous survey).
async fn stored_answers(
    state: &AppState,
    id: i64,
) -> Result<Vec<(Answers, Option<String>, Option<String>)>, ApiError> {
    state
        .store
        .responses(id)
        .await?
        .into_iter()
        .map(|row| {
            let answers: Answers =
                serde_json::from_str(&row.answers).map_err(|_| ApiError::corrupt("answers"))?;
            Ok((answers, row.reference, row.updated_at))
        })
        .collect()
}

/// Every response as a table in `locale`: one line each, one column per
/// question, headed by its label (the request's reference and the time
/// first, unless the survey is anonymous). An anonymous survey's responses
/// are withheld below the threshold.
async fn responses_table(
    state: &AppState,
    id: i64,
    query: Option<&str>,
) -> Result<(Table, Locale), ApiError> {
    let (locale, rest) = super::review::export_language(query)?;
    if !rest.is_empty() {
        return Err(ApiError::InvalidBody(vec![Problem::new(
            "",
            Code::UnknownField,
        )]));
    }
    let survey = survey_detail(&find(state, id).await?)?;
    let anonymous = survey.definition.anonymous;
    let mut headers: Vec<String> = survey
        .definition
        .questions
        .iter()
        .map(|q| q.label.get(locale).to_owned())
        .collect();
    if !anonymous {
        headers.splice(
            0..0,
            [
                texts::label(locale, "review-col-reference"),
                texts::label(locale, "review-col-updated"),
            ],
        );
    }
    let responses = stored_answers(state, id).await?;
    if answers_withheld(anonymous, responses.len()) {
        return Err(ApiError::Conflict(ErrorCode::TooFewResponses));
    }
    let rows = responses
        .into_iter()
        .map(|(answers, reference, updated_at)| {
            let mut cells = response_cells(&survey.definition, &answers, locale);
            if !anonymous {
                cells.splice(
                    0..0,
                    [
                        reference.unwrap_or_default(),
                        updated_at.unwrap_or_default(),
                    ],
                );
            }
            cells.into_iter().map(Cell::Text).collect()
        })
        .collect();
    Ok((Table { headers, rows }, locale))
}

/// Every response as CSV, headers and values in the language `lang` names.
#[utoipa::path(get, path = "/api/review/surveys/{id}/responses.csv", tag = "surveys", security(("bearer" = [])),
    params(("id" = i64, Path), ("lang" = Option<Locale>, Query, description = "`fr` (the default, cells separated by `;`) or `en`")),
    responses((status = 200, description = "CSV, one line per response", content_type = "text/csv"),
        (status = 401, description = UNAUTHORIZED, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, description = "`too_few_responses`: an anonymous survey below the threshold", body = ErrorBody)))]
pub async fn export(
    State(state): State<AppState>,
    _reviewer: Reviewer,
    ApiPath(id): ApiPath<i64>,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    let (table, locale) = responses_table(&state, id, query.as_deref()).await?;
    export::download(
        &table,
        Format::Csv,
        locale,
        &format!("survey-{id}-responses"),
    )
}

/// Every response as an OpenDocument spreadsheet, like the CSV.
#[utoipa::path(get, path = "/api/review/surveys/{id}/responses.ods", tag = "surveys", security(("bearer" = [])),
    params(("id" = i64, Path), ("lang" = Option<Locale>, Query, description = "`fr` (the default) or `en`")),
    responses((status = 200, description = "OpenDocument spreadsheet, one row per response", content_type = "application/vnd.oasis.opendocument.spreadsheet"),
        (status = 401, description = UNAUTHORIZED, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, description = "`too_few_responses`: an anonymous survey below the threshold", body = ErrorBody)))]
pub async fn export_ods(
    State(state): State<AppState>,
    _reviewer: Reviewer,
    ApiPath(id): ApiPath<i64>,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    let (table, locale) = responses_table(&state, id, query.as_deref()).await?;
    export::download(
        &table,
        Format::Ods,
        locale,
        &format!("survey-{id}-responses"),
    )
}

async fn invited(
    state: &AppState,
    client: IpAddr,
    secret: &str,
) -> Result<(crate::store::InvitedRow, String), ApiError> {
    super::allow(&state.lookups, client).await?;
    let secret = portal_core::normalize_secret(secret).ok_or(ApiError::NotFound)?;
    let row = state
        .store
        .invitation_by_token(&secrets::invitation_fingerprint(&secret))
        .await?
        .ok_or(ApiError::NotFound)?;
    if state_of(&row.state)? == SurveyState::Draft {
        return Err(ApiError::NotFound);
    }
    Ok((row, secret))
}

async fn invitation_view(
    state: &AppState,
    row: &crate::store::InvitedRow,
    secret: &str,
) -> Result<InvitationView, ApiError> {
    let answers = match state
        .store
        .response_answers(&secrets::response_key(secret))
        .await?
    {
        Some(json) => Some(serde_json::from_str(&json).map_err(|_| ApiError::corrupt("answers"))?),
        None => None,
    };
    Ok(InvitationView {
        survey: row.survey_id,
        state: state_of(&row.state)?,
        definition: definition(&row.definition)?,
        answers,
    })
}

/// The survey an invitation leads to, with the response given so far.
#[utoipa::path(post, path = "/api/surveys/invitation", tag = "surveys",
    request_body = InvitationQuery,
    responses((status = 200, body = InvitationView), (status = 400, body = ErrorBody),
        (status = 404, description = "No invitation with this secret", body = ErrorBody),
        (status = 429, description = "Too many attempts from this client; see Retry-After", body = ErrorBody)))]
pub async fn invitation(
    State(state): State<AppState>,
    ClientIp(client): ClientIp,
    ApiJson(query): ApiJson<InvitationQuery>,
) -> Result<Json<InvitationView>, ApiError> {
    let (row, secret) = invited(&state, client, &query.secret).await?;
    Ok(Json(invitation_view(&state, &row, &secret).await?))
}

/// Answers a survey, or changes the answers, while it is open: one response
/// per invitation.
#[utoipa::path(post, path = "/api/surveys/response", tag = "surveys",
    request_body = SurveyResponse,
    responses((status = 200, description = "Saved", body = InvitationView), (status = 400, body = ErrorBody),
        (status = 404, description = "No invitation with this secret", body = ErrorBody),
        (status = 409, description = "`survey_closed`", body = ErrorBody),
        (status = 422, description = "One entry per answer problem, field `answers.<question>`", body = ErrorBody),
        (status = 429, description = "Too many attempts from this client; see Retry-After", body = ErrorBody)))]
pub async fn respond(
    State(state): State<AppState>,
    ClientIp(client): ClientIp,
    ApiJson(response): ApiJson<SurveyResponse>,
) -> Result<Json<InvitationView>, ApiError> {
    let (row, secret) = invited(&state, client, &response.secret).await?;
    if state_of(&row.state)? != SurveyState::Open {
        return Err(ApiError::Conflict(ErrorCode::SurveyClosed));
    }
    let survey = definition(&row.definition)?;
    let problems = validate_response(&survey, &response.answers);
    if !problems.is_empty() {
        return Err(ApiError::Validation(problems));
    }
    let answers = clean_answers(&survey, &response.answers);
    let json = serde_json::to_string(&answers).map_err(|e| ApiError::Internal(e.to_string()))?;
    let now = super::now()?;
    let key = secrets::response_key(&secret);
    let saved = state
        .store
        .save_response(&NewResponse {
            invitation_id: row.id,
            survey_id: row.survey_id,
            response_key: &key,
            application_id: (!row.anonymous).then_some(row.application_id),
            answers: &json,
            updated_at: (!row.anonymous).then_some(now.as_str()),
        })
        .await?;
    if !saved {
        return Err(ApiError::Conflict(ErrorCode::SurveyClosed));
    }
    tracing::info!(survey = row.survey_id, "survey response saved");
    Ok(Json(invitation_view(&state, &row, &secret).await?))
}
