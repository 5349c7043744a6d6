//! Answers of the API that the app reads: one definition for both sides.

use serde::{Deserialize, Serialize};

use crate::{ApplicationStatus, InvitationLink, Offer, RefusalReason, Site, Verdict};

/// `GET /api/offer`: the configured offer and the rollout progress, counts only.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OfferView {
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub offer: Offer,
    pub phases: Vec<PhaseProgress>,
    /// Spaces accepted in all phases.
    pub accepted_total: u32,
    /// The publisher, the links and the retention periods the pages quote.
    pub site: Site,
    /// How long requests wait for a first decision (from 10 decided on).
    #[serde(default)]
    pub decision_times: crate::dashboard::DecisionTimes,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PhaseProgress {
    pub number: u32,
    pub name: String,
    /// First month of the phase, `YYYY-MM`.
    pub period_start: String,
    /// Last month of the phase, `YYYY-MM`.
    pub period_end: String,
    /// Cumulative number of spaces targeted by the end of this phase.
    pub target: u32,
    /// Requests accepted into this phase so far.
    pub accepted: u32,
    /// Requests accepted into this phase and the ones before it.
    pub accepted_cumulative: u32,
    /// What became of the requests that arrived up to the end of this
    /// phase (after the one before): counts only, and none below
    /// `dashboard::PUBLIC_MIN` requests.
    #[serde(default)]
    pub requests: Option<crate::dashboard::PhaseRequests>,
}

impl OfferView {
    /// The progress of `offer`, given how many requests each phase accepted
    /// and how many arrived each month (`YYYY-MM`) by current status.
    pub fn new(
        offer: &Offer,
        site: &Site,
        accepted_in: impl Fn(u32) -> u32,
        arrivals: &[(String, crate::ApplicationStatus, u32)],
    ) -> Self {
        let mut cumulative = 0u32;
        let requests = crate::dashboard::phase_requests(offer, arrivals);
        let phases = offer
            .phases
            .iter()
            .zip(requests)
            .map(|(phase, requests)| {
                let accepted = accepted_in(phase.number);
                cumulative = cumulative.saturating_add(accepted);
                PhaseProgress {
                    number: phase.number,
                    name: phase.name.clone(),
                    period_start: phase.period_start.clone(),
                    period_end: phase.period_end.clone(),
                    target: phase.target,
                    accepted,
                    accepted_cumulative: cumulative,
                    requests,
                }
            })
            .collect();
        OfferView {
            offer: offer.clone(),
            phases,
            accepted_total: cumulative,
            site: site.clone(),
            decision_times: crate::dashboard::DecisionTimes::default(),
        }
    }
}

/// `POST /api/applications` → 201. The secret is shown once: only its
/// fingerprint is stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Submitted {
    /// Short reference, e.g. `FS-7K3M-Q9TD`.
    pub reference: String,
    /// Status secret: with the reference, the only way to follow or withdraw.
    pub secret: String,
    /// Always `received`.
    pub status: ApplicationStatus,
    /// `eligible` or `case_by_case`.
    pub eligibility: Verdict,
}

/// The reference and the status secret: the only way to read or withdraw a
/// request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct StatusQuery {
    pub reference: String,
    pub secret: String,
}

/// What an applicant sees of their request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StatusView {
    pub reference: String,
    pub status: ApplicationStatus,
    /// `eligible` or `case_by_case`, as judged at submission.
    pub eligibility: Verdict,
    /// The phase the request is accepted or wait-listed into.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<u32>,
    /// RFC 3339.
    pub submitted_at: String,
    /// Every change, oldest first.
    pub history: Vec<HistoryEntry>,
    /// The personal data of the request were erased (after a withdrawal, or
    /// a year after a refusal).
    pub erased: bool,
    /// Feedback surveys the collective is invited to answer.
    #[serde(default)]
    pub invitations: Vec<InvitationLink>,
    /// The contact gets an e-mail when something happens to the request.
    #[serde(default)]
    pub notify: bool,
    /// The label of the space's address asked for (`amis-du-velo`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Where the space stands, once the request is accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub space: Option<crate::SpaceState>,
    /// Where the space is, once ready.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub space_url: Option<String>,
    /// For a wait-listed request: the requests wait-listed for the same
    /// phase (this one included), counted now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waiting: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HistoryEntry {
    /// RFC 3339.
    pub at: String,
    pub status: ApplicationStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<RefusalReason>,
    /// A message from the reviewers to the applicant (a question when the
    /// status is `information_requested`), or the applicant's answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The change was the applicant's (the request, an answer, the
    /// withdrawal), not the reviewers'.
    #[serde(default)]
    pub by_applicant: bool,
    /// A move, a message of the team that moved nothing, or the
    /// applicant's correction of their answers.
    #[serde(default)]
    pub kind: crate::EventKind,
    /// The answers a correction changed (`structure.identifier`…).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<String>,
    /// The new address, for a change of address by the reviewers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Where the space now stands, for a step of its creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub space: Option<crate::SpaceState>,
}

/// `POST /api/applications/answer`: the applicant's answer to the
/// reviewers' question, with the reference and the secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AnswerQuery {
    pub reference: String,
    pub secret: String,
    /// Up to 2000 characters (`MESSAGE_MAX`).
    pub message: String,
    /// Answers of the request corrected at the same time.
    #[serde(default)]
    pub corrections: crate::Corrections,
}

/// The applicant's choice of e-mails about their request, with the
/// reference and the secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NotifyQuery {
    pub reference: String,
    pub secret: String,
    pub notify: bool,
}

crate::closed_list::closed_list! {
    /// The kind of spreadsheet an export comes as.
    Sheet {
        /// Text, cells separated by `;` (French) or `,` (English).
        Csv = "csv",
        /// An OpenDocument spreadsheet.
        Ods = "ods",
    }
}

impl Sheet {
    /// Its media type.
    pub fn mime(self) -> &'static str {
        match self {
            Sheet::Csv => "text/csv; charset=utf-8",
            Sheet::Ods => "application/vnd.oasis.opendocument.spreadsheet",
        }
    }
}

/// A link of an e-mail, by its token: the single-use one that confirms the
/// address, or the one that stops the request's e-mails.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema, utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct EmailLink {
    /// At most 200 characters.
    pub token: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cumulative_counts_add_up_phase_by_phase() {
        let view = OfferView::new(&Offer::default(), &Site::default(), |phase| phase * 10, &[]);
        let cumulative: Vec<u32> = view.phases.iter().map(|p| p.accepted_cumulative).collect();
        assert_eq!(cumulative, vec![10, 30, 60, 100, 150]);
        assert_eq!(view.accepted_total, 150);
    }

    #[test]
    fn phases_without_acceptances_count_zero() {
        let view = OfferView::new(&Offer::default(), &Site::default(), |_| 0, &[]);
        assert!(view.phases.iter().all(|p| p.accepted == 0));
        assert_eq!(view.phases.len(), Offer::default().phases.len());
    }
}
