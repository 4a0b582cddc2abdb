//! `spoor2 toevoegen` and `ongedaan`: entries written into the journal's
//! text, keeping every comment, blank line and the coach's layout; checked
//! before writing; undone byte for byte.

mod common;

use std::path::Path;

use common::*;

const PEIL: &str = "2026-04-20";

fn toevoegen(dir: &Path, args: &[&str]) -> std::process::Output {
    let mut all = vec!["toevoegen", "dossier.yaml"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--peildatum", PEIL, "--niet-vragen"]);
    run_in(dir, &all)
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn entries_go_into_the_coachs_own_text_in_date_order() {
    let dir = tempfile::tempdir().unwrap();
    let original = include_str!("fixtures/bewerken/dossier.yaml");
    write(dir.path(), "dossier.yaml", original);
    let steps: [&[&str]; 4] = [
        &[
            "activiteit",
            "--datum",
            "2026-03-25",
            "--soort",
            "coachingsgesprek",
            "--omschrijving",
            "Tweede gesprek: sterke punten.",
            "--duur",
            "60",
        ],
        &[
            "sollicitatie",
            "--datum",
            "10-04-2026",
            "--werkgever",
            "Voorbeeld B.V.",
            "--functie",
            "Administratief medewerker",
            "--kanaal",
            "vacaturesite",
            "--status",
            "verstuurd",
        ],
        &[
            "contact",
            "--datum",
            "2026-04-02",
            "--vorm",
            "driegesprek",
            "--met",
            "Petra Test (HR-adviseur)",
            "--onderwerp",
            "Trajectplan besproken.",
            "--uitkomst",
            "Akkoord.",
        ],
        &[
            "activiteit",
            "--datum",
            "2026-04-18",
            "--soort",
            "evaluatie",
            "--omschrijving",
            "Regel een:\n- punt een\n- punt twee",
        ],
    ];
    let said = [
        "dossier.yaml: activiteit van 25 maart 2026 toegevoegd aan activiteiten\ndossier.yaml: 2 waarschuwingen\n",
        "dossier.yaml: sollicitatie van 10 april 2026 toegevoegd aan sollicitaties\ndossier.yaml: in orde\n",
        "dossier.yaml: contact met de werkgever van 2 april 2026 toegevoegd aan werkgevercontacten\ndossier.yaml: in orde\n",
        "dossier.yaml: activiteit van 18 april 2026 toegevoegd aan activiteiten\ndossier.yaml: in orde\n",
    ];
    for (args, expected) in steps.iter().zip(said) {
        let o = toevoegen(dir.path(), args);
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        assert_eq!(stdout(&o), expected);
    }
    // And the next report, written in an "editor".
    let script = dir.path().join("editor.sh");
    std::fs::write(
        &script,
        "#!/bin/sh\ncat > \"$1\" <<'TEXT'\n== Voortgang ==\nTwee gesprekken en een sollicitatie.\n== Belemmeringen ==\n== Inzet van de werknemer ==\nGoed.\n== Afspraken en vervolgstappen ==\n- Verder zoeken.\n== Visie van de werknemer ==\nTEXT\n",
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let o = bin()
        .args([
            "rapportage",
            "dossier.yaml",
            "--datum",
            "2026-05-18",
            "--peildatum",
            "2026-05-18",
        ])
        .env("EDITOR", &script)
        .env_remove("VISUAL")
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    std::fs::remove_file(&script).unwrap();

    let edited = std::fs::read_to_string(dir.path().join("dossier.yaml")).unwrap();
    assert_eq!(edited, include_str!("fixtures/bewerken/verwacht.yaml"));
    // The text the coach wrote is all still there, in order.
    let mut rest = edited.as_str();
    for line in original.lines().filter(|l| !l.contains("[]")) {
        let at = rest.find(line).unwrap_or_else(|| panic!("lost: {line:?}"));
        rest = &rest[at + line.len()..];
    }
    // The previous version is the one before the last edit.
    assert_eq!(
        files_in(dir.path()),
        ["dossier.yaml", "dossier.yaml.vorige"]
    );
}

#[test]
fn every_sample_survives_an_add_then_undo_byte_for_byte() {
    // A day inside each trajectory.
    for (sample, day) in [
        ("lopend-traject", "2026-09-10"),
        ("afgerond-plaatsing", "2025-10-10"),
        ("wia-aanvraag", "2026-02-10"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let bytes = std::fs::read(root().join(format!("samples/{sample}.yaml"))).unwrap();
        std::fs::write(dir.path().join("dossier.yaml"), &bytes).unwrap();
        for args in [
            &[
                "activiteit",
                "--datum",
                day,
                "--soort",
                "overig",
                "--omschrijving",
                "Tussendoor.",
            ][..],
            &[
                "maatregel",
                "--datum",
                day,
                "--soort",
                "scholing",
                "--omschrijving",
                "Cursus.",
            ],
        ] {
            let o = run_in(
                dir.path(),
                &[
                    &["toevoegen", "dossier.yaml"],
                    args,
                    &["--peildatum", "2026-11-22", "--niet-vragen"],
                ]
                .concat(),
            );
            assert_eq!(code(&o), 0, "{sample}: {}", stderr(&o));
            assert_ne!(
                std::fs::read(dir.path().join("dossier.yaml")).unwrap(),
                bytes
            );
            let o = run_in(dir.path(), &["ongedaan", "dossier.yaml"]);
            assert_eq!(code(&o), 0, "{}", stderr(&o));
            assert_eq!(
                stdout(&o),
                "dossier.yaml: de laatste wijziging is teruggezet\n"
            );
            assert_eq!(
                std::fs::read(dir.path().join("dossier.yaml")).unwrap(),
                bytes,
                "{sample}"
            );
            assert_eq!(files_in(dir.path()), ["dossier.yaml"]);
        }
    }
}

#[test]
fn an_edit_that_would_make_the_journal_invalid_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "dossier.yaml", MINIMAL);
    // Before the aanmelding: the checks refuse it.
    let o = toevoegen(
        dir.path(),
        &[
            "activiteit",
            "--datum",
            "2026-01-05",
            "--soort",
            "intake",
            "--omschrijving",
            "Te vroeg.",
        ],
    );
    assert_eq!(code(&o), 1);
    assert_eq!(
        stderr(&o),
        "dossier.yaml:44:12: fout: activiteiten[1].datum: deze activiteit (5 januari 2026) ligt vóór de aanmelding (2 maart 2026)\n  hulp: controleer de datum; werk van vóór de aanmelding hoort niet in dit traject\n\
dossier.yaml: niets toegevoegd: met deze activiteit zou het dossier fouten hebben; het bestand is niet veranderd\n"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("dossier.yaml")).unwrap(),
        MINIMAL
    );
    assert_eq!(files_in(dir.path()), ["dossier.yaml"]);

    // A value outside the list is named with the nearest allowed one.
    let o = toevoegen(
        dir.path(),
        &[
            "sollicitatie",
            "--datum",
            "2026-04-10",
            "--werkgever",
            "X",
            "--functie",
            "Y",
            "--kanaal",
            "vacature-site",
            "--status",
            "verstuurd",
        ],
    );
    assert_eq!(code(&o), 2);
    assert_eq!(
        stderr(&o),
        "fout: --kanaal: 'vacature-site' is geen toegestane waarde; bedoelt u 'vacaturesite'? Kies uit: vacaturesite, website-werkgever, netwerk, open-sollicitatie, uitzendbureau, bemiddeling, overig\n"
    );
    // Without a terminal, a missing value is named.
    let o = toevoegen(
        dir.path(),
        &["contact", "--datum", "2026-04-19", "--vorm", "mail"],
    );
    assert_eq!(code(&o), 2);
    assert_eq!(stderr(&o), "fout: --met ontbreekt (Met wie)\n");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("dossier.yaml")).unwrap(),
        MINIMAL
    );
}

