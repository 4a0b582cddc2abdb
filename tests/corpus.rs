//! A corpus of broken and awkward journals, each with the exact message and
//! exit status it must give. Together with the cases in check.rs,
//! compliance.rs and faults.rs this is the bad-input corpus of
//! docs/garanties.md.

mod common;

use common::*;

fn edited(edits: &[(&str, &str)]) -> String {
    let mut text = MINIMAL.to_string();
    for (from, to) in edits {
        assert!(text.contains(from), "fixture has no {from:?}");
        text = text.replacen(from, to, 1);
    }
    text
}

fn check_bytes(bytes: &[u8]) -> (i32, String) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("dossier.yaml"), bytes).unwrap();
    let o = bin()
        .args(["check", "--peildatum", "2026-04-20", "dossier.yaml"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(stderr(&o).is_empty(), "unexpected stderr: {}", stderr(&o));
    (code(&o), stdout(&o))
}

/// (name, input, exit status, exact output)
fn cases() -> Vec<(&'static str, Vec<u8>, i32, String)> {
    let one = |s: &str| format!("{s}dossier.yaml: 1 fout\n");
    vec![
        (
            "not YAML structure at all",
            b"dit is gewoon tekst zonder structuur\n".to_vec(),
            1,
            one("dossier.yaml:1:1: fout: een dossier is een groep velden (sleutel: waarde), maar dit bestand bevat een tekst\n  hulp: begin met 'versie: 2' en de velden van een dossier (zie docs/dossierformaat.md)\n"),
        ),
        (
            "only whitespace",
            b"  \n\n\t\n".to_vec(),
            1,
            one("dossier.yaml: fout: het bestand is leeg\n  hulp: begin met 'versie: 2' en de velden van een dossier (zie docs/dossierformaat.md)\n"),
        ),
        (
            "a PNG image",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR".to_vec(),
            1,
            one("dossier.yaml:3:1: fout: het bestand bevat binaire gegevens en is geen tekstbestand\n  hulp: een dossier is een tekstbestand in UTF-8 (zie docs/dossierformaat.md)\n"),
        ),
        (
            "a list as a key",
            b"[a]: b\n".to_vec(),
            1,
            one("dossier.yaml:1:1: fout[yaml]: een sleutel moet een woord zijn, geen lijst of groep\n  hulp: schrijf de sleutel als 'naam:' gevolgd door de waarde\n"),
        ),
        (
            "two documents",
            edited(&[("versie: 1", "versie: 1\n---\nversie: 1")]).into_bytes(),
            1,
            one("dossier.yaml:2:1: fout[yaml]: het bestand bevat meer dan één YAML-document\n  hulp: zet één dossier per bestand en verwijder de tweede '---'\n"),
        ),
        (
            "an alias to an unknown anchor",
            edited(&[("versie: 1", "versie: *onbekend")]).into_bytes(),
            1,
            one("dossier.yaml:1:9: fout[yaml]: verwijzing (*alias) naar een anker dat niet bestaat\n  hulp: verwijder de verwijzing, of zet tekst die met * begint tussen aanhalingstekens\n"),
        ),
        (
            "an unclosed quote",
            edited(&[("  naam: Test Werknemer", "  naam: \"Test Werknemer")]).into_bytes(),
            1,
            one("dossier.yaml:4:9: fout[yaml]: een tekst tussen aanhalingstekens wordt niet afgesloten\n  hulp: sluit de tekst af met hetzelfde aanhalingsteken als waarmee hij begint\n"),
        ),
        (
            "wrong types in several places",
            edited(&[
                ("versie: 1", "versie: een"),
                ("werknemer:\n  naam: Test Werknemer\n  functie: Magazijnmedewerker\n  uren_per_week: 32", "werknemer: Test Werknemer"),
                ("ziekteperiodes:\n  - van: 2025-03-10", "ziekteperiodes:\n  van: 2025-03-10"),
            ])
            .into_bytes(),
            1,
            "dossier.yaml:1:9: fout: versie: verwacht een geheel getal, maar hier staat de tekst 'een'\n  hulp: schrijf alleen het getal, zonder tekst\n\
dossier.yaml:3:12: fout: werknemer: verwacht een groep velden (sleutel: waarde), maar hier staat de tekst 'Test Werknemer'\n  hulp: schrijf de velden eronder, ingesprongen, als 'sleutel: waarde'\n\
dossier.yaml:15:6: fout: ziekteperiodes: verwacht een lijst (regels die beginnen met '- '), maar hier staat een groep velden\n  hulp: schrijf elk item op een eigen regel die begint met '- '\n\
dossier.yaml: 3 fouten\n".to_string(),
        ),
        (
            "a missing section",
            edited(&[("grondslag:", "oude_grondslag:")]).into_bytes(),
            1,
            "dossier.yaml:1:1: fout: het verplichte veld 'grondslag' ontbreekt\n  hulp: voeg 'grondslag:' toe bovenaan het bestand (de grondslag van de zoektocht: belastbaarheid, arbeidsdeskundig advies en zoekprofiel)\n\
dossier.yaml:24:1: fout: oude_grondslag: onbekend veld 'oude_grondslag'\n  hulp: verwijder het of kies een bestaand veld: activiteiten, bewaartermijn, bureau, deskundigenoordeel, dossier, eindrapportage, geanonimiseerd, grondslag, maatregelen, normen, notities, persoonsprofiel, poortwachter, privacy_akkoord, sollicitaties, spoor1, traject, trajectplan, verlenging, versie, voortgangsrapportages, werkgever, werkgevercontacten, werknemer, ziekteperiodes\n\
dossier.yaml: 2 fouten\n".to_string(),
        ),
        (
            "a number where a date belongs",
            edited(&[("intake: 2026-03-09", "intake: 20260309")]).into_bytes(),
            1,
            one("dossier.yaml:21:11: fout: traject.intake: '20260309' is geen datum\n  hulp: schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-09\n"),
        ),
        (
            "a date with a time",
            edited(&[("intake: 2026-03-09", "intake: 2026-03-09T10:00")]).into_bytes(),
            1,
            one("dossier.yaml:21:11: fout: traject.intake: '2026-03-09T10:00' is geen datum\n  hulp: schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-09\n"),
        ),
        (
            "a single-digit month",
            edited(&[("intake: 2026-03-09", "intake: 2026-3-9")]).into_bytes(),
            1,
            one("dossier.yaml:21:11: fout: traject.intake: '2026-3-9' is niet in de vorm JJJJ-MM-DD\n  hulp: schrijf 2026-03-09\n"),
        ),
        (
            "hours out of range",
            edited(&[("uren_per_week: 32", "uren_per_week: 80")]).into_bytes(),
            1,
            one("dossier.yaml:6:18: fout: werknemer.uren_per_week: 80 ligt buiten het toegestane bereik\n  hulp: geef een waarde tussen 0,5 en 60\n"),
        ),
        (
            "an enumeration value in the wrong case",
            edited(&[("rapportage: maandelijks", "rapportage: Maandelijks")]).into_bytes(),
            1,
            one("dossier.yaml:23:15: fout: traject.rapportage: onbekende waarde 'Maandelijks'\n  hulp: bedoelt u 'maandelijks'? Toegestaan: maandelijks, zeswekelijks, driemaandelijks\n"),
        ),
        (
            "an empty required text",
            edited(&[("  naam: Test Werknemer", "  naam: \"\"")]).into_bytes(),
            1,
            one("dossier.yaml:4:9: fout: werknemer.naam: dit veld is leeg\n  hulp: vul het in (volledige naam)\n"),
        ),
        (
            "a required field without a value",
            edited(&[("  naam: Test Werknemer", "  naam:")]).into_bytes(),
            1,
            one("dossier.yaml:4:3: fout: werknemer.naam: dit veld is leeg\n  hulp: vul tekst in (volledige naam)\n"),
        ),
        (
            "a list where text belongs",
            edited(&[("  naam: Testbureau", "  naam: [Testbureau, ander]")]).into_bytes(),
            1,
            one("dossier.yaml:13:9: fout: bureau.naam: verwacht tekst, maar hier staat een lijst\n  hulp: pas de waarde aan (naam van het re-integratiebureau)\n"),
        ),
        (
            "an open sick period that is not the last",
            edited(&[("  - van: 2025-03-10", "  - van: 2025-03-10\n  - van: 2025-06-01")]).into_bytes(),
            1,
            one("dossier.yaml:18:8: fout: ziekteperiodes[1].tot: alleen de laatste ziekteperiode mag zonder einddatum zijn\n  hulp: vul de laatste ziektedag van deze periode in (vóór 1 juni 2025)\n"),
        ),
        (
            "hours of the search profile the wrong way round",
            edited(&[("uren_per_week: {min: 24, max: 32}", "uren_per_week: {min: 32, max: 24}")]).into_bytes(),
            1,
            one("dossier.yaml:41:26: fout: grondslag.zoekprofiel.uren_per_week.min: het minimum (32) is groter dan het maximum (24)\n  hulp: verwissel 'min' en 'max'\n"),
        ),
    ]
}

#[test]
fn every_corpus_case_gives_its_message_and_status() {
    for (name, input, status, expected) in cases() {
        let (code, out) = check_bytes(&input);
        assert_eq!(out, expected, "case: {name}");
        assert_eq!(code, status, "case: {name}");
    }
}

#[test]
fn a_billion_laughs_is_refused_before_it_is_expanded() {
    let mut text = String::from("versie: 1\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..12 {
        let p = i - 1;
        text.push_str(&format!(
            "a{i}: &a{i} [{}]\n",
            vec![format!("*a{p}"); 10].join(", ")
        ));
    }
    let (code, out) = check_bytes(text.as_bytes());
    assert_eq!(code, 1);
    assert!(out.starts_with("dossier.yaml:8:"), "{out}");
    assert!(
        out.contains("fout[yaml]: de YAML-verwijzingen (&anker en *alias) zouden meer dan 2000000 waarden opleveren\n  hulp: gebruik geen ankers en verwijzingen; schrijf de gegevens gewoon uit\n"),
        "{out}"
    );
}

#[test]
fn deep_nesting_is_refused() {
    let text = format!("versie: 1\nx: {}{}\n", "[".repeat(500), "]".repeat(500));
    let (code, out) = check_bytes(text.as_bytes());
    assert_eq!(code, 1);
    assert_eq!(
        out,
        "dossier.yaml:2:259: fout[yaml]: het bestand is te diep genest\n  hulp: een dossier heeft hooguit een paar niveaus; controleer de haakjes en de inspringing\ndossier.yaml: 1 fout\n"
    );
}

#[test]
fn a_megabyte_string_and_a_hundred_thousand_activities_are_handled() {
    let big = "a".repeat(1024 * 1024);
    let text = edited(&[(
        "omschrijving: Eerste coachingsgesprek.",
        &format!("omschrijving: {big}"),
    )]);
    let (code, out) = check_bytes(text.as_bytes());
    let clean = format!("{}dossier.yaml: in orde\n", v1_advice("dossier.yaml", 1));
    assert_eq!((code, out.as_str()), (0, clean.as_str()));

    let mut many = String::new();
    for i in 0..100_000 {
        many.push_str(&format!(
            "  - datum: 2026-03-{:02}\n    soort: overig\n    omschrijving: Activiteit {i}.\n",
            16 + i % 15
        ));
    }
    let text = edited(&[("activiteiten:\n", &format!("activiteiten:\n{many}"))]);
    let (code, out) = check_bytes(text.as_bytes());
    let clean = format!("{}dossier.yaml: in orde\n", v1_advice("dossier.yaml", 1));
    assert_eq!((code, out.as_str()), (0, clean.as_str()));
}

#[test]
fn a_file_that_cannot_be_read_is_an_io_failure() {
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink("/bestaat/niet.yaml", dir.path().join("kapot.yaml")).unwrap();
    let o = bin()
        .args(["check", "kapot.yaml"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(code(&o), 3);
    assert_eq!(
        stderr(&o),
        "kapot.yaml: fout: kan het bestand niet lezen: het bestand of de map bestaat niet\n"
    );
}
