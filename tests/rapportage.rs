//! `spoor2 rapportage`: the next report's period, date and author from the
//! journal, its narrative written in `$EDITOR` (here a script) with the
//! period's entries as comments; an empty required section writes nothing.

mod common;

use std::path::Path;

use common::*;

/// An "editor" that keeps a copy of what it was shown and writes `text`.
fn editor(dir: &Path, text: &str) -> std::path::PathBuf {
    let script = dir.join("editor.sh");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\ncp \"$1\" \"{}/gezien.txt\"\ncat > \"$1\" <<'TEXT'\n{text}TEXT\n",
            dir.display()
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    script
}

fn rapportage(dir: &Path, editor: Option<&Path>, extra: &[&str]) -> std::process::Output {
    let mut cmd = bin();
    cmd.args([
        "rapportage",
        "dossier.yaml",
        "--datum",
        "18-05-2026",
        "--peildatum",
        "2026-05-18",
    ])
    .args(extra)
    .current_dir(dir)
    .env_remove("VISUAL")
    .env_remove("EDITOR");
    if let Some(e) = editor {
        cmd.env("EDITOR", e);
    }
    cmd.output().unwrap()
}

const WRITTEN: &str = "# opmerking van de coach, wordt weggelaten\n== Voortgang ==\nGoede maand: twee gesprekken\nen een sollicitatie.\n\nTweede alinea.\n\n== Belemmeringen ==\n\n== Inzet van de werknemer ==\nZeer goed.\n\n== Afspraken en vervolgstappen ==\n- Verder solliciteren.\n- Proefplaatsing bespreken.\n\n== Visie van de werknemer ==\nIk ben tevreden.\n";

#[test]
fn the_next_report_is_written_in_the_editor_and_added_and_rendered() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "dossier.yaml", MINIMAL);
    let script = editor(dir.path(), WRITTEN);
    let o = rapportage(dir.path(), Some(&script), &["--maak", "uit"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "dossier.yaml: voortgangsrapportage 2 over 16 april 2026 t/m 15 mei 2026 toegevoegd\nuit/T-001-voortgangsrapportage-02.pdf\n"
    );
    // What the coach saw: the period, and its entries to write from.
    assert_eq!(
        std::fs::read_to_string(dir.path().join("gezien.txt")).unwrap(),
        "# Voortgangsrapportage 2 over 16 april 2026 t/m 15 mei 2026.\n\
# Schrijf onder elk kopje. Regels die met # beginnen, worden weggelaten.\n\
# Een leeg kopje bij voortgang, inzet of afspraken breekt af: dan wordt er niets toegevoegd.\n\
# Regels die met '- ' beginnen, worden een opsomming. Schrijf functioneren, niets medisch.\n\
#\n\
# Activiteiten in deze periode:\n\
#   17-04-2026 Sollicitatie: Sollicitatie verstuurd.\n\
# Sollicitaties in deze periode:\n\
#   (geen)\n\
\n== Voortgang ==\n\n\n== Belemmeringen ==\n\n\n== Inzet van de werknemer ==\n\n\n== Afspraken en vervolgstappen ==\n\n\n== Visie van de werknemer ==\n\n"
    );
    // The journal: everything as it was, and the report after the last one.
    let expected = format!(
        "{MINIMAL}  - periode: {{van: 2026-04-16, tot: 2026-05-15}}\n    datum: 2026-05-18\n    auteur: {{naam: Carla Coach, functie: Loopbaanadviseur}}\n    voortgang: |\n      Goede maand: twee gesprekken\n      en een sollicitatie.\n\n      Tweede alinea.\n    inzet_werknemer: Zeer goed.\n    afspraken: |\n      - Verder solliciteren.\n      - Proefplaatsing bespreken.\n    visie_werknemer: Ik ben tevreden.\n"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("dossier.yaml")).unwrap(),
        expected
    );
    let pdf = squash(&pdf_text(
        &dir.path().join("uit/T-001-voortgangsrapportage-02.pdf"),
    ));
    for text in [
        "periode 16 april 2026 t/m 15 mei 2026",
        "Voortgang Goede maand: twee gesprekken en een sollicitatie. Tweede alinea.",
        "Afspraken en vervolgstappen • Verder solliciteren. • Proefplaatsing bespreken.",
        "Ik ben tevreden.",
    ] {
        assert!(pdf.contains(&squash(text)), "{text} in {pdf}");
    }
}

#[test]
fn an_empty_required_section_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "dossier.yaml", MINIMAL);
    let script = editor(dir.path(), &WRITTEN.replace("Zeer goed.\n", ""));
    let o = rapportage(dir.path(), Some(&script), &[]);
    assert_eq!(code(&o), 1);
    assert_eq!(
        stderr(&o),
        "dossier.yaml: de rapportage is niet toegevoegd: 'Inzet van de werknemer' is leeg\n"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("dossier.yaml")).unwrap(),
        MINIMAL
    );
    assert!(!dir.path().join("dossier.yaml.vorige").exists());

    // No editor and no terminal: say what to do.
    let o = rapportage(dir.path(), None, &[]);
    assert_eq!(code(&o), 2);
    assert_eq!(
        stderr(&o),
        "fout: geen editor om de rapportage in te schrijven: zet $EDITOR, of start spoor2 rapportage op een terminal\n"
    );
}

#[test]
fn a_report_dated_after_the_peildatum_is_refused_before_the_editor_opens() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "dossier.yaml", MINIMAL);
    let script = editor(dir.path(), WRITTEN);
    let o = bin()
        .args([
            "rapportage",
            "dossier.yaml",
            "--datum",
            "2062-11-20",
            "--peildatum",
            "2026-05-18",
        ])
        .current_dir(dir.path())
        .env("EDITOR", &script)
        .env_remove("VISUAL")
        .output()
        .unwrap();
    assert_eq!(code(&o), 2);
    assert_eq!(
        stderr(&o),
        "fout: de rapportage is niet toegevoegd: de datum 20 november 2062 ligt na de peildatum (18 mei 2026); een rapportage wordt gedateerd op de dag dat ze is opgesteld\n"
    );
    assert!(!dir.path().join("gezien.txt").exists(), "the editor opened");
    assert_eq!(
        std::fs::read(dir.path().join("dossier.yaml")).unwrap(),
        MINIMAL.as_bytes()
    );
    assert!(!dir.path().join("dossier.yaml.vorige").exists());

    // Without --datum the report is dated on the peildatum.
    let o = rapportage(dir.path(), Some(&script), &[]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let written = std::fs::read_to_string(dir.path().join("dossier.yaml")).unwrap();
    assert!(written.contains("\n    datum: 2026-05-18\n"), "{written}");
}
