//! Shell completions and the man page, generated from the clap definitions.

use clap::CommandFactory;

use crate::Status;
use crate::cli::Cli;

pub fn completions(shell: clap_complete::Shell) -> Status {
    clap_complete::generate(shell, &mut Cli::command(), "spoor2", &mut std::io::stdout());
    Status::Ok
}

pub fn man_page() -> Status {
    let man = clap_mangen::Man::new(Cli::command());
    match man.render(&mut std::io::stdout()) {
        Ok(()) => Status::Ok,
        Err(e) => {
            eprintln!("fout: {e}");
            Status::Io
        }
    }
}
