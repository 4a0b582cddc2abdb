//! Every write of a journal, by every command and every werkplek handler,
//! goes through [`update`]: one transaction that nothing else can
//! interleave with.
//!
//! 1. the journal is locked exclusively ([`lock`]) and read through the lock;
//! 2. a text edit made on an older version (`expect`) is refused there,
//!    before anything is changed ([`Conflict`]); an addition is applied to
//!    the text as it is now, so one that lost a race is applied to the
//!    winner's text;
//! 3. the edited text is read and checked like any journal, and refused when
//!    it would have errors;
//! 4. the new version is written to a temporary file beside the journal with
//!    the journal's mode and owner, locked, flushed to disk, and renamed over
//!    the journal only if the file still holds what was read (a program that
//!    takes no lock, such as an editor, may have saved in between: then the
//!    edit is applied again to that text);
//! 5. the previous version is kept beside it as `BESTAND.vorige`, and with
//!    history on ([`history`]) the change is a commit.
//!
//! A success is only reported for a write that landed.

pub mod history;
pub mod lock;

use std::io::{self, Read};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::cmd::RunError;
use crate::journal::{self, Loaded};

/// The version of a journal as forms carry it: a hash of its bytes.
pub fn version_of(bytes: &[u8]) -> String {
    let mut h = crate::output::Fnv::new();
    h.write(bytes);
    format!("{:016x}", h.finish())
}

/// The version of a journal as it was read.
pub fn version(loaded: &Loaded) -> String {
    format!("{:016x}", loaded.content_hash)
}

/// The version of the journal on disk now, if it can be read.
pub fn current_version(path: &Path) -> Option<String> {
    std::fs::read(path).ok().map(|b| version_of(&b))
}

/// What an edit makes of the journal as it stands.
pub struct Edited {
    /// The whole new text, without a byte order mark (the file's own is
    /// kept).
    pub text: String,
    /// What changed, for the history: "sollicitatie van 3 november 2026
    /// toegevoegd".
    pub what: String,
}

/// A text edit made on a version of the journal that is no longer the one
/// on disk.
#[derive(Debug)]
pub struct Conflict {
    pub path: PathBuf,
}

/// The file beside a journal that keeps its previous version.
pub fn previous_of(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".vorige");
    path.with_file_name(name)
}

/// The journal at `path`, locked, and its bytes as read through the lock.
fn lock_and_read(path: &Path) -> Result<(lock::Locked, Vec<u8>), RunError> {
    let read_error = |source| {
        RunError::Read(journal::ReadError {
            path: path.to_path_buf(),
            noun: "het bestand",
            source,
        })
    };
    let locked = lock::Locked::acquire(path).map_err(read_error)?;
    let mut bytes = Vec::new();
    (&locked.file).read_to_end(&mut bytes).map_err(read_error)?;
    Ok((locked, bytes))
}

/// The dossier number of a journal as read, for the history's messages.
pub(crate) fn dossier_in(loaded: &Loaded) -> String {
    loaded
        .journal
        .as_ref()
        .map(|j| j.dossier.trim().to_string())
        .unwrap_or_default()
}

/// How many times an edit is applied again when a program that takes no
/// lock keeps saving the journal in between.
const ATTEMPTS: usize = 20;

