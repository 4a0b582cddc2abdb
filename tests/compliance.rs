//! Each compliance rule, the privacy check and `tijdlijn` on fixtures: where
//! a rule fires (exact message) and where it does not.

mod common;

use common::*;

/// Runs `check --peildatum DATE` on MINIMAL with edits; returns stdout.
fn check_on(peildatum: &str, edits: &[(&str, &str)]) -> String {
    let mut text = MINIMAL.to_string();
    for (from, to) in edits {
        assert!(text.contains(from), "fixture has no {from:?}");
        text = text.replacen(from, to, 1);
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("dossier.yaml"), text).unwrap();
    let o = bin()
        .args(["check", "--peildatum", peildatum, "dossier.yaml"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(code(&o) <= 1, "{}", stderr(&o));
    stdout(&o)
}

fn assert_fires(out: &str, finding: &str) {
    assert!(out.contains(finding), "expected\n{finding}\nin\n{out}");
}

fn assert_silent(out: &str, rule: &str) {
    assert!(!out.contains(&format!("[{rule}]")), "{rule} fired:\n{out}");
}

const CLEAN_ON: &str = "2026-04-20";
/// First sick day that makes week 58 fall before the fixture's start.
const EARLY_EAOD: (&str, &str) = ("  - van: 2025-03-10", "  - van: 2025-01-06");

#[test]
fn the_fixture_is_clean_on_its_peildatum() {
    assert_eq!(
        check_on(CLEAN_ON, &[]),
        format!("{}dossier.yaml: in orde\n", v1_advice("dossier.yaml", 1))
    );
}

#[test]
fn late_start_of_spoor_2() {
    assert_fires(
        &check_on(CLEAN_ON, &[EARLY_EAOD]),
        "dossier.yaml:22:15: waarschuwing[start-spoor2]: traject.startdatum: spoor 2 startte op 16 maart 2026 (week 63), na de uiterste start 58 weken na de eerste arbeidsongeschiktheidsdag (16 februari 2026)\n  hulp: leg in de rapportages vast waarom spoor 2 later startte; UWV beoordeelt of de re-integratie tijdig is ingezet\n",
    );
    assert_fires(
        &check_on("2026-03-10", &[EARLY_EAOD]),
        "dossier.yaml:22:15: waarschuwing[start-spoor2]: traject.startdatum: spoor 2 is op de peildatum (10 maart 2026) nog niet gestart, terwijl het uiterlijk 58 weken na de eerste arbeidsongeschiktheidsdag (16 februari 2026) had moeten starten\n",
    );
    assert_silent(&check_on(CLEAN_ON, &[]), "start-spoor2");
    assert_silent(&check_on("2026-02-10", &[EARLY_EAOD]), "start-spoor2");
}

#[test]
fn stretches_without_activity() {
    let without_two = [
        (
            "  - datum: 2026-04-01\n    soort: marktverkenning\n    omschrijving: Vacatures verkend.\n",
            "",
        ),
        (
            "  - datum: 2026-04-08\n    soort: cv-motivatiebrief\n    omschrijving: Cv bijgewerkt.\n",
            "",
        ),
    ];
    assert_fires(
        &check_on(CLEAN_ON, &without_two),
        "waarschuwing[stilstand]: activiteiten[3].datum: van 26 maart 2026 tot en met 13 april 2026 (19 dagen) is geen activiteit of sollicitatie vastgelegd; de norm is hooguit 14 dagen\n",
    );
    // The norm can be set per case.
    let relaxed = [
        without_two[0],
        without_two[1],
        (
            "versie: 1\n",
            "versie: 1\nnormen:\n  max_dagen_zonder_activiteit: 21\n  sollicitatieactiviteiten_per_week: 0.5\n",
        ),
    ];
    assert_silent(&check_on(CLEAN_ON, &relaxed), "stilstand");
    assert_silent(&check_on(CLEAN_ON, &[]), "stilstand");
}

#[test]
fn application_intensity_below_the_norm() {
    let strict = [(
        "versie: 1\n",
        "versie: 1\nnormen:\n  sollicitatieactiviteiten_per_week: 2\n",
    )];
    let out = check_on(CLEAN_ON, &strict);
    assert_fires(
        &out,
        "waarschuwing[intensiteit]: traject: in het traject tot nu toe (16 maart 2026 t/m 20 april 2026, 5,1 weken) 5 sollicitatieactiviteiten; bij de norm van 2 per week zijn dat er minstens 10\n  hulp: verhoog de zoekactiviteit, of leg in de rapportage uit waarom minder haalbaar is en stel de norm voor dit dossier bij in normen.sollicitatieactiviteiten_per_week\n",
    );
    assert_fires(
        &out,
        "waarschuwing[intensiteit]: voortgangsrapportages[1].periode: in de periode van rapportage 1 (16 maart 2026 t/m 15 april 2026, 4,4 weken) 4 sollicitatieactiviteiten; bij de norm van 2 per week zijn dat er minstens 8\n",
    );
    assert_silent(&check_on(CLEAN_ON, &[]), "intensiteit");
}

#[test]
fn missing_and_irregular_report_periods() {
    // The next monthly period is 16 april t/m 15 mei, due two weeks later.
    assert_fires(
        &check_on("2026-06-01", &[]),
        "waarschuwing[rapportage]: voortgangsrapportages[1]: de voortgangsrapportage over de periode na 15 april 2026 ontbreekt; bij maandelijks rapporteren was zij uiterlijk 29 mei 2026 verwacht\n",
    );
    assert_silent(&check_on("2026-05-29", &[]), "rapportage");
    // A period much longer than the cadence.
    assert_fires(
        &check_on(
            "2026-05-20",
            &[
                (
                    "periode: {van: 2026-03-16, tot: 2026-04-15}",
                    "periode: {van: 2026-03-16, tot: 2026-05-15}",
                ),
                (
                    "    datum: 2026-04-17\n    auteur",
                    "    datum: 2026-05-18\n    auteur",
                ),
                (
                    "gezien_door_werknemer: 2026-04-20",
                    "gezien_door_werknemer: 2026-05-19",
                ),
            ],
        ),
        "waarschuwing[rapportage]: voortgangsrapportages[1].periode: de periode van 16 maart 2026 t/m 15 mei 2026 duurt 61 dagen; bij maandelijks rapporteren hoort een periode van ongeveer 31 dagen\n",
    );
    // Days between the start of spoor 2 and the first period.
    assert_fires(
        &check_on(
            CLEAN_ON,
            &[(
                "periode: {van: 2026-03-16, tot: 2026-04-15}",
                "periode: {van: 2026-03-23, tot: 2026-04-15}",
            )],
        ),
        "waarschuwing[rapportage]: voortgangsrapportages[1].periode.van: over 16 maart 2026 t/m 22 maart 2026 is geen voortgangsrapportage\n",
    );
}

#[test]
fn reports_without_the_employees_view_or_acknowledgement() {
    let out = check_on(
        CLEAN_ON,
        &[
            ("    visie_werknemer: Ik doe mee.\n", ""),
            ("    gezien_door_werknemer: 2026-04-20\n", ""),
        ],
    );
    assert_fires(
        &out,
        "waarschuwing[visie-werknemer]: voortgangsrapportages[1].visie_werknemer: de visie van de werknemer ontbreekt\n  hulp: het re-integratieverslag vraagt het oordeel van de werknemer; noteer zijn of haar visie in eigen woorden\n",
    );
    assert_fires(
        &out,
        "waarschuwing[gezien]: voortgangsrapportages[1].gezien_door_werknemer: niet vastgelegd dat de werknemer de rapportage heeft gezien\n",
    );
    assert_silent(&check_on(CLEAN_ON, &[]), "gezien");
}

#[test]
fn no_eindrapportage_near_or_past_the_riv_deadline() {
    assert_fires(
        &check_on("2026-11-01", &[]),
        "waarschuwing[eindrapportage]: eindrapportage: het re-integratieverslag moet uiterlijk 7 december 2026 (na 91 weken) compleet zijn; er is nog geen eindrapportage\n  hulp: stel de eindrapportage op vóór 7 december 2026\n",
    );
    assert_fires(
        &check_on("2026-12-10", &[]),
        "waarschuwing[eindrapportage]: eindrapportage: het re-integratieverslag moest op 7 december 2026 (na 91 weken) compleet zijn, maar er is nog geen eindrapportage\n",
    );
    assert_silent(&check_on("2026-10-20", &[]), "eindrapportage");
    // The threshold is set per case.
    assert_silent(
        &check_on(
            "2026-11-01",
            &[(
                "versie: 1\n",
                "versie: 1\nnormen:\n  eindrapportage_weken_voor_riv: 4\n",
            )],
        ),
        "eindrapportage",
    );
}

#[test]
fn medical_terms_are_flagged_where_they_stand() {
    let out = check_on(
        CLEAN_ON,
        &[(
            "    voortgang: Het traject is gestart.",
            "    voortgang: |\n      Het traject is gestart.\n      Na de fysiotherapie gaat het beter met haar burn-out.",
        )],
    );
    assert_fires(
        &out,
        "dossier.yaml:74:13: waarschuwing[privacy]: voortgangsrapportages[1].voortgang: 'fysiotherapie' wijst op een behandeling; medische gegevens mogen niet naar de werkgever (AP-beleidsregels De zieke werknemer)\n  hulp: noem de behandeling niet; beschrijf wat zij voor het werk betekent (bijvoorbeeld 'is op dinsdagochtend niet beschikbaar'); staat het er bewust, leg het dan vast onder privacy_akkoord met de reden\n",
    );
    assert_fires(
        &out,
        "dossier.yaml:74:51: waarschuwing[privacy]: voortgangsrapportages[1].voortgang: 'burn-out' wijst op een diagnose of ziekte;",
    );
}

#[test]
fn accepted_phrases_and_private_notes_are_silent() {
    let out = check_on(
        CLEAN_ON,
        &[
            (
                "    voortgang: Het traject is gestart.",
                "    voortgang: Sollicitatie bij Fysiotherapie Dwarsveld.",
            ),
            (
                "versie: 1\n",
                "versie: 1\nprivacy_akkoord:\n  - tekst: Fysiotherapie\n    reden: naam van een werkgever\nnotities: Depressie en medicatie besproken met de bedrijfsarts.\n",
            ),
        ],
    );
    assert_eq!(
        out,
        format!("{}dossier.yaml: in orde\n", v1_advice("dossier.yaml", 1))
    );
}

#[test]
fn tijdlijn_of_a_sample_on_a_fixed_peildatum() {
    let o = run(&[
        "tijdlijn",
        "samples/wia-aanvraag.yaml",
        "--peildatum",
        "2026-08-01",
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "Tijdlijn van dossier S2-2025-204 (Anneke Postma-de Wit), peildatum 1 augustus 2026
Eerste arbeidsongeschiktheidsdag: 2 december 2024 (week 85 op de peildatum)
Samengestelde ziekteperiode: 16 hersteldagen tussen ziekteperiodes tellen niet mee

Mijlpaal                                        Week  Datum              Stand
Probleemanalyse bedrijfsarts (na 6 weken)          7  13 januari 2025    voorbij
Plan van aanpak (na 8 weken)                       9  12 februari 2025   voorbij
Ziekmelding bij UWV (na 42 weken)                 43  8 oktober 2025     voorbij
Eerstejaarsevaluatie (na 52 weken)                53  17 december 2025   voorbij
Spoor 2 uiterlijk gestart (na 58 weken)           59  28 januari 2026    voorbij
UWV stuurt WIA-aanvraagformulier (na 89 weken)    90  2 september 2026   nog niet
Re-integratieverslag compleet (na 91 weken)       92  16 september 2026  nog niet
WIA-aanvraag uiterlijk (na 93 weken)              94  30 september 2026  nog niet
Laatste dag wachttijd                            104  15 december 2026   nog niet
Eerste mogelijke WIA-dag                         105  16 december 2026   nog niet

Spoor 2 gestart: 8 december 2025 (week 51, op tijd)
Eindrapportage: 21 augustus 2026
"
    );
    let soon = run(&[
        "tijdlijn",
        "samples/wia-aanvraag.yaml",
        "--peildatum",
        "2026-08-20",
    ]);
    assert!(
        stdout(&soon).contains("UWV stuurt WIA-aanvraagformulier (na 89 weken)    90  2 september 2026   binnenkort (over 13 dagen)\n"),
        "{}",
        stdout(&soon)
    );
}
