//! Stable machine codes for what is wrong with an answer, with parameters.
//! The app turns them into sentences; the API returns them as they are.

use std::collections::BTreeMap;

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::closed_list::closed_list;

/// One problem with one field (a dotted path of the wire type), or one
/// eligibility reason (the field is the answer that caused it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Problem {
    pub field: String,
    pub code: Code,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub params: BTreeMap<String, Param>,
}

/// A parameter of a problem: a bound or a position (a whole number), or a
/// code or a name (a word); a JSON number or string on the wire.
///
/// Its own type rather than any JSON value: the app reads problems with
/// the browser's JSON parser, and a `serde_json::Value` would bring
/// serde_json's own parser back into it (for raw values).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Param {
    Number(i64),
    Word(String),
}

impl Param {
    pub fn as_number(&self) -> Option<i64> {
        match self {
            Param::Number(n) => Some(*n),
            Param::Word(_) => None,
        }
    }
}

impl From<i64> for Param {
    fn from(n: i64) -> Self {
        Param::Number(n)
    }
}

impl From<i32> for Param {
    fn from(n: i32) -> Self {
        Param::Number(n.into())
    }
}

impl From<u32> for Param {
    fn from(n: u32) -> Self {
        Param::Number(n.into())
    }
}

impl From<u64> for Param {
    fn from(n: u64) -> Self {
        Param::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<usize> for Param {
    fn from(n: usize) -> Self {
        Param::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<&str> for Param {
    fn from(word: &str) -> Self {
        Param::Word(word.to_owned())
    }
}

impl From<String> for Param {
    fn from(word: String) -> Self {
        Param::Word(word)
    }
}

impl PartialEq<i64> for Param {
    fn eq(&self, n: &i64) -> bool {
        self.as_number() == Some(*n)
    }
}

impl PartialEq<&str> for Param {
    fn eq(&self, word: &&str) -> bool {
        matches!(self, Param::Word(w) if w == word)
    }
}

impl Serialize for Param {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Param::Number(n) => serializer.serialize_i64(*n),
            Param::Word(w) => serializer.serialize_str(w),
        }
    }
}

impl<'de> Deserialize<'de> for Param {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ParamVisitor;

        impl Visitor<'_> for ParamVisitor {
            type Value = Param;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a whole number or a string")
            }

            fn visit_i64<E: de::Error>(self, n: i64) -> Result<Param, E> {
                Ok(Param::Number(n))
            }

            fn visit_u64<E: de::Error>(self, n: u64) -> Result<Param, E> {
                Ok(Param::from(n))
            }

            fn visit_f64<E: de::Error>(self, n: f64) -> Result<Param, E> {
                // A JavaScript number: whole within i64, or not a parameter.
                if n.fract() == 0.0 && n.abs() < 9.2e18 {
                    #[allow(clippy::cast_possible_truncation)]
                    Ok(Param::Number(n as i64))
                } else {
                    Err(E::invalid_value(de::Unexpected::Float(n), &self))
                }
            }

            fn visit_str<E: de::Error>(self, word: &str) -> Result<Param, E> {
                Ok(Param::from(word))
            }

            fn visit_string<E: de::Error>(self, word: String) -> Result<Param, E> {
                Ok(Param::Word(word))
            }
        }

        deserializer.deserialize_any(ParamVisitor)
    }
}

impl Problem {
    pub fn new(field: impl Into<String>, code: Code) -> Self {
        Problem {
            field: field.into(),
            code,
            params: BTreeMap::new(),
        }
    }

    pub fn with(mut self, key: &str, value: impl Into<Param>) -> Self {
        self.params.insert(key.to_owned(), value.into());
        self
    }
}

closed_list! {
    /// Every code a rule can return, for one field.
    Code {
    Required = "required",
    /// Params: `min`.
    TooShort = "too_short",
    /// Params: `max`.
    TooLong = "too_long",
    ControlCharacters = "control_characters",
    InvalidEmail = "invalid_email",
    InvalidCountry = "invalid_country",
    InvalidPostalCode = "invalid_postal_code",
    InvalidUrl = "invalid_url",
    /// A space's address with other characters than a-z, 0-9 and hyphens,
    /// or a hyphen at either end.
    InvalidAddress = "invalid_address",
    /// A space's address the host keeps for itself.
    AddressReserved = "address_reserved",
    /// A space's address another request holds.
    AddressTaken = "address_taken",
    InvalidRna = "invalid_rna",
    InvalidSiren = "invalid_siren",
    InvalidSiret = "invalid_siret",
    InvalidIdentifier = "invalid_identifier",
    RnaOnlyForAssociations = "rna_only_for_associations",
    CooperativeKindRequired = "cooperative_kind_required",
    CooperativeKindNotApplicable = "cooperative_kind_not_applicable",
    /// Params: `min`, `max`.
    OutOfRange = "out_of_range",
    MustAccept = "must_accept",
    DuplicateApp = "duplicate_app",
    /// A field the wire type does not have.
    UnknownField = "unknown_field",
    /// A value of the wrong type or form.
    InvalidValue = "invalid_value",
    /// Eligibility: params `kind`.
    RefusedKind = "refused_kind",
    NotFrenchSpeaking = "not_french_speaking",
    /// Needs: more accounts than a space has. Params `max`.
    TooManyAccounts = "too_many_accounts",
    /// Needs: more storage than a space has. Params `max`.
    TooMuchStorage = "too_much_storage",
    /// Eligibility: params `cooperative_kind` when known.
    CooperativeCaseByCase = "cooperative_case_by_case",
    /// Eligibility: a kind people decide on from its description (params
    /// `kind`).
    KindCaseByCase = "kind_case_by_case",
    /// The same value twice where each must be unique.
    DuplicateValue = "duplicate_value",
    /// Surveys: a condition on a question that is not an earlier choice or scale.
    InvalidCondition = "invalid_condition",
    /// Surveys: a value that is not one of the question's choices.
    InvalidChoice = "invalid_choice",
    /// Something given where it does not belong (an answer to a question not
    /// shown, choices on a text question).
    NotApplicable = "not_applicable",
    /// A reply template names a placeholder there is no value for (params
    /// `placeholder`).
    UnknownPlaceholder = "unknown_placeholder",
}}

