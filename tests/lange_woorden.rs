//! Long unbreakable text in table cells wraps inside the cell: read back,
//! every character is there, in order, but no line holds the whole word
//! (before, it ran off the right edge of the page and was cut off).

mod common;

use common::*;

#[test]
fn a_long_word_in_any_table_column_wraps_inside_its_cell() {
    let word = "Lang".repeat(75);
    let url = "https://werk.example/vacatures/administratief-medewerker-utrecht-binnendienst?utm_source=nieuwsbrief&utm_medium=email&referentie=ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijkl";
    let journal = MINIMAL
        .replace(
            "    werkgever: Voorbeeld B.V.\n",
            &format!("    werkgever: W{word}\n"),
        )
        .replace(
            "    functie: Administratief medewerker\n",
            &format!("    functie: F{word}\n"),
        )
        .replace(
            "    status: verstuurd\n",
            &format!("    status: verstuurd\n    resultaat: R{word} {url}\n"),
        )
        .replace(
            "    omschrijving: Vacatures verkend.\n",
            &format!("    omschrijving: O{word}\n"),
        );
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "d.yaml", &journal);
    let o = run_in(
        dir.path(),
        &["render", "d.yaml", "-o", "uit", "--peildatum", "2026-04-20"],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let text = pdf_text(&dir.path().join("uit/T-001-voortgangsrapportage-01.pdf"));
    // The break opportunities are zero-width: without them (and without
    // line ends) the text is exactly what was typed.
    let flat = squash(&text);
    assert!(!text.contains('\u{200B}'));
    for typed in [
        format!("W{word}"),
        format!("F{word}"),
        format!("O{word}"),
        format!("R{word}"),
        url.to_string(),
    ] {
        assert!(flat.contains(&typed), "{typed} not read back");
    }
    // No line of the page holds a whole long word: each wrapped.
    for line in text.lines() {
        let line = line.replace('\u{200B}', "");
        assert!(!line.contains(&word[..120]), "unwrapped: {line}");
    }
}

/// The right edge of every word on every page, by the glyph boxes poppler
/// reads from the PDF (`pdftotext -bbox`), with each page's width.
fn word_edges(pdf: &std::path::Path) -> Vec<(f64, f64, String)> {
    let out = std::process::Command::new("pdftotext")
        .arg("-bbox")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed; .ci/run installs it");
    let html = String::from_utf8_lossy(&out.stdout).into_owned();
    let attr = |tag: &str, name: &str| -> f64 {
        let key = format!("{name}=\"");
        let at = tag.find(&key).unwrap() + key.len();
        tag[at..].split('"').next().unwrap().parse().unwrap()
    };
    let mut width = 0.0;
    let mut words = Vec::new();
    for line in html.lines() {
        let line = line.trim();
        if line.starts_with("<page ") {
            width = attr(line, "width");
        } else if line.starts_with("<word ") {
            let text = line
                .split('>')
                .nth(1)
                .unwrap_or("")
                .split('<')
                .next()
                .unwrap_or("");
            words.push((attr(line, "xMax"), width, text.to_string()));
        }
    }
    words
}

#[test]
fn a_long_word_or_url_in_any_paragraph_stays_inside_the_text_area_and_reads_whole() {
    let word = "Lang".repeat(75);
    let url = "https://werk.example/vacatures/administratief-medewerker-utrecht-binnendienst?utm_source=nieuwsbrief&utm_medium=email&referentie=ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijkl";
    let hostile = format!("{word} {url}");
    let mut journal = MINIMAL.to_string();
    for (field, value) in [
        (
            "    samenvatting: Kan zittend werk doen.",
            "    samenvatting",
        ),
        (
            "    passende_arbeid: Administratief werk.",
            "    passende_arbeid",
        ),
        ("    voortgang: Het traject is gestart.", "    voortgang"),
        ("    inzet_werknemer: Goed.", "    inzet_werknemer"),
        ("    afspraken: Verder zoeken.", "    afspraken"),
        ("    visie_werknemer: Ik doe mee.", "    visie_werknemer"),
        ("    omschrijving: Cv bijgewerkt.", "    omschrijving"),
    ] {
        assert!(journal.contains(field), "{field}");
        journal = journal.replacen(field, &format!("{value}: \"{hostile}\""), 1);
    }
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "d.yaml", &journal);
    let o = run_in(
        dir.path(),
        &["render", "d.yaml", "-o", "uit", "--peildatum", "2026-04-20"],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let o = run_in(
        dir.path(),
        &[
            "dossier",
            "d.yaml",
            "--datum",
            "2026-04-20",
            "-o",
            "uit/dossier.pdf",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    for name in ["T-001-voortgangsrapportage-01.pdf", "dossier.pdf"] {
        let pdf = dir.path().join("uit").join(name);
        // Right margin 22 mm: the text area ends 62,4 pt before the edge.
        let words = word_edges(&pdf);
        assert!(words.len() > 100, "{name}: {} words", words.len());
        for (x_max, width, text) in &words {
            assert!(
                *x_max <= width - 62.36 + 0.5,
                "{name}: '{text}' ends at {x_max:.1} pt, past the text area ({:.1} pt)",
                width - 62.36
            );
        }
        // Read back whole: no character added or lost, no U+200B.
        let text = pdf_text(&pdf);
        assert!(!text.contains('\u{200B}'), "{name}");
        let flat = squash(&text);
        assert!(
            flat.matches(&word).count() >= 7,
            "{name}: {}",
            flat.matches(&word).count()
        );
        assert!(flat.contains(url), "{name}");
    }
}