/// Edits the journal at `path` as one transaction (see the module's
/// text). `edit` is given the journal as it is now, read and checked on
/// `peildatum`, and may be called again if the file changes under it;
/// `expect`, the version the edit was made on, makes a changed file a
/// [`RunError::Conflict`] instead. The result is refused with `refusal`
/// when it would have errors. Returns the journal as written, checked.
pub fn update(
    path: &Path,
    expect: Option<&str>,
    peildatum: NaiveDate,
    refusal: &str,
    mut edit: impl FnMut(&Loaded) -> Result<Edited, RunError>,
) -> Result<Loaded, RunError> {
    for _ in 0..ATTEMPTS {
        let (locked, bytes) = lock_and_read(path)?;
        remove_abandoned_temporaries(&locked.target);
        if let Some(expected) = expect
            && version_of(&bytes) != expected
        {
            return Err(RunError::Conflict(Conflict {
                path: path.to_path_buf(),
            }));
        }
        let mut before = journal::load_bytes(path, &bytes);
        crate::validate::validate(&mut before, peildatum);
        let edited = edit(&before)?;
        let bom = if bytes.starts_with(b"\xEF\xBB\xBF") {
            "\u{FEFF}"
        } else {
            ""
        };
        let new = format!("{bom}{}", edited.text);
        let mut after = journal::load_bytes(path, new.as_bytes());
        crate::validate::validate(&mut after, peildatum);
        crate::cmd::refuse_on_errors(&after, path, refusal)?;

        let history = history::History::find(&locked.target);
        let dossier = dossier_of(&before, &after);
        if let Some(h) = &history {
            h.record_outside_change(&locked.target, &bytes, &dossier, &before)
                .map_err(|e| history_error(path, NOT_SAVED, e))?;
        } else {
            announce_history_once(path);
        }

        let previous = previous_of(&locked.target);
        write_beside(&previous, &bytes, &locked.file, None).map_err(|source| RunError::Write {
            path: previous_of(path),
            what: "de vorige versie",
            source,
        })?;
        if let Some(h) = &history {
            h.note_pending(
                &locked.target,
                &version_of(new.as_bytes()),
                &dossier,
                &edited.what,
            );
        }
        let Some(new_file) = write_journal(path, &locked, new.as_bytes(), &bytes)? else {
            // Saved by another program in between: apply the edit again.
            continue;
        };
        stamp_previous(&previous, &new_file);
        // Fault injection for the tests (debug builds only): stop dead
        // between the write and its commit, as a killed writer would.
        #[cfg(debug_assertions)]
        if std::env::var_os("SPOOR2_TEST_STOP_AFTER_WRITE").is_some() {
            std::process::abort();
        }
        if let Some(h) = &history {
            h.commit(&locked.target, &dossier, &edited.what, &after)
                .map_err(|e| history_error(path, SAVED, e))?;
        }
        drop(new_file);
        drop(locked);
        return Ok(after);
    }
    Err(RunError::Refused(format!(
        "{}: niet opgeslagen: het bestand werd steeds opnieuw gewijzigd door een ander programma; sluit het in de editor en probeer het opnieuw",
        path.display()
    )))
}

/// What a history error before the write says first: nothing is written
/// that the history could not record, and how to go on.
const NOT_SAVED: &str = "niets opgeslagen";

/// What a history error after the write says first.
const SAVED: &str = "opgeslagen, maar niet in de geschiedenis";

/// A history that could not be written, and what that meant for the
/// journal (`outcome`: "niets opgeslagen", or [`SAVED`]).
fn history_error(path: &Path, outcome: &str, e: history::HistoryError) -> RunError {
    let hint = if outcome == NOT_SAVED {
        "\n  hulp: los het probleem met git op, of zet de geschiedenis voor deze map uit met 'git config spoor2.geschiedenis uit'"
    } else {
        ""
    };
    RunError::Other {
        message: format!("{}: {outcome}: {e}{hint}", path.display()),
        status: crate::Status::Io,
    }
}

/// The dossier number for messages: as written, else as it was.
fn dossier_of(before: &Loaded, after: &Loaded) -> String {
    match dossier_in(after) {
        d if d.is_empty() => dossier_in(before),
        d => d,
    }
}

/// [`write_beside`] for the journal itself, over the text `read`.
fn write_journal(
    path: &Path,
    locked: &lock::Locked,
    bytes: &[u8],
    read: &[u8],
) -> Result<Option<std::fs::File>, RunError> {
    write_beside(&locked.target, bytes, &locked.file, Some(read)).map_err(|source| {
        RunError::Write {
            path: path.to_path_buf(),
            what: "het dossier",
            source,
        }
    })
}

