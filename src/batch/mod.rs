//! Rendering a whole caseload: journals in parallel, incremental, with one
//! typesetter for every document.
//!
//! Phase 1 reads and checks every journal (in parallel) and plans its
//! documents; the caseload rules (unique dossier numbers) run over the
//! plans. Phase 2 makes the documents that are not up to date
//! ([`manifest`]) on a fixed number of workers ([`workers`]), each through
//! [`crate::document`]. Phase 2 reads a journal again rather than keeping
//! every journal in memory, so memory stays flat in the size of the
//! caseload. What happened is returned as values ([`summary`]).

pub mod manifest;
pub mod summary;
pub mod workers;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::Status;
use crate::document::{Kit, Made, Target, Timings};
use crate::house_style::{HouseStyle, Resolver};
use crate::journal::{self, Journal};
use crate::render::{DocumentSpec, Only, plan, view};
use crate::validate;
use manifest::{Manifest, document_hash};
pub use summary::{DocFailure, DocResult, DocStatus, JournalResult, Note, Skipped, Summary};

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

/// Phase 1 result for a journal that can be rendered.
struct Planned {
    index: usize,
    dossier: String,
    content_hash: u64,
    specs: Vec<String>,
    style: Arc<HouseStyle>,
}

/// The documents of one journal to render, with its house style.
struct Work {
    index: usize,
    /// File name and content hash of each document.
    docs: Vec<(String, String)>,
    style: Arc<HouseStyle>,
}

