//! `spoor2 verwijder`: a journal removed once its bewaartermijn has passed
//! (AVG): the file, its previous version, its PDFs and Typst sources, and
//! every version of it in the history (see `crate::store::remove`).

use super::{Outcome, RunError};
use crate::Status;
use crate::cli::VerwijderArgs;
use crate::dates::long;

pub fn run(args: &VerwijderArgs) -> Outcome {
    let path = &args.file;
    let today = super::peildatum(None);
    let styles = crate::house_style::Resolver::new(None);
    let (loaded, years) = super::load_with_retention(path, today, &styles)?;
    let refuse = |why: String| {
        Err(RunError::Refused(format!(
            "{}: niets verwijderd: {why}",
            path.display()
        )))
    };
    let Some(j) = loaded.journal else {
        return refuse(
            "het dossier kan niet worden gelezen; verwijder een onleesbaar bestand met de hand"
                .into(),
        );
    };
    match j.traject.einddatum {
        None => return refuse("het traject loopt nog (er is geen einddatum)".into()),
        Some(e) if e > today => {
            return refuse(format!("het traject loopt nog tot {}", long(e)));
        }
        Some(_) => {}
    }
    let documents = super::anonimiseer::documents_of(&args.output, &j.dossier);
    println!(
        "{}: verwijderen haalt weg: het dossier {}, de vorige versie, {} {} in {} en elke versie in de geschiedenis",
        path.display(),
        j.dossier.trim(),
        documents.len(),
        if documents.len() == 1 {
            "bestand"
        } else {
            "bestanden"
        },
        args.output.display()
    );
    if let Some(term) = crate::validate::retention::term(&j, years)
        && term.until > today
    {
        println!(
            "  Let op: de bewaartermijn loopt nog tot {}. Verwijder eerder alleen als het dossier niet meer nodig is, bijvoorbeeld op verzoek van de werknemer (AVG).",
            long(term.until)
        );
    }
    if !args.ja && !super::anonimiseer::confirmed(path, "Verwijderen", "niets verwijderd")? {
        return Ok(Status::Ok);
    }
    let rewritten = crate::store::remove(path)?;
    let gone = super::anonimiseer::remove_documents(&args.output, &j.dossier, &documents);
    println!(
        "{}: verwijderd, met {gone} {} uit {}{}",
        path.display(),
        if gone == 1 { "bestand" } else { "bestanden" },
        args.output.display(),
        if rewritten {
            " en elke versie in de geschiedenis"
        } else {
            ""
        }
    );
    Ok(Status::Ok)
}
