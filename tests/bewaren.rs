//! Retention and anonymisation (AVG): the bewaartermijn warning with the
//! date it passed, the overview's list of cases due for removal, and
//! `spoor2 anonimiseer` leaving a journal that checks, renders nothing
//! personal and gives the same yearly figures as the original.

mod common;

use std::path::Path;

use common::*;

const ENDED: &str = "afgerond-plaatsing.yaml";

#[test]
fn a_journal_past_its_term_warns_with_the_date_it_passed() {
    let dir = samples_copy();
    // The sample's trajectory ended on 31 March 2026; the bureau keeps two
    // years (the default).
    let o = run_in(dir.path(), &["check", ENDED, "--peildatum", "2028-03-30"]);
    assert!(!stdout(&o).contains("bewaartermijn"), "{}", stdout(&o));
    let o = run_in(dir.path(), &["check", ENDED, "--peildatum", "2028-03-31"]);
    assert_eq!(code(&o), 0, "a warning, not an error");
    assert!(
        stdout(&o).contains(
            "afgerond-plaatsing.yaml:39:14: waarschuwing[bewaartermijn]: traject.einddatum: de bewaartermijn is verstreken op 31 maart 2028: 2 jaar na de einddatum van het traject (31 maart 2026)\n  hulp: verwijder het dossier met zijn rapportages, of maak het anoniem met spoor2 anonimiseer (AVG: niet langer bewaren dan nodig); moet het langer bewaard blijven, leg dan onder bewaartermijn vast tot wanneer en waarom\n"
        ),
        "{}",
        stdout(&o)
    );

    // The bureau keeps five years.
    let bureau = std::fs::read_to_string(dir.path().join("bureau.yaml")).unwrap();
    write(
        dir.path(),
        "bureau.yaml",
        &format!("{bureau}bewaartermijn_jaren: 5\n"),
    );
    let o = run_in(dir.path(), &["check", ENDED, "--peildatum", "2031-03-30"]);
    assert!(!stdout(&o).contains("bewaartermijn"), "{}", stdout(&o));
    let o = run_in(dir.path(), &["check", ENDED, "--peildatum", "2031-04-01"]);
    assert!(
        stdout(&o).contains("de bewaartermijn is verstreken op 31 maart 2031: 5 jaar na de einddatum van het traject (31 maart 2026)"),
        "{}",
        stdout(&o)
    );

    // The case's own term, with its reason, overrides the bureau's.
    let journal = std::fs::read_to_string(dir.path().join(ENDED)).unwrap();
    write(
        dir.path(),
        ENDED,
        &format!(
            "{journal}bewaartermijn:\n  tot: 2033-01-01\n  reden: Procedure over de loonsanctie loopt bij de rechter.\n"
        ),
    );
    let o = run_in(dir.path(), &["check", ENDED, "--peildatum", "2032-06-01"]);
    assert!(!stdout(&o).contains("bewaartermijn"), "{}", stdout(&o));
    let o = run_in(dir.path(), &["check", ENDED, "--peildatum", "2033-01-01"]);
    let line = stdout(&o)
        .lines()
        .find(|l| l.contains("[bewaartermijn]"))
        .unwrap_or_default()
        .to_string();
    assert!(
        line.ends_with("waarschuwing[bewaartermijn]: bewaartermijn.tot: de bewaartermijn van dit dossier is verstreken op 1 januari 2033"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn the_overview_lists_the_cases_due_for_removal() {
    let dir = samples_copy();
    let o = run_in(
        dir.path(),
        &[
            "overzicht",
            ".",
            "--peildatum",
            "2028-05-01",
            "--format",
            "csv",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let csv = stdout(&o);
    let header = csv.lines().next().unwrap();
    assert!(
        header.ends_with(";\"afgerond\";\"bewaren_tot\";\"bewaartermijn_verstreken\""),
        "{header}"
    );
    let row = |dossier: &str| {
        csv.lines()
            .find(|l| l.contains(dossier))
            .unwrap()
            .to_string()
    };
    assert!(
        row("S2-2025-118").ends_with(";\"2028-03-31\";\"ja\""),
        "{csv}"
    );
    assert!(
        row("S2-2025-204").ends_with(";\"2028-08-14\";\"nee\""),
        "{csv}"
    );
    assert!(row("S2-2026-031").ends_with(";\"\";\"nee\""), "{csv}");

    let o = run_in(
        dir.path(),
        &["overzicht", ".", "--peildatum", "2028-05-01", "-o", "o.pdf"],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let text = squash(&pdf_text(&dir.path().join("o.pdf")));
    let section = &text[text.find("Bewaartermijnverstreken").expect("the section")..];
    assert!(
        section.contains(&squash(
            "S2-2025-118 Mehmet Yıldız Fatima el Amrani 31 maart 2028"
        )),
        "{section}"
    );
    assert!(!section.contains("S2-2025-204"), "{section}");
}

/// Names, the BSN and the free-text sentences of a journal, from its YAML.
fn personal(journal: &Path) -> (Vec<String>, Vec<String>) {
    let yaml: serde_yaml::Value =
        serde_yaml::from_str(&std::fs::read_to_string(journal).unwrap()).unwrap();
    const FREE: &[&str] = &[
        "samenvatting",
        "passende_arbeid",
        "onderbouwing",
        "reden",
        "omschrijving",
        "resultaat",
        "voortgang",
        "belemmeringen",
        "inzet_werknemer",
        "afspraken",
        "visie_werknemer",
        "conclusie",
        "advies",
        "doel",
        "inhoud",
        "rapportage_en_evaluatie",
        "wensen",
        "werkervaring",
        "opleiding",
        "vaardigheden",
        "onderwerp",
        "uitkomst",
        "vraag",
        "opvolging",
        "passend_omdat",
        "wijziging",
        "notities",
        "regio",
        "plaats",
    ];
    let mut names = Vec::new();
    let mut texts = Vec::new();
    fn walk(
        v: &serde_yaml::Value,
        key: &str,
        parent: &str,
        names: &mut Vec<String>,
        texts: &mut Vec<String>,
    ) {
        match v {
            serde_yaml::Value::Mapping(m) => {
                for (k, child) in m {
                    walk(child, k.as_str().unwrap_or(""), key, names, texts);
                }
            }
            serde_yaml::Value::Sequence(s) => {
                for child in s {
                    walk(child, key, parent, names, texts);
                }
            }
            serde_yaml::Value::String(s) => {
                // A phase's name (Bemiddeling) is a step, not a person.
                let is_name = (key == "naam" && parent != "bureau" && parent != "fasen")
                    || key == "met"
                    || key == "bsn"
                    || (key == "werkgever" && parent == "sollicitaties")
                    || key == "contact";
                if is_name {
                    names.push(s.clone());
                } else if FREE.contains(&key) {
                    texts.extend(
                        s.split(['.', '\n'])
                            .map(str::trim)
                            .filter(|t| t.chars().count() >= 20)
                            .map(str::to_string),
                    );
                }
            }
            _ => {}
        }
    }
    walk(&yaml, "", "", &mut names, &mut texts);
    (names, texts)
}

#[test]
fn an_anonymised_sample_checks_renders_nothing_personal_and_keeps_its_figures() {
    let dir = samples_copy();
    let figures = |year: &str| {
        let o = run_in(
            dir.path(),
            &["jaarcijfers", ".", "--jaar", year, "--format", "csv"],
        );
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        stdout(&o)
    };
    let before = (figures("2025"), figures("2026"));
    assert!(
        before.1.contains("\"Trajecten afgerond in 2026\";\"2\""),
        "{}",
        before.1
    );

    // The reports and a WIA dossier of every case, with a manifest.
    let o = run_in(dir.path(), &["render", ".", "-o", "rapportages"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    for (journal, dossier) in [(ENDED, "S2-2025-118"), ("wia-aanvraag.yaml", "S2-2025-204")] {
        let o = run_in(
            dir.path(),
            &[
                "dossier",
                journal,
                "--datum",
                "2026-11-24",
                "-o",
                &format!("rapportages/{dossier}-wia-dossier.pdf"),
            ],
        );
        assert_eq!(code(&o), 0, "{}", stderr(&o));
    }
    let (names, texts) = personal(&dir.path().join(ENDED));
    assert!(
        names.len() >= 10 && texts.len() >= 40,
        "{names:?} {texts:?}"
    );
    assert!(
        names.iter().any(|n| n == "999990032"),
        "the BSN is among them"
    );

    // Asked without a terminal and without --ja: nothing changes.
    let original = std::fs::read(dir.path().join(ENDED)).unwrap();
    let o = run_in(dir.path(), &["anonimiseer", ENDED]);
    assert_eq!(code(&o), 1);
    assert_eq!(
        stderr(&o),
        "afgerond-plaatsing.yaml: niets geanonimiseerd: bevestig met --ja (er wordt niets gevraagd zonder terminal)\n"
    );
    assert!(stdout(&o).contains("  - het BSN\n"), "{}", stdout(&o));
    assert!(
        stdout(&o).contains("  In rapportages: 6 bestanden van dit dossier en hun regels in het manifest worden verwijderd.\n"),
        "{}",
        stdout(&o)
    );
    assert_eq!(std::fs::read(dir.path().join(ENDED)).unwrap(), original);

    // A running trajectory is not anonymised.
    let o = run_in(dir.path(), &["anonimiseer", "lopend-traject.yaml", "--ja"]);
    assert_eq!(code(&o), 1);
    assert_eq!(
        stderr(&o),
        "lopend-traject.yaml: niets geanonimiseerd: het traject loopt nog (er is geen einddatum); anonimiseer een dossier pas als het traject is afgelopen\n"
    );

    for journal in [ENDED, "wia-aanvraag.yaml"] {
        let o = run_in(dir.path(), &["anonimiseer", journal, "--ja"]);
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        let done = stdout(&o);
        let last = done.lines().last().unwrap_or_default();
        // Four reports, the eindrapportage and the WIA dossier; three and
        // two for the other.
        let files = if journal == ENDED { 6 } else { 5 };
        assert!(
            last.starts_with(&format!("{journal}: geanonimiseerd als ANON-"))
                && last.ends_with(&format!("; {files} bestanden verwijderd uit rapportages")),
            "{done}"
        );
    }
    // What their seen and sent reports said went with them; the running
    // case keeps its record.
    for gone in ["afgerond-plaatsing", "wia-aanvraag"] {
        assert!(!dir.path().join(format!("{gone}.vastgelegd.json")).exists());
    }
    assert!(dir.path().join("lopend-traject.vastgelegd.json").exists());
    // Its PDFs and manifest entries are gone; the running case's stay.
    let left: Vec<String> = std::fs::read_dir(dir.path().join("rapportages"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(left.iter().all(|n| !n.starts_with("S2-2025-")), "{left:?}");
    assert_eq!(
        left.iter()
            .filter(|n| n.starts_with("S2-2026-031-"))
            .count(),
        3,
        "{left:?}"
    );
    let manifest =
        std::fs::read_to_string(dir.path().join("rapportages/.spoor2-manifest.json")).unwrap();
    assert!(!manifest.contains("S2-2025-"), "{manifest}");
    assert!(
        manifest.contains("S2-2026-031-voortgangsrapportage-01.pdf"),
        "{manifest}"
    );

    // The anonymised journals check without errors, and mark themselves.
    let o = run_in(dir.path(), &["check", ENDED, "wia-aanvraag.yaml"]);
    assert_eq!(code(&o), 0, "{}", stdout(&o));
    assert!(
        stdout(&o).ends_with("2 dossiers gecontroleerd, 0 met fouten\n"),
        "{}",
        stdout(&o)
    );
    let anonymised = std::fs::read_to_string(dir.path().join(ENDED)).unwrap();
    assert!(anonymised.contains("\ngeanonimiseerd: "), "{anonymised}");

    // Nothing personal in the journal or in anything made from it.
    let o = run_in(dir.path(), &["render", ENDED, "-o", "anoniem"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let o = run_in(
        dir.path(),
        &[
            "dossier",
            ENDED,
            "--datum",
            "2026-11-24",
            "-o",
            "anoniem/wia-dossier.pdf",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let mut made = String::new();
    let mut pdfs = 0;
    for entry in std::fs::read_dir(dir.path().join("anoniem")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "pdf") {
            made.push_str(&squash(&pdf_text(&path)));
            pdfs += 1;
        }
    }
    assert_eq!(pdfs, 6, "five reports and a WIA dossier");
    let yaml = squash(&anonymised);
    for name in &names {
        let name = squash(name);
        assert!(!made.contains(&name), "{name} in a PDF");
        assert!(!yaml.contains(&name), "{name} in the journal");
    }
    for sentence in &texts {
        let sentence = squash(sentence);
        assert!(!made.contains(&sentence), "{sentence} in a PDF");
        assert!(!yaml.contains(&sentence), "{sentence} in the journal");
    }
    // No comment of the coach survives: only the three header lines.
    assert!(
        anonymised.starts_with("# Geanonimiseerd dossier"),
        "{anonymised}"
    );
    assert_eq!(
        anonymised.lines().filter(|l| l.contains('#')).count(),
        3,
        "only the header: {anonymised}"
    );

    // The same yearly figures as the original.
    assert_eq!((figures("2025"), figures("2026")), before);
}
