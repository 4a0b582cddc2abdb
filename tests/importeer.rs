//! `spoor2 importeer`: applications from an .xlsx, an .ods and a
//! `;`-separated .csv kept by the employee; the preview's text and the
//! written journal asserted exactly.

mod common;

use std::path::Path;

use common::*;

fn importeer(dir: &Path, file: &str, extra: &[&str]) -> std::process::Output {
    run_in(
        dir,
        &[
            &[
                "importeer",
                "dossier.yaml",
                file,
                "--peildatum",
                "2026-04-20",
            ],
            extra,
        ]
        .concat(),
    )
}

fn preview(file: &str, verb: &str) -> String {
    let lines = [
        format!("{file}: 3 sollicitaties {verb}, 3 overgeslagen, 1 lege regel"),
        "  + regel 2: 2026-04-02  Groothandel Voorbeek, Administratief medewerker (netwerk, verstuurd)".into(),
        "  - regel 3: overgeslagen: staat al in het dossier (Voorbeeld B.V., Administratief medewerker)".into(),
        "  - regel 5: overgeslagen: geen (leesbare) datum (Kromhoeve Logistiek, Administratief medewerker)".into(),
        "  + regel 6: 2026-04-09  Koelvers Distributie, Medewerker planning (vacaturesite, verstuurd)".into(),
        "  + regel 7: 2026-04-16  Pakketpunt Midden, Administratief medewerker (website-werkgever, geen-reactie)".into(),
        "  - regel 8: overgeslagen: kanaal 'krant' is onbekend; bedoelt u 'vacaturesite'? (Drukkerij Noord, Administratief medewerker)".into(),
    ];
    lines.iter().map(|l: &String| format!("{l}\n")).collect()
}

const ADDED: &str = "  - datum: 2026-04-02
    werkgever: Groothandel Voorbeek
    functie: Administratief medewerker
    kanaal: netwerk
    status: verstuurd
  - datum: 2026-04-09
    werkgever: Koelvers Distributie
    functie: Medewerker planning
    kanaal: vacaturesite
    status: verstuurd
  - datum: 2026-04-16
    werkgever: Pakketpunt Midden
    functie: Administratief medewerker
    kanaal: website-werkgever
    status: geen-reactie
    resultaat: Reactie volgt; na de zomer.
";

#[test]
fn a_spreadsheet_is_previewed_then_written_then_undone() {
    for ext in ["xlsx", "ods", "csv"] {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "dossier.yaml", MINIMAL);
        let name = format!("sollicitaties.{ext}");
        std::fs::copy(
            root().join("tests/fixtures/import").join(&name),
            dir.path().join(&name),
        )
        .unwrap();

        // A preview by default: nothing is written.
        let o = importeer(dir.path(), &name, &[]);
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        assert_eq!(
            stdout(&o),
            format!(
                "{}Niets geschreven; voeg ze toe met --schrijf.\n",
                preview(&name, "toe te voegen")
            ),
            "{ext}"
        );
        assert_eq!(
            std::fs::read_to_string(dir.path().join("dossier.yaml")).unwrap(),
            MINIMAL
        );

        let o = importeer(dir.path(), &name, &["--schrijf"]);
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        assert_eq!(
            stdout(&o),
            format!("{}dossier.yaml: in orde\n", preview(&name, "toegevoegd"))
        );
        // In date order among the journal's own (25 March stays first).
        let at = MINIMAL.find("voortgangsrapportages:").unwrap();
        let expected = format!("{}{ADDED}{}", &MINIMAL[..at], &MINIMAL[at..]);
        assert_eq!(
            std::fs::read_to_string(dir.path().join("dossier.yaml")).unwrap(),
            expected,
            "{ext}"
        );

        // One import, one undo.
        let o = run_in(dir.path(), &["ongedaan", "dossier.yaml"]);
        assert_eq!(code(&o), 0);
        assert_eq!(
            std::fs::read_to_string(dir.path().join("dossier.yaml")).unwrap(),
            MINIMAL
        );
    }
}

