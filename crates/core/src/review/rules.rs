//! The rules of a decision: what a reviewer may decide for a request as it
//! stands (`judge`), the applicant's answer (`judge_answer`), a message that
//! moves nothing (`judge_message`), and what a decision would do
//! (`outcome_of`).

use serde::{Deserialize, Serialize};

use super::wire::Outcome;
use crate::application::{Lines, has_control};
use crate::closed_list::closed_list;
use crate::{ApplicationStatus, Code, ErrorCode, Offer, Problem, RefusalReason};

/// What a reviewer decides.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "decision", rename_all = "snake_case", deny_unknown_fields)]
pub enum Decision {
    /// Accept into a phase (it must be open and have room).
    Accept { phase: u32, message: Option<String> },
    /// Eligible, but for a later phase.
    Waitlist { phase: u32, message: Option<String> },
    Refuse {
        reason: RefusalReason,
        message: Option<String>,
    },
    /// Back to review (from any decision).
    Review { message: Option<String> },
    /// Ask the applicant for more information: the request waits for the
    /// answer, given on the status page.
    Ask { message: String },
}

closed_list! {
    /// The kinds of [`Decision`], as a reviewer picks one before giving what
    /// it needs.
    DecisionKind {
        Accept = "accept",
        Waitlist = "waitlist",
        Refuse = "refuse",
        Review = "review",
        Ask = "ask",
    }
}

/// What a decision of some kind still lacks in the reviewer's form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecisionField {
    Phase,
    Reason,
    /// The question of a request for information.
    Message,
}

impl DecisionKind {
    /// The decision of this kind with the phase and reason the form gives
    /// (only those it takes are read), or the field it still lacks: nothing
    /// is chosen for the reviewer.
    pub fn decide(
        self,
        phase: Option<u32>,
        reason: Option<RefusalReason>,
        message: Option<String>,
    ) -> Result<Decision, DecisionField> {
        let phase = || phase.ok_or(DecisionField::Phase);
        Ok(match self {
            DecisionKind::Accept => Decision::Accept {
                phase: phase()?,
                message,
            },
            DecisionKind::Waitlist => Decision::Waitlist {
                phase: phase()?,
                message,
            },
            DecisionKind::Refuse => Decision::Refuse {
                reason: reason.ok_or(DecisionField::Reason)?,
                message,
            },
            DecisionKind::Review => Decision::Review { message },
            DecisionKind::Ask => Decision::Ask {
                message: message
                    .filter(|m| !m.trim().is_empty())
                    .ok_or(DecisionField::Message)?,
            },
        })
    }

    /// Whether this kind places the request in a phase.
    pub fn takes_phase(self) -> bool {
        matches!(self, DecisionKind::Accept | DecisionKind::Waitlist)
    }
}

impl Decision {
    pub fn kind(&self) -> DecisionKind {
        match self {
            Decision::Accept { .. } => DecisionKind::Accept,
            Decision::Waitlist { .. } => DecisionKind::Waitlist,
            Decision::Refuse { .. } => DecisionKind::Refuse,
            Decision::Review { .. } => DecisionKind::Review,
            Decision::Ask { .. } => DecisionKind::Ask,
        }
    }

    pub fn status(&self) -> ApplicationStatus {
        match self {
            Decision::Accept { .. } => ApplicationStatus::Accepted,
            Decision::Waitlist { .. } => ApplicationStatus::Waitlisted,
            Decision::Refuse { .. } => ApplicationStatus::Refused,
            Decision::Review { .. } => ApplicationStatus::UnderReview,
            Decision::Ask { .. } => ApplicationStatus::InformationRequested,
        }
    }

    pub fn message(&self) -> Option<&str> {
        match self {
            Decision::Accept { message, .. }
            | Decision::Waitlist { message, .. }
            | Decision::Refuse { message, .. }
            | Decision::Review { message } => {
                message.as_deref().map(str::trim).filter(|m| !m.is_empty())
            }
            Decision::Ask { message } => Some(message.trim()).filter(|m| !m.is_empty()),
        }
    }

    pub fn phase(&self) -> Option<u32> {
        match self {
            Decision::Accept { phase, .. } => Some(*phase),
            Decision::Waitlist { phase, .. } => Some(*phase),
            _ => None,
        }
    }

    pub fn reason(&self) -> Option<RefusalReason> {
        match self {
            Decision::Refuse { reason, .. } => Some(*reason),
            _ => None,
        }
    }
}

