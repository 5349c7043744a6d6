//! Counts that show the selection is fair: for reviewers, the requests by
//! status, kind, country and week of arrival, and the refusal reasons; for
//! everyone, per phase, how many requests arrived and what became of them,
//! once there are enough of them that no one can be picked out.

use serde::{Deserialize, Serialize};

use crate::{ApplicationStatus, Offer};

/// One bar of a chart: what it counts, and how many.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Tally {
    /// A status, a kind, a reason (their snake_case names), a country code
    /// (`other` for the rest), or the Monday of a week (`YYYY-MM-DD`).
    pub key: String,
    pub count: u64,
}

/// `GET /api/review/dashboard`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Dashboard {
    pub total: u64,
    /// Every status, in the order of `ApplicationStatus::ALL`.
    pub statuses: Vec<Tally>,
    /// The kinds that have requests, most first.
    pub kinds: Vec<Tally>,
    /// The `COUNTRIES_SHOWN` countries with most requests, then `other`.
    pub countries: Vec<Tally>,
    /// The last `WEEKS_SHOWN` weeks of arrival, oldest first, weeks without
    /// requests included.
    pub weeks: Vec<Tally>,
    /// Why the refused requests were refused, most first.
    pub reasons: Vec<Tally>,
}

pub const COUNTRIES_SHOWN: usize = 10;
pub const WEEKS_SHOWN: usize = 26;

/// `counts` most first (then by key), each kept.
pub fn most_first(mut counts: Vec<(String, u64)>) -> Vec<Tally> {
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    counts
        .into_iter()
        .filter(|(_, count)| *count > 0)
        .map(|(key, count)| Tally { key, count })
        .collect()
}

/// The `shown` largest of `counts`, then the others summed as `other`.
pub fn largest(counts: Vec<(String, u64)>, shown: usize) -> Vec<Tally> {
    let mut tallies = most_first(counts);
    if tallies.len() > shown {
        let rest: u64 = tallies.drain(shown..).map(|t| t.count).sum();
        tallies.push(Tally {
            key: "other".into(),
            count: rest,
        });
    }
    tallies
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let yoe = year - era * 400;
    let doy = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// The day of `YYYY-MM-DD…` (an RFC 3339 time will do), in days since 1970.
fn day_number(text: &str) -> Option<i64> {
    let year = text.get(0..4)?.parse().ok()?;
    let month = text.get(5..7)?.parse().ok()?;
    let day = text.get(8..10)?.parse().ok()?;
    ((1..=12).contains(&month) && (1..=31).contains(&day))
        .then(|| days_from_civil(year, month, day))
}

/// The Monday of the week of `day` (in days since 1970, a Thursday).
fn monday_of(day: i64) -> i64 {
    day - (day + 3).rem_euclid(7)
}

fn date_text(days: i64) -> String {
    let (year, month, day) = civil_from_days(days);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Arrivals per day (`YYYY-MM-DD`, any order) as the last `shown` weeks up
/// to the week of `today`, oldest first, each named by its Monday.
pub fn weeks(days: &[(String, u64)], today: &str, shown: usize) -> Vec<Tally> {
    let Some(last) = day_number(today).map(monday_of) else {
        return Vec::new();
    };
    let first = last - 7 * (shown as i64 - 1);
    let mut counts = vec![0u64; shown];
    for (day, count) in days {
        let Some(monday) = day_number(day).map(monday_of) else {
            continue;
        };
        if (first..=last).contains(&monday) {
            let at = ((monday - first) / 7) as usize;
            counts[at] += count;
        }
    }
    counts
        .into_iter()
        .enumerate()
        .map(|(i, count)| Tally {
            key: date_text(first + 7 * i as i64),
            count,
        })
        .collect()
}

/// The public counts of a phase: the requests that arrived after the end of
/// the phase before it (any time, for the first) until the end of its last
/// month (any time, for the last), and where they stand now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PhaseRequests {
    pub received: u32,
    pub accepted: u32,
    pub waitlisted: u32,
    pub refused: u32,
}

/// Fewer requests than this in a phase, and its counts are not published.
pub const PUBLIC_MIN: u32 = 10;

/// The counts of each phase of `offer` (in its order), from the number of
/// requests per month of arrival (`YYYY-MM`) and current status; `None`
/// for a phase with fewer than `PUBLIC_MIN` requests.
pub fn phase_requests(
    offer: &Offer,
    arrivals: &[(String, ApplicationStatus, u32)],
) -> Vec<Option<PhaseRequests>> {
    let mut after: Option<&str> = None;
    let last = offer.phases.len().saturating_sub(1);
    offer
        .phases
        .iter()
        .enumerate()
        .map(|(n, phase)| {
            let end = phase.period_end.as_str();
            let open_ended = n == last;
            let mut counts = PhaseRequests {
                received: 0,
                accepted: 0,
                waitlisted: 0,
                refused: 0,
            };
            for (month, status, count) in arrivals {
                let month = month.as_str();
                if (month > end && !open_ended) || after.is_some_and(|after| month <= after) {
                    continue;
                }
                counts.received += count;
                match status {
                    ApplicationStatus::Accepted => counts.accepted += count,
                    ApplicationStatus::Waitlisted => counts.waitlisted += count,
                    ApplicationStatus::Refused => counts.refused += count,
                    _ => {}
                }
            }
            after = Some(end);
            (counts.received >= PUBLIC_MIN).then_some(counts)
        })
        .collect()
}

/// How long requests waited for their first decision, in hours: the
/// median and the 90th percentile (nearest rank) over `decided` requests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Wait {
    pub decided: u32,
    pub median_hours: u32,
    pub p90_hours: u32,
}

