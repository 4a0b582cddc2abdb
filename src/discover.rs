//! Finding the journals a command works on.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

/// A path given on the command line that is neither a file nor a folder.
#[derive(Debug)]
pub struct MissingPath(pub PathBuf);

/// Expands files and folders into journal files, sorted and without
/// duplicates. Files named explicitly are taken whatever their extension;
/// folders are searched for `*.yaml` and `*.yml`, skipping hidden folders
/// and `exclude` (the output folder). A link to a file is listed like the
/// file itself (also a broken link: reading it then says what is wrong);
/// links to folders are not followed, so a loop of links cannot trap the
/// search. A journal reached both as a file and through a link is listed
/// once, as the file.
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
                let kind = entry.file_type();
                let file_like = kind.is_file() || (kind.is_symlink() && !entry.path().is_dir());
                // bureau.yaml is the house style, not a journal.
                if file_like
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
    let real = |p: &PathBuf| p.canonicalize().unwrap_or_else(|_| p.clone());
    let is_link = |p: &PathBuf| p.symlink_metadata().is_ok_and(|m| m.is_symlink());
    // Files first, so a link to a journal also listed as itself goes.
    let mut seen: std::collections::HashSet<PathBuf> =
        found.iter().filter(|p| !is_link(p)).map(real).collect();
    let mut files = std::collections::HashSet::new();
    found.retain(|p| {
        if is_link(p) {
            seen.insert(real(p))
        } else {
            files.insert(real(p))
        }
    });
    (found, missing)
}

fn is_journal_name(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("yaml") | Some("yml")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(found: &[PathBuf], root: &Path) -> Vec<String> {
        found
            .iter()
            .map(|p| p.strip_prefix(root).unwrap().display().to_string())
            .collect()
    }

    #[test]
    fn links_to_files_are_listed_and_links_to_folders_are_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let elsewhere = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::write(root.join("b.yaml"), "versie: 2\n").unwrap();
        std::fs::write(elsewhere.path().join("buiten.yaml"), "versie: 2\n").unwrap();
        std::os::unix::fs::symlink(elsewhere.path().join("buiten.yaml"), root.join("c.yaml"))
            .unwrap();
        // The same journal as b.yaml: listed once, as the file.
        std::os::unix::fs::symlink(root.join("b.yaml"), root.join("a.yaml")).unwrap();
        // Broken: listed, so that reading it says what is wrong.
        std::os::unix::fs::symlink(root.join("weg.yaml"), root.join("d.yaml")).unwrap();
        // A loop of folders: not followed.
        std::fs::create_dir(root.join("team")).unwrap();
        std::os::unix::fs::symlink(root, root.join("team").join("lus.yaml")).unwrap();
        std::os::unix::fs::symlink(root, root.join("team").join("terug")).unwrap();
        let (found, missing) = journals(&[root.to_path_buf()], None);
        assert!(missing.is_empty());
        assert_eq!(names(&found, root), ["b.yaml", "c.yaml", "d.yaml"]);
    }
}