/// Without history: the first edit of a journal (it has no `.vorige` yet)
/// says how to turn history on.
fn announce_history_once(path: &Path) {
    if previous_of(path).exists() || !history::git_available() {
        return;
    }
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    // On for the folder, but this journal is a link to one elsewhere.
    if history::History::on_for_folder(dir) {
        return;
    }
    let folder = dir.display().to_string();
    eprintln!(
        "tip: met 'spoor2 geschiedenis --aanzetten {folder}' wordt elke wijziging bewaard en kan elke wijziging worden teruggezet"
    );
}

/// After a write, the `.vorige` file gets the new journal's modification
/// time: `ongedaan` can then tell whether the journal was changed after
/// spoor2 wrote it.
fn stamp_previous(previous: &Path, new_file: &std::fs::File) {
    if let Ok(modified) = new_file.metadata().and_then(|m| m.modified())
        && let Ok(file) = std::fs::File::options().write(true).open(previous)
    {
        let _ = file.set_modified(modified);
    }
}

/// Whether the journal was changed after spoor2 last wrote it (by a hand
/// edit): its time differs from the stamp on `.vorige`.
pub fn changed_since_last_write(path: &Path) -> bool {
    let time = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    match (time(path), time(&previous_of(path))) {
        (Some(a), Some(b)) => a != b,
        _ => true,
    }
}

