//! Stage 1 of the pipeline: reading a case journal.
//!
//! bytes -> text (encoding checks) -> marked YAML tree -> structural check
//! against the schema -> typed [`Journal`]. Semantic checks live in
//! `crate::validate`.

pub mod model;
pub mod structure;
pub mod yaml;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

pub use model::*;

use crate::diag::Finding;
use yaml::{Mark, Node, Value};

/// A journal as read from disk: the typed data when the structure was sound,
/// the tree for locating fields, and every finding so far.
#[derive(Debug)]
pub struct Loaded {
    pub path: PathBuf,
    /// The decoded text, for locating words inside fields.
    pub source: Option<String>,
    pub tree: Option<Node>,
    pub journal: Option<Journal>,
    pub findings: Vec<Finding>,
}

impl Loaded {
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(Finding::is_error)
    }

    /// Where a dotted field path (`activiteiten[3].datum`) stands in the file.
    pub fn locate(&self, path: &str) -> Option<Mark> {
        locate(self.tree.as_ref()?, path)
    }
}

/// The JSON Schema of the journal format, generated from the types.
pub fn schema() -> &'static serde_json::Value {
    static SCHEMA: OnceLock<serde_json::Value> = OnceLock::new();
    SCHEMA.get_or_init(|| schemars::schema_for!(Journal).to_value())
}

/// Reading a file that is not there or not readable is not a finding about
/// the journal but a failure of the run; it is reported as such.
#[derive(Debug)]
pub struct ReadError {
    pub path: PathBuf,
    pub source: std::io::Error,
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: fout: kan het bestand niet lezen: {}",
            self.path.display(),
            crate::output::io_reason(&self.source)
        )
    }
}

/// Journals larger than this are refused before parsing: a real journal of
/// two years is well under a megabyte.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

pub fn load(path: &Path) -> Result<Loaded, ReadError> {
    let read_error = |source| ReadError {
        path: path.to_path_buf(),
        source,
    };
    let size = std::fs::metadata(path).map_err(read_error)?.len();
    if size > MAX_FILE_BYTES {
        return Ok(Loaded::failed(
            path,
            Finding::error(
                "",
                format!(
                    "het bestand is {} MB; een dossier mag hooguit {} MB zijn",
                    size / (1024 * 1024),
                    MAX_FILE_BYTES / (1024 * 1024)
                ),
            )
            .hint("controleer of dit het juiste bestand is"),
        ));
    }
    let bytes = std::fs::read(path).map_err(read_error)?;
    Ok(load_bytes(path, &bytes))
}

impl Loaded {
    fn failed(path: &Path, finding: Finding) -> Self {
        Loaded {
            path: path.to_path_buf(),
            source: None,
            tree: None,
            journal: None,
            findings: vec![finding],
        }
    }
}

/// The whole reading stage on bytes already in memory.
pub fn load_bytes(path: &Path, bytes: &[u8]) -> Loaded {
    let text = match decode(bytes) {
        Ok(text) => text,
        Err(finding) => return Loaded::failed(path, finding),
    };
    let parsed = match yaml::parse(text) {
        Ok(parsed) => parsed,
        Err(e) => {
            let mut finding = Finding::error("", e.message).at(e.mark).hint(e.hint);
            finding.rule = Some("yaml");
            return Loaded::failed(path, finding);
        }
    };
    let mut root = parsed.root;
    let mut findings: Vec<Finding> = parsed.duplicates.iter().map(duplicate_finding).collect();

    if !matches!(root.value, Value::Map(_)) {
        let finding = if matches!(root.value, Value::Null) {
            Finding::error("", "het bestand is leeg").hint(
                "begin met 'versie: 1' en de velden van een dossier (zie docs/dossierformaat.md)",
            )
        } else {
            Finding::error(
                "",
                format!(
                    "een dossier is een groep velden (sleutel: waarde), maar dit bestand bevat een {}",
                    root.kind_name()
                ),
            )
            .at(Some(root.mark))
            .hint("begin met 'versie: 1' en de velden van een dossier (zie docs/dossierformaat.md)")
        };
        return Loaded::failed(path, finding);
    }

    if let Some(finding) = check_version(&root) {
        return Loaded {
            path: path.to_path_buf(),
            source: Some(text.to_string()),
            tree: Some(root),
            journal: None,
            findings: vec![finding],
        };
    }

    let journal = checked::<Journal>(&mut root, schema(), &mut findings, "het dossier");

    crate::diag::sort(&mut findings);
    Loaded {
        path: path.to_path_buf(),
        source: Some(text.to_string()),
        tree: Some(root),
        journal,
        findings,
    }
}

