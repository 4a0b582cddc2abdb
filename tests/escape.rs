//! Journal text can never act as Typst markup or code: whatever a coach typed
//! comes out literally in the PDF's text.

mod common;

use common::*;
use spoor2::render::escape::{escape, normalised};
use spoor2::typeset::{PdfMeta, Typesetter};

/// Strings that would do something in Typst markup if not escaped.
const HOSTILE: &[&str] = &[
    "#read(\"/etc/passwd\")",
    "#include \"x.typ\"",
    "#import \"spoor2.typ\": *",
    "#set page(width: 1cm)",
    "#(1/0)",
    "{{ x }} {% if %} {# c #}",
    "$x^2$ en $$",
    "<l> en <label>",
    "@r en @referentie",
    "// c commentaar",
    "/* blok */",
    "http://x.example/pad?a=1&b=2",
    "*vet* _schuin_ `raw` ```rust code```",
    "[inhoud] ]] [[",
    "\\ backslash \\\\ en \\u{41}",
    "~ tilde -- streepjes --- ... -?",
    "'enkel' \"dubbel\"",
    "= Kop aan het begin",
    "== Tweede kop",
    "+ genummerd",
    "1. genummerd",
    "/ term: uitleg",
    "a_b*c#d$e",
    "100% & 50€ ^ | < > ! ? ; :",
];

fn compile(body: &str) -> String {
    let files = spoor2::render::Templates::load(None).unwrap().files;
    let typesetter = Typesetter::new(&files, spoor2::typeset::CACHE_MAX_AGE);
    let source = format!("#set text(font: (\"Carlito\", \"DejaVu Sans\"))\n{body}\n");
    let pdf = typesetter
        .pdf(
            source,
            &PdfMeta {
                ident: "test",
                date: chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            },
        )
        .unwrap_or_else(|e| panic!("{body:?} did not compile: {e}"));
    pdf_text_of(&pdf)
}

#[test]
fn every_hostile_string_comes_out_literally() {
    // One document with every string on its own paragraph keeps the test fast.
    let body: Vec<String> = HOSTILE.iter().map(|s| escape(s)).collect();
    let text = compile(&body.join("\n\n"));
    let flat = squash(&text);
    for s in HOSTILE {
        assert!(
            flat.contains(&squash(&normalised(s))),
            "{s:?} not literal in:\n{text}"
        );
    }
    // Nothing was read from the file system.
    assert!(!text.contains("root:"), "{text}");
}

#[test]
fn every_ascii_character_comes_out_literally() {
    let all: String = (32u8..127).map(char::from).collect();
    let text = compile(&escape(&all));
    assert!(squash(&text).contains(&squash(&all)), "{text}");
}

#[test]
fn hostile_text_in_a_journal_is_shown_literally_in_every_kind_of_field() {
    let dir = tempfile::tempdir().unwrap();
    let quote = |s: &str| serde_json::to_string(s).unwrap();
    let hostile_block = HOSTILE.join("\n\n");
    let journal = MINIMAL
        .replace(
            "naam: Test Werknemer",
            &format!("naam: {}", quote("Jan #read(\"/etc/passwd\") $x$")),
        )
        .replace(
            "omschrijving: Eerste coachingsgesprek.",
            &format!("omschrijving: {}", quote("{{ x }} <l> @r // c")),
        )
        .replace(
            "werkgever: Voorbeeld B.V.",
            &format!("werkgever: {}", quote("*Vet* & _Co_ [B.V.]")),
        )
        .replace(
            "voortgang: Het traject is gestart.",
            &format!("voortgang: {}", quote(&hostile_block)),
        );
    let path = write(dir.path(), "vijandig.yaml", &journal);
    let out = dir.path().join("out");
    let o = run(&[
        "render",
        path.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let text = pdf_text(&out.join("T-001-voortgangsrapportage-01.pdf"));
    let flat = squash(&text);
    for s in HOSTILE.iter().copied().chain([
        "Jan #read(\"/etc/passwd\") $x$",
        "{{ x }} <l> @r // c",
        "*Vet* & _Co_ [B.V.]",
    ]) {
        assert!(flat.contains(&squash(s)), "{s:?} not literal in:\n{text}");
    }
}

#[test]
fn without_escaping_the_same_text_would_be_markup() {
    // Shows the test above can fail: unescaped, the markers disappear.
    let text = compile("*vet* _schuin_ = kop");
    assert!(!squash(&text).contains("*vet*"), "{text}");
}
