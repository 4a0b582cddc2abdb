//! A bureau's yearly figures (`spoor2 jaarcijfers`), for its annual report
//! and its quality mark: trajectories started and ended in a year, how they
//! ended, how long they took, how intense they were, whether spoor 2
//! started in time.
//!
//! Everything is counted by the calendar year of a trajectory's start or end
//! and by intervals and counts within it, so an anonymised journal (whose
//! dates shift by whole weeks inside those years) gives the same figures as
//! the original.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::journal::{Journal, Resultaat};
use crate::timeline::Milestone;
use crate::validate;

/// The figures of one year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figures {
    pub jaar: i32,
    /// Journals counted (without errors) in the folder.
    pub dossiers: usize,
    /// Trajectories whose startdatum falls in the year.
    pub gestart: usize,
    /// Of those, started no later than the latest start of spoor 2 in the
    /// wachttijd (58 weeks after the EAOD, later when the wachttijd is
    /// interrupted): the timeline's own rule.
    pub gestart_op_tijd: usize,
    /// Trajectories whose einddatum falls in the year.
    pub afgerond: usize,
    /// Ended trajectories by result, in the format's order, then those
    /// without an eindrapportage.
    pub resultaten: Vec<Count>,
    /// Running on 31 December, or on the day the figures are made when
    /// that comes first (a figure about the future is not counted).
    pub lopend_eind_jaar: usize,
    /// The day `lopend_eind_jaar` counts on.
    pub lopend_op: NaiveDate,
    /// Median length of the ended trajectories, in weeks.
    pub mediane_duur_weken: Option<f64>,
    /// Applications per week over the ended trajectories together.
    pub sollicitaties_per_week: Option<f64>,
    /// Activities per week over the ended trajectories together.
    pub activiteiten_per_week: Option<f64>,
    /// Coach hours (activities with a duration) per ended trajectory.
    pub coachuren_per_traject: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Count {
    pub resultaat: &'static str,
    pub aantal: usize,
}

/// The figures of `year` over the journals (journals with errors are left
/// out by the caller).
pub fn figures(journals: &[&Journal], year: i32, on: NaiveDate) -> Figures {
    let in_year = |d: NaiveDate| d.year() == year;
    let year_end = NaiveDate::from_ymd_opt(year, 12, 31)
        .expect("31 December exists")
        .min(on);

    let started: Vec<&&Journal> = journals
        .iter()
        .filter(|j| in_year(j.traject.startdatum))
        .collect();
    let on_time = started
        .iter()
        .filter(|j| {
            validate::wachttijd(j)
                .is_some_and(|w| j.traject.startdatum <= w.milestone(Milestone::StartSpoor2))
        })
        .count();
    let ended: Vec<&&Journal> = journals
        .iter()
        .filter(|j| j.traject.einddatum.is_some_and(in_year))
        .collect();
    let running = journals
        .iter()
        .filter(|j| {
            j.traject.startdatum <= year_end && j.traject.einddatum.is_none_or(|e| e > year_end)
        })
        .count();

    let results = [
        Resultaat::Plaatsing,
        Resultaat::GeenPlaatsing,
        Resultaat::WiaAanvraag,
        Resultaat::VoortijdigBeeindigd,
    ];
    let mut resultaten: Vec<Count> = results
        .iter()
        .map(|&r| Count {
            resultaat: r.label(),
            aantal: ended
                .iter()
                .filter(|j| j.eindrapportage.as_ref().is_some_and(|e| e.resultaat == r))
                .count(),
        })
        .collect();
    resultaten.push(Count {
        resultaat: "Zonder eindrapportage",
        aantal: ended.iter().filter(|j| j.eindrapportage.is_none()).count(),
    });

    // Each ended trajectory by the one set of figures: from its startdatum
    // to its einddatum, both included.
    let counted: Vec<crate::snapshot::Counts> = ended
        .iter()
        .filter_map(|j| {
            Some(crate::snapshot::counts(
                j,
                j.traject.startdatum,
                j.traject.einddatum?,
            ))
        })
        .collect();
    let mut weeks: Vec<f64> = counted.iter().map(|c| c.weeks()).collect();
    weeks.sort_by(f64::total_cmp);
    let total_weeks: f64 = weeks.iter().sum();
    let applications: usize = counted.iter().map(|c| c.applications).sum();
    let activities: usize = counted.iter().map(|c| c.activities).sum();
    let minutes: u64 = counted.iter().map(|c| c.minutes).sum();
    let per_week = |n: usize| (total_weeks > 0.0).then(|| n as f64 / total_weeks);

    Figures {
        jaar: year,
        dossiers: journals.len(),
        gestart: started.len(),
        gestart_op_tijd: on_time,
        afgerond: ended.len(),
        resultaten,
        lopend_eind_jaar: running,
        lopend_op: year_end,
        mediane_duur_weken: median(&weeks),
        sollicitaties_per_week: per_week(applications),
        activiteiten_per_week: per_week(activities),
        coachuren_per_traject: (!ended.is_empty())
            .then(|| minutes as f64 / 60.0 / ended.len() as f64),
    }
}

