//! Which bureau.yaml applies to a journal (its folder or the nearest parent
//! folder with one, or `--bureau`), and loading each house style once for a
//! whole caseload.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use super::{FILE_NAMES, HouseStyle, StyleError, load};

/// The bureau.yaml that applies to a journal: in its folder or the nearest
/// parent folder that has one.
/// Paths are kept as the journal's path was given (`samples/bureau.yaml`,
/// not an absolute path) as long as that names the folder, so messages
/// read as the coach typed them.
pub fn find_for(journal: &Path) -> Option<PathBuf> {
    find_in(journal.parent().unwrap_or(Path::new("")))
}

/// The bureau.yaml in a folder or the nearest parent folder that has one.
pub fn find_in(dir: &Path) -> Option<PathBuf> {
    let in_dir = |dir: &Path| {
        FILE_NAMES
            .iter()
            .map(|name| dir.join(name))
            .find(|p| p.is_file())
    };
    // Lexically up the path as given, while that stays truthful (no `..`,
    // which would make the lexical parent a different folder)...
    let lexical = !dir
        .components()
        .any(|c| matches!(c, std::path::Component::ParentDir));
    if lexical {
        for ancestor in dir.ancestors() {
            if let Some(found) = in_dir(ancestor) {
                return Some(found);
            }
        }
    }
    // ...then on up from the real folder (past the current directory for a
    // relative path).
    let real = if dir.as_os_str().is_empty() {
        std::env::current_dir().ok()?
    } else {
        dir.canonicalize().ok()?
    };
    real.ancestors().find_map(in_dir)
}

/// Finds and loads house styles for many journals, each file once.
pub struct Resolver {
    explicit: Option<PathBuf>,
    loaded: Mutex<HashMap<PathBuf, Result<Arc<HouseStyle>, StyleError>>>,
    /// The bureau.yaml found for each journal folder, so a caseload's
    /// folders are searched once, not once per journal.
    found: Mutex<HashMap<PathBuf, Option<PathBuf>>>,
}

impl Resolver {
    /// With `explicit` (`--bureau FILE`), that file applies to every journal.
    pub fn new(explicit: Option<&Path>) -> Self {
        Resolver {
            explicit: explicit.map(Path::to_path_buf),
            loaded: Mutex::new(HashMap::new()),
            found: Mutex::new(HashMap::new()),
        }
    }

    /// The house style for a journal, or the printed reason it is unusable.
    pub fn for_journal(&self, journal: &Path) -> Result<Arc<HouseStyle>, StyleError> {
        let file = match &self.explicit {
            Some(file) => file.clone(),
            None => {
                let dir = journal.parent().unwrap_or(Path::new("")).to_path_buf();
                let cached = self
                    .found
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .get(&dir)
                    .cloned();
                let found = match cached {
                    Some(found) => found,
                    None => {
                        let found = find_in(&dir);
                        self.found
                            .lock()
                            .unwrap_or_else(|e| e.into_inner())
                            .insert(dir, found.clone());
                        found
                    }
                };
                match found {
                    Some(file) => file,
                    None => return Ok(HouseStyle::default_shared()),
                }
            }
        };
        self.file(&file)
    }

    /// The house style of one file, loaded once.
    pub fn file(&self, file: &Path) -> Result<Arc<HouseStyle>, StyleError> {
        if let Some(done) = self
            .loaded
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(file)
        {
            return done.clone();
        }
        let result = load(file).map(Arc::new);
        self.loaded
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(file.to_path_buf(), result.clone());
        result
    }
}
