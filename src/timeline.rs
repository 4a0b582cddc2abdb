//! The Poortwachter timeline: pure functions over sick periods and dates.
//!
//! Days are counted from the eerste arbeidsongeschiktheidsdag (EAOD, day 0).
//! Sick periods separated by fewer than 28 fit days form one samengestelde
//! ziekteperiode (WIA art. 23(3)); the fit days in between do not count, so
//! day n of the wachttijd is the n-th *sick* day and every milestone after a
//! gap moves by the length of the gap. A gap of 28 fit days or more starts a
//! new period, and the wachttijd starts again from its first day.
//!
//! The last period is taken to continue (the employee is still sick) when
//! projecting milestones into the future; that is what the deadlines mean.

use chrono::{Duration, NaiveDate};

/// Fit days that break a samengestelde ziekteperiode (4 weeks).
pub const NEW_PERIOD_AFTER_FIT_DAYS: i64 = 28;

/// A sick period as recorded: first and last sick day (inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SickPeriod {
    pub from: NaiveDate,
    pub to: Option<NaiveDate>,
}

/// The samengestelde ziekteperiode the wachttijd runs in: its sick segments,
/// in order, and an optional vrijwillige verlenging.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wachttijd {
    /// Sick segments; the last one is open-ended for projections.
    segments: Vec<(NaiveDate, Option<NaiveDate>)>,
    /// First WIA day set by UWV after a vrijwillige verlenging (WIA art. 24).
    extended_to: Option<NaiveDate>,
}

/// The milestones of the wachttijd, with their week numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Milestone {
    Probleemanalyse,
    PlanVanAanpak,
    MeldingUwv,
    Eerstejaarsevaluatie,
    StartSpoor2,
    WiaBrief,
    RivCompleet,
    WiaAanvraag,
    EindeWachttijd,
    EersteWiaDag,
}

impl Milestone {
    pub const ALL: [Milestone; 10] = [
        Milestone::Probleemanalyse,
        Milestone::PlanVanAanpak,
        Milestone::MeldingUwv,
        Milestone::Eerstejaarsevaluatie,
        Milestone::StartSpoor2,
        Milestone::WiaBrief,
        Milestone::RivCompleet,
        Milestone::WiaAanvraag,
        Milestone::EindeWachttijd,
        Milestone::EersteWiaDag,
    ];

    /// Day offset from the EAOD (day 0) in an unextended wachttijd.
    pub fn day(self) -> i64 {
        match self {
            Milestone::Probleemanalyse => 42,
            Milestone::PlanVanAanpak => 56,
            Milestone::MeldingUwv => 294,
            Milestone::Eerstejaarsevaluatie => 364,
            Milestone::StartSpoor2 => 406,
            Milestone::WiaBrief => 623,
            Milestone::RivCompleet => 637,
            Milestone::WiaAanvraag => 651,
            Milestone::EindeWachttijd => 727,
            Milestone::EersteWiaDag => 728,
        }
    }

    /// Milestones tied to the end of the wachttijd rather than its start:
    /// these move with a vrijwillige verlenging, as days before the first
    /// WIA day.
    fn days_before_end(self) -> Option<i64> {
        match self {
            Milestone::WiaBrief => Some(105),
            Milestone::RivCompleet => Some(91),
            Milestone::WiaAanvraag => Some(77),
            Milestone::EindeWachttijd => Some(1),
            Milestone::EersteWiaDag => Some(0),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Milestone::Probleemanalyse => "Probleemanalyse bedrijfsarts",
            Milestone::PlanVanAanpak => "Plan van aanpak",
            Milestone::MeldingUwv => "Ziekmelding bij UWV",
            Milestone::Eerstejaarsevaluatie => "Eerstejaarsevaluatie",
            Milestone::StartSpoor2 => "Spoor 2 uiterlijk gestart",
            Milestone::WiaBrief => "UWV stuurt WIA-aanvraagformulier",
            Milestone::RivCompleet => "Re-integratieverslag compleet",
            Milestone::WiaAanvraag => "WIA-aanvraag uiterlijk",
            Milestone::EindeWachttijd => "Laatste dag wachttijd",
            Milestone::EersteWiaDag => "Eerste mogelijke WIA-dag",
        }
    }
}

