//! `spoor2 render` on fixture journals: what is made, what is refused, and
//! how template overrides and problems are handled.

mod common;

use std::path::Path;

use common::*;

fn render_in(dir: &Path, args: &[&str]) -> std::process::Output {
    bin()
        .args(["render", "--peildatum", "2026-04-20"])
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

/// The files in a folder, without the manifest of content hashes.
fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .filter(|n| n != ".spoor2-manifest.json")
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn a_journal_with_errors_is_not_rendered_but_the_others_are() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "goed.yaml", MINIMAL);
    write(
        dir.path(),
        "fout.yaml",
        &MINIMAL
            .replace("dossier: T-001", "dossier: T-002")
            .replace("intake: 2026-03-09", "intake: 2026-02-30"),
    );
    let o = render_in(dir.path(), &[".", "-o", "uit"]);
    assert_eq!(code(&o), 1);
    assert_eq!(stdout(&o), "uit/T-001-voortgangsrapportage-01.pdf\n");
    let err = stderr(&o);
    assert!(
        err.starts_with(
            "./fout.yaml:21:11: fout: traject.intake: '2026-02-30' bestaat niet: februari 2026 heeft 28 dagen\n  hulp: controleer de dag\n./fout.yaml: geen rapportages gemaakt: los eerst de fouten op\n"
        ),
        "{err}"
    );
    assert!(
        err.ends_with("1 rapportage gemaakt; 1 dossier overgeslagen\n")
            || err.contains("; 1 dossier overgeslagen"),
        "{err}"
    );
    assert_eq!(
        files_in(&dir.path().join("uit")),
        ["T-001-voortgangsrapportage-01.pdf"]
    );
}

#[test]
fn two_journals_with_the_same_dossier_number_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.yaml", MINIMAL);
    write(dir.path(), "b.yaml", MINIMAL);
    let o = render_in(dir.path(), &[".", "-o", "uit"]);
    assert_eq!(code(&o), 1);
    assert!(
        stderr(&o).contains(
            "./b.yaml: fout: dossier: het dossiernummer 'T-001' wordt ook gebruikt door ./a.yaml\n"
        ),
        "{}",
        stderr(&o)
    );
}

#[test]
fn emit_typst_writes_the_generated_source_next_to_the_pdf() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "d.yaml", MINIMAL);
    let o = render_in(dir.path(), &["d.yaml", "-o", "uit", "--emit-typst"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(
        files_in(&dir.path().join("uit")),
        [
            "T-001-voortgangsrapportage-01.pdf",
            "T-001-voortgangsrapportage-01.typ"
        ]
    );
    let typ =
        std::fs::read_to_string(dir.path().join("uit/T-001-voortgangsrapportage-01.typ")).unwrap();
    assert!(typ.starts_with("#import \"spoor2.typ\": *"), "{typ}");
    assert!(typ.contains("[Test Werknemer]"), "{typ}");
}

#[test]
fn a_template_folder_overrides_files_by_name() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "d.yaml", MINIMAL);
    let sjablonen = dir.path().join("sjablonen");
    std::fs::create_dir(&sjablonen).unwrap();
    // Override only the house style: the footer line changes, the rest stays built in.
    let style = std::fs::read_to_string(root().join("templates/spoor2.typ"))
        .unwrap()
        .replace(
            "Dit document bevat geen medische gegevens.",
            "Huisstijl van Bureau Eigen.",
        );
    write(&sjablonen, "spoor2.typ", &style);
    let o = render_in(
        dir.path(),
        &["d.yaml", "-o", "uit", "--templates", "sjablonen"],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let text = pdf_text(&dir.path().join("uit/T-001-voortgangsrapportage-01.pdf"));
    assert!(text.contains("Huisstijl van Bureau Eigen."), "{text}");
    assert!(text.contains("Test Werknemer"), "{text}");
}

#[test]
fn a_broken_tera_template_names_the_template_and_line() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "d.yaml", MINIMAL);
    let sjablonen = dir.path().join("sjablonen");
    std::fs::create_dir(&sjablonen).unwrap();
    write(
        &sjablonen,
        "voortgangsrapportage.typ.tera",
        "#import \"spoor2.typ\": *\n\n{% if werknemer.naam %}\nGeen endif\n",
    );
    let o = render_in(
        dir.path(),
        &["d.yaml", "-o", "uit", "--templates", "sjablonen"],
    );
    assert_eq!(code(&o), 4);
    let err = stderr(&o);
    assert!(
        err.starts_with("fout: sjabloon voortgangsrapportage.typ.tera:"),
        "{err}"
    );
    assert!(!dir.path().join("uit").exists());
}

