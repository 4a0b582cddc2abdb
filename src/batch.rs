//! Rendering a whole caseload: journals in parallel, incremental, with one
//! typesetter for every document.
//!
//! Phase 1 reads and checks every journal (in parallel) and plans its
//! documents; phase 2 renders the documents that are not up to date. A
//! document is up to date when its PDF exists and the content hash recorded
//! in the output folder's manifest matches the hash of the journal's bytes,
//! the templates, the fonts and the program version. Phase 2 reads a journal
//! again rather than keeping every journal in memory, so memory stays flat in
//! the size of the caseload.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use chrono::NaiveDate;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::Status;
use crate::diag::Finding;
use crate::house_style::{HouseStyle, Resolver};
use crate::journal::{self, Journal};
use crate::output::{Fnv, io_reason, write_atomic};
use crate::render::{DocumentSpec, Templates, plan};
use crate::typeset::{PdfMeta, Typesetter};
use crate::validate;

/// What a batch is asked to do.
pub struct Options<'a> {
    pub out_dir: &'a Path,
    pub emit_typst: bool,
    pub strict: bool,
    pub force: bool,
    pub peildatum: NaiveDate,
    pub timings: &'a Timings,
    /// Documents made at once.
    pub jobs: usize,
    /// Only one report per journal: the period ending in a month, or the
    /// eindrapportage.
    pub only: Option<Only>,
    /// The bureau's house style for each journal.
    pub styles: &'a Resolver,
}

/// Which single report `render --alleen` asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Only {
    /// The voortgangsrapportage whose period ends in this year and month.
    Month(i32, u32),
    Eind,
}

impl Only {
    /// "2026-10" or "eind".
    pub fn parse(s: &str) -> Result<Only, String> {
        if s == "eind" || s == "eindrapportage" {
            return Ok(Only::Eind);
        }
        let parsed = s.split_once('-').and_then(|(y, m)| {
            let year = y.parse::<i32>().ok().filter(|_| y.len() == 4)?;
            let month = m.parse::<u32>().ok().filter(|m| (1..=12).contains(m))?;
            Some(Only::Month(year, month))
        });
        parsed.ok_or_else(|| {
            format!("'{s}' is geen maand of 'eind'; schrijf bijvoorbeeld 2026-10 of eind")
        })
    }

    fn selects(self, spec: &DocumentSpec) -> bool {
        use chrono::Datelike;
        match (self, &spec.kind, spec.period_end) {
            (Only::Eind, crate::render::DocumentKind::Eind, _) => true,
            (Only::Month(y, m), crate::render::DocumentKind::Voortgang { .. }, Some(end)) => {
                end.year() == y && end.month() == m
            }
            _ => false,
        }
    }

    fn describe(self) -> String {
        match self {
            Only::Eind => "eindrapportage".into(),
            Only::Month(y, m) => format!(
                "voortgangsrapportage over een periode die eindigt in {} {y}",
                crate::dates::month_name(m)
            ),
        }
    }
}

/// Time spent per stage, summed over all threads, in nanoseconds; shows
/// how much of a batch is spent outside Typst.
#[derive(Debug, Default)]
pub struct Timings {
    pub check: AtomicU64,
    pub reload: AtomicU64,
    pub template: AtomicU64,
    pub typeset: AtomicU64,
    pub write: AtomicU64,
}

impl Timings {
    fn add(counter: &AtomicU64, since: Instant) {
        counter.fetch_add(since.elapsed().as_nanos() as u64, Ordering::Relaxed);
    }

    /// "stage: seconds (share)" lines.
    pub fn report(&self) -> String {
        let stages = [
            ("lezen en controleren", &self.check),
            ("opnieuw lezen", &self.reload),
            ("sjablonen (Tera)", &self.template),
            ("opmaak en PDF (Typst)", &self.typeset),
            ("schrijven", &self.write),
        ];
        let total: u64 = stages.iter().map(|(_, c)| c.load(Ordering::Relaxed)).sum();
        let mut out = String::new();
        for (name, counter) in stages {
            let ns = counter.load(Ordering::Relaxed);
            out.push_str(&format!(
                "{name:<24} {:>8.3} s  {:>5.1} %\n",
                ns as f64 / 1e9,
                if total > 0 {
                    ns as f64 * 100.0 / total as f64
                } else {
                    0.0
                }
            ));
        }
        out
    }
}

