//! `spoor2 check`: every finding of every journal, then a verdict per file
//! and a summary.

use std::collections::HashSet;
use std::path::Path;

use super::Outcome;
use crate::Status;
use crate::cli::CheckArgs;
use crate::diag::{Finding, Severity};
use crate::house_style::{self, Resolver};
use crate::journal::Loaded;

pub fn run(args: &CheckArgs) -> Outcome {
    let (files, mut status) = super::journals(&args.paths, None)?;
    let peildatum = super::peildatum(args.peildatum);
    let mut with_errors = 0;
    // The house style of each journal is checked too, each file once.
    let styles = Resolver::new(None);
    let mut styles_seen = HashSet::new();
    let mut first_time = |file: &Path| {
        styles_seen.insert(file.canonicalize().unwrap_or_else(|_| file.to_path_buf()))
    };
    for file in &files {
        if house_style::is_house_style_file(file) {
            // Named on the command line: check it as a house style (unless
            // a journal's check already reported it).
            if first_time(file) {
                status = status.max(check_style(&styles, file, None));
            }
            continue;
        }
        if let Some(style) = house_style::find_for(file)
            && first_time(&style)
        {
            let consequence =
                "er worden geen rapportages gemaakt van de dossiers die hem gebruiken";
            status = status.max(check_style(&styles, &style, Some(consequence)));
        }
        let loaded = match super::load_with_retention(file, peildatum, &styles) {
            Ok((loaded, _)) => loaded,
            Err(e) => {
                super::report(&e.into());
                status = status.max(Status::Io);
                continue;
            }
        };
        for finding in &loaded.findings {
            println!("{}", finding.display(file));
        }
        let verdict = loaded.verdict(args.strict);
        if let Some(advice) = version_advice(&loaded).filter(|_| verdict.errors == 0) {
            println!("{}", advice.display(file));
        }
        if verdict.blocks() {
            with_errors += 1;
            status = status.max(Status::Findings);
        }
        println!("{}: {verdict}", file.display());
    }
    let journals = files
        .iter()
        .filter(|f| !house_style::is_house_style_file(f))
        .count();
    if journals > 1 {
        println!("{journals} dossiers gecontroleerd, {with_errors} met fouten");
    }
    Ok(status)
}

/// Checks a bureau.yaml; on stdout, like a journal's findings. A style
/// named on the command line gets a verdict when it is in order; one found
/// for a journal says what its problems mean for the journals.
fn check_style(styles: &Resolver, file: &Path, consequence: Option<&str>) -> Status {
    match (styles.file(file), consequence) {
        (Ok(_), None) => {
            println!("{}: huisstijl in orde", file.display());
            Status::Ok
        }
        (Ok(_), Some(_)) => Status::Ok,
        (Err(e), consequence) => {
            println!("{e}");
            match consequence {
                Some(c) => println!("{}: huisstijl niet bruikbaar; {c}", file.display()),
                None => println!("{}: huisstijl niet bruikbaar", file.display()),
            }
            e.status()
        }
    }
}

/// For a version 1 journal, once: what version 2 adds. Advice, not a
/// warning per missing section: the journal stays valid as it is.
fn version_advice(loaded: &Loaded) -> Option<Finding> {
    let journal = loaded.journal.as_ref()?;
    (journal.versie < 2).then(|| {
        Finding::new(
            Severity::Advies,
            "versie",
            "dit dossier heeft formaatversie 1; versie 2 legt ook het bewijs vast waarop UWV spoor 2 beoordeelt: persoonsprofiel, trajectplan, onderbouwd zoekprofiel met wijzigingen, passende sollicitaties, contacten met de werkgever, maatregelen bij stagnatie en het akkoord van de werknemer",
        )
        .rule("versie")
        .at(loaded.locate("versie"))
        .hint("zet versie op 2 en vul de nieuwe onderdelen aan (zie docs/dossierformaat.md); wat er nu staat blijft geldig")
    })
}
