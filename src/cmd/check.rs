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
    // The house style of each journal is checked too, each file once.
    let styles = crate::house_style::Resolver::new(None);
    let mut styles_seen = std::collections::HashSet::new();
    for file in &files {
        if crate::house_style::is_house_style_file(file) {
            // Named on the command line: check it as a house style (unless
            // a journal's check already reported it).
            if !styles_seen.insert(file.canonicalize().unwrap_or_else(|_| file.clone())) {
                continue;
            }
            match styles.file(file) {
                Ok(_) => println!("{}: huisstijl in orde", file.display()),
                Err(e) => {
                    println!("{e}");
                    println!("{}: huisstijl niet bruikbaar", file.display());
                    status = status.max(e.status);
                }
            }
            continue;
        }
        if let Some(style) = crate::house_style::find_for(file)
            && styles_seen.insert(style.canonicalize().unwrap_or_else(|_| style.clone()))
            && let Err(e) = styles.file(&style)
        {
            println!("{e}");
            println!(
                "{}: huisstijl niet bruikbaar; er worden geen rapportages gemaakt van de dossiers die hem gebruiken",
                style.display()
            );
            status = status.max(e.status);
        }
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
    let journals = files
        .iter()
        .filter(|f| !crate::house_style::is_house_style_file(f))
        .count();
    if journals > 1 {
        println!("{journals} dossiers gecontroleerd, {with_errors} met fouten");
    }
    status
}
