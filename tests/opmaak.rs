//! The documents read as a typographer and a Dutch reader would check
//! them, page by page: nothing ends a page that belongs to the next one,
//! the signatures never stand alone, every section number is used once in
//! a dossier, counts agree with their nouns, and every page of a document
//! with personal data is marked confidential.

mod common;

use std::path::{Path, PathBuf};

use common::*;

const PEILDATUM: &str = "2026-11-22";

/// Every sample document: reports, dossiers, overview and yearly figures.
fn documents(dir: &Path) -> Vec<PathBuf> {
    let out = dir.join("uit");
    let o = run(&[
        "render",
        "samples",
        "-o",
        out.to_str().unwrap(),
        "--peildatum",
        PEILDATUM,
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    for sample in ["afgerond-plaatsing", "lopend-traject", "wia-aanvraag"] {
        let pdf = out.join(format!("{sample}-dossier.pdf"));
        let o = run(&[
            "dossier",
            &format!("samples/{sample}.yaml"),
            "--datum",
            PEILDATUM,
            "-o",
            pdf.to_str().unwrap(),
        ]);
        assert_eq!(code(&o), 0, "{}", stderr(&o));
    }
    let o = run(&[
        "overzicht",
        "samples",
        "--peildatum",
        PEILDATUM,
        "-o",
        out.join("overzicht.pdf").to_str().unwrap(),
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let o = run(&[
        "jaarcijfers",
        "samples",
        "--jaar",
        "2026",
        "--peildatum",
        PEILDATUM,
        "-o",
        out.join("jaarcijfers.pdf").to_str().unwrap(),
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let mut pdfs: Vec<PathBuf> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .collect();
    pdfs.sort();
    pdfs
}

/// The lines of a page without its running head and foot.
fn content_lines(page: &str) -> Vec<String> {
    page.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .filter(|l| {
            let running = (l.contains("Pagina ") && l.contains(" van "))
                || l.contains("KvK")
                || l.contains("Vertrouwelijk")
                || l.starts_with("Werkpad Re-integratie");
            !running
        })
        .collect()
}

/// A section heading as the text layer has it: "7. Intensiteit van het
/// traject", "9.3 Sollicitaties in deze periode".
fn numbered_heading(line: &str) -> Option<String> {
    let (number, rest) = line.split_once(' ')?;
    let digits = number.trim_end_matches('.');
    let is_number = !digits.is_empty()
        && digits
            .split('.')
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()));
    let looks_like_title = rest.chars().next().is_some_and(char::is_uppercase)
        && rest.len() < 70
        && !rest.ends_with('.');
    (is_number && looks_like_title && digits.len() <= 5).then(|| digits.to_string())
}

#[test]
fn no_page_ends_with_what_belongs_to_the_next() {
    let dir = tempfile::tempdir().unwrap();
    let mut checked = 0;
    for pdf in documents(dir.path()) {
        let name = pdf.file_name().unwrap().to_string_lossy().into_owned();
        let pages = pdf_pages(&pdf);
        for (i, page) in pages.iter().enumerate() {
            let lines = content_lines(page);
            let (Some(first), Some(last)) = (lines.first(), lines.last()) else {
                continue;
            };
            checked += 1;
            // Not the last page: a page that ends with a lead-in or a
            // heading leaves its content for the next.
            if i + 1 < pages.len() {
                assert!(
                    !last.ends_with(':'),
                    "{name} p{}: ends with {last:?}",
                    i + 1
                );
                assert!(
                    numbered_heading(last).is_none(),
                    "{name} p{}: ends with the heading {last:?}",
                    i + 1
                );
            }
            // The signatures stay with the end of the last section.
            assert!(
                !(first.starts_with("Ondertekening") || first.starts_with("Opgesteld door")),
                "{name} p{}: starts with the signature block",
                i + 1
            );
        }
    }
    assert!(checked > 60, "{checked} pages");
}

#[test]
fn a_dossier_uses_every_section_number_once() {
    let dir = tempfile::tempdir().unwrap();
    for pdf in documents(dir.path())
        .into_iter()
        .filter(|p| p.to_string_lossy().ends_with("-dossier.pdf"))
    {
        let text = pdf_text(&pdf);
        let mut numbers: Vec<String> = text
            .lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|l| !l.contains(". . ."))
            .filter_map(|l| numbered_heading(&l))
            .collect();
        let all = numbers.len();
        numbers.sort();
        numbers.dedup();
        assert_eq!(numbers.len(), all, "{}: {numbers:?}", pdf.display());
        // The reports' sections are numbered under their element.
        assert!(numbers.iter().any(|n| n.contains('.')), "{numbers:?}");
    }
}

#[test]
fn counts_agree_with_their_nouns_and_every_page_is_marked() {
    let dir = tempfile::tempdir().unwrap();
    let nouns = [
        "sollicitaties",
        "activiteiten",
        "voortgangsrapportages",
        "rapportages",
        "maatregelen",
        "contacten",
        "versies",
        "weken",
        "dagen",
        "dossiers",
        "waarschuwingen",
    ];
    for pdf in documents(dir.path()) {
        let name = pdf.file_name().unwrap().to_string_lossy().into_owned();
        let pages = pdf_pages(&pdf);
        for (i, page) in pages.iter().enumerate() {
            let flat = page.split_whitespace().collect::<Vec<_>>().join(" ");
            for noun in nouns {
                for wrong in [format!(" 1 {noun}"), format!("(1 {noun}")] {
                    assert!(
                        !flat.contains(&wrong),
                        "{name} p{}: {wrong:?} in {flat}",
                        i + 1
                    );
                }
            }
            assert!(!flat.contains("met oog op"), "{name} p{}", i + 1);
            assert!(
                !flat.contains("sinds de voortgangsrapportage"),
                "{name} p{}",
                i + 1
            );
            // Reports, dossiers and the overview hold personal data: every page says
            // so, the cover of a dossier aside.
            let personal = !name.starts_with("jaarcijfers");
            let cover = name.ends_with("-dossier.pdf") && i == 0;
            if personal && !cover {
                assert!(flat.contains("Vertrouwelijk"), "{name} p{}", i + 1);
            }
        }
        // The footers name the document.
        let text = pages.concat();
        if name.starts_with("jaarcijfers") {
            assert!(text.contains("Jaarcijfers spoor 2, 2026"), "{text}");
            assert!(!text.contains("Dossier jaarcijfers"), "{text}");
        }
        if name.starts_with("overzicht") {
            assert!(!text.contains("Dossier caseload"), "{text}");
        }
    }
}

#[test]
fn every_count_takes_the_right_number_for_zero_one_and_two() {
    let one = "  - datum: 2026-03-25\n    werkgever: Voorbeeld B.V.\n    functie: Administratief medewerker\n    kanaal: vacaturesite\n    status: verstuurd\n";
    let second = one
        .replace("2026-03-25", "2026-04-02")
        .replace("Voorbeeld B.V.", "Tweede B.V.");
    assert!(MINIMAL.contains(one));
    for (n, journal) in [
        (0, MINIMAL.replace(&format!("sollicitaties:\n{one}"), "")),
        (1, MINIMAL.to_string()),
        (2, MINIMAL.replace(one, &format!("{one}{second}"))),
    ] {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "d.yaml", &journal);
        let o = run_in(
            dir.path(),
            &["render", "d.yaml", "-o", "uit", "--peildatum", "2026-04-20"],
        );
        assert_eq!(code(&o), 0, "{n}: {}", stderr(&o));
        let o = run_in(
            dir.path(),
            &[
                "dossier",
                "d.yaml",
                "--datum",
                "2026-04-20",
                "-o",
                "uit/d.pdf",
            ],
        );
        assert_eq!(code(&o), 0, "{n}: {}", stderr(&o));
        for pdf in ["uit/T-001-voortgangsrapportage-01.pdf", "uit/d.pdf"] {
            let text = pdf_text(&dir.path().join(pdf))
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let said = match n {
                0 => "0 sollicitaties",
                1 => "1 sollicitatie;",
                _ => "2 sollicitaties",
            };
            assert!(text.contains(said), "{n} in {pdf}: {said:?} not in {text}");
            for wrong in [
                "1 sollicitaties",
                "0 sollicitatie;",
                "2 sollicitatie;",
                "1 activiteiten",
            ] {
                assert!(!text.contains(wrong), "{n} in {pdf}: {wrong:?}");
            }
        }
    }
}
