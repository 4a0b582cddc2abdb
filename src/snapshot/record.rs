//! What a report said when the employee saw it or the employer received
//! it, kept so that it does not change silently.
//!
//! The first time a report with `gezien_door_werknemer` or
//! `verzonden_aan_werkgever` is rendered (or put in a WIA dossier), the case
//! as that report shows it (the journal cut at the report's date, see
//! [`super::as_of`]) is written to `<journal>.vastgelegd.json` beside the
//! journal. From then on:
//!
//! - `check` compares what the report would show now with what was
//!   recorded, and names the report and the first field that differs;
//! - `render` and the WIA dossier make the report from the recorded case,
//!   so the PDF and the dossier keep what was seen and sent;
//! - a deliberate change is made with `nieuwe_versie` (date and reason) on
//!   the report: it is recorded as the next version and its first page
//!   says which version it replaces.
//!
//! The comparison ignores what a report does not show (the coach's notes,
//! other reports' texts) and the report's own status dates, and it is made
//! on values with empty fields removed, so a newer program that adds an
//! optional field to the format does not make every recorded report
//! "changed".

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::diag::Finding;
use crate::journal::Journal;
use crate::snapshot::{Scope, as_of};

/// Which report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    /// A voortgangsrapportage by its period.
    Voortgang {
        van: NaiveDate,
        tot: NaiveDate,
    },
    Eind,
}

impl Which {
    fn key(self) -> String {
        match self {
            Which::Voortgang { van, tot } => format!("voortgangsrapportage {van}/{tot}"),
            Which::Eind => "eindrapportage".into(),
        }
    }
}

/// One recorded version of a report.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Version {
    pub rapport: String,
    /// 1 for what was first seen or sent.
    pub versie: u32,
    pub vastgelegd_op: NaiveDate,
    /// Why this version replaced the one before (version 2 and later).
    #[serde(default)]
    pub reden: Option<String>,
    /// The journal as the report showed it.
    pub stand: Value,
}

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Records {
    /// The format of this file and of the cut that made its stands: a
    /// later program that cuts differently reads an older record by the
    /// rule it was made with.
    #[serde(default = "first_format")]
    pub formaat: u32,
    pub versies: Vec<Version>,
}

fn first_format() -> u32 {
    1
}

impl Records {
    fn latest(&self, which: Which) -> Option<&Version> {
        let key = which.key();
        self.versies
            .iter()
            .filter(|v| v.rapport == key)
            .max_by_key(|v| v.versie)
    }
}

/// `dossier.yaml` -> `dossier.vastgelegd.json`.
pub fn path_for(journal: &Path) -> PathBuf {
    let stem = journal
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    journal.with_file_name(format!("{stem}.vastgelegd.json"))
}

pub fn load(journal: &Path) -> Records {
    std::fs::read(path_for(journal))
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_default()
}

/// The reports that are fixed: seen by the employee or sent to the
/// employer, with their date and status.
fn fixed(j: &Journal) -> Vec<(Which, NaiveDate, Option<&crate::journal::NieuweVersie>)> {
    let mut out: Vec<_> = j
        .voortgangsrapportages
        .iter()
        .filter(|r| r.seen_or_sent())
        .map(|r| {
            (
                Which::Voortgang {
                    van: r.periode.van,
                    tot: r.periode.tot,
                },
                r.datum,
                r.nieuwe_versie.as_ref(),
            )
        })
        .collect();
    if let Some(e) = j.eindrapportage.as_ref().filter(|e| e.seen_or_sent()) {
        out.push((Which::Eind, e.datum, e.nieuwe_versie.as_ref()));
    }
    out
}

/// The journal as a report shows it: cut at its date, without what no
/// document shows.
fn stand(j: &Journal, which: Which, date: NaiveDate) -> Journal {
    let scope = match which {
        Which::Voortgang { .. } => Scope::Report,
        Which::Eind => Scope::Whole,
    };
    let mut cut = as_of(j, date, scope);
    cut.notities = None;
    cut.privacy_akkoord.clear();
    cut.bewaartermijn = None;
    cut
}

