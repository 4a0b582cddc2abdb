//! The exclusive lock on one journal, held for a whole
//! read-change-check-write.
//!
//! The lock is an OS file lock (`std::fs::File::lock`, `flock(2)` on Linux
//! and the BSDs, `LockFileEx` on Windows) on the journal file itself: no lock
//! files are left beside the coach's journals, a lock dies with the process
//! that held it (a killed writer never leaves a journal locked), and it
//! excludes writers in the same process as well as in others, since each
//! opening of the file holds its own lock. The standard library's lock is
//! used rather than a crate (fs2, fd-lock): it is the same system call with
//! nothing to add to the build.
//!
//! A journal is replaced by renaming a new file over it, so the lock is on
//! an inode that a rename retires. Two rules keep the lock continuous:
//! whoever takes the lock checks afterwards that the name still leads to the
//! file it locked (and otherwise locks the new one), and a writer locks the
//! new file before renaming it into place, holding both locks until its
//! work (the history among it) is done.

use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};

/// A journal opened and locked exclusively. Dropping it releases the lock.
pub struct Locked {
    pub file: File,
    /// The file the lock is on: the journal's real path (symbolic links
    /// followed), where the new version is written.
    pub target: PathBuf,
}

impl Locked {
    /// Waits for the exclusive lock on the journal at `path` (following
    /// symbolic links to the file they name).
    pub fn acquire(path: &Path) -> io::Result<Locked> {
        loop {
            let target = std::fs::canonicalize(path)?;
            let file = File::options().read(true).open(&target)?;
            file.lock()?;
            // Renamed over while this process waited: lock the new file.
            if same_file(&file, &target)? {
                return Ok(Locked { file, target });
            }
        }
    }
}

/// Whether the open `file` is the one `path` names now.
fn same_file(file: &File, path: &Path) -> io::Result<bool> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let open = file.metadata()?;
        match std::fs::metadata(path) {
            Ok(now) => Ok(open.dev() == now.dev() && open.ino() == now.ino()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(e),
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (file, path);
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::{Arc, mpsc};

    #[test]
    fn a_second_writer_waits_until_the_first_is_done() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        std::fs::write(&path, "versie: 2\n").unwrap();
        let first = Locked::acquire(&path).unwrap();
        let done = Arc::new(AtomicBool::new(false));
        let (tx, rx) = mpsc::channel();
        let second = {
            let (path, done) = (path.clone(), done.clone());
            std::thread::spawn(move || {
                tx.send(()).unwrap();
                let _lock = Locked::acquire(&path).unwrap();
                // The first holder said it was done before releasing.
                assert!(done.load(Ordering::SeqCst));
            })
        };
        rx.recv().unwrap();
        done.store(true, Ordering::SeqCst);
        drop(first);
        second.join().unwrap();
    }

    #[test]
    fn a_lock_on_a_replaced_file_moves_to_the_new_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        std::fs::write(&path, "oud\n").unwrap();
        let first = Locked::acquire(&path).unwrap();
        let (tx, rx) = mpsc::channel();
        let waiter = {
            let path = path.clone();
            std::thread::spawn(move || {
                tx.send(()).unwrap();
                let lock = Locked::acquire(&path).unwrap();
                std::io::read_to_string(&lock.file).unwrap()
            })
        };
        rx.recv().unwrap();
        // The holder renames a new version into place, then lets go.
        let new = dir.path().join("nieuw.tmp");
        std::fs::write(&new, "nieuw\n").unwrap();
        std::fs::rename(&new, &path).unwrap();
        drop(first);
        assert_eq!(waiter.join().unwrap(), "nieuw\n");
    }

    #[test]
    fn a_symlinked_journal_is_locked_at_its_target() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("echt.yaml");
        std::fs::write(&real, "versie: 2\n").unwrap();
        let link = dir.path().join("link.yaml");
        #[cfg(unix)]
        std::os::unix::fs::symlink(&real, &link).unwrap();
        #[cfg(unix)]
        assert_eq!(
            Locked::acquire(&link).unwrap().target,
            std::fs::canonicalize(&real).unwrap()
        );
    }
}