/// The fate of one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DocStatus {
    Gemaakt,
    Actueel,
    Mislukt,
}

#[derive(Debug, Clone, Serialize)]
pub struct DocResult {
    pub bestand: String,
    pub status: DocStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fout: Option<String>,
    #[serde(skip)]
    pub exit: Status,
}

/// The fate of one journal and its documents.
#[derive(Debug, Clone, Serialize)]
pub struct JournalResult {
    pub dossierbestand: PathBuf,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dossier: Option<String>,
    /// Findings as printed (`file:line:col: ...`).
    pub meldingen: Vec<String>,
    /// Why no documents were made, if none were.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub overgeslagen: Option<String>,
    pub rapportages: Vec<DocResult>,
    #[serde(skip)]
    pub exit: Status,
}

impl JournalResult {
    fn new(path: &Path) -> Self {
        JournalResult {
            dossierbestand: path.to_path_buf(),
            dossier: None,
            meldingen: Vec::new(),
            overgeslagen: None,
            rapportages: Vec::new(),
            exit: Status::Ok,
        }
    }
}

/// Counts for the closing summary.
#[derive(Debug, Default, Clone, Copy, Serialize)]
pub struct Summary {
    pub gemaakt: usize,
    pub actueel: usize,
    pub mislukt: usize,
    pub dossiers_overgeslagen: usize,
}

pub fn summarize(results: &[JournalResult]) -> Summary {
    let mut s = Summary::default();
    for r in results {
        if r.overgeslagen.is_some() {
            s.dossiers_overgeslagen += 1;
        }
        for d in &r.rapportages {
            match d.status {
                DocStatus::Gemaakt => s.gemaakt += 1,
                DocStatus::Actueel => s.actueel += 1,
                DocStatus::Mislukt => s.mislukt += 1,
            }
        }
    }
    s
}

/// A document's result and, when it was made, the hash to record.
type Rendered = (DocResult, Option<String>);

/// Phase 1 result for a journal that can be rendered.
struct Planned {
    index: usize,
    dossier: String,
    content_hash: u64,
    specs: Vec<String>,
    style: Arc<HouseStyle>,
}

/// The manifest of content hashes, kept in the output folder.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Manifest {
    versie: u32,
    bestanden: BTreeMap<String, String>,
}

pub const MANIFEST: &str = ".spoor2-manifest.json";

fn load_manifest(out_dir: &Path) -> Manifest {
    std::fs::read(out_dir.join(MANIFEST))
        .ok()
        .and_then(|b| serde_json::from_slice::<Manifest>(&b).ok())
        .filter(|m| m.versie == 1)
        .unwrap_or_default()
}

