//! The evidence of journal version 2: each rule where it fires (the exact
//! message, located) and where it does not, on a complete version 2
//! fixture; and version 1 journals, which keep working.

mod common;

use common::*;

const V2: &str = include_str!("fixtures/versie2.yaml");

/// The fixture is clean on this day.
const CLEAN_ON: &str = "2026-04-20";

/// `check --peildatum DATE` on the version 2 fixture with edits (search,
/// replace); exit status and stdout.
fn check_v2(peildatum: &str, edits: &[(&str, &str)]) -> (i32, String) {
    let mut text = V2.to_string();
    for (from, to) in edits {
        assert!(text.contains(from), "fixture has no {from:?}");
        text = text.replacen(from, to, 1);
    }
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "dossier.yaml", &text);
    let o = run_in(
        dir.path(),
        &["check", "--peildatum", peildatum, "dossier.yaml"],
    );
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
    (code(&o), stdout(&o))
}

/// The fixture's trajectplan, as one block to remove.
fn without_plan(text: &str) -> String {
    let start = text.find("trajectplan:\n").unwrap();
    let end = text.find("grondslag:\n").unwrap();
    format!("{}{}", &text[..start], &text[end..])
}

fn only(finding: &str, verdict: &str) -> String {
    format!("{finding}dossier.yaml: {verdict}\n")
}

#[test]
fn the_version_2_fixture_is_clean() {
    assert_eq!(
        check_v2(CLEAN_ON, &[]),
        (0, "dossier.yaml: in orde\n".to_string())
    );
}

#[test]
fn the_trajectplan_must_be_agreed_by_both_sides_within_four_weeks() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "dossier.yaml", &without_plan(V2));
    let check = |peil: &str| {
        let o = run_in(dir.path(), &["check", "--peildatum", peil, "dossier.yaml"]);
        stdout(&o)
    };
    assert_eq!(
        check(CLEAN_ON),
        only(
            "dossier.yaml:1:1: waarschuwing[trajectplan]: trajectplan: er is geen trajectplan; het plan van aanpak spoor 2 moest uiterlijk 13 april 2026 (4 weken na de start) met werknemer en werkgever zijn afgesproken\n  hulp: leg het plan vast onder trajectplan: doel, fasen, rapportage_en_evaluatie, verwachte_duur en de data waarop werknemer en werkgever akkoord gingen\n",
            "1 waarschuwing"
        )
    );
    // Within the four weeks there is nothing to say yet (about the plan:
    // the fixture's later entries lie after this peildatum).
    let early = check("2026-04-10");
    let others: Vec<&str> = early
        .lines()
        .filter(|l| l.contains(": waarschuwing[") && !l.contains(": waarschuwing[toekomst]"))
        .collect();
    assert!(others.is_empty(), "{early}");
    assert!(
        early.ends_with("dossier.yaml: 5 waarschuwingen\n"),
        "{early}"
    );

    assert_eq!(
        check_v2(CLEAN_ON, &[("  akkoord_werkgever: 2026-03-18\n", "")]),
        (
            0,
            only(
                "dossier.yaml:31:7: waarschuwing[trajectplan]: trajectplan.akkoord_werkgever: niet vastgelegd dat de werkgever akkoord ging met het trajectplan; dat moest uiterlijk 13 april 2026 (4 weken na de start)\n  hulp: bespreek het plan met de werkgever en vul de datum van akkoord in bij akkoord_werkgever\n",
                "1 waarschuwing"
            )
        )
    );
    assert_eq!(
        check_v2(
            CLEAN_ON,
            &[(
                "akkoord_werkgever: 2026-03-18",
                "akkoord_werkgever: 2026-04-15"
            )]
        ),
        (
            0,
            only(
                "dossier.yaml:42:22: waarschuwing[trajectplan]: trajectplan.akkoord_werkgever: de werkgever ging op 15 april 2026 akkoord met het trajectplan, 30 dagen na de start; de norm is 4 weken\n  hulp: leg in de rapportage uit waarom het akkoord later kwam\n",
                "1 waarschuwing"
            )
        )
    );
    // The norm can be set per case.
    assert_eq!(
        check_v2(
            CLEAN_ON,
            &[
                (
                    "akkoord_werkgever: 2026-03-18",
                    "akkoord_werkgever: 2026-04-15"
                ),
                (
                    "activiteiten:\n",
                    "normen:\n  plan_akkoord_weken: 6\nactiviteiten:\n"
                )
            ]
        ),
        (0, "dossier.yaml: in orde\n".to_string())
    );
}