/// A key written twice in the same group, as a finding at the second one.
pub fn duplicate_finding(d: &yaml::DuplicateKey) -> Finding {
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

/// Checks a tree against a schema and, when no error was found, reads it as
/// `T`. `what` names the file in a message ("het dossier").
pub fn checked<T: serde::de::DeserializeOwned>(
    root: &mut Node,
    schema: &serde_json::Value,
    findings: &mut Vec<Finding>,
    what: &str,
) -> Option<T> {
    structure::Checker::new(schema).check(root, findings);
    if findings.iter().any(Finding::is_error) {
        return None;
    }
    match serde_yaml::from_value::<T>(root.to_serde()) {
        Ok(value) => Some(value),
        Err(e) => {
            // The structural check should have caught everything serde
            // rejects; if not, still say something useful.
            findings.push(
                Finding::error("", format!("{what} kon niet worden gelezen: {e}"))
                    .hint("controleer het veld dat in de melding genoemd wordt"),
            );
            None
        }
    }
}

/// Text checks that come before YAML: empty, binary, not UTF-8, BOM.
fn decode(bytes: &[u8]) -> Result<&str, Finding> {
    const EXPLAIN: &str = "een dossier is een tekstbestand in UTF-8 (zie docs/dossierformaat.md)";
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Finding::error("", "het bestand is leeg").hint(
            "begin met 'versie: 1' en de velden van een dossier (zie docs/dossierformaat.md)",
        ));
    }
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        return Err(Finding::error(
            "",
            "het bestand bevat binaire gegevens en is geen tekstbestand",
        )
        .at(Some(mark_at(bytes, pos)))
        .hint(EXPLAIN));
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

fn check_version(root: &Node) -> Option<Finding> {
    let node = root.get("versie")?;
    let Value::Int(v) = node.value else {
        return None; // the structural check explains the type
    };
    if v > i64::from(FORMAT_VERSION) {
        return Some(
            Finding::error(
                "versie",
                format!(
                    "dit dossier heeft formaatversie {v}, maar deze spoor2 kent alleen versie {FORMAT_VERSION}"
                ),
            )
            .at(Some(node.mark))
            .hint("werk spoor2 bij naar een nieuwere versie"),
        );
    }
    None
}

/// Follows a dotted path with 1-based list indices through the tree.
pub fn locate(root: &Node, path: &str) -> Option<Mark> {
    let mut node = root;
    let mut mark = root.mark;
    for segment in path.split('.').filter(|s| !s.is_empty()) {
        let (key, indices) = match segment.find('[') {
            Some(i) => (&segment[..i], &segment[i..]),
            None => (segment, ""),
        };
        if !key.is_empty() {
            let Value::Map(entries) = &node.value else {
                return Some(mark);
            };
            // A field that is not there is located at its parent.
            let Some(entry) = entries.iter().find(|e| e.key == key) else {
                return Some(mark);
            };
            node = &entry.value;
            mark = node.mark;
        }
        for index in indices
            .split(['[', ']'])
            .filter(|s| !s.is_empty())
            .filter_map(|s| s.parse::<usize>().ok())
        {
            let Value::Seq(items) = &node.value else {
                return Some(mark);
            };
            let Some(item) = index.checked_sub(1).and_then(|i| items.get(i)) else {
                return Some(mark);
            };
            node = item;
            mark = node.mark;
        }
    }
    Some(mark)
}
