//! The caseload in memory: for each journal of the folder, what the
//! caseload page, its search and the agenda need (its overview row, its
//! first error, its coming deadlines), kept between requests.
//!
//! A request re-reads only what changed. The list of files is made again
//! only when the folder's watcher (`live`) saw a journal appear, go or be
//! renamed, or when there is no watcher; each known file is checked by its
//! size and modification time, so a save by the werkplek itself, a command
//! or an editor is seen by the very next request. Everything is read again
//! when the day changes, because deadlines are judged against it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::agenda::Deadline;
use crate::house_style::Resolver;
use crate::journal::{Loaded, ReadError};
use crate::overview::{self, Row};

/// What a file was when it was read: changed when either differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    len: u64,
    modified: Option<SystemTime>,
}

impl Stamp {
    fn of(path: &Path) -> Option<Stamp> {
        let meta = std::fs::metadata(path).ok()?;
        Some(Stamp {
            len: meta.len(),
            modified: meta.modified().ok(),
        })
    }
}

/// The first error of a journal, as `spoor2 check` places it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct FirstError {
    /// `kapot.yaml:3:7`, or the file alone where no line is known.
    pub plaats: String,
    pub tekst: String,
}

/// One journal of the folder, as the caseload shows it.
#[derive(Debug)]
pub enum Case {
    /// Read as a journal: its row, first error and deadlines, and the
    /// lowercase text the caseload search looks in.
    Read {
        row: Box<Row>,
        first: Option<FirstError>,
        deadlines: Vec<Deadline>,
        search: String,
    },
    /// Not a journal (yet): what is wrong, in a few words, and where.
    Broken {
        label: String,
        first: Option<FirstError>,
    },
}

/// A journal of the folder and its path relative to the folder.
#[derive(Debug)]
pub struct Entry {
    pub rel: String,
    pub case: Case,
    stamp: Option<Stamp>,
}

#[derive(Default)]
struct Inner {
    day: Option<NaiveDate>,
    files: Vec<PathBuf>,
    entries: HashMap<PathBuf, Arc<Entry>>,
    /// Made again when anything changed.
    view: Option<Arc<View>>,
}

/// See the module's text.
pub struct Index {
    inner: Mutex<Inner>,
    /// The list of files must be made again.
    relist: AtomicBool,
    /// A watcher tells of new and removed files; without one the list is
    /// made on every request.
    watched: AtomicBool,
}

impl Default for Index {
    fn default() -> Self {
        Index {
            inner: Mutex::new(Inner::default()),
            relist: AtomicBool::new(true),
            watched: AtomicBool::new(false),
        }
    }
}

impl Index {
    /// The watcher is running: from now on it says when to list again.
    pub fn watched(&self) {
        self.watched.store(true, Ordering::SeqCst);
    }

    /// A journal appeared, went or was renamed (or the watcher lost
    /// track): list the folder again at the next request.
    pub fn relist(&self) {
        self.relist.store(true, Ordering::SeqCst);
    }

    /// The journal `rel` (relative to the folder) changed: it is read
    /// again at the next request, whatever its size and time say.
    pub fn changed(&self, rel: &str) {
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        inner.entries.retain(|_, e| e.rel != rel);
        inner.view = None;
    }

    /// The folder's journal file at `rel` (relative to the folder), as last
    /// listed: only the folder's own journals are ever opened.
    pub fn find(&self, map: &Path, output: &Path, rel: &Path) -> Option<PathBuf> {
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        if self.list(&mut inner, map, output) {
            inner.view = None;
        }
        inner
            .files
            .iter()
            .find(|f| f.strip_prefix(map).is_ok_and(|r| r == rel))
            .cloned()
    }

    /// Lists the folder again when needed; whether the list changed.
    fn list(&self, inner: &mut Inner, map: &Path, output: &Path) -> bool {
        let must = self.relist.swap(false, Ordering::SeqCst)
            || !self.watched.load(Ordering::SeqCst)
            || inner.files.is_empty();
        if !must {
            return false;
        }
        let files = crate::cmd::journals(std::slice::from_ref(&map.to_path_buf()), Some(output))
            .map(|(files, _)| files)
            .unwrap_or_default();
        let changed = files != inner.files;
        inner.files = files;
        changed
    }

    /// The caseload as of `on`: only the files that changed since the last
    /// call are read again, and what every page derives from the whole
    /// caseload (the order, the coaches, the deadlines) is made again only
    /// when something changed.
    pub fn view(&self, map: &Path, output: &Path, on: NaiveDate) -> Arc<View> {
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let mut changed = self.list(&mut inner, map, output) || inner.view.is_none();
        if inner.day != Some(on) {
            inner.entries.clear();
            inner.day = Some(on);
            changed = true;
        }
        let stale: Vec<(usize, Option<Stamp>)> = inner
            .files
            .par_iter()
            .enumerate()
            .filter_map(|(i, f)| {
                let stamp = Stamp::of(f);
                inner
                    .entries
                    .get(f)
                    .is_none_or(|e| e.stamp.is_none() || e.stamp != stamp)
                    .then_some((i, stamp))
            })
            .collect();
        if !stale.is_empty() {
            changed = true;
            let styles = Resolver::new(None);
            let fresh: Vec<(PathBuf, Arc<Entry>)> = stale
                .par_iter()
                .map(|&(i, stamp)| {
                    let f = &inner.files[i];
                    let rel = f.strip_prefix(map).unwrap_or(f).display().to_string();
                    let read = crate::cmd::load_with_retention(f, on, &styles);
                    let case = case(&rel, map, on, read);
                    (f.clone(), Arc::new(Entry { rel, case, stamp }))
                })
                .collect();
            for (f, e) in fresh {
                inner.entries.insert(f, e);
            }
        }
        if changed || inner.view.is_none() {
            let keep: std::collections::HashSet<&PathBuf> = inner.files.iter().collect();
            let gone: Vec<PathBuf> = inner
                .entries
                .keys()
                .filter(|k| !keep.contains(k))
                .cloned()
                .collect();
            for g in gone {
                inner.entries.remove(&g);
            }
            let entries: Vec<Arc<Entry>> = inner
                .files
                .iter()
                .filter_map(|f| inner.entries.get(f).cloned())
                .collect();
            inner.view = Some(Arc::new(View::of(entries)));
        }
        inner
            .view
            .clone()
            .unwrap_or_else(|| Arc::new(View::of(Vec::new())))
    }
}