/// Messages (to and from applicants) and notes are bounded.
pub const MESSAGE_MAX: usize = 2000;

/// The problem of a message (a reviewer's message or note, an applicant's
/// answer): within [`MESSAGE_MAX`] characters once trimmed, and no control
/// or bidi character but new lines and tabs, as every text of the portal.
pub fn check_message_text(field: &str, text: &str, required: bool) -> Option<Problem> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        required.then(|| Problem::new(field, Code::Required))
    } else if has_control(trimmed, Lines::Many) {
        Some(Problem::new(field, Code::ControlCharacters))
    } else if trimmed.chars().count() > MESSAGE_MAX {
        Some(Problem::new(field, Code::TooLong).with("max", MESSAGE_MAX))
    } else {
        None
    }
}

/// The longest identity at the provider a member may be given.
pub const SSO_MAX: usize = 254;

/// The problem of a member's identity at the provider (at `field`): one
/// word (an address or a subject), no control character, [`SSO_MAX`]
/// characters at most once trimmed.
pub fn check_sso(field: &str, sso: &str) -> Option<Problem> {
    let trimmed = sso.trim();
    if has_control(trimmed, Lines::One) || trimmed.chars().any(char::is_whitespace) {
        Some(Problem::new(field, Code::InvalidValue))
    } else if trimmed.chars().count() > SSO_MAX {
        Some(Problem::new(field, Code::TooLong).with("max", SSO_MAX))
    } else {
        None
    }
}

/// The longest name of a member of the team, in characters.
pub const MEMBER_NAME_MAX: usize = 64;

/// The problem of a member's name (at `field`): 1 to [`MEMBER_NAME_MAX`]
/// characters once trimmed, on one line, none of them a control character.
pub fn check_member_name(field: &str, name: &str) -> Option<Problem> {
    let trimmed = name.trim();
    if trimmed.is_empty() {
        Some(Problem::new(field, Code::Required))
    } else if has_control(trimmed, Lines::One) {
        Some(Problem::new(field, Code::ControlCharacters))
    } else if trimmed.chars().count() > MEMBER_NAME_MAX {
        Some(Problem::new(field, Code::TooLong).with("max", MEMBER_NAME_MAX))
    } else {
        None
    }
}

/// Where a request stands: its status and the last decision of its
/// history, and whether its personal data were erased.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing<'a> {
    pub status: ApplicationStatus,
    pub phase: Option<u32>,
    pub reason: Option<RefusalReason>,
    pub message: Option<&'a str>,
    pub erased: bool,
    /// Whole days since the status last changed.
    pub days_in_status: u32,
}

/// How many days a question waits for its answer, unless the host sets
/// another delay, before the request may be refused for want of one.
pub const DEFAULT_ANSWER_DAYS: u32 = 30;

/// A decision judged allowed, as the store records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Move<'a> {
    pub from: ApplicationStatus,
    pub to: ApplicationStatus,
    pub phase: Option<u32>,
    pub reason: Option<RefusalReason>,
    pub message: Option<&'a str>,
    /// For an acceptance: the phase's capacity, which the store checks in
    /// the same statement as the change (two reviewers may decide at once).
    pub capacity: Option<u32>,
}

/// What a decision allowed does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ruling<'a> {
    /// The request already stands so: nothing to record.
    Unchanged,
    Record(Move<'a>),
}

/// Why a decision cannot be applied.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    /// The decision itself is wrong (an unknown phase, a message too long).
    Invalid(Problem),
    /// The request or the phase does not allow it now: `phase_closed`,
    /// `invalid_transition`, `request_erased`.
    Conflict(ErrorCode),
}

