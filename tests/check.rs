//! `spoor2 check` on fixture journals: exit status and the exact messages,
//! with file, line, column and field path.

mod common;

use common::*;

/// Just after the fixture's first report: the fixture is clean on this day.
const PEILDATUM: &str = "2026-04-20";

/// Writes MINIMAL with `edits` (search, replace) applied as `dossier.yaml`
/// and runs `check` on it; returns exit code and stdout.
fn check_edited(edits: &[(&str, &str)], extra_args: &[&str]) -> (i32, String) {
    let mut text = MINIMAL.to_string();
    for (from, to) in edits {
        assert!(text.contains(from), "fixture has no {from:?}");
        text = text.replacen(from, to, 1);
    }
    check_text(text.as_bytes(), extra_args)
}

fn check_text(bytes: &[u8], extra_args: &[&str]) -> (i32, String) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("dossier.yaml"), bytes).unwrap();
    let o = bin()
        .arg("check")
        .args(["--peildatum", PEILDATUM])
        .args(extra_args)
        .arg("dossier.yaml")
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(stderr(&o).is_empty(), "unexpected stderr: {}", stderr(&o));
    (code(&o), stdout(&o))
}

/// Each case (search, replace, expected finding) gives exactly that one
/// error and exit status 1.
fn assert_single_errors(cases: &[(&str, &str, &str)]) {
    for (from, to, expected) in cases {
        let (code, out) = check_edited(&[(from, to)], &[]);
        assert_eq!(
            out,
            format!("{expected}dossier.yaml: 1 fout\n"),
            "case {to:?}"
        );
        assert_eq!(code, 1, "case {to:?}");
    }
}

#[test]
fn a_clean_journal_is_in_order() {
    assert_eq!(
        check_edited(&[], &[]),
        (
            0,
            format!("{}dossier.yaml: in orde\n", v1_advice("dossier.yaml", 1))
        )
    );
}

#[test]
fn structural_findings_are_located_and_explained() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "  naam: Test Werknemer",
            "  naaam: Test Werknemer",
            "dossier.yaml:4:3: fout: werknemer.naaam: onbekend veld 'naaam'\n  hulp: bedoelt u 'naam'?\n",
        ),
        (
            "uren_per_week: 32",
            "uren_per_week: veel",
            "dossier.yaml:6:18: fout: werknemer.uren_per_week: verwacht een getal, maar hier staat de tekst 'veel'\n  hulp: schrijf alleen het getal, zonder tekst\n",
        ),
        (
            "uren_per_week: 32",
            "uren_per_week: -4",
            "dossier.yaml:6:18: fout: werknemer.uren_per_week: -4 ligt buiten het toegestane bereik\n  hulp: geef een waarde tussen 0,5 en 60\n",
        ),
        (
            "intake: 2026-03-09",
            "intake: 2026-02-30",
            "dossier.yaml:21:11: fout: traject.intake: '2026-02-30' bestaat niet: februari 2026 heeft 28 dagen\n  hulp: controleer de dag\n",
        ),
        (
            "intake: 2026-03-09",
            "intake: 09-03-2026",
            "dossier.yaml:21:11: fout: traject.intake: de datum '09-03-2026' is dubbelzinnig\n  hulp: schrijf datums als JJJJ-MM-DD; als 9 maart bedoeld is: 2026-03-09\n",
        ),
        (
            "soort: coachingsgesprek",
            "soort: coachgesprek",
            "dossier.yaml:48:12: fout: activiteiten[2].soort: onbekende waarde 'coachgesprek'\n  hulp: bedoelt u 'coachingsgesprek'? Toegestaan: intake, coachingsgesprek, marktverkenning, cv-motivatiebrief, netwerkgesprek, orientatiegesprek, meeloopdag, training, sollicitatie, sollicitatiegesprek, werkgeversbenadering, proefplaatsing, werkervaringsplaats, evaluatie, overig\n",
        ),
        (
            "    regio: Utrecht\n",
            "",
            "dossier.yaml:38:3: fout: grondslag.zoekprofiel: het verplichte veld 'regio' ontbreekt\n  hulp: voeg 'regio:' toe onder 'grondslag.zoekprofiel' (regio, bijvoorbeeld 'Utrecht en omgeving')\n",
        ),
        (
            "functies: [Administratief medewerker]",
            "functies: []",
            "dossier.yaml:39:15: fout: grondslag.zoekprofiel.functies: de lijst is leeg\n  hulp: vul minstens één item in (functies waarop gezocht wordt)\n",
        ),
        (
            "functies: [Administratief medewerker]",
            "functies: Administratief medewerker",
            "dossier.yaml:39:15: fout: grondslag.zoekprofiel.functies: verwacht een lijst (regels die beginnen met '- '), maar hier staat de tekst 'Administratief medewerker'\n  hulp: schrijf elk item op een eigen regel die begint met '- '\n",
        ),
        (
            "  functie: Magazijnmedewerker",
            "  functie: Magazijnmedewerker\n  functie: Chauffeur",
            "dossier.yaml:6:3: fout: werknemer.functie: het veld 'functie' staat twee keer in dezelfde groep (eerst op regel 5)\n  hulp: houd één van de twee over; anders is niet duidelijk welke waarde geldt\n",
        ),
        (
            "versie: 1",
            "versie: 3",
            "dossier.yaml:1:9: fout: versie: dit dossier heeft formaatversie 3, maar deze spoor2 kent alleen versie 2\n  hulp: werk spoor2 bij naar een nieuwere versie\n",
        ),
    ];
    assert_single_errors(cases);
}