#[test]
fn a_typst_error_in_a_template_is_reported_and_no_pdf_is_written() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "d.yaml", MINIMAL);
    let sjablonen = dir.path().join("sjablonen");
    std::fs::create_dir(&sjablonen).unwrap();
    write(
        &sjablonen,
        "voortgangsrapportage.typ.tera",
        "Hallo {{ werknemer.naam }}\n#onbekende-functie()\n",
    );
    let o = render_in(
        dir.path(),
        &["d.yaml", "-o", "uit", "--templates", "sjablonen"],
    );
    assert_eq!(code(&o), 4);
    let err = stderr(&o);
    assert!(err.contains("T-001-voortgangsrapportage-01.pdf"), "{err}");
    assert!(err.contains("unknown variable: onbekende-functie"), "{err}");
    assert!(err.contains("document-1.typ:2:2: "), "{err}");
    // Traced back to the template line.
    assert!(
        err.contains("vermoedelijk uit: sjabloon voortgangsrapportage.typ.tera:2"),
        "{err}"
    );
    assert_eq!(files_in(&dir.path().join("uit")), Vec::<String>::new());
}

#[test]
fn an_output_folder_that_cannot_be_made_is_an_io_failure() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "d.yaml", MINIMAL);
    write(dir.path(), "bezet", "een bestand, geen map");
    let o = render_in(dir.path(), &["d.yaml", "-o", "bezet/uit"]);
    assert_eq!(code(&o), 3);
    assert!(
        stderr(&o).starts_with("bezet/uit: fout: de uitvoermap kan niet worden gemaakt: "),
        "{}",
        stderr(&o)
    );
}

#[test]
fn an_image_without_alternative_text_is_refused_rather_than_exported() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "d.yaml", MINIMAL);
    let sjablonen = dir.path().join("sjablonen");
    std::fs::create_dir(&sjablonen).unwrap();
    write(
        &sjablonen,
        "logo.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>",
    );
    let template =
        std::fs::read_to_string(root().join("templates/voortgangsrapportage-inhoud.typ.tera"))
            .unwrap()
            .replace(
                "#titelblok(",
                "#image(\"logo.svg\", width: 1cm)\n\n#titelblok(",
            );
    write(
        &sjablonen,
        "voortgangsrapportage-inhoud.typ.tera",
        &template,
    );
    let o = render_in(
        dir.path(),
        &["d.yaml", "-o", "uit", "--templates", "sjablonen"],
    );
    assert_eq!(code(&o), 4, "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("T-001-voortgangsrapportage-01.pdf: het opmaken mislukte"),
        "{err}"
    );
    assert!(err.to_lowercase().contains("alt"), "{err}");
    assert_eq!(files_in(&dir.path().join("uit")), Vec::<String>::new());

    // With alternative text the same image is fine.
    let with_alt = template.replace(
        "#image(\"logo.svg\", width: 1cm)",
        "#image(\"logo.svg\", width: 1cm, alt: \"Logo\")",
    );
    write(
        &sjablonen,
        "voortgangsrapportage-inhoud.typ.tera",
        &with_alt,
    );
    let o = render_in(
        dir.path(),
        &["d.yaml", "-o", "uit", "--templates", "sjablonen"],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
}

#[test]
fn a_template_cannot_read_files_outside_the_template_folders() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "d.yaml", MINIMAL);
    write(dir.path(), "geheim.txt", "geheime gegevens");
    let sjablonen = dir.path().join("sjablonen");
    std::fs::create_dir(&sjablonen).unwrap();
    for target in ["/etc/passwd", "../geheim.txt", "/../geheim.txt"] {
        write(
            &sjablonen,
            "voortgangsrapportage.typ.tera",
            &format!("#set document(title: [x])\n#read(\"{target}\")\n"),
        );
        let o = render_in(
            dir.path(),
            &["d.yaml", "-o", "uit", "--templates", "sjablonen"],
        );
        assert_eq!(code(&o), 4, "{target}: {}", stderr(&o));
        let err = stderr(&o);
        assert!(err.contains("document-1.typ:2:"), "{target}: {err}");
        assert!(
            !err.contains("root:") && !err.contains("geheime gegevens"),
            "{err}"
        );
        assert_eq!(files_in(&dir.path().join("uit")), Vec::<String>::new());
    }
}

#[test]
fn a_missing_variable_in_a_template_names_the_template_and_line() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "d.yaml", MINIMAL);
    let sjablonen = dir.path().join("sjablonen");
    std::fs::create_dir(&sjablonen).unwrap();
    write(
        &sjablonen,
        "voortgangsrapportage.typ.tera",
        "#set document(title: [x])\n\n{{ werknemer.geboortedatum }}\n",
    );
    let o = render_in(
        dir.path(),
        &["d.yaml", "-o", "uit", "--templates", "sjablonen"],
    );
    assert_eq!(code(&o), 4, "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains(
            "T-001-voortgangsrapportage-01.pdf: sjabloon voortgangsrapportage.typ.tera:3:"
        ),
        "{err}"
    );
}