/// What is compared: the stand with only this report, without its status
/// dates, empty fields removed.
fn compared(stand: &Value, which: Which) -> Value {
    let mut v = stand.clone();
    if let Some(map) = v.as_object_mut() {
        match which {
            Which::Voortgang { van, tot } => {
                map.remove("eindrapportage");
                if let Some(Value::Array(reports)) = map.get_mut("voortgangsrapportages") {
                    reports.retain(|r| {
                        r["periode"]["van"] == Value::String(van.to_string())
                            && r["periode"]["tot"] == Value::String(tot.to_string())
                    });
                }
            }
            Which::Eind => {
                map.remove("voortgangsrapportages");
            }
        }
    }
    let clear = |report: &mut Value| {
        if let Some(r) = report.as_object_mut() {
            for field in [
                "gezien_door_werknemer",
                "akkoord_werknemer",
                "verzonden_aan_werkgever",
                "nieuwe_versie",
            ] {
                r.remove(field);
            }
        }
    };
    if let Some(reports) = v
        .get_mut("voortgangsrapportages")
        .and_then(Value::as_array_mut)
    {
        reports.iter_mut().for_each(clear);
    }
    if let Some(e) = v.get_mut("eindrapportage") {
        clear(e);
    }
    without_empty(v)
}

/// A value with null fields, empty arrays and empty objects removed.
fn without_empty(v: Value) -> Value {
    match v {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| (k, without_empty(v)))
                .filter(|(_, v)| !is_empty(v))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(without_empty).collect()),
        other => other,
    }
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

/// The first field path where two values differ, in the journal's own
/// terms ("voortgangsrapportages[1].voortgang").
fn first_difference(now: &Value, then: &Value, path: &str) -> Option<String> {
    match (now, then) {
        (Value::Object(a), Value::Object(b)) => {
            let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
            keys.sort();
            keys.dedup();
            keys.into_iter().find_map(|k| {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                match (a.get(k), b.get(k)) {
                    (Some(x), Some(y)) => first_difference(x, y, &p),
                    _ => Some(p),
                }
            })
        }
        (Value::Array(a), Value::Array(b)) => {
            let found = a
                .iter()
                .zip(b)
                .enumerate()
                .find_map(|(i, (x, y))| first_difference(x, y, &format!("{path}[{}]", i + 1)));
            found.or_else(|| (a.len() != b.len()).then(|| path.to_string()))
        }
        (a, b) if a == b => None,
        _ => Some(path.to_string()),
    }
}

fn value_of(j: &Journal) -> Value {
    serde_json::to_value(j).unwrap_or(Value::Null)
}

/// Records every fixed report that has no record yet, and a new version of
/// one whose `nieuwe_versie` is newer than its last record and whose case
/// differs from it. Returns whether anything was written.
pub fn sync(journal_path: &Path, j: &Journal, today: NaiveDate) -> std::io::Result<bool> {
    let fixed = fixed(j);
    if fixed.is_empty() {
        return Ok(false);
    }
    let mut records = load(journal_path);
    let mut changed = false;
    for (which, date, nieuw) in fixed {
        let now = value_of(&stand(j, which, date));
        let next = match records.latest(which) {
            None => Some((1, None)),
            Some(last) => match nieuw {
                Some(n)
                    if n.datum >= last.vastgelegd_op
                        && compared(&now, which) != compared(&last.stand, which) =>
                {
                    Some((last.versie + 1, Some(n.reden.trim().to_string())))
                }
                _ => None,
            },
        };
        if let Some((versie, reden)) = next {
            records.versies.push(Version {
                rapport: which.key(),
                versie,
                vastgelegd_op: nieuw.filter(|_| versie > 1).map_or(today, |n| n.datum),
                reden,
                stand: now,
            });
            changed = true;
        }
    }
    if changed {
        records.formaat = first_format();
        let mut bytes = serde_json::to_vec_pretty(&records).map_err(std::io::Error::other)?;
        bytes.push(b'\n');
        crate::output::write_atomic(&path_for(journal_path), &bytes)?;
    }
    Ok(changed)
}

/// The journal to make a report from: the recorded case when the report
/// was seen or sent and has changed since without a new version, else the
/// journal itself.
pub fn journal_for(records: &Records, j: &Journal, which: Which) -> Option<Journal> {
    let last = records.latest(which)?;
    let date = match which {
        Which::Voortgang { van, tot } => {
            j.voortgangsrapportages
                .iter()
                .find(|r| r.periode.van == van && r.periode.tot == tot)?
                .datum
        }
        Which::Eind => j.eindrapportage.as_ref()?.datum,
    };
    let now = value_of(&stand(j, which, date));
    if compared(&now, which) == compared(&last.stand, which) {
        return None;
    }
    let mut recorded: Journal = serde_json::from_value(last.stand.clone()).ok()?;
    // The status dates are the journal's own: they say what happened to
    // the version that was recorded.
    copy_status(j, &mut recorded, which);
    Some(recorded)
}