#[test]
fn an_entry_dated_after_the_peildatum_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "dossier.yaml", MINIMAL);
    let cases: [(&[&str], &str); 3] = [
        (
            &[
                "activiteit",
                "--datum",
                "2062-11-20",
                "--soort",
                "overig",
                "--omschrijving",
                "Gesprek.",
            ],
            "fout: niets toegevoegd: de datum 20 november 2062 ligt na de peildatum (20 april 2026); een activiteit wordt vastgelegd als ze heeft plaatsgevonden\n",
        ),
        (
            &[
                "sollicitatie",
                "--datum",
                "31-12-9999",
                "--werkgever",
                "Firma Later",
                "--functie",
                "Planner",
                "--kanaal",
                "netwerk",
                "--status",
                "verstuurd",
            ],
            "fout: niets toegevoegd: de datum 31 december 9999 ligt na de peildatum (20 april 2026); een sollicitatie wordt vastgelegd als ze is verstuurd\n",
        ),
        // Refused before anything else is asked or checked.
        (
            &["contact", "--datum", "2026-04-21"],
            "fout: niets toegevoegd: de datum 21 april 2026 ligt na de peildatum (20 april 2026); een contact met de werkgever wordt vastgelegd als het heeft plaatsgevonden\n",
        ),
    ];
    for (args, expected) in cases {
        let o = toevoegen(dir.path(), args);
        assert_eq!(code(&o), 2);
        assert_eq!(stderr(&o), expected);
        assert_eq!(stdout(&o), "");
        assert_eq!(
            std::fs::read(dir.path().join("dossier.yaml")).unwrap(),
            MINIMAL.as_bytes()
        );
        assert_eq!(files_in(dir.path()), ["dossier.yaml"]);
    }
}

