//! A caseload folder at once: good and broken journals, the JSON summary,
//! and incremental re-runs.

mod common;

use std::path::Path;

use common::*;

fn caseload(dir: &Path) {
    let cases = dir.join("caseload");
    std::fs::create_dir_all(cases.join("team-noord")).unwrap();
    std::fs::create_dir_all(cases.join(".verborgen")).unwrap();
    write(&cases, "a.yaml", MINIMAL);
    write(
        &cases.join("team-noord"),
        "b.yml",
        &MINIMAL.replace("dossier: T-001", "dossier: T-002"),
    );
    write(&cases, "kapot.yaml", "versie: 1\ndossier: [\n");
    write(
        &cases,
        "fout.yaml",
        &MINIMAL
            .replace("dossier: T-001", "dossier: T-003")
            .replace("intake: 2026-03-09", "intake: 2026-02-30"),
    );
    // Ignored: hidden folders and files that are not journals.
    write(&cases.join(".verborgen"), "c.yaml", "niet: lezen");
    write(&cases, "leesmij.txt", "geen dossier");
}

fn render_json(dir: &Path, extra: &[&str]) -> (i32, serde_json::Value) {
    let o = bin()
        .args([
            "render",
            "caseload",
            "-o",
            "caseload/uit",
            "--peildatum",
            "2026-04-20",
            "--format",
            "json",
        ])
        .args(extra)
        .current_dir(dir)
        .output()
        .unwrap();
    let json = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", stdout(&o)));
    (code(&o), json)
}

fn statuses(json: &serde_json::Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for d in json["dossiers"].as_array().unwrap() {
        for r in d["rapportages"].as_array().unwrap() {
            out.push((
                r["bestand"].as_str().unwrap().to_string(),
                r["status"].as_str().unwrap().to_string(),
            ));
        }
    }
    out
}

#[test]
fn a_caseload_renders_the_good_journals_and_reports_the_broken_ones() {
    let dir = tempfile::tempdir().unwrap();
    caseload(dir.path());
    let (code, json) = render_json(dir.path(), &[]);
    assert_eq!(code, 1);
    let files: Vec<&str> = json["dossiers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["dossierbestand"].as_str().unwrap())
        .collect();
    assert_eq!(
        files,
        [
            "caseload/a.yaml",
            "caseload/fout.yaml",
            "caseload/kapot.yaml",
            "caseload/team-noord/b.yml"
        ]
    );
    assert_eq!(json["samenvatting"]["gemaakt"], 2);
    assert_eq!(json["samenvatting"]["actueel"], 0);
    assert_eq!(json["samenvatting"]["mislukt"], 0);
    assert_eq!(json["samenvatting"]["dossiers_overgeslagen"], 2);
    let kapot = &json["dossiers"][2];
    assert_eq!(kapot["overgeslagen"], "fouten in het dossier");
    assert!(
        kapot["meldingen"][0]
            .as_str()
            .unwrap()
            .starts_with("caseload/kapot.yaml:3:1: fout[yaml]: "),
        "{kapot}"
    );
    assert_eq!(
        statuses(&json),
        [
            ("T-001-voortgangsrapportage-01.pdf".into(), "gemaakt".into()),
            ("T-002-voortgangsrapportage-01.pdf".into(), "gemaakt".into()),
        ]
    );
    let text = pdf_text(
        &dir.path()
            .join("caseload/uit/T-002-voortgangsrapportage-01.pdf"),
    );
    assert!(text.contains("T-002"), "{text}");
}

#[test]
fn a_second_run_skips_everything_and_a_change_re_renders_only_its_reports() {
    let dir = tempfile::tempdir().unwrap();
    caseload(dir.path());
    render_json(dir.path(), &[]);
    let pdf = dir
        .path()
        .join("caseload/uit/T-001-voortgangsrapportage-01.pdf");
    let before = std::fs::read(&pdf).unwrap();

    let (_, json) = render_json(dir.path(), &[]);
    assert_eq!(json["samenvatting"]["gemaakt"], 0);
    assert_eq!(json["samenvatting"]["actueel"], 2);

    // Change one journal: only its report is made again. The report was
    // seen by the employee, so its new text is a deliberate new version.
    let b = dir.path().join("caseload/team-noord/b.yml");
    let changed = std::fs::read_to_string(&b)
        .unwrap()
        .replace("Het traject is gestart.", "Het traject is goed gestart.")
        .replace(
            "    gezien_door_werknemer: 2026-04-20\n",
            "    gezien_door_werknemer: 2026-04-20\n    nieuwe_versie: {datum: 2026-04-21, reden: Woordkeuze.}\n",
        );
    std::fs::write(&b, changed).unwrap();
    let (_, json) = render_json(dir.path(), &[]);
    assert_eq!(
        statuses(&json),
        [
            ("T-001-voortgangsrapportage-01.pdf".into(), "actueel".into()),
            ("T-002-voortgangsrapportage-01.pdf".into(), "gemaakt".into()),
        ]
    );
    let text = pdf_text(
        &dir.path()
            .join("caseload/uit/T-002-voortgangsrapportage-01.pdf"),
    );
    assert!(text.contains("Het traject is goed gestart."), "{text}");

    // A deleted PDF is made again, even though the manifest knows it.
    std::fs::remove_file(&pdf).unwrap();
    let (_, json) = render_json(dir.path(), &[]);
    assert_eq!(json["samenvatting"]["gemaakt"], 1);
    assert_eq!(std::fs::read(&pdf).unwrap(), before);

    // --force makes everything.
    let (_, json) = render_json(dir.path(), &["--force"]);
    assert_eq!(json["samenvatting"]["gemaakt"], 2);
    assert_eq!(json["samenvatting"]["actueel"], 0);
}

#[test]
fn job_counts_give_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    caseload(dir.path());
    let run_with = |jobs: &str, out: &str| {
        let o = bin()
            .args([
                "render",
                "caseload",
                "-o",
                out,
                "--peildatum",
                "2026-04-20",
                "--jobs",
                jobs,
                "--quiet",
            ])
            .current_dir(dir.path())
            .output()
            .unwrap();
        assert_eq!(code(&o), 1, "{}", stderr(&o));
    };
    run_with("1", "een");
    run_with("2", "twee");
    for name in [
        "T-001-voortgangsrapportage-01.pdf",
        "T-002-voortgangsrapportage-01.pdf",
    ] {
        assert_eq!(
            std::fs::read(dir.path().join("een").join(name)).unwrap(),
            std::fs::read(dir.path().join("twee").join(name)).unwrap(),
            "{name}"
        );
    }
}

#[test]
fn the_text_summary_counts_what_happened() {
    let dir = tempfile::tempdir().unwrap();
    caseload(dir.path());
    let o = bin()
        .args([
            "render",
            "caseload",
            "-o",
            "caseload/uit",
            "--peildatum",
            "2026-04-20",
        ])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(code(&o), 1);
    assert_eq!(
        stdout(&o),
        "caseload/uit/T-001-voortgangsrapportage-01.pdf\ncaseload/uit/T-002-voortgangsrapportage-01.pdf\n"
    );
    let err = stderr(&o);
    let last = err.lines().last().unwrap();
    assert!(
        last.starts_with("2 gemaakt, 0 al actueel, 0 mislukt in "),
        "{err}"
    );
    assert!(last.ends_with(" s; 2 dossiers overgeslagen"), "{err}");
    // No progress bar when stderr is not a terminal.
    assert!(!err.contains("rapportages ·"), "{err}");
}
