//! The WIA dossier read as UWV's arbeidsdeskundige reads it: every page
//! reference on the Beoordeling page points at the page where the cited
//! dates and figures stand, every figure is the same wherever it appears,
//! and every report shows the case as it stood on its own date.

mod common;

use std::path::{Path, PathBuf};

use common::*;
use serde_yaml::Value;

const SAMPLES: [&str; 3] = ["afgerond-plaatsing", "lopend-traject", "wia-aanvraag"];
const DOSSIERDATUM: &str = "2026-11-22";

fn dossier_of(sample: &str, dir: &Path) -> PathBuf {
    let out = dir.join(format!("{sample}.pdf"));
    let o = run(&[
        "dossier",
        &format!("samples/{sample}.yaml"),
        "--datum",
        DOSSIERDATUM,
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    out
}

/// Every "8 december 2025" in squashed text ("8december2025"), with its
/// short form ("08-12-2025").
fn dates_in(text: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for (m, month) in MONTHS.iter().enumerate() {
        for (start, _) in text.match_indices(month) {
            let digits_before: Vec<char> = text[..start]
                .chars()
                .rev()
                .take_while(|c| c.is_ascii_digit())
                .take(2)
                .collect();
            let year: String = text[start + month.len()..]
                .chars()
                .take_while(|c| c.is_ascii_digit())
                .collect();
            if digits_before.is_empty() || year.len() != 4 {
                continue;
            }
            let mut day: u32 = digits_before
                .iter()
                .rev()
                .collect::<String>()
                .parse()
                .unwrap();
            if day > 31 {
                day %= 10;
            }
            found.push((
                format!("{day}{month}{year}"),
                format!("{day:02}-{:02}-{year}", m + 1),
            ));
        }
    }
    found
}

/// The references "(blz.N)" or "(blz.N–M)" in a squashed page, each with
/// the evidence sentence before it (from the previous reference or the
/// question's "?").
fn references(page: &str) -> Vec<(String, usize, usize)> {
    let mut out = Vec::new();
    let mut rest = page;
    while let Some(at) = rest.find("(blz.") {
        let before = &rest[..at];
        let sentence = before.rsplit('?').next().unwrap_or(before).to_string();
        let after = &rest[at + "(blz.".len()..];
        let close = after.find(')').unwrap();
        let range = &after[..close];
        let (van, tot) = match range.split_once('–') {
            Some((a, b)) => (a.parse().unwrap(), b.parse().unwrap()),
            None => {
                let n: usize = range.parse().unwrap();
                (n, n)
            }
        };
        out.push((sentence, van, tot));
        rest = &after[close + 1..];
    }
    out
}

/// The page (1-based) whose text holds `needle`, after the table of
/// contents.
fn page_with(pages: &[String], needle: &str) -> usize {
    let needle = squash(needle);
    pages
        .iter()
        .enumerate()
        .skip(2)
        .find(|(_, p)| p.contains(&needle))
        .map(|(i, _)| i + 1)
        .unwrap_or_else(|| panic!("no page with {needle:?}"))
}

#[test]
fn every_page_reference_on_the_beoordeling_page_points_at_the_evidence() {
    let dir = tempfile::tempdir().unwrap();
    for sample in SAMPLES {
        let pages = squashed_pages(&dossier_of(sample, dir.path()));
        let at = page_with(&pages, "2. Beoordeling spoor 2");
        let page = &pages[at - 1];
        let refs = references(page);
        assert!(refs.len() >= 10, "{sample}: only {} references", refs.len());
        let mut dates_checked = 0;
        for (sentence, van, tot) in refs {
            assert!(
                van <= tot && tot <= pages.len(),
                "{sample}: blz. {van}–{tot}"
            );
            let cited: String = pages[van - 1..tot].concat();
            for (long, short) in dates_in(&sentence) {
                assert!(
                    cited.contains(&long) || cited.contains(&short),
                    "{sample}: {long} from {sentence:?} is not on blz. {van}–{tot}:\n{cited}"
                );
                dates_checked += 1;
            }
            // Every figure with a decimal comma ("35,7", "0,28") stands
            // there too.
            for figure in sentence
                .split(|c: char| !(c.is_ascii_digit() || c == ','))
                .filter(|t| {
                    t.contains(',') && t.len() > 2 && !t.starts_with(',') && !t.ends_with(',')
                })
            {
                assert!(
                    cited.contains(figure),
                    "{sample}: {figure} from {sentence:?} is not on blz. {van}–{tot}"
                );
            }
        }
        assert!(dates_checked >= 8, "{sample}: {dates_checked} dates");
    }
}

/// Whether a value of a YAML date field falls in the span.
fn in_span(v: &Value, field: &str, from: &str, to: &str) -> bool {
    let d = v[field].as_str().unwrap_or_default();
    from <= d && d <= to
}

fn yaml(sample: &str) -> Value {
    serde_yaml::from_str(
        &std::fs::read_to_string(root().join(format!("samples/{sample}.yaml"))).unwrap(),
    )
    .unwrap()
}

#[test]
fn the_figures_are_the_same_on_every_page_and_recomputable() {
    let dir = tempfile::tempdir().unwrap();
    for sample in SAMPLES {
        // Counted here from the journal itself: from the startdatum to the
        // einddatum (or the dossier's date), both included.
        let j = yaml(sample);
        let start = j["traject"]["startdatum"].as_str().unwrap().to_string();
        let end = j["traject"]["einddatum"]
            .as_str()
            .map(str::to_string)
            .unwrap_or_else(|| DOSSIERDATUM.to_string());
        let count = |list: &str| {
            j[list].as_sequence().map_or(0, |s| {
                s.iter()
                    .filter(|e| in_span(e, "datum", &start, &end))
                    .count()
            })
        };
        let (activities, applications) = (count("activiteiten"), count("sollicitaties"));
        let day = |s: &str| {
            let p: Vec<i64> = s.split('-').map(|x| x.parse().unwrap()).collect();
            // Days since 2000 by the proleptic Gregorian calendar.
            let (y, m, d) = (p[0], p[1], p[2]);
            let (y, m) = if m <= 2 { (y - 1, m + 12) } else { (y, m) };
            365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d
        };
        let days = day(&end) - day(&start) + 1;

        let text = squash(&pdf_text(&dossier_of(sample, dir.path())));
        let activity_word = if activities == 1 {
            "activiteit"
        } else {
            "activiteiten"
        };
        let application_word = if applications == 1 {
            "sollicitatie"
        } else {
            "sollicitaties"
        };
        // The Beoordeling page, the embedded eindrapportage (if any): the
        // same days, activities and applications.
        let phrase = squash(&format!(
            "({days} dagen, {} weken): {activities} {activity_word} en {applications} {application_word}",
            format!("{:.1}", days as f64 / 7.0).replace('.', ",")
        ));
        let occurrences = text.matches(&phrase).count();
        // The Beoordeling page, and the eindrapportage where there is one.
        // (and the last report, when its period ends with the trajectory)
        let expected = if j["eindrapportage"].is_mapping() {
            2
        } else {
            1
        };
        assert!(
            occurrences >= expected,
            "{sample}: {phrase:?} {occurrences} times in\n{text}"
        );
        // The summary and the table of figures say the same.
        assert!(
            text.contains(&squash(&format!("Duur {days} dagen"))),
            "{sample}"
        );
        assert!(
            text.contains(&squash(&format!(
                "Activiteiten {activities} Sollicitaties {applications}"
            ))),
            "{sample}: {text}"
        );
    }
}

/// A journal cut at a date by this test's own rule: entries dated later
/// removed, later decisions not yet known.
fn cut(j: &Value, on: &str) -> Value {
    let mut j = j.clone();
    let later = |v: &Value, field: &str| v[field].as_str().is_some_and(|d| d > on);
    for list in [
        "activiteiten",
        "sollicitaties",
        "werkgevercontacten",
        "maatregelen",
        "voortgangsrapportages",
    ] {
        if let Some(seq) = j.get_mut(list).and_then(Value::as_sequence_mut) {
            seq.retain(|e| !later(e, "datum"));
        }
    }
    if let Some(seq) = j.get_mut("sollicitaties").and_then(Value::as_sequence_mut) {
        for s in seq.iter_mut() {
            if later(s, "status_datum") {
                let m = s.as_mapping_mut().unwrap();
                m.insert("status".into(), "verstuurd".into());
                m.remove("resultaat");
                m.remove("status_datum");
            }
        }
    }
    if let Some(seq) = j["grondslag"]
        .get_mut("zoekprofielwijzigingen")
        .and_then(Value::as_sequence_mut)
    {
        seq.retain(|e| !later(e, "ingangsdatum"));
    }
    if let Some(plan) = j.get_mut("trajectplan").and_then(Value::as_mapping_mut) {
        for field in ["akkoord_werknemer", "akkoord_werkgever"] {
            if plan
                .get(field)
                .and_then(Value::as_str)
                .is_some_and(|d| d > on)
            {
                plan.remove(field);
            }
        }
        if let Some(seq) = plan
            .get_mut("bijstellingen")
            .and_then(Value::as_sequence_mut)
        {
            seq.retain(|e| !later(e, "datum"));
        }
    }
    let oordeel_later = j
        .get("deskundigenoordeel")
        .is_some_and(|d| later(d, "aanvraagdatum"));
    if oordeel_later {
        j.as_mapping_mut().unwrap().remove("deskundigenoordeel");
    } else if let Some(d) = j
        .get_mut("deskundigenoordeel")
        .and_then(Value::as_mapping_mut)
    {
        if d.get("datum")
            .and_then(Value::as_str)
            .is_some_and(|x| x > on)
        {
            d.remove("datum");
            d.remove("uitkomst");
        }
        let known = d
            .get("opvolging_datum")
            .and_then(Value::as_str)
            .is_some_and(|x| x <= on);
        if !known {
            d.remove("opvolging");
            d.remove("opvolging_datum");
        }
    }
    let grondslag = j["grondslag"].as_mapping_mut().unwrap();
    if grondslag
        .get("actueel_oordeel")
        .is_some_and(|a| later(a, "datum"))
    {
        grondslag.remove("actueel_oordeel");
    }
    if j.get("spoor1").is_some_and(|s| later(s, "datum")) {
        j.as_mapping_mut().unwrap().remove("spoor1");
    }
    if let Some(steps) = j.get_mut("poortwachter").and_then(Value::as_mapping_mut) {
        steps.retain(|_, d| d.as_str().is_none_or(|d| d <= on));
    }
    if j.get("eindrapportage").is_some_and(|e| later(e, "datum")) {
        j.as_mapping_mut().unwrap().remove("eindrapportage");
    }
    if later(&j["traject"], "einddatum") {
        j["traject"].as_mapping_mut().unwrap().remove("einddatum");
    }
    j
}

#[test]
fn each_report_shows_the_case_as_it_stood_on_its_date() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        root().join("samples/bureau.yaml"),
        dir.path().join("bureau.yaml"),
    )
    .unwrap();
    for entry in std::fs::read_dir(root().join("samples")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "svg") {
            std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
        }
    }
    let mut compared = 0;
    for sample in SAMPLES {
        let j = yaml(sample);
        let whole = dir.path().join(format!("{sample}.yaml"));
        std::fs::write(&whole, serde_yaml::to_string(&j).unwrap()).unwrap();
        let o = run_in(
            dir.path(),
            &["render", whole.to_str().unwrap(), "-o", "heel"],
        );
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        let dossier = j["dossier"].as_str().unwrap();
        let reports = j["voortgangsrapportages"].as_sequence().unwrap();
        // Period order is the numbering order.
        let mut dated: Vec<(String, String)> = reports
            .iter()
            .map(|r| {
                (
                    r["periode"]["van"].as_str().unwrap().to_string(),
                    r["datum"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        dated.sort();
        for (i, (_, datum)) in dated.iter().enumerate() {
            let number = i + 1;
            let sub = dir.path().join(format!("{sample}-{number}"));
            std::fs::create_dir(&sub).unwrap();
            for f in std::fs::read_dir(dir.path()).unwrap() {
                let f = f.unwrap().path();
                if f.extension().is_some_and(|e| e == "svg")
                    || f.file_name().unwrap() == "bureau.yaml"
                {
                    std::fs::copy(&f, sub.join(f.file_name().unwrap())).unwrap();
                }
            }
            let cut_path = sub.join(format!("{sample}.yaml"));
            std::fs::write(&cut_path, serde_yaml::to_string(&cut(&j, datum)).unwrap()).unwrap();
            let o = run_in(&sub, &["render", cut_path.to_str().unwrap(), "-o", "uit"]);
            assert_eq!(code(&o), 0, "{sample} cut at {datum}: {}", stderr(&o));
            let name = format!("{dossier}-voortgangsrapportage-{number:02}.pdf");
            let from_whole = pdf_text(&dir.path().join("heel").join(&name));
            let from_cut = pdf_text(&sub.join("uit").join(&name));
            assert_eq!(
                squash(&from_whole),
                squash(&from_cut),
                "{sample}: report {number} (dated {datum}) shows something from after its date"
            );
            compared += 1;
        }
    }
    assert_eq!(compared, 10);
}

#[test]
fn a_sent_report_does_not_change_silently() {
    let dir = samples_copy();
    let journal = dir.path().join("wia-aanvraag.yaml");
    let report = "uit/S2-2025-204-voortgangsrapportage-01.pdf";
    let render = |peildatum: &str| {
        let o = run_in(
            dir.path(),
            &[
                "render",
                "wia-aanvraag.yaml",
                "-o",
                "uit",
                "--peildatum",
                peildatum,
            ],
        );
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        o
    };
    // Seen and sent: recorded when first made.
    render("2026-11-22");
    let record = dir.path().join("wia-aanvraag.vastgelegd.json");
    let recorded = std::fs::read_to_string(&record).unwrap();
    assert_eq!(recorded.matches("\"versie\": 1,").count(), 4, "{recorded}");

    // The coach changes report 1's text afterwards.
    let original = std::fs::read_to_string(&journal).unwrap();
    let changed = original.replacen(
        "      zijn twee sollicitaties verstuurd.",
        "      zijn drie sollicitaties verstuurd.",
        1,
    );
    assert_ne!(changed, original);
    std::fs::write(&journal, &changed).unwrap();
    let o = run_in(
        dir.path(),
        &["check", "wia-aanvraag.yaml", "--peildatum", "2026-11-22"],
    );
    assert!(
        stdout(&o).contains("wia-aanvraag.yaml:350:12: waarschuwing[vastgelegd]: voortgangsrapportages[1]: voortgangsrapportage 1 is veranderd nadat de werknemer haar zag of de werkgever haar kreeg (vastgelegd op 22 november 2026, versie 1); wat anders is: voortgangsrapportages[1].voortgang. De rapportage en het WIA-dossier houden de vastgelegde versie\n  hulp: zet de tekst terug, of maak bewust een nieuwe versie: vul bij deze rapportage nieuwe_versie in met datum en reden\n"),
        "{}",
        stdout(&o)
    );
    // The report and the dossier keep what was sent.
    render("2026-11-22");
    let sent = squash(&pdf_text(&dir.path().join(report)));
    assert!(
        sent.contains(&squash("zijn twee sollicitaties verstuurd")),
        "{sent}"
    );
    assert!(!sent.contains(&squash("drie sollicitaties")), "{sent}");
    let o = run_in(
        dir.path(),
        &[
            "dossier",
            "wia-aanvraag.yaml",
            "--datum",
            "2026-11-22",
            "-o",
            "d.pdf",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let dossier = squash(&pdf_text(&dir.path().join("d.pdf")));
    assert!(dossier.contains(&squash("zijn twee sollicitaties verstuurd")));
    assert!(!dossier.contains(&squash("drie sollicitaties verstuurd")));

    // A deliberate new version says so on its first page, and is recorded.
    let new_version = changed.replacen(
        "    verzonden_aan_werkgever: 2026-03-12\n",
        "    verzonden_aan_werkgever: 2026-03-12\n    nieuwe_versie:\n      datum: 2026-11-23\n      reden: De sollicitatie van 9 maart telde niet mee.\n",
        1,
    );
    assert_ne!(new_version, changed);
    std::fs::write(&journal, &new_version).unwrap();
    render("2026-11-23");
    let o = run_in(
        dir.path(),
        &["check", "wia-aanvraag.yaml", "--peildatum", "2026-11-23"],
    );
    assert!(!stdout(&o).contains("[vastgelegd]"), "{}", stdout(&o));
    let page = squash(&pdf_text(&dir.path().join(report)));
    assert!(
        page.contains(&squash("zijn drie sollicitaties verstuurd")),
        "{page}"
    );
    assert!(
        page.contains(&squash("Nieuwe versie van 23 november 2026. Deze versie vervangt de versie van 10 maart 2026 die de werknemer zag of de werkgever kreeg. Reden: De sollicitatie van 9 maart telde niet mee.")),
        "{page}"
    );
    let recorded = std::fs::read_to_string(&record).unwrap();
    assert!(recorded.contains("\"versie\": 2,"), "{recorded}");
}
