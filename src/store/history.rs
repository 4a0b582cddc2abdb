//! A history of every change to a journal, kept by git.
//!
//! When the journals' folder is in a git repository (`spoor2 geschiedenis
//! --aanzetten MAP` makes it one), every write spoor2 makes is a commit of
//! that one journal, with the coach as author and a Dutch message saying
//! what changed ("S2-2026-031: sollicitatie van 3 november 2026
//! toegevoegd"). A change made outside spoor2 (in an editor) is found at the
//! next write and committed first, as "handmatig gewijzigd", so the history
//! never claims spoor2's change for someone else's words.
//!
//! The git command is used, not a library (gix or libgit2): it costs the
//! build and the binary nothing, it is the same program the bureau's IT
//! would use to inspect the history, and a commit per write is a few
//! milliseconds (docs/garanties.md has the figures). Without git on the
//! machine, or outside a repository, spoor2 works as before.
//!
//! Only the journal's own path is ever committed (`git commit -- PATH`), so
//! a coach's other work in the repository is left alone. Git operations that
//! touch the index are serialised by a lock on `.git/spoor2.lock`.
//!
//! Privacy: [`History::forget`] rewrites every commit without a journal and
//! prunes what is no longer reachable, for `anonimiseer` and for removal
//! after the bewaartermijn.

use std::collections::HashSet;
use std::fmt;
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use crate::journal::Loaded;

/// The trailer that marks a commit undoing another.
const UNDONE: &str = "Ongedaan-gemaakt: ";
/// The subject of a change made outside spoor2.
pub const BY_HAND: &str = "handmatig gewijzigd";
/// The subject of a journal's first commit.
pub const FIRST: &str = "opgenomen in de geschiedenis";

/// A git command that failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryError(pub String);

impl fmt::Display for HistoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "de geschiedenis (git) kon niet worden bijgewerkt: {}",
            self.0
        )
    }
}

/// Whether the git command can be run.
pub fn git_available() -> bool {
    static AVAILABLE: OnceLock<bool> = OnceLock::new();
    *AVAILABLE.get_or_init(|| {
        Command::new("git")
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    })
}

/// A git command with the environment cleared of what would point it
/// elsewhere, and no prompts, pagers or hooks' surprises.
fn git(dir: &Path) -> Command {
    let mut c = Command::new("git");
    c.arg("-C")
        .arg(dir)
        .args([
            "-c",
            "core.quotepath=off",
            "-c",
            "commit.gpgsign=false",
            "-c",
            "core.autocrlf=false",
        ])
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE")
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("LC_ALL", "C")
        .stdin(Stdio::null());
    c
}

/// Runs a git command; its stdout, or its stderr as the error.
fn run(mut c: Command, input: Option<&[u8]>) -> Result<Vec<u8>, HistoryError> {
    // Another git (the coach's own) may hold the index for a moment.
    for _ in 0..100 {
        let out = match input {
            None => c.stdout(Stdio::piped()).stderr(Stdio::piped()).output(),
            Some(bytes) => {
                let mut child = c
                    .stdin(Stdio::piped())
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .map_err(|e| HistoryError(e.to_string()))?;
                if let Some(mut stdin) = child.stdin.take() {
                    stdin
                        .write_all(bytes)
                        .map_err(|e| HistoryError(e.to_string()))?;
                }
                child.wait_with_output()
            }
        }
        .map_err(|e| HistoryError(format!("git kan niet worden gestart: {e}")))?;
        if out.status.success() {
            return Ok(out.stdout);
        }
        let err = String::from_utf8_lossy(&out.stderr).trim().to_string();
        if !err.contains("index.lock") {
            return Err(HistoryError(err));
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    Err(HistoryError(
        "de index van git bleef bezet (.git/index.lock)".into(),
    ))
}

fn text(bytes: Vec<u8>) -> String {
    String::from_utf8_lossy(&bytes).trim_end().to_string()
}

/// Who a change is by: the journal's coach.
#[derive(Debug, Clone)]
pub struct Author {
    pub name: String,
    pub email: String,
}

impl Author {
    /// The coach of `loaded`'s journal, or "onbekend".
    pub fn of(loaded: &Loaded) -> Author {
        let coach = loaded.journal.as_ref().map(|j| &j.bureau.coach);
        let name = coach
            .map(|c| c.naam.trim().to_string())
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| "onbekend".into());
        let email = coach
            .and_then(|c| c.contact.as_deref())
            .and_then(|c| {
                c.split(|ch: char| ch.is_whitespace() || ch == ',' || ch == ';')
                    .find(|w| w.contains('@'))
            })
            .map(|w| w.trim_matches(|c: char| "<>()".contains(c)).to_string())
            .unwrap_or_default();
        Author { name, email }
    }

    fn apply(&self, c: &mut Command) {
        // Newlines and angle brackets would break git's ident line.
        let clean = |s: &str| s.replace(['\n', '\r', '<', '>'], " ");
        c.env("GIT_AUTHOR_NAME", clean(&self.name))
            .env("GIT_AUTHOR_EMAIL", clean(&self.email))
            .env("GIT_COMMITTER_NAME", clean(&self.name))
            .env("GIT_COMMITTER_EMAIL", clean(&self.email));
    }
}

/// What turning history on did.
pub struct Enabled {
    pub history: History,
    /// How many journals were committed.
    pub added: usize,
    /// Journals that are links to files outside the repository: their
    /// history is not kept here.
    pub outside: Vec<PathBuf>,
}

/// One change in a journal's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub commit: String,
    pub author: String,
    /// When, as git gives it (ISO 8601 with the offset).
    pub date: String,
    /// What changed, without the dossier number in front.
    pub what: String,
    /// The commit this one undid, if it is an undo.
    pub undoes: Option<String>,
}

