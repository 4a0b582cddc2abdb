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
            "Bakkerij 't Kromhoekje",
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
    // Format version 2, with every section of it present to fill in.
    assert!(text.contains("\nversie: 2\n"), "{text}");
    for section in [
        "\npersoonsprofiel:\n",
        "\ntrajectplan:\n",
        "\n    onderbouwing: |\n",
        "\nwerkgevercontacten: []\n",
        "\nmaatregelen: []\n",
        "\n    akkoord_werknemer: ",
        "\n    verzonden_aan_werkgever: ",
    ] {
        assert!(text.contains(section), "no {section:?} in\n{text}");
    }

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
    assert!(pdf.contains("Bakkerij 't Kromhoekje"), "{pdf}");
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

/// `spoor2 watch` running in a folder, its output lines gathered as they
/// come (on a thread, so it never blocks on a full pipe).
struct Watch {
    child: std::process::Child,
    lines: std::sync::mpsc::Receiver<String>,
    seen: String,
}

impl Watch {
    /// Watches `d.yaml` into `uit/`, polling every `interval_ms` where the
    /// file system gives no notice.
    fn start(dir: &std::path::Path, interval_ms: &str) -> Watch {
        use std::io::{BufRead, BufReader, Read};
        let mut child = bin()
            .args(["watch", "d.yaml", "-o", "uit", "--peildatum", "2026-04-20"])
            .args(["--interval-ms", interval_ms])
            .current_dir(dir)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let (tx, lines) = std::sync::mpsc::channel::<String>();
        let pipes: [Box<dyn Read + Send>; 2] = [
            Box::new(child.stderr.take().unwrap()),
            Box::new(child.stdout.take().unwrap()),
        ];
        for pipe in pipes {
            let tx = tx.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(pipe).lines().map_while(Result::ok) {
                    let _ = tx.send(line);
                }
            });
        }
        Watch {
            child,
            lines,
            seen: String::new(),
        }
    }

    /// Waits until `needle` has been printed `count` times (a hang fails
    /// after [`PATIENCE`]).
    fn wait_for(&mut self, needle: &str, count: usize) -> &str {
        use std::time::Instant;
        let deadline = Instant::now() + PATIENCE;
        while self.seen.matches(needle).count() < count {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    self.seen.push_str(&line);
                    self.seen.push('\n');
                }
                Err(_) => panic!("no {needle:?} within the time limit:\n{}", self.seen),
            }
        }
        &self.seen
    }

    /// Ctrl-C: watch stops with status 0.
    fn stop(mut self) {
        let _ = std::process::Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status();
        assert_eq!(self.child.wait().unwrap().code(), Some(0));
    }
}

#[test]
fn watch_re_renders_after_a_change_and_keeps_the_last_good_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let journal = write(dir.path(), "d.yaml", MINIMAL);
    let pdf = dir.path().join("uit/T-001-voortgangsrapportage-01.pdf");
    let mut watch = Watch::start(dir.path(), "50");
    watch.wait_for("-- klaar", 1);
    assert!(pdf_text(&pdf).contains("Het traject is gestart."));

    // A change is picked up and the report made again.
    std::fs::write(
        &journal,
        MINIMAL.replace("Het traject is gestart.", "Het traject loopt goed."),
    )
    .unwrap();
    watch.wait_for("-- klaar", 2);
    assert!(pdf_text(&pdf).contains("Het traject loopt goed."));

    // A broken save prints the error and keeps the last good PDF.
    std::fs::write(
        &journal,
        MINIMAL.replace("intake: 2026-03-09", "intake: 2026-02-30"),
    )
    .unwrap();
    let seen = watch.wait_for("-- niet gelukt", 1);
    assert!(
        seen.contains("d.yaml:21:11: fout: traject.intake: '2026-02-30' bestaat niet"),
        "{seen}"
    );
    assert!(pdf_text(&pdf).contains("Het traject loopt goed."));
    watch.stop();
}

#[test]
fn watch_is_told_of_a_change_rather_than_waiting_for_a_polling_round() {
    let dir = tempfile::tempdir().unwrap();
    let journal = write(dir.path(), "d.yaml", MINIMAL);
    let pdf = dir.path().join("uit/T-001-voortgangsrapportage-01.pdf");
    // Each write is a new file renamed into place: a new inode.
    let written = || {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata(&pdf).unwrap().ino()
    };
    // Polling once an hour: only the file system's notice can wake it.
    let mut watch = Watch::start(dir.path(), "3600000");
    let seen = watch.wait_for("-- klaar", 1);
    assert!(!seen.contains("er wordt elke"), "{seen}");
    let first = written();

    // A comment changes the file but no report: nothing is typeset again.
    std::fs::write(&journal, format!("{MINIMAL}# een opmerking\n")).unwrap();
    watch.wait_for("-- klaar", 2);
    assert_eq!(written(), first);

    // A change to the report's text makes that report again.
    std::fs::write(
        &journal,
        MINIMAL.replace("Het traject is gestart.", "Het traject loopt door."),
    )
    .unwrap();
    watch.wait_for("-- klaar", 3);
    assert_ne!(written(), first);
    assert!(pdf_text(&pdf).contains("Het traject loopt door."));
    watch.stop();
}