/// The wait for a first decision, over every request and over those decided
/// in the last `RECENT_DAYS`; each `None` below `PUBLIC_MIN` decided
/// requests, so that no single request can be read from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DecisionTimes {
    pub overall: Option<Wait>,
    pub recent: Option<Wait>,
}

/// The days `DecisionTimes::recent` looks back.
pub const RECENT_DAYS: u32 = 90;

impl DecisionTimes {
    /// From each decided request's wait in hours, and whether it was
    /// decided in the last `RECENT_DAYS`.
    pub fn new(waits: &[(u32, bool)]) -> DecisionTimes {
        let all = waits.iter().map(|(hours, _)| *hours).collect();
        let recent = waits
            .iter()
            .filter(|(_, recent)| *recent)
            .map(|(hours, _)| *hours)
            .collect();
        DecisionTimes {
            overall: wait(all),
            recent: wait(recent),
        }
    }
}

fn wait(mut hours: Vec<u32>) -> Option<Wait> {
    let decided = u32::try_from(hours.len()).ok()?;
    if decided < PUBLIC_MIN {
        return None;
    }
    hours.sort_unstable();
    // Nearest rank: the smallest value with at least p of them at or below.
    let rank = |percent: usize| hours[(hours.len() * percent).div_ceil(100) - 1];
    Some(Wait {
        decided,
        median_hours: rank(50),
        p90_hours: rank(90),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decision_times_are_published_from_ten_requests() {
        let nine: Vec<(u32, bool)> = (1..=9).map(|h| (h, true)).collect();
        assert_eq!(DecisionTimes::new(&nine), DecisionTimes::default());
        let mut waits: Vec<(u32, bool)> = (1..=20).map(|h| (h * 10, h > 15)).collect();
        waits.reverse();
        let times = DecisionTimes::new(&waits);
        assert_eq!(
            times.overall,
            Some(Wait {
                decided: 20,
                median_hours: 100,
                p90_hours: 180
            })
        );
        assert_eq!(times.recent, None, "five decided lately");
    }

    #[test]
    fn weeks_start_on_monday_and_keep_empty_ones() {
        // 2026-12-02 is a Wednesday; 2026-11-30 its Monday.
        let days = [
            ("2026-12-02".to_owned(), 3),
            ("2026-11-30".to_owned(), 1),
            ("2026-11-29".to_owned(), 2),
            ("2026-11-16".to_owned(), 5),
            ("2025-01-01".to_owned(), 9),
            ("nonsense".to_owned(), 4),
        ];
        let weeks = weeks(&days, "2026-12-02T10:00:00Z", 3);
        let pairs: Vec<(&str, u64)> = weeks.iter().map(|t| (t.key.as_str(), t.count)).collect();
        assert_eq!(
            pairs,
            [("2026-11-16", 5), ("2026-11-23", 2), ("2026-11-30", 4)]
        );
    }

    #[test]
    fn dates_go_round_trip_across_leap_years() {
        for text in ["1970-01-01", "2000-02-29", "2024-12-31", "2026-03-01"] {
            assert_eq!(date_text(day_number(text).unwrap()), text);
        }
        assert_eq!(
            monday_of(day_number("2026-12-06").unwrap()),
            day_number("2026-11-30").unwrap()
        );
        assert_eq!(day_number("2026-13-01"), None);
    }

    #[test]
    fn the_largest_come_first_and_the_rest_is_other() {
        let counts = vec![
            ("BE".to_owned(), 3),
            ("FR".to_owned(), 40),
            ("CH".to_owned(), 3),
            ("SN".to_owned(), 1),
            ("CA".to_owned(), 0),
        ];
        let tallies = largest(counts, 2);
        let pairs: Vec<(&str, u64)> = tallies.iter().map(|t| (t.key.as_str(), t.count)).collect();
        assert_eq!(pairs, [("FR", 40), ("BE", 3), ("other", 4)]);
    }

    #[test]
    fn phases_count_what_arrived_up_to_their_end_from_ten_requests() {
        let offer = Offer::default();
        assert!(offer.phases.len() >= 2, "the default offer has phases");
        let (first, second) = (&offer.phases[0], &offer.phases[1]);
        let arrivals = vec![
            // Before the first phase ended, pre-registrations included.
            ("2020-01".to_owned(), ApplicationStatus::Accepted, 6),
            (first.period_end.clone(), ApplicationStatus::Refused, 3),
            (first.period_start.clone(), ApplicationStatus::Received, 1),
            // During the second: too few to publish.
            (second.period_end.clone(), ApplicationStatus::Waitlisted, 9),
        ];
        let counts = phase_requests(&offer, &arrivals);
        assert_eq!(
            counts[0],
            Some(PhaseRequests {
                received: 10,
                accepted: 6,
                waitlisted: 0,
                refused: 3
            })
        );
        assert_eq!(counts[1], None);
        // What arrives after the last phase counts in the last one.
        let later = vec![("2999-01".to_owned(), ApplicationStatus::Received, 12)];
        let counts = phase_requests(&offer, &later);
        assert_eq!(
            counts.last().unwrap().as_ref().map(|c| c.received),
            Some(12)
        );
        assert!(counts[..counts.len() - 1].iter().all(Option::is_none));
    }
}
