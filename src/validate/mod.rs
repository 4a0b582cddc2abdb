//! Stage 2 of the pipeline: what the journal means.
//!
//! The structural check (in `journal`) made sure every field is present and of
//! the right type; here the dates are checked against each other: the order of
//! the trajectory, report periods inside it and not overlapping, activities
//! and applications dated inside it. Pure functions over the typed journal;
//! findings carry field paths and are located in the file by the caller.

pub mod caseload;
pub mod compliance;
pub mod evidence;
pub mod future;
pub mod narrative;
pub mod privacy;
pub mod retention;

use chrono::NaiveDate;

use crate::dates::long;
use crate::diag::Finding;
use crate::journal::yaml::Node;
use crate::journal::{Journal, Loaded};
use crate::norms::Norms;
use crate::timeline::{SickPeriod, Wachttijd};

/// Text a new journal carries where the coach still has to fill something
/// in (see `spoor2 nieuw`); `check` warns about every field that has it.
pub const PLACEHOLDER: &str = "(invullen)";

/// Warnings for fields that still hold the placeholder.
fn placeholders(root: &Node, out: &mut Vec<Finding>) {
    root.for_each_text(&["notities"], &mut |path, node, text| {
        if text.contains(PLACEHOLDER) {
            out.push(
                Finding::warning(path, "nog niet ingevuld")
                    .at(Some(node.mark))
                    .rule("invullen")
                    .hint(format!("vervang '{PLACEHOLDER}' door de juiste gegevens")),
            );
        }
    });
}

/// The wachttijd of a journal, from its sick periods and verlenging.
pub fn wachttijd(j: &Journal) -> Option<Wachttijd> {
    let periods: Vec<SickPeriod> = j
        .ziekteperiodes
        .iter()
        .map(|p| SickPeriod {
            from: p.van,
            to: p.tot,
        })
        .collect();
    Wachttijd::new(&periods, j.verlenging.as_ref().map(|v| v.eerste_wia_dag))
}

/// Runs the semantic checks, the dates that cannot lie after `peildatum`
/// ([`future`]), the compliance rules (relative to `peildatum`) and the
/// privacy check on a structurally sound journal, and
/// locates the findings in the file.
pub fn validate(loaded: &mut Loaded, peildatum: NaiveDate) {
    let Some(journal) = &loaded.journal else {
        return;
    };
    let mut findings = check(journal);
    future::check(journal, peildatum, &mut findings);
    // Compliance rules only make sense on dates that are in order.
    if !findings.iter().any(Finding::is_error) {
        let norms = Norms::for_journal(journal);
        findings.extend(compliance::check(
            journal,
            wachttijd(journal).as_ref(),
            peildatum,
            &norms,
        ));
        evidence::check(journal, peildatum, &norms, &mut findings);
        narrative::check(journal, &mut findings);
        crate::snapshot::record::check(&loaded.path, journal, &mut findings);
    }
    if let (Some(tree), Some(source)) = (&loaded.tree, &loaded.source) {
        findings.extend(privacy::check(tree, source, &journal.privacy_akkoord));
        placeholders(tree, &mut findings);
        bsn_quoted(tree, source, &mut findings);
    }
    for finding in &mut findings {
        if finding.mark.is_none() {
            finding.mark = loaded.locate(&finding.path);
        }
    }
    loaded.findings.extend(findings);
    crate::diag::sort(&mut loaded.findings);
}

/// All semantic findings of a journal, unlocated.
pub fn check(j: &Journal) -> Vec<Finding> {
    let mut out = Vec::new();
    check_dossier_id(j, &mut out);
    check_bsn(j, &mut out);
    check_sick_periods(j, &mut out);
    check_trajectory(j, &mut out);
    check_search_profile(j, &mut out);
    check_dated_entries(j, &mut out);
    check_reports(j, &mut out);
    check_final_report(j, &mut out);
    evidence::check_dates(j, &mut out);
    out
}

fn check_dossier_id(j: &Journal, out: &mut Vec<Finding>) {
    let id = &j.dossier;
    let valid = id.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if !valid {
        out.push(
            Finding::error("dossier", format!("het dossiernummer '{id}' bevat tekens die niet in een bestandsnaam passen"))
                .hint("gebruik alleen letters, cijfers, '-', '_' en '.', en begin met een letter of cijfer (bijvoorbeeld S2-2026-014)"),
        );
    }
}

