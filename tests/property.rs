//! Properties over generated input, bounded in time for CI:
//! - escaping: any text, escaped and compiled by Typst, extracts to itself
//!   (after the documented normalisation);
//! - the pipeline: arbitrary bytes and mutated journals never panic; a
//!   journal that passes the checks always renders and compiles.

mod common;

use std::path::Path;
use std::sync::OnceLock;

use common::*;
use proptest::prelude::*;
use spoor2::render::escape::{escape, normalised};
use spoor2::render::{Templates, plan};
use spoor2::typeset::{PdfMeta, Typesetter};

fn templates() -> &'static Templates {
    static T: OnceLock<Templates> = OnceLock::new();
    T.get_or_init(|| Templates::load(None).unwrap())
}

fn typesetter() -> &'static Typesetter {
    static T: OnceLock<Typesetter> = OnceLock::new();
    T.get_or_init(|| Typesetter::new(&templates().files, spoor2::typeset::CACHE_MAX_AGE))
}

fn meta() -> PdfMeta<'static> {
    PdfMeta {
        ident: "eigenschap",
        date: chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
    }
}

/// Characters the embedded fonts can show: ASCII, Dutch and other Latin
/// letters, Greek, Cyrillic, typographic punctuation, and the whitespace and
/// control characters the escape normalises.
const TEXT: &str =
    "[ -~àáâäèéêëïíîóôöúûüçñßÀÉÈËÏÖÜĲĳŒœ€–—‘’“”„…•αβγδжзиё\t\n\r\u{0}\u{7}\u{200B}\u{202E}]{0,80}";

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn escaped_text_extracts_to_itself(s in TEXT) {
        let source = format!(
            "#set document(title: [Eigenschap])\n#set text(font: (\"Carlito\", \"DejaVu Sans\"), lang: \"nl\", hyphenate: false)\nA{}Z\n",
            escape(&s)
        );
        let pdf = typesetter().pdf(source, &meta());
        prop_assert!(pdf.is_ok(), "{s:?} did not compile: {}", pdf.err().map(|e| e.to_string()).unwrap_or_default());
        let text = pdf_text_of(&pdf.unwrap());
        let expected = format!("A{}Z", normalised(&s));
        prop_assert!(squash(&text).contains(&squash(&expected)), "{s:?} came out as {text:?}");
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let mut loaded = spoor2::journal::load_bytes(Path::new("x.yaml"), &bytes);
        spoor2::validate::validate(&mut loaded, chrono::NaiveDate::from_ymd_opt(2026, 6, 1).unwrap());
        if loaded.journal.is_none() {
            prop_assert!(!loaded.findings.is_empty());
        }
    }

    #[test]
    fn mutated_journals_never_panic_and_clean_ones_render(
        line in 0usize..90,
        value in "[ -~àéëï€–]{0,30}",
    ) {
        // Replace the value of one line of the fixture with arbitrary text.
        let mut lines: Vec<String> = MINIMAL.lines().map(String::from).collect();
        let i = line % lines.len();
        if let Some((key, _)) = lines[i].clone().split_once(": ") {
            lines[i] = format!("{key}: {value}");
        }
        let text = lines.join("\n");
        let mut loaded = spoor2::journal::load_bytes(Path::new("x.yaml"), text.as_bytes());
        spoor2::validate::validate(&mut loaded, chrono::NaiveDate::from_ymd_opt(2026, 4, 20).unwrap());
        if let (Some(journal), false) = (&loaded.journal, loaded.has_errors()) {
            for spec in plan(journal) {
                let style = spoor2::house_style::HouseStyle::sober();
                let source = templates().render_view(spec.template(), &spoor2::render::view::build(journal, &spec, &style));
                prop_assert!(source.is_ok(), "{:?}", source.err().map(|e| e.to_string()));
                let pdf = typesetter().pdf(source.unwrap(), &meta());
                prop_assert!(pdf.is_ok(), "{value:?} on line {i}: {}", pdf.err().map(|e| e.to_string()).unwrap_or_default());
            }
        }
    }
}