/// Runs the batch. `total` is called once the number of documents to make
/// is known, `tick` after every document (for progress). `stop` is checked
/// between documents: once set, no new document starts.
pub fn run(
    files: &[PathBuf],
    opts: &Options,
    kit: &Kit,
    total: &(dyn Fn(usize) + Sync),
    tick: &(dyn Fn() + Sync),
    stop: &AtomicBool,
) -> Vec<JournalResult> {
    // Phase 1: read, check and plan every journal.
    let phase1: Vec<(JournalResult, Option<Planned>)> = files
        .par_iter()
        .enumerate()
        .map(|(index, path)| {
            let started = Instant::now();
            let out = check_and_plan(index, path, opts);
            Timings::add(&opts.timings.check, started);
            out
        })
        .collect();
    let (mut results, plans): (Vec<_>, Vec<_>) = phase1.into_iter().unzip();
    let mut plans: Vec<Planned> = plans.into_iter().flatten().collect();

    // The caseload rules.
    let numbers: Vec<(&Path, &str)> = plans
        .iter()
        .map(|p| (files[p.index].as_path(), p.dossier.as_str()))
        .collect();
    let duplicates = validate::caseload::duplicate_dossiers(&numbers);
    let mut refused = vec![false; plans.len()];
    for (i, finding) in duplicates {
        let result = &mut results[plans[i].index];
        result.meldingen.push(Note::Finding(finding));
        result.skip(Skipped::DuplicateDossier, Status::Findings);
        refused[i] = true;
    }
    let mut refused = refused.into_iter();
    plans.retain(|_| !refused.next().unwrap_or(false));

    // Phase 2: render what is not up to date.
    let mut manifest = Manifest::load(opts.out_dir);
    let mut work: Vec<Work> = Vec::new();
    for p in &plans {
        let mut stale = Vec::new();
        for name in &p.specs {
            let hash = document_hash(
                p.content_hash,
                p.style.fingerprint,
                kit.templates.fingerprint,
                name,
            );
            if !opts.force && manifest.is_fresh(opts.out_dir, name, &hash) {
                results[p.index].rapportages.push(DocResult::fresh(name));
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

    let rendered = workers::run(&work, opts.jobs, |item| {
        render_journal(&files[item.index], item, opts, kit, tick, stop)
    });

    // Record the hashes of what was made; forget what failed.
    for (item, docs) in work.iter().zip(rendered) {
        let result = &mut results[item.index];
        for (doc, hash) in docs {
            manifest.record(&doc.bestand, hash.filter(|_| doc.fout.is_none()));
            result.exit = result.exit.max(doc.exit());
            result.rapportages.push(doc);
        }
    }
    // Documents in plan order: voortgangsrapportages by period, then the
    // eindrapportage.
    for p in &plans {
        let position = |name: &str| p.specs.iter().position(|s| s == name);
        results[p.index]
            .rapportages
            .sort_by_key(|d| position(&d.bestand));
    }
    manifest.save(opts.out_dir);
    results
}

fn check_and_plan(index: usize, path: &Path, opts: &Options) -> (JournalResult, Option<Planned>) {
    let mut result = JournalResult::new(path);
    let mut loaded = match journal::load(path) {
        Ok(loaded) => loaded,
        Err(e) => {
            result.meldingen.push(Note::Unreadable(e));
            result.skip(Skipped::Unreadable, Status::Io);
            return (result, None);
        }
    };
    validate::validate(&mut loaded, opts.peildatum);
    let verdict = loaded.verdict(opts.strict);
    result.meldingen = std::mem::take(&mut loaded.findings)
        .into_iter()
        .map(Note::Finding)
        .collect();
    let Some(journal) = loaded.journal.filter(|_| !verdict.blocks()) else {
        result.skip(
            Skipped::Errors {
                strict: verdict.errors == 0,
            },
            Status::Findings,
        );
        return (result, None);
    };
    result.dossier = Some(journal.dossier.clone());
    // A report the employee saw or the employer received is recorded the
    // first time it is made, and made from that record from then on.
    if let Err(e) = crate::snapshot::record::sync(path, &journal, opts.peildatum) {
        result.meldingen.push(Note::Finding(crate::diag::Finding::warning(
            "",
            format!(
                "wat de geziene en verzonden rapportages zeiden kon niet worden vastgelegd in {}: {}",
                crate::snapshot::record::path_for(path).display(),
                crate::output::io_reason(&e)
            ),
        )));
    }
    let style = match opts.styles.for_journal(path) {
        Ok(style) => style,
        Err(e) => {
            let exit = e.status();
            result.meldingen.push(Note::HouseStyle(e));
            result.skip(Skipped::HouseStyle, exit);
            return (result, None);
        }
    };
    let specs: Vec<String> = plan(&journal)
        .into_iter()
        .filter(|s| opts.only.is_none_or(|only| only.selects(s)))
        .map(|s| s.file_name)
        .collect();
    if specs.is_empty() {
        result.meldingen.push(match opts.only {
            Some(only) => Note::NoneSelected(only),
            None => Note::NoReports,
        });
    }
    let planned = Planned {
        index,
        dossier: journal.dossier,
        content_hash: loaded.content_hash,
        specs,
        style,
    };
    (result, Some(planned))
}

/// Reads a journal again and renders the given documents of it; each with
/// the hash to record when it was made.
fn render_journal(
    path: &Path,
    work: &Work,
    opts: &Options,
    kit: &Kit,
    tick: &(dyn Fn() + Sync),
    stop: &AtomicBool,
) -> Vec<(DocResult, Option<String>)> {
    let failed_all = |why: &dyn Fn() -> DocFailure| {
        work.docs
            .iter()
            .map(|(name, _)| (DocResult::failed(name, why()), None))
            .collect::<Vec<_>>()
    };
    // The journal was fine in phase 1; it changed on disk if it is not now.
    let started = Instant::now();
    let loaded = journal::load(path);
    Timings::add(&opts.timings.reload, started);
    let journal = match loaded {
        Ok(loaded) => match loaded.journal {
            Some(j) => j,
            None => return failed_all(&|| DocFailure::Changed),
        },
        Err(e) => {
            let e = Arc::new(e);
            return failed_all(&|| DocFailure::Unreadable(e.clone()));
        }
    };
    let records = crate::snapshot::record::load(path);
    let specs: HashMap<String, DocumentSpec> = plan(&journal)
        .into_iter()
        .map(|s| (s.file_name.clone(), s))
        .collect();
    work.docs
        .iter()
        .map(|(name, hash)| {
            let result = if stop.load(Ordering::Relaxed) {
                Err(DocFailure::Interrupted)
            } else {
                match specs.get(name) {
                    Some(spec) => {
                        // A seen or sent report that changed since is
                        // made as it was recorded.
                        let recorded = crate::snapshot::record::Which::of(&journal, &spec.kind)
                            .and_then(|w| {
                                crate::snapshot::record::journal_for(&records, &journal, w)
                            });
                        make(
                            recorded.as_ref().unwrap_or(&journal),
                            spec,
                            &work.style,
                            kit,
                            opts,
                        )
                    }
                    None => Err(DocFailure::Changed),
                }
            };
            tick();
            match result {
                Ok(made) => (
                    DocResult {
                        waarschuwing: made.warning,
                        ..DocResult::made(name)
                    },
                    Some(hash.clone()),
                ),
                Err(why) => (DocResult::failed(name, why), None),
            }
        })
        .collect()
}

/// One report of a journal, through the document path.
fn make(
    journal: &Journal,
    spec: &DocumentSpec,
    style: &HouseStyle,
    kit: &Kit,
    opts: &Options,
) -> Result<Made, DocFailure> {
    let started = Instant::now();
    let view = view::build(journal, spec, style);
    Timings::add(&opts.timings.template, started);
    let path = opts.out_dir.join(&spec.file_name);
    let target = Target {
        path: &path,
        ident: format!("{}/{}", journal.dossier, spec.file_name),
        date: spec.date,
        emit_typst: opts.emit_typst,
        what: None,
    };
    kit.make(spec.template(), &view, style, &target, Some(opts.timings))
        .map_err(DocFailure::Document)
}