/// A change that `ongedaan` reverses.
#[derive(Debug, Clone)]
pub struct Step {
    pub commit: String,
    /// What it changed ("sollicitatie van ... toegevoegd").
    pub subject: String,
    /// The journal before it.
    pub before: Vec<u8>,
}

/// Why there is nothing to undo.
#[derive(Debug)]
pub enum UndoRefusal {
    /// No change of spoor2's that can be reversed.
    Nothing,
    /// The journal was changed after it.
    Later,
    Git(HistoryError),
}

impl From<HistoryError> for UndoRefusal {
    fn from(e: HistoryError) -> Self {
        UndoRefusal::Git(e)
    }
}

/// The git repository a journal is in.
#[derive(Debug, Clone)]
pub struct History {
    /// The work tree's top folder.
    top: PathBuf,
    git_dir: PathBuf,
}

impl History {
    /// The repository the journal at `target` (its real path) keeps its
    /// history in: one where history was turned on (`git config
    /// spoor2.geschiedenis aan`, as `--aanzetten` sets), or one that already
    /// tracks the journal (a coach who keeps journals in git). Not one that
    /// merely contains the folder (a home folder under git, a project that
    /// ignores it), and not where it was turned off (`uit`).
    pub fn find(target: &Path) -> Option<History> {
        let h = Self::around(target.parent()?)?;
        let rel = h.rel(target).ok()?;
        let mut c = h.git();
        c.args(["config", "--get", "spoor2.geschiedenis"]);
        let setting = run(c, None).map(text).unwrap_or_default();
        let on = match setting.as_str() {
            "uit" => false,
            "aan" => true,
            _ => {
                let mut c = h.git();
                c.args(["ls-files", "--error-unmatch", "--", &rel]);
                run(c, None).is_ok()
            }
        };
        (on && !h.ignores(&rel)).then_some(h)
    }

    /// The repository the folder `dir` is in, if any (and git is there).
    fn around(dir: &Path) -> Option<History> {
        if !git_available() {
            return None;
        }
        let mut c = git(dir);
        c.args(["rev-parse", "--show-toplevel", "--absolute-git-dir"]);
        let out = text(run(c, None).ok()?);
        let mut lines = out.lines();
        let top = PathBuf::from(lines.next()?);
        let git_dir = PathBuf::from(lines.next()?);
        Some(History { top, git_dir })
    }

    /// Whether the repository ignores the path `rel`.
    fn ignores(&self, rel: &str) -> bool {
        let mut c = self.git();
        c.args(["check-ignore", "-q", "--no-index", "--", rel]);
        run(c, None).is_ok()
    }

