//! What reviewers may see of an anonymous survey, so that nobody in the team
//! can tell who answered what. In one sentence: while an anonymous survey
//! is open, reviewers see how many responses came in, in all, and nothing
//! else; once it is closed (for good), they see its answers only if at
//! least [`ANONYMITY_THRESHOLD`] responses came in, and each group shown
//! apart (a phase's response rate) counts at least that many invitations and
//! responses, smaller phases merged with others. A named survey shows
//! everything, at any time.
//!
//! Why each part: figures that change while a survey is open can be saved
//! before and after one collective answers, and the difference is its
//! answer; a phase with one invitation tells whose response it holds; a
//! closed anonymous survey cannot be reopened, or the same difference could
//! be taken across a reopening.

use serde::{Deserialize, Serialize};

use super::wire::{PhaseRate, SurveyState};

/// The fewest responses, and invitations, a figure shown to reviewers of an
/// anonymous survey is made of.
pub const ANONYMITY_THRESHOLD: u32 = 3;

/// What reviewers see of a survey's responses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Disclosure {
    /// A named survey: answers, rates per phase and progress, at any time.
    Everything,
    /// An anonymous survey not closed yet: the number of responses, in all.
    CountOnly,
    /// An anonymous survey closed with fewer than [`ANONYMITY_THRESHOLD`]
    /// responses: the number of responses, in all, for good.
    TooFew,
    /// An anonymous survey closed with enough responses: its answers, and
    /// its rates by groups of phases large enough.
    Answers,
}

impl Disclosure {
    /// What reviewers see of a survey that is `anonymous` or not, in
    /// `state`, with `responses` responses.
    pub fn of(anonymous: bool, state: SurveyState, responses: usize) -> Disclosure {
        if !anonymous {
            Disclosure::Everything
        } else if state != SurveyState::Closed {
            Disclosure::CountOnly
        } else if responses < ANONYMITY_THRESHOLD as usize {
            Disclosure::TooFew
        } else {
            Disclosure::Answers
        }
    }

    /// Whether the answers themselves are shown (results and exports).
    pub fn shows_answers(self) -> bool {
        matches!(self, Disclosure::Everything | Disclosure::Answers)
    }
}

/// Whether a survey may go from `from` to `to`: never back to draft, and an
/// anonymous survey, once closed, never open again.
pub fn may_move(anonymous: bool, from: SurveyState, to: SurveyState) -> bool {
    to != SurveyState::Draft && !(anonymous && from == SurveyState::Closed)
}

/// Whether a group's figures are large enough to be shown on their own.
fn large_enough(rate: &PhaseRate) -> bool {
    rate.invited >= ANONYMITY_THRESHOLD && rate.responded >= ANONYMITY_THRESHOLD
}

