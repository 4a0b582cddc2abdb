//! One sample of each kind of document, its whole extracted text compared
//! with a reviewed expected text in tests/fixtures/verwacht: order,
//! duplicates and anything extra are checked, not fragments.
//!
//! After a deliberate change, refresh the expected texts with
//! `SPOOR2_VERWACHT=bijwerken cargo test --test verwacht` and review the
//! diff before committing it.

mod common;

use std::path::Path;

use common::*;

const PEILDATUM: &str = "2026-11-22";

/// Whitespace normalised: each line trimmed with its runs of spaces made
/// one, empty lines dropped.
fn normalised(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if !line.is_empty() {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

fn compare(name: &str, pdf: &Path) {
    let actual = normalised(&pdf_text(pdf));
    let path = root()
        .join("tests/fixtures/verwacht")
        .join(format!("{name}.txt"));
    if std::env::var("SPOOR2_VERWACHT").as_deref() == Ok("bijwerken") {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; make it with SPOOR2_VERWACHT=bijwerken cargo test --test verwacht",
            path.display()
        )
    });
    if actual != expected {
        let first = actual
            .lines()
            .zip(expected.lines())
            .position(|(a, e)| a != e)
            .unwrap_or_else(|| actual.lines().count().min(expected.lines().count()));
        panic!(
            "{name}: the text differs from {} from line {}:\n  now:      {:?}\n  expected: {:?}\n(after a deliberate change: SPOOR2_VERWACHT=bijwerken cargo test --test verwacht, then review the diff)",
            path.display(),
            first + 1,
            actual.lines().nth(first),
            expected.lines().nth(first)
        );
    }
}

fn ok(o: &std::process::Output) {
    assert_eq!(code(o), 0, "{}{}", stdout(o), stderr(o));
}

#[test]
fn a_voortgangsrapportage_reads_as_reviewed() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("uit");
    ok(&run(&[
        "render",
        "samples/lopend-traject.yaml",
        "--alleen",
        "2026-09",
        "-o",
        out.to_str().unwrap(),
    ]));
    compare(
        "voortgangsrapportage",
        &out.join("S2-2026-031-voortgangsrapportage-02.pdf"),
    );
}

#[test]
fn an_eindrapportage_reads_as_reviewed() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("uit");
    ok(&run(&[
        "render",
        "samples/afgerond-plaatsing.yaml",
        "--alleen",
        "eind",
        "-o",
        out.to_str().unwrap(),
    ]));
    compare(
        "eindrapportage",
        &out.join("S2-2025-118-eindrapportage.pdf"),
    );
}

#[test]
fn a_wia_dossier_reads_as_reviewed() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("dossier.pdf");
    ok(&run(&[
        "dossier",
        "samples/wia-aanvraag.yaml",
        "--datum",
        PEILDATUM,
        "-o",
        pdf.to_str().unwrap(),
    ]));
    compare("wia-dossier", &pdf);
}

#[test]
fn an_overview_reads_as_reviewed() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("overzicht.pdf");
    ok(&run(&[
        "overzicht",
        "samples",
        "--peildatum",
        PEILDATUM,
        "-o",
        pdf.to_str().unwrap(),
    ]));
    compare("overzicht", &pdf);
}

#[test]
fn the_yearly_figures_read_as_reviewed() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("jaarcijfers.pdf");
    ok(&run(&[
        "jaarcijfers",
        "samples",
        "--jaar",
        "2026",
        "--peildatum",
        PEILDATUM,
        "-o",
        pdf.to_str().unwrap(),
    ]));
    compare("jaarcijfers", &pdf);
}
