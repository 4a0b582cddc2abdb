//! Helpers shared by the integration tests: run the real binary, read PDFs
//! by their text.
#![allow(dead_code)]

pub mod privacy;
pub mod werkplek;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// How long a test waits for an event (a file appears, a line is printed)
/// before it calls the wait a hang. Only a hang reaches it: no test asserts
/// how long anything takes, so a slow or busy machine never fails one.
pub const PATIENCE: Duration = Duration::from_secs(600);

/// Waits until `done` holds, checking every few milliseconds; a failure
/// naming `what` once [`PATIENCE`] is spent.
pub fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + PATIENCE;
    while !done() {
        assert!(Instant::now() < deadline, "waited in vain: {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

pub fn bin() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_spoor2"));
    cmd.env_remove("RUST_BACKTRACE");
    cmd
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn run(args: &[&str]) -> Output {
    bin()
        .args(args)
        .current_dir(root())
        .output()
        .expect("the spoor2 binary runs")
}

/// Runs spoor2 in a folder (a test's own temporary folder).
pub fn run_in(dir: &Path, args: &[&str]) -> Output {
    bin()
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the spoor2 binary runs")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn code(o: &Output) -> i32 {
    o.status.code().expect("exited normally, not by a signal")
}

/// The text of a PDF, as a reader's copy-and-paste would give it.
pub fn pdf_text(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    pdf_text_of(&bytes)
}

pub fn pdf_text_of(bytes: &[u8]) -> String {
    assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
    pdf_extract::extract_text_from_mem(bytes).expect("text can be extracted")
}

/// The text of each page of a PDF.
pub fn pdf_pages(path: &Path) -> Vec<String> {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    pdf_extract::extract_text_from_mem_by_pages(&bytes).expect("text can be extracted")
}

/// The text of each page, squashed (see [`squash`]).
pub fn squashed_pages(path: &Path) -> Vec<String> {
    pdf_pages(path).iter().map(|t| squash(t)).collect()
}

/// The Dutch month names, written out here rather than taken from the
/// program, so a test of its dates can catch them going wrong.
pub const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// "2026-03-10" as "10 maart 2026", by the test's own spelling.
pub fn dutch_date(iso: &str) -> String {
    let parts: Vec<usize> = iso.split('-').map(|p| p.parse().unwrap()).collect();
    format!("{} {} {}", parts[2], MONTHS[parts[1] - 1], parts[0])
}

/// Text with all whitespace removed and composed to NFC, for containment
/// checks that must not depend on where lines wrap or on how the PDF spells
/// an accented letter.
pub fn squash(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.nfc().filter(|c| !c.is_whitespace()).collect()
}

/// A complete, valid journal; tests replace parts of it.
pub const MINIMAL: &str = include_str!("../fixtures/minimaal.yaml");

pub fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// Decodes a PDF text string: UTF-16BE with a byte order mark, or
/// PDFDocEncoding (ASCII in practice).
pub fn text_string(bytes: &[u8]) -> String {
    if let Some(utf16) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let units: Vec<u16> = utf16
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        bytes.iter().map(|&b| b as char).collect()
    }
}

/// What `check` says once, after the findings, about a version 1 journal
/// without errors (MINIMAL is one): `versie:` on line `line` of `file`.
pub fn v1_advice(file: &str, line: usize) -> String {
    format!(
        "{file}:{line}:9: advies[versie]: versie: dit dossier heeft formaatversie 1; versie 2 legt ook het bewijs vast waarop UWV spoor 2 beoordeelt: persoonsprofiel, trajectplan, onderbouwd zoekprofiel met wijzigingen, passende sollicitaties, contacten met de werkgever, maatregelen bij stagnatie en het akkoord van de werknemer\n  hulp: zet versie op 2 en vul de nieuwe onderdelen aan (zie docs/dossierformaat.md); wat er nu staat blijft geldig\n"
    )
}

/// Every alternative text in the PDF's structure tree.
pub fn alt_texts(pdf: &Path) -> Vec<String> {
    let doc = lopdf::Document::load(pdf).unwrap();
    doc.objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter_map(|d| d.get(b"Alt").ok())
        .filter_map(|a| a.as_str().ok())
        .map(text_string)
        .collect()
}

/// A copy of the samples folder (journals, bureau.yaml, images) to change
/// at will.
pub fn samples_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(root().join("samples")).unwrap() {
        let path = entry.unwrap().path();
        // What an earlier local render recorded is not part of the samples.
        if path.to_string_lossy().ends_with(".vastgelegd.json") || path.is_dir() {
            continue;
        }
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    dir
}

/// The running sample's journal `text` with a fourth voortgangsrapportage
/// (November 2026, dated `datum`, not yet seen or sent) before its notes.
pub fn with_november_report(text: &str, datum: &str, voortgang: &str) -> String {
    assert!(
        text.contains("\nnotities:"),
        "the sample ends with its notes"
    );
    text.replacen(
        "\nnotities:",
        &format!(
            "\n  - periode:\n      van: 2026-11-01\n      tot: 2026-11-30\n    datum: {datum}\n    auteur:\n      naam: Joost van Dam\n      functie: Loopbaanadviseur spoor 2\n    voortgang: {voortgang}\n    inzet_werknemer: Goed.\n    afspraken: Proefplaatsing bespreken.\n\nnotities:"
        ),
        1,
    )
}
