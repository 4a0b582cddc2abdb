//! `spoor2 watch`: re-check and re-render a journal whenever it, its house
//! style or a template changes, like `typst watch`.
//!
//! The templates and the typesetter (with its parsed fonts and Typst's
//! cache) are loaded once and kept; they are loaded again only when the
//! template folder changes. The file system tells of a change through
//! `notify` (inotify, FSEvents, ReadDirectoryChangesW); events come in
//! bursts when an editor saves (write, rename, metadata), so they are
//! gathered for a moment before acting, and a change counts only when the
//! content differs. Where no watcher can be set up, the files are polled.
//!
//! On a change, each report's Typst source is filled again (milliseconds)
//! and only the reports whose source differs are typeset. A broken
//! intermediate save prints its findings and renders nothing, so the last
//! good PDF stays. The render manifest is kept up to date, so a later
//! `render` knows what watch made.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Duration;

use notify::{RecursiveMode, Watcher};

use super::render::{STOP, install_stop_handler};
use super::{Outcome, RunError};
use crate::Status;
use crate::batch::manifest::{Manifest, document_hash};
use crate::cli::WatchArgs;
use crate::document::{Kit, Target};
use crate::house_style::{self, HouseStyle};
use crate::output::Fnv;
use crate::render::{plan, view};

/// How long events are gathered after the first one of a save.
const DEBOUNCE: Duration = Duration::from_millis(30);

pub fn run(args: &WatchArgs) -> Outcome {
    install_stop_handler();
    let (tx, rx) = mpsc::channel::<()>();
    let watcher = watch_paths(args, tx);
    if watcher.is_none() {
        eprintln!(
            "waarschuwing: wijzigingen worden niet gemeld door het bestandssysteem; er wordt elke {} ms gekeken",
            args.interval_ms
        );
    }
    let mut session = Session::new(args);
    let mut last: Option<Inputs> = None;
    eprintln!("{} wordt gevolgd; stop met Ctrl-C", args.file.display());
    while !STOP.load(Ordering::SeqCst) {
        let now = Inputs::read(&args.file, args.templates.as_deref());
        if last.as_ref() != Some(&now) {
            if last.is_some() {
                eprintln!("-- gewijzigd: opnieuw controleren en maken");
            }
            if last.as_ref().is_some_and(|l| l.templates != now.templates) {
                session.reload_templates();
            }
            let status = session.update();
            eprintln!(
                "-- {}",
                match status {
                    Status::Ok => "klaar; wacht op een wijziging",
                    _ => "niet gelukt (zie hierboven); de vorige PDF's blijven staan",
                }
            );
            last = Some(now);
        }
        wait(&rx, watcher.is_some(), args.interval_ms);
    }
    Ok(Status::Ok)
}

/// Waits for a change (or, polling, for the interval), then gathers the
/// rest of its burst. Wakes regularly to notice Ctrl-C.
fn wait(rx: &mpsc::Receiver<()>, notified: bool, interval_ms: u64) {
    let tick = if notified {
        Duration::from_millis(250)
    } else {
        Duration::from_millis(interval_ms.max(20))
    };
    loop {
        match rx.recv_timeout(tick) {
            Ok(()) => break,
            Err(RecvTimeoutError::Timeout) if notified && !STOP.load(Ordering::SeqCst) => {}
            Err(_) => return,
        }
    }
    std::thread::sleep(DEBOUNCE);
    while rx.try_recv().is_ok() {}
}

/// A watcher on the journal's folder, the folder of its bureau.yaml and the
/// template folder; `None` where the platform or file system offers none.
/// Folders rather than files, since editors save by writing a new file and
/// renaming it over the old one.
fn watch_paths(args: &WatchArgs, tx: mpsc::Sender<()>) -> Option<notify::RecommendedWatcher> {
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if event.is_ok_and(|e| !e.kind.is_access()) {
            let _ = tx.send(());
        }
    })
    .ok()?;
    let folder = |p: &Path| match p.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut folders = vec![folder(&args.file)];
    if let Some(style) = house_style::find_for(&args.file) {
        folders.push(folder(&style));
    }
    folders.dedup();
    for dir in &folders {
        watcher.watch(dir, RecursiveMode::NonRecursive).ok()?;
    }
    if let Some(dir) = &args.templates {
        watcher.watch(dir, RecursiveMode::Recursive).ok()?;
    }
    Some(watcher)
}

/// Hashes of what the reports are made from: a change is a difference
/// here, not a file event (an editor's save may touch without changing).
#[derive(PartialEq, Eq)]
struct Inputs {
    journal: u64,
    style: u64,
    templates: u64,
}