/// Whether `decision` may be applied to a request standing so, given the
/// offer's phases, those open now and how long a question waits for its
/// answer: the one rule of decisions. A phase must exist (to accept or
/// wait-list into) and be open (to accept); the move must be one the status
/// allows; a refusal for want of an answer comes only after a question has
/// waited `answer_days`; the same decision twice changes nothing; nothing
/// more is written about an erased request. Room in the phase is left to
/// the store, which counts in the same statement.
pub fn judge<'a>(
    standing: &Standing<'_>,
    decision: &'a Decision,
    offer: &Offer,
    open_phases: &[u32],
    answer_days: u32,
) -> Result<Ruling<'a>, Refusal> {
    // A question must say what it asks.
    let required = decision.kind() == DecisionKind::Ask;
    if let Some(problem) = check_message_text("message", decision.message().unwrap_or(""), required)
    {
        return Err(Refusal::Invalid(problem));
    }
    if decision.reason() == Some(RefusalReason::NoAnswer)
        && !(standing.status == ApplicationStatus::InformationRequested
            && standing.days_in_status >= answer_days)
    {
        return Err(Refusal::Conflict(ErrorCode::AnswerNotOverdue));
    }
    let to = decision.status();
    let mut capacity = None;
    if let Some(phase) = decision.phase() {
        let size = offer
            .capacity(phase)
            .ok_or_else(|| Refusal::Invalid(Problem::new("phase", Code::InvalidValue)))?;
        if to == ApplicationStatus::Accepted {
            if !open_phases.contains(&phase) {
                return Err(Refusal::Conflict(ErrorCode::PhaseClosed));
            }
            capacity = Some(size);
        }
    }
    match outcome_of(standing, decision) {
        None => return Err(Refusal::Conflict(ErrorCode::InvalidTransition)),
        Some(Outcome::Unchanged) => return Ok(Ruling::Unchanged),
        Some(_) => {}
    }
    if standing.erased {
        return Err(Refusal::Conflict(ErrorCode::RequestErased));
    }
    Ok(Ruling::Record(Move {
        from: standing.status,
        to,
        phase: decision.phase(),
        reason: decision.reason(),
        message: decision.message(),
        capacity,
    }))
}

/// Whether the applicant's answer `message` may be recorded for a request
/// standing so: only a request waiting for an answer takes one, which
/// brings it back to review; the answer has the bounds of every message.
pub fn judge_answer<'a>(standing: &Standing<'_>, message: &'a str) -> Result<Move<'a>, Refusal> {
    if let Some(problem) = check_message_text("message", message, true) {
        return Err(Refusal::Invalid(problem));
    }
    if standing.erased {
        return Err(Refusal::Conflict(ErrorCode::RequestErased));
    }
    let to = standing
        .status
        .after_answer()
        .ok_or(Refusal::Conflict(ErrorCode::NoQuestion))?;
    Ok(Move {
        from: standing.status,
        to,
        phase: standing.phase,
        reason: None,
        message: Some(message.trim()),
        capacity: None,
    })
}

/// Whether a reviewer's message `message` may be written to the applicant
/// of a request standing so: any request but a withdrawn or erased one
/// takes one, which leaves it where it stands (the same status, phase and
/// reason); the message has the bounds of every message.
pub fn judge_message<'a>(standing: &Standing<'_>, message: &'a str) -> Result<Move<'a>, Refusal> {
    if let Some(problem) = check_message_text("message", message, true) {
        return Err(Refusal::Invalid(problem));
    }
    if standing.erased {
        return Err(Refusal::Conflict(ErrorCode::RequestErased));
    }
    if standing.status == ApplicationStatus::Withdrawn {
        return Err(Refusal::Conflict(ErrorCode::InvalidTransition));
    }
    Ok(Move {
        from: standing.status,
        to: standing.status,
        phase: standing.phase,
        reason: standing.reason,
        message: Some(message.trim()),
        capacity: None,
    })
}