#[test]
fn meaning_findings_are_located_and_explained() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "intake: 2026-03-09",
            "intake: 2026-02-27",
            "dossier.yaml:21:11: fout: traject.intake: de intake (27 februari 2026) ligt vóór de aanmelding (2 maart 2026)\n  hulp: de volgorde is aanmelding, intake, start, einde; zet de intake op of na 2 maart 2026\n",
        ),
        (
            "    datum: 2026-04-17\n    auteur",
            "    datum: 2026-04-10\n    auteur",
            "dossier.yaml:70:12: fout: voortgangsrapportages[1].datum: de rapportage is gedateerd (10 april 2026) vóór het einde van haar periode (15 april 2026)\n  hulp: een rapportage over een periode wordt op of na de laatste dag ervan opgesteld\n",
        ),
        (
            "  - datum: 2026-03-09\n    soort: intake",
            "  - datum: 2026-02-09\n    soort: intake",
            "dossier.yaml:44:12: fout: activiteiten[1].datum: deze activiteit (9 februari 2026) ligt vóór de aanmelding (2 maart 2026)\n  hulp: controleer de datum; werk van vóór de aanmelding hoort niet in dit traject\n",
        ),
        (
            "gezien_door_werknemer: 2026-04-20",
            "gezien_door_werknemer: 2026-04-16",
            "dossier.yaml:76:28: fout: voortgangsrapportages[1].gezien_door_werknemer: de werknemer zag de rapportage (16 april 2026) vóór zij was opgesteld (17 april 2026)\n  hulp: controleer beide datums\n",
        ),
        (
            "dossier: T-001",
            "dossier: T 001/a",
            "dossier.yaml:2:10: fout: dossier: het dossiernummer 'T 001/a' bevat tekens die niet in een bestandsnaam passen\n  hulp: gebruik alleen letters, cijfers, '-', '_' en '.', en begin met een letter of cijfer (bijvoorbeeld S2-2026-014)\n",
        ),
    ];
    assert_single_errors(cases);
}

