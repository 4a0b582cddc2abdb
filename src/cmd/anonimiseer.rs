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

pub fn run(args: &AnonimiseerArgs) -> Outcome {
    let path = &args.file;
    let today = super::peildatum(None);
    let (read, j) =
        super::load_for_edit(path, today, "niets geanonimiseerd: los eerst de fouten op")?;
    let version = crate::store::version(&read);
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
    if !args.ja && !confirmed(path, "Anonimiseren", "niets geanonimiseerd")? {
        return Ok(Status::Ok);
    }

    // Written only over the journal that was read (a journal changed in
    // the meantime is anonymised again from its new text, by a new run).
    let what = format!("geanonimiseerd als {new_dossier}");
    crate::store::update(
        path,
        Some(&version),
        today,
        "niets geanonimiseerd: het resultaat zou fouten hebben; het bestand is niet veranderd",
        |_| {
            Ok(crate::store::Edited {
                text: yaml.clone(),
                what: what.clone(),
            })
        },
    )
    .map_err(|e| match e {
        RunError::Conflict(_) => RunError::Refused(format!(
            "{}: niets geanonimiseerd: het dossier is gewijzigd terwijl spoor2 het las; probeer het opnieuw",
            path.display()
        )),
        e => e,
    })?;
    // The previous version and the history hold the personal data too.
    let rewritten = crate::store::forget_earlier_versions(path, &what)?;
    let gone = remove_documents(&args.output, &old_dossier, &documents);
    println!(
        "{}: geanonimiseerd als {new_dossier}; {gone} {} verwijderd uit {}",
        path.display(),
        if gone == 1 { "bestand" } else { "bestanden" },
        args.output.display()
    );
    if rewritten {
        println!(
            "{}: de eerdere versies zijn ook uit de geschiedenis verwijderd",
            path.display()
        );
    }
    Ok(Status::Ok)
}

/// Asks "`question`? Dit kan niet ongedaan worden gemaakt." on a terminal;
/// without one, refused (`refusal`: "niets geanonimiseerd") with the hint to
/// give `--ja`. Returns whether the coach said yes (a no is printed).
pub fn confirmed(path: &Path, question: &str, refusal: &str) -> Result<bool, RunError> {
    if !std::io::stdin().is_terminal() {
        return Err(RunError::Refused(format!(
            "{}: {refusal}: bevestig met --ja (er wordt niets gevraagd zonder terminal)",
            path.display()
        )));
    }
    print!("{question}? Dit kan niet ongedaan worden gemaakt. [j/N] ");
    let _ = std::io::stdout().flush();
    let mut answer = String::new();
    let _ = std::io::stdin().lock().read_line(&mut answer);
    let yes = matches!(answer.trim().to_lowercase().as_str(), "j" | "ja");
    if !yes {
        println!("{}: niets veranderd", path.display());
    }
    Ok(yes)
}

/// Removes the case's documents `names` from the output folder `out`, and
/// their lines from its manifest. Returns how many files went.
pub fn remove_documents(out: &Path, dossier: &str, names: &[String]) -> usize {
    let mut gone = 0;
    for name in names {
        if std::fs::remove_file(out.join(name)).is_ok() {
            gone += 1;
        }
    }
    let mut manifest = Manifest::load(out);
    let entries: Vec<String> = manifest
        .names()
        .filter(|n| anonymise::is_document_of(n, dossier))
        .cloned()
        .collect();
    if !entries.is_empty() {
        for name in &entries {
            manifest.record(name, None);
        }
        manifest.save(out);
    }
    gone
}

/// The case's reports, WIA dossier and Typst sources in the output folder.
pub fn documents_of(out: &Path, dossier: &str) -> Vec<String> {
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