/// What the pages derive from the whole caseload, made once per change.
pub struct View {
    /// Every journal: the unreadable first (in the folder's order), then
    /// the cases most urgent first (`overview::order`).
    pub urgent: Vec<Arc<Entry>>,
    /// The number of unreadable journals at the start of `urgent`.
    pub broken: usize,
    /// The coaches of the cases, each once, sorted.
    pub coaches: Vec<String>,
    /// Every deadline of the caseload in date order: the case and the
    /// deadline's place among its own.
    pub deadlines: Vec<(Arc<Entry>, usize)>,
}

impl View {
    fn of(entries: Vec<Arc<Entry>>) -> View {
        let (mut urgent, mut read): (Vec<Arc<Entry>>, Vec<Arc<Entry>>) = entries
            .into_iter()
            .partition(|e| matches!(e.case, Case::Broken { .. }));
        let broken = urgent.len();
        read.sort_by(|a, b| match (&a.case, &b.case) {
            (Case::Read { row: x, .. }, Case::Read { row: y, .. }) => overview::order(x, y),
            _ => std::cmp::Ordering::Equal,
        });
        let mut coaches: Vec<String> = read
            .iter()
            .filter_map(|e| e.row().map(|r| r.coach.clone()))
            .collect();
        coaches.sort();
        coaches.dedup();
        let mut deadlines: Vec<(Arc<Entry>, usize)> = read
            .iter()
            .flat_map(|e| (0..e.deadlines().len()).map(move |i| (e.clone(), i)))
            .collect();
        deadlines.sort_by(|(a, i), (b, j)| {
            let (x, y) = (&a.deadlines()[*i], &b.deadlines()[*j]);
            (x.datum, &x.dossier, &x.wat).cmp(&(y.datum, &y.dossier, &y.wat))
        });
        urgent.extend(read);
        View {
            urgent,
            broken,
            coaches,
            deadlines,
        }
    }
}

impl Entry {
    /// The overview row of a journal that could be read.
    pub fn row(&self) -> Option<&Row> {
        match &self.case {
            Case::Read { row, .. } => Some(row),
            Case::Broken { .. } => None,
        }
    }

    /// Its coming deadlines.
    pub fn deadlines(&self) -> &[Deadline] {
        match &self.case {
            Case::Read { deadlines, .. } => deadlines,
            Case::Broken { .. } => &[],
        }
    }
}

fn case(rel: &str, map: &Path, on: NaiveDate, read: Result<(Loaded, u32), ReadError>) -> Case {
    match read {
        Ok((loaded, years)) => match overview::row(&loaded, map, on, years) {
            Some(row) => {
                let deadlines = loaded
                    .journal
                    .as_ref()
                    .map(|j| crate::agenda::deadlines(j, rel, on))
                    .unwrap_or_default();
                let search = format!(
                    "{} {} {} {} {rel}",
                    row.dossier, row.werknemer, row.werkgever, row.coach
                )
                .to_lowercase();
                Case::Read {
                    first: first_error(rel, &loaded),
                    row: Box::new(row),
                    deadlines,
                    search,
                }
            }
            None => {
                // Read as YAML but not a journal (unknown or missing
                // fields) is a journal with errors; otherwise the file
                // itself cannot be read.
                let label = if loaded.tree.is_some() {
                    let n = loaded.findings.iter().filter(|f| f.is_error()).count();
                    format!(
                        "{n} {} in de opbouw",
                        if n == 1 { "fout" } else { "fouten" }
                    )
                } else {
                    "kan niet worden gelezen".to_string()
                };
                Case::Broken {
                    label,
                    first: first_error(rel, &loaded),
                }
            }
        },
        Err(e) => Case::Broken {
            label: "kan niet worden gelezen".to_string(),
            first: Some(FirstError {
                plaats: rel.to_string(),
                tekst: super::pages::finding_text(&super::pages::read_failure(&e)),
            }),
        },
    }
}

fn first_error(rel: &str, loaded: &Loaded) -> Option<FirstError> {
    let f = loaded.findings.iter().find(|f| f.is_error())?;
    Some(FirstError {
        plaats: match f.mark {
            Some(m) => format!("{rel}:{}:{}", m.line, m.col),
            None => rel.to_string(),
        },
        tekst: super::pages::finding_text(f),
    })
}
