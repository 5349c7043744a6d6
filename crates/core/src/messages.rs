//! The id of the message in `locales/` for each value of the domain that
//! people read (field codes, error codes, statuses, kinds…), written out
//! once: a grep for a code finds its message here, the compiler finds a
//! value without one, and the app's tests find an id without its message.
//! Shared by the app and the server (exports).

use crate::field::Field;
use crate::{
    AppKind, ApplicationStatus, Code, CooperativeKind, DecisionField, DecisionKind, ErrorCode,
    NotificationKind, NotificationState, QuestionType, RefusalReason, StructureKind, SurveyState,
    Verdict,
};

/// What reviewers read of an e-mail of this kind, on the request page.
pub fn notification(kind: NotificationKind) -> &'static str {
    match kind {
        NotificationKind::Received => "review-mail-received",
        NotificationKind::Question => "review-mail-question",
        NotificationKind::Message => "review-mail-message",
        NotificationKind::Decision => "review-mail-decision",
        NotificationKind::Survey => "review-mail-survey",
        NotificationKind::SpaceReady => "review-mail-space-ready",
    }
}

/// Where an e-mail stands, for reviewers.
pub fn notification_state(state: NotificationState) -> &'static str {
    match state {
        NotificationState::Pending => "review-mail-pending",
        NotificationState::Held => "review-mail-held",
        NotificationState::Sent => "review-mail-sent",
        NotificationState::Failed => "review-mail-failed",
    }
}

/// The sentence of a field problem, whatever the field.
pub fn code(value: Code) -> &'static str {
    match value {
        Code::Required => "error-required",
        Code::TooShort => "error-too-short",
        Code::TooLong => "error-too-long",
        Code::ControlCharacters => "error-control-characters",
        Code::InvalidEmail => "error-invalid-email",
        Code::InvalidCountry => "error-invalid-country",
        Code::InvalidPostalCode => "error-invalid-postal-code",
        Code::InvalidUrl => "error-invalid-url",
        Code::InvalidAddress => "error-invalid-address",
        Code::AddressReserved => "error-address-reserved",
        Code::AddressTaken => "error-address-taken",
        Code::InvalidRna => "error-invalid-rna",
        Code::InvalidSiren => "error-invalid-siren",
        Code::InvalidSiret => "error-invalid-siret",
        Code::InvalidIdentifier => "error-invalid-identifier",
        Code::RnaOnlyForAssociations => "error-rna-only-for-associations",
        Code::CooperativeKindRequired => "error-cooperative-kind-required",
        Code::CooperativeKindNotApplicable => "error-cooperative-kind-not-applicable",
        Code::OutOfRange => "error-out-of-range",
        Code::MustAccept => "error-must-accept",
        Code::DuplicateApp => "error-duplicate-app",
        Code::UnknownField => "error-unknown-field",
        Code::InvalidValue => "error-invalid-value",
        Code::RefusedKind => "error-refused-kind",
        Code::NotFrenchSpeaking => "error-not-french-speaking",
        Code::TooManyAccounts => "error-too-many-accounts",
        Code::TooMuchStorage => "error-too-much-storage",
        Code::CooperativeCaseByCase => "error-cooperative-case-by-case",
        Code::KindCaseByCase => "error-kind-case-by-case",
        Code::DuplicateValue => "error-duplicate-value",
        Code::InvalidCondition => "error-invalid-condition",
        Code::InvalidChoice => "error-invalid-choice",
        Code::NotApplicable => "error-not-applicable",
        Code::UnknownPlaceholder => "error-unknown-placeholder",
    }
}

/// Where a space stands, for its applicant and for reviewers.
pub fn space(value: crate::SpaceState) -> &'static str {
    match value {
        crate::SpaceState::Creating => "space-creating",
        crate::SpaceState::Ready => "space-ready",
        crate::SpaceState::Failed => "space-failed",
    }
}

