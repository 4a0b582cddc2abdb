//! Dates as Dutch readers expect them ("3 maart 2026") and as coaches type
//! them, and hours as Dutch readers write them.

use chrono::{Datelike, Duration, NaiveDate};

pub(crate) const MONTHS: [&str; 12] = [
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

/// A date as the werkplek's forms show it, and as a coach types it:
/// dd-mm-jjjj (`parse_date` reads it back).
pub fn typed(date: NaiveDate) -> String {
    date.format("%d-%m-%Y").to_string()
}

/// A date as a coach types it: `JJJJ-MM-DD`, `dd-mm-jjjj` (the Dutch
/// habit; also with `/` or `.`), `vandaag` or `gisteren`.
pub fn parse_date(text: &str, today: NaiveDate) -> Result<NaiveDate, String> {
    let t = text.trim().to_lowercase();
    match t.as_str() {
        "vandaag" => return Ok(today),
        "gisteren" => return Ok(today - Duration::days(1)),
        _ => {}
    }
    // Four digits for the year, always: "09-03-26" is not year 9.
    let iso = t.split('-').next().is_some_and(|y| y.len() == 4);
    let parsed = iso
        .then(|| NaiveDate::parse_from_str(&t, "%Y-%m-%d").ok())
        .flatten()
        .or_else(|| {
            let normal = t.replace(['/', '.'], "-");
            let parts: Vec<&str> = normal.split('-').collect();
            (parts.len() == 3 && parts[2].len() == 4)
                .then(|| NaiveDate::parse_from_str(&normal, "%d-%m-%Y").ok())
                .flatten()
        });
    parsed.ok_or_else(|| {
        format!(
            "'{}' is geen datum; schrijf bijvoorbeeld 2026-11-24, 24-11-2026, vandaag of gisteren",
            text.trim()
        )
    })
}

/// A figure with `places` decimals, the one rounding rule of every
/// document: halves away from zero (4,25 is 4,3 and 15,25 is 15,3), with a
/// decimal comma.
pub fn decimal(x: f64, places: usize) -> String {
    let scale = 10f64.powi(places as i32);
    // The nudge makes a half that binary cannot hold exactly (0,35) round
    // as it is written.
    let rounded = (x * scale + x.signum() * 1e-7).round() / scale;
    format!("{rounded:.places$}").replace('.', ",")
}

/// Hours worked or coached, from minutes: always one decimal by
/// [`decimal`] ("4,0", "4,3"), as the dossier's Verantwoording says.
pub fn hours_of_minutes(minutes: u64) -> String {
    decimal(minutes as f64 / 60.0, 1)
}

/// A length of time as a reader says it: days up to three weeks, then
/// whole weeks (rounded down) and the days left.
pub fn duration(days: i64) -> String {
    let (w, d) = (days / 7, days % 7);
    let day_word = |n: i64| {
        if n == 1 {
            "1 dag".to_string()
        } else {
            format!("{n} dagen")
        }
    };
    if days < 21 {
        day_word(days)
    } else if d == 0 {
        format!("{w} weken")
    } else {
        format!("{w} weken en {}", day_word(d))
    }
}

/// An amount in euros as Dutch readers write it: "€ 2.400", "€ 97,50".
pub fn euro(amount: f64) -> String {
    let cents = (amount * 100.0).round() as i64;
    let (whole, rest) = (cents / 100, cents % 100);
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    if rest == 0 {
        format!("€ {grouped}")
    } else {
        format!("€ {grouped},{rest:02}")
    }
}

/// Hours as Dutch readers write them: "32", "25,5".
pub fn hours(h: f64) -> String {
    if h.fract() == 0.0 {
        format!("{}", h as i64)
    } else {
        format!("{h}").replace('.', ",")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn durations_read_as_said() {
        assert_eq!(duration(1), "1 dag");
        assert_eq!(duration(20), "20 dagen");
        assert_eq!(duration(21), "3 weken");
        assert_eq!(duration(138), "19 weken en 5 dagen");
        assert_eq!(duration(22), "3 weken en 1 dag");
    }

    #[test]
    fn euros() {
        assert_eq!(euro(2400.0), "€ 2.400");
        assert_eq!(euro(97.5), "€ 97,50");
        assert_eq!(euro(1234567.0), "€ 1.234.567");
        assert_eq!(euro(98.0), "€ 98");
    }

    #[test]
    fn one_rounding_rule() {
        assert_eq!(decimal(4.25, 1), "4,3");
        assert_eq!(decimal(15.25, 1), "15,3");
        assert_eq!(decimal(0.35, 1), "0,4");
        assert_eq!(decimal(0.25, 2), "0,25");
        assert_eq!(decimal(10.0 / 35.714, 2), "0,28");
        assert_eq!(hours_of_minutes(255), "4,3");
        assert_eq!(hours_of_minutes(240), "4,0");
    }

    #[test]
    fn long_dates_are_dutch() {
        assert_eq!(long(d(2026, 3, 3)), "3 maart 2026");
        assert_eq!(long(d(2025, 12, 31)), "31 december 2025");
        assert_eq!(short(d(2026, 1, 5)), "05-01-2026");
    }

    #[test]
    fn dates_are_taken_as_a_coach_types_them() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let d = |y, m, dd| Ok(NaiveDate::from_ymd_opt(y, m, dd).unwrap());
        assert_eq!(parse_date("2026-03-09", today), d(2026, 3, 9));
        assert_eq!(parse_date("09-03-2026", today), d(2026, 3, 9));
        assert_eq!(parse_date("9/3/2026", today), d(2026, 3, 9));
        assert_eq!(parse_date("Vandaag", today), d(2026, 11, 24));
        assert_eq!(parse_date("gisteren", today), d(2026, 11, 23));
        assert_eq!(
            parse_date("31-02-2026", today),
            Err("'31-02-2026' is geen datum; schrijf bijvoorbeeld 2026-11-24, 24-11-2026, vandaag of gisteren".into())
        );
        assert!(parse_date("09-03-26", today).is_err());
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
