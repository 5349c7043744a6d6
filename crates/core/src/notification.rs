//! The e-mails an applicant who asked for them gets: which events send one,
//! and how a reviewer sees each on the request page. The server writes them
//! to its outbox in the transaction of the event and sends them later.

use serde::{Deserialize, Serialize};

use crate::closed_list::closed_list;
use crate::status::ApplicationStatus;

closed_list! {
    /// What an e-mail tells the applicant.
    NotificationKind {
        /// The request was received.
        Received = "received",
        /// A reviewer asked a question, to answer on the status page.
        Question = "question",
        /// A reviewer wrote, without changing the status.
        Message = "message",
        /// A decision: accepted, wait-listed or refused.
        Decision = "decision",
        /// A feedback survey invites the collective.
        Survey = "survey",
        /// The collective's space was created: its address works.
        SpaceReady = "space_ready",
    }
}

impl NotificationKind {
    /// The e-mail a reviewer's move to `to` sends: a question, or a
    /// decision the applicant must know. Going back to review sends none.
    pub fn of_move(to: ApplicationStatus) -> Option<NotificationKind> {
        use ApplicationStatus::*;
        match to {
            InformationRequested => Some(NotificationKind::Question),
            Accepted | Waitlisted | Refused => Some(NotificationKind::Decision),
            Received | UnderReview | Withdrawn => None,
        }
    }
}

closed_list! {
    /// Where an e-mail of the outbox stands.
    NotificationState {
        /// Waiting to be sent, or sent again after a failure.
        Pending = "pending",
        /// Waiting for its address to be confirmed: an earlier e-mail asked.
        Held = "held",
        Sent = "sent",
        /// Not delivered after every attempt, or refused for good by the
        /// mail server.
        Failed = "failed",
    }
}

/// One e-mail of a request, as reviewers see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NotificationView {
    pub kind: NotificationKind,
    pub state: NotificationState,
    /// RFC 3339: when the event happened.
    pub created_at: String,
    /// RFC 3339: when the mail server took it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent_at: Option<String>,
    pub attempts: u32,
    /// It went as the request to confirm the address (the first e-mail to
    /// an address does).
    #[serde(default)]
    pub asked: bool,
    /// The mail server's last refusal, as it gave it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questions_and_decisions_send_an_email_going_back_to_review_does_not() {
        use ApplicationStatus::*;
        let sent: Vec<_> = ApplicationStatus::ALL
            .into_iter()
            .filter_map(|to| Some((to, NotificationKind::of_move(to)?)))
            .collect();
        assert_eq!(
            sent,
            [
                (InformationRequested, NotificationKind::Question),
                (Accepted, NotificationKind::Decision),
                (Waitlisted, NotificationKind::Decision),
                (Refused, NotificationKind::Decision),
            ]
        );
    }
}