/// The name of an action of the audit log.
pub fn audit_action(value: crate::audit::Action) -> &'static str {
    use crate::audit::Action;
    match value {
        Action::SignedIn => "audit-action-session-started",
        Action::SignInRefused => "audit-action-session-refused",
        Action::SignedOut => "audit-action-session-ended",
        Action::SignedOutEverywhere => "audit-action-sessions-ended",
        Action::QueueSearched => "audit-action-queue-searched",
        Action::QueueExported => "audit-action-queue-exported",
        Action::RequestOpened => "audit-action-request-opened",
        Action::RequestDecided => "audit-action-request-decided",
        Action::RequestDecidedInBulk => "audit-action-request-decided-in-bulk",
        Action::NoteAdded => "audit-action-request-noted",
        Action::MessageSent => "audit-action-request-messaged",
        Action::RequestTaken => "audit-action-request-taken",
        Action::RequestReleased => "audit-action-request-released",
        Action::LabelPut => "audit-action-request-labelled",
        Action::LabelRemoved => "audit-action-request-unlabelled",
        Action::AddressChanged => "audit-action-request-address-changed",
        Action::SpaceMarked => "audit-action-request-space-marked",
        Action::LabelCreated => "audit-action-label-created",
        Action::LabelDeleted => "audit-action-label-deleted",
        Action::PhaseChanged => "audit-action-phase-changed",
        Action::SurveyCreated => "audit-action-survey-created",
        Action::SurveyUpdated => "audit-action-survey-updated",
        Action::SurveyDeleted => "audit-action-survey-deleted",
        Action::SurveyCopied => "audit-action-survey-copied",
        Action::SurveyStateChanged => "audit-action-survey-state-changed",
        Action::SurveyResultsRead => "audit-action-survey-results-read",
        Action::ResponsesExported => "audit-action-survey-exported",
        Action::DeliveriesResumed => "audit-action-deliveries-resumed",
        Action::MemberAdded => "audit-action-member-added",
        Action::RoleChanged => "audit-action-member-role-changed",
        Action::MemberRevoked => "audit-action-member-revoked",
        Action::SsoChanged => "audit-action-member-sso-changed",
        Action::AuditExported => "audit-action-audit-exported",
        Action::ReplyAdded => "audit-action-reply-added",
        Action::ReplyChanged => "audit-action-reply-changed",
        Action::ReplyDeleted => "audit-action-reply-deleted",
    }
}

/// The name of a status.
pub fn status(value: ApplicationStatus) -> &'static str {
    match value {
        ApplicationStatus::Received => "status-received",
        ApplicationStatus::UnderReview => "status-under-review",
        ApplicationStatus::InformationRequested => "status-information-requested",
        ApplicationStatus::Accepted => "status-accepted",
        ApplicationStatus::Waitlisted => "status-waitlisted",
        ApplicationStatus::Refused => "status-refused",
        ApplicationStatus::Withdrawn => "status-withdrawn",
    }
}

/// What comes next for a request in this status, for its applicant.
pub fn status_next(value: ApplicationStatus) -> &'static str {
    match value {
        ApplicationStatus::Received => "status-received-next",
        ApplicationStatus::UnderReview => "status-under-review-next",
        ApplicationStatus::InformationRequested => "status-information-requested-next",
        ApplicationStatus::Accepted => "status-accepted-next",
        ApplicationStatus::Waitlisted => "status-waitlisted-next",
        ApplicationStatus::Refused => "status-refused-next",
        ApplicationStatus::Withdrawn => "status-withdrawn-next",
    }
}

/// The sentence of a refusal reason.
pub fn refusal(value: RefusalReason) -> &'static str {
    match value {
        RefusalReason::NotEligibleKind => "refusal-not-eligible-kind",
        RefusalReason::NotFrenchSpeaking => "refusal-not-french-speaking",
        RefusalReason::NeedsExceedOffer => "refusal-needs-exceed-offer",
        RefusalReason::IncompleteOrUnclear => "refusal-incomplete-or-unclear",
        RefusalReason::Duplicate => "refusal-duplicate",
        RefusalReason::OutOfScope => "refusal-out-of-scope",
        RefusalReason::NoAnswer => "refusal-no-answer",
        RefusalReason::Other => "refusal-other",
    }
}

/// The name of a kind of structure.
pub fn kind(value: StructureKind) -> &'static str {
    match value {
        StructureKind::Association => "kind-association",
        StructureKind::Foundation => "kind-foundation",
        StructureKind::Union => "kind-union",
        StructureKind::Club => "kind-club",
        StructureKind::InformalCollective => "kind-informal-collective",
        StructureKind::Cooperative => "kind-cooperative",
        StructureKind::Company => "kind-company",
        StructureKind::School => "kind-school",
        StructureKind::Administration => "kind-administration",
        StructureKind::LocalAuthority => "kind-local-authority",
        StructureKind::PublicService => "kind-public-service",
        StructureKind::Individual => "kind-individual",
        StructureKind::Family => "kind-family",
        StructureKind::Other => "kind-other",
    }
}