/// "Geen plaatsing" as "geen plaatsing", leaving "WIA" as it is.
fn first_lower(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

fn median(sorted: &[f64]) -> Option<f64> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
    }
}

/// A number with `places` decimals and a decimal comma; a dash when there
/// is nothing to compute.
pub fn decimals(v: Option<f64>, places: usize) -> String {
    match v {
        Some(v) => crate::dates::decimal(v, places),
        None => "–".to_string(),
    }
}

/// One line of the figures: a label, its value, and whether it is a part
/// of the line above it ("waarvan ...").
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Line {
    pub kengetal: String,
    pub waarde: String,
    pub deel: bool,
}

/// The figures as lines, in the order of the report.
pub fn rows(f: &Figures) -> Vec<Line> {
    let line = |kengetal: String, waarde: String, deel: bool| Line {
        kengetal,
        waarde,
        deel,
    };
    let mut out = vec![
        line("Dossiers in de map".into(), f.dossiers.to_string(), false),
        line(
            format!("Trajecten gestart in {}", f.jaar),
            f.gestart.to_string(),
            false,
        ),
        line(
            "waarvan spoor 2 op tijd gestart".into(),
            f.gestart_op_tijd.to_string(),
            true,
        ),
        line(
            format!("Trajecten afgerond in {}", f.jaar),
            f.afgerond.to_string(),
            false,
        ),
    ];
    for c in &f.resultaten {
        out.push(line(
            format!("waarvan {}", first_lower(c.resultaat)),
            c.aantal.to_string(),
            true,
        ));
    }
    out.extend([
        line(
            format!("Lopend op {}", crate::dates::long(f.lopend_op)),
            f.lopend_eind_jaar.to_string(),
            false,
        ),
        line(
            "Mediane duur van de afgeronde trajecten (weken)".into(),
            decimals(f.mediane_duur_weken, 1),
            false,
        ),
        line(
            "Sollicitaties per week (afgeronde trajecten)".into(),
            decimals(f.sollicitaties_per_week, 2),
            false,
        ),
        line(
            "Activiteiten per week (afgeronde trajecten)".into(),
            decimals(f.activiteiten_per_week, 2),
            false,
        ),
        line(
            "Uren coach per afgerond traject".into(),
            decimals(f.coachuren_per_traject, 1),
            false,
        ),
    ]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn counts_by_the_year_of_start_and_end() {
        let mut a = crate::synthetic::journal(1, 0, 1);
        a.traject.startdatum = date("2025-03-03");
        a.traject.einddatum = Some(date("2026-02-02"));
        let mut b = crate::synthetic::journal(2, 1, 1);
        b.traject.startdatum = date("2026-01-05");
        b.traject.einddatum = Some(date("2026-07-06"));
        let mut c = crate::synthetic::journal(3, 2, 1);
        c.traject.startdatum = date("2026-09-07");
        c.traject.einddatum = None;
        let f = figures(&[&a, &b, &c], 2026, date("2027-01-15"));
        assert_eq!(
            (f.dossiers, f.gestart, f.afgerond, f.lopend_eind_jaar),
            (3, 2, 2, 1)
        );
        // 337 and 183 days, both ends included (48 1/7 and 26 1/7 weeks):
        // the median of two is their mean, 260 days.
        assert_eq!(decimals(f.mediane_duur_weken, 1), "37,1");
        assert!((f.mediane_duur_weken.unwrap() - 260.0 / 7.0).abs() < 1e-9);
        assert_eq!(f.resultaten.last().unwrap().aantal, 2);
        let f = figures(&[&a, &b, &c], 2025, date("2027-01-15"));
        assert_eq!((f.gestart, f.afgerond, f.lopend_eind_jaar), (1, 0, 1));
        assert_eq!(f.mediane_duur_weken, None);
        assert_eq!(decimals(f.sollicitaties_per_week, 2), "–");
    }
}