/// Removes the temporary files a killed writer left beside the journal at
/// `target`: spoor2's own (`.spoor2-*.tmp`) that no living writer holds
/// locked.
fn remove_abandoned_temporaries(target: &Path) {
    let Some(dir) = target.parent() else {
        return;
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !(name.starts_with(".spoor2-") && name.ends_with(".tmp")) {
            continue;
        }
        if let Ok(file) = std::fs::File::open(entry.path())
            && file.try_lock().is_ok()
        {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Writes `bytes` as `target` through a locked temporary file in its
/// folder, with the mode and owner of `like` (the journal). With `unless`,
/// the rename only happens while `target` still holds those bytes; `None`
/// is returned when it does not. On success the new file is returned, still
/// locked: the caller releases it when its work is done.
fn write_beside(
    target: &Path,
    bytes: &[u8],
    like: &std::fs::File,
    unless: Option<&[u8]>,
) -> io::Result<Option<std::fs::File>> {
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let tmp = crate::output::temporary_with(dir, bytes, Some(like))?;
    if let Some(expected) = unless
        && std::fs::read(target)? != expected
    {
        return Ok(None);
    }
    let file = tmp.persist(target).map_err(|e| e.error)?;
    crate::output::sync_dir(dir);
    Ok(Some(file))
}

/// Puts back the text of the journal before spoor2's last change:
/// `ongedaan`. With history, the last change that was not undone is
/// reversed as a new change; without, `.vorige` is put back. Refused,
/// with nothing changed, when the journal was changed after that change
/// (by hand or otherwise), since that would be lost. Returns what was
/// undone, as the history names it (`None` without history).
pub fn undo(path: &Path) -> Result<Option<String>, RunError> {
    let (locked, bytes) = lock_and_read(path)?;
    let refused =
        |why: String| RunError::Refused(format!("{}: niets teruggezet: {why}", path.display()));
    let meanwhile = || refused("het dossier werd intussen gewijzigd; probeer het opnieuw".into());
    let later = "het dossier is na de laatste wijziging van spoor2 nog veranderd (met de hand of door een ander programma); die verandering zou verloren gaan";
    if let Some(h) = history::History::find(&locked.target) {
        let step = h.last_change(&locked.target, &bytes).map_err(|e| match e {
            history::UndoRefusal::Nothing => {
                refused("er is geen wijziging van spoor2 om terug te zetten".into())
            }
            history::UndoRefusal::Later => refused(format!(
                "{later}. Zet met 'spoor2 geschiedenis' een eerdere versie terug, of pas het dossier met de hand aan"
            )),
            history::UndoRefusal::Git(e) => history_error(path, "niets teruggezet", e),
        })?;
        let written = write_journal(path, &locked, &step.before, &bytes)?.ok_or_else(meanwhile)?;
        let after = journal::load_bytes(path, &step.before);
        h.commit_undo(&locked.target, &dossier_in(&after), &step, &after)
            .map_err(|e| history_error(path, SAVED, e))?;
        drop(written);
        return Ok(Some(step.subject));
    }
    let previous = previous_of(&locked.target);
    let Ok(before) = std::fs::read(&previous) else {
        return Err(refused(format!(
            "er is geen vorige versie om terug te zetten ({} ontbreekt)",
            previous_of(path).display()
        )));
    };
    if changed_since_last_write(&locked.target) {
        return Err(refused(format!(
            "{later}. De vorige versie staat in {}",
            previous_of(path).display()
        )));
    }
    write_journal(path, &locked, &before, &bytes)?.ok_or_else(meanwhile)?;
    let _ = std::fs::remove_file(&previous);
    Ok(None)
}

/// Removes every earlier version of the journal at `path` from its history
/// (see [`history::History::forget`]), keeping only the text it has now,
/// committed as `what`: after `anonimiseer`, no commit, reflog or pack
/// holds the personal data. Also removes `.vorige` and the record of what
/// the seen and sent reports said. Without history only the latter. Returns whether a history was rewritten.
pub fn forget_earlier_versions(path: &Path, what: &str) -> Result<bool, RunError> {
    let (locked, bytes) = lock_and_read(path)?;
    let _ = std::fs::remove_file(previous_of(&locked.target));
    // What the seen and sent reports said holds the same personal data.
    let _ = std::fs::remove_file(crate::snapshot::record::path_for(&locked.target));
    let Some(h) = history::History::find(&locked.target) else {
        return Ok(false);
    };
    let fail = |e: history::HistoryError| RunError::Other {
        message: format!(
            "{}: fout: de eerdere versies konden niet uit de geschiedenis worden verwijderd: {}",
            path.display(),
            e.0
        ),
        status: crate::Status::Io,
    };
    h.forget(&locked.target).map_err(fail)?;
    let now = journal::load_bytes(path, &bytes);
    h.commit(&locked.target, &dossier_in(&now), what, &now)
        .map_err(fail)?;
    Ok(true)
}

/// Removes the journal at `path` and every version of it from its history
/// (removal after the bewaartermijn), with `.vorige` and the record of
/// what its seen and sent reports said.
pub fn remove(path: &Path) -> Result<bool, RunError> {
    let (locked, _) = lock_and_read(path)?;
    let history = history::History::find(&locked.target);
    if let Some(h) = &history {
        h.forget(&locked.target).map_err(|e| RunError::Other {
            message: format!(
                "{}: fout: het dossier kon niet uit de geschiedenis worden verwijderd; er is niets verwijderd: {}",
                path.display(),
                e.0
            ),
            status: crate::Status::Io,
        })?;
    }
    let _ = std::fs::remove_file(previous_of(&locked.target));
    let _ = std::fs::remove_file(crate::snapshot::record::path_for(&locked.target));
    std::fs::remove_file(&locked.target).map_err(|source| RunError::Write {
        path: path.to_path_buf(),
        what: "het dossier",
        source,
    })?;
    Ok(history.is_some())
}

/// Writes a new journal at `path` (readable by its owner only), never over
/// one that exists; with history on, it is committed as its first version.
pub fn create(path: &Path, text: &str) -> Result<(), RunError> {
    crate::output::write_new(path, text.as_bytes()).map_err(|source| RunError::Write {
        path: path.to_path_buf(),
        what: "het dossier",
        source,
    })?;
    let target = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    if let Some(h) = history::History::find(&target) {
        let loaded = journal::load_bytes(path, text.as_bytes());
        h.commit(&target, &dossier_in(&loaded), "nieuw dossier", &loaded)
            .map_err(|e| history_error(path, SAVED, e))?;
    }
    Ok(())
}
