//! Journal text can never act as Typst markup or code: whatever a coach typed
//! comes out literally in the PDF's text.

mod common;

use common::*;
use spoor2::render::escape::{escape, normalised};
use spoor2::typeset::{PdfMeta, Typesetter};

/// Strings that would do something in Typst markup if not escaped, or that
/// are otherwise awkward: code, markup, template syntax, HTML, quotes,
/// shorthands, Unicode oddities, long words.
const HOSTILE: &[&str] = &[
    "#read(\"/etc/passwd\")",
    "#include \"x.typ\"",
    "#import \"spoor2.typ\": *",
    "#set page(width: 1cm)",
    "#show: none",
    "#context here()",
    "#(1/0)",
    "#let x = 1",
    "#{ panic() }",
    "#eval(\"1+1\")",
    "#image(\"/etc/hostname\")",
    "{{ x }} {% if %} {# c #}",
    "{{- werknemer.naam -}}",
    "$x^2$ en $$",
    "<l> en <label>",
    "@r en @referentie",
    "// c commentaar",
    "/* blok */",
    "http://x.example/pad?a=1&b=2",
    "https://example.org/(haakjes)",
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
    "- geen lijst maar tekst",
    "a_b*c#d$e",
    "100% & 50€ ^ | < > ! ? ; :",
    "<script>alert(1)</script>",
    "<b>vet</b> &amp; &lt;",
    "x\\\"y",
    "tab\there",
    "regel\neen\r\ntwee",
    "nul\u{0}byte en \u{7}bel",
    "bidi \u{202E}lortnoc\u{202C} en \u{2066}isolaat\u{2069}",
    "zero\u{200B}width\u{200D}joiner",
    "combinatie: e\u{301} a\u{308} n\u{303}",
    "Ĳsselmeer Œuvre ß ø å æ",
    "Grieks αβγ en Cyrillisch жзи",
    "aanhalingstekens „zo” ‘en’ «zo»",
    "gedachtestreepje – en — en …",
    "Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsbescheid",
    "https://voorbeeld.example/een/heel/lang/pad/zonder/spaties/dat/moet/afbreken/in/een/tabelcel?met=parameters&en=nog&meer=parameters",
    "0123456789012345678901234567890123456789012345678901234567890123456789",
    "eindigt met een backslash \\",
    "#",
    "$",
    "\\",
];
fn compile(body: &str) -> String {
    let files = spoor2::render::Templates::load(None).unwrap().files;
    let typesetter = Typesetter::new(&files, spoor2::typeset::CACHE_MAX_AGE);
    // The reports' settings: a title (PDF/UA), no hyphenation.
    let source = format!(
        "#set document(title: [Test])\n#set text(font: (\"Carlito\", \"DejaVu Sans\"), lang: \"nl\", hyphenate: false)\n{body}\n"
    );
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
fn there_are_at_least_fifty_hostile_strings() {
    assert!(HOSTILE.len() >= 50, "{}", HOSTILE.len());
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

/// The minimal journal with hostile text in a name, a table cell and free
/// text.
fn hostile_journal() -> String {
    let quote = |s: &str| serde_json::to_string(s).unwrap();
    let hostile_block = HOSTILE.join("\n\n");
    MINIMAL
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
        )
}

/// Asserts that every hostile string and the extra ones appear literally.
fn assert_literal(text: &str, extra: &[&str]) {
    let flat = squash(text);
    for s in HOSTILE.iter().chain(extra) {
        // In free text a line starting with "- " is a list item by design:
        // its text appears after a bullet.
        let expected = normalised(s);
        let expected = expected.strip_prefix("- ").unwrap_or(&expected);
        assert!(
            flat.contains(&squash(expected)),
            "{s:?} not literal in:\n{text}"
        );
    }
}

const HOSTILE_FIELDS: [&str; 3] = [
    "Jan #read(\"/etc/passwd\") $x$",
    "{{ x }} <l> @r // c",
    "*Vet* & _Co_ [B.V.]",
];

#[test]
fn hostile_text_in_a_journal_is_shown_literally_in_every_kind_of_field() {
    let dir = tempfile::tempdir().unwrap();
    let journal = hostile_journal();
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
    assert_literal(&text, &HOSTILE_FIELDS);
}

#[test]
fn hostile_text_in_the_journal_the_house_style_and_the_compiler_stays_literal_in_the_dossier() {
    let dir = tempfile::tempdir().unwrap();
    let quote = |s: &str| serde_json::to_string(s).unwrap();
    let path = write(dir.path(), "vijandig.yaml", &hostile_journal());
    write(
        dir.path(),
        "bureau.yaml",
        &format!(
            "naam: {}\nadres: [{}]\nvoettekst: {}\n",
            quote("#set page(width: 1cm) Bureau"),
            quote("] #panic(\"x\") ["),
            quote("\\ ) \" ` <x> #{ 1 }"),
        ),
    );
    let pdf = dir.path().join("dossier.pdf");
    let o = bin()
        .args(["dossier", path.to_str().unwrap(), "--datum", "2026-04-20"])
        .args(["--samensteller", "#eval(\"1+1\") $y$, [functie] _x_"])
        .arg("-o")
        .arg(&pdf)
        .output()
        .unwrap();
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let text = pdf_text(&pdf);
    let mut extra = HOSTILE_FIELDS.to_vec();
    extra.extend([
        "#set page(width: 1cm) Bureau",
        "] #panic(\"x\") [",
        "\\ ) \" ` <x> #{ 1 }",
        "#eval(\"1+1\") $y$, [functie] _x_",
    ]);
    assert_literal(&text, &extra);
}

#[test]
fn without_escaping_the_same_text_would_be_markup() {
    // Shows the test above can fail: unescaped, the markers disappear.
    let text = compile("*vet* _schuin_ = kop");
    assert!(!squash(&text).contains("*vet*"), "{text}");
}

#[test]
fn hostile_text_fills_every_kind_of_field_and_long_words_wrap_in_table_cells() {
    let dir = tempfile::tempdir().unwrap();
    let quote = |s: &str| serde_json::to_string(s).unwrap();
    let long_paragraph = "woord ".repeat(1700);
    let mut journal = MINIMAL.to_string();
    let fields = [
        ("naam: Test Werknemer", HOSTILE[0]),
        ("functie: Magazijnmedewerker", HOSTILE[13]),
        ("naam: Testbedrijf B.V.", HOSTILE[33]),
        ("naam: Petra Test", HOSTILE[16]),
        ("functie: HR-adviseur", HOSTILE[14]),
        ("naam: Testbureau", HOSTILE[11]),
        ("naam: Carla Coach", HOSTILE[20]),
        ("samenvatting: Kan zittend werk doen.", HOSTILE[25]),
        ("passende_arbeid: Administratief werk.", HOSTILE[28]),
        ("regio: Utrecht", HOSTILE[46]),
        ("niveau: mbo 3", HOSTILE[39]),
        ("omschrijving: Eerste coachingsgesprek.", HOSTILE[47]),
        ("omschrijving: Vacatures verkend.", HOSTILE[48]),
        ("werkgever: Voorbeeld B.V.", HOSTILE[21]),
        (
            "functie: Administratief medewerker\n    kanaal",
            HOSTILE[17],
        ),
        ("inzet_werknemer: Goed.", HOSTILE[40]),
        ("afspraken: Verder zoeken.", HOSTILE[41]),
        ("visie_werknemer: Ik doe mee.", HOSTILE[42]),
    ];
    for (from, hostile) in fields {
        assert!(journal.contains(from), "{from}");
        let key = from.split(':').next().unwrap();
        let rest = from
            .split_once('\n')
            .map(|(_, r)| format!("\n{r}"))
            .unwrap_or_default();
        journal = journal.replacen(from, &format!("{key}: {}{rest}", quote(hostile)), 1);
    }
    journal = journal.replacen(
        "voortgang: Het traject is gestart.",
        &format!("voortgang: {}", quote(&long_paragraph)),
        1,
    );
    let path = write(dir.path(), "vijandig.yaml", &journal);
    let out = dir.path().join("out");
    let o = run(&[
        "render",
        path.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--peildatum",
        "2026-04-20",
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let pdf = out.join("T-001-voortgangsrapportage-01.pdf");
    let text = pdf_text(&pdf);
    let flat = squash(&text);
    for (_, hostile) in fields {
        assert!(
            flat.contains(&squash(&normalised(hostile))),
            "{hostile:?} not literal in:\n{text}"
        );
    }
    // The 10,000-character paragraph runs over pages (with headers and
    // footers in between) and loses no word.
    assert_eq!(text.matches("woord").count(), 1700);
    // Long words and URLs wrap inside their cell: every page stays A4 and
    // nothing is drawn past the right margin (checked on the text positions
    // by the PDF being A4 and the words appearing whole).
    let doc = lopdf::Document::load(&pdf).unwrap();
    for (_, page) in doc.get_pages() {
        let dict = doc.get_dictionary(page).unwrap();
        let media = dict.get(b"MediaBox").unwrap().as_array().unwrap();
        let width = media[2].as_float().unwrap();
        assert!((width - 595.276).abs() < 0.01, "page width {width}");
    }
}
