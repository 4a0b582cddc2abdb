//! `spoor2 watch`: re-check and re-render a journal whenever it or a
//! template changes, like `typst watch`.
//!
//! The journal and the template folder are polled (content, not file
//! times, so an editor's save-and-rename is seen too). A broken intermediate
//! save prints its findings and renders nothing, so the last good PDF stays.
//! Only reports whose inputs changed are made again (the render manifest).

use std::path::Path;
use std::sync::atomic::Ordering;
use std::time::Duration;

use crate::Status;
use crate::cli::{OutputFormat, RenderArgs, WatchArgs};
use crate::output::Fnv;

pub fn run(args: &WatchArgs) -> Status {
    super::render::install_stop_handler();
    let render_args = RenderArgs {
        paths: vec![args.file.clone()],
        output: args.output.clone(),
        templates: args.templates.clone(),
        bureau: None,
        emit_typst: false,
        strict: false,
        peildatum: args.peildatum,
        force: false,
        alleen: None,
        jobs: None,
        quiet: true,
        format: OutputFormat::Tekst,
        cache_age: crate::typeset::CACHE_MAX_AGE,
        timings: false,
    };
    let mut last: Option<u64> = None;
    eprintln!("{} wordt gevolgd; stop met Ctrl-C", args.file.display());
    while !super::render::STOP.load(Ordering::SeqCst) {
        let now = fingerprint(&args.file, args.templates.as_deref());
        if last != Some(now) {
            if last.is_some() {
                eprintln!("-- gewijzigd: opnieuw controleren en maken");
            }
            let status = super::render::run(&render_args);
            eprintln!(
                "-- {}",
                match status {
                    Status::Ok => "klaar; wacht op een wijziging",
                    _ => "niet gelukt (zie hierboven); de vorige PDF's blijven staan",
                }
            );
            last = Some(now);
        }
        std::thread::sleep(Duration::from_millis(args.interval_ms.max(20)));
    }
    Status::Ok
}

/// A hash of the journal's bytes, of its house style (bureau.yaml and the
/// logo), and of every file in the template folder.
fn fingerprint(journal: &Path, templates: Option<&Path>) -> u64 {
    let mut h = Fnv::new();
    match std::fs::read(journal) {
        Ok(bytes) => h.write(&bytes),
        Err(_) => h.write(b"\0ontbreekt"),
    }
    if let Some(style) = crate::house_style::find_for(journal) {
        match crate::house_style::load(&style) {
            Ok(style) => h.write(&style.fingerprint.to_le_bytes()),
            // A broken bureau.yaml changes the hash with every edit.
            Err(_) => h.write(&std::fs::read(&style).unwrap_or_default()),
        }
    }
    if let Some(dir) = templates {
        for entry in walkdir::WalkDir::new(dir)
            .max_depth(4)
            .sort_by_file_name()
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
        {
            h.write(entry.path().to_string_lossy().as_bytes());
            if let Ok(bytes) = std::fs::read(entry.path()) {
                h.write(&bytes);
            }
        }
    }
    h.finish()
}