#[test]
fn a_journal_with_errors_is_not_edited() {
    let dir = tempfile::tempdir().unwrap();
    let broken = MINIMAL.replace("intake: 2026-03-09", "intake: 2026-02-30");
    write(dir.path(), "dossier.yaml", &broken);
    let o = toevoegen(
        dir.path(),
        &[
            "activiteit",
            "--datum",
            "2026-04-10",
            "--soort",
            "overig",
            "--omschrijving",
            "Iets.",
        ],
    );
    assert_eq!(code(&o), 1);
    assert_eq!(
        stderr(&o),
        "dossier.yaml:21:11: fout: traject.intake: '2026-02-30' bestaat niet: februari 2026 heeft 28 dagen\n  hulp: controleer de dag\n\
dossier.yaml: niets toegevoegd: los eerst de fouten in het dossier op\n"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("dossier.yaml")).unwrap(),
        broken
    );
    let o = run_in(dir.path(), &["ongedaan", "dossier.yaml"]);
    assert_eq!(code(&o), 1);
    assert_eq!(
        stderr(&o),
        "dossier.yaml: niets teruggezet: er is geen vorige versie om terug te zetten (dossier.yaml.vorige ontbreekt)\n"
    );
}

#[test]
fn on_a_terminal_the_missing_values_are_asked_with_the_allowed_ones_offered() {
    // A real pseudo-terminal, through util-linux's `script`.
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("no `script` here; the terminal path is not exercised");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "dossier.yaml", MINIMAL);
    let command = format!(
        "{} toevoegen dossier.yaml activiteit --peildatum 2026-04-20",
        env!("CARGO_BIN_EXE_spoor2")
    );
    let mut child = std::process::Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .current_dir(dir.path())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(
            b"10-04-2026\ncoachings gesprek\ncoachingsgesprek\nGesprek over de eerste reacties.\n",
        )
        .unwrap();
    let o = child.wait_with_output().unwrap();
    let screen = String::from_utf8_lossy(&o.stdout).replace('\r', "");
    assert_eq!(o.status.code(), Some(0), "{screen}");
    assert!(
        screen.contains("Soort activiteit (intake, coachingsgesprek, marktverkenning,"),
        "{screen}"
    );
    assert!(
        screen.contains(
            "--soort: 'coachings gesprek' is geen toegestane waarde; bedoelt u 'coachingsgesprek'?"
        ),
        "{screen}"
    );
    assert!(
        screen.contains("dossier.yaml: activiteit van 10 april 2026 toegevoegd aan activiteiten"),
        "{screen}"
    );
    let text = std::fs::read_to_string(dir.path().join("dossier.yaml")).unwrap();
    assert!(
        text.contains("    omschrijving: Cv bijgewerkt.\n  - datum: 2026-04-10\n    soort: coachingsgesprek\n    omschrijving: Gesprek over de eerste reacties.\n  - datum: 2026-04-14\n"),
        "{text}"
    );
}

#[test]
fn a_zoekprofiel_change_adds_a_version_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let original = include_str!("fixtures/versie2.yaml");
    write(dir.path(), "dossier.yaml", original);
    let o = toevoegen(
        dir.path(),
        &[
            "zoekprofiel",
            "--datum",
            "2026-04-10",
            "--reden",
            "Receptiewerk erbij na een meeloopdag.",
            "--onderbouwing",
            "Ook zittend werk, zoals het advies noemt.",
            "--functies",
            "Administratief medewerker; Receptionist",
            "--uren",
            "20-32",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        // Fewer hours without a newer view of the bedrijfsarts than the
        // FML of 2 February: the one warning.
        "dossier.yaml: wijziging van het zoekprofiel van 10 april 2026 toegevoegd aan grondslag.zoekprofielwijzigingen\ndossier.yaml: 1 waarschuwing\n"
    );
    // The first profile stays as it was; the new version follows it, with
    // what did not change copied from the profile in force.
    let at = original.find("activiteiten:\n").unwrap();
    let expected = format!(
        "{}  zoekprofielwijzigingen:\n    - ingangsdatum: 2026-04-10\n      reden: Receptiewerk erbij na een meeloopdag.\n      onderbouwing: Ook zittend werk, zoals het advies noemt.\n      functies: [Administratief medewerker, Receptionist]\n      regio: Utrecht\n      reisafstand_km: 25\n      uren_per_week: {{min: 20, max: 32}}\n      niveau: mbo 3\n{}",
        &original[..at],
        &original[at..]
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("dossier.yaml")).unwrap(),
        expected
    );
    // Without a reason, nothing is written (no terminal to ask).
    let o = toevoegen(
        dir.path(),
        &[
            "zoekprofiel",
            "--datum",
            "2026-04-12",
            "--onderbouwing",
            "x",
        ],
    );
    assert_eq!(code(&o), 2);
    assert_eq!(
        stderr(&o),
        "fout: --reden ontbreekt (Waarom verandert het zoekprofiel)\n"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("dossier.yaml")).unwrap(),
        expected
    );
}