impl Inputs {
    fn read(journal: &Path, templates: Option<&Path>) -> Inputs {
        let mut j = Fnv::new();
        match std::fs::read(journal) {
            Ok(bytes) => j.write(&bytes),
            Err(_) => j.write(b"\0ontbreekt"),
        }
        let mut s = Fnv::new();
        if let Some(style) = house_style::find_for(journal) {
            match house_style::load(&style) {
                Ok(style) => s.write(&style.fingerprint.to_le_bytes()),
                // A broken bureau.yaml changes the hash with every edit.
                Err(_) => s.write(&std::fs::read(&style).unwrap_or_default()),
            }
        }
        let mut t = Fnv::new();
        if let Some(dir) = templates {
            for entry in walkdir::WalkDir::new(dir)
                .max_depth(4)
                .sort_by_file_name()
                .into_iter()
                .filter_map(Result::ok)
                .filter(|e| e.file_type().is_file())
            {
                t.write(entry.path().to_string_lossy().as_bytes());
                if let Ok(bytes) = std::fs::read(entry.path()) {
                    t.write(&bytes);
                }
            }
        }
        Inputs {
            journal: j.finish(),
            style: s.finish(),
            templates: t.finish(),
        }
    }
}

/// What watch keeps between changes.
struct Session<'a> {
    args: &'a WatchArgs,
    kit: Option<Kit>,
    /// Per report file: the hash of its last typeset source and style.
    made: HashMap<String, u64>,
}

impl<'a> Session<'a> {
    fn new(args: &'a WatchArgs) -> Self {
        let mut session = Session {
            args,
            kit: None,
            made: HashMap::new(),
        };
        session.reload_templates();
        session
    }

    fn reload_templates(&mut self) {
        self.made.clear();
        self.kit = match Kit::load(
            self.args.templates.as_deref(),
            crate::typeset::CACHE_MAX_AGE,
        ) {
            Ok(kit) => Some(kit),
            Err(e) => {
                super::report(&e.into());
                None
            }
        };
    }

    /// Checks the journal and makes the reports whose content changed.
    fn update(&mut self) -> Status {
        match self.try_update() {
            Ok(status) => status,
            Err(e) => {
                super::report(&e);
                e.status()
            }
        }
    }

    fn try_update(&mut self) -> Outcome {
        let args = self.args;
        let Some(kit) = &self.kit else {
            return Ok(Status::Template);
        };
        let mut loaded = super::load_checked(&args.file, super::peildatum(args.peildatum))?;
        for finding in &loaded.findings {
            eprintln!("{}", finding.display(&args.file));
        }
        let journal = match loaded.journal.take() {
            Some(journal) if !loaded.verdict(false).blocks() => journal,
            _ => {
                return Err(RunError::Refused(format!(
                    "{}: geen rapportages gemaakt: los eerst de fouten op",
                    args.file.display()
                )));
            }
        };
        let style = house_style::Resolver::new(None)
            .for_journal(&args.file)
            .map_err(|error| RunError::HouseStyle {
                error,
                consequence: format!(
                    "{}: geen rapportages gemaakt: de huisstijl (bureau.yaml) is niet bruikbaar",
                    args.file.display()
                ),
            })?;
        super::create_dir(&args.output)?;
        let mut manifest = Manifest::load(&args.output);
        let mut status = Status::Ok;
        for spec in plan(&journal) {
            let name = spec.file_name.clone();
            let source = kit.source(spec.template(), &view::build(&journal, &spec, &style))?;
            let key = source_key(&source, &style);
            let path = args.output.join(&name);
            let hash = document_hash(
                loaded.content_hash,
                style.fingerprint,
                kit.templates.fingerprint,
                &name,
            );
            // Made earlier in this watch from the same source, or (at the
            // start) by an earlier run from the same inputs.
            let fresh = match self.made.get(&name) {
                Some(made) => *made == key && path.is_file(),
                None => manifest.is_fresh(&args.output, &name, &hash),
            };
            if fresh {
                self.made.insert(name, key);
                continue;
            }
            let target = Target {
                path: &path,
                ident: format!("{}/{}", journal.dossier, name),
                date: spec.date,
                emit_typst: false,
                what: None,
            };
            match kit.make_from_source(spec.template(), source, &style, &target, None) {
                Ok(written) => {
                    println!("{}", written.path.display());
                    if let Some(warning) = written.warning_text() {
                        eprintln!("{warning}");
                    }
                    self.made.insert(name.clone(), key);
                    manifest.record(&name, Some(hash));
                }
                Err(e) => {
                    eprintln!("{}: fout: {name}: {e}", args.file.display());
                    self.made.remove(&name);
                    manifest.record(&name, None);
                    status = status.max(e.status());
                }
            }
        }
        manifest.save(&args.output);
        Ok(status)
    }
}

/// What a report's bytes depend on besides fonts and templates (which
/// reset the session when they change).
fn source_key(source: &str, style: &HouseStyle) -> u64 {
    let mut h = Fnv::new();
    h.write(source.as_bytes());
    h.write(&style.fingerprint.to_le_bytes());
    h.finish()
}
