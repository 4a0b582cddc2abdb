//! Finding the journals a command works on.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

/// A path given on the command line that is neither a file nor a folder.
#[derive(Debug)]
pub struct MissingPath(pub PathBuf);

/// Expands files and folders into journal files, sorted and without
/// duplicates. Files named explicitly are taken whatever their extension;
/// folders are searched for `*.yaml` and `*.yml`, skipping hidden folders
/// and `exclude` (the output folder).
pub fn journals(paths: &[PathBuf], exclude: Option<&Path>) -> (Vec<PathBuf>, Vec<MissingPath>) {
    let exclude = exclude.and_then(|p| p.canonicalize().ok());
    let mut found = Vec::new();
    let mut missing = Vec::new();
    for path in paths {
        if path.is_dir() {
            let walker = WalkDir::new(path)
                .sort_by_file_name()
                .into_iter()
                .filter_entry(|e| {
                    let hidden = e.depth() > 0 && e.file_name().to_string_lossy().starts_with('.');
                    let excluded = e.file_type().is_dir()
                        && exclude
                            .as_ref()
                            .is_some_and(|x| e.path().canonicalize().ok().as_ref() == Some(x));
                    !hidden && !excluded
                });
            for entry in walker.filter_map(Result::ok) {
                // bureau.yaml is the house style, not a journal.
                if entry.file_type().is_file()
                    && is_journal_name(entry.path())
                    && !crate::house_style::is_house_style_file(entry.path())
                {
                    found.push(entry.into_path());
                }
            }
        } else if path.exists() || path.symlink_metadata().is_ok() {
            found.push(path.clone());
        } else {
            missing.push(MissingPath(path.clone()));
        }
    }
    let mut seen = std::collections::HashSet::new();
    found.retain(|p| seen.insert(p.canonicalize().unwrap_or_else(|_| p.clone())));
    (found, missing)
}

fn is_journal_name(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("yaml") | Some("yml")
    )
}