fn copy_status(from: &Journal, to: &mut Journal, which: Which) {
    match which {
        Which::Voortgang { van, tot } => {
            let find = |j: &Journal| {
                j.voortgangsrapportages
                    .iter()
                    .position(|r| r.periode.van == van && r.periode.tot == tot)
            };
            if let (Some(a), Some(b)) = (find(from), find(to)) {
                let src = &from.voortgangsrapportages[a];
                let dst = &mut to.voortgangsrapportages[b];
                dst.gezien_door_werknemer = src.gezien_door_werknemer;
                dst.akkoord_werknemer = src.akkoord_werknemer;
                dst.verzonden_aan_werkgever = src.verzonden_aan_werkgever;
            }
        }
        Which::Eind => {
            if let (Some(src), Some(dst)) = (&from.eindrapportage, &mut to.eindrapportage) {
                dst.gezien_door_werknemer = src.gezien_door_werknemer;
                dst.akkoord_werknemer = src.akkoord_werknemer;
                dst.verzonden_aan_werkgever = src.verzonden_aan_werkgever;
            }
        }
    }
}

/// Warnings for each fixed report whose case differs from its record,
/// with no new version to account for it.
pub fn check(journal_path: &Path, j: &Journal, out: &mut Vec<Finding>) {
    let records = load(journal_path);
    if records.versies.is_empty() {
        return;
    }
    let periods = periods_in_order(j);
    for (which, date, nieuw) in fixed(j) {
        let Some(last) = records.latest(which) else {
            continue;
        };
        let now = value_of(&stand(j, which, date));
        let (a, b) = (compared(&now, which), compared(&last.stand, which));
        if a == b {
            continue;
        }
        let (path, name) = match which {
            Which::Voortgang { van, tot } => {
                let number = periods
                    .iter()
                    .position(|p| *p == (van, tot))
                    .map_or(0, |n| n + 1);
                let index = j
                    .voortgangsrapportages
                    .iter()
                    .position(|r| r.periode.van == van && r.periode.tot == tot)
                    .unwrap_or(0);
                (
                    format!("voortgangsrapportages[{}]", index + 1),
                    format!("voortgangsrapportage {number}"),
                )
            }
            Which::Eind => (
                "eindrapportage".to_string(),
                "de eindrapportage".to_string(),
            ),
        };
        if nieuw.is_some_and(|n| n.datum >= last.vastgelegd_op) {
            // Recorded as a new version at the next render; nothing to warn.
            continue;
        }
        let field = first_difference(&a, &b, "").unwrap_or_default();
        out.push(
            Finding::warning(
                path,
                format!(
                    "{name} is veranderd nadat de werknemer haar zag of de werkgever haar kreeg (vastgelegd op {}, versie {}); wat anders is: {field}. De rapportage en het WIA-dossier houden de vastgelegde versie",
                    crate::dates::long(last.vastgelegd_op),
                    last.versie
                ),
            )
            .rule("vastgelegd")
            .hint("zet de tekst terug, of maak bewust een nieuwe versie: vul bij deze rapportage nieuwe_versie in met datum en reden"),
        );
    }
}

/// The reports' periods in the order they are numbered (period order, as
/// `render::plan::reports_in_order`).
fn periods_in_order(j: &Journal) -> Vec<(NaiveDate, NaiveDate)> {
    let mut periods: Vec<(NaiveDate, NaiveDate)> = j
        .voortgangsrapportages
        .iter()
        .map(|r| (r.periode.van, r.periode.tot))
        .collect();
    periods.sort();
    periods
}

impl Which {
    /// The report a document is, in a journal.
    pub fn of(j: &Journal, kind: &crate::render::DocumentKind) -> Option<Which> {
        match kind {
            crate::render::DocumentKind::Voortgang { number } => {
                let (van, tot) = *periods_in_order(j).get(number.checked_sub(1)?)?;
                Some(Which::Voortgang { van, tot })
            }
            crate::render::DocumentKind::Eind => Some(Which::Eind),
            crate::render::DocumentKind::Dossier => None,
        }
    }
}
