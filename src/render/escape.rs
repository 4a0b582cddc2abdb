//! Escaping journal text for Typst markup.
//!
//! Tera calls [`typst_markup`] on every `{{ value }}` in a template (its
//! autoescape hook), so whatever a coach typed is shown literally and can
//! never act as Typst markup or code. The rule is simple enough to trust:
//! every ASCII punctuation character is written with a backslash, which in
//! Typst markup always means "this character, literally" (`\#`, `\*`, `\/`,
//! `\=`, `\-`, `\"`, ...). Letters, digits and non-ASCII characters need no
//! escape. That covers `#` code, `$` math, `*`/`_` emphasis, `<label>`,
//! `@ref`, `[` `]` content blocks, `//` and `/*` comments, line-start `=`,
//! `-`, `+` and `1.` markers, smart quotes, `~`, `--` and `...` shorthands,
//! and raw blocks.
//!
//! Whitespace and invisible characters are normalised, by design:
//! - line breaks and tabs become a space (paragraphs and lists are built from
//!   the text's structure before escaping, see `render::text`);
//! - other control characters (C0, DEL, C1) are dropped: they have no glyph;
//! - bidirectional embedding, override and isolate controls (U+202A..U+202E,
//!   U+2066..U+2069) are dropped, so pasted text cannot visually reorder a
//!   report;
//! - zero-width and invisible format characters (U+200B..U+200F,
//!   U+2060..U+2064, U+FEFF) are dropped: they have no glyph.
//!
//! Runs of spaces collapse to one space when Typst lays out the text.

use std::io::Write;

/// Tera's escape hook: writes `input` as literal Typst markup.
pub fn typst_markup(input: &str, output: &mut dyn Write) -> std::io::Result<()> {
    let mut buf = [0u8; 4];
    for c in input.chars() {
        match classify(c) {
            Class::Plain => output.write_all(c.encode_utf8(&mut buf).as_bytes())?,
            Class::Escape => {
                output.write_all(b"\\")?;
                output.write_all(c.encode_utf8(&mut buf).as_bytes())?;
            }
            Class::Space => output.write_all(b" ")?,
            Class::Drop => {}
        }
    }
    Ok(())
}

/// The escaped form as a string, for tests and for code that builds Typst
/// source outside Tera.
pub fn escape(input: &str) -> String {
    let mut out = Vec::with_capacity(input.len() + input.len() / 4);
    // Writing to a Vec cannot fail.
    let _ = typst_markup(input, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// What a coach sees in the PDF for `input`: the same text after the
/// documented normalisation (used by tests to state the property).
pub fn normalised(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    for c in input.chars() {
        match classify(c) {
            Class::Plain | Class::Escape => out.push(c),
            Class::Space => out.push(' '),
            Class::Drop => {}
        }
    }
    out
}

enum Class {
    Plain,
    Escape,
    Space,
    Drop,
}

fn classify(c: char) -> Class {
    match c {
        '\n' | '\r' | '\t' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => {
            Class::Space
        }
        c if c.is_ascii_punctuation() => Class::Escape,
        c if c.is_control() => Class::Drop,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => Class::Drop,
        // Zero-width and other invisible format characters have no glyph
        // and would vanish from the copied text anyway.
        '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' => Class::Drop,
        _ => Class::Plain,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_ascii_punctuation_character_is_escaped() {
        for c in (0u8..128)
            .map(char::from)
            .filter(char::is_ascii_punctuation)
        {
            assert_eq!(escape(&c.to_string()), format!("\\{c}"), "{c:?}");
        }
    }

    #[test]
    fn letters_digits_and_dutch_text_pass_unchanged() {
        assert_eq!(escape("Oriëntatie 2026 café"), "Oriëntatie 2026 café");
    }

    #[test]
    fn code_and_markup_are_neutralised() {
        assert_eq!(
            escape("#read(\"/etc/passwd\")"),
            "\\#read\\(\\\"\\/etc\\/passwd\\\"\\)"
        );
        assert_eq!(escape("= Kop"), "\\= Kop");
        assert_eq!(escape("1. punt"), "1\\. punt");
        assert_eq!(escape("// c"), "\\/\\/ c");
        assert_eq!(escape("{{ x }}"), "\\{\\{ x \\}\\}");
    }

    #[test]
    fn whitespace_and_controls_are_normalised() {
        assert_eq!(escape("a\r\nb\tc"), "a  b c");
        assert_eq!(escape("a\u{0}b\u{7f}c\u{202E}d"), "abcd");
        assert_eq!(normalised("a\u{202E}b\nc"), "ab c");
    }
}