/// Whether `decision` moves a request standing so (`Some(Applied)`), would
/// change nothing (`Some(Unchanged)`: the same status, phase, reason and
/// message), or is not a move its status allows (`None`). The same status
/// with another phase, reason or message is a correction: recorded, the
/// earlier version staying in the history.
pub fn outcome_of(standing: &Standing<'_>, decision: &Decision) -> Option<Outcome> {
    let to = decision.status();
    if to != standing.status {
        return standing.status.can_move_to(to).then_some(Outcome::Applied);
    }
    if standing.status == ApplicationStatus::Withdrawn {
        return None;
    }
    let same = decision.phase() == standing.phase
        && decision.reason() == standing.reason
        && decision.message() == standing.message.map(str::trim).filter(|m| !m.is_empty());
    Some(if same {
        Outcome::Unchanged
    } else {
        Outcome::Applied
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A request in `status` for `days_in_status` days, with no phase,
    /// reason or message, not erased.
    fn standing(status: ApplicationStatus, days_in_status: u32) -> Standing<'static> {
        Standing {
            status,
            phase: None,
            reason: None,
            message: None,
            erased: false,
            days_in_status,
        }
    }

    #[test]
    fn a_kind_of_decision_asks_for_what_it_needs_and_nothing_else() {
        use DecisionKind::*;
        for kind in DecisionKind::ALL {
            let decided = kind.decide(
                Some(2),
                Some(RefusalReason::Duplicate),
                Some("Votre RNA ?".into()),
            );
            assert_eq!(decided.map(|d| d.kind()), Ok(kind));
        }
        assert_eq!(Ask.decide(None, None, None), Err(DecisionField::Message));
        assert_eq!(
            Ask.decide(None, None, Some("  ".into())),
            Err(DecisionField::Message)
        );
        assert_eq!(Accept.decide(None, None, None), Err(DecisionField::Phase));
        assert_eq!(Waitlist.decide(None, None, None), Err(DecisionField::Phase));
        assert_eq!(
            Refuse.decide(Some(1), None, None),
            Err(DecisionField::Reason)
        );
        assert_eq!(
            Review.decide(None, None, Some("À revoir".into())),
            Ok(Decision::Review {
                message: Some("À revoir".into())
            })
        );
    }

    #[test]
    fn a_question_waits_for_its_answer_which_brings_the_request_back_to_review() {
        use ApplicationStatus::*;
        let offer = Offer::default();
        let ask = |message: &str| Decision::Ask {
            message: message.to_owned(),
        };
        // Asked while under review: the request waits.
        let question = ask(" Avez-vous un numéro RNA ? ");
        match judge(
            &standing(UnderReview, 0),
            &question,
            &offer,
            &[],
            DEFAULT_ANSWER_DAYS,
        ) {
            Ok(Ruling::Record(step)) => {
                assert_eq!(step.to, InformationRequested);
                assert_eq!(step.message, Some("Avez-vous un numéro RNA ?"));
            }
            other => panic!("{other:?}"),
        }
        // A question says something, within the bounds of every message.
        assert_eq!(
            judge(
                &standing(UnderReview, 0),
                &ask("   "),
                &offer,
                &[],
                DEFAULT_ANSWER_DAYS
            ),
            Err(Refusal::Invalid(Problem::new("message", Code::Required)))
        );
        let long = "a".repeat(MESSAGE_MAX + 1);
        assert!(matches!(
            judge(
                &standing(UnderReview, 0),
                &ask(&long),
                &offer,
                &[],
                DEFAULT_ANSWER_DAYS
            ),
            Err(Refusal::Invalid(_))
        ));
        // Not of a decided or erased request.
        for status in [Accepted, Refused, Withdrawn] {
            assert!(
                judge(
                    &standing(status, 0),
                    &question,
                    &offer,
                    &[],
                    DEFAULT_ANSWER_DAYS
                )
                .is_err(),
                "{status:?}"
            );
        }
        // The answer: only when asked, bounded, not once erased.
        let waiting = standing(InformationRequested, 0);
        let answered = judge_answer(&waiting, "  W751234567 ").map(|step| (step.to, step.message));
        assert_eq!(answered, Ok((UnderReview, Some("W751234567"))));
        assert_eq!(
            judge_answer(&waiting, "\u{202e}x"),
            Err(Refusal::Invalid(Problem::new(
                "message",
                Code::ControlCharacters
            )))
        );
        assert_eq!(
            judge_answer(&waiting, " "),
            Err(Refusal::Invalid(Problem::new("message", Code::Required)))
        );
        for status in [Received, UnderReview, Accepted, Waitlisted, Refused] {
            assert_eq!(
                judge_answer(&standing(status, 0), "Oui"),
                Err(Refusal::Conflict(ErrorCode::NoQuestion)),
                "{status:?}"
            );
        }
        assert_eq!(
            judge_answer(
                &Standing {
                    erased: true,
                    ..standing(InformationRequested, 0)
                },
                "Oui"
            ),
            Err(Refusal::Conflict(ErrorCode::RequestErased))
        );
    }

    #[test]
    fn a_message_leaves_the_request_where_it_stands() {
        use ApplicationStatus::*;
        let refused = Standing {
            phase: Some(2),
            reason: Some(RefusalReason::Duplicate),
            ..standing(Refused, 3)
        };
        let step = judge_message(&refused, " Nous avons vu votre autre demande. ");
        assert_eq!(
            step,
            Ok(Move {
                from: Refused,
                to: Refused,
                phase: Some(2),
                reason: Some(RefusalReason::Duplicate),
                message: Some("Nous avons vu votre autre demande."),
                capacity: None,
            })
        );
        for status in [
            Received,
            UnderReview,
            InformationRequested,
            Accepted,
            Waitlisted,
        ] {
            assert!(
                judge_message(&standing(status, 0), "Bonjour").is_ok(),
                "{status:?}"
            );
        }
        assert_eq!(
            judge_message(&standing(Withdrawn, 0), "Bonjour"),
            Err(Refusal::Conflict(ErrorCode::InvalidTransition))
        );
        let erased = Standing {
            erased: true,
            ..standing(Refused, 0)
        };
        assert_eq!(
            judge_message(&erased, "Bonjour"),
            Err(Refusal::Conflict(ErrorCode::RequestErased))
        );
        assert_eq!(
            judge_message(&standing(Received, 0), "  "),
            Err(Refusal::Invalid(Problem::new("message", Code::Required)))
        );
    }

    #[test]
    fn a_request_is_refused_for_want_of_an_answer_only_once_the_delay_is_over() {
        use ApplicationStatus::*;
        let offer = Offer::default();
        let close = Decision::Refuse {
            reason: RefusalReason::NoAnswer,
            message: None,
        };
        let judged = |standing: &Standing<'_>| judge(standing, &close, &offer, &[], 30);
        assert!(
            matches!(judged(&standing(InformationRequested, 30)), Ok(Ruling::Record(m)) if m.to == Refused)
        );
        assert!(matches!(
            judged(&standing(InformationRequested, 400)),
            Ok(Ruling::Record(_))
        ));
        for standing in [
            standing(InformationRequested, 29),
            standing(UnderReview, 90),
            standing(Received, 90),
        ] {
            assert_eq!(
                judged(&standing),
                Err(Refusal::Conflict(ErrorCode::AnswerNotOverdue)),
                "{standing:?}"
            );
        }
        // Other reasons do not wait.
        let other = Decision::Refuse {
            reason: RefusalReason::OutOfScope,
            message: None,
        };
        assert!(judge(&standing(InformationRequested, 0), &other, &offer, &[], 30).is_ok());
    }

    #[test]
    fn the_same_decision_twice_changes_nothing_and_a_correction_is_recorded() {
        use ApplicationStatus::*;
        let refused = Standing {
            status: Refused,
            phase: None,
            reason: Some(RefusalReason::Duplicate),
            message: Some("Déjà demandé."),
            erased: false,
            days_in_status: 0,
        };
        let refuse = |reason, message: &str| Decision::Refuse {
            reason,
            message: Some(message.to_owned()),
        };
        assert_eq!(
            outcome_of(
                &refused,
                &refuse(RefusalReason::Duplicate, " Déjà demandé. ")
            ),
            Some(Outcome::Unchanged)
        );
        assert_eq!(
            outcome_of(
                &refused,
                &refuse(RefusalReason::IncompleteOrUnclear, "Déjà demandé.")
            ),
            Some(Outcome::Applied)
        );
        assert_eq!(
            outcome_of(
                &refused,
                &refuse(RefusalReason::Duplicate, "Déjà demandé sous FS-2222-2222.")
            ),
            Some(Outcome::Applied)
        );
        // A refusal goes back to review before anything else.
        let accept = Decision::Accept {
            phase: 1,
            message: None,
        };
        assert_eq!(outcome_of(&refused, &accept), None);
        let accepted = Standing {
            status: Accepted,
            phase: Some(1),
            reason: None,
            message: None,
            erased: false,
            days_in_status: 0,
        };
        assert_eq!(outcome_of(&accepted, &accept), Some(Outcome::Unchanged));
        assert_eq!(
            outcome_of(
                &accepted,
                &Decision::Accept {
                    phase: 2,
                    message: None
                }
            ),
            Some(Outcome::Applied)
        );
        let withdrawn = Standing {
            status: Withdrawn,
            phase: None,
            reason: None,
            message: None,
            erased: true,
            days_in_status: 0,
        };
        assert_eq!(
            outcome_of(&withdrawn, &Decision::Review { message: None }),
            None
        );
    }

    #[test]
    fn a_decision_is_judged_against_the_phases_the_status_and_the_erasure() {
        let offer = Offer::default();
        let received = Standing {
            status: ApplicationStatus::Received,
            phase: None,
            reason: None,
            message: None,
            erased: false,
            days_in_status: 0,
        };
        let accept = |phase| Decision::Accept {
            phase,
            message: None,
        };
        let conflict = |code| Err(Refusal::Conflict(code));
        assert_eq!(
            judge(&received, &accept(9), &offer, &[1, 9], DEFAULT_ANSWER_DAYS),
            Err(Refusal::Invalid(Problem::new("phase", Code::InvalidValue)))
        );
        assert_eq!(
            judge(&received, &accept(2), &offer, &[1], DEFAULT_ANSWER_DAYS),
            conflict(ErrorCode::PhaseClosed)
        );
        let waitlist = Decision::Waitlist {
            phase: 2,
            message: None,
        };
        assert!(
            matches!(judge(&received, &waitlist, &offer, &[], DEFAULT_ANSWER_DAYS), Ok(Ruling::Record(m)) if m.capacity.is_none()),
            "a wait-list needs no open phase and no room"
        );
        assert_eq!(
            judge(&received, &accept(1), &offer, &[1], DEFAULT_ANSWER_DAYS),
            Ok(Ruling::Record(Move {
                from: ApplicationStatus::Received,
                to: ApplicationStatus::Accepted,
                phase: Some(1),
                reason: None,
                message: None,
                capacity: Some(300),
            }))
        );
        let long = Decision::Review {
            message: Some("a".repeat(MESSAGE_MAX + 1)),
        };
        assert!(matches!(
            judge(&received, &long, &offer, &[], DEFAULT_ANSWER_DAYS),
            Err(Refusal::Invalid(p)) if p.code == Code::TooLong
        ));
        let erased = Standing {
            erased: true,
            ..received
        };
        assert_eq!(
            judge(&erased, &accept(1), &offer, &[1], DEFAULT_ANSWER_DAYS),
            conflict(ErrorCode::RequestErased)
        );
        let accepted = Standing {
            status: ApplicationStatus::Accepted,
            phase: Some(1),
            ..erased
        };
        assert_eq!(
            judge(&accepted, &accept(1), &offer, &[1], DEFAULT_ANSWER_DAYS),
            Ok(Ruling::Unchanged),
            "the same decision again is no write, erased or not"
        );
        let refused = Standing {
            status: ApplicationStatus::Refused,
            ..received
        };
        assert_eq!(
            judge(&refused, &accept(1), &offer, &[1], DEFAULT_ANSWER_DAYS),
            conflict(ErrorCode::InvalidTransition)
        );
    }

    #[test]
    fn reviewer_texts_refuse_control_and_bidi_characters() {
        let code = |text: &str| check_message_text("message", text, true).map(|p| p.code);
        assert_eq!(code("Bonjour,\nmerci.\tÀ bientôt"), None);
        for hidden in [
            "\u{202e}",
            "\u{2066}",
            "\u{200b}",
            "\u{0}",
            "\u{1b}[31m",
            "\u{2028}",
        ] {
            assert_eq!(
                code(&format!("Bonjour {hidden}fin")),
                Some(Code::ControlCharacters),
                "{hidden:?}"
            );
        }
        assert_eq!(code("   "), Some(Code::Required));
        assert_eq!(check_message_text("message", " ", false), None);
        assert_eq!(code(&"a".repeat(MESSAGE_MAX + 1)), Some(Code::TooLong));
    }

    #[test]
    fn capacities_are_the_steps_between_cumulative_targets() {
        let offer = Offer::default();
        let capacities: Vec<_> = (1..=5).map(|n| offer.capacity(n)).collect();
        assert_eq!(
            capacities,
            vec![Some(300), Some(700), Some(1500), Some(2500), Some(5000)]
        );
        assert_eq!(offer.capacity(9), None);
    }

    #[test]
    fn decisions_read_from_json() {
        let d: Decision = serde_json::from_str(r#"{"decision":"accept","phase":2}"#).unwrap();
        assert_eq!(
            (d.status(), d.phase()),
            (ApplicationStatus::Accepted, Some(2))
        );
        let d: Decision =
            serde_json::from_str(r#"{"decision":"refuse","reason":"duplicate","message":"  "}"#)
                .unwrap();
        assert_eq!(
            (d.reason(), d.message()),
            (Some(RefusalReason::Duplicate), None)
        );
        assert!(serde_json::from_str::<Decision>(r#"{"decision":"accept"}"#).is_err());
        assert!(serde_json::from_str::<Decision>(r#"{"decision":"explode"}"#).is_err());
    }
}
