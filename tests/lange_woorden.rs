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
    let flat = squash(&text).replace('\u{200B}', "");
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