/// The response rates a reviewer sees, from each phase's (`rates`, one
/// phase each) under `disclosure`: all of them for a named survey, none
/// while the answers are kept; otherwise every group large enough, the
/// phases too small merged into one group, itself merged with the smallest
/// other group when still too small. The groups always add up to the
/// totals, so that no small group can be found again by subtraction.
pub fn shown_rates(disclosure: Disclosure, rates: Vec<PhaseRate>) -> Vec<PhaseRate> {
    match disclosure {
        Disclosure::Everything => return rates,
        Disclosure::CountOnly | Disclosure::TooFew => return Vec::new(),
        Disclosure::Answers => {}
    }
    let (mut shown, small): (Vec<PhaseRate>, Vec<PhaseRate>) =
        rates.into_iter().partition(large_enough);
    if small.is_empty() {
        return shown;
    }
    let mut merged = small
        .into_iter()
        .reduce(PhaseRate::merge)
        .unwrap_or_else(|| PhaseRate::new(Vec::new(), 0, 0));
    if !large_enough(&merged) {
        let smallest =
            (0..shown.len()).min_by_key(|&i| (shown[i].invited, shown[i].phases.clone()));
        if let Some(i) = smallest {
            merged = merged.merge(shown.remove(i));
        }
    }
    if large_enough(&merged) {
        shown.push(merged);
        shown.sort_by(|a, b| a.phases.cmp(&b.phases));
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rate(phase: u32, invited: u32, responded: u32) -> PhaseRate {
        PhaseRate::new(vec![phase], invited, responded)
    }

    fn groups(rates: &[PhaseRate]) -> Vec<(Vec<u32>, u32, u32)> {
        rates
            .iter()
            .map(|r| (r.phases.clone(), r.invited, r.responded))
            .collect()
    }

    #[test]
    fn an_anonymous_survey_shows_its_answers_only_closed_and_with_enough_responses() {
        use SurveyState::{Closed, Draft, Open};
        assert_eq!(Disclosure::of(false, Open, 1), Disclosure::Everything);
        assert_eq!(Disclosure::of(true, Draft, 0), Disclosure::CountOnly);
        assert_eq!(Disclosure::of(true, Open, 500), Disclosure::CountOnly);
        assert_eq!(Disclosure::of(true, Closed, 2), Disclosure::TooFew);
        assert_eq!(Disclosure::of(true, Closed, 3), Disclosure::Answers);
        assert!(!Disclosure::CountOnly.shows_answers());
        assert!(!Disclosure::TooFew.shows_answers());
        assert!(Disclosure::Answers.shows_answers());
        assert!(Disclosure::Everything.shows_answers());
    }

    #[test]
    fn a_closed_anonymous_survey_stays_closed() {
        use SurveyState::{Closed, Draft, Open};
        assert!(may_move(true, Draft, Open));
        assert!(may_move(true, Open, Closed));
        assert!(!may_move(true, Closed, Open));
        assert!(may_move(false, Closed, Open));
        assert!(!may_move(false, Open, Draft));
    }

    #[test]
    fn a_lone_phase_is_never_shown_apart() {
        let rates = vec![rate(1, 10, 4), rate(2, 6, 3), rate(5, 1, 1)];
        // Named: as they are.
        assert_eq!(
            shown_rates(Disclosure::Everything, rates.clone()),
            rates.clone()
        );
        // Open or too few: nothing.
        assert!(shown_rates(Disclosure::CountOnly, rates.clone()).is_empty());
        assert!(shown_rates(Disclosure::TooFew, rates.clone()).is_empty());
        // Phase 5's one invitation joins the smallest large group.
        let shown = shown_rates(Disclosure::Answers, rates);
        assert_eq!(groups(&shown), vec![(vec![1], 10, 4), (vec![2, 5], 7, 4)]);
        assert!((shown[1].percent - 57.1).abs() < 0.01);
    }

    #[test]
    fn small_phases_merged_together_when_that_is_enough() {
        let rates = vec![rate(1, 10, 4), rate(2, 2, 1), rate(3, 2, 2), rate(4, 1, 0)];
        let shown = shown_rates(Disclosure::Answers, rates);
        assert_eq!(
            groups(&shown),
            vec![(vec![1], 10, 4), (vec![2, 3, 4], 5, 3)]
        );
    }

    #[test]
    fn every_group_shown_is_large_enough_and_they_add_up() {
        // Every split of 12 invitations over up to four phases.
        for a in 0..=4u32 {
            for b in 0..=4u32 {
                for c in 0..=4u32 {
                    let rates = vec![rate(1, a + 1, a), rate(2, b + 1, b), rate(3, c, c)];
                    let responded: u32 = rates.iter().map(|r| r.responded).sum();
                    let invited: u32 = rates.iter().map(|r| r.invited).sum();
                    let shown = shown_rates(Disclosure::Answers, rates);
                    assert!(shown.iter().all(large_enough), "{shown:?}");
                    assert_eq!(shown.is_empty(), responded < ANONYMITY_THRESHOLD);
                    if !shown.is_empty() {
                        assert_eq!(shown.iter().map(|r| r.responded).sum::<u32>(), responded);
                        assert_eq!(shown.iter().map(|r| r.invited).sum::<u32>(), invited);
                    }
                }
            }
        }
    }
}
