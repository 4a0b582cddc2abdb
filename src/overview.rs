//! The caseload overview: one row per case with where it stands and what it
//! needs, sorted by urgency.

use std::path::Path;

use chrono::NaiveDate;
use serde::Serialize;

use crate::dates::long;
use crate::diag::Finding;
use crate::house_style::HouseStyle;
use crate::journal::{Journal, Loaded};
use crate::norms::Norms;
use crate::timeline::Milestone;
use crate::validate::{self, compliance, retention};

/// Whether a voortgangsrapportage is needed on the peildatum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReportNeed {
    /// Past the period and its grace days.
    TeLaat,
    /// The period has ended; the report is due within the grace days.
    Nu,
    Nee,
}

impl ReportNeed {
    pub fn label(self) -> &'static str {
        match self {
            ReportNeed::TeLaat => "te laat",
            ReportNeed::Nu => "nu",
            ReportNeed::Nee => "nee",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub bestand: String,
    pub dossier: String,
    pub werknemer: String,
    pub werkgever: String,
    pub coach: String,
    pub week: Option<i64>,
    pub start_spoor2_week: Option<i64>,
    pub volgende_termijn: Option<String>,
    pub volgende_termijn_datum: Option<NaiveDate>,
    pub fouten: usize,
    pub waarschuwingen: usize,
    pub laatste_rapportage: Option<NaiveDate>,
    pub rapportage_nodig: ReportNeed,
    /// Due date of the next voortgangsrapportage, if one is expected.
    pub rapportage_uiterlijk: Option<NaiveDate>,
    /// The trajectory has ended and its eindrapportage is written.
    pub afgerond: bool,
    /// The first day the journal should no longer be kept (retention).
    pub bewaren_tot: Option<NaiveDate>,
    /// That day has come: remove or anonymise the case.
    pub bewaartermijn_verstreken: bool,
}

impl Row {
    /// Whether a report is needed, in words: "te laat (uiterlijk 30 mei
    /// 2026)", "nee, traject afgerond".
    pub fn report_need_text(&self) -> String {
        match (self.rapportage_nodig, self.rapportage_uiterlijk) {
            _ if self.afgerond => "nee, traject afgerond".to_string(),
            (ReportNeed::TeLaat, Some(d)) => format!("te laat (uiterlijk {})", long(d)),
            (ReportNeed::Nu, Some(d)) => format!("nu (uiterlijk {})", long(d)),
            (_, Some(d)) => format!("nee (volgende uiterlijk {})", long(d)),
            (_, None) => "nee".to_string(),
        }
    }
}

/// One row for a loaded and validated journal; `None` when the journal could
/// not be read at all (it is reported as an error row by the caller).
pub fn row(
    loaded: &Loaded,
    root: &Path,
    peildatum: NaiveDate,
    retention_years: u32,
) -> Option<Row> {
    let j = loaded.journal.as_ref()?;
    let bewaren_tot = retention::term(j, retention_years).map(|t| t.until);
    let w = validate::wachttijd(j);
    let next = w.as_ref().and_then(|w| {
        Milestone::ALL
            .iter()
            .map(|&m| (m, w.milestone(m)))
            .find(|(_, d)| *d >= peildatum)
    });
    let (need, due) = report_need(j, peildatum);
    // A closed case has no next deadline and no next report; its week is
    // the week it ended in.
    let afgerond =
        j.eindrapportage.is_some() && j.traject.einddatum.is_some_and(|e| e <= peildatum);
    let (next, due) = if afgerond { (None, None) } else { (next, due) };
    let week_on = j.traject.einddatum.map_or(peildatum, |e| e.min(peildatum));
    Some(Row {
        bestand: loaded
            .path
            .strip_prefix(root)
            .unwrap_or(&loaded.path)
            .display()
            .to_string(),
        dossier: j.dossier.clone(),
        werknemer: j.werknemer.naam.clone(),
        werkgever: j.werkgever.naam.clone(),
        coach: j.bureau.coach.naam.clone(),
        week: w.as_ref().and_then(|w| w.week_of(week_on)),
        start_spoor2_week: w.as_ref().and_then(|w| w.week_of(j.traject.startdatum)),
        volgende_termijn: next.map(|(m, _)| m.label().to_string()),
        volgende_termijn_datum: next.map(|(_, d)| d),
        fouten: loaded.findings.iter().filter(|f| f.is_error()).count(),
        waarschuwingen: loaded.findings.iter().filter(|f| f.is_warning()).count(),
        // The eindrapportage is the last report of a closed case.
        laatste_rapportage: j
            .voortgangsrapportages
            .iter()
            .map(|r| r.datum)
            .chain(j.eindrapportage.iter().map(|e| e.datum))
            .max(),
        rapportage_nodig: need,
        rapportage_uiterlijk: due,
        afgerond,
        bewaren_tot,
        bewaartermijn_verstreken: bewaren_tot.is_some_and(|t| peildatum >= t),
    })
}

fn report_need(j: &Journal, peildatum: NaiveDate) -> (ReportNeed, Option<NaiveDate>) {
    let norms = Norms::for_journal(j);
    match compliance::next_report(j, &norms) {
        None => (ReportNeed::Nee, None),
        Some(next) if peildatum > next.due => (ReportNeed::TeLaat, Some(next.due)),
        Some(next) if peildatum > next.period_end => (ReportNeed::Nu, Some(next.due)),
        Some(next) => (ReportNeed::Nee, Some(next.due)),
    }
}

/// Most urgent first: journals with errors, overdue reports, reports due
/// now, then by the next deadline and the number of warnings; finished
/// cases last.
pub fn sort(rows: &mut [Row]) {
    rows.sort_by(order);
}

/// The order of [`sort`].
pub fn order(a: &Row, b: &Row) -> std::cmp::Ordering {
    let key = |r: &Row| {
        (
            r.afgerond,
            r.fouten == 0,
            r.rapportage_nodig,
            r.volgende_termijn_datum.unwrap_or(NaiveDate::MAX),
            std::cmp::Reverse(r.waarschuwingen),
            r.dossier.clone(),
        )
    };
    key(a).cmp(&key(b))
}

/// Rows as CSV for Dutch spreadsheets: `;` between fields, every field
/// quoted, dates as JJJJ-MM-DD.
pub fn csv(rows: &[Row]) -> String {
    let mut out = String::new();
    let header = [
        "bestand",
        "dossier",
        "werknemer",
        "werkgever",
        "coach",
        "week",
        "start_spoor2_week",
        "volgende_termijn",
        "volgende_termijn_datum",
        "fouten",
        "waarschuwingen",
        "laatste_rapportage",
        "rapportage_nodig",
        "rapportage_uiterlijk",
        "afgerond",
        "bewaren_tot",
        "bewaartermijn_verstreken",
    ];
    push_csv_line(&mut out, header.iter().map(|s| s.to_string()));
    let opt = |v: Option<String>| v.unwrap_or_default();
    for r in rows {
        push_csv_line(
            &mut out,
            [
                r.bestand.clone(),
                r.dossier.clone(),
                r.werknemer.clone(),
                r.werkgever.clone(),
                r.coach.clone(),
                opt(r.week.map(|w| w.to_string())),
                opt(r.start_spoor2_week.map(|w| w.to_string())),
                opt(r.volgende_termijn.clone()),
                opt(r.volgende_termijn_datum.map(|d| d.to_string())),
                r.fouten.to_string(),
                r.waarschuwingen.to_string(),
                opt(r.laatste_rapportage.map(|d| d.to_string())),
                r.rapportage_nodig.label().to_string(),
                opt(r.rapportage_uiterlijk.map(|d| d.to_string())),
                if r.afgerond { "ja" } else { "nee" }.to_string(),
                opt(r.bewaren_tot.map(|d| d.to_string())),
                if r.bewaartermijn_verstreken {
                    "ja"
                } else {
                    "nee"
                }
                .to_string(),
            ]
            .into_iter(),
        );
    }
    out
}

pub fn push_csv_line(out: &mut String, fields: impl Iterator<Item = String>) {
    let quoted: Vec<String> = fields
        .map(|f| format!("\"{}\"", f.replace('"', "\"\"")))
        .collect();
    out.push_str(&quoted.join(";"));
    out.push_str("\r\n");
}

/// The rows as a template sees them, with Dutch dates.
#[derive(Serialize)]
pub struct ViewRow {
    dossier: String,
    werknemer: String,
    werkgever: String,
    coach: String,
    week: String,
    start_week: String,
    termijn: String,
    termijn_datum: String,
    fouten: usize,
    waarschuwingen: usize,
    laatste_rapportage: String,
    rapportage: String,
    te_laat: bool,
}

#[derive(Serialize)]
pub struct View {
    peildatum: String,
    jaar: i32,
    maand: u32,
    dag: u32,
    bureau: String,
    aantal: usize,
    te_laat: usize,
    nu: usize,
    met_fouten: usize,
    rijen: Vec<ViewRow>,
    /// Cases past their retention term.
    te_verwijderen: Vec<Verwijderen>,
    huisstijl: HouseStyle,
}

/// A case whose retention term has passed.
#[derive(Serialize)]
pub struct Verwijderen {
    dossier: String,
    werknemer: String,
    coach: String,
    bewaren_tot: String,
}

pub fn view(rows: &[Row], peildatum: NaiveDate, bureau: &str, style: &HouseStyle) -> View {
    use chrono::Datelike;
    let dash = || "–".to_string();
    View {
        peildatum: long(peildatum),
        jaar: peildatum.year(),
        maand: peildatum.month(),
        dag: peildatum.day(),
        bureau: bureau.to_string(),
        aantal: rows.len(),
        te_laat: rows
            .iter()
            .filter(|r| r.rapportage_nodig == ReportNeed::TeLaat)
            .count(),
        nu: rows
            .iter()
            .filter(|r| r.rapportage_nodig == ReportNeed::Nu)
            .count(),
        met_fouten: rows.iter().filter(|r| r.fouten > 0).count(),
        rijen: rows
            .iter()
            .map(|r| ViewRow {
                dossier: r.dossier.clone(),
                werknemer: r.werknemer.clone(),
                werkgever: r.werkgever.clone(),
                coach: r.coach.clone(),
                week: r.week.map(|w| w.to_string()).unwrap_or_else(dash),
                start_week: r
                    .start_spoor2_week
                    .map(|w| w.to_string())
                    .unwrap_or_else(dash),
                termijn: if r.afgerond {
                    "traject afgerond".to_string()
                } else {
                    r.volgende_termijn.clone().unwrap_or_else(dash)
                },
                termijn_datum: if r.afgerond {
                    String::new()
                } else {
                    r.volgende_termijn_datum.map(long).unwrap_or_default()
                },
                fouten: r.fouten,
                waarschuwingen: r.waarschuwingen,
                laatste_rapportage: r.laatste_rapportage.map(long).unwrap_or_else(dash),
                te_laat: r.rapportage_nodig == ReportNeed::TeLaat,
                rapportage: r.report_need_text(),
            })
            .collect(),
        te_verwijderen: rows
            .iter()
            .filter(|r| r.bewaartermijn_verstreken)
            .map(|r| Verwijderen {
                dossier: r.dossier.clone(),
                werknemer: r.werknemer.clone(),
                coach: r.coach.clone(),
                bewaren_tot: r.bewaren_tot.map(long).unwrap_or_default(),
            })
            .collect(),
        huisstijl: style.clone(),
    }
}

/// Errors of a journal that could not be read, for the caller to print.
pub fn errors(loaded: &Loaded) -> Vec<&Finding> {
    loaded.findings.iter().filter(|f| f.is_error()).collect()
}
