//! Report periods in calendar terms: the one place that says where the next
//! voortgangsrapportage's period ends, for `spoor2 rapportage`, `check`, the
//! overview, `spoor2 nieuw` and the werkplek.
//!
//! A monthly period runs to the day before the same day next month
//! (15 januari t/m 14 februari), or, when it starts on the 1st, to the last
//! day of the month (1 t/m 30 november). A quarterly period does the same
//! over three months. The day a case counts from (its anchor) is kept across
//! months that are too short for it: from 31 januari the periods are
//! 31 januari t/m 27 februari, 28 februari t/m 30 maart, 31 maart t/m
//! 29 april, so no period skips February and none drifts. A six-weekly
//! period is 42 days.

use chrono::{Datelike, Duration, NaiveDate};

use crate::dates::days_in_month;
use crate::journal::{Cadans, Journal};

/// The last day of the period that starts on `van`, at the cadence, for a
/// case whose periods count from the day of month `anchor` (the day the
/// first period started). An anchor that `van` does not fit (the coach set
/// another rhythm) gives way to `van`'s own day.
pub fn period_end(cadans: Cadans, van: NaiveDate, anchor: u32) -> NaiveDate {
    let months = match cadans {
        Cadans::Zeswekelijks => return van + Duration::days(41),
        Cadans::Maandelijks => 1,
        Cadans::Driemaandelijks => 3,
    };
    if van.day() == 1 {
        return last_of_month(add_months(van.year(), van.month(), months - 1));
    }
    let anchor = if on_day(van.year(), van.month(), anchor) == van {
        anchor
    } else {
        van.day()
    };
    let (y, m) = add_months(van.year(), van.month(), months);
    on_day(y, m, anchor) - Duration::days(1)
}

/// The last day of the period after the one ending `after`, for `j`. The
/// start of spoor 2 sets the rhythm; a first report that began elsewhere (a
/// short first period to line up with months) sets it when the start's day
/// does not fit.
pub fn next_end(j: &Journal, after: NaiveDate) -> NaiveDate {
    let van = after + Duration::days(1);
    let first = j
        .voortgangsrapportages
        .iter()
        .map(|r| r.periode.van)
        .min()
        .unwrap_or(j.traject.startdatum);
    let anchor = [j.traject.startdatum.day(), first.day()]
        .into_iter()
        .find(|&a| on_day(van.year(), van.month(), a) == van)
        .unwrap_or(van.day());
    period_end(j.traject.rapportage, van, anchor)
}

/// `day` in the given month, or the month's last day when it is shorter.
fn on_day(year: i32, month: u32, day: u32) -> NaiveDate {
    let d = day.min(days_in_month(year, month));
    NaiveDate::from_ymd_opt(year, month, d).expect("a day within the month")
}

fn last_of_month((year, month): (i32, u32)) -> NaiveDate {
    on_day(year, month, 31)
}

