//! `spoor2 check`: every finding of every journal, then a summary.

use crate::Status;
use crate::cli::CheckArgs;
use crate::diag::{self, Severity};

pub fn run(args: &CheckArgs) -> Status {
    let (files, missing) = super::journals(&args.paths, None);
    let mut status = if missing { Status::Io } else { Status::Ok };
    if files.is_empty() {
        return status.max(Status::Io);
    }
    let mut with_errors = 0;
    for file in &files {
        let loaded = match super::load_checked(file, super::peildatum(args.peildatum)) {
            Ok(loaded) => loaded,
            Err(e) => {
                eprintln!("{e}");
                status = status.max(Status::Io);
                continue;
            }
        };
        for finding in &loaded.findings {
            println!("{}", finding.display(file));
        }
        let errors = loaded.findings.iter().filter(|f| f.is_error()).count();
        let warnings = loaded.findings.len() - errors;
        let failed = errors > 0 || (args.strict && warnings > 0);
        if failed {
            with_errors += 1;
            status = status.max(Status::Findings);
        }
        let verdict = match (errors, warnings) {
            (0, 0) => "in orde".to_string(),
            (0, w) => diag::count(w, Severity::Waarschuwing),
            (e, 0) => diag::count(e, Severity::Fout),
            (e, w) => format!(
                "{}, {}",
                diag::count(e, Severity::Fout),
                diag::count(w, Severity::Waarschuwing)
            ),
        };
        let strict_note = if args.strict && errors == 0 && warnings > 0 {
            " (--strict: waarschuwingen tellen als fouten)"
        } else {
            ""
        };
        println!("{}: {verdict}{strict_note}", file.display());
    }
    if files.len() > 1 {
        println!(
            "{} dossiers gecontroleerd, {} met fouten",
            files.len(),
            with_errors
        );
    }
    status
}