    /// Turns history on for the folder `dir`: a git repository (made when
    /// it is in none), with spoor2's own files kept out of it, and every
    /// journal in it committed.
    pub fn enable(dir: &Path, journals: &[PathBuf]) -> Result<Enabled, HistoryError> {
        if !git_available() {
            return Err(HistoryError(
                "git is niet geïnstalleerd; installeer git en probeer het opnieuw".into(),
            ));
        }
        // The repository the folder is in, unless it ignores the journals
        // there (a project's build folder, say): then one of its own.
        let probe = dir
            .canonicalize()
            .unwrap_or_else(|_| dir.to_path_buf())
            .join("x.yaml");
        let h = match Self::around(dir).filter(|h| h.rel(&probe).is_ok_and(|rel| !h.ignores(&rel)))
        {
            Some(h) => h,
            None => {
                let mut c = git(dir);
                c.args(["init", "-q", "-b", "main"]);
                run(c, None)?;
                Self::around(dir)
                    .ok_or_else(|| HistoryError("de nieuwe repository is niet te vinden".into()))?
            }
        };
        let mut c = h.git();
        c.args(["config", "spoor2.geschiedenis", "aan"]);
        run(c, None)?;
        // spoor2's own files beside the journals stay out of the history.
        let exclude = h.git_dir.join("info").join("exclude");
        let existing = std::fs::read_to_string(&exclude).unwrap_or_default();
        if !existing.contains("*.vorige") {
            let _ = std::fs::create_dir_all(h.git_dir.join("info"));
            let mut f = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(&exclude)
                .map_err(|e| HistoryError(e.to_string()))?;
            let _ = f.write_all(
                b"# spoor2: de vorige versie, tijdelijke bestanden en de PDF's\n*.vorige\n.spoor2-*\nrapportages/\n",
            );
        }
        let mut added = 0;
        let mut outside = Vec::new();
        for path in journals {
            let Ok(target) = std::fs::canonicalize(path) else {
                continue;
            };
            let Ok(bytes) = std::fs::read(&target) else {
                continue;
            };
            // A link to a journal elsewhere: its history is kept where it is.
            if h.rel(&target).is_err() {
                outside.push(path.clone());
                continue;
            }
            let loaded = crate::journal::load_bytes(path, &bytes);
            let dossier = crate::store::dossier_in(&loaded);
            if h.record_outside_change(&target, &bytes, &dossier, &loaded)? {
                added += 1;
            }
        }
        Ok(Enabled {
            history: h,
            added,
            outside,
        })
    }

    /// Whether history is on for the folder `dir` (the journals in it that
    /// lie inside it).
    pub fn on_for_folder(dir: &Path) -> bool {
        Self::around(dir).is_some_and(|h| {
            let mut c = h.git();
            c.args(["config", "--get", "spoor2.geschiedenis"]);
            run(c, None).is_ok_and(|v| text(v) == "aan")
        })
    }

