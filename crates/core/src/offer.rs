//! The offer: what a space holds, who it is for, and the phases of the
//! rollout. Configuration, with the facts of the launch as defaults.

use serde::{Deserialize, Serialize};

use crate::StructureKind;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Offer {
    /// Storage of one space, in GB, shared freely between its accounts.
    pub storage_gb: u32,
    /// Accounts of one space.
    pub max_accounts: u32,
    /// Only structures that work in French may apply.
    pub french_speaking_only: bool,
    pub accepted_kinds: Vec<StructureKind>,
    pub case_by_case_kinds: Vec<StructureKind>,
    pub phases: Vec<Phase>,
}

/// One phase of the rollout, with the cumulative number of spaces targeted by
/// its end.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phase {
    pub number: u32,
    /// Machine name, e.g. `2023-h1`.
    pub name: String,
    /// First month, `YYYY-MM`.
    pub period_start: String,
    /// Last month, `YYYY-MM`.
    pub period_end: String,
    pub target: u32,
}

fn phase(number: u32, name: &str, period_start: &str, period_end: &str, target: u32) -> Phase {
    Phase {
        number,
        name: name.to_owned(),
        period_start: period_start.to_owned(),
        period_end: period_end.to_owned(),
        target,
    }
}

impl Default for Offer {
    fn default() -> Self {
        use StructureKind::*;
        Offer {
            storage_gb: 40,
            max_accounts: 50,
            french_speaking_only: true,
            accepted_kinds: vec![Association, Foundation, Union, Club, InformalCollective],
            case_by_case_kinds: vec![Cooperative, Other],
            phases: vec![
                phase(1, "2022", "2022-11", "2022-12", 300),
                phase(2, "2023-h1", "2023-01", "2023-06", 1_000),
                phase(3, "2023-h2", "2023-07", "2023-12", 2_500),
                phase(4, "2024", "2024-01", "2024-12", 5_000),
                phase(5, "2025", "2025-01", "2025-12", 10_000),
            ],
        }
    }
}

fn is_year_month(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 7
        && bytes[4] == b'-'
        && bytes[..4].iter().chain(&bytes[5..]).all(u8::is_ascii_digit)
        && matches!(text[5..].parse::<u8>(), Ok(1..=12))
}

impl Offer {
    /// How many spaces phase `number` adds to the previous ones.
    pub fn capacity(&self, number: u32) -> Option<u32> {
        let index = self.phases.iter().position(|p| p.number == number)?;
        let previous = index.checked_sub(1).map_or(0, |i| self.phases[i].target);
        Some(self.phases[index].target.saturating_sub(previous))
    }

    /// Checks that a configured offer makes sense; every problem, in words
    /// for the operator.
    pub fn validate(&self) -> Result<(), Vec<String>> {
        let mut problems = Vec::new();
        if self.storage_gb == 0 {
            problems.push("offer.storage_gb must be at least 1".to_owned());
        }
        if self.max_accounts == 0 {
            problems.push("offer.max_accounts must be at least 1".to_owned());
        }
        for kind in &self.accepted_kinds {
            if self.case_by_case_kinds.contains(kind) {
                problems.push(format!(
                    "{} is both accepted and case by case",
                    kind.as_str()
                ));
            }
        }
        let mut previous: Option<&Phase> = None;
        for phase in &self.phases {
            if !is_year_month(&phase.period_start) || !is_year_month(&phase.period_end) {
                problems.push(format!(
                    "phase {}: periods must be written YYYY-MM",
                    phase.number
                ));
            } else if phase.period_start > phase.period_end {
                problems.push(format!("phase {}: it ends before it starts", phase.number));
            }
            if phase.target == 0 {
                problems.push(format!("phase {}: target must be at least 1", phase.number));
            }
            if let Some(previous) = previous {
                if phase.number <= previous.number {
                    problems.push(format!("phase {}: numbers must increase", phase.number));
                }
                if phase.target <= previous.target {
                    problems.push(format!(
                        "phase {}: cumulative targets must increase",
                        phase.number
                    ));
                }
            }
            previous = Some(phase);
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }

    pub fn phase(&self, number: u32) -> Option<&Phase> {
        self.phases.iter().find(|p| p.number == number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_defaults_are_the_launch_facts_and_valid() {
        let offer = Offer::default();
        assert_eq!((offer.storage_gb, offer.max_accounts), (40, 50));
        let targets: Vec<u32> = offer.phases.iter().map(|p| p.target).collect();
        assert_eq!(targets, vec![300, 1000, 2500, 5000, 10000]);
        assert_eq!(offer.validate(), Ok(()));
    }

    #[test]
    fn a_partial_configuration_keeps_the_other_defaults() {
        let offer: Offer = serde_json::from_str(r#"{"storage_gb": 50}"#).unwrap();
        assert_eq!(offer.storage_gb, 50);
        assert_eq!(offer.phases, Offer::default().phases);
        assert!(serde_json::from_str::<Offer>(r#"{"storage": 50}"#).is_err());
    }

    #[test]
    fn inconsistent_offers_are_refused() {
        let mut offer = Offer {
            max_accounts: 0,
            ..Offer::default()
        };
        offer.phases[2].target = 900;
        offer.phases[0].period_end = "2022-13".into();
        offer.case_by_case_kinds.push(StructureKind::Association);
        let problems = offer.validate().unwrap_err();
        assert_eq!(problems.len(), 4, "{problems:?}");
    }

    #[test]
    fn year_months() {
        assert!(is_year_month("2023-06"));
        assert!(!is_year_month("2023-6"));
        assert!(!is_year_month("2023-00"));
        assert!(!is_year_month("20a3-01"));
    }
}
