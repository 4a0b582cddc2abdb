//! The bureau's house style (bureau.yaml): the logo and footer on every
//! report, the sober default without one, clear messages for a missing or
//! broken logo, and re-rendering when the house style changes.

mod common;

use std::path::Path;

use common::*;

const PEILDATUM: &str = "2026-11-22";

fn render_in(dir: &Path, args: &[&str]) -> std::process::Output {
    run_in(
        dir,
        &[&["render"], args, &["--peildatum", "2026-04-20"]].concat(),
    )
}

/// A folder with the minimal journal and a bureau.yaml.
fn caseload(bureau: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "d.yaml", MINIMAL);
    write(dir.path(), "bureau.yaml", bureau);
    dir
}

#[test]
fn every_sample_report_carries_the_bureau_logo_letterhead_and_footer() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(&[
        "render",
        "samples",
        "-o",
        dir.path().to_str().unwrap(),
        "--peildatum",
        PEILDATUM,
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let pdfs: Vec<_> = stdout(&o).lines().map(std::path::PathBuf::from).collect();
    assert_eq!(pdfs.len(), 12);
    for pdf in &pdfs {
        let alts = alt_texts(pdf);
        assert!(
            alts.iter().any(|a| a == "Logo van Werkpad Re-integratie"),
            "{}: {alts:?}",
            pdf.display()
        );
        let text = squash(&pdf_text(pdf));
        for expected in [
            "Lindengracht41",
            "3512KLUtrecht",
            "info@werkpad.example",
            "WerkpadRe-integratieB.V.·KvK00000000",
        ] {
            assert!(text.contains(expected), "{}: {expected}", pdf.display());
        }
    }
}

#[test]
fn without_a_bureau_yaml_reports_have_the_sober_default() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "d.yaml", MINIMAL);
    let o = render_in(dir.path(), &["d.yaml", "-o", "uit"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let pdf = dir.path().join("uit/T-001-voortgangsrapportage-01.pdf");
    assert!(!alt_texts(&pdf).iter().any(|a| a.starts_with("Logo")));
    // The journal's own bureau name heads the page.
    assert!(squash(&pdf_text(&pdf)).starts_with("TestbureauVoortgangsrapportagespoor2"));
}

#[test]
fn a_png_logo_is_used_by_reports_the_dossier_and_the_overview() {
    let dir = caseload(
        "naam: Bureau Lijnrecht\nlogo:\n  bestand: beeld/logo.png\n  alt: Logo van Bureau Lijnrecht\nkleur: \"#7a1f3d\"\n",
    );
    std::fs::create_dir(dir.path().join("beeld")).unwrap();
    std::fs::copy(
        root().join("tests/fixtures/huisstijl/logo.png"),
        dir.path().join("beeld/logo.png"),
    )
    .unwrap();
    let o = render_in(dir.path(), &["d.yaml", "-o", "uit"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let report = dir.path().join("uit/T-001-voortgangsrapportage-01.pdf");
    assert!(alt_texts(&report).contains(&"Logo van Bureau Lijnrecht".to_string()));
    // Named once on page 1, in the letterhead; the running head of the
    // later pages names it again.
    let pages = pdf_pages(&report);
    assert_eq!(
        squash(&pages[0]).matches("BureauLijnrecht").count(),
        1,
        "{}",
        pages[0]
    );
    assert!(
        squash(&pages[1]).starts_with("BureauLijnrecht"),
        "{}",
        pages[1]
    );

    let o = run_in(
        dir.path(),
        &[
            "dossier",
            "d.yaml",
            "-o",
            "dossier.pdf",
            "--datum",
            "2026-04-20",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    // The cover shows it; the reports inside leave the letterhead to the
    // cover instead of repeating it.
    let alts = alt_texts(&dir.path().join("dossier.pdf"));
    assert_eq!(
        alts.iter()
            .filter(|a| *a == "Logo van Bureau Lijnrecht")
            .count(),
        1,
        "{alts:?}"
    );

    let o = run_in(
        dir.path(),
        &[
            "overzicht",
            ".",
            "-o",
            "overzicht.pdf",
            "--peildatum",
            "2026-04-20",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let text = squash(&pdf_text(&dir.path().join("overzicht.pdf")));
    // One page: the letterhead names the bureau, once.
    assert_eq!(text.matches("BureauLijnrecht").count(), 1, "{text}");
}

#[test]
fn a_missing_logo_is_a_clear_message_and_nothing_is_written() {
    let dir = caseload("naam: Bureau Lijnrecht\nlogo:\n  bestand: logo.svg\n  alt: Logo\n");
    let o = render_in(dir.path(), &["d.yaml", "-o", "uit"]);
    assert_eq!(code(&o), 1);
    let err = stderr(&o);
    assert!(
        err.starts_with(
            "bureau.yaml:3:12: fout: logo.bestand: het logo logo.svg kan niet worden gelezen: het bestand of de map bestaat niet\n  \
hulp: controleer de bestandsnaam; het pad geldt vanaf de map van bureau.yaml\n\
d.yaml: geen rapportages gemaakt: de huisstijl (bureau.yaml) is niet bruikbaar\n\
0 gemaakt, 0 al actueel, 0 mislukt in "
        ),
        "{err}"
    );
    assert!(err.ends_with(" s; 1 dossier overgeslagen\n"), "{err}");
    assert!(
        !dir.path()
            .join("uit/T-001-voortgangsrapportage-01.pdf")
            .exists()
    );
}

#[test]
fn a_broken_logo_is_refused_before_typesetting() {
    let dir = caseload("naam: Bureau Lijnrecht\nlogo:\n  bestand: logo.png\n  alt: Logo\n");
    let png = std::fs::read(root().join("tests/fixtures/huisstijl/logo.png")).unwrap();
    std::fs::write(dir.path().join("logo.png"), &png[..60]).unwrap();
    let o = run_in(dir.path(), &["dossier", "d.yaml", "-o", "dossier.pdf"]);
    assert_eq!(code(&o), 1);
    let err = stderr(&o);
    assert!(
        err.contains(
            "bureau.yaml:3:12: fout: logo.bestand: het logo logo.png is geen geldig PNG-bestand en kan niet worden afgebeeld\n  \
hulp: sla het logo opnieuw op als PNG of SVG (bijvoorbeeld vanuit het ontwerpprogramma) en probeer het nog eens\n\
d.yaml: geen WIA-dossier gemaakt: de huisstijl (bureau.yaml) is niet bruikbaar\n"
        ),
        "{err}"
    );
    assert!(!dir.path().join("dossier.pdf").exists());

    // Not an image format at all.
    write(
        dir.path(),
        "bureau.yaml",
        "naam: Bureau Lijnrecht\nlogo:\n  bestand: logo.gif\n  alt: Logo\n",
    );
    let o = render_in(dir.path(), &["d.yaml", "-o", "uit"]);
    assert!(
        stderr(&o).starts_with(
            "bureau.yaml:3:12: fout: logo.bestand: het logo logo.gif is geen PNG- of SVG-bestand\n  hulp: gebruik een logo met de extensie .png of .svg\n"
        ),
        "{}",
        stderr(&o)
    );
}

#[test]
fn every_problem_of_a_bureau_yaml_comes_in_one_run() {
    let dir = caseload(
        "naam: Bureau Lijnrecht\nkleur: \"#ffd700\"\nlogo:\n  bestand: weg.svg\n  alt: Logo\nkleuren: blauw\n",
    );
    let o = run_in(
        dir.path(),
        &["check", "d.yaml", "--peildatum", "2026-04-20"],
    );
    assert_eq!(code(&o), 1);
    assert!(
        stdout(&o).starts_with(
            "bureau.yaml:2:8: fout: kleur: de kleur #ffd700 is te licht om als tekst op wit te lezen (contrast 1,4:1, minstens 4,5:1 nodig)\n  \
hulp: kies een donkerdere tint van de huiskleur; koppen en tabelkoppen worden in deze kleur gezet\n\
bureau.yaml:4:12: fout: logo.bestand: het logo weg.svg kan niet worden gelezen: het bestand of de map bestaat niet\n  \
hulp: controleer de bestandsnaam; het pad geldt vanaf de map van bureau.yaml\n\
bureau.yaml:6:1: fout: kleuren: onbekend veld 'kleuren'\n  \
hulp: bedoelt u 'kleur'?\n\
bureau.yaml: huisstijl niet bruikbaar; er worden geen rapportages gemaakt van de dossiers die hem gebruiken\n"
        ),
        "{}",
        stdout(&o)
    );

    // A colour without quotes is a YAML comment: said so, at the key.
    write(
        dir.path(),
        "bureau.yaml",
        "naam: Bureau Lijnrecht\nkleur: #1e5b4c\n",
    );
    let o = run_in(dir.path(), &["check", "bureau.yaml"]);
    assert_eq!(code(&o), 1);
    assert_eq!(
        stdout(&o),
        "bureau.yaml:2:1: fout: kleur: de kleur is leeg; een # zonder aanhalingstekens begint in YAML een opmerking\n  \
hulp: zet de kleur tussen aanhalingstekens, bijvoorbeeld kleur: \"#1e5b4c\"\n\
bureau.yaml: huisstijl niet bruikbaar\n"
    );
}

#[test]
fn a_bureau_yaml_in_a_parent_folder_applies_and_is_not_a_journal() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "bureau.yaml",
        "naam: Bureau Lijnrecht\nvoettekst: Lid van de Vereniging Fictieve Bureaus\n",
    );
    std::fs::create_dir(dir.path().join("team-noord")).unwrap();
    write(&dir.path().join("team-noord"), "d.yaml", MINIMAL);
    let o = render_in(dir.path(), &[".", "-o", "uit", "--format", "json"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let dossiers = json["dossiers"].as_array().unwrap();
    assert_eq!(dossiers.len(), 1, "bureau.yaml is not a journal: {json}");
    let text = squash(&pdf_text(
        &dir.path().join("uit/T-001-voortgangsrapportage-01.pdf"),
    ));
    assert!(text.contains("LidvandeVerenigingFictieveBureaus"), "{text}");

    // --bureau takes precedence over the one found.
    write(dir.path(), "ander-bureau.yml", "naam: Bureau Elders\n");
    let o = render_in(
        dir.path(),
        &[
            "team-noord/d.yaml",
            "-o",
            "uit2",
            "--bureau",
            "ander-bureau.yml",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let text = squash(&pdf_text(
        &dir.path().join("uit2/T-001-voortgangsrapportage-01.pdf"),
    ));
    assert!(text.contains("BureauElders"), "{text}");
}

#[test]
fn changing_the_house_style_re_renders_the_reports_that_use_it() {
    let dir = caseload("naam: Bureau Lijnrecht\n");
    let summary = |o: &std::process::Output| -> serde_json::Value {
        serde_json::from_str::<serde_json::Value>(&stdout(o)).unwrap()["samenvatting"].clone()
    };
    let o = render_in(dir.path(), &["d.yaml", "-o", "uit", "--format", "json"]);
    assert_eq!(summary(&o)["gemaakt"], 1);
    let o = render_in(dir.path(), &["d.yaml", "-o", "uit", "--format", "json"]);
    assert_eq!(summary(&o)["actueel"], 1);
    write(
        dir.path(),
        "bureau.yaml",
        "naam: Bureau Lijnrecht\nkleur: \"#7a1f3d\"\n",
    );
    let o = render_in(dir.path(), &["d.yaml", "-o", "uit", "--format", "json"]);
    assert_eq!(summary(&o)["gemaakt"], 1, "{}", stdout(&o));
}

#[test]
fn a_house_style_file_that_cannot_be_read_is_an_io_failure() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "d.yaml", MINIMAL);
    let o = run_in(
        dir.path(),
        &[
            "dossier",
            "d.yaml",
            "--bureau",
            "weg.yaml",
            "-o",
            "dossier.pdf",
            "--datum",
            "2026-04-20",
        ],
    );
    assert_eq!(code(&o), 3);
    assert_eq!(
        stderr(&o),
        "weg.yaml: fout: kan de huisstijl niet lezen: het bestand of de map bestaat niet\n\
d.yaml: geen WIA-dossier gemaakt: de huisstijl (bureau.yaml) is niet bruikbaar\n"
    );
    assert!(!dir.path().join("dossier.pdf").exists());
}
