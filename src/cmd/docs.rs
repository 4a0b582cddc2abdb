//! Shell completions and the man page, generated from the clap definitions.

use clap::CommandFactory;

use super::{Outcome, RunError};
use crate::Status;
use crate::cli::Cli;

pub fn completions(shell: clap_complete::Shell) -> Outcome {
    clap_complete::generate(shell, &mut Cli::command(), "spoor2", &mut std::io::stdout());
    Ok(Status::Ok)
}

pub fn man_page() -> Outcome {
    let man = clap_mangen::Man::new(Cli::command());
    man.render(&mut std::io::stdout())
        .map_err(|e| RunError::Other {
            message: format!("fout: {e}"),
            status: Status::Io,
        })?;
    Ok(Status::Ok)
}
