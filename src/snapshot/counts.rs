//! Every figure about a span of a trajectory, computed once.
//!
//! The definitions, which the WIA dossier's "Verantwoording" states in
//! Dutch so that a reader can recompute each figure:
//!
//! - the span runs from its first day to its last day, both included: for
//!   the trajectory from the startdatum of spoor 2 to the einddatum (or the
//!   document's date while it runs), for a report its period;
//! - days are calendar days; weeks are days divided by 7;
//! - an activity, application or employer contact counts when its date
//!   falls in the span; an intake before the startdatum does not;
//! - sollicitatieactiviteiten are the applications plus the activities of the
//!   kinds that count towards the norm ([`ActiviteitSoort::is_application_activity`]);
//!   per week is their number divided by the weeks;
//! - hours are the durations recorded with the activities, summed in
//!   minutes and shown in hours with one decimal, halves rounded up;
//! - a quiet stretch is a run of days in the span without a dated entry of
//!   the kind counted, both ends included; the stretch without an
//!   application ends where a proefplaatsing starts (from then on the
//!   employee works on trial and stops applying by agreement);
//! - the norm over a span asks for its whole weeks: 4,1 weeks at one a
//!   week asks for 4 ([`expected`]).
//!
//! [`ActiviteitSoort::is_application_activity`]: crate::journal::ActiviteitSoort::is_application_activity

use chrono::{Duration, NaiveDate};
use serde::Serialize;

use crate::journal::Journal;

/// A run of days without an entry, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Gap {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub days: i64,
}

/// The figures of one span.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Counts {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Calendar days in the span, both ends included (0 when it is empty).
    pub days: i64,
    pub activities: usize,
    /// Activities whose kind counts towards the application norm.
    pub application_kind_activities: usize,
    pub applications: usize,
    pub employer_contacts: usize,
    /// Minutes recorded with the activities in the span.
    pub minutes: u64,
    /// Activities in the span without a recorded duration.
    pub without_duration: usize,
    /// The longest run without a sollicitatie.
    pub without_application: Option<Gap>,
    /// The longest run without any activity or sollicitatie.
    pub without_activity: Option<Gap>,
}

impl Counts {
    /// Applications plus activities of the kinds that count.
    pub fn application_activities(&self) -> usize {
        self.applications + self.application_kind_activities
    }

    pub fn weeks(&self) -> f64 {
        self.days as f64 / 7.0
    }

    /// Sollicitatieactiviteiten per week; `None` for a span under a week.
    pub fn per_week(&self) -> Option<f64> {
        (self.days >= 7).then(|| self.application_activities() as f64 / self.weeks())
    }

    pub fn hours(&self) -> f64 {
        self.minutes as f64 / 60.0
    }
}

/// The figures of the span `from..=to` of a journal.
pub fn counts(j: &Journal, from: NaiveDate, to: NaiveDate) -> Counts {
    let inside = |d: NaiveDate| d >= from && d <= to;
    let activities: Vec<_> = j.activiteiten.iter().filter(|a| inside(a.datum)).collect();
    let applications: Vec<NaiveDate> = j
        .sollicitaties
        .iter()
        .map(|s| s.datum)
        .filter(|d| inside(*d))
        .collect();
    let any: Vec<NaiveDate> = activities
        .iter()
        .map(|a| a.datum)
        .chain(applications.iter().copied())
        .collect();
    Counts {
        from,
        to,
        days: ((to - from).num_days() + 1).max(0),
        activities: activities.len(),
        application_kind_activities: activities
            .iter()
            .filter(|a| a.soort.is_application_activity())
            .count(),
        applications: applications.len(),
        employer_contacts: j
            .werkgevercontacten
            .iter()
            .filter(|c| inside(c.datum))
            .count(),
        minutes: activities
            .iter()
            .filter_map(|a| a.duur_minuten)
            .map(u64::from)
            .sum(),
        without_duration: activities
            .iter()
            .filter(|a| a.duur_minuten.is_none())
            .count(),
        without_application: longest(&quiet_stretches(applications, from, searching_until(j, to))),
        without_activity: longest(&quiet_stretches(any, from, to)),
    }
}

/// The last day on which applying is expected: the day before a
/// proefplaatsing starts, or `to`.
pub fn searching_until(j: &Journal, to: NaiveDate) -> NaiveDate {
    j.maatregelen
        .iter()
        .filter(|m| m.soort == crate::journal::MaatregelSoort::Proefplaatsing)
        .map(|m| m.datum - Duration::days(1))
        .filter(|d| *d < to)
        .min()
        .unwrap_or(to)
}

/// How many sollicitatieactiviteiten a norm asks for over a number of
/// days: its whole weeks' worth ("4,1 weeks at 1 a week asks for 4").
pub fn expected(norm: f64, days: i64) -> usize {
    (norm * days as f64 / 7.0 + 1e-9).floor() as usize
}

/// Every run of days in `from..=to` on which none of `dates` falls, in
/// order; dates outside the span are ignored.
pub fn quiet_stretches(mut dates: Vec<NaiveDate>, from: NaiveDate, to: NaiveDate) -> Vec<Gap> {
    dates.retain(|d| *d >= from && *d <= to);
    dates.sort();
    dates.dedup();
    let mut gaps = Vec::new();
    let mut next_free = from;
    for d in dates
        .into_iter()
        .chain(std::iter::once(to + Duration::days(1)))
    {
        if d > next_free {
            let end = d - Duration::days(1);
            gaps.push(Gap {
                from: next_free,
                to: end,
                days: (end - next_free).num_days() + 1,
            });
        }
        next_free = d + Duration::days(1);
    }
    gaps
}

/// The longest gap; the first of equals.
fn longest(gaps: &[Gap]) -> Option<Gap> {
    gaps.iter()
        .copied()
        .fold(None, |best: Option<Gap>, g| match best {
            Some(b) if b.days >= g.days => Some(b),
            _ => Some(g),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn quiet_stretches_include_both_ends_and_the_edges() {
        let gaps = quiet_stretches(
            vec![d(2026, 1, 5), d(2026, 1, 5), d(2026, 1, 10)],
            d(2026, 1, 1),
            d(2026, 1, 31),
        );
        assert_eq!(
            gaps,
            vec![
                Gap {
                    from: d(2026, 1, 1),
                    to: d(2026, 1, 4),
                    days: 4
                },
                Gap {
                    from: d(2026, 1, 6),
                    to: d(2026, 1, 9),
                    days: 4
                },
                Gap {
                    from: d(2026, 1, 11),
                    to: d(2026, 1, 31),
                    days: 21
                },
            ]
        );
        assert_eq!(longest(&gaps).unwrap().days, 21);
        // Entries on the first and last day leave no edge gaps.
        assert_eq!(
            quiet_stretches(
                vec![d(2026, 1, 1), d(2026, 1, 2)],
                d(2026, 1, 1),
                d(2026, 1, 2)
            ),
            vec![]
        );
        // Nothing at all: the whole span.
        assert_eq!(
            quiet_stretches(vec![d(2025, 12, 31)], d(2026, 1, 1), d(2026, 1, 7)),
            vec![Gap {
                from: d(2026, 1, 1),
                to: d(2026, 1, 7),
                days: 7
            }]
        );
    }
}
