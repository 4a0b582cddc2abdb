//! `spoor2 genereer` (hidden): a synthetic caseload for the benchmark.

use crate::Status;
use crate::cli::GenereerArgs;
use crate::output::io_reason;

pub fn run(args: &GenereerArgs) -> Status {
    match crate::synthetic::write_caseload(&args.output, args.aantal, args.zaad, args.rapportages) {
        Ok(()) => {
            eprintln!(
                "{} dossiers geschreven in {}",
                args.aantal,
                args.output.display()
            );
            Status::Ok
        }
        Err(e) => {
            eprintln!("{}: fout: {}", args.output.display(), io_reason(&e));
            Status::Io
        }
    }
}