#[test]
fn the_zoekprofiel_is_reasoned_and_its_changes_dated_and_explained() {
    assert_eq!(
        check_v2(
            CLEAN_ON,
            &[(
                "    onderbouwing: Zittend administratief werk, zoals het advies noemt.\n",
                ""
            )]
        ),
        (
            0,
            only(
                "dossier.yaml:58:13: waarschuwing[zoekprofiel]: grondslag.zoekprofiel: het zoekprofiel heeft geen onderbouwing\n  hulp: beschrijf in onderbouwing hoe functies, uren en reisafstand volgen uit de belastbaarheid en het arbeidsdeskundig advies\n",
                "1 waarschuwing"
            )
        )
    );
    let change = |date: &str, why: &str| {
        format!(
            "  zoekprofielwijzigingen:\n    - ingangsdatum: {date}\n{why}      functies: [Administratief medewerker, Receptionist]\n      regio: Utrecht\n      uren_per_week: {{min: 24, max: 32}}\n      niveau: mbo 3\nactiviteiten:\n"
        )
    };
    let hint = "\n  hulp: UWV wil zien waarom het profiel veranderde en hoe het nieuwe profiel volgt uit de belastbaarheid\n";
    assert_eq!(
        check_v2(CLEAN_ON, &[("activiteiten:\n", &change("2026-04-01", ""))]),
        (
            0,
            format!(
                "dossier.yaml:65:19: waarschuwing[zoekprofiel]: grondslag.zoekprofielwijzigingen[1].reden: bij deze wijziging van het zoekprofiel ontbreekt de reden van de wijziging{hint}dossier.yaml:65:19: waarschuwing[zoekprofiel]: grondslag.zoekprofielwijzigingen[1].onderbouwing: bij deze wijziging van het zoekprofiel ontbreekt de onderbouwing{hint}dossier.yaml: 2 waarschuwingen\n"
            )
        )
    );
    let reasoned =
        "      reden: Receptie erbij na een meeloopdag.\n      onderbouwing: Ook zittend werk.\n";
    assert_eq!(
        check_v2(
            CLEAN_ON,
            &[("activiteiten:\n", &change("2026-04-01", reasoned))]
        ),
        (0, "dossier.yaml: in orde\n".to_string())
    );
    // A version cannot take effect before the one it replaces.
    assert_eq!(
        check_v2(
            CLEAN_ON,
            &[("activiteiten:\n", &change("2026-03-01", reasoned))]
        ),
        (
            1,
            only(
                "dossier.yaml:65:21: fout: grondslag.zoekprofielwijzigingen[1].ingangsdatum: deze versie van het zoekprofiel gaat in op 1 maart 2026, niet na de vorige versie (16 maart 2026)\n  hulp: zet de wijzigingen in volgorde van ingangsdatum, oudste eerst\n",
                "1 fout"
            )
        )
    );
}

#[test]
fn an_application_outside_the_profile_in_force_needs_a_reason() {
    let application = |fields: &str| {
        [(
            "    functie: Administratief medewerker\n    kanaal",
            format!("{fields}    kanaal"),
        )]
    };
    let edits =
        application("    functie: Heftruckchauffeur\n    uren_per_week: 36\n    afstand_km: 40\n");
    let edits: Vec<(&str, &str)> = edits.iter().map(|(a, b)| (*a, b.as_str())).collect();
    assert_eq!(
        check_v2(CLEAN_ON, &edits),
        (
            0,
            only(
                "dossier.yaml:84:10: waarschuwing[passend]: sollicitaties[1]: de sollicitatie als Heftruckchauffeur bij Voorbeeld B.V. valt buiten het zoekprofiel dat sinds 16 maart 2026 geldt: de functie staat niet in het zoekprofiel; 36 uur per week is meer dan het maximum van 32; 40 km is verder dan de grens van 25 km\n  hulp: noteer bij profielfunctie welke functie uit het zoekprofiel het is, of bij passend_omdat waarom deze sollicitatie toch passende arbeid is\n",
                "1 waarschuwing"
            )
        )
    );
    for fine in [
        "    functie: Medewerker backoffice\n    profielfunctie: Administratief medewerker\n",
        "    functie: Heftruckchauffeur\n    passend_omdat: Zittend werk in een cabine, volgens het advies passend.\n",
        "    functie: Senior administratief medewerker\n    uren_per_week: 32\n    afstand_km: 25\n",
    ] {
        let edits = application(fine);
        let edits: Vec<(&str, &str)> = edits.iter().map(|(a, b)| (*a, b.as_str())).collect();
        assert_eq!(
            check_v2(CLEAN_ON, &edits),
            (0, "dossier.yaml: in orde\n".to_string()),
            "{fine}"
        );
    }
}