/// What PyYAML reads, with its libyaml loader and its pure-Python one, as
/// (datum, omschrijving) of every activity; `None` without python3 and
/// PyYAML (nothing is installed for the test).
fn pyyaml_activities(path: &Path) -> Option<Vec<Vec<(String, String)>>> {
    const SCRIPT: &str = r#"
import json, sys, yaml
text = open(sys.argv[1], encoding="utf-8").read()
out = []
for loader in (getattr(yaml, "CSafeLoader", yaml.SafeLoader), yaml.SafeLoader):
    doc = yaml.load(text, Loader=loader)
    out.append([[str(a["datum"]), a["omschrijving"]] for a in doc["activiteiten"]])
print(json.dumps(out))
"#;
    let o = std::process::Command::new("python3")
        .args(["-c", SCRIPT])
        .arg(path)
        .output()
        .ok()?;
    if !o.status.success() {
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(
            err.contains("No module named 'yaml'"),
            "PyYAML could not read the journal: {err}"
        );
        return None;
    }
    Some(serde_json::from_slice(&o.stdout).unwrap())
}

#[test]
fn control_characters_are_written_so_other_yaml_readers_read_them_back_as_typed() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "dossier.yaml", MINIMAL);
    let typed = [
        ("2026-04-09", "Gesprek\u{7F}gevoerd"),
        (
            "2026-04-10",
            "Regel\u{2028}scheiding en alinea\u{2029}scheiding",
        ),
        (
            "2026-04-11",
            "Volgende\u{85}regel, BOM\u{FEFF}en escape\u{1B} C1\u{9F}",
        ),
        ("2026-04-12", "Tab\tin de tekst, \u{1} en \u{8}"),
        ("2026-04-13", "Twee regels\nde tweede met \u{2028} erin"),
    ];
    for (datum, omschrijving) in typed {
        let o = toevoegen(
            dir.path(),
            &[
                "activiteit",
                "--datum",
                datum,
                "--soort",
                "overig",
                "--omschrijving",
                omschrijving,
            ],
        );
        assert_eq!(code(&o), 0, "{}", stderr(&o));
    }
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("    omschrijving: \"Gesprek\\x7Fgevoerd\"\n"),
        "{text}"
    );
    let expected: Vec<(String, String)> = typed
        .iter()
        .map(|(d, o)| (d.to_string(), o.to_string()))
        .collect();
    let added = |all: Vec<(String, String)>| -> Vec<(String, String)> {
        all.into_iter()
            .filter(|(d, _)| typed.iter().any(|(t, _)| t == d))
            .collect()
    };

    // libyaml, through serde_yaml.
    let doc: serde_yaml::Value = serde_yaml::from_str(&text).expect("libyaml reads the journal");
    let libyaml = doc["activiteiten"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["datum"].as_str().unwrap().to_string(),
                a["omschrijving"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(added(libyaml), expected);

    // Our own reader.
    let loaded = spoor2::journal::load(&path).unwrap();
    let ours = loaded
        .journal
        .expect("spoor2 reads the journal")
        .activiteiten
        .iter()
        .map(|a| (a.datum.to_string(), a.omschrijving.clone()))
        .collect();
    assert_eq!(added(ours), expected);
    let o = run_in(dir.path(), &["check", "dossier.yaml", "--peildatum", PEIL]);
    assert_eq!(code(&o), 0, "{}", stdout(&o));

    // PyYAML, where it is installed.
    match pyyaml_activities(&path) {
        Some(readers) => {
            for read in readers {
                assert_eq!(added(read), expected);
            }
        }
        None => eprintln!("PyYAML ontbreekt: alleen libyaml en spoor2 lazen het dossier"),
    }
}

#[test]
fn a_text_that_starts_with_a_dash_is_taken_as_typed() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "dossier.yaml",
        include_str!("fixtures/bewerken/dossier.yaml"),
    );
    let o = toevoegen(
        dir.path(),
        &[
            "activiteit",
            "--datum",
            "2026-04-01",
            "--soort",
            "coachingsgesprek",
            "--omschrijving",
            "- eerste punt",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let text = std::fs::read_to_string(dir.path().join("dossier.yaml")).unwrap();
    // A line starting with "- " is a bullet: written as a block, as typed.
    assert!(
        text.contains("      omschrijving: |\n        - eerste punt\n"),
        "{text}"
    );
}
