//! Feedback surveys. Reviewers create them (from the template or a definition
//! file), choose the phases they invite, open and close them, and read the
//! results. Each accepted request of those phases gets one invitation; its
//! secret is derived from the request's status secret, so the status page can
//! show the link and the server never stores it (only its hash). A response
//! is found again by a second hash of the same secret: for an anonymous
//! survey, nothing ties it to the request.

use portal_core::endpoints::{self, Endpoint as _};
use std::net::IpAddr;

use axum::Json;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use portal_core::survey::{
    Answers, Disclosure, DraftSave, InvitationLink, InvitationQuery, InvitationView, PhaseRate,
    Progress, StopCount, Survey, SurveyDetail, SurveyInput, SurveyReport, SurveyResponse,
    SurveyResults, SurveyState, SurveyStateChange, SurveySummary, check_draft, clean_answers,
    may_move, response_cells, shown_rates, tally, validate_response, validate_survey,
};
use portal_core::{Code, ErrorCode, Locale, Problem, Sheet};

use super::body::ApiJson;
use super::export::{self, Cell, Table};
use super::guard::ApiPath;
use super::review::audit::Audit;
use super::{AppState, ClientIp};
use super::{Coordinator, FORBIDDEN, Reviewer, UNAUTHORIZED};
use crate::error::{ApiError, ErrorBody};
use crate::rate_limit::RateLimit;
use crate::secrets;
use crate::store::{InvitationRow, NewDraft, NewResponse, SurveyRow};
use crate::texts;

fn definition(json: &str) -> Result<Survey, ApiError> {
    serde_json::from_str(json).map_err(|_| ApiError::corrupt("survey"))
}

