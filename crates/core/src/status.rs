//! The life of an application: every change is a move allowed here, appended
//! to its history.

use crate::closed_list::closed_list;

closed_list! {
    /// Where a request stands.
    ApplicationStatus {
        Received = "received",
        UnderReview = "under_review",
        /// A reviewer asked the applicant a question: the request waits for
        /// the answer, which brings it back to review.
        InformationRequested = "information_requested",
        /// Accepted into a phase.
        Accepted = "accepted",
        /// Eligible, waiting for room in a later phase.
        Waitlisted = "waitlisted",
        Refused = "refused",
        Withdrawn = "withdrawn",
    }
}

impl ApplicationStatus {
    /// Whether a request in this status may move to `next`.
    pub fn can_move_to(self, next: ApplicationStatus) -> bool {
        use ApplicationStatus::*;
        match self {
            Received => matches!(
                next,
                UnderReview | InformationRequested | Accepted | Waitlisted | Refused | Withdrawn
            ),
            UnderReview | Waitlisted => {
                next != self
                    && matches!(
                        next,
                        UnderReview
                            | InformationRequested
                            | Accepted
                            | Waitlisted
                            | Refused
                            | Withdrawn
                    )
            }
            // The applicant's answer brings it back to review; a reviewer
            // may also decide without waiting for it.
            InformationRequested => {
                matches!(
                    next,
                    UnderReview | Accepted | Waitlisted | Refused | Withdrawn
                )
            }
            Accepted => matches!(next, UnderReview | Withdrawn),
            // A refused applicant may erase the request at once.
            Refused => matches!(next, UnderReview | Withdrawn),
            Withdrawn => false,
        }
    }

    /// Where the applicant's answer to a question leads: back to review.
    /// Only a request waiting for an answer takes one.
    pub fn after_answer(self) -> Option<ApplicationStatus> {
        (self == ApplicationStatus::InformationRequested).then_some(ApplicationStatus::UnderReview)
    }

    /// No move leads anywhere from here.
    pub fn is_final(self) -> bool {
        ApplicationStatus::ALL
            .iter()
            .all(|next| !self.can_move_to(*next))
    }
}

closed_list! {
    /// What an entry of a request's history is.
    EventKind {
        /// A move of the request (its first entry too).
        Move = "move",
        /// A reviewer wrote to the applicant; the request stays where it
        /// stands.
        Message = "message",
        /// The applicant corrected answers of the request, with the answer
        /// to a question.
        Correction = "correction",
        /// A reviewer changed the space's address.
        Address = "address",
        /// A step of the space's creation (being created, ready, failed).
        Space = "space",
    }
}

// closed_list! derives a fixed set of traits, without Default.
#[allow(clippy::derivable_impls)]
impl Default for EventKind {
    fn default() -> Self {
        EventKind::Move
    }
}

closed_list! {
    /// Why a request was refused, as shown to the applicant.
    RefusalReason {
        NotEligibleKind = "not_eligible_kind",
        NotFrenchSpeaking = "not_french_speaking",
        NeedsExceedOffer = "needs_exceed_offer",
        IncompleteOrUnclear = "incomplete_or_unclear",
        Duplicate = "duplicate",
        OutOfScope = "out_of_scope",
        /// The reviewers' question went unanswered past the delay.
        NoAnswer = "no_answer",
        Other = "other",
    }
}

#[cfg(test)]
mod tests {
    use super::ApplicationStatus::*;
    use super::*;

    #[test]
    fn the_lifecycle_of_design_md() {
        assert!(Received.can_move_to(UnderReview));
        assert!(UnderReview.can_move_to(Accepted));
        assert!(UnderReview.can_move_to(Waitlisted));
        assert!(Waitlisted.can_move_to(Accepted));
        assert!(Accepted.can_move_to(UnderReview), "moved back to review");
        assert!(Refused.can_move_to(UnderReview));
        assert!(
            !Refused.can_move_to(Accepted),
            "a refusal is reviewed again first"
        );
        for status in [Received, UnderReview, Accepted, Waitlisted] {
            assert!(status.can_move_to(Withdrawn), "{status:?}");
        }
        assert!(
            Refused.can_move_to(Withdrawn),
            "erased at once if they wish"
        );
        for status in [Received, UnderReview, Waitlisted] {
            assert!(status.can_move_to(InformationRequested), "{status:?}");
        }
        for status in [Accepted, Refused, Withdrawn] {
            assert!(!status.can_move_to(InformationRequested), "{status:?}");
        }
        assert!(InformationRequested.can_move_to(UnderReview), "answered");
        assert!(
            InformationRequested.can_move_to(Refused),
            "closed unanswered"
        );
        assert!(InformationRequested.can_move_to(Withdrawn));
        assert_eq!(InformationRequested.after_answer(), Some(UnderReview));
        for status in ApplicationStatus::ALL {
            if status != InformationRequested {
                assert_eq!(status.after_answer(), None, "{status:?}");
            }
        }
        assert!(Withdrawn.is_final());
        assert!(!Received.is_final());
        for status in ApplicationStatus::ALL {
            assert!(!status.can_move_to(status), "{status:?} to itself");
            assert_eq!(ApplicationStatus::parse(status.as_str()), Some(status));
        }
    }

    #[test]
    fn refusal_reasons_round_trip() {
        for reason in RefusalReason::ALL {
            assert_eq!(RefusalReason::parse(reason.as_str()), Some(reason));
            assert_eq!(
                serde_json::to_value(reason).unwrap(),
                serde_json::json!(reason.as_str())
            );
        }
    }
}