/// The findings of a run whose peildatum is three weeks after the report.
const MAY_10: &str = "2026-05-10";

#[test]
fn the_employer_is_contacted_and_sent_every_report() {
    let (_, out) = check_v2(MAY_10, &[]);
    let gap = "dossier.yaml:90:3: waarschuwing[werkgevercontact]: werkgevercontacten: van 18 maart 2026 tot 10 mei 2026 (7 weken) is geen contact met de werkgever vastgelegd; de norm is hooguit 6 weken\n  hulp: leg contacten met de werkgever vast onder werkgevercontacten (driegesprek, evaluatie, overleg); de werkgever blijft verantwoordelijk en moet betrokken zijn\n";
    assert!(out.contains(gap), "{out}");
    assert!(!out.contains("[verzonden]"), "{out}");
    // A contact in between closes the gap.
    let (_, out) = check_v2(
        MAY_10,
        &[(
            "voortgangsrapportages:",
            "  - datum: 2026-04-22\n    vorm: telefoon\n    met: Petra Test\n    onderwerp: Rapportage besproken.\nvoortgangsrapportages:",
        )],
    );
    assert!(!out.contains("[werkgevercontact]"), "{out}");

    let (_, out) = check_v2(MAY_10, &[("    verzonden_aan_werkgever: 2026-04-20\n", "")]);
    assert!(
        out.contains("dossier.yaml:95:12: waarschuwing[verzonden]: voortgangsrapportages[1].verzonden_aan_werkgever: niet vastgelegd dat de rapportage van 17 april 2026 aan de werkgever is verzonden; dat moest uiterlijk 1 mei 2026\n  hulp: stuur de rapportage naar de werkgever en vul de datum in bij verzonden_aan_werkgever\n"),
        "{out}"
    );
    let (_, out) = check_v2(
        MAY_10,
        &[(
            "verzonden_aan_werkgever: 2026-04-20",
            "verzonden_aan_werkgever: 2026-05-08",
        )],
    );
    assert!(
        out.contains("dossier.yaml:104:30: waarschuwing[verzonden]: voortgangsrapportages[1].verzonden_aan_werkgever: de rapportage van 17 april 2026 is op 8 mei 2026 aan de werkgever verzonden, 21 dagen na haar datum; de norm is 14 dagen\n  hulp: verstuur rapportages direct nadat ze zijn opgesteld, zodat de werkgever tijdig kan bijsturen\n"),
        "{out}"
    );
    assert_eq!(
        check_v2(
            CLEAN_ON,
            &[(
                "verzonden_aan_werkgever: 2026-04-20",
                "verzonden_aan_werkgever: 2026-04-10"
            )]
        ),
        (
            1,
            only(
                "dossier.yaml:104:30: fout: voortgangsrapportages[1].verzonden_aan_werkgever: verzonden op 10 april 2026, vóór de datum van de rapportage (17 april 2026)\n  hulp: controleer beide data\n",
                "1 fout"
            )
        )
    );
}