/// What is wrong with a BSN, if anything: nine digits passing the
/// elfproef (9*d1 + 8*d2 + ... + 2*d8 - 1*d9 divisible by 11). The number
/// itself is never part of a message.
pub fn bsn_problem(bsn: &str) -> Option<String> {
    let bsn = bsn.trim();
    if bsn.is_empty() {
        return Some("het BSN is leeg".into());
    }
    if !bsn.chars().all(|c| c.is_ascii_digit()) {
        return Some("het BSN bevat tekens die geen cijfer zijn".into());
    }
    if bsn.len() != 9 {
        return Some(format!(
            "het BSN heeft {} cijfers; een BSN heeft er 9",
            bsn.len()
        ));
    }
    let digits: Vec<i64> = bsn.bytes().map(|b| i64::from(b - b'0')).collect();
    let sum: i64 = digits[..8]
        .iter()
        .zip((2..=9).rev())
        .map(|(d, w)| d * w)
        .sum::<i64>()
        - digits[8];
    (sum % 11 != 0).then(|| "het BSN voldoet niet aan de elfproef".to_string())
}

/// A BSN written as a number loses a leading zero (and YAML may even read
/// it as octal), so it must be quoted.
/// (The structural check has made the value text by now, so the source is
/// looked at: a value that starts with a digit was not quoted.)
fn bsn_quoted(root: &Node, source: &str, out: &mut Vec<Finding>) {
    let Some(node) = root.get("werknemer").and_then(|w| w.get("bsn")) else {
        return;
    };
    let first = source
        .lines()
        .nth(node.mark.line.saturating_sub(1))
        .and_then(|line| line.chars().nth(node.mark.col.saturating_sub(1)));
    if first.is_some_and(|c| c.is_ascii_digit()) {
        out.push(
            Finding::error("werknemer.bsn", "het BSN staat er als getal, niet als tekst")
                .at(Some(node.mark))
                .hint("zet het BSN tussen aanhalingstekens, bijvoorbeeld bsn: \"999990019\"; anders kan een 0 vooraan verdwijnen"),
        );
    }
}

fn check_bsn(j: &Journal, out: &mut Vec<Finding>) {
    if let Some(problem) = j.werknemer.bsn.as_deref().and_then(bsn_problem) {
        out.push(
            Finding::error("werknemer.bsn", problem)
                .hint("neem het BSN over van een officieel document (9 cijfers, tussen aanhalingstekens), of laat het veld weg"),
        );
    }
}

fn check_sick_periods(j: &Journal, out: &mut Vec<Finding>) {
    let periods = &j.ziekteperiodes;
    for (i, p) in periods.iter().enumerate() {
        let path = format!("ziekteperiodes[{}]", i + 1);
        if let Some(tot) = p.tot
            && tot < p.van
        {
            out.push(
                Finding::error(
                    format!("{path}.tot"),
                    format!(
                        "de periode eindigt ({}) vóór zij begint ({})",
                        long(tot),
                        long(p.van)
                    ),
                )
                .hint("verwissel 'van' en 'tot' of corrigeer een van beide"),
            );
        }
        if i + 1 < periods.len() {
            let next = &periods[i + 1];
            match p.tot {
                None => out.push(
                    Finding::error(
                        format!("{path}.tot"),
                        "alleen de laatste ziekteperiode mag zonder einddatum zijn",
                    )
                    .hint(format!(
                        "vul de laatste ziektedag van deze periode in (vóór {})",
                        long(next.van)
                    )),
                ),
                Some(tot) if next.van <= tot => out.push(
                    Finding::error(
                        format!("ziekteperiodes[{}].van", i + 2),
                        format!(
                            "deze periode begint ({}) voordat de vorige eindigt ({})",
                            long(next.van),
                            long(tot)
                        ),
                    )
                    .hint("zet de periodes op volgorde, oudste eerst, zonder overlap"),
                ),
                Some(_) => {}
            }
        }
    }
}

