//! `spoor2 genereer` (hidden): a synthetic caseload for the benchmark.

use super::{Outcome, RunError};
use crate::Status;
use crate::cli::GenereerArgs;

pub fn run(args: &GenereerArgs) -> Outcome {
    crate::synthetic::write_caseload(&args.output, args.aantal, args.zaad, args.rapportages)
        .map_err(|source| RunError::Write {
            path: args.output.clone(),
            what: "de dossiers",
            source,
        })?;
    eprintln!(
        "{} dossiers geschreven in {}",
        args.aantal,
        args.output.display()
    );
    Ok(Status::Ok)
}