closed_list! {
    /// What an error answer of the API says happened (`error.code`), for
    /// the whole request; the fields' problems come with it as `Code`s.
    ErrorCode {
        /// The fields break rules: one problem each.
        ValidationFailed = "validation_failed",
        /// The structure cannot apply: one reason each.
        Ineligible = "ineligible",
        MalformedJson = "malformed_json",
        /// The JSON does not fit: the field named.
        InvalidBody = "invalid_body",
        UnsupportedMediaType = "unsupported_media_type",
        PayloadTooLarge = "payload_too_large",
        RequestTimeout = "request_timeout",
        InvalidHeader = "invalid_header",
        InvalidPath = "invalid_path",
        BadRequest = "bad_request",
        MethodNotAllowed = "method_not_allowed",
        /// An `Idempotency-Key` used again with other answers.
        IdempotencyConflict = "idempotency_conflict",
        NotFound = "not_found",
        Unauthorized = "unauthorized",
        RateLimited = "rate_limited",
        /// The wizard's hidden field was filled, or too fast for a person.
        LooksAutomated = "looks_automated",
        Internal = "internal",
        /// The server has no room for the connection now: see Retry-After.
        Busy = "busy",
        /// This request can no longer be withdrawn.
        CannotWithdraw = "cannot_withdraw",
        /// The request waits for no answer: no question is open.
        NoQuestion = "no_question",
        /// Refused for want of an answer before the delay was over.
        AnswerNotOverdue = "answer_not_overdue",
        /// The request changed since it was read.
        ChangedMeanwhile = "changed_meanwhile",
        /// Not a move its status allows.
        InvalidTransition = "invalid_transition",
        PhaseClosed = "phase_closed",
        PhaseFull = "phase_full",
        /// Another request holds the space's address now.
        AddressTaken = "address_taken",
        /// The space is ready, or the request is not accepted: its space
        /// has no such step.
        SpaceUnchanged = "space_unchanged",
        /// A report of the hosting side whose signature is wrong, too old
        /// or already seen.
        BadSignature = "bad_signature",
        /// Its personal data were erased: nothing more is written about it.
        RequestErased = "request_erased",
        SurveyClosed = "survey_closed",
        /// Opened surveys keep their questions.
        SurveyNotDraft = "survey_not_draft",
        /// An anonymous survey below the threshold keeps its answers.
        TooFewResponses = "too_few_responses",
        /// An anonymous survey keeps its answers until it is closed.
        SurveyNotClosed = "survey_not_closed",
        /// An anonymous survey, once closed, is never opened again.
        SurveyClosedForGood = "survey_closed_for_good",
        /// Another reviewer holds the request (or holds it no more).
        TakenByOther = "taken_by_other",
        /// The route is a coordinator's; the signed-in member is a reviewer.
        Forbidden = "forbidden",
        /// The change would leave the team without a coordinator.
        LastCoordinator = "last_coordinator",
        /// A sign-in token unused for longer than the host allows: a
        /// coordinator gives a new one.
        TokenExpired = "token_expired",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_serialise_as_their_name() {
        for code in Code::ALL {
            assert_eq!(
                serde_json::to_value(code).unwrap(),
                serde_json::json!(code.as_str())
            );
            let back: Code = serde_json::from_value(serde_json::json!(code.as_str())).unwrap();
            assert_eq!(back, code);
        }
    }

    #[test]
    fn params_are_omitted_when_empty() {
        let json = serde_json::to_string(&Problem::new("motivation", Code::Required)).unwrap();
        assert_eq!(json, r#"{"field":"motivation","code":"required"}"#);
        let json =
            serde_json::to_string(&Problem::new("motivation", Code::TooShort).with("min", 20))
                .unwrap();
        assert_eq!(
            json,
            r#"{"field":"motivation","code":"too_short","params":{"min":20}}"#
        );
    }

    #[test]
    fn params_are_whole_numbers_or_words_on_the_wire() {
        let problem = Problem::new("kind", Code::RefusedKind)
            .with("max", 50_usize)
            .with("kind", "company");
        let json = serde_json::to_string(&problem).unwrap();
        assert_eq!(
            json,
            r#"{"field":"kind","code":"refused_kind","params":{"kind":"company","max":50}}"#
        );
        let back: Problem = serde_json::from_str(&json).unwrap();
        assert_eq!(back, problem);
        // A whole number written as a float (as a browser may) is a number.
        let read: Param = serde_json::from_str("50.0").unwrap();
        assert_eq!(read, 50);
        for wrong in ["2.5", "true", "null", "[1]", "{}"] {
            assert!(serde_json::from_str::<Param>(wrong).is_err(), "{wrong}");
        }
    }
}