/// The name of a kind of cooperative.
pub fn cooperative(value: CooperativeKind) -> &'static str {
    match value {
        CooperativeKind::Scop => "cooperative-scop",
        CooperativeKind::Scic => "cooperative-scic",
        CooperativeKind::Other => "cooperative-other",
    }
}

/// The name of a tool of a space.
pub fn app(value: AppKind) -> &'static str {
    match value {
        AppKind::Files => "app-files",
        AppKind::Office => "app-office",
        AppKind::CalendarContacts => "app-calendar-contacts",
        AppKind::Talk => "app-talk",
        AppKind::Photos => "app-photos",
        AppKind::Collectives => "app-collectives",
        AppKind::Deck => "app-deck",
        AppKind::Notes => "app-notes",
        AppKind::Forms => "app-forms",
        AppKind::Tables => "app-tables",
    }
}

/// The name of a question type, for reviewers.
pub fn question_type(value: QuestionType) -> &'static str {
    match value {
        QuestionType::SingleChoice => "review-builder-type-single-choice",
        QuestionType::MultipleChoice => "review-builder-type-multiple-choice",
        QuestionType::Scale => "review-builder-type-scale",
        QuestionType::ShortText => "review-builder-type-short-text",
        QuestionType::LongText => "review-builder-type-long-text",
        QuestionType::Ranking => "review-builder-type-ranking",
        QuestionType::Matrix => "review-builder-type-matrix",
    }
}

/// The sentence of a problem of a survey definition (a path such as
/// `questions.2.choices`), in the words of the survey builder; `None` where
/// the generic one says it.
pub fn definition_problem(field: &str, code: Code) -> Option<&'static str> {
    let words: Vec<&str> = field
        .split('.')
        .filter(|w| !w.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    let tail = match words.as_slice() {
        [.., "fr" | "en"] => "text",
        [.., "show_if", last] => last,
        [.., last] => last,
        [] => "",
    };
    Some(match (tail, code) {
        ("text", Code::Required) => "review-builder-text-required",
        ("questions", Code::Required) => "review-builder-questions-required",
        ("questions", Code::TooLong) => "review-builder-questions-too-many",
        ("choices", Code::TooShort) => "review-builder-choices-too-few",
        ("choices", Code::TooLong) => "review-builder-choices-too-many",
        ("rows", Code::TooShort) => "review-builder-rows-too-few",
        ("rows", Code::TooLong) => "review-builder-rows-too-many",
        ("scale", Code::OutOfRange) => "review-builder-scale-range",
        ("question", Code::InvalidCondition) => "review-builder-condition-question",
        ("any_of", Code::Required) => "review-builder-condition-values",
        ("any_of", Code::InvalidValue) => "review-builder-condition-stale",
        ("type", Code::InvalidValue) => "review-builder-json-type",
        ("id" | "value", Code::InvalidValue) => "review-builder-id-invalid",
        ("id" | "value", Code::DuplicateValue) => "review-builder-id-taken",
        _ => return None,
    })
}

/// The name of a survey state, for reviewers.
pub fn survey_state(value: SurveyState) -> &'static str {
    match value {
        SurveyState::Draft => "review-survey-state-draft",
        SurveyState::Open => "review-survey-state-open",
        SurveyState::Closed => "review-survey-state-closed",
    }
}

/// What a survey in this state means, for reviewers.
pub fn survey_state_explained(value: SurveyState, anonymous: bool) -> &'static str {
    match (value, anonymous) {
        (SurveyState::Draft, _) => "review-survey-explain-draft",
        (SurveyState::Open, _) => "review-survey-explain-open",
        (SurveyState::Closed, false) => "review-survey-explain-closed",
        (SurveyState::Closed, true) => "review-survey-explain-closed-anonymous",
    }
}

/// A kind of decision, as a reviewer picks it.
pub fn decision_kind(value: DecisionKind) -> &'static str {
    match value {
        DecisionKind::Accept => "review-decision-accept",
        DecisionKind::Waitlist => "review-decision-waitlist",
        DecisionKind::Refuse => "review-decision-refuse",
        DecisionKind::Review => "review-decision-review",
        DecisionKind::Ask => "review-decision-ask",
    }
}

/// What a decision still lacks in the reviewer's form.
pub fn decision_field_required(value: DecisionField) -> &'static str {
    match value {
        DecisionField::Phase => "review-phase-required",
        DecisionField::Reason => "review-reason-required",
        DecisionField::Message => "review-question-required",
    }
}

