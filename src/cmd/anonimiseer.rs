//! `spoor2 anonimiseer`: an ended journal without personal data, for the
//! bureau's figures once the retention term has passed (see
//! `crate::anonymise` for what is removed and what is kept).

use std::collections::hash_map::RandomState;
use std::hash::BuildHasher;
use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;

use super::{Outcome, RunError};
use crate::Status;
use crate::anonymise::{self, Removed};
use crate::batch::manifest::Manifest;
use crate::cli::AnonimiseerArgs;
use crate::dates::long;
use crate::journal;
use crate::output::write_atomic;

pub fn run(args: &AnonimiseerArgs) -> Outcome {
    let path = &args.file;
    let today = super::peildatum(None);
    let (_, j) = super::load_for_edit(path, today, "niets geanonimiseerd: los eerst de fouten op")?;
    let refuse = |why: String| {
        Err(RunError::Refused(format!(
            "{}: niets geanonimiseerd: {why}",
            path.display()
        )))
    };
    if let Some(op) = j.geanonimiseerd {
        return refuse(format!("het dossier is al geanonimiseerd op {}", long(op)));
    }
    match j.traject.einddatum {
        None => return refuse("het traject loopt nog (er is geen einddatum); anonimiseer een dossier pas als het traject is afgelopen".into()),
        Some(e) if e > today => {
            return refuse(format!(
                "het traject loopt nog tot {}; anonimiseer een dossier pas als het traject is afgelopen",
                long(e)
            ));
        }
        Some(_) => {}
    }

    // A fresh random number for the shift and the new dossier number, so
    // neither can be recomputed from the journal.
    let random = RandomState::new().hash_one((path, std::process::id()));
    let shift = anonymise::choose_shift(&j, random);
    let old_dossier = j.dossier.clone();
    let new_dossier = format!("ANON-{:06X}", (random >> 24) & 0xFF_FFFF);
    let (anon, removed) = anonymise::anonymise(j, shift, new_dossier.clone(), today);
    let yaml = anonymise::to_yaml(&anon, today).map_err(|e| RunError::Other {
        message: format!(
            "fout: {}: het geanonimiseerde dossier kon niet worden opgesteld: {e}",
            path.display()
        ),
        status: Status::Io,
    })?;
    // Never write a journal that would not check.
    let mut after = journal::load_bytes(path, yaml.as_bytes());
    crate::validate::validate(&mut after, today);
    super::refuse_on_errors(
        &after,
        path,
        "niets geanonimiseerd: het resultaat zou fouten hebben; het bestand is niet veranderd",
    )?;

    let documents = documents_of(&args.output, &old_dossier);
    print_preview(path, &removed, &args.output, documents.len());
    if !args.ja {
        if !std::io::stdin().is_terminal() {
            return refuse("bevestig met --ja (er wordt niets gevraagd zonder terminal)".into());
        }
        print!("Anonimiseren? Dit kan niet ongedaan worden gemaakt. [j/N] ");
        let _ = std::io::stdout().flush();
        let mut answer = String::new();
        let _ = std::io::stdin().lock().read_line(&mut answer);
        if !matches!(answer.trim().to_lowercase().as_str(), "j" | "ja") {
            println!("{}: niets veranderd", path.display());
            return Ok(Status::Ok);
        }
    }

    write_atomic(path, yaml.as_bytes()).map_err(|source| RunError::Write {
        path: path.to_path_buf(),
        what: "het dossier",
        source,
    })?;
    // The previous version kept by an edit holds the personal data too.
    let _ = std::fs::remove_file(super::toevoegen::previous_of(path));
    let mut gone = 0;
    for name in &documents {
        if std::fs::remove_file(args.output.join(name)).is_ok() {
            gone += 1;
        }
    }
    let mut manifest = Manifest::load(&args.output);
    let entries: Vec<String> = manifest
        .names()
        .filter(|n| anonymise::is_document_of(n, &old_dossier))
        .cloned()
        .collect();
    if !entries.is_empty() {
        for name in &entries {
            manifest.record(name, None);
        }
        manifest.save(&args.output);
    }
    println!(
        "{}: geanonimiseerd als {new_dossier}; {gone} {} verwijderd uit {}",
        path.display(),
        if gone == 1 { "bestand" } else { "bestanden" },
        args.output.display()
    );
    Ok(Status::Ok)
}

/// The case's reports, WIA dossier and Typst sources in the output folder.
fn documents_of(out: &Path, dossier: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(out)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| anonymise::is_document_of(n, dossier))
        .collect();
    names.sort();
    names
}

fn print_preview(path: &Path, r: &Removed, out: &Path, documents: usize) {
    println!("{}: anonimiseren verwijdert", path.display());
    println!(
        "  - {} namen (werknemer, werkgever, contactpersoon, coach, auteurs en opstellers); voortaan 'Werknemer', 'Werkgever', 'Coach' of 'Persoon N'",
        r.names
    );
    if r.bsn {
        println!("  - het BSN");
    }
    if r.contact {
        println!("  - de contactgegevens van de coach");
    }
    println!(
        "  - {} vrije teksten (verslagen, omschrijvingen, profielen, redenen, werkgevers en functies van sollicitaties)",
        r.texts
    );
    if r.notities {
        println!("  - de notities");
    }
    if r.privacy_akkoord > 0 {
        println!("  - {} regels onder privacy_akkoord", r.privacy_akkoord);
    }
    println!("  - alle opmerkingen (#) in het bestand");
    let weeks = r.shift_days.abs() / 7;
    match r.shift_days {
        0 => println!(
            "  De datums blijven staan: geen verschuiving houdt begin en einde in hun jaar."
        ),
        d => println!(
            "  Alle datums schuiven {weeks} {} {}: tussenpozen en weekdagen blijven gelijk.",
            if weeks == 1 { "week" } else { "weken" },
            if d > 0 { "later" } else { "eerder" }
        ),
    }
    println!(
        "  Blijven: datums ten opzichte van de start, duur en uren, aantallen per soort en uitkomst, het resultaat."
    );
    println!(
        "  In {}: {documents} {} van dit dossier en hun regels in het manifest worden verwijderd.",
        out.display(),
        if documents == 1 {
            "bestand"
        } else {
            "bestanden"
        }
    );
}
