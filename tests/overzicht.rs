//! The caseload overview on a fixture caseload with a fixed peildatum.

mod common;

use common::*;

fn caseload() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let cases = dir.path().join("caseload");
    std::fs::create_dir(&cases).unwrap();
    // On 2026-06-01 the first case's next monthly report is overdue.
    write(&cases, "achter.yaml", MINIMAL);
    // The second is up to date: a second report covers April-May.
    let second = format!(
        "{}  - periode: {{van: 2026-04-16, tot: 2026-05-15}}\n    datum: 2026-05-18\n    auteur: {{naam: Carla Coach, functie: Loopbaanadviseur}}\n    voortgang: Verder.\n    inzet_werknemer: Goed.\n    afspraken: Door.\n    visie_werknemer: Prima.\n    gezien_door_werknemer: 2026-05-19\n",
        MINIMAL
            .replace("dossier: T-001", "dossier: T-002")
            .replace("naam: Test Werknemer", "naam: Bea Bijgewerkt")
    );
    write(&cases, "bij.yaml", &second);
    write(&cases, "kapot.yaml", "versie: 1\ndossier: [\n");
    dir
}

/// `overzicht caseload` on 2026-06-01 into `overzicht.pdf`, with `extra`
/// options.
fn overzicht_pdf(dir: &std::path::Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec![
        "overzicht",
        "caseload",
        "--peildatum",
        "2026-06-01",
        "-o",
        "overzicht.pdf",
    ];
    args.extend_from_slice(extra);
    run_in(dir, &args)
}

#[test]
fn the_overview_lists_every_case_most_urgent_first() {
    let dir = caseload();
    let o = overzicht_pdf(dir.path(), &[]);
    // The unreadable journal is reported and makes the exit status 1.
    assert_eq!(code(&o), 1);
    assert_eq!(stdout(&o), "overzicht.pdf\n");
    assert_eq!(
        stderr(&o),
        "caseload/kapot.yaml: niet in het overzicht: het dossier kan niet worden gelezen (1 fout); zie spoor2 check\n"
    );
    let text = pdf_text(&dir.path().join("overzicht.pdf"));
    let flat = squash(&text);
    for expected in [
        "Overzicht caseload spoor 2",
        "2 dossiers",
        "1 met een te late rapportage",
        "Peildatum 1 juni 2026",
        "T-001",
        "Test Werknemer",
        "te laat (uiterlijk 29 mei 2026)",
        "T-002",
        "Bea Bijgewerkt",
        "nee (volgende uiterlijk 29 juni 2026)",
        "UWV stuurt WIA-aanvraagformulier: 23 november 2026",
    ] {
        assert!(
            flat.contains(&squash(expected)),
            "missing {expected:?} in:\n{text}"
        );
    }
    // The overdue case comes first.
    assert!(
        flat.find("T-001").unwrap() < flat.find("T-002").unwrap(),
        "{text}"
    );
}

#[test]
fn the_overview_as_csv_and_json() {
    let dir = caseload();
    let o = bin()
        .args([
            "overzicht",
            "caseload",
            "--peildatum",
            "2026-06-01",
            "--format",
            "csv",
        ])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(code(&o), 1);
    let csv = stdout(&o);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 3, "{csv}");
    assert!(
        lines[0].starts_with("\"bestand\";\"dossier\";\"werknemer\""),
        "{csv}"
    );
    assert!(lines[1].starts_with("\"achter.yaml\";\"T-001\";\"Test Werknemer\";\"Testbedrijf B.V.\";\"Carla Coach\";\"65\";\"54\";\"UWV stuurt WIA-aanvraagformulier\";\"2026-11-23\""), "{csv}");
    assert!(
        lines[1].contains(";\"te laat\";\"2026-05-29\";\"nee\""),
        "{csv}"
    );

    let o = bin()
        .args([
            "overzicht",
            "caseload",
            "--peildatum",
            "2026-06-01",
            "--format",
            "json",
        ])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(json[0]["dossier"], "T-001");
    assert_eq!(json[0]["rapportage_nodig"], "te-laat");
    assert_eq!(json[1]["dossier"], "T-002");
    assert_eq!(json[1]["rapportage_nodig"], "nee");
    assert_eq!(json[1]["volgende_termijn_datum"], "2026-11-23");
}

