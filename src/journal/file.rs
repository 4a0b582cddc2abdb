//! The one front end for the YAML files spoor2 reads: journals and
//! `bureau.yaml`.
//!
//! bytes -> size limit -> text (empty, binary, BOM, UTF-8, each located)
//! -> marked YAML tree -> the root must be a group of fields -> keys written
//! twice. What is wrong comes back as findings at their line and column; a
//! file that cannot be read at all is a [`ReadError`], a failure of the run
//! rather than a finding about the file. The bytes are kept, so callers hash
//! what they read without reading it again.

use std::path::{Path, PathBuf};

use crate::diag::{Finding, Mark};
use crate::journal::yaml::{self, Node, Value};

/// What kind of file is read: its limits and how messages name it.
#[derive(Debug, Clone, Copy)]
pub struct Kind {
    /// "een dossier", "een bureau.yaml".
    pub name: &'static str,
    /// How the run names it when it cannot be read: "het bestand".
    pub noun: &'static str,
    /// Files larger than this are refused before parsing.
    pub max_bytes: u64,
    /// What to write first, for an empty file or one that is not a group
    /// of fields.
    pub start_hint: &'static str,
    /// For an empty file, when it differs from `start_hint`.
    pub empty_hint: &'static str,
    /// Where the format is described.
    pub doc: &'static str,
}

/// Reading a file that is not there or not readable is not a finding about
/// the file but a failure of the run; it is reported as such.
#[derive(Debug)]
pub struct ReadError {
    pub path: PathBuf,
    /// "het bestand", "de huisstijl".
    pub noun: &'static str,
    pub source: std::io::Error,
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: fout: kan {} niet lezen: {}",
            self.path.display(),
            self.noun,
            crate::output::io_reason(&self.source)
        )
    }
}

/// A YAML file as read.
#[derive(Debug, Default)]
pub struct YamlFile {
    /// The bytes as on disk (for content hashes); empty when the file was
    /// refused for its size.
    pub bytes: Vec<u8>,
    /// The decoded text, for locating words inside fields.
    pub text: Option<String>,
    /// The root, always a group of fields when present.
    pub root: Option<Node>,
    /// Why there is no root, or the keys written twice.
    pub findings: Vec<Finding>,
}

impl YamlFile {
    fn failed(bytes: Vec<u8>, finding: Finding) -> Self {
        YamlFile {
            bytes,
            findings: vec![finding],
            ..YamlFile::default()
        }
    }
}

/// Reads a file from disk.
pub fn read(path: &Path, kind: &Kind) -> Result<YamlFile, ReadError> {
    let read_error = |source| ReadError {
        path: path.to_path_buf(),
        noun: kind.noun,
        source,
    };
    let size = std::fs::metadata(path).map_err(read_error)?.len();
    if size > kind.max_bytes {
        return Ok(YamlFile::failed(
            Vec::new(),
            Finding::error(
                "",
                format!(
                    "het bestand is {} MB; {} mag hooguit {} MB zijn",
                    size / (1024 * 1024),
                    kind.name,
                    kind.max_bytes / (1024 * 1024)
                ),
            )
            .hint("controleer of dit het juiste bestand is"),
        ));
    }
    let bytes = std::fs::read(path).map_err(read_error)?;
    Ok(parse(bytes, kind))
}

/// The reading stage on bytes already in memory.
pub fn parse(bytes: Vec<u8>, kind: &Kind) -> YamlFile {
    let text = match decode(&bytes, kind) {
        Ok(text) => text.to_string(),
        Err(finding) => return YamlFile::failed(bytes, finding),
    };
    let parsed = match yaml::parse(&text) {
        Ok(parsed) => parsed,
        Err(e) => {
            let finding = Finding::error("", e.message)
                .at(e.mark)
                .hint(e.hint)
                .rule("yaml");
            return YamlFile::failed(bytes, finding);
        }
    };
    let root = parsed.root;
    if !matches!(root.value, Value::Map(_)) {
        let finding = if matches!(root.value, Value::Null) {
            Finding::error("", "het bestand is leeg").hint(kind.empty_hint)
        } else {
            Finding::error(
                "",
                format!(
                    "{} is een groep velden (sleutel: waarde), maar dit bestand bevat een {}",
                    kind.name,
                    root.kind_name()
                ),
            )
            .at(Some(root.mark))
            .hint(kind.start_hint)
        };
        return YamlFile::failed(bytes, finding);
    }
    let findings = parsed.duplicates.iter().map(duplicate_finding).collect();
    YamlFile {
        bytes,
        text: Some(text),
        root: Some(root),
        findings,
    }
}

