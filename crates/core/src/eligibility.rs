//! Whether the offer is for a structure: a pure function of its kind and its
//! language and the offer, usable while the answers arrive (unanswered
//! questions add no reason). Needs beyond the offer (accounts, storage) are
//! not a verdict on the structure: they are a problem of that field, told
//! with the limit (`validate_needs`).

use serde::{Deserialize, Serialize};

use crate::closed_list::closed_list;
use crate::field::Field;
use crate::kinds::KindPolicy;
use crate::{ApplicationInput, Code, CooperativeKind, Offer, Problem, StructureKind};

/// The answers that decide eligibility.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct EligibilityAnswers {
    pub kind: Option<StructureKind>,
    pub cooperative_kind: Option<CooperativeKind>,
    pub french_speaking: Option<bool>,
}

impl From<&ApplicationInput> for EligibilityAnswers {
    fn from(input: &ApplicationInput) -> Self {
        EligibilityAnswers {
            kind: input.structure.kind,
            cooperative_kind: input.structure.cooperative_kind,
            french_speaking: input.structure.french_speaking,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "verdict", content = "reasons", rename_all = "snake_case")]
pub enum Eligibility {
    Eligible,
    /// People will decide; the reasons say why.
    CaseByCase(Vec<Problem>),
    /// Every reason the structure cannot apply.
    Ineligible(Vec<Problem>),
}

closed_list! {
    /// The verdict of an eligibility, without its reasons: what a request
    /// keeps (never `ineligible`, since those are not received).
    Verdict {
        Eligible = "eligible",
        CaseByCase = "case_by_case",
        Ineligible = "ineligible",
    }
}

impl Eligibility {
    pub fn verdict(&self) -> Verdict {
        match self {
            Eligibility::Eligible => Verdict::Eligible,
            Eligibility::CaseByCase(_) => Verdict::CaseByCase,
            Eligibility::Ineligible(_) => Verdict::Ineligible,
        }
    }
}

pub fn eligibility(answers: &EligibilityAnswers, offer: &Offer) -> Eligibility {
    let mut refusals = Vec::new();
    let policy = answers.kind.map(|kind| (kind, kind.policy(offer)));
    if let Some((kind, KindPolicy::Refused)) = policy {
        refusals.push(Problem::new(Field::Kind, Code::RefusedKind).with("kind", kind.as_str()));
    }
    if offer.french_speaking_only && answers.french_speaking == Some(false) {
        refusals.push(Problem::new(Field::FrenchSpeaking, Code::NotFrenchSpeaking));
    }
    if !refusals.is_empty() {
        return Eligibility::Ineligible(refusals);
    }
    match policy {
        Some((StructureKind::Cooperative, KindPolicy::CaseByCase)) => {
            let mut reason = Problem::new(Field::Kind, Code::CooperativeCaseByCase);
            if let Some(cooperative) = answers.cooperative_kind {
                reason = reason.with("cooperative_kind", cooperative.as_str());
            }
            Eligibility::CaseByCase(vec![reason])
        }
        Some((kind, KindPolicy::CaseByCase)) => Eligibility::CaseByCase(vec![
            Problem::new(Field::Kind, Code::KindCaseByCase).with("kind", kind.as_str()),
        ]),
        _ => Eligibility::Eligible,
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn answers(kind: StructureKind) -> EligibilityAnswers {
        EligibilityAnswers {
            kind: Some(kind),
            french_speaking: Some(true),
            ..Default::default()
        }
    }

    fn codes(verdict: &Eligibility) -> Vec<Code> {
        match verdict {
            Eligibility::Eligible => vec![],
            Eligibility::CaseByCase(r) | Eligibility::Ineligible(r) => {
                r.iter().map(|p| p.code).collect()
            }
        }
    }

    #[test]
    fn every_kind_gets_the_verdict_of_the_facts() {
        let offer = Offer::default();
        use StructureKind::*;
        for kind in [Association, Foundation, Union, Club, InformalCollective] {
            assert_eq!(
                eligibility(&answers(kind), &offer),
                Eligibility::Eligible,
                "{kind:?}"
            );
        }
        assert_eq!(
            codes(&eligibility(&answers(Cooperative), &offer)),
            vec![Code::CooperativeCaseByCase]
        );
        // Third places, social clubs…: people decide, from their description.
        assert_eq!(
            codes(&eligibility(&answers(Other), &offer)),
            vec![Code::KindCaseByCase]
        );
        for kind in [
            Company,
            School,
            Administration,
            LocalAuthority,
            PublicService,
            Individual,
            Family,
        ] {
            let verdict = eligibility(&answers(kind), &offer);
            assert_eq!(verdict.verdict(), Verdict::Ineligible, "{kind:?}");
            let Eligibility::Ineligible(reasons) = verdict else {
                unreachable!()
            };
            assert_eq!(reasons[0].params["kind"], kind.as_str());
        }
    }

    #[test]
    fn every_refusing_answer_is_a_reason() {
        let verdict = eligibility(
            &EligibilityAnswers {
                kind: Some(StructureKind::Company),
                cooperative_kind: None,
                french_speaking: Some(false),
            },
            &Offer::default(),
        );
        assert_eq!(
            codes(&verdict),
            vec![Code::RefusedKind, Code::NotFrenchSpeaking]
        );
    }

    #[test]
    fn the_language_rule_comes_from_the_offer() {
        let mut offer = Offer::default();
        let mut a = answers(StructureKind::Association);
        a.french_speaking = Some(false);
        assert_eq!(
            codes(&eligibility(&a, &offer)),
            vec![Code::NotFrenchSpeaking]
        );
        offer.french_speaking_only = false;
        assert_eq!(eligibility(&a, &offer), Eligibility::Eligible);
    }

    #[test]
    fn unanswered_questions_decide_nothing_yet() {
        let offer = Offer::default();
        assert_eq!(
            eligibility(&EligibilityAnswers::default(), &offer),
            Eligibility::Eligible
        );
        let only_kind = EligibilityAnswers {
            kind: Some(StructureKind::School),
            ..Default::default()
        };
        assert_eq!(
            codes(&eligibility(&only_kind, &offer)),
            vec![Code::RefusedKind]
        );
    }

    #[test]
    fn a_cooperative_reason_names_its_kind() {
        let mut a = answers(StructureKind::Cooperative);
        a.cooperative_kind = Some(CooperativeKind::Scop);
        let Eligibility::CaseByCase(reasons) = eligibility(&a, &Offer::default()) else {
            panic!()
        };
        assert_eq!(reasons[0].params["cooperative_kind"], "scop");
    }

    #[test]
    fn the_verdict_serialises_with_its_reasons() {
        let json = serde_json::to_value(eligibility(
            &answers(StructureKind::Family),
            &Offer::default(),
        ))
        .unwrap();
        assert_eq!(json["verdict"], "ineligible");
        assert_eq!(json["reasons"][0]["code"], "refused_kind");
    }

    proptest! {
        #[test]
        fn one_reason_per_refusing_answer(
            kind in proptest::sample::select(StructureKind::ALL.to_vec()),
            french in any::<Option<bool>>(),
        ) {
            let offer = Offer::default();
            let a = EligibilityAnswers { kind: Some(kind), cooperative_kind: None, french_speaking: french };
            let expected = usize::from(kind.policy(&offer) == KindPolicy::Refused)
                + usize::from(french == Some(false));
            let verdict = eligibility(&a, &offer);
            match &verdict {
                Eligibility::Ineligible(reasons) => prop_assert_eq!(reasons.len(), expected),
                _ => prop_assert_eq!(expected, 0),
            }
        }
    }
}