/// Hash of everything a document's bytes depend on.
fn document_hash(
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

fn bytes_hash(bytes: &[u8]) -> u64 {
    let mut h = Fnv::new();
    h.write(bytes);
    h.finish()
}

/// Runs the batch. `tick` is called after every document (for progress);
/// `total` is called once the number of documents to make is known.
/// `stop` is checked between documents: once set, no new document starts.
pub fn run(
    files: &[PathBuf],
    opts: &Options,
    templates: &Templates,
    typesetter: &Typesetter,
    total: &(dyn Fn(usize) + Sync),
    tick: &(dyn Fn() + Sync),
    stop: &AtomicBool,
) -> Vec<JournalResult> {
    // Phase 1: read, check and plan every journal.
    let phase1: Vec<(JournalResult, Option<Planned>)> = files
        .par_iter()
        .enumerate()
        .map(|(index, path)| check_and_plan(index, path, opts))
        .collect();

    let mut results: Vec<JournalResult> = Vec::with_capacity(files.len());
    let mut planned: Vec<Planned> = Vec::new();
    // Dossier numbers must be unique, or reports would overwrite each other;
    // the first journal in file order keeps its number.
    let mut owners: HashMap<String, PathBuf> = HashMap::new();
    for (mut result, plan) in phase1 {
        if let Some(plan) = plan {
            if let Some(other) = owners.get(&plan.dossier) {
                result.meldingen.push(format!(
                    "{}: fout: dossier: het dossiernummer '{}' wordt ook gebruikt door {}\n  hulp: geef elk dossier een eigen nummer; anders overschrijven de rapportages elkaar",
                    result.dossierbestand.display(),
                    plan.dossier,
                    other.display()
                ));
                result.overgeslagen = Some("dossiernummer dubbel".into());
                result.exit = Status::Findings;
            } else {
                owners.insert(plan.dossier.clone(), result.dossierbestand.clone());
                planned.push(plan);
            }
        }
        results.push(result);
    }

    // Phase 2: render what is not up to date.
    let manifest = load_manifest(opts.out_dir);
    let template_hash = templates.fingerprint;
    let mut work: Vec<Work> = Vec::new();
    for p in &planned {
        let mut stale = Vec::new();
        for name in &p.specs {
            let hash = document_hash(p.content_hash, p.style.fingerprint, template_hash, name);
            let fresh = !opts.force
                && manifest.bestanden.get(name) == Some(&hash)
                && opts.out_dir.join(name).is_file();
            if fresh {
                results[p.index].rapportages.push(DocResult {
                    bestand: name.clone(),
                    status: DocStatus::Actueel,
                    fout: None,
                    exit: Status::Ok,
                });
            } else {
                stale.push((name.clone(), hash));
            }
        }
        if !stale.is_empty() {
            work.push(Work {
                index: p.index,
                docs: stale,
                style: p.style.clone(),
            });
        }
    }
    total(work.iter().map(|w| w.docs.len()).sum());

    let rendered = render_all(&work, files, opts, templates, typesetter, tick, stop);

    // Record the hashes of what was made; forget what failed.
    let order: HashMap<usize, &Vec<String>> = planned.iter().map(|p| (p.index, &p.specs)).collect();
    let mut manifest = manifest;
    for (index, docs) in rendered {
        for (doc, hash) in docs {
            match (&doc.status, hash) {
                (DocStatus::Gemaakt, Some(hash)) => {
                    manifest.bestanden.insert(doc.bestand.clone(), hash);
                }
                _ => {
                    manifest.bestanden.remove(&doc.bestand);
                }
            }
            results[index].exit = results[index].exit.max(doc.exit);
            results[index].rapportages.push(doc);
        }
    }
    // Documents in plan order: voortgangsrapportages by period, then the
    // eindrapportage.
    for (index, specs) in order {
        let position = |name: &str| specs.iter().position(|s| s == name);
        results[index]
            .rapportages
            .sort_by_key(|d| position(&d.bestand));
    }
    manifest.versie = 1;
    if let Ok(bytes) = serde_json::to_vec_pretty(&manifest) {
        // Losing the manifest only costs a re-render next time.
        let _ = write_atomic(&opts.out_dir.join(MANIFEST), &bytes);
    }
    results
}

/// The documents of one journal to render, with its house style.
struct Work {
    index: usize,
    /// File name and content hash of each document.
    docs: Vec<(String, String)>,
    style: Arc<HouseStyle>,
}

/// Stack size of a rendering thread: Typst's layout recurses deeply.
const WORKER_STACK: usize = 32 * 1024 * 1024;

/// Phase 2 on `opts.jobs` workers pulling journals from a queue.
///
/// Not tasks of one shared rayon pool: Typst parallelizes its own layout with
/// rayon, and a worker waiting inside one compilation could steal another
/// document's whole compilation and run it on top of its stack (which
/// overflowed on large caseloads). A one-thread pool per worker keeps one
/// document per stack.
fn render_all(
    work: &[Work],
    files: &[PathBuf],
    opts: &Options,
    templates: &Templates,
    typesetter: &Typesetter,
    tick: &(dyn Fn() + Sync),
    stop: &AtomicBool,
) -> Vec<(usize, Vec<Rendered>)> {
    let next = AtomicUsize::new(0);
    let done = Mutex::new(Vec::with_capacity(work.len()));
    let worker = || {
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = work.get(i) else {
                break;
            };
            let out = render_journal(
                &files[item.index],
                item,
                opts,
                templates,
                typesetter,
                tick,
                stop,
            );
            done.lock()
                .unwrap_or_else(|e| e.into_inner())
                .push((item.index, out));
        }
    };
    // Each worker is its own one-thread rayon pool: Typst's inner parallel
    // work stays on the worker's thread instead of queueing on a shared pool
    // that every worker waits on.
    let pools: Vec<rayon::ThreadPool> = (0..opts.jobs.clamp(1, work.len().max(1)))
        .filter_map(|n| {
            rayon::ThreadPoolBuilder::new()
                .num_threads(1)
                .stack_size(WORKER_STACK)
                .thread_name(move |_| format!("spoor2-render-{n}"))
                .build()
                .ok()
        })
        .collect();
    if pools.is_empty() {
        worker();
    } else {
        std::thread::scope(|scope| {
            for pool in &pools {
                scope.spawn(|| pool.install(worker));
            }
        });
    }
    let mut done = done.into_inner().unwrap_or_else(|e| e.into_inner());
    done.sort_by_key(|(index, _)| *index);
    done
}