fn add_months(year: i32, month: u32, n: u32) -> (i32, u32) {
    let zero_based = month - 1 + n;
    (year + (zero_based / 12) as i32, zero_based % 12 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::long;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// 14 consecutive periods from `start`, each starting the day after
    /// the last ended.
    fn series(cadans: Cadans, start: NaiveDate) -> Vec<(NaiveDate, NaiveDate)> {
        let mut out = Vec::new();
        let mut van = start;
        for _ in 0..14 {
            let tot = period_end(cadans, van, start.day());
            out.push((van, tot));
            van = tot + Duration::days(1);
        }
        out
    }

    fn text(p: &[(NaiveDate, NaiveDate)]) -> Vec<String> {
        p.iter()
            .map(|(v, t)| format!("{} t/m {}", long(*v), long(*t)))
            .collect()
    }

    #[test]
    fn monthly_from_the_first_ends_on_month_ends() {
        let p = series(Cadans::Maandelijks, d(2026, 1, 1));
        assert_eq!(
            text(&p[..3]),
            [
                "1 januari 2026 t/m 31 januari 2026",
                "1 februari 2026 t/m 28 februari 2026",
                "1 maart 2026 t/m 31 maart 2026",
            ]
        );
        assert_eq!(p[13], (d(2027, 2, 1), d(2027, 2, 28)));
        for (v, t) in &p {
            assert_eq!(v.day(), 1);
            assert_eq!(
                (*t + Duration::days(1)).day(),
                1,
                "{t} is a month's last day"
            );
        }
    }

    #[test]
    fn monthly_from_mid_month_runs_to_the_day_before() {
        let p = series(Cadans::Maandelijks, d(2026, 1, 15));
        assert_eq!(p[0], (d(2026, 1, 15), d(2026, 2, 14)));
        assert_eq!(p[1], (d(2026, 2, 15), d(2026, 3, 14)));
        assert_eq!(p[13], (d(2027, 2, 15), d(2027, 3, 14)));
        assert!(p.iter().all(|(v, t)| v.day() == 15 && t.day() == 14));
    }

    #[test]
    fn monthly_from_the_29th_to_31st_keeps_the_rhythm_through_february() {
        for day in [29, 30, 31] {
            let start = d(2026, 1, day);
            let p = series(Cadans::Maandelijks, start);
            assert_eq!(
                p[1].0,
                d(2026, 2, 28),
                "start {day}: February's period starts at its end"
            );
            for (i, (v, t)) in p.iter().enumerate() {
                // Each period starts on the anchor day, or the month's last
                // day when the month is shorter; none skips a month.
                assert_eq!(
                    *v,
                    on_day(v.year(), v.month(), day),
                    "start {day}, period {i}"
                );
                let (y, m) = add_months(v.year(), v.month(), 1);
                assert_eq!(
                    *t + Duration::days(1),
                    on_day(y, m, day),
                    "start {day}, period {i}"
                );
                let len = (*t - *v).num_days() + 1;
                assert!(
                    (28..=31).contains(&len),
                    "start {day}, period {i}: {len} days"
                );
            }
            // Fourteen months later the series is still on its day.
            assert_eq!(p[13].0, on_day(2027, 2, day));
        }
        assert_eq!(
            text(&series(Cadans::Maandelijks, d(2026, 1, 31))[..3]),
            [
                "31 januari 2026 t/m 27 februari 2026",
                "28 februari 2026 t/m 30 maart 2026",
                "31 maart 2026 t/m 29 april 2026",
            ]
        );
    }

    #[test]
    fn monthly_from_29_february() {
        let p = series(Cadans::Maandelijks, d(2028, 2, 29));
        assert_eq!(p[0], (d(2028, 2, 29), d(2028, 3, 28)));
        assert_eq!(p[11], (d(2029, 1, 29), d(2029, 2, 27)));
        assert_eq!(p[12], (d(2029, 2, 28), d(2029, 3, 28)));
        assert_eq!(p[13], (d(2029, 3, 29), d(2029, 4, 28)));
    }

    #[test]
    fn late_december_crosses_the_year() {
        let p = series(Cadans::Maandelijks, d(2026, 12, 20));
        assert_eq!(p[0], (d(2026, 12, 20), d(2027, 1, 19)));
        assert_eq!(p[13], (d(2028, 1, 20), d(2028, 2, 19)));
        let p = series(Cadans::Maandelijks, d(2026, 12, 31));
        assert_eq!(p[0], (d(2026, 12, 31), d(2027, 1, 30)));
        assert_eq!(p[1], (d(2027, 1, 31), d(2027, 2, 27)));
        assert_eq!(p[2], (d(2027, 2, 28), d(2027, 3, 30)));
        let p = series(Cadans::Driemaandelijks, d(2026, 12, 1));
        assert_eq!(p[0], (d(2026, 12, 1), d(2027, 2, 28)));
    }

    #[test]
    fn quarterly_over_three_months() {
        let p = series(Cadans::Driemaandelijks, d(2026, 1, 1));
        assert_eq!(
            text(&p[..2]),
            [
                "1 januari 2026 t/m 31 maart 2026",
                "1 april 2026 t/m 30 juni 2026",
            ]
        );
        assert_eq!(p[13], (d(2029, 4, 1), d(2029, 6, 30)));
        let p = series(Cadans::Driemaandelijks, d(2026, 11, 30));
        assert_eq!(p[0], (d(2026, 11, 30), d(2027, 2, 27)));
        assert_eq!(p[1], (d(2027, 2, 28), d(2027, 5, 29)));
        assert_eq!(p[2], (d(2027, 5, 30), d(2027, 8, 29)));
    }

    #[test]
    fn six_weekly_is_42_days() {
        for start in [
            d(2026, 1, 1),
            d(2026, 1, 31),
            d(2028, 2, 29),
            d(2026, 12, 28),
        ] {
            let p = series(Cadans::Zeswekelijks, start);
            for (v, t) in &p {
                assert_eq!((*t - *v).num_days() + 1, 42);
            }
            assert_eq!(p[13].1, start + Duration::days(14 * 42 - 1));
        }
    }

    #[test]
    fn a_start_that_does_not_fit_the_anchor_sets_its_own_day() {
        // A case anchored on the 15th whose coach ended a period on the 9th.
        assert_eq!(
            period_end(Cadans::Maandelijks, d(2026, 3, 10), 15),
            d(2026, 4, 9)
        );
    }
}
