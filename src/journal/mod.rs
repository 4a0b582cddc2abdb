//! Stage 1 of the pipeline: reading a case journal.
//!
//! bytes -> text (encoding checks) -> marked YAML tree -> structural check
//! against the schema -> typed [`Journal`]. Semantic checks live in
//! `crate::validate`.

pub mod evidence;
pub mod file;
pub mod model;
pub mod structure;
pub mod yaml;

use std::path::{Path, PathBuf};

use std::sync::OnceLock;

pub use model::*;

use crate::diag::{Finding, Mark, Verdict};
pub use file::ReadError;
use yaml::{Node, Value};

/// A journal as read from disk: the typed data when the structure was sound,
/// the tree for locating fields, and every finding so far.
#[derive(Debug)]
pub struct Loaded {
    pub path: PathBuf,
    /// Hash of the file's bytes, for up-to-date checks.
    pub content_hash: u64,
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

    /// Whether this journal's documents may be made: errors always block,
    /// warnings too with `--strict`.
    pub fn verdict(&self, strict: bool) -> Verdict {
        Verdict::of(&self.findings, strict)
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

/// How a journal is read: at most 16 MB (a real journal of two years is
/// well under a megabyte).
pub const KIND: file::Kind = file::Kind {
    name: "een dossier",
    noun: "het bestand",
    max_bytes: 16 * 1024 * 1024,
    start_hint: "begin met 'versie: 2' en de velden van een dossier (zie docs/dossierformaat.md)",
    empty_hint: "begin met 'versie: 2' en de velden van een dossier (zie docs/dossierformaat.md)",
    doc: "docs/dossierformaat.md",
};

/// Reads and checks the structure of a journal on disk.
pub fn load(path: &Path) -> Result<Loaded, ReadError> {
    Ok(from_file(path, file::read(path, &KIND)?))
}

/// The whole reading stage on bytes already in memory.
pub fn load_bytes(path: &Path, bytes: &[u8]) -> Loaded {
    from_file(path, file::parse(bytes.to_vec(), &KIND))
}

fn from_file(path: &Path, file: file::YamlFile) -> Loaded {
    let content_hash = {
        let mut h = crate::output::Fnv::new();
        h.write(&file.bytes);
        h.finish()
    };
    let mut loaded = Loaded {
        path: path.to_path_buf(),
        content_hash,
        source: file.text,
        tree: None,
        journal: None,
        findings: file.findings,
    };
    let Some(mut root) = file.root else {
        return loaded;
    };
    if let Some(finding) = check_version(&root) {
        loaded.findings = vec![finding];
        loaded.tree = Some(root);
        return loaded;
    }
    loaded.journal = checked::<Journal>(&mut root, schema(), &mut loaded.findings, "het dossier");
    loaded.tree = Some(root);
    crate::diag::sort(&mut loaded.findings);
    loaded
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
            // A field that is not there is located at its parent (at the
            // top of the file for a missing section).
            let Some(entry) = entries.iter().find(|e| e.key == key) else {
                if std::ptr::eq(node, root) {
                    return Some(Mark { line: 1, col: 1 });
                }
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
