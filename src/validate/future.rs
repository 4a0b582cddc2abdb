//! Dates after the peildatum where only the past can stand.
//!
//! A journal records what happened: an activity, an application, a contact
//! or a measure is written down once it took place, a report is dated the
//! day it was written, a date of seeing, sending, agreeing or deciding once
//! that happened. Such a date after the peildatum is a typing error (a year
//! like 2062) or something planned written as if it were done; either way
//! the reports would show it as fact. `check` warns (rule `toekomst`) rather
//! than refuses, so a journal that rendered before still renders; the
//! commands that add entries refuse them.
//!
//! What may lie ahead, and is not checked here: the trajectory's dates
//! (`traject`: a journal is often started before the intake and the start,
//! and the end may be agreed beforehand), the sick periods, the
//! verlenging's first WIA day, the bewaartermijn, and a voortgangsrapportage
//! that is still a draft (it holds `(invullen)`, as the one `spoor2 nieuw`
//! writes): its date is the day it is planned for. The plan's phases and
//! evaluations are free text, never dates.

use chrono::NaiveDate;

use crate::dates::long;
use crate::diag::Finding;
use crate::journal::{Journal, Voortgangsrapportage};
use crate::validate::PLACEHOLDER;

/// Warnings for every date after `peildatum` that records something done.
pub fn check(j: &Journal, peildatum: NaiveDate, out: &mut Vec<Finding>) {
    let mut dates: Vec<(String, NaiveDate, String)> = Vec::new();
    // An entry: what it records, and a look at the year.
    let mut entry = |path: String, date: NaiveDate, records: &str| {
        dates.push((
            path,
            date,
            format!("{records}; controleer de datum (het jaartal)"),
        ));
    };
    let g = &j.grondslag;
    for (i, z) in g.zoekprofielwijzigingen.iter().enumerate() {
        if let Some(date) = z.ingangsdatum {
            entry(
                format!("grondslag.zoekprofielwijzigingen[{}].ingangsdatum", i + 1),
                date,
                "een wijziging van het zoekprofiel wordt vastgelegd als ze ingaat",
            );
        }
    }
    for (i, b) in j
        .trajectplan
        .iter()
        .flat_map(|p| &p.bijstellingen)
        .enumerate()
    {
        entry(
            format!("trajectplan.bijstellingen[{}].datum", i + 1),
            b.datum,
            "een bijstelling van het plan wordt vastgelegd als ze is afgesproken",
        );
    }
    for (i, a) in j.activiteiten.iter().enumerate() {
        entry(
            format!("activiteiten[{}].datum", i + 1),
            a.datum,
            "een activiteit wordt vastgelegd als ze heeft plaatsgevonden",
        );
    }
    for (i, s) in j.sollicitaties.iter().enumerate() {
        entry(
            format!("sollicitaties[{}].datum", i + 1),
            s.datum,
            "een sollicitatie wordt vastgelegd als ze is verstuurd",
        );
    }
    for (i, c) in j.werkgevercontacten.iter().enumerate() {
        entry(
            format!("werkgevercontacten[{}].datum", i + 1),
            c.datum,
            "een contact met de werkgever wordt vastgelegd als het heeft plaatsgevonden",
        );
    }
    for (i, m) in j.maatregelen.iter().enumerate() {
        entry(
            format!("maatregelen[{}].datum", i + 1),
            m.datum,
            "een maatregel wordt vastgelegd als ze is genomen",
        );
    }
    const WRITTEN: &str = "een rapportage wordt gedateerd op de dag dat ze is opgesteld";
    for (i, r) in j.voortgangsrapportages.iter().enumerate() {
        if !is_draft(r) {
            entry(
                format!("voortgangsrapportages[{}].datum", i + 1),
                r.datum,
                WRITTEN,
            );
        }
    }
    if let Some(e) = &j.eindrapportage {
        entry("eindrapportage.datum".into(), e.datum, WRITTEN);
    }

    // A date of something that happened to the journal's documents: filled
    // in once it did.
    let mut event = |path: String, date: Option<NaiveDate>, what: &str| {
        if let Some(date) = date {
            dates.push((
                path,
                date,
                format!("vul de datum in waarop {what}, of laat het veld leeg zolang dat niet is gebeurd"),
            ));
        }
    };
    event(
        "grondslag.belastbaarheid.datum".into(),
        Some(g.belastbaarheid.datum),
        "de belastbaarheid is vastgesteld",
    );
    event(
        "grondslag.arbeidsdeskundig_advies.datum".into(),
        Some(g.arbeidsdeskundig_advies.datum),
        "het arbeidsdeskundig advies is gegeven",
    );
    if let Some(plan) = &j.trajectplan {
        event(
            "trajectplan.akkoord_werknemer".into(),
            plan.akkoord_werknemer,
            "de werknemer akkoord ging met het plan",
        );
        event(
            "trajectplan.akkoord_werkgever".into(),
            plan.akkoord_werkgever,
            "de werkgever akkoord ging met het plan",
        );
    }
    if let Some(d) = &j.deskundigenoordeel {
        event(
            "deskundigenoordeel.aanvraagdatum".into(),
            Some(d.aanvraagdatum),
            "het deskundigenoordeel is aangevraagd",
        );
        event(
            "deskundigenoordeel.datum".into(),
            d.datum,
            "UWV het oordeel gaf",
        );
    }
    for (i, r) in j.voortgangsrapportages.iter().enumerate() {
        let path = format!("voortgangsrapportages[{}]", i + 1);
        event(
            format!("{path}.gezien_door_werknemer"),
            r.gezien_door_werknemer,
            "de werknemer de rapportage zag",
        );
        event(
            format!("{path}.verzonden_aan_werkgever"),
            r.verzonden_aan_werkgever,
            "de rapportage aan de werkgever is verzonden",
        );
    }
    if let Some(e) = &j.eindrapportage {
        event(
            "eindrapportage.gezien_door_werknemer".into(),
            e.gezien_door_werknemer,
            "de werknemer de eindrapportage zag",
        );
        event(
            "eindrapportage.verzonden_aan_werkgever".into(),
            e.verzonden_aan_werkgever,
            "de eindrapportage aan de werkgever is verzonden",
        );
    }
    if let Some(v) = &j.verlenging {
        event(
            "verlenging.besluit".into(),
            v.besluit,
            "UWV over de verlenging besloot",
        );
    }
    for (path, date, hint) in dates {
        if date > peildatum {
            out.push(
                Finding::warning(path, after(date, peildatum))
                    .rule("toekomst")
                    .hint(hint),
            );
        }
    }
}