fn check_and_plan(index: usize, path: &Path, opts: &Options) -> (JournalResult, Option<Planned>) {
    let started = Instant::now();
    let out = check_and_plan_timed(index, path, opts);
    Timings::add(&opts.timings.check, started);
    out
}

fn check_and_plan_timed(
    index: usize,
    path: &Path,
    opts: &Options,
) -> (JournalResult, Option<Planned>) {
    let mut result = JournalResult::new(path);
    let bytes = match read(path) {
        Ok(b) => b,
        Err(message) => {
            result.meldingen.push(message);
            result.overgeslagen = Some("onleesbaar".into());
            result.exit = Status::Io;
            return (result, None);
        }
    };
    let mut loaded = journal::load_bytes(path, &bytes);
    validate::validate(&mut loaded, opts.peildatum);
    result.meldingen = loaded
        .findings
        .iter()
        .map(|f| f.display(path).to_string())
        .collect();
    let errors = loaded.findings.iter().any(Finding::is_error);
    let warnings = loaded.findings.iter().any(|f| !f.is_error());
    let Some(journal) = loaded
        .journal
        .filter(|_| !(errors || opts.strict && warnings))
    else {
        result.meldingen.push(format!(
            "{}: geen rapportages gemaakt: los eerst de fouten op{}",
            path.display(),
            if errors {
                ""
            } else {
                " (--strict: waarschuwingen tellen als fouten)"
            }
        ));
        result.overgeslagen = Some("fouten in het dossier".into());
        result.exit = Status::Findings;
        return (result, None);
    };
    result.dossier = Some(journal.dossier.clone());
    let style = match opts.styles.for_journal(path) {
        Ok(style) => style,
        Err(e) => {
            result.meldingen.push(e.message);
            result.meldingen.push(format!(
                "{}: geen rapportages gemaakt: de huisstijl (bureau.yaml) is niet bruikbaar",
                path.display()
            ));
            result.overgeslagen = Some("huisstijl niet bruikbaar".into());
            result.exit = e.status;
            return (result, None);
        }
    };
    let specs: Vec<String> = plan(&journal)
        .into_iter()
        .filter(|s| opts.only.is_none_or(|only| only.selects(s)))
        .map(|s| s.file_name)
        .collect();
    if let (Some(only), true) = (opts.only, specs.is_empty()) {
        result.meldingen.push(format!(
            "{}: geen {} in dit dossier",
            path.display(),
            only.describe()
        ));
    } else if specs.is_empty() {
        result.meldingen.push(format!(
            "{}: nog geen rapportages in dit dossier (voortgangsrapportages of eindrapportage)",
            path.display()
        ));
    }
    let planned = Planned {
        index,
        dossier: journal.dossier,
        content_hash: bytes_hash(&bytes),
        specs,
        style,
    };
    (result, Some(planned))
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    let meta = std::fs::metadata(path).map_err(|e| {
        format!(
            "{}: fout: kan het bestand niet lezen: {}",
            path.display(),
            io_reason(&e)
        )
    })?;
    if meta.len() > journal::MAX_FILE_BYTES {
        return Err(format!(
            "{}: fout: het bestand is {} MB; een dossier mag hooguit {} MB zijn",
            path.display(),
            meta.len() / (1024 * 1024),
            journal::MAX_FILE_BYTES / (1024 * 1024)
        ));
    }
    std::fs::read(path).map_err(|e| {
        format!(
            "{}: fout: kan het bestand niet lezen: {}",
            path.display(),
            io_reason(&e)
        )
    })
}

