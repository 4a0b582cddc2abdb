//! `spoor2 dossier`: the WIA dossier of one case, one PDF for the
//! re-integratieverslag.

use std::path::PathBuf;

use super::{Outcome, RunError};
use crate::Status;
use crate::cli::DossierArgs;
use crate::diag::{self, Severity};
use crate::document::{Kit, Target};
use crate::house_style::Resolver;
use crate::journal::Persoon;
use crate::render::dossier;

pub fn run(args: &DossierArgs) -> Outcome {
    let on = super::peildatum(args.datum);
    let kit = Kit::load(args.templates.as_deref(), crate::typeset::CACHE_MAX_AGE)?;
    let loaded = super::load_checked(&args.file, on)?;
    // Every finding is shown; the warnings also go into the dossier, as the
    // points that remain open.
    for finding in &loaded.findings {
        eprintln!("{}", finding.display(&args.file));
    }
    let errors = loaded.verdict(false).errors;
    let Some(journal) = loaded.journal.as_ref().filter(|_| errors == 0) else {
        return Err(RunError::Refused(format!(
            "{}: geen WIA-dossier gemaakt: los eerst de {} op",
            args.file.display(),
            if errors == 1 {
                "fout".to_string()
            } else {
                diag::count(errors, Severity::Fout)
            }
        )));
    };
    let style = Resolver::new(args.bureau.as_deref())
        .for_journal(&args.file)
        .map_err(|error| RunError::HouseStyle {
            error,
            consequence: format!(
                "{}: geen WIA-dossier gemaakt: de huisstijl (bureau.yaml) is niet bruikbaar",
                args.file.display()
            ),
        })?;
    // A report dated after the dossier is still included, but probably
    // means the date is wrong.
    let reports = crate::render::plan(journal);
    if let Some(later) = reports.iter().find(|d| d.date > on) {
        eprintln!(
            "{}: waarschuwing: {} is gedateerd op {}, na de datum van het WIA-dossier ({})\n  hulp: geef met --datum de datum waarop het dossier wordt samengesteld",
            args.file.display(),
            later.title,
            crate::dates::long(later.date),
            crate::dates::long(on)
        );
    }
    if let Some(riv) = dossier::late_for_riv(journal, on) {
        eprintln!("{}", dossier::late_dossier(on, riv).display(&args.file));
    }
    let samensteller = match &args.samensteller {
        Some(given) => {
            let (naam, functie) = given.split_once(',').unwrap_or((given, ""));
            Persoon {
                naam: naam.trim().to_string(),
                functie: functie.trim().to_string(),
            }
        }
        None => Persoon {
            naam: journal.bureau.coach.naam.clone(),
            functie: journal.bureau.coach.functie.clone(),
        },
    };

    let path = args
        .output
        .clone()
        .unwrap_or_else(|| PathBuf::from("rapportages").join(dossier::file_name(journal)));
    let made = make(
        &kit,
        &args.file,
        journal,
        &loaded.findings,
        &style,
        on,
        samensteller,
        &path,
        args.emit_typst,
    )?;
    println!("{}", made.path.display());
    if let Some(warning) = made.warning_text() {
        eprintln!("{warning}");
    }
    Ok(Status::Ok)
}

/// Makes the WIA dossier of `journal` (checked, with `findings`) at
/// `path`, dated `on`: the work of `dossier`, shared with the werkplek.
#[allow(clippy::too_many_arguments)]
pub fn make(
    kit: &Kit,
    journal_path: &std::path::Path,
    journal: &crate::journal::Journal,
    findings: &[crate::diag::Finding],
    style: &crate::house_style::HouseStyle,
    on: chrono::NaiveDate,
    samensteller: Persoon,
    path: &std::path::Path,
    emit_typst: bool,
) -> Result<crate::document::Made, RunError> {
    // The reports the employee saw or the employer received go in as they
    // were recorded.
    if let Err(e) = crate::snapshot::record::sync(journal_path, journal, on) {
        eprintln!(
            "{}: waarschuwing: wat de geziene en verzonden rapportages zeiden kon niet worden vastgelegd: {}",
            journal_path.display(),
            crate::output::io_reason(&e)
        );
    }
    let records = crate::snapshot::record::load(journal_path);
    let view = dossier::build(
        journal,
        &records,
        style,
        &kit.templates,
        on,
        samensteller,
        findings,
    )?;
    super::create_parent(path)?;
    Ok(kit.make(
        "dossier.typ.tera",
        &view,
        style,
        &Target {
            path,
            ident: format!("{}/{}", journal.dossier, dossier::file_name(journal)),
            date: on,
            emit_typst,
            what: Some("het WIA-dossier"),
        },
        None,
    )?)
}