/// A key written twice in the same group, as a finding at the second one.
fn duplicate_finding(d: &yaml::DuplicateKey) -> Finding {
    Finding::error(
        d.path.clone(),
        format!(
            "het veld '{}' staat twee keer in dezelfde groep (eerst op regel {})",
            d.key, d.first.line
        ),
    )
    .at(Some(d.mark))
    .hint("houd één van de twee over; anders is niet duidelijk welke waarde geldt")
}

/// Text checks that come before YAML: empty, binary, not UTF-8, BOM.
fn decode<'a>(bytes: &'a [u8], kind: &Kind) -> Result<&'a str, Finding> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Finding::error("", "het bestand is leeg").hint(kind.empty_hint));
    }
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        return Err(Finding::error(
            "",
            "het bestand bevat binaire gegevens en is geen tekstbestand",
        )
        .at(Some(mark_at(bytes, pos)))
        .hint(format!(
            "{} is een tekstbestand in UTF-8 (zie {})",
            kind.name, kind.doc
        )));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) => Err(Finding::error(
            "",
            "het bestand bevat tekens die geen UTF-8 zijn (bijvoorbeeld opgeslagen als Windows-1252)",
        )
        .at(Some(mark_at(bytes, e.valid_up_to())))
        .hint("sla het bestand in de editor opnieuw op met codering UTF-8")),
    }
}

/// Line and column (in characters) of a byte offset.
fn mark_at(bytes: &[u8], pos: usize) -> Mark {
    let before = &bytes[..pos.min(bytes.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let col = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    Mark { line, col }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KIND: Kind = Kind {
        name: "een proef",
        noun: "het bestand",
        max_bytes: 1024,
        start_hint: "begin met 'a: 1'",
        empty_hint: "zet er iets in",
        doc: "docs/proef.md",
    };

    fn first(bytes: &[u8]) -> String {
        let file = parse(bytes.to_vec(), &KIND);
        assert!(file.root.is_none());
        file.findings[0].display(Path::new("p.yaml")).to_string()
    }

    #[test]
    fn each_way_a_file_can_fail_is_one_located_finding() {
        assert_eq!(
            first(b"  \n"),
            "p.yaml: fout: het bestand is leeg\n  hulp: zet er iets in"
        );
        assert_eq!(
            first(b"a: 1\nb: \0"),
            "p.yaml:2:4: fout: het bestand bevat binaire gegevens en is geen tekstbestand\n  hulp: een proef is een tekstbestand in UTF-8 (zie docs/proef.md)"
        );
        assert_eq!(
            first(b"a: caf\xe9\n"),
            "p.yaml:1:7: fout: het bestand bevat tekens die geen UTF-8 zijn (bijvoorbeeld opgeslagen als Windows-1252)\n  hulp: sla het bestand in de editor opnieuw op met codering UTF-8"
        );
        assert_eq!(
            first(b"- a\n- b\n"),
            "p.yaml:1:1: fout: een proef is een groep velden (sleutel: waarde), maar dit bestand bevat een lijst\n  hulp: begin met 'a: 1'"
        );
        assert!(first(b"a: [1\n").starts_with("p.yaml:"));
    }

    #[test]
    fn a_byte_order_mark_is_skipped_and_the_bytes_are_kept() {
        let bytes = b"\xEF\xBB\xBFa: 1\na: 2\n".to_vec();
        let file = parse(bytes.clone(), &KIND);
        assert!(file.root.is_some());
        assert_eq!(file.bytes, bytes);
        assert_eq!(
            file.findings[0].display(Path::new("p.yaml")).to_string(),
            "p.yaml:2:1: fout: a: het veld 'a' staat twee keer in dezelfde groep (eerst op regel 1)\n  hulp: houd één van de twee over; anders is niet duidelijk welke waarde geldt"
        );
    }
}