#[test]
fn stagnation_says_whether_a_measure_followed() {
    let quiet = "dossier.yaml:65:3: waarschuwing[stilstand]: activiteiten: van 18 april 2026 tot en met 10 mei 2026 (23 dagen) is geen activiteit of sollicitatie vastgelegd; de norm is hooguit 14 dagen; er is nog geen maatregel vastgelegd (uiterlijk 7 juni 2026)\n  hulp: neem een maatregel (bijvoorbeeld een bijgesteld zoekprofiel, extra coaching, scholing of een werkervaringsplaats) en leg haar vast onder maatregelen; stilstand zonder maatregel blijft een open punt in het WIA-dossier\n";
    let (_, out) = check_v2(MAY_10, &[]);
    assert!(out.contains(quiet), "{out}");
    // Four weeks after a stretch that ended, it says none followed.
    let (_, out) = check_v2(
        "2026-07-10",
        &[(
            "sollicitaties:\n",
            "  - datum: 2026-06-05\n    soort: coachingsgesprek\n    omschrijving: Weer opgepakt.\nsollicitaties:\n",
        )],
    );
    assert!(
        out.contains("van 18 april 2026 tot en met 4 juni 2026 (48 dagen) is geen activiteit of sollicitatie vastgelegd; de norm is hooguit 14 dagen; binnen 4 weken volgde geen maatregel\n"),
        "{out}"
    );
    // With a measure it is advice: acted on, not an open point.
    let (_, out) = check_v2(
        MAY_10,
        &[(
            "werkgevercontacten:",
            "maatregelen:\n  - datum: 2026-05-04\n    soort: extra-coaching\n    omschrijving: Wekelijks een extra gesprek.\nwerkgevercontacten:",
        )],
    );
    assert!(
        out.contains("dossier.yaml:65:3: advies[stilstand]: activiteiten: van 18 april 2026 tot en met 10 mei 2026 (23 dagen) is geen activiteit of sollicitatie vastgelegd; de norm is hooguit 14 dagen; er volgde een maatregel: extra coaching (4 mei 2026)\n"),
        "{out}"
    );
    assert!(out.ends_with("dossier.yaml: 1 waarschuwing\n"), "{out}");
}

#[test]
fn an_insufficient_deskundigenoordeel_needs_a_follow_up() {
    let oordeel = |opvolging: &str| {
        format!(
            "deskundigenoordeel:\n  aanvraagdatum: 2026-04-01\n  aangevraagd_door: werkgever\n  vraag: Doen we genoeg?\n  uitkomst: onvoldoende\n  datum: 2026-04-15\n{opvolging}werkgevercontacten:"
        )
    };
    assert_eq!(
        check_v2(CLEAN_ON, &[("werkgevercontacten:", &oordeel(""))]),
        (
            0,
            only(
                "dossier.yaml:93:13: waarschuwing[deskundigenoordeel]: deskundigenoordeel.uitkomst: UWV oordeelde onvoldoende, maar er is niet vastgelegd wat ermee is gedaan\n  hulp: beschrijf bij opvolging welke maatregelen volgden, en leg ze vast onder maatregelen\n",
                "1 waarschuwing"
            )
        )
    );
    assert_eq!(
        check_v2(
            CLEAN_ON,
            &[(
                "werkgevercontacten:",
                &oordeel("  opvolging: Zoekprofiel verbreed en extra coaching.\n")
            )]
        ),
        (0, "dossier.yaml: in orde\n".to_string())
    );
}

#[test]
fn a_version_1_journal_gets_advice_once_and_none_of_the_new_warnings() {
    let v1 = without_plan(V2).replacen("versie: 2", "versie: 1", 1);
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "dossier.yaml", &v1);
    let o = run_in(
        dir.path(),
        &["check", "--peildatum", MAY_10, "dossier.yaml"],
    );
    let out = stdout(&o);
    assert_eq!(out.matches("advies[versie]").count(), 1, "{out}");
    for rule in [
        "[trajectplan]",
        "[werkgevercontact]",
        "[verzonden]",
        "[passend]",
        "geen maatregel",
    ] {
        assert!(!out.contains(rule), "{rule} in\n{out}");
    }
}