fn check_trajectory(j: &Journal, out: &mut Vec<Finding>) {
    let t = &j.traject;
    let first_sick_day = j.ziekteperiodes.first().map(|p| p.van);
    if let Some(eaod) = first_sick_day
        && t.aanmelddatum < eaod
    {
        out.push(
            Finding::error(
                "traject.aanmelddatum",
                format!(
                    "de aanmelding ({}) ligt vóór de eerste ziektedag ({})",
                    long(t.aanmelddatum),
                    long(eaod)
                ),
            )
            .hint("controleer de aanmelddatum en de ziekteperiodes"),
        );
    }
    let order = [
        ("aanmelddatum", "de aanmelding", Some(t.aanmelddatum)),
        ("intake", "de intake", Some(t.intake)),
        ("startdatum", "de start van spoor 2", Some(t.startdatum)),
        ("einddatum", "het einde van het traject", t.einddatum),
    ];
    for pair in order.windows(2) {
        let (_, earlier_name, Some(earlier)) = pair[0] else {
            continue;
        };
        let (field, name, Some(date)) = pair[1] else {
            continue;
        };
        if date < earlier {
            out.push(
                Finding::error(
                    format!("traject.{field}"),
                    format!(
                        "{name} ({}) ligt vóór {earlier_name} ({})",
                        long(date),
                        long(earlier)
                    ),
                )
                .hint(format!(
                    "de volgorde is aanmelding, intake, start, einde; zet {name} op of na {}",
                    long(earlier)
                )),
            );
        }
    }
}

fn check_search_profile(j: &Journal, out: &mut Vec<Finding>) {
    let uren = &j.grondslag.zoekprofiel.uren_per_week;
    if uren.min > uren.max {
        out.push(
            Finding::error(
                "grondslag.zoekprofiel.uren_per_week.min",
                format!(
                    "het minimum ({}) is groter dan het maximum ({})",
                    uren.min, uren.max
                ),
            )
            .hint("verwissel 'min' en 'max'"),
        );
    }
}

/// The period in which trajectory work can be dated.
fn trajectory_span(j: &Journal) -> (NaiveDate, Option<NaiveDate>) {
    (j.traject.aanmelddatum, j.traject.einddatum)
}

fn check_dated_entries(j: &Journal, out: &mut Vec<Finding>) {
    let (start, end) = trajectory_span(j);
    let dated = j
        .activiteiten
        .iter()
        .enumerate()
        .map(|(i, a)| {
            (
                format!("activiteiten[{}].datum", i + 1),
                "deze activiteit",
                a.datum,
            )
        })
        .chain(j.sollicitaties.iter().enumerate().map(|(i, s)| {
            (
                format!("sollicitaties[{}].datum", i + 1),
                "deze sollicitatie",
                s.datum,
            )
        }));
    for (path, what, date) in dated {
        if date < start {
            out.push(
                Finding::error(
                    path,
                    format!(
                        "{what} ({}) ligt vóór de aanmelding ({})",
                        long(date),
                        long(start)
                    ),
                )
                .hint("controleer de datum; werk van vóór de aanmelding hoort niet in dit traject"),
            );
        } else if let Some(end) = end
            && date > end
        {
            out.push(
                Finding::warning(
                    path,
                    format!(
                        "{what} ({}) ligt na het einde van het traject ({})",
                        long(date),
                        long(end)
                    ),
                )
                .rule("na-einde")
                .hint("controleer de datum, of verschuif traject.einddatum als het traject langer liep"),
            );
        }
    }
}