fn count(n: i64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A survey's summary and definition, as stored.
fn survey_parts(row: &SurveyRow) -> Result<(SurveySummary, Survey), ApiError> {
    let definition = definition(&row.definition)?;
    let summary = SurveySummary {
        id: row.id,
        title: definition.title.clone(),
        state: row.state,
        anonymous: definition.anonymous,
        phases: row.phases.clone(),
        invited: count(row.invited),
        responded: count(row.responded),
        created_at: row.created_at.clone(),
    };
    Ok((summary, definition))
}

/// A survey in full, with the invitations opening it would create.
async fn survey_detail(state: &AppState, id: i64) -> Result<SurveyDetail, ApiError> {
    let row = find(state, id).await?;
    let (summary, definition) = survey_parts(&row)?;
    Ok(SurveyDetail {
        summary,
        definition,
        to_invite: count(state.store.to_invite(id).await?),
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
        let survey_state = row.state;
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
#[utoipa::path(get, path = endpoints::ListSurveys::PATH, tag = "surveys", security(("bearer" = [])),
    responses((status = 200, body = Vec<SurveySummary>), (status = 401, description = UNAUTHORIZED, body = ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    _reviewer: Reviewer,
) -> Result<Json<Vec<SurveySummary>>, ApiError> {
    let rows = state.store.surveys().await?;
    let list = rows
        .iter()
        .map(|row| survey_parts(row).map(|(summary, _)| summary))
        .collect::<Result<_, _>>()?;
    Ok(Json(list))
}

/// The definition new surveys start from (the end-of-phase survey unless the
/// configuration names another).
#[utoipa::path(get, path = endpoints::ReadSurveyTemplate::PATH, tag = "surveys", security(("bearer" = [])),
    responses((status = 200, body = Survey), (status = 401, description = UNAUTHORIZED, body = ErrorBody)))]
pub async fn template(State(state): State<AppState>, _reviewer: Reviewer) -> Json<Survey> {
    Json(state.survey_template.as_ref().clone())
}

/// Creates a survey, as a draft, from a definition and the phases it invites.
#[utoipa::path(post, path = endpoints::CreateSurvey::PATH, tag = "surveys", security(("bearer" = [])),
    request_body = SurveyInput,
    responses((status = 201, body = SurveyDetail), (status = 400, description = "Malformed definition", body = ErrorBody),
        (status = 401, description = UNAUTHORIZED, body = ErrorBody), (status = 403, description = FORBIDDEN, body = ErrorBody),
        (status = 422, description = "Every problem of the definition, with its path", body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    Coordinator(reviewer): Coordinator,
    ApiJson(input): ApiJson<SurveyInput>,
) -> Result<(StatusCode, Json<SurveyDetail>), ApiError> {
    let phases = check_input(&state, &input)?;
    let json = serde_json::to_string(&input.definition)?;
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
    Ok((StatusCode::CREATED, Json(survey_detail(&state, id).await?)))
}

/// A new draft with the questions and phases of a survey (a closed one, for
/// the next phase): its invitations and responses stay with the original.
#[utoipa::path(post, path = endpoints::CopySurvey::PATH, tag = "surveys", security(("bearer" = [])),
    params(("id" = i64, Path)),
    responses((status = 201, description = "The new draft", body = SurveyDetail),
        (status = 401, description = UNAUTHORIZED, body = ErrorBody), (status = 403, description = FORBIDDEN, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn copy(
    State(state): State<AppState>,
    Coordinator(reviewer): Coordinator,
    ApiPath(id): ApiPath<i64>,
) -> Result<(StatusCode, Json<SurveyDetail>), ApiError> {
    let original = find(&state, id).await?;
    let anonymous = definition(&original.definition)?.anonymous;
    let copy = state
        .store
        .create_survey(
            &original.definition,
            anonymous,
            &original.phases,
            &reviewer,
            &super::now()?,
        )
        .await?;
    tracing::info!(survey = copy, original = id, %reviewer, "survey copied");
    Ok((
        StatusCode::CREATED,
        Json(survey_detail(&state, copy).await?),
    ))
}

/// Deletes a draft (an opened survey keeps its invitations and responses).
#[utoipa::path(delete, path = endpoints::DeleteSurvey::PATH, tag = "surveys", security(("bearer" = [])),
    params(("id" = i64, Path)),
    responses((status = 204, description = "Deleted"), (status = 401, description = UNAUTHORIZED, body = ErrorBody), (status = 403, description = FORBIDDEN, body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 409, description = "`survey_not_draft`: only a draft can be deleted", body = ErrorBody)))]
pub async fn delete(
    State(state): State<AppState>,
    Coordinator(reviewer): Coordinator,
    ApiPath(id): ApiPath<i64>,
) -> Result<StatusCode, ApiError> {
    find(&state, id).await?;
    if !state.store.delete_survey(id).await? {
        return Err(ApiError::Conflict(ErrorCode::SurveyNotDraft));
    }
    tracing::info!(survey = id, %reviewer, "survey deleted");
    Ok(StatusCode::NO_CONTENT)
}

/// A survey in full.
#[utoipa::path(get, path = endpoints::ReadSurvey::PATH, tag = "surveys", security(("bearer" = [])),
    params(("id" = i64, Path)),
    responses((status = 200, body = SurveyDetail), (status = 401, description = UNAUTHORIZED, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
pub async fn detail(
    State(state): State<AppState>,
    _reviewer: Reviewer,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<SurveyDetail>, ApiError> {
    Ok(Json(survey_detail(&state, id).await?))
}

/// Replaces the definition and phases of a draft.
#[utoipa::path(put, path = endpoints::UpdateSurvey::PATH, tag = "surveys", security(("bearer" = [])),
    params(("id" = i64, Path)), request_body = SurveyInput,
    responses((status = 200, body = SurveyDetail), (status = 400, body = ErrorBody),
        (status = 401, description = UNAUTHORIZED, body = ErrorBody), (status = 403, description = FORBIDDEN, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, description = "`survey_not_draft`: opened surveys keep their questions", body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn update(
    State(state): State<AppState>,
    _coordinator: Coordinator,
    ApiPath(id): ApiPath<i64>,
    ApiJson(input): ApiJson<SurveyInput>,
) -> Result<Json<SurveyDetail>, ApiError> {
    find(&state, id).await?;
    let phases = check_input(&state, &input)?;
    let json = serde_json::to_string(&input.definition)?;
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
    Ok(Json(survey_detail(&state, id).await?))
}

/// Opens a survey (inviting every accepted request of its phases) or closes
/// it (no more responses or changes). A closed survey can be opened again,
/// unless it is anonymous: its answers are shown once it is closed, for good.
#[utoipa::path(post, path = endpoints::SetSurveyState::PATH, tag = "surveys", security(("bearer" = [])),
    params(("id" = i64, Path)), request_body = SurveyStateChange,
    responses((status = 200, body = SurveyDetail), (status = 400, body = ErrorBody),
        (status = 401, description = UNAUTHORIZED, body = ErrorBody), (status = 403, description = FORBIDDEN, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, description = "`survey_closed_for_good`: an anonymous survey, once closed, stays closed", body = ErrorBody),
        (status = 422, description = "A survey cannot go back to draft", body = ErrorBody)))]
pub async fn set_state(
    State(state): State<AppState>,
    Coordinator(reviewer): Coordinator,
    audit: Audit,
    ApiPath(id): ApiPath<i64>,
    ApiJson(change): ApiJson<SurveyStateChange>,
) -> Result<Json<SurveyDetail>, ApiError> {
    audit.detail("state", change.state.as_str());
    let row = find(&state, id).await?;
    if change.state == SurveyState::Draft {
        return Err(ApiError::Validation(vec![Problem::new(
            "state",
            Code::InvalidValue,
        )]));
    }
    let (summary, _) = survey_parts(&row)?;
    if !may_move(summary.anonymous, summary.state, change.state) {
        return Err(ApiError::Conflict(ErrorCode::SurveyClosedForGood));
    }
    state
        .store
        .set_survey_state(id, change.state.as_str(), &super::now()?)
        .await?;
    tracing::info!(survey = id, %reviewer, state = change.state.as_str(), "survey state changed");
    Ok(Json(survey_detail(&state, id).await?))
}

/// Results: per question counts and percentages, scale distributions and
/// means, free texts; the response rate per phase and how far the invited
/// went. Of an anonymous survey, only what `Disclosure` allows: while it is
/// open, the number of responses; closed, the rest from
/// `ANONYMITY_THRESHOLD` responses on, by groups of phases that large.
#[utoipa::path(get, path = endpoints::ReadSurveyResults::PATH, tag = "surveys", security(("bearer" = [])),
    params(("id" = i64, Path)),
    responses((status = 200, body = SurveyReport), (status = 401, description = UNAUTHORIZED, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
pub async fn results(
    State(state): State<AppState>,
    _reviewer: Reviewer,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<SurveyReport>, ApiError> {
    let survey = survey_detail(&state, id).await?;
    let responses = stored_answers(&state, id).await?;
    let disclosure = Disclosure::of(
        survey.definition.anonymous,
        survey.summary.state,
        responses.len(),
    );
    if !disclosure.shows_answers() {
        return Ok(Json(SurveyReport {
            survey,
            disclosure,
            rates: Vec::new(),
            results: SurveyResults {
                responses: u32::try_from(responses.len()).unwrap_or(u32::MAX),
                questions: Vec::new(),
            },
            progress: None,
        }));
    }
    let rates = state
        .store
        .response_rates(id)
        .await?
        .into_iter()
        .map(|(phase, invited, responded)| PhaseRate::new(vec![phase], invited, responded))
        .collect();
    let answers: Vec<Answers> = responses.into_iter().map(|(a, _, _)| a).collect();
    let results = tally(&survey.definition, &answers);
    let progress = progress(&state, id, &survey.definition).await?;
    Ok(Json(SurveyReport {
        rates: shown_rates(disclosure, rates),
        survey,
        disclosure,
        results,
        progress: Some(progress),
    }))
}

/// Invitations opened, responses started and finished, and where the
/// drafts never sent stopped, in the order of the questions.
async fn progress(state: &AppState, id: i64, survey: &Survey) -> Result<Progress, ApiError> {
    let row = state.store.progress(id).await?;
    let stopped: Vec<StopCount> = survey
        .questions
        .iter()
        .filter_map(|question| {
            let (_, n) = row.stopped.iter().find(|(id, _)| *id == question.id)?;
            Some(StopCount {
                question: question.id.clone(),
                count: count(*n),
            })
        })
        .collect();
    let finished = count(row.finished);
    Ok(Progress {
        invited: count(row.invited),
        opened: count(row.opened),
        started: finished.saturating_add(stopped.iter().map(|s| s.count).sum()),
        finished,
        stopped,
    })
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
/// first, unless the survey is anonymous), in no order of arrival. An
/// anonymous survey's responses only as `Disclosure` allows.
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
    let (summary, definition) = survey_parts(&find(state, id).await?)?;
    let anonymous = definition.anonymous;
    let mut headers: Vec<String> = definition
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
    match Disclosure::of(anonymous, summary.state, responses.len()) {
        Disclosure::CountOnly => return Err(ApiError::Conflict(ErrorCode::SurveyNotClosed)),
        Disclosure::TooFew => return Err(ApiError::Conflict(ErrorCode::TooFewResponses)),
        Disclosure::Everything | Disclosure::Answers => {}
    }
    let rows = responses
        .into_iter()
        .map(|(answers, reference, updated_at)| {
            let mut cells = response_cells(&definition, &answers, locale);
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

/// Every response as a spreadsheet (`csv` or `ods`), headers and values in
/// the language `lang` names.
#[utoipa::path(get, path = endpoints::ExportResponses::PATH, tag = "surveys", security(("bearer" = [])),
    params(("id" = i64, Path), ("format" = Sheet, Path, description = "`csv` (cells separated by `;` in French, `,` in English) or `ods` (OpenDocument)"),
        ("lang" = Option<Locale>, Query, description = "`fr` (the default) or `en`")),
    responses((status = 200, description = "One line per response", content(("text/csv"), ("application/vnd.oasis.opendocument.spreadsheet"))),
        (status = 400, description = "Not a format", body = ErrorBody),
        (status = 401, description = UNAUTHORIZED, body = ErrorBody), (status = 403, description = FORBIDDEN, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, description = "An anonymous survey's answers withheld: `survey_not_closed` while it is open, `too_few_responses` below the threshold", body = ErrorBody)))]
pub async fn export(
    State(state): State<AppState>,
    _coordinator: Coordinator,
    ApiPath((id, sheet)): ApiPath<(i64, Sheet)>,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    let (table, locale) = responses_table(&state, id, query.as_deref()).await?;
    export::download(&table, sheet, locale, &format!("survey-{id}-responses"))
}

async fn invited(
    state: &AppState,
    limit: &RateLimit,
    client: IpAddr,
    secret: &str,
) -> Result<(crate::store::InvitedRow, String), ApiError> {
    super::allow(limit, client).await?;
    let secret = portal_core::normalize_secret(secret).ok_or(ApiError::NotFound)?;
    let row = state
        .store
        .invitation_by_token(&secrets::invitation_fingerprint(&secret))
        .await?
        .ok_or(ApiError::NotFound)?;
    if row.state == SurveyState::Draft {
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
    let draft = state.store.draft(&secrets::draft_key(secret)).await?;
    Ok(InvitationView {
        survey: row.survey_id,
        state: row.state,
        definition: definition(&row.definition)?,
        answers,
        draft,
    })
}

/// The survey an invitation leads to, with the response given so far.
#[utoipa::path(post, path = endpoints::OpenInvitation::PATH, tag = "surveys",
    request_body = InvitationQuery,
    responses((status = 200, body = InvitationView), (status = 400, body = ErrorBody),
        (status = 404, description = "No invitation with this secret", body = ErrorBody),
        (status = 429, description = "Too many attempts from this client; see Retry-After", body = ErrorBody)))]
pub async fn invitation(
    State(state): State<AppState>,
    ClientIp(client): ClientIp,
    ApiJson(query): ApiJson<InvitationQuery>,
) -> Result<Json<InvitationView>, ApiError> {
    let (row, secret) = invited(&state, &state.lookups, client, &query.secret).await?;
    state.store.mark_opened(row.id).await?;
    Ok(Json(invitation_view(&state, &row, &secret).await?))
}

/// Answers a survey, or changes the answers, while it is open: one response
/// per invitation.
#[utoipa::path(post, path = endpoints::Respond::PATH, tag = "surveys",
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
    let (row, secret) = invited(&state, &state.lookups, client, &response.secret).await?;
    if row.state != SurveyState::Open {
        return Err(ApiError::Conflict(ErrorCode::SurveyClosed));
    }
    let survey = definition(&row.definition)?;
    let problems = validate_response(&survey, &response.answers);
    if !problems.is_empty() {
        return Err(ApiError::Validation(problems));
    }
    let answers = clean_answers(&survey, &response.answers);
    let json = serde_json::to_string(&answers)?;
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
            draft_key: &secrets::draft_key(&secret),
        })
        .await?;
    if !saved {
        return Err(ApiError::Conflict(ErrorCode::SurveyClosed));
    }
    tracing::info!(survey = row.survey_id, "survey response saved");
    Ok(Json(invitation_view(&state, &row, &secret).await?))
}

/// Saves the response in progress, sealed in the browser, so that it can be
/// finished on another device with the same invitation; sending the
/// response deletes it.
#[utoipa::path(post, path = endpoints::SaveDraft::PATH, tag = "surveys",
    request_body = DraftSave,
    responses((status = 204, description = "Saved"), (status = 400, body = ErrorBody),
        (status = 404, description = "No invitation with this secret", body = ErrorBody),
        (status = 409, description = "`survey_closed`", body = ErrorBody),
        (status = 422, description = "`sealed` too long or not base64, `reached` not a question", body = ErrorBody),
        (status = 429, description = "Too many attempts from this client; see Retry-After", body = ErrorBody)))]
pub async fn save_draft(
    State(state): State<AppState>,
    ClientIp(client): ClientIp,
    ApiJson(draft): ApiJson<DraftSave>,
) -> Result<StatusCode, ApiError> {
    let (row, secret) = invited(&state, &state.drafts, client, &draft.secret).await?;
    if row.state != SurveyState::Open {
        return Err(ApiError::Conflict(ErrorCode::SurveyClosed));
    }
    let survey = definition(&row.definition)?;
    let problems = check_draft(&survey, &draft.sealed, draft.reached.as_deref());
    if !problems.is_empty() {
        return Err(ApiError::Validation(problems));
    }
    let responded = state
        .store
        .response_answers(&secrets::response_key(&secret))
        .await?
        .is_some();
    let saved = state
        .store
        .save_draft(&NewDraft {
            survey_id: row.survey_id,
            draft_key: &secrets::draft_key(&secret),
            application_id: (!row.anonymous).then_some(row.application_id),
            sealed: &draft.sealed,
            reached: draft.reached.as_deref(),
            responded,
        })
        .await?;
    if !saved {
        return Err(ApiError::Conflict(ErrorCode::SurveyClosed));
    }
    Ok(StatusCode::NO_CONTENT)
}
