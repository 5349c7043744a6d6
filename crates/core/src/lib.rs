//! Domain rules of the Frama.space portal, shared by the browser app and the
//! server: the offer, eligibility, identifiers, field validation, the status
//! lifecycle, references, feedback surveys. No I/O, no clock, no randomness, no text for
//! humans: rules return stable codes with parameters.

mod closed_list;

pub mod application;
pub mod audit;
pub mod chunks;
pub mod countries;
pub mod dashboard;
pub mod eligibility;
pub mod endpoints;
pub mod field;
pub mod identifiers;
pub mod kinds;
pub mod locale;
pub mod messages;
pub mod notification;
pub mod offer;
pub mod problems;
pub mod reference;
pub mod related;
pub mod review;
pub mod sharing;
pub mod site;
pub mod space;
pub mod status;
pub mod survey;
pub mod text;
pub mod wire;

pub use application::{
    Admitted, ApplicationInput, Consents, Contact, Corrections, Needs, Rejection, StructureInput,
    admit, validate_application, validate_consents, validate_contact, validate_identity,
    validate_kind, validate_motivation, validate_needs, validate_origin,
};
pub use chunks::{TextGroup, page_texts};
pub use countries::COUNTRY_CODES;
pub use dashboard::{Dashboard, PhaseRequests, Tally};
pub use eligibility::{Eligibility, EligibilityAnswers, Verdict, eligibility};
pub use field::Field;
pub use identifiers::Identifier;
pub use kinds::{AppKind, CooperativeKind, KindPolicy, StructureKind};
pub use locale::Locale;
pub use notification::{NotificationKind, NotificationState, NotificationView};
pub use offer::{Offer, Phase};
pub use problems::{Code, ErrorCode, Param, Problem};
pub use reference::{
    ALPHABET, normalize_reference, normalize_secret, reference_from_bytes, secret_from_bytes,
};
pub use related::{Likeness, MatchKey, RelatedRequest, match_keys};
pub use review::{
    AddedMember, ApplicationDetail, BulkDecision, BulkOutcome, Decision, DecisionField,
    DecisionKind, MemberView, Move, NewMember, NewMessage, NewNote, NewReply, Note, Outcome,
    PhaseChange, PhaseView, QueueFilter, QueueItem, QueuePage, Refusal, ReplyTemplate, ReviewEvent,
    Role, RoleChange, Ruling, Session, SignIn, SignedIn, SsoChange, Standing,
};
pub use sharing::{Holder, Label, LabelColor, NewLabel, NewView, SavedView, Take};
pub use site::{LegalBasis, Links, Publisher, Retention, Site};
pub use space::{
    AddressCheck, AddressQuery, Availability, DeliveryState, DeliveryView, NewAddress,
    SpaceCallback, SpaceEvent, SpaceMark, SpaceMessage, SpaceOrder, SpaceOutcome, SpaceReport,
    SpaceState, Spaces,
};
pub use status::{ApplicationStatus, EventKind, RefusalReason};
pub use survey::{
    Answer, Answers, InvitationLink, InvitationQuery, InvitationView, Localized, PhaseRate,
    Question, QuestionType, Survey, SurveyDetail, SurveyInput, SurveyReport, SurveyResponse,
    SurveyResults, SurveyState, SurveyStateChange, SurveySummary,
};
pub use wire::{
    AnswerQuery, EmailLink, HistoryEntry, NotifyQuery, OfferView, PhaseProgress, Sheet,
    StatusQuery, StatusView, Submitted,
};