    /// The path of `target` inside the repository, with `/`.
    fn rel(&self, target: &Path) -> Result<String, HistoryError> {
        let top = std::fs::canonicalize(&self.top).unwrap_or_else(|_| self.top.clone());
        let rel = target.strip_prefix(&top).map_err(|_| {
            HistoryError(format!(
                "{} ligt buiten de repository {}",
                target.display(),
                self.top.display()
            ))
        })?;
        Ok(rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/"))
    }

    /// Serialises spoor2's git operations that touch the index.
    fn lock(&self) -> Result<File, HistoryError> {
        let file = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(self.git_dir.join("spoor2.lock"))
            .map_err(|e| HistoryError(e.to_string()))?;
        file.lock().map_err(|e| HistoryError(e.to_string()))?;
        Ok(file)
    }

    fn git(&self) -> Command {
        git(&self.top)
    }

    /// The journal's text at `commit` (`None` where it did not exist).
    pub fn show(&self, target: &Path, commit: &str) -> Result<Option<Vec<u8>>, HistoryError> {
        let rel = self.rel(target)?;
        let mut c = self.git();
        c.args(["cat-file", "blob", &format!("{commit}:{rel}")]);
        Ok(run(c, None).ok())
    }

    /// Whether the repository has a commit yet.
    fn has_head(&self) -> bool {
        let mut c = self.git();
        c.args(["rev-parse", "-q", "--verify", "HEAD"]);
        run(c, None).is_ok()
    }

    /// The id git gives `bytes` as a file.
    fn blob_id(&self, bytes: &[u8]) -> Result<String, HistoryError> {
        let mut c = self.git();
        c.args(["hash-object", "--no-filters", "--stdin"]);
        Ok(text(run(c, Some(bytes))?))
    }

    /// The id of the journal's text in the last commit, if committed.
    fn committed_id(&self, rel: &str) -> Option<String> {
        let mut c = self.git();
        c.args(["rev-parse", "-q", "--verify", &format!("HEAD:{rel}")]);
        run(c, None).ok().map(text)
    }

    /// Before spoor2 writes: when the journal on disk (`bytes`, as read
    /// under its lock) is not what the history last holds, that text is
    /// committed first, as a change by hand (or as the journal's first
    /// version). Returns whether a commit was made.
    pub fn record_outside_change(
        &self,
        target: &Path,
        bytes: &[u8],
        dossier: &str,
        loaded: &Loaded,
    ) -> Result<bool, HistoryError> {
        let rel = self.rel(target)?;
        let _lock = self.lock()?;
        let committed = self.committed_id(&rel);
        if committed.as_deref() == Some(self.blob_id(bytes)?.as_str()) {
            return Ok(false);
        }
        // A change of spoor2's own whose writer was stopped (killed, the
        // power gone) between the write and its commit is committed as what
        // it was, not as a hand edit.
        let message = match self.pending(&rel) {
            Some((version, message)) if version == crate::store::version_of(bytes) => message,
            _ => subject(dossier, if committed.is_some() { BY_HAND } else { FIRST }),
        };
        self.commit_locked(&rel, &message, &Author::of(loaded))?;
        self.clear_pending(&rel);
        Ok(true)
    }

    /// Where the change about to be written to the journal at `rel` is
    /// noted until it is committed.
    fn pending_file(&self, rel: &str) -> PathBuf {
        let mut h = crate::output::Fnv::new();
        h.write(rel.as_bytes());
        self.git_dir
            .join("spoor2-onderweg")
            .join(format!("{:016x}", h.finish()))
    }

    /// Notes, before the journal is written, the change about to be made:
    /// the version it will have and its commit message.
    pub fn note_pending(&self, target: &Path, version: &str, dossier: &str, what: &str) {
        let Ok(rel) = self.rel(target) else {
            return;
        };
        let file = self.pending_file(&rel);
        if let Some(dir) = file.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let _ = crate::output::write_atomic(
            &file,
            format!("{version}\n{}", subject(dossier, what)).as_bytes(),
        );
    }

    /// The change noted for `rel` and not yet committed: version, message.
    fn pending(&self, rel: &str) -> Option<(String, String)> {
        let text = std::fs::read_to_string(self.pending_file(rel)).ok()?;
        let (version, message) = text.split_once('\n')?;
        Some((version.to_string(), message.to_string()))
    }

    fn clear_pending(&self, rel: &str) {
        let _ = std::fs::remove_file(self.pending_file(rel));
    }

    /// After spoor2 wrote the journal: the change as a commit.
    pub fn commit(
        &self,
        target: &Path,
        dossier: &str,
        what: &str,
        after: &Loaded,
    ) -> Result<(), HistoryError> {
        let rel = self.rel(target)?;
        let _lock = self.lock()?;
        self.commit_locked(&rel, &subject(dossier, what), &Author::of(after))?;
        self.clear_pending(&rel);
        Ok(())
    }

    /// After `ongedaan` put the text before `step` back.
    pub fn commit_undo(
        &self,
        target: &Path,
        dossier: &str,
        step: &Step,
        after: &Loaded,
    ) -> Result<(), HistoryError> {
        let rel = self.rel(target)?;
        let _lock = self.lock()?;
        let message = format!(
            "{}\n\n{UNDONE}{}\n",
            subject(dossier, &format!("ongedaan gemaakt: {}", step.subject)),
            step.commit
        );
        self.commit_locked(&rel, &message, &Author::of(after))
    }

    /// Commits the journal's text on disk, if it differs from the last
    /// commit. The caller holds the lock.
    fn commit_locked(&self, rel: &str, message: &str, author: &Author) -> Result<(), HistoryError> {
        let mut c = self.git();
        c.args(["add", "--", rel]);
        run(c, None)?;
        let mut c = self.git();
        c.args(["diff", "--cached", "--quiet", "--", rel]);
        let has_head = self.has_head();
        if has_head {
            c.arg("HEAD");
            // Same as the last commit: nothing to record.
            if run(c, None).is_ok() {
                return Ok(());
            }
        }
        let mut c = self.git();
        c.args(["commit", "-q", "--no-verify", "-F", "-", "--", rel]);
        author.apply(&mut c);
        run(c, Some(message.as_bytes()))?;
        Ok(())
    }

    /// The journal's changes, newest first.
    pub fn log(&self, target: &Path) -> Result<Vec<Change>, HistoryError> {
        let rel = self.rel(target)?;
        let mut c = self.git();
        c.args([
            "log",
            "--format=%H%x1f%an%x1f%aI%x1f%s%x1f%b%x1e",
            "--",
            &rel,
        ]);
        let has_head = self.has_head();
        if !has_head {
            return Ok(Vec::new());
        }
        let out = String::from_utf8_lossy(&run(c, None)?).to_string();
        Ok(out
            .split('\u{1e}')
            .filter_map(|record| {
                let mut f = record.trim_start_matches('\n').split('\u{1f}');
                let commit = f.next()?.to_string();
                if commit.is_empty() {
                    return None;
                }
                let author = f.next()?.to_string();
                let date = f.next()?.to_string();
                let subject = f.next()?;
                let body = f.next().unwrap_or_default();
                let what = subject
                    .split_once(": ")
                    .map_or(subject, |(_, w)| w)
                    .to_string();
                let undoes = body
                    .lines()
                    .find_map(|l| l.strip_prefix(UNDONE))
                    .map(|s| s.trim().to_string());
                Some(Change {
                    commit,
                    author,
                    date,
                    what,
                    undoes,
                })
            })
            .collect())
    }

    /// The last change of spoor2's to the journal that was not undone, and
    /// the text before it, provided the journal (`current`) is still what
    /// that change (and the undos since) left.
    pub fn last_change(&self, target: &Path, current: &[u8]) -> Result<Step, UndoRefusal> {
        let rel = self.rel(target)?;
        match self.committed_id(&rel) {
            Some(id) if id == self.blob_id(current)? => {}
            _ => return Err(UndoRefusal::Later),
        }
        let mut undone = HashSet::new();
        for change in self.log(target)? {
            if let Some(u) = &change.undoes {
                undone.insert(u.clone());
                continue;
            }
            if undone.contains(&change.commit) {
                continue;
            }
            if change.what == BY_HAND {
                return Err(UndoRefusal::Later);
            }
            if change.what == FIRST {
                return Err(UndoRefusal::Nothing);
            }
            // The journal must be what this change left: undos since then
            // have cancelled out.
            if self.show(target, &change.commit)?.as_deref() != Some(current) {
                return Err(UndoRefusal::Later);
            }
            let Some(before) = self.show(target, &format!("{}^", change.commit))? else {
                return Err(UndoRefusal::Nothing);
            };
            return Ok(Step {
                commit: change.commit,
                subject: change.what,
                before,
            });
        }
        Err(UndoRefusal::Nothing)
    }

    /// Removes the journal at `target` from every commit of every branch
    /// and tag, removes every other ref (a stash, notes, remote-tracking
    /// refs), and everything no longer reachable from the repository
    /// (reflogs, loose objects, old packs): afterwards no object holds any
    /// version of it. Commits that changed only it disappear; the others keep
    /// their author, date and message.
    pub fn forget(&self, target: &Path) -> Result<(), HistoryError> {
        let rel = self.rel(target)?;
        let _lock = self.lock()?;
        let index = self.git_dir.join("spoor2-herschrijven.index");
        // Branches and tags are rewritten (an annotated tag becomes a plain
        // one on the rewritten commit); every other ref (a stash, notes,
        // remote-tracking refs) may hold the journal and is removed.
        let mut c = self.git();
        c.args(["for-each-ref", "--format=%(refname)"]);
        let refs: Vec<String> = text(run(c, None)?).lines().map(String::from).collect();
        let mut rewritten: std::collections::HashMap<String, Option<String>> =
            std::collections::HashMap::new();
        for name in &refs {
            let kept = name.starts_with("refs/heads/") || name.starts_with("refs/tags/");
            let mut c = self.git();
            c.args(["rev-parse", "-q", "--verify", &format!("{name}^{{commit}}")]);
            let tip = run(c, None).ok().map(text);
            let Some(tip) = tip.filter(|_| kept) else {
                let mut c = self.git();
                c.args(["update-ref", "-d", name]);
                run(c, None)?;
                continue;
            };
            let mut c = self.git();
            c.args(["rev-list", "--reverse", "--topo-order", &tip]);
            let commits: Vec<String> = text(run(c, None)?).lines().map(String::from).collect();
            for commit in commits {
                if rewritten.contains_key(&commit) {
                    continue;
                }
                let new = self.rewrite_one(&commit, &rel, &index, &rewritten)?;
                rewritten.insert(commit, new);
            }
            let mut c = self.git();
            match rewritten.get(&tip).cloned().flatten() {
                Some(new) => c.args(["update-ref", name, &new]),
                None => c.args(["update-ref", "-d", name]),
            };
            run(c, None)?;
        }
        let _ = std::fs::remove_file(&index);
        // The index and the file beside the journal no longer point at it.
        let mut c = self.git();
        c.args(["rm", "-q", "-f", "--cached", "--ignore-unmatch", "--", &rel]);
        run(c, None)?;
        for args in [
            &[
                "reflog",
                "expire",
                "--expire=now",
                "--expire-unreachable=now",
                "--all",
            ][..],
            &["gc", "-q", "--prune=now"][..],
        ] {
            let mut c = self.git();
            c.args(args);
            run(c, None)?;
        }
        for name in ["ORIG_HEAD", "FETCH_HEAD"] {
            let _ = std::fs::remove_file(self.git_dir.join(name));
        }
        Ok(())
    }

    /// `commit` without the journal at `rel`, on its rewritten parents. A
    /// commit that changed only that journal is left out: then its rewritten
    /// parent takes its place (`None` for a first commit).
    fn rewrite_one(
        &self,
        commit: &str,
        rel: &str,
        index: &Path,
        rewritten: &std::collections::HashMap<String, Option<String>>,
    ) -> Result<Option<String>, HistoryError> {
        let mut c = self.git();
        c.args(["cat-file", "commit", commit]);
        let raw = String::from_utf8_lossy(&run(c, None)?).to_string();
        let (headers, message) = raw.split_once("\n\n").unwrap_or((&raw, ""));
        let mut parents = Vec::new();
        let mut ident = Vec::new();
        for line in headers.lines() {
            if let Some(p) = line.strip_prefix("parent ")
                && let Some(new) = rewritten.get(p).cloned().flatten()
            {
                parents.push(new);
            }
            for (who, prefix) in [("AUTHOR", "author "), ("COMMITTER", "committer ")] {
                if let Some(rest) = line.strip_prefix(prefix)
                    && let Some((name, rest)) = rest.split_once(" <")
                    && let Some((email, date)) = rest.split_once("> ")
                {
                    ident.push((format!("GIT_{who}_NAME"), name.to_string()));
                    ident.push((format!("GIT_{who}_EMAIL"), email.to_string()));
                    ident.push((format!("GIT_{who}_DATE"), date.to_string()));
                }
            }
        }
        parents.dedup();
        let with_index = |args: &[&str]| {
            let mut c = self.git();
            c.env("GIT_INDEX_FILE", index).args(args);
            c
        };
        run(with_index(&["read-tree", commit]), None)?;
        run(
            with_index(&["rm", "-q", "-f", "--cached", "--ignore-unmatch", "--", rel]),
            None,
        )?;
        let tree = text(run(with_index(&["write-tree"]), None)?);
        // A commit that changed nothing else is left out.
        let parent_tree = match parents.first() {
            Some(p) => {
                let mut c = self.git();
                c.args(["rev-parse", &format!("{p}^{{tree}}")]);
                Some(text(run(c, None)?))
            }
            None => None,
        };
        let empty_tree = {
            let mut c = self.git();
            c.args(["hash-object", "-t", "tree", "--stdin"]);
            text(run(c, Some(b""))?)
        };
        let unchanged = match &parent_tree {
            Some(t) => *t == tree,
            None => tree == empty_tree,
        };
        if unchanged && parents.len() <= 1 {
            // Its place in the line is taken by its parent.
            return Ok(parents.first().cloned());
        }
        let mut c = self.git();
        c.args(["commit-tree", &tree]);
        for p in &parents {
            c.args(["-p", p]);
        }
        c.args(["-F", "-"]);
        for (k, v) in &ident {
            c.env(k, v);
        }
        Ok(Some(text(run(c, Some(message.as_bytes()))?)))
    }
}

/// "S2-2026-031: sollicitatie van 3 november 2026 toegevoegd".
fn subject(dossier: &str, what: &str) -> String {
    let what = what.replace(['\n', '\r'], " ");
    if dossier.is_empty() {
        what
    } else {
        format!("{dossier}: {what}")
    }
}