#[test]
fn a_version_1_journal_reads_without_losing_or_changing_anything() {
    let loaded = spoor2::journal::load_bytes(std::path::Path::new("d.yaml"), MINIMAL.as_bytes());
    let journal = loaded.journal.expect("the version 1 fixture reads");
    assert_eq!(journal.versie, 1);
    let original: serde_yaml::Value = serde_yaml::from_str(MINIMAL).unwrap();
    let read = serde_yaml::to_value(&journal).unwrap();
    // Every value the coach wrote is there, unchanged, at the same place.
    fn same(original: &serde_yaml::Value, read: &serde_yaml::Value, path: &str) {
        use serde_yaml::Value;
        match (original, read) {
            (Value::Mapping(o), Value::Mapping(r)) => {
                for (k, v) in o {
                    let key = k.as_str().unwrap();
                    let there = r
                        .get(k)
                        .unwrap_or_else(|| panic!("{path}.{key} was dropped"));
                    same(v, there, &format!("{path}.{key}"));
                }
            }
            (Value::Sequence(o), Value::Sequence(r)) => {
                assert_eq!(o.len(), r.len(), "{path}");
                for (i, (a, b)) in o.iter().zip(r).enumerate() {
                    same(a, b, &format!("{path}[{i}]"));
                }
            }
            (Value::Number(a), Value::Number(b)) => {
                assert_eq!(a.as_f64(), b.as_f64(), "{path}")
            }
            (a, b) => assert_eq!(a, b, "{path}"),
        }
    }
    same(&original, &read, "");
    // The new sections are empty.
    assert!(journal.trajectplan.is_none() && journal.persoonsprofiel.is_none());
    assert!(journal.werkgevercontacten.is_empty() && journal.maatregelen.is_empty());
    assert!(journal.grondslag.zoekprofielwijzigingen.is_empty());
}

#[test]
fn a_report_shows_the_profile_in_force_and_the_share_within_it() {
    let dir = tempfile::tempdir().unwrap();
    let text = V2.replacen(
        "activiteiten:\n",
        "  zoekprofielwijzigingen:\n    - ingangsdatum: 2026-04-01\n      reden: Receptie erbij na een meeloopdag.\n      onderbouwing: Ook zittend werk aan een balie.\n      functies: [Administratief medewerker, Receptionist]\n      regio: Utrecht\n      uren_per_week: {min: 24, max: 32}\n      niveau: mbo 3\nactiviteiten:\n",
        1,
    );
    write(dir.path(), "d.yaml", &text);
    let o = run_in(
        dir.path(),
        &["render", "d.yaml", "-o", "uit", "--peildatum", CLEAN_ON],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let flat = squash(&pdf_text(
        &dir.path().join("uit/T-001-voortgangsrapportage-01.pdf"),
    ));
    for expected in [
        // The first report: persoonsprofiel and the plan in full.
        "Persoonsprofiel",
        "Werkervaring2015-2025magazijnmedewerker,TestbedrijfB.V.",
        "Mobiliteitrijbewijs B;fiets",
        "Trajectplan",
        "Passend administratief werk binnen zes maanden.",
        "Akkoordwerkgever18maart2026",
        // The profile in force at the end of the period, and its change.
        "FunctiesAdministratiefmedewerker,Receptionist",
        "Versie2,geldigsinds1april2026",
        "Ook zittend werk aan een balie.",
        "Hetzoekprofielisindezeperiodegewijzigd:",
        "per1april2026(versie2):Receptieerbijnaeenmeeloopdag.",
        "Deenigesollicitatievaltbinnenhetzoekprofieldatophaardatumgold.",
        // The employer, and the employee's say in the signature block.
        "Contactmetdewerkgever",
        "18-03-2026DriegesprekPetraTest(HR-adviseur)Trajectplanbesproken.",
        "Oordeelwerknemer:akkoord",
    ] {
        assert!(
            flat.contains(&squash(expected)),
            "missing {expected:?} in\n{flat}"
        );
    }
    // The report that was sent cannot say when it was sent.
    assert!(!flat.contains("Verzonden"), "{flat}");
}

#[test]
fn the_privacy_check_covers_the_new_sections() {
    let (code, out) = check_v2(
        CLEAN_ON,
        &[(
            "  wensen: Administratief werk dicht bij huis.",
            "  wensen: Administratief werk, vanwege de hernia.",
        )],
    );
    assert_eq!(code, 0);
    assert_eq!(
        out,
        only(
            "dossier.yaml:28:43: waarschuwing[privacy]: persoonsprofiel.wensen: 'hernia' wijst op een diagnose of ziekte; medische gegevens mogen niet naar de werkgever (AP-beleidsregels De zieke werknemer)\n  hulp: noem de ziekte of aandoening niet; beschrijf wat de werknemer wel en niet kan (bijvoorbeeld 'kan niet langer dan een uur achter elkaar zitten'); staat het er bewust, leg het dan vast onder privacy_akkoord met de reden\n",
            "1 waarschuwing"
        )
    );
}
