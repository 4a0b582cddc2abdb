//! Dates as Dutch readers expect them: "3 maart 2026".

use chrono::{Datelike, NaiveDate};

const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

pub fn month_name(month: u32) -> &'static str {
    MONTHS[(month as usize).saturating_sub(1).min(11)]
}

/// "3 maart 2026".
pub fn long(date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        date.day(),
        month_name(date.month()),
        date.year()
    )
}

/// "3 mrt. 2026"-style dates would save space in tables, but Dutch
/// abbreviations vary between house styles; "03-03-2026" is unambiguous to
/// every Dutch reader and fits a narrow column.
pub fn short(date: NaiveDate) -> String {
    format!("{:02}-{:02}-{}", date.day(), date.month(), date.year())
}

/// Number of days in a month, for messages about impossible dates.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    let (next_year, next_month) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(next_year, next_month, 1)
        .and_then(|d| d.pred_opt())
        .map(|d| d.day())
        .unwrap_or(31)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn long_dates_are_dutch() {
        assert_eq!(long(d(2026, 3, 3)), "3 maart 2026");
        assert_eq!(long(d(2025, 12, 31)), "31 december 2025");
        assert_eq!(short(d(2026, 1, 5)), "05-01-2026");
    }

    #[test]
    fn month_lengths_know_leap_years() {
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(2026, 2), 28);
        assert_eq!(days_in_month(2026, 12), 31);
    }
}

/// A date as templates use it: in words, and as numbers for Typst's
/// `datetime`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Datum {
    pub tekst: String,
    pub jaar: i32,
    pub maand: u32,
    pub dag: u32,
}

pub fn datum(d: NaiveDate) -> Datum {
    Datum {
        tekst: long(d),
        jaar: d.year(),
        maand: d.month(),
        dag: d.day(),
    }
}
