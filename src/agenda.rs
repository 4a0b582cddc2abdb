//! What is due across a caseload: every case's coming Poortwachter
//! deadlines and the due date of its next voortgangsrapportage, for the
//! werkplek's "Wat komt eraan" page and as an iCalendar file (RFC 5545)
//! for the coach's own calendar program (`spoor2 agenda`, and the
//! werkplek's calendar subscription).
//!
//! A calendar leaves the coach's machine (it syncs to a mail server, a
//! phone, colleagues who share it), so the iCalendar text names a case by
//! its dossier number and employer only: no werknemer's name, no BSN, no
//! text from the journal. Each event's UID is made of the dossier number
//! and what is due, so importing a newer file updates the events instead
//! of adding them twice.

use chrono::NaiveDate;
use serde::Serialize;

use crate::journal::Journal;
use crate::norms::Norms;
use crate::timeline::Milestone;
use crate::validate::{self, compliance};

/// One thing due on a day, for one case.
#[derive(Debug, Clone, Serialize)]
pub struct Deadline {
    pub datum: NaiveDate,
    /// What is due, in words: "Voortgangsrapportage 3 uiterlijk".
    pub wat: String,
    /// A stable key for what is due ("rapportage", "riv-compleet").
    pub soort: &'static str,
    pub dossier: String,
    /// For the werkplek only; never written to the iCalendar file.
    pub werknemer: String,
    pub werkgever: String,
    /// The journal's file, relative to the caseload folder.
    pub bestand: String,
}

/// The deadlines of one case: its Poortwachter milestones on or after
/// `from`, and its next report, also when that is overdue. A case whose
/// trajectory has ended with an eindrapportage has none.
pub fn deadlines(j: &Journal, bestand: &str, from: NaiveDate) -> Vec<Deadline> {
    let ended = j.eindrapportage.is_some() && j.traject.einddatum.is_some_and(|e| e <= from);
    if ended {
        return Vec::new();
    }
    let make = |datum, wat: String, soort| Deadline {
        datum,
        wat,
        soort,
        dossier: j.dossier.trim().to_string(),
        werknemer: j.werknemer.naam.trim().to_string(),
        werkgever: j.werkgever.naam.trim().to_string(),
        bestand: bestand.to_string(),
    };
    let mut out = Vec::new();
    if let Some(next) = compliance::next_report(j, &Norms::for_journal(j)) {
        let n = j.voortgangsrapportages.len() + 1;
        out.push(make(
            next.due,
            format!("Voortgangsrapportage {n} uiterlijk"),
            "rapportage",
        ));
    }
    if let Some(w) = validate::wachttijd(j) {
        for m in Milestone::ALL {
            let date = w.milestone(m);
            if date < from {
                continue;
            }
            let label = match m {
                Milestone::StartSpoor2 | Milestone::EindeWachttijd | Milestone::EersteWiaDag => {
                    m.label().to_string()
                }
                _ => format!("{} (na {} weken)", m.label(), w.milestone_week(m)),
            };
            out.push(make(date, label, slug(m)));
        }
    }
    out.sort_by(|a, b| a.datum.cmp(&b.datum).then(a.wat.cmp(&b.wat)));
    out
}

fn slug(m: Milestone) -> &'static str {
    match m {
        Milestone::Probleemanalyse => "probleemanalyse",
        Milestone::PlanVanAanpak => "plan-van-aanpak",
        Milestone::MeldingUwv => "ziekmelding-uwv",
        Milestone::Eerstejaarsevaluatie => "eerstejaarsevaluatie",
        Milestone::StartSpoor2 => "start-spoor2",
        Milestone::WiaBrief => "wia-brief",
        Milestone::RivCompleet => "riv-compleet",
        Milestone::WiaAanvraag => "wia-aanvraag",
        Milestone::EindeWachttijd => "einde-wachttijd",
        Milestone::EersteWiaDag => "eerste-wia-dag",
    }
}

/// The deadlines as an iCalendar file: one all-day event each, CRLF line
/// ends, long lines folded. `stamp` is the DTSTAMP of every event (the
/// peildatum, so the same caseload gives the same file).
pub fn ics<'a>(deadlines: impl IntoIterator<Item = &'a Deadline>, stamp: NaiveDate) -> String {
    let mut out = String::new();
    let mut line = |text: String| fold(&mut out, &text);
    line("BEGIN:VCALENDAR".into());
    line("VERSION:2.0".into());
    line("PRODID:-//spoor2//agenda spoor 2//NL".into());
    line("CALSCALE:GREGORIAN".into());
    line("METHOD:PUBLISH".into());
    line("X-WR-CALNAME:Spoor 2-termijnen".into());
    let mut seen = std::collections::HashSet::new();
    for d in deadlines {
        let mut uid = format!("{}.{}@spoor2", d.soort, uid_part(&d.dossier));
        // Two journals with the same dossier number (which check reports)
        // still give distinct events.
        let mut n = 2;
        while !seen.insert(uid.clone()) {
            uid = format!("{}.{}-{n}@spoor2", d.soort, uid_part(&d.dossier));
            n += 1;
        }
        line("BEGIN:VEVENT".into());
        line(format!("UID:{uid}"));
        line(format!("DTSTAMP:{}T000000Z", stamp.format("%Y%m%d")));
        line(format!("DTSTART;VALUE=DATE:{}", d.datum.format("%Y%m%d")));
        line(format!(
            "DTEND;VALUE=DATE:{}",
            (d.datum + chrono::Duration::days(1)).format("%Y%m%d")
        ));
        line(format!(
            "SUMMARY:{}",
            text(&format!("{}: {}", d.dossier, d.wat))
        ));
        line(format!(
            "DESCRIPTION:{}",
            text(&format!(
                "Spoor 2, dossier {} ({}). Zie spoor2 werkplek of spoor2 tijdlijn.",
                d.dossier, d.werkgever
            ))
        ));
        line(format!("CATEGORIES:{}", text("Spoor 2")));
        line("TRANSP:TRANSPARENT".into());
        line("END:VEVENT".into());
    }
    line("END:VCALENDAR".into());
    out
}

/// A dossier number as part of a UID: letters, digits and '-' kept, the
/// rest as '-'.
fn uid_part(dossier: &str) -> String {
    dossier
        .trim()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect()
}

/// A TEXT value with its backslashes, commas, semicolons and line breaks
/// escaped, and control characters left out (RFC 5545, 3.3.11).
fn text(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line, folded so no line is longer than 75 octets
/// (continuation lines start with a space), never inside a character.
fn fold(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_a_character() {
        let mut out = String::new();
        let long = format!("SUMMARY:{}", "é".repeat(60));
        fold(&mut out, &long);
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{l:?} is {} octets", l.len());
        }
        let unfolded = out.trim_end().replace("\r\n ", "");
        assert_eq!(unfolded, long);
    }

    #[test]
    fn text_values_are_escaped() {
        assert_eq!(text("a, b; c\\d\ne\u{7}"), "a\\, b\\; c\\\\d\\ne");
        assert_eq!(uid_part(" T-001/B "), "T-001-B");
    }
}
