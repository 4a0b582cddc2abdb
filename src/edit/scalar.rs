//! How a value is written in a journal's YAML: plain where that reads back
//! as the same text, double-quoted with escapes otherwise, so every YAML
//! 1.2 reader takes the file and reads the text back as it was typed.

use chrono::NaiveDate;

/// One field of a new entry.
#[derive(Debug, Clone, PartialEq)]
pub enum Field {
    Date(NaiveDate),
    Int(i64),
    /// Free text, quoted when YAML needs it; written as a `|` block when it
    /// has several lines.
    Text(String),
    /// A value from a fixed list (a kind, a channel): written plain.
    Word(String),
    /// A flow mapping of one-line values, such as `{van: 2026-04-16, tot:
    /// 2026-05-16}`.
    Map(Vec<(&'static str, Field)>),
    /// A flow list of one-line values: `[Receptionist, Telefonist]`.
    List(Vec<Field>),
    /// A number with a fraction, written as YAML reads it: `24`, `25.5`.
    Number(f64),
}

/// A one-line value as YAML: plain where that reads back as the same text,
/// double-quoted otherwise (with escapes, so every YAML 1.2 reader takes
/// the file and reads the text back as it was typed).
pub fn scalar(value: &Field) -> String {
    match value {
        Field::Date(d) => d.format("%Y-%m-%d").to_string(),
        Field::Int(n) => n.to_string(),
        Field::Word(w) => w.clone(),
        Field::Number(n) => {
            if n.fract() == 0.0 {
                format!("{}", *n as i64)
            } else {
                format!("{n}")
            }
        }
        Field::List(items) => format!(
            "[{}]",
            items.iter().map(in_flow).collect::<Vec<_>>().join(", ")
        ),
        Field::Map(fields) => format!(
            "{{{}}}",
            fields
                .iter()
                .map(|(k, v)| format!("{k}: {}", in_flow(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Field::Text(t) => {
            if plain_is_safe(t) {
                t.clone()
            } else {
                double_quoted(t)
            }
        }
    }
}

/// Whether YAML text must write `c` as an escape: control characters (C0,
/// DEL, C1, among them NEL), the line and paragraph separators (line breaks
/// to YAML 1.1 readers, libyaml and PyYAML among them), the byte order mark
/// and the two non-characters no YAML stream may hold. Every other
/// character is written as it is.
pub(super) fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{2028}' | '\u{2029}' | '\u{FEFF}' | '\u{FFFE}' | '\u{FFFF}'
        )
}

/// Whether a `|` block holds the text as it is: only line ends (also
/// `\r\n`, read back as `\n`) and tabs among the characters that need an
/// escape.
pub(super) fn block_can_hold(text: &str) -> bool {
    text.replace("\r\n", "\n")
        .chars()
        .all(|c| c == '\n' || c == '\t' || !needs_escape(c))
}

/// The text as a YAML double-quoted scalar on one line, every character of
/// [`needs_escape`] (and `"` and `\`) as an escape every YAML 1.2 reader
/// knows: `\t`, `\n`, `\x7F`, `\N`, `\L`, `\P`, `\uFEFF`.
pub fn double_quoted(t: &str) -> String {
    let mut out = String::with_capacity(t.len() + 2);
    out.push('"');
    for c in t.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\0' => out.push_str("\\0"),
            '\u{07}' => out.push_str("\\a"),
            '\u{08}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{0B}' => out.push_str("\\v"),
            '\u{0C}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            '\u{1B}' => out.push_str("\\e"),
            '\u{85}' => out.push_str("\\N"),
            '\u{2028}' => out.push_str("\\L"),
            '\u{2029}' => out.push_str("\\P"),
            c if needs_escape(c) && u32::from(c) < 0x100 => {
                out.push_str(&format!("\\x{:02X}", u32::from(c)));
            }
            c if needs_escape(c) => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A value inside a `{...}` mapping, where a comma or bracket would end it.
fn in_flow(value: &Field) -> String {
    match value {
        Field::Text(t) if t.contains([',', '{', '}', '[', ']']) => double_quoted(t),
        other => scalar(other),
    }
}

/// Whether text written plain reads back as the same string.
fn plain_is_safe(t: &str) -> bool {
    let Some(first) = t.chars().next() else {
        return false;
    };
    if t.trim() != t || t.contains('\n') || t.contains('\t') {
        return false;
    }
    // Indicators, and what starts a number or a special value in some YAML
    // version: `.inf`, `+1`, `=` (1.1's value key), `<<` (the merge key).
    if "-?:,[]{}#&*!|>'\"%@`.+=<".contains(first) {
        return false;
    }
    if t.contains(": ") || t.contains(" #") || t.ends_with(':') {
        return false;
    }

    if t.chars().any(needs_escape) {
        return false;
    }
    // Words YAML reads as something other than text.
    let lower = t.to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "true" | "false" | "yes" | "no" | "on" | "off" | "null" | "~" | "y" | "n"
    ) {
        return false;
    }
    // Numbers in any YAML version's notation: 2026, 1_000, 12:30 (1.1's
    // base 60), 0x1F, 0o17, 0b101, 1e3.
    let numeric = first.is_ascii_digit()
        && t.chars()
            .all(|c| c.is_ascii_hexdigit() || "+-.:_xXoObB".contains(c));
    !numeric
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::yaml::Value;

    #[test]
    fn plain_text_stays_plain_and_the_rest_is_quoted() {
        let text = |t: &str| scalar(&Field::Text(t.into()));
        assert_eq!(text("Gesprek met oud-collega."), "Gesprek met oud-collega.");
        assert_eq!(text("Bakkerij 't Kromhoekje"), "Bakkerij 't Kromhoekje");
        assert_eq!(text("# geen opmerking"), "\"# geen opmerking\"");
        assert_eq!(text("Let op: dit"), "\"Let op: dit\"");
        assert_eq!(text("ja"), "ja");
        assert_eq!(text("yes"), "\"yes\"");
        assert_eq!(text("2026"), "\"2026\"");
        assert_eq!(text("- lijst"), "\"- lijst\"");
        assert_eq!(text(" spatie"), "\" spatie\"");
        assert_eq!(text("\"quote\""), "\"\\\"quote\\\"\"");
        assert_eq!(text("Cv, brief"), "Cv, brief");
        // What some YAML reader takes for a number or a special value.
        for t in [
            "0x1F", "0o17", "0b101", "1e3", ".inf", ".NaN", "+1", "=", "<<", "12:30",
        ] {
            assert_eq!(text(t), format!("\"{t}\""), "{t}");
            let doc = format!("a: {}\n", text(t));
            let v: serde_yaml::Value = serde_yaml::from_str(&doc).unwrap();
            assert_eq!(v["a"].as_str(), Some(t), "{doc}");
        }
        assert_eq!(text("3D-printer"), "3D-printer");
        let map = Field::Map(vec![
            ("naam", Field::Text("Coach, Carla".into())),
            ("functie", Field::Text("Loopbaanadviseur".into())),
        ]);
        assert_eq!(
            scalar(&map),
            "{naam: \"Coach, Carla\", functie: Loopbaanadviseur}"
        );
    }

    /// Characters some YAML reader refuses raw or takes as a line break.
    const AWKWARD: [&str; 11] = [
        "DEL\u{7F}midden",
        "NEL\u{85}midden",
        "regel\u{2028}scheiding en alinea\u{2029}scheiding",
        "BOM\u{FEFF}midden",
        "C1\u{80}en\u{9F}",
        "C0\u{0}\u{1}\u{7}\u{8}\u{B}\u{C}\u{1B}\u{1F}",
        "tab\tmidden",
        "los\rteken",
        "geen tekens\u{FFFE}\u{FFFF}",
        "aanhaling \" en \\ schuine streep\u{7F}",
        "\u{2028}",
    ];

    /// The value of `key` in `doc` as libyaml (through serde_yaml) and as
    /// our own reader read it.
    fn read_back(doc: &str, key: &str) -> (Option<String>, Option<String>) {
        let libyaml: serde_yaml::Value =
            serde_yaml::from_str(doc).unwrap_or_else(|e| panic!("libyaml: {e}\n{doc}"));
        let ours = crate::journal::yaml::parse(doc)
            .unwrap_or_else(|e| panic!("ours: {}\n{doc}", e.message))
            .root;
        let ours = match ours.get(key).map(|n| &n.value) {
            Some(Value::Str(s)) => Some(s.clone()),
            _ => None,
        };
        (libyaml[key].as_str().map(String::from), ours)
    }

    #[test]
    fn control_characters_are_escaped_and_read_back_as_typed() {
        assert_eq!(
            scalar(&Field::Text(
                "a\u{7F}b\u{2028}c\u{2029}d\u{85}e\u{FEFF}f\u{1}g\th\u{9F}".into()
            )),
            r#""a\x7Fb\Lc\Pd\Ne\uFEFFf\x01g\th\x9F""#
        );
        for t in AWKWARD {
            let written = scalar(&Field::Text(t.into()));
            assert!(!written.chars().any(needs_escape), "{written:?}");
            let doc = format!("a: {written}\n");
            assert_eq!(
                read_back(&doc, "a"),
                (Some(t.into()), Some(t.into())),
                "{doc:?}"
            );
            // In a flow mapping too.
            let map = scalar(&Field::Map(vec![("b", Field::Text(t.into()))]));
            let doc = format!("a: {map}\n");
            let v: serde_yaml::Value = serde_yaml::from_str(&doc).unwrap();
            assert_eq!(v["a"]["b"].as_str(), Some(t), "{doc:?}");
        }
    }
}