#[test]
fn other_column_headers_are_mapped_by_an_option() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "dossier.yaml", MINIMAL);
    write(
        dir.path(),
        "lijst.csv",
        "Wanneer,Bedrijfsnaam,Functie\n2026-04-02,Groothandel Voorbeek,Administratief medewerker\n",
    );
    let o = importeer(dir.path(), "lijst.csv", &[]);
    assert_eq!(code(&o), 1);
    assert_eq!(
        stderr(&o),
        "lijst.csv: geen kolom voor 'datum' gevonden in de eerste regel; geef haar aan met --kolom datum=<kop>\n"
    );
    let o = importeer(
        dir.path(),
        "lijst.csv",
        &[
            "--kolom",
            "datum=Wanneer",
            "--kolom",
            "werkgever=Bedrijfsnaam",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "lijst.csv: 1 sollicitatie toe te voegen, 0 overgeslagen\n  + regel 2: 2026-04-02  Groothandel Voorbeek, Administratief medewerker (overig, verstuurd)\nNiets geschreven; voeg ze toe met --schrijf.\n"
    );
    let o = importeer(dir.path(), "lijst.csv", &["--kolom", "naam=Bedrijfsnaam"]);
    assert_eq!(code(&o), 2);
    assert_eq!(
        stderr(&o),
        "fout: --kolom 'naam=Bedrijfsnaam': schrijf veld=Kop met een veld uit: datum, werkgever, functie, kanaal, status, resultaat, soort, omschrijving, duur\n"
    );
}

#[test]
fn activities_are_imported_with_their_kind_and_duration() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "dossier.yaml", MINIMAL);
    write(
        dir.path(),
        "activiteiten.csv",
        "Datum;Activiteit;Omschrijving;Duur\n2026-04-02;coachingsgesprek;Tweede gesprek.;60\n2026-04-01;marktverkenning;Vacatures verkend.;\n03-04-2026;cv;Cv bijgewerkt.;30 min\n04-04-2026;meeloopdag;Dag bij een bakkerij.;\n",
    );
    let o = importeer(
        dir.path(),
        "activiteiten.csv",
        &["--activiteiten", "--schrijf"],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        [
            "activiteiten.csv: 2 activiteiten toegevoegd, 2 overgeslagen",
            "  + regel 2: 2026-04-02  coachingsgesprek: Tweede gesprek. (60 min)",
            "  - regel 3: overgeslagen: staat al in het dossier (marktverkenning, Vacatures verkend.)",
            "  - regel 4: overgeslagen: soort 'cv' is onbekend; bedoelt u 'cv-motivatiebrief'? (cv, Cv bijgewerkt.)",
            "  + regel 5: 2026-04-04  meeloopdag: Dag bij een bakkerij.",
            "dossier.yaml: in orde\n",
        ]
        .join("\n")
    );
    let at = MINIMAL.find("  - datum: 2026-04-08").unwrap();
    let expected = format!(
        "{}  - datum: 2026-04-02\n    soort: coachingsgesprek\n    omschrijving: Tweede gesprek.\n    duur_minuten: 60\n  - datum: 2026-04-04\n    soort: meeloopdag\n    omschrijving: Dag bij een bakkerij.\n{}",
        &MINIMAL[..at],
        &MINIMAL[at..]
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("dossier.yaml")).unwrap(),
        expected
    );
}

#[test]
fn a_row_dated_after_the_peildatum_is_skipped_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "dossier.yaml", MINIMAL);
    write(
        dir.path(),
        "lijst.csv",
        "Datum;Bedrijf;Vacature\n20-11-2062;Firma Later;Planner\n2026-04-21;Firma Morgen;Planner\n2026-04-20;Firma Vandaag;Planner\n",
    );
    let o = importeer(dir.path(), "lijst.csv", &["--schrijf"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        [
            "lijst.csv: 1 sollicitatie toegevoegd, 2 overgeslagen",
            "  - regel 2: overgeslagen: de datum 20 november 2062 ligt na de peildatum (20 april 2026) (Firma Later, Planner)",
            "  - regel 3: overgeslagen: de datum 21 april 2026 ligt na de peildatum (20 april 2026) (Firma Morgen, Planner)",
            "  + regel 4: 2026-04-20  Firma Vandaag, Planner (overig, verstuurd)",
            "dossier.yaml: in orde\n",
        ]
        .join("\n")
    );
    let written = std::fs::read_to_string(dir.path().join("dossier.yaml")).unwrap();
    assert!(written.contains("werkgever: Firma Vandaag"), "{written}");
    assert!(!written.contains("Firma Later"), "{written}");
    assert!(!written.contains("Firma Morgen"), "{written}");
}
