//! `spoor2 render`: journals -> PDF reports, a whole caseload at once.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::Outcome;
use crate::Status;
use crate::batch::{self, DocStatus, JournalResult, Summary};
use crate::cli::{OutputFormat, RenderArgs};
use crate::document::{Kit, Timings};

/// Set by Ctrl-C or SIGTERM: no new document starts, documents being
/// written are finished (each takes milliseconds), and the manifest is
/// saved, so a re-run completes the batch. No partial or temporary files
/// remain.
pub static STOP: AtomicBool = AtomicBool::new(false);

pub fn install_stop_handler() {
    // A second call (from `watch`) finds the handler already installed.
    let _ = ctrlc::set_handler(|| STOP.store(true, Ordering::SeqCst));
}

pub fn run(args: &RenderArgs) -> Outcome {
    let started = Instant::now();
    let kit = Kit::load(args.templates.as_deref(), args.cache_age)?;
    let (files, mut status) = super::journals(&args.paths, Some(&args.output))?;
    if files.is_empty() {
        return Ok(status);
    }
    super::create_dir(&args.output)?;

    let styles = crate::house_style::Resolver::new(args.bureau.as_deref());
    let timings = Timings::default();
    let opts = batch::Options {
        timings: &timings,
        out_dir: &args.output,
        emit_typst: args.emit_typst,
        strict: args.strict,
        force: args.force,
        peildatum: super::peildatum(args.peildatum),
        only: args.alleen,
        styles: &styles,
        jobs: args.jobs.map(usize::from).unwrap_or_else(|| {
            std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1)
        }),
    };
    crate::output::remove_stale_temporaries(&args.output);
    let progress = progress_bar(args.quiet);
    install_stop_handler();
    let results = batch::run(
        &files,
        &opts,
        &kit,
        &|n| progress.set_length(n as u64),
        &|| progress.inc(1),
        &STOP,
    );
    progress.finish_and_clear();

    for r in &results {
        status = status.max(r.exit);
    }
    if STOP.load(Ordering::SeqCst) {
        eprintln!(
            "afgebroken: de rapportages die af waren zijn bewaard; start opnieuw om de rest te maken"
        );
        status = Status::Interrupted;
    }
    let summary = batch::summary::summarize(&results);
    match args.format {
        OutputFormat::Tekst => print_text(&results, &summary, args, started),
        OutputFormat::Json => print_json(&results, &summary, started),
    }
    if args.timings {
        eprint!("{}", timings.report());
        use std::sync::atomic::Ordering::Relaxed;
        eprintln!(
            "waarvan Typst-opmaak {:.3} s, PDF-export {:.3} s",
            kit.typesetter.compile_ns.load(Relaxed) as f64 / 1e9,
            kit.typesetter.export_ns.load(Relaxed) as f64 / 1e9
        );
    }
    Ok(status)
}

fn progress_bar(quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template(
        "{bar:30.cyan/blue} {pos}/{len} rapportages · {per_sec} · nog {eta}",
    ) {
        bar.set_style(style);
    }
    bar
}

/// Each journal's notes and failed documents on stderr, the files made on
/// stdout, then the summary line.
pub fn print_text(
    results: &[JournalResult],
    summary: &Summary,
    args: &RenderArgs,
    started: Instant,
) {
    for r in results {
        for message in r.printed() {
            eprintln!("{message}");
        }
        for d in &r.rapportages {
            match (&d.status, &d.fout) {
                (DocStatus::Gemaakt, _) => {
                    let made = crate::document::Made {
                        path: args.output.join(&d.bestand),
                        warning: d.waarschuwing.clone(),
                    };
                    println!("{}", made.path.display());
                    if let Some(warning) = made.warning_text() {
                        eprintln!("{warning}");
                    }
                }
                (DocStatus::Actueel, _) => {}
                (DocStatus::Mislukt, fout) => eprintln!(
                    "{}: fout: {}: {}",
                    r.dossierbestand.display(),
                    d.bestand,
                    fout.as_ref()
                        .map_or("onbekende fout".to_string(), ToString::to_string)
                ),
            }
        }
    }
    if !args.quiet {
        eprintln!("{}", summary_line(summary, started));
    }
}

/// "12 gemaakt, 3 al actueel, 0 mislukt in 0,4 s; 1 dossier overgeslagen".
pub fn summary_line(s: &Summary, started: Instant) -> String {
    let mut line = format!(
        "{} gemaakt, {} al actueel, {} mislukt in {} s",
        s.gemaakt,
        s.actueel,
        s.mislukt,
        format!("{:.1}", started.elapsed().as_secs_f64()).replace('.', ",")
    );
    match s.dossiers_overgeslagen {
        0 => {}
        1 => line.push_str("; 1 dossier overgeslagen"),
        n => line.push_str(&format!("; {n} dossiers overgeslagen")),
    }
    line
}

fn print_json(results: &[JournalResult], summary: &Summary, started: Instant) {
    #[derive(serde::Serialize)]
    struct Report<'a> {
        samenvatting: &'a Summary,
        seconden: f64,
        dossiers: &'a [JournalResult],
    }
    let report = Report {
        samenvatting: summary,
        seconden: (started.elapsed().as_secs_f64() * 1000.0).round() / 1000.0,
        dossiers: results,
    };
    match serde_json::to_string_pretty(&report) {
        Ok(json) => println!("{json}"),
        Err(e) => eprintln!("fout: kan de samenvatting niet als JSON schrijven: {e}"),
    }
}
