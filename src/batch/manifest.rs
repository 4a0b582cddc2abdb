//! The manifest of content hashes in an output folder: a document is up to
//! date when its PDF exists and the hash recorded for it matches the hash of
//! everything its bytes depend on (journal, house style, templates, fonts,
//! program version). File times are never consulted.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::output::{Fnv, write_atomic};

/// The manifest's file name in the output folder.
pub const MANIFEST: &str = ".spoor2-manifest.json";

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Manifest {
    versie: u32,
    bestanden: BTreeMap<String, String>,
}

impl Manifest {
    /// The manifest of a folder; empty when there is none or it cannot be
    /// read (which only costs a re-render).
    pub fn load(out_dir: &Path) -> Manifest {
        std::fs::read(out_dir.join(MANIFEST))
            .ok()
            .and_then(|b| serde_json::from_slice::<Manifest>(&b).ok())
            .filter(|m| m.versie == 1)
            .unwrap_or_default()
    }

    /// Whether `name` in `out_dir` was made from inputs with this hash.
    pub fn is_fresh(&self, out_dir: &Path, name: &str, hash: &str) -> bool {
        self.bestanden.get(name).map(String::as_str) == Some(hash) && out_dir.join(name).is_file()
    }

    /// The documents the manifest knows.
    pub fn names(&self) -> impl Iterator<Item = &String> {
        self.bestanden.keys()
    }

    /// Records a document as made (`Some(hash)`) or forgets it.
    pub fn record(&mut self, name: &str, hash: Option<String>) {
        match hash {
            Some(hash) => {
                self.bestanden.insert(name.to_string(), hash);
            }
            None => {
                self.bestanden.remove(name);
            }
        }
    }

    pub fn save(mut self, out_dir: &Path) {
        self.versie = 1;
        if let Ok(bytes) = serde_json::to_vec_pretty(&self) {
            // Losing the manifest only costs a re-render next time.
            let _ = write_atomic(&out_dir.join(MANIFEST), &bytes);
        }
    }
}

/// Hash of everything a document's bytes depend on.
pub fn document_hash(
    journal_hash: u64,
    style_hash: u64,
    template_hash: u64,
    file_name: &str,
) -> String {
    let mut h = Fnv::new();
    h.write(env!("CARGO_PKG_VERSION").as_bytes());
    h.write(&journal_hash.to_le_bytes());
    h.write(&style_hash.to_le_bytes());
    h.write(&template_hash.to_le_bytes());
    h.write(&crate::typeset::fonts_fingerprint().to_le_bytes());
    h.write(file_name.as_bytes());
    format!("{:016x}", h.finish())
}