/// "de datum (20 november 2062) ligt na de peildatum (1 december 2026)".
fn after(date: NaiveDate, peildatum: NaiveDate) -> String {
    format!(
        "de datum ({}) ligt na de peildatum ({})",
        long(date),
        long(peildatum)
    )
}

/// A report still being written: one of its texts holds the placeholder.
fn is_draft(r: &Voortgangsrapportage) -> bool {
    [
        Some(&r.voortgang),
        r.belemmeringen.as_ref(),
        Some(&r.inzet_werknemer),
        Some(&r.afspraken),
        r.visie_werknemer.as_ref(),
    ]
    .into_iter()
    .flatten()
    .any(|t| t.contains(PLACEHOLDER))
}

/// Why a command does not add an entry dated `date`, if it lies after
/// `peildatum`: "de datum 20 november 2062 ligt na vandaag (1 december
/// 2026)", or "na de peildatum" when that is not today.
pub fn refusal(date: NaiveDate, peildatum: NaiveDate) -> Option<String> {
    refusal_on(date, peildatum, chrono::Local::now().date_naive())
}

fn refusal_on(date: NaiveDate, peildatum: NaiveDate, today: NaiveDate) -> Option<String> {
    let day = if peildatum == today {
        "vandaag"
    } else {
        "de peildatum"
    };
    (date > peildatum).then(|| {
        format!(
            "de datum {} ligt na {day} ({})",
            long(date),
            long(peildatum)
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_date_after_the_peildatum_is_refused_in_words() {
        let today = d("2026-12-01");
        assert_eq!(refusal_on(today, today, today), None);
        assert_eq!(refusal_on(d("2026-11-30"), today, today), None);
        assert_eq!(
            refusal_on(d("2062-11-20"), today, today).as_deref(),
            Some("de datum 20 november 2062 ligt na vandaag (1 december 2026)")
        );
        assert_eq!(
            refusal_on(d("9999-12-31"), d("2026-06-01"), today).as_deref(),
            Some("de datum 31 december 9999 ligt na de peildatum (1 juni 2026)")
        );
    }

    /// The `toekomst` findings of the test fixture with `edits` applied,
    /// on 20 April 2026, as "path: message".
    fn flagged(edits: &[(&str, &str)]) -> Vec<String> {
        let mut text = include_str!("../../tests/fixtures/minimaal.yaml").to_string();
        for (from, to) in edits {
            assert!(text.contains(from), "{from}");
            text = text.replacen(from, to, 1);
        }
        let loaded = crate::journal::load_bytes(std::path::Path::new("d.yaml"), text.as_bytes());
        let mut out = Vec::new();
        check(&loaded.journal.unwrap(), d("2026-04-20"), &mut out);
        out.iter()
            .map(|f| format!("{}: {}", f.path, f.message))
            .collect()
    }

    #[test]
    fn what_happened_is_flagged_and_what_is_planned_is_not() {
        assert!(flagged(&[]).is_empty());
        assert_eq!(
            flagged(&[
                (
                    "datum: 2026-04-17\n    soort: sollicitatie",
                    "datum: 2062-11-20\n    soort: sollicitatie"
                ),
                (
                    "gezien_door_werknemer: 2026-04-20",
                    "gezien_door_werknemer: 2026-04-21"
                ),
            ]),
            [
                "activiteiten[6].datum: de datum (20 november 2062) ligt na de peildatum (20 april 2026)",
                "voortgangsrapportages[1].gezien_door_werknemer: de datum (21 april 2026) ligt na de peildatum (20 april 2026)",
            ]
        );
        // The trajectory's end may be agreed beforehand; a report still
        // holding the placeholder is a draft with its planned date.
        assert!(
            flagged(&[
                (
                    "  rapportage: maandelijks",
                    "  einddatum: 2026-09-30\n  rapportage: maandelijks"
                ),
                (
                    "    datum: 2026-04-17\n    auteur",
                    "    datum: 2026-05-18\n    auteur"
                ),
                (
                    "voortgang: Het traject is gestart.",
                    "voortgang: (invullen)"
                ),
                ("    gezien_door_werknemer: 2026-04-20\n", ""),
            ])
            .is_empty()
        );
        // Written, the same report's date is flagged.
        assert_eq!(
            flagged(&[
                (
                    "    datum: 2026-04-17\n    auteur",
                    "    datum: 2026-05-18\n    auteur"
                ),
                ("    gezien_door_werknemer: 2026-04-20\n", ""),
            ]),
            [
                "voortgangsrapportages[1].datum: de datum (18 mei 2026) ligt na de peildatum (20 april 2026)"
            ]
        );
    }
}