#[test]
fn overlapping_report_periods_are_an_error() {
    let second = "  - periode: {van: 2026-04-10, tot: 2026-04-16}\n    datum: 2026-04-17\n    auteur: {naam: Carla Coach, functie: Loopbaanadviseur}\n    voortgang: Verder.\n    inzet_werknemer: Goed.\n    afspraken: Door.\n";
    let mut text = MINIMAL.to_string();
    text.push_str(second);
    let (code, out) = check_text(text.as_bytes(), &[]);
    assert_eq!(
        out,
        "dossier.yaml:77:14: fout: voortgangsrapportages[2].periode: de periode 10 april 2026 t/m 16 april 2026 overlapt met die van rapportage 1 (16 maart 2026 t/m 15 april 2026)\n  hulp: laat elke periode beginnen na de laatste dag van de vorige\ndossier.yaml: 1 fout\n"
    );
    assert_eq!(code, 1);
}

#[test]
fn all_findings_of_a_file_come_in_one_run() {
    let (code, out) = check_edited(
        &[
            ("  naam: Test Werknemer", "  naaam: Test Werknemer"),
            ("uren_per_week: 32", "uren_per_week: veel"),
            ("intake: 2026-03-09", "intake: 2026-13-09"),
            ("kanaal: vacaturesite", "kanaal: krant"),
        ],
        &[],
    );
    assert_eq!(code, 1);
    assert_eq!(
        out,
        "dossier.yaml:4:3: fout: werknemer.naaam: onbekend veld 'naaam'\n  hulp: bedoelt u 'naam'?\n\
dossier.yaml:6:18: fout: werknemer.uren_per_week: verwacht een getal, maar hier staat de tekst 'veel'\n  hulp: schrijf alleen het getal, zonder tekst\n\
dossier.yaml:21:11: fout: traject.intake: '2026-13-09' is geen geldige datum: maand 13 bestaat niet\n  hulp: schrijf de datum als JJJJ-MM-DD, met de maand (01-12) in het midden\n\
dossier.yaml:66:13: fout: sollicitaties[1].kanaal: onbekende waarde 'krant'\n  hulp: kies een van: vacaturesite, website-werkgever, netwerk, open-sollicitatie, uitzendbureau, bemiddeling, overig\n\
dossier.yaml: 4 fouten\n"
    );
}

#[test]
fn warnings_pass_unless_strict() {
    // An activity after the end of the trajectory is a warning.
    let edits = [
        (
            "  rapportage: maandelijks",
            "  einddatum: 2026-04-30\n  rapportage: maandelijks",
        ),
        ("  - datum: 2026-03-20", "  - datum: 2026-05-04"),
    ];
    // Dated after the peildatum as well: a second warning.
    let expected = "dossier.yaml:48:12: waarschuwing[na-einde]: activiteiten[2].datum: deze activiteit (4 mei 2026) ligt na het einde van het traject (30 april 2026)\n  hulp: controleer de datum, of verschuif traject.einddatum als het traject langer liep\n\
dossier.yaml:48:12: waarschuwing[toekomst]: activiteiten[2].datum: de datum (4 mei 2026) ligt na de peildatum (20 april 2026)\n  hulp: een activiteit wordt vastgelegd als ze heeft plaatsgevonden; controleer de datum (het jaartal)\n";
    let (code, out) = check_edited(&edits, &[]);
    let advice = v1_advice("dossier.yaml", 1);
    assert_eq!(
        out,
        format!("{expected}{advice}dossier.yaml: 2 waarschuwingen\n")
    );
    assert_eq!(code, 0);
    let (code, out) = check_edited(&edits, &["--strict"]);
    assert_eq!(
        out,
        format!(
            "{expected}{advice}dossier.yaml: 2 waarschuwingen (--strict: waarschuwingen tellen als fouten)\n"
        )
    );
    assert_eq!(code, 1);
}