/// Reads a journal again and renders the given documents of it.
fn render_journal(
    path: &Path,
    work: &Work,
    opts: &Options,
    templates: &Templates,
    typesetter: &Typesetter,
    tick: &(dyn Fn() + Sync),
    stop: &AtomicBool,
) -> Vec<Rendered> {
    let (docs, style) = (&work.docs, &*work.style);
    let failed_all = |reason: String, exit: Status| {
        docs.iter()
            .map(|(name, _)| {
                (
                    DocResult {
                        bestand: name.clone(),
                        status: DocStatus::Mislukt,
                        fout: Some(reason.clone()),
                        exit,
                    },
                    None,
                )
            })
            .collect::<Vec<_>>()
    };
    // The journal was fine in phase 1; it changed on disk if it is not now.
    let started = Instant::now();
    let loaded = journal::load(path);
    Timings::add(&opts.timings.reload, started);
    let journal = match loaded {
        Ok(loaded) => match loaded.journal {
            Some(j) => j,
            None => {
                return failed_all(
                    "het dossier veranderde tijdens het maken van de rapportages".into(),
                    Status::Findings,
                );
            }
        },
        Err(e) => return failed_all(e.to_string(), Status::Io),
    };
    let specs: HashMap<String, DocumentSpec> = plan(&journal)
        .into_iter()
        .map(|s| (s.file_name.clone(), s))
        .collect();
    docs.iter()
        .map(|(name, hash)| {
            let result = if stop.load(Ordering::Relaxed) {
                Err((
                    Status::Interrupted,
                    "afgebroken voordat deze rapportage begon".to_string(),
                ))
            } else {
                match specs.get(name) {
                    Some(spec) => render_one(&journal, spec, style, templates, typesetter, opts),
                    None => Err((
                        Status::Findings,
                        "het dossier veranderde tijdens het maken van de rapportages".into(),
                    )),
                }
            };
            tick();
            match result {
                Ok(()) => (
                    DocResult {
                        bestand: name.clone(),
                        status: DocStatus::Gemaakt,
                        fout: None,
                        exit: Status::Ok,
                    },
                    Some(hash.clone()),
                ),
                Err((exit, reason)) => (
                    DocResult {
                        bestand: name.clone(),
                        status: DocStatus::Mislukt,
                        fout: Some(reason),
                        exit,
                    },
                    None,
                ),
            }
        })
        .collect()
}

/// Renders, typesets and writes one document.
pub fn render_one(
    journal: &Journal,
    spec: &DocumentSpec,
    style: &HouseStyle,
    templates: &Templates,
    typesetter: &Typesetter,
    opts: &Options,
) -> Result<(), (Status, String)> {
    let started = Instant::now();
    let source = templates
        .render(journal, spec, style)
        .map_err(|e| (Status::Template, e.to_string()));
    Timings::add(&opts.timings.template, started);
    let source = source?;
    let pdf_path = opts.out_dir.join(&spec.file_name);
    if opts.emit_typst {
        let typ_path = pdf_path.with_extension("typ");
        write_atomic(&typ_path, source.as_bytes()).map_err(|e| {
            (
                Status::Io,
                format!(
                    "kan {} niet schrijven: {}",
                    typ_path.display(),
                    io_reason(&e)
                ),
            )
        })?;
    }
    let ident = format!("{}/{}", journal.dossier, spec.file_name);
    typesetter.add_house_style(style);
    let started = Instant::now();
    let pdf = typesetter.pdf(
        source,
        &PdfMeta {
            ident: &ident,
            date: spec.date,
        },
    );
    Timings::add(&opts.timings.typeset, started);
    let pdf = pdf.map_err(|e| {
        // Errors in the generated source are traced back to the template
        // line they most likely came from.
        let traced = templates.trace_failure(spec.template(), &e);
        (
            Status::Template,
            format!(
                "het opmaken mislukte (sjabloon {}):\n{e}{}\n  hulp: bekijk de gegenereerde bron met --emit-typst",
                spec.template(),
                traced
            ),
        )
    })?;
    let started = Instant::now();
    let written = write_atomic(&pdf_path, &pdf).map_err(|e| {
        (
            Status::Io,
            format!(
                "kan {} niet schrijven: {}",
                pdf_path.display(),
                io_reason(&e)
            ),
        )
    });
    Timings::add(&opts.timings.write, started);
    written
}
