//! Stage 5 of the pipeline: writing results to disk, safely.
//!
//! A PDF is written to a temporary file in the target folder and renamed over
//! the final name only when complete, so a failed or interrupted run leaves
//! either the previous PDF or none, never a truncated one.

use std::io::{self, Write};
use std::path::Path;

/// Writes `bytes` to `path` atomically (temporary file + rename). A file
/// that exists keeps its mode and owner; a new one is readable by its owner
/// only (0600), since what spoor2 writes (journals, reports, Typst sources)
/// is about a sick employee.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let existing = std::fs::File::open(path).ok();
    let tmp = temporary_with(dir, bytes, existing.as_ref())?;
    tmp.persist(path).map_err(|e| e.error)?;
    sync_dir(dir);
    Ok(())
}

/// Writes `bytes` as the new file `path` (0600), atomically, and never over
/// a file that exists (also not one made in the meantime): then the error
/// is `AlreadyExists`.
pub fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let tmp = temporary_with(dir, bytes, None)?;
    tmp.persist_noclobber(path).map_err(|e| e.error)?;
    sync_dir(dir);
    Ok(())
}

/// A temporary file in `dir` holding `bytes`, flushed to disk, with the
/// mode and owner of `like` (else private, 0600, as temporary files are
/// made). It stays locked while it exists: a file of this kind that nobody
/// holds locked was left by a killed writer.
pub fn temporary_with(
    dir: &Path,
    bytes: &[u8],
    like: Option<&std::fs::File>,
) -> io::Result<tempfile::NamedTempFile> {
    let mut tmp = tempfile::Builder::new()
        .prefix(".spoor2-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    if let Some(like) = like {
        copy_protection(like, tmp.as_file())?;
    }
    tmp.as_file().lock()?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    Ok(tmp)
}

/// Gives `to` the mode and owner of `from`. The owner is set where the
/// user may (as the file's owner it is a no-op; root keeps a coach's file
/// theirs).
pub fn copy_protection(from: &std::fs::File, to: &std::fs::File) -> io::Result<()> {
    let meta = from.metadata()?;
    to.set_permissions(meta.permissions())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let now = to.metadata()?;
        if (now.uid(), now.gid()) != (meta.uid(), meta.gid()) {
            // Not permitted for an ordinary user changing another's file:
            // then the file is the writer's, with the same mode.
            let _ = std::os::unix::fs::fchown(to, Some(meta.uid()), Some(meta.gid()));
        }
    }
    Ok(())
}

/// Makes a rename in `dir` durable (best effort: not every system can sync
/// a folder).
pub fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// Removes temporary files a killed run (SIGKILL, power loss) may have left
/// in an output folder. Only files with spoor2's own prefix and suffix that
/// no running writer holds locked.
pub fn remove_stale_temporaries(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        // One that a living writer holds locked is in use.
        if name.starts_with(".spoor2-")
            && name.ends_with(".tmp")
            && std::fs::File::open(entry.path()).is_ok_and(|f| f.try_lock().is_ok())
        {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// An I/O error in words a coach understands.
pub fn io_reason(e: &io::Error) -> String {
    use io::ErrorKind as K;
    match e.kind() {
        K::NotFound => "het bestand of de map bestaat niet".into(),
        K::PermissionDenied => {
            "geen toestemming (controleer de rechten op het bestand of de map)".into()
        }
        K::StorageFull => "de schijf is vol".into(),
        K::IsADirectory => "dit is een map, geen bestand".into(),
        K::NotADirectory => "een deel van het pad is geen map".into(),
        K::ReadOnlyFilesystem => "de schijf is alleen-lezen".into(),
        K::AlreadyExists => "bestaat al".into(),
        K::InvalidData => "ongeldige gegevens".into(),
        _ => e.to_string(),
    }
}

/// 64-bit FNV-1a: a small, stable content hash (the same on every run and
/// platform) for document identifiers and up-to-date checks.
pub struct Fnv(u64);

impl Fnv {
    pub fn new() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    pub fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    pub fn finish(&self) -> u64 {
        self.0
    }
}

impl Default for Fnv {
    fn default() -> Self {
        Fnv::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_and_leaves_no_temporary_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.pdf");
        write_atomic(&path, b"first").unwrap();
        write_atomic(&path, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("a.pdf")]);
    }

    #[cfg(unix)]
    #[test]
    fn a_new_file_is_private_and_a_rewritten_one_keeps_its_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let new = dir.path().join("nieuw.pdf");
        write_atomic(&new, b"x").unwrap();
        assert_eq!(mode(&new), 0o600);
        let shared = dir.path().join("gedeeld.yaml");
        std::fs::write(&shared, b"oud").unwrap();
        std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic(&shared, b"nieuw").unwrap();
        assert_eq!(mode(&shared), 0o640);
    }

    #[test]
    fn fnv_is_stable() {
        // Reference values of 64-bit FNV-1a.
        assert_eq!(Fnv::new().finish(), 0xcbf2_9ce4_8422_2325);
        let mut h = Fnv::new();
        h.write(b"a");
        assert_eq!(h.finish(), 0xaf63_dc4c_8601_ec8c);
    }
}