fn check_reports(j: &Journal, out: &mut Vec<Finding>) {
    let (start, end) = trajectory_span(j);
    let reports = &j.voortgangsrapportages;
    for (i, r) in reports.iter().enumerate() {
        let path = format!("voortgangsrapportages[{}]", i + 1);
        let p = &r.periode;
        if p.tot < p.van {
            out.push(
                Finding::error(
                    format!("{path}.periode.tot"),
                    format!(
                        "de periode eindigt ({}) vóór zij begint ({})",
                        long(p.tot),
                        long(p.van)
                    ),
                )
                .hint("verwissel 'van' en 'tot' of corrigeer een van beide"),
            );
            continue;
        }
        if p.van < start {
            out.push(
                Finding::error(
                    format!("{path}.periode.van"),
                    format!(
                        "de periode begint ({}) vóór de aanmelding ({})",
                        long(p.van),
                        long(start)
                    ),
                )
                .hint("laat de periode op of na traject.aanmelddatum beginnen"),
            );
        }
        if let Some(end) = end
            && p.tot > end
        {
            out.push(
                Finding::error(
                    format!("{path}.periode.tot"),
                    format!(
                        "de periode loopt ({}) tot na het einde van het traject ({})",
                        long(p.tot),
                        long(end)
                    ),
                )
                .hint("laat de periode uiterlijk op traject.einddatum eindigen"),
            );
        }
        if r.datum < p.tot {
            out.push(
                Finding::error(
                    format!("{path}.datum"),
                    format!(
                        "de rapportage is gedateerd ({}) vóór het einde van haar periode ({})",
                        long(r.datum),
                        long(p.tot)
                    ),
                )
                .hint(
                    "een rapportage over een periode wordt op of na de laatste dag ervan opgesteld",
                ),
            );
        }
        if let Some(gezien) = r.gezien_door_werknemer
            && gezien < r.datum
        {
            out.push(seen_before_written(&path, gezien, r.datum));
        }
        if let Some(previous) = reports[..i]
            .iter()
            .enumerate()
            .filter(|(_, q)| q.periode.van <= q.periode.tot)
            .find(|(_, q)| p.van <= q.periode.tot && q.periode.van <= p.tot)
        {
            out.push(
                Finding::error(
                    format!("{path}.periode"),
                    format!(
                        "de periode {} t/m {} overlapt met die van rapportage {} ({} t/m {})",
                        long(p.van),
                        long(p.tot),
                        previous.0 + 1,
                        long(previous.1.periode.van),
                        long(previous.1.periode.tot)
                    ),
                )
                .hint("laat elke periode beginnen na de laatste dag van de vorige"),
            );
        }
    }
}

fn seen_before_written(path: &str, gezien: NaiveDate, datum: NaiveDate) -> Finding {
    Finding::error(
        format!("{path}.gezien_door_werknemer"),
        format!(
            "de werknemer zag de rapportage ({}) vóór zij was opgesteld ({})",
            long(gezien),
            long(datum)
        ),
    )
    .hint("controleer beide datums")
}

fn check_final_report(j: &Journal, out: &mut Vec<Finding>) {
    let Some(e) = &j.eindrapportage else {
        return;
    };
    let (start, _) = trajectory_span(j);
    if e.datum < start {
        out.push(
            Finding::error(
                "eindrapportage.datum",
                format!(
                    "de eindrapportage is gedateerd ({}) vóór de aanmelding ({})",
                    long(e.datum),
                    long(start)
                ),
            )
            .hint("controleer de datum"),
        );
    }
    if let Some(gezien) = e.gezien_door_werknemer
        && gezien < e.datum
    {
        out.push(seen_before_written("eindrapportage", gezien, e.datum));
    }
    if let Some(last) = j.voortgangsrapportages.iter().map(|r| r.periode.tot).max()
        && e.datum < last
    {
        out.push(
            Finding::error(
                "eindrapportage.datum",
                format!(
                    "de eindrapportage is gedateerd ({}) vóór het einde van de laatste voortgangsperiode ({})",
                    long(e.datum),
                    long(last)
                ),
            )
            .hint("de eindrapportage sluit het traject af en komt na de laatste voortgangsrapportage"),
        );
    }
    if j.traject.einddatum.is_none() {
        out.push(
            Finding::warning(
                "traject.einddatum",
                "er is een eindrapportage, maar het traject heeft geen einddatum",
            )
            .rule("einddatum")
            .hint("vul traject.einddatum in met de datum waarop het traject eindigde"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::bsn_problem;

    #[test]
    fn the_bsn_passes_the_elfproef_or_says_why_not() {
        // Numbers from the range set aside for testing (999...), never a
        // real person's.
        let cases = [
            ("999990019", None),
            ("999990032", None),
            (" 999990044 ", None),
            ("999990018", Some("het BSN voldoet niet aan de elfproef")),
            ("999990033", Some("het BSN voldoet niet aan de elfproef")),
            (
                "99999001",
                Some("het BSN heeft 8 cijfers; een BSN heeft er 9"),
            ),
            (
                "9999900190",
                Some("het BSN heeft 10 cijfers; een BSN heeft er 9"),
            ),
            (
                "9999 0019",
                Some("het BSN bevat tekens die geen cijfer zijn"),
            ),
            (
                "99999001a",
                Some("het BSN bevat tekens die geen cijfer zijn"),
            ),
            ("", Some("het BSN is leeg")),
        ];
        for (bsn, expected) in cases {
            assert_eq!(bsn_problem(bsn).as_deref(), expected, "{bsn:?}");
        }
    }
}