/// The verdict of eligibility of a request, for reviewers.
pub fn verdict(value: Verdict) -> &'static str {
    match value {
        Verdict::Eligible => "review-verdict-eligible",
        Verdict::CaseByCase => "review-verdict-case-by-case",
        Verdict::Ineligible => "review-verdict-ineligible",
    }
}

/// The sentence of an error answer in the reviewers' area: the codes it
/// can meet have their own, the others share one.
pub fn review_error(value: ErrorCode) -> &'static str {
    match value {
        ErrorCode::Unauthorized => "review-error-unauthorized",
        ErrorCode::RateLimited => "review-error-rate-limited",
        ErrorCode::PhaseClosed => "review-error-phase-closed",
        ErrorCode::PhaseFull => "review-error-phase-full",
        ErrorCode::AddressTaken => "review-error-address-taken",
        ErrorCode::SpaceUnchanged => "review-error-space-unchanged",
        ErrorCode::InvalidTransition => "review-error-invalid-transition",
        ErrorCode::ChangedMeanwhile => "review-error-changed-meanwhile",
        ErrorCode::ValidationFailed => "review-error-validation-failed",
        ErrorCode::NotFound => "review-error-not-found",
        ErrorCode::RequestErased => "review-error-request-erased",
        ErrorCode::AnswerNotOverdue => "review-error-answer-not-overdue",
        ErrorCode::TooFewResponses => "review-error-too-few-responses",
        ErrorCode::SurveyNotClosed => "review-error-survey-not-closed",
        ErrorCode::SurveyClosedForGood => "review-error-survey-closed-for-good",
        ErrorCode::TakenByOther => "review-error-taken-by-other",
        ErrorCode::Forbidden => "review-error-forbidden",
        ErrorCode::LastCoordinator => "review-error-last-coordinator",
        ErrorCode::TokenExpired => "review-error-token-expired",
        _ => "review-error-other",
    }
}

/// The sentence of a problem of one field, where that field has its own
/// (the generic one of [`code`] otherwise).
pub fn field_problem(field: &str, value: Code) -> Option<&'static str> {
    if let Some(answer) = Field::parse(field) {
        return answer_problem(answer, value);
    }
    Some(match (field, value) {
        // The name of a label or a saved view.
        ("name", Code::DuplicateValue) => "review-name-taken",
        ("name", Code::OutOfRange) => "review-name-too-many",
        ("token", Code::Required) => "error-token-required",
        ("reference", Code::Required) => "error-reference-required",
        ("reference", Code::InvalidValue) => "error-reference-invalid-value",
        ("secret", Code::Required) => "error-secret-required",
        ("secret", Code::InvalidValue) => "error-secret-invalid-value",
        _ => return None,
    })
}

/// The sentence of a problem of an answer of the request, where that
/// answer has its own.
fn answer_problem(field: Field, value: Code) -> Option<&'static str> {
    Some(match (field, value) {
        (Field::Kind, Code::Required) => "error-structure-kind-required",
        (Field::CooperativeKind, Code::Required) => "error-structure-cooperative-kind-required",
        (Field::KindDescription, Code::Required) => "error-structure-kind-description-required",
        (Field::KindDescription, Code::NotApplicable) => {
            "error-structure-kind-description-not-applicable"
        }
        (Field::RegisterNumber, Code::NotApplicable) => {
            "error-structure-register-number-not-applicable"
        }
        (Field::FrenchSpeaking, Code::Required) => "error-structure-french-speaking-required",
        (Field::Country, Code::Required) => "error-structure-country-required",
        (Field::Name, Code::Required) => "error-structure-name-required",
        (Field::Purpose, Code::Required) => "error-structure-purpose-required",
        (Field::Activities, Code::Required) => "error-structure-activities-required",
        (Field::Accounts, Code::Required) => "error-needs-accounts-required",
        (Field::Accounts, Code::InvalidValue) => "error-needs-accounts-invalid-value",
        (Field::StorageGb, Code::Required) => "error-needs-storage-gb-required",
        (Field::StorageGb, Code::InvalidValue) => "error-needs-storage-gb-invalid-value",
        (Field::ContactName, Code::Required) => "error-contact-name-required",
        (Field::ContactEmail, Code::Required) => "error-contact-email-required",
        (Field::Motivation, Code::Required) => "error-motivation-required",
        (Field::Terms, Code::MustAccept) => "error-consents-terms-must-accept",
        _ => return None,
    })
}
