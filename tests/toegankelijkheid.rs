//! Accessibility of the PDFs, read back from the files: e-mail and web
//! addresses are links, the "geen medische gegevens" statement is real
//! content once per document (not an artifact a screen reader skips), and
//! the page furniture is an artifact. The independent checker (outloud) runs
//! in CI through tests/toegankelijkheid.sh; these tests hold the same line
//! without it.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use common::*;
use lopdf::content::Content;
use lopdf::{Document, Encoding, Object};

const STATEMENT: &str = "Dit document bevat geen medische gegevens.";

/// The samples' reports, WIA dossiers and overview, made once per test.
fn sample_pdfs(dir: &Path) -> Vec<PathBuf> {
    let o = run(&["render", "samples", "-o", dir.to_str().unwrap()]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    for naam in ["afgerond-plaatsing", "lopend-traject", "wia-aanvraag"] {
        let out = dir.join(format!("{naam}-wia-dossier.pdf"));
        let o = run(&[
            "dossier",
            &format!("samples/{naam}.yaml"),
            "--datum",
            "2026-11-24",
            "-o",
            out.to_str().unwrap(),
        ]);
        assert_eq!(code(&o), 0, "{}", stderr(&o));
    }
    let out = dir.join("overzicht.pdf");
    let o = run(&[
        "overzicht",
        "samples",
        "--peildatum",
        "2026-11-24",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let mut pdfs: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .collect();
    pdfs.sort();
    assert_eq!(pdfs.len(), 16, "{pdfs:?}");
    pdfs
}

/// A page's text split by how it is marked: inside an /Artifact section, or
/// tagged content (a marked-content section with an MCID).
#[derive(Default)]
struct Marked {
    content: String,
    artifact: String,
}

fn marked_text(doc: &Document, page: lopdf::ObjectId) -> Marked {
    let fonts = doc.get_page_fonts(page).unwrap();
    let encodings: Vec<(Vec<u8>, Encoding)> = fonts
        .iter()
        .map(|(name, font)| (name.clone(), font.get_font_encoding(doc).unwrap()))
        .collect();
    let content = Content::decode(&doc.get_page_content(page).unwrap()).unwrap();
    let mut out = Marked::default();
    // One entry per open marked-content section: is it an artifact?
    let mut stack: Vec<bool> = Vec::new();
    let mut font: Option<&Encoding> = None;
    for op in &content.operations {
        match op.operator.as_str() {
            "BMC" | "BDC" => {
                let artifact =
                    matches!(op.operands.first(), Some(Object::Name(n)) if n == b"Artifact");
                stack.push(artifact || stack.last().copied().unwrap_or(false));
            }
            "EMC" => {
                stack.pop();
            }
            "Tf" => {
                if let Some(Object::Name(name)) = op.operands.first() {
                    font = encodings.iter().find(|(n, _)| n == name).map(|(_, e)| e);
                }
            }
            "Tj" | "TJ" => {
                let Some(encoding) = font else { continue };
                let mut text = String::new();
                let mut add = |o: &Object| {
                    if let Object::String(bytes, _) = o {
                        text.push_str(&Document::decode_text(encoding, bytes).unwrap_or_default());
                    }
                };
                match op.operands.first() {
                    Some(Object::Array(parts)) => parts.iter().for_each(&mut add),
                    Some(o) => add(o),
                    None => {}
                }
                if stack.last().copied().unwrap_or(false) {
                    out.artifact.push_str(&text);
                } else {
                    out.content.push_str(&text);
                }
            }
            _ => {}
        }
    }
    out
}

/// The link targets on a page.
fn link_targets(doc: &Document, page: lopdf::ObjectId) -> BTreeSet<String> {
    doc.get_page_annotations(page)
        .unwrap()
        .into_iter()
        .filter_map(|a| a.get(b"A").ok())
        .filter_map(|a| match a {
            Object::Reference(id) => doc.get_dictionary(*id).ok(),
            Object::Dictionary(d) => Some(d),
            _ => None,
        })
        .filter_map(|a| a.get(b"URI").ok())
        .filter_map(|u| u.as_str().ok())
        .map(text_string)
        .collect()
}

/// E-mail and web addresses in a text, as a reader would spot them.
fn addresses(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| w.trim_end_matches(['.', ',', ';', ':', ')', '!', '?']))
        .filter(|w| {
            (w.contains('@') && w.contains('.'))
                || w.starts_with("www.")
                || w.starts_with("http://")
                || w.starts_with("https://")
        })
        .map(str::to_string)
        .collect()
}

#[test]
fn addresses_are_links_and_the_statement_is_content_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut linked = 0;
    for pdf in sample_pdfs(dir.path()) {
        let name = pdf.file_name().unwrap().to_string_lossy().into_owned();
        let doc = Document::load(&pdf).unwrap();
        let pages_text =
            pdf_extract::extract_text_from_mem_by_pages(&std::fs::read(&pdf).unwrap()).unwrap();
        let mut statements = 0;
        for ((number, page), text) in doc.get_pages().into_iter().zip(&pages_text) {
            let targets = link_targets(&doc, page);
            for address in addresses(text) {
                let wanted = if address.contains('@') {
                    format!("mailto:{address}")
                } else if address.starts_with("www.") {
                    format!("https://{address}")
                } else {
                    address.clone()
                };
                assert!(
                    targets.contains(&wanted),
                    "{name}, page {number}: {address} is not a link ({targets:?})"
                );
                linked += 1;
            }
            let marked = marked_text(&doc, page);
            let content = squash(&marked.content);
            statements += content.matches(&squash(STATEMENT)).count();
            assert!(
                !squash(&marked.artifact).contains(&squash(STATEMENT)),
                "{name}, page {number}: the statement is an artifact"
            );
            // The running footer is furniture, never read out as content.
            assert!(
                squash(&marked.artifact).contains(&squash(&format!(
                    "Pagina {number} van {}",
                    pages_text.len()
                ))) || (number == 1 && name.contains("dossier")),
                "{name}, page {number}: the page number is not an artifact: {}",
                marked.artifact
            );
            assert!(
                !content.contains("Pagina"),
                "{name}, page {number}: {content}"
            );
        }
        assert_eq!(statements, 1, "{name}: the statement as content");
    }
    // The bureau's e-mail and website on every first page, the coaches'
    // addresses in the reports: the check above is not vacuous.
    assert!(linked >= 40, "{linked} addresses");
}

#[test]
fn a_pasted_vacancy_url_and_an_address_in_a_cell_are_links() {
    let dir = tempfile::tempdir().unwrap();
    let journal = MINIMAL.replace(
        "    status: verstuurd\n",
        "    status: verstuurd\n    resultaat: \"Zie https://werkenbij.example/vacature?id=42&bron=coach; vragen aan j.jansen@werkgever.example.\"\n",
    );
    assert_ne!(journal, MINIMAL, "the fixture has an application result");
    write(dir.path(), "d.yaml", &journal);
    let o = run_in(dir.path(), &["render", "d.yaml", "-o", "uit"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let pdf = dir.path().join("uit/T-001-voortgangsrapportage-01.pdf");
    let doc = Document::load(&pdf).unwrap();
    let all: BTreeSet<String> = doc
        .get_pages()
        .into_values()
        .flat_map(|p| link_targets(&doc, p))
        .collect();
    assert!(
        all.contains("https://werkenbij.example/vacature?id=42&bron=coach"),
        "{all:?}"
    );
    assert!(all.contains("mailto:j.jansen@werkgever.example"), "{all:?}");
    // The printed text is what the coach typed.
    let text = squash(&pdf_text(&pdf));
    assert!(
        text.contains(&squash(
            "Zie https://werkenbij.example/vacature?id=42&bron=coach; vragen aan j.jansen@werkgever.example."
        )),
        "{text}"
    );
}