impl Wachttijd {
    /// Builds the current samengestelde ziekteperiode from recorded periods
    /// (in any order). Returns `None` without periods.
    pub fn new(periods: &[SickPeriod], extended_to: Option<NaiveDate>) -> Option<Wachttijd> {
        let mut sorted: Vec<SickPeriod> = periods.to_vec();
        sorted.sort_by_key(|p| p.from);
        let mut segments: Vec<(NaiveDate, Option<NaiveDate>)> = Vec::new();
        for p in sorted {
            let starts_new = match segments.last() {
                None => true,
                Some((_, None)) => false, // still sick: overlapping record
                Some((_, Some(end))) => {
                    let fit_days = (p.from - *end).num_days() - 1;
                    fit_days >= NEW_PERIOD_AFTER_FIT_DAYS
                }
            };
            if starts_new {
                segments.clear();
            }
            match segments.last_mut() {
                Some((_, end)) if !starts_new && end.is_some_and(|e| p.from <= e) => {
                    // Overlapping records: extend the segment.
                    *end = match (*end, p.to) {
                        (Some(a), Some(b)) => Some(a.max(b)),
                        _ => None,
                    };
                }
                _ => segments.push((p.from, p.to)),
            }
        }
        if segments.is_empty() {
            return None;
        }
        Some(Wachttijd {
            segments,
            extended_to,
        })
    }

    /// Eerste arbeidsongeschiktheidsdag of the current samengestelde periode.
    pub fn eaod(&self) -> NaiveDate {
        self.segments[0].0
    }

    /// Fit days inside the samengestelde periode, which do not count.
    pub fn fit_days(&self) -> i64 {
        self.segments
            .windows(2)
            .map(|w| match w[0].1 {
                Some(end) => (w[1].0 - end).num_days() - 1,
                None => 0,
            })
            .sum()
    }

    /// The calendar date of day `n` of the wachttijd (day 0 is the EAOD),
    /// skipping fit gaps. The last segment is taken to continue.
    pub fn date_of_day(&self, n: i64) -> NaiveDate {
        let mut remaining = n;
        for (i, (from, to)) in self.segments.iter().enumerate() {
            let last = i + 1 == self.segments.len();
            match to {
                Some(to) if !last => {
                    let len = (*to - *from).num_days() + 1;
                    if remaining < len {
                        return *from + Duration::days(remaining);
                    }
                    remaining -= len;
                }
                _ => return *from + Duration::days(remaining),
            }
        }
        // Unreachable with at least one segment; fall back to plain counting.
        self.eaod() + Duration::days(n)
    }

    /// The sick-day number of a date (day 0 is the EAOD); a fit day counts
    /// as the sick day that follows it. `None` before the EAOD.
    pub fn day_of_date(&self, date: NaiveDate) -> Option<i64> {
        if date < self.eaod() {
            return None;
        }
        let mut counted = 0;
        for (i, (from, to)) in self.segments.iter().enumerate() {
            let last = i + 1 == self.segments.len();
            if date < *from {
                return Some(counted);
            }
            match to {
                Some(to) if !last && date > *to => counted += (*to - *from).num_days() + 1,
                _ => return Some(counted + (date - *from).num_days()),
            }
        }
        Some(counted)
    }

    /// Week of the wachttijd a date falls in: week n covers days
    /// 7(n-1) .. 7n-1. `None` before the EAOD.
    pub fn week_of(&self, date: NaiveDate) -> Option<i64> {
        self.day_of_date(date).map(|d| d / 7 + 1)
    }

    /// The date of a milestone, honouring a vrijwillige verlenging for the
    /// milestones tied to the end of the wachttijd.
    pub fn milestone(&self, m: Milestone) -> NaiveDate {
        if let (Some(end), Some(before)) = (self.extended_to, m.days_before_end()) {
            return end - Duration::days(before);
        }
        self.date_of_day(m.day())
    }