#[test]
fn a_typst_error_in_the_overview_template_is_traced_to_its_line() {
    let dir = caseload();
    let sjablonen = dir.path().join("sjablonen");
    std::fs::create_dir(&sjablonen).unwrap();
    write(
        &sjablonen,
        "overzicht.typ.tera",
        "#import \"spoor2.typ\": *\n\nOverzicht van {{ aantal }} dossiers\n#geen-functie-overzicht()\n",
    );
    let o = overzicht_pdf(dir.path(), &["--templates", "sjablonen"]);
    assert_eq!(code(&o), 4, "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains(
            "fout: het opmaken van het overzicht mislukte (sjabloon overzicht.typ.tera):\n"
        ),
        "{err}"
    );
    assert!(
        err.contains("unknown variable: geen-functie-overzicht"),
        "{err}"
    );
    assert!(
        err.contains("\n  vermoedelijk uit: sjabloon overzicht.typ.tera:4\n"),
        "{err}"
    );
    assert!(!dir.path().join("overzicht.pdf").exists());
}

#[test]
fn the_output_name_chooses_the_format_or_is_refused() {
    let dir = caseload();
    let o = run_in(
        dir.path(),
        &[
            "overzicht",
            "caseload",
            "--peildatum",
            "2026-06-01",
            "-o",
            "lijst.csv",
        ],
    );
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let csv = std::fs::read_to_string(dir.path().join("lijst.csv")).unwrap();
    assert!(csv.starts_with("\"bestand\";\"dossier\";"), "{csv}");
    assert!(csv.contains("\"T-002\";\"Bea Bijgewerkt\""), "{csv}");
    let o = run_in(
        dir.path(),
        &[
            "overzicht",
            "caseload",
            "--peildatum",
            "2026-06-01",
            "-o",
            "lijst.JSON",
        ],
    );
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("lijst.JSON")).unwrap())
            .unwrap_or_else(|e| panic!("{e}: {}", stderr(&o)));
    assert_eq!(json.as_array().map(Vec::len), Some(2));

    for (args, message) in [
        (
            vec!["-o", "lijst.txt"],
            "fout: -o lijst.txt: geef een bestandsnaam die eindigt op .pdf, .csv of .json; niets geschreven\n",
        ),
        (
            vec!["-o", "lijst.csv", "--format", "pdf"],
            "fout: -o lijst.csv: de naam eindigt op .csv maar --format is pdf; kies een van beide, of laat --format weg\n",
        ),
    ] {
        let _ = std::fs::remove_file(dir.path().join("lijst.csv"));
        let mut all = vec!["overzicht", "caseload", "--peildatum", "2026-06-01"];
        all.extend(args);
        let o = run_in(dir.path(), &all);
        assert_eq!(code(&o), 2);
        assert_eq!(stderr(&o), message);
        assert!(!dir.path().join("lijst.txt").exists());
        assert!(!dir.path().join("lijst.csv").exists());
    }
    let o = run_in(
        dir.path(),
        &[
            "jaarcijfers",
            "caseload",
            "--jaar",
            "2026",
            "--peildatum",
            "2026-06-01",
            "-o",
            "cijfers.csv",
        ],
    );
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let csv = std::fs::read_to_string(dir.path().join("cijfers.csv")).unwrap();
    assert!(csv.starts_with("\"kengetal\";\"waarde\""), "{csv}");
    let o = run_in(
        dir.path(),
        &[
            "jaarcijfers",
            "caseload",
            "--jaar",
            "2026",
            "-o",
            "cijfers.ods",
        ],
    );
    assert_eq!(code(&o), 2);
    assert_eq!(
        stderr(&o),
        "fout: -o cijfers.ods: geef een bestandsnaam die eindigt op .pdf, .csv of .json; niets geschreven\n"
    );
}
