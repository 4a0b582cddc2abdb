//! A coach's workflow: `nieuw` starts a journal that checks and renders;
//! `schema` describes the format for editors.

mod common;

use common::*;

#[test]
fn nieuw_writes_a_journal_that_checks_and_renders() {
    let dir = tempfile::tempdir().unwrap();
    let o = bin()
        .args([
            "nieuw",
            "--naam",
            "Kees de Jong",
            "--werkgever",
            "Bakkerij 't Hoekje",
            "--eerste-ziektedag",
            "2025-09-01",
            "--start",
            "2026-09-28",
            "--cadans",
            "zeswekelijks",
            "--dossier",
            "S2-2026-100",
            "--niet-vragen",
        ])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(stdout(&o), "S2-2026-100.yaml\n");
    let text = std::fs::read_to_string(dir.path().join("S2-2026-100.yaml")).unwrap();
    assert!(
        text.starts_with("# yaml-language-server: $schema=./spoor2.schema.json\n"),
        "{text}"
    );
    assert!(dir.path().join("spoor2.schema.json").is_file());

    // It checks: warnings for what is still to be filled in, no errors.
    let o = bin()
        .args(["check", "S2-2026-100.yaml", "--peildatum", "2026-10-01"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(code(&o), 0, "{}", stdout(&o));
    let out = stdout(&o);
    assert!(!out.contains(": fout"), "{out}");
    assert!(
        out.contains("S2-2026-100.yaml:16:11: waarschuwing[invullen]: werkgever.contactpersoon.naam: nog niet ingevuld\n  hulp: vervang '(invullen)' door de juiste gegevens\n"),
        "{out}"
    );

    // It renders.
    let o = bin()
        .args([
            "render",
            "S2-2026-100.yaml",
            "-o",
            "uit",
            "--peildatum",
            "2026-10-01",
        ])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let pdf = pdf_text(
        &dir.path()
            .join("uit/S2-2026-100-voortgangsrapportage-01.pdf"),
    );
    assert!(pdf.contains("Kees de Jong"), "{pdf}");
    assert!(pdf.contains("Bakkerij 't Hoekje"), "{pdf}");
    assert!(
        squash(&pdf).contains(&squash("periode 28 september 2026 t/m 8 november 2026")),
        "{pdf}"
    );
}

#[test]
fn nieuw_without_a_terminal_names_what_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let o = bin()
        .args(["nieuw", "--naam", "Kees de Jong"])
        .current_dir(dir.path())
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(code(&o), 2);
    assert_eq!(
        stderr(&o),
        "fout: --werkgever ontbreekt (Naam van de werkgever)\n"
    );
}

fn schema_validator() -> jsonschema::Validator {
    let o = run(&["schema"]);
    assert_eq!(code(&o), 0);
    let schema: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

fn yaml_to_json(text: &str) -> serde_json::Value {
    serde_yaml::from_str(text).unwrap()
}

#[test]
fn the_schema_accepts_every_sample_and_the_fixture() {
    let validator = schema_validator();
    for name in [
        "lopend-traject.yaml",
        "afgerond-plaatsing.yaml",
        "wia-aanvraag.yaml",
    ] {
        let text = std::fs::read_to_string(root().join("samples").join(name)).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&yaml_to_json(&text))
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
    }
    assert!(validator.is_valid(&yaml_to_json(MINIMAL)));
}

#[test]
fn the_schema_rejects_an_unknown_key_and_a_wrong_value() {
    let validator = schema_validator();
    let typo = MINIMAL.replace("  naam: Test Werknemer", "  naaam: Test Werknemer");
    assert!(!validator.is_valid(&yaml_to_json(&typo)));
    let wrong = MINIMAL.replace("rapportage: maandelijks", "rapportage: wekelijks");
    assert!(!validator.is_valid(&yaml_to_json(&wrong)));
}

#[test]
fn the_schema_describes_fields_and_values_in_dutch() {
    let o = run(&["schema"]);
    let schema: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let traject = &schema["$defs"]["Traject"];
    assert_eq!(
        traject["properties"]["startdatum"]["description"],
        "Startdatum van spoor 2."
    );
    let soort = &schema["$defs"]["ActiviteitSoort"];
    let values: Vec<&str> = soort["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(values.contains(&"cv-motivatiebrief"), "{soort}");
    assert_eq!(
        schema["$defs"]["Cadans"]["oneOf"][0]["description"],
        "Elke maand."
    );
}

#[test]
fn render_can_make_one_report_at_a_time() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("uit");
    let o = run(&[
        "render",
        "samples",
        "-o",
        out.to_str().unwrap(),
        "--alleen",
        "2026-09",
        "--peildatum",
        "2026-11-22",
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        format!(
            "{}\n",
            out.join("S2-2026-031-voortgangsrapportage-02.pdf")
                .display()
        )
    );
    let o = run(&[
        "render",
        "samples/afgerond-plaatsing.yaml",
        "-o",
        out.to_str().unwrap(),
        "--alleen",
        "eind",
        "--peildatum",
        "2026-11-22",
    ]);
    assert_eq!(
        stdout(&o),
        format!("{}\n", out.join("S2-2025-118-eindrapportage.pdf").display())
    );
    let o = run(&[
        "render",
        "samples",
        "-o",
        out.to_str().unwrap(),
        "--alleen",
        "oktober",
    ]);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o)
            .contains("'oktober' is geen maand of 'eind'; schrijf bijvoorbeeld 2026-10 of eind"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn completions_and_man_page_come_from_the_command_definitions() {
    let o = run(&["aanvullingen", "bash"]);
    assert_eq!(code(&o), 0);
    assert!(stdout(&o).contains("tijdlijn"), "{}", stdout(&o));
    assert!(stdout(&o).contains("--peildatum"));
    let o = run(&["handleiding"]);
    assert_eq!(code(&o), 0);
    assert!(
        stdout(&o).starts_with(".ie \\n(.g .ds Aq"),
        "{}",
        stdout(&o)
    );
    assert!(stdout(&o).contains("Voortgangsrapportages en eindrapportages spoor 2"));
}

#[test]
fn watch_re_renders_after_a_change_and_keeps_the_last_good_pdf() {
    use std::io::{BufRead, BufReader};
    use std::sync::mpsc;
    use std::time::{Duration, Instant};

    let dir = tempfile::tempdir().unwrap();
    let journal = write(dir.path(), "d.yaml", MINIMAL);
    let pdf = dir.path().join("uit/T-001-voortgangsrapportage-01.pdf");
    let mut child = bin()
        .args([
            "watch",
            "d.yaml",
            "-o",
            "uit",
            "--peildatum",
            "2026-04-20",
            "--interval-ms",
            "50",
        ])
        .current_dir(dir.path())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Read stderr on a thread so the child never blocks on a full pipe.
    let (tx, rx) = mpsc::channel::<String>();
    let stderr = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let mut seen = String::new();
    let mut wait_for = |needle: &str, count: usize| {
        let deadline = Instant::now() + Duration::from_secs(60);
        while seen.matches(needle).count() < count {
            let left = deadline.saturating_duration_since(Instant::now());
            match rx.recv_timeout(left) {
                Ok(line) => {
                    seen.push_str(&line);
                    seen.push('\n');
                }
                Err(_) => panic!("no {needle:?} within the time limit:\n{seen}"),
            }
        }
    };

    wait_for("-- klaar", 1);
    assert!(pdf_text(&pdf).contains("Het traject is gestart."));

    // A change is picked up and the report made again.
    std::fs::write(
        &journal,
        MINIMAL.replace("Het traject is gestart.", "Het traject loopt goed."),
    )
    .unwrap();
    wait_for("-- klaar", 2);
    assert!(pdf_text(&pdf).contains("Het traject loopt goed."));

    // A broken save prints the error and keeps the last good PDF.
    std::fs::write(
        &journal,
        MINIMAL.replace("intake: 2026-03-09", "intake: 2026-02-30"),
    )
    .unwrap();
    wait_for("-- niet gelukt", 1);
    assert!(
        seen.contains("d.yaml:21:11: fout: traject.intake: '2026-02-30' bestaat niet"),
        "{seen}"
    );
    assert!(pdf_text(&pdf).contains("Het traject loopt goed."));

    let _ = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0));
}
