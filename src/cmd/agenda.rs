//! `spoor2 agenda`: every case's coming deadlines as an iCalendar file for
//! the coach's calendar program (see `crate::agenda`).

use rayon::prelude::*;

use super::overzicht::emit;
use super::{Outcome, RunError};
use crate::Status;
use crate::cli::AgendaArgs;
use crate::diag::{Severity, count};

pub fn run(args: &AgendaArgs) -> Outcome {
    let peildatum = super::peildatum(args.peildatum);
    if let Some(path) = &args.output {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        if ext.as_deref() != Some("ics") {
            return Err(RunError::Usage(format!(
                "-o {}: een agendabestand eindigt op .ics; niets geschreven",
                path.display()
            )));
        }
    }
    let (files, mut status) = super::journals(std::slice::from_ref(&args.map), None)?;
    let loaded: Vec<_> = files.par_iter().map(|f| crate::journal::load(f)).collect();
    let mut deadlines = Vec::new();
    for (file, result) in files.iter().zip(loaded) {
        match result {
            Ok(l) => match &l.journal {
                Some(j) => {
                    let name = file.strip_prefix(&args.map).unwrap_or(file);
                    deadlines.extend(crate::agenda::deadlines(
                        j,
                        &name.display().to_string(),
                        peildatum,
                    ));
                }
                None => {
                    let errors = l.findings.iter().filter(|f| f.is_error()).count();
                    eprintln!(
                        "{}: niet in de agenda: het dossier kan niet worden gelezen ({}); zie spoor2 check",
                        file.display(),
                        count(errors, Severity::Fout)
                    );
                    status = status.max(Status::Findings);
                }
            },
            Err(e) => {
                super::report(&e.into());
                status = status.max(Status::Io);
            }
        }
    }
    deadlines.sort_by(|a, b| (a.datum, &a.dossier, &a.wat).cmp(&(b.datum, &b.dossier, &b.wat)));
    let text = crate::agenda::ics(&deadlines, peildatum);
    emit(args.output.as_ref(), text.as_bytes(), "de agenda")?;
    if let Some(path) = &args.output {
        println!("{}", path.display());
    }
    Ok(status)
}