#[test]
fn unreadable_input_is_explained() {
    let cases: &[(&[u8], &str)] = &[
        (
            b"",
            "dossier.yaml: fout: het bestand is leeg\n  hulp: begin met 'versie: 2' en de velden van een dossier (zie docs/dossierformaat.md)\n",
        ),
        (
            b"versie: 1\n\x00\x01\x02",
            "dossier.yaml:2:1: fout: het bestand bevat binaire gegevens en is geen tekstbestand\n  hulp: een dossier is een tekstbestand in UTF-8 (zie docs/dossierformaat.md)\n",
        ),
        (
            b"versie: 1\ndossier: caf\xe9\n",
            "dossier.yaml:2:13: fout: het bestand bevat tekens die geen UTF-8 zijn (bijvoorbeeld opgeslagen als Windows-1252)\n  hulp: sla het bestand in de editor opnieuw op met codering UTF-8\n",
        ),
        (
            b"- a\n- b\n",
            "dossier.yaml:1:1: fout: een dossier is een groep velden (sleutel: waarde), maar dit bestand bevat een lijst\n  hulp: begin met 'versie: 2' en de velden van een dossier (zie docs/dossierformaat.md)\n",
        ),
        (
            b"versie: 1\nwerknemer:\n\tnaam: x\n",
            "dossier.yaml:3:1: fout[yaml]: een tab-teken waar inspringing met spaties nodig is\n  hulp: vervang tabs aan het begin van de regel door spaties\n",
        ),
    ];
    for (bytes, expected) in cases {
        let (code, out) = check_text(bytes, &[]);
        assert_eq!(
            out,
            format!("{expected}dossier.yaml: 1 fout\n"),
            "case {bytes:?}"
        );
        assert_eq!(code, 1);
    }
}

#[test]
fn a_missing_file_is_an_io_failure() {
    let o = run(&["check", "bestaat-niet.yaml"]);
    assert_eq!(code(&o), 3);
    assert_eq!(
        stderr(&o),
        "bestaat-niet.yaml: fout: dit bestand of deze map bestaat niet\n"
    );
}

#[test]
fn a_bom_and_crlf_line_ends_are_fine() {
    let text = format!("\u{FEFF}{}", MINIMAL.replace('\n', "\r\n"));
    assert_eq!(
        check_text(text.as_bytes(), &[]),
        (
            0,
            format!("{}dossier.yaml: in orde\n", v1_advice("dossier.yaml", 1))
        )
    );
}

#[test]
fn the_documented_example_is_a_valid_journal() {
    let doc = std::fs::read_to_string(root().join("docs/dossierformaat.md")).unwrap();
    let start = doc.find("```yaml\n").expect("an example") + "```yaml\n".len();
    let end = start + doc[start..].find("```").unwrap();
    let (code, out) = check_text(&doc.as_bytes()[start..end], &[]);
    // The example is a sketch with one activity, so it may warn about
    // intensity, but it has no errors.
    assert_eq!(code, 0, "{out}");
    assert!(!out.contains(": fout"), "{out}");
}

#[test]
fn dates_after_the_peildatum_are_a_warning_at_their_line() {
    // An activity and an application typed with an impossible year.
    let (code, out) = check_edited(
        &[
            (
                "    omschrijving: Sollicitatie verstuurd.\n",
                "    omschrijving: Sollicitatie verstuurd.\n  - datum: 2062-11-20\n    soort: overig\n    omschrijving: Gesprek.\n",
            ),
            (
                "    status: verstuurd\n",
                "    status: verstuurd\n  - datum: 9999-12-31\n    werkgever: Firma Later\n    functie: Planner\n    kanaal: netwerk\n    status: verstuurd\n",
            ),
        ],
        &[],
    );
    let advice = v1_advice("dossier.yaml", 1);
    assert_eq!(
        out,
        format!(
            "dossier.yaml:62:12: waarschuwing[toekomst]: activiteiten[7].datum: de datum (20 november 2062) ligt na de peildatum (20 april 2026)\n  hulp: een activiteit wordt vastgelegd als ze heeft plaatsgevonden; controleer de datum (het jaartal)\n\
dossier.yaml:71:12: waarschuwing[toekomst]: sollicitaties[2].datum: de datum (31 december 9999) ligt na de peildatum (20 april 2026)\n  hulp: een sollicitatie wordt vastgelegd als ze is verstuurd; controleer de datum (het jaartal)\n\
{advice}dossier.yaml: 2 waarschuwingen\n"
        )
    );
    // A warning: the reports are still made.
    assert_eq!(code, 0);
}