    /// The week number shown next to a milestone, as practice names them:
    /// "week 58" is the deadline 58 weeks after the EAOD (day 406), the last
    /// day of the wachttijd is in week 104, the first WIA day in week 105.
    pub fn milestone_week(&self, m: Milestone) -> i64 {
        let day = match self.extended_to {
            Some(_) if m.days_before_end().is_some() => {
                self.day_of_date(self.milestone(m)).unwrap_or(0)
            }
            _ => m.day(),
        };
        match m {
            Milestone::EindeWachttijd | Milestone::EersteWiaDag => day / 7 + 1,
            _ => day / 7,
        }
    }

    pub fn is_extended(&self) -> bool {
        self.extended_to.is_some()
    }
}

/// A deadline within this many days of the peildatum is "binnenkort".
pub const SOON_DAYS: i64 = 28;

/// Where a deadline stands relative to the peildatum, in words.
pub fn stand(date: NaiveDate, peildatum: NaiveDate) -> String {
    match (date - peildatum).num_days() {
        d if d < 0 => "voorbij".into(),
        0 => "vandaag".into(),
        1 => "binnenkort (morgen)".into(),
        d if d <= SOON_DAYS => format!("binnenkort (over {d} dagen)"),
        _ => "nog niet".into(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_deadline_stands_relative_to_the_peildatum() {
        let peil = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let cases = [
            (-1, "voorbij"),
            (-400, "voorbij"),
            (0, "vandaag"),
            (1, "binnenkort (morgen)"),
            (2, "binnenkort (over 2 dagen)"),
            (SOON_DAYS, "binnenkort (over 28 dagen)"),
            (SOON_DAYS + 1, "nog niet"),
        ];
        for (days, expected) in cases {
            let date = peil + Duration::days(days);
            assert_eq!(stand(date, peil), expected, "{days} dagen");
        }
    }

    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn open(from: &str) -> SickPeriod {
        SickPeriod {
            from: d(from),
            to: None,
        }
    }

    fn closed(from: &str, to: &str) -> SickPeriod {
        SickPeriod {
            from: d(from),
            to: Some(d(to)),
        }
    }

    #[test]
    fn single_period_milestones() {
        let w = Wachttijd::new(&[open("2025-03-10")], None).unwrap();
        let table = [
            (Milestone::Probleemanalyse, "2025-04-21", 6),
            (Milestone::PlanVanAanpak, "2025-05-05", 8),
            (Milestone::MeldingUwv, "2025-12-29", 42),
            (Milestone::Eerstejaarsevaluatie, "2026-03-09", 52),
            (Milestone::StartSpoor2, "2026-04-20", 58),
            (Milestone::WiaBrief, "2026-11-23", 89),
            (Milestone::RivCompleet, "2026-12-07", 91),
            (Milestone::WiaAanvraag, "2026-12-21", 93),
            (Milestone::EindeWachttijd, "2027-03-07", 104),
            (Milestone::EersteWiaDag, "2027-03-08", 105),
        ];
        for (m, date, week) in table {
            assert_eq!(w.milestone(m), d(date), "{m:?}");
            assert_eq!(w.milestone_week(m), week, "{m:?}");
        }
        assert_eq!(w.eaod(), d("2025-03-10"));
    }

    #[test]
    fn week_numbers() {
        let w = Wachttijd::new(&[open("2025-03-10")], None).unwrap();
        assert_eq!(w.week_of(d("2025-03-09")), None);
        assert_eq!(w.week_of(d("2025-03-10")), Some(1));
        assert_eq!(w.week_of(d("2025-03-16")), Some(1));
        assert_eq!(w.week_of(d("2025-03-17")), Some(2));
        assert_eq!(w.week_of(d("2027-03-07")), Some(104));
    }

    #[test]
    fn worked_example_with_a_three_week_gap() {
        // EAOD 2022-01-03; sick until 2022-02-27, fit for 21 days, sick again.
        let w = Wachttijd::new(
            &[closed("2022-01-03", "2022-02-27"), open("2022-03-21")],
            None,
        )
        .unwrap();
        assert_eq!(w.eaod(), d("2022-01-03"));
        assert_eq!(w.fit_days(), 21);
        assert_eq!(w.milestone(Milestone::EersteWiaDag), d("2024-01-22"));
        let plain = Wachttijd::new(&[open("2022-01-03")], None).unwrap();
        assert_eq!(plain.milestone(Milestone::EersteWiaDag), d("2024-01-01"));
        // Milestones before the gap do not move.
        assert_eq!(w.milestone(Milestone::Probleemanalyse), d("2022-02-14"));
        // A fit day counts as the sick day that follows it.
        assert_eq!(w.day_of_date(d("2022-03-01")), Some(56));
        assert_eq!(w.day_of_date(d("2022-03-21")), Some(56));
    }

    #[test]
    fn a_gap_of_exactly_four_weeks_starts_a_new_period() {
        // Fit from 2025-02-01 to 2025-02-28: 28 days.
        let w = Wachttijd::new(
            &[closed("2025-01-06", "2025-01-31"), open("2025-03-01")],
            None,
        )
        .unwrap();
        assert_eq!(w.eaod(), d("2025-03-01"));
        assert_eq!(w.fit_days(), 0);
        // 27 fit days: still one period.
        let w = Wachttijd::new(
            &[closed("2025-01-06", "2025-01-31"), open("2025-02-28")],
            None,
        )
        .unwrap();
        assert_eq!(w.eaod(), d("2025-01-06"));
        assert_eq!(w.fit_days(), 27);
        assert_eq!(
            w.milestone(Milestone::EersteWiaDag),
            d("2025-01-06") + Duration::days(728 + 27)
        );
    }

    #[test]
    fn several_gaps_add_up() {
        let w = Wachttijd::new(
            &[
                closed("2025-01-06", "2025-01-19"), // 14 sick days
                closed("2025-01-27", "2025-02-09"), // gap 7, 14 sick days
                open("2025-02-20"),                 // gap 10
            ],
            None,
        )
        .unwrap();
        assert_eq!(w.fit_days(), 17);
        assert_eq!(w.date_of_day(13), d("2025-01-19"));
        assert_eq!(w.date_of_day(14), d("2025-01-27"));
        assert_eq!(w.date_of_day(28), d("2025-02-20"));
        assert_eq!(
            w.milestone(Milestone::StartSpoor2),
            d("2025-01-06") + Duration::days(406 + 17)
        );
    }

    #[test]
    fn leap_years_are_counted_in_days() {
        // 2024 is a leap year: 728 days from 2023-03-01 is 2025-02-26.
        let w = Wachttijd::new(&[open("2023-03-01")], None).unwrap();
        assert_eq!(w.milestone(Milestone::EersteWiaDag), d("2025-02-26"));
        assert_eq!(w.milestone(Milestone::StartSpoor2), d("2024-04-10"));
    }

    #[test]
    fn a_verlenging_moves_the_end_deadlines() {
        let w = Wachttijd::new(&[open("2025-03-10")], Some(d("2027-09-06"))).unwrap();
        assert_eq!(w.milestone(Milestone::RivCompleet), d("2027-06-07"));
        assert_eq!(w.milestone(Milestone::WiaAanvraag), d("2027-06-21"));
        assert_eq!(w.milestone(Milestone::EindeWachttijd), d("2027-09-05"));
        assert_eq!(w.milestone(Milestone::EersteWiaDag), d("2027-09-06"));
        // Start-of-wachttijd milestones stay where they were.
        assert_eq!(w.milestone(Milestone::StartSpoor2), d("2026-04-20"));
        assert_eq!(w.milestone_week(Milestone::RivCompleet), 117);
    }

    #[test]
    fn an_old_period_long_ago_does_not_count() {
        let w = Wachttijd::new(
            &[closed("2023-01-02", "2023-03-01"), open("2025-03-10")],
            None,
        )
        .unwrap();
        assert_eq!(w.eaod(), d("2025-03-10"));
    }
}
