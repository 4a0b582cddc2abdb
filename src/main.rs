//! spoor2: voortgangsrapportages en eindrapportages spoor 2 from YAML case
//! journals. This file only parses arguments and dispatches; each command
//! returns its status or the error that ended it, printed in one place
//! (`cmd::finish`). See `lib.rs` for the pipeline.

use std::process::ExitCode;

/// Typst allocates many small, short-lived objects; mimalloc makes a
/// document about a fifth faster than the system allocator (docs/benchmark.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::Parser;
use spoor2::cli::{Cli, Command};
use spoor2::cmd;

fn main() -> ExitCode {
    restore_sigpipe();
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Check(args) => cmd::check::run(&args),
        Command::Render(args) => cmd::render::run(&args),
        Command::Tijdlijn(args) => cmd::tijdlijn::run(&args),
        Command::Dossier(args) => cmd::dossier::run(&args),
        Command::Genereer(args) => cmd::genereer::run(&args),
        Command::Overzicht(args) => cmd::overzicht::run(&args),
        Command::Agenda(args) => cmd::agenda::run(&args),
        Command::Schema => cmd::schema::run(),
        Command::Nieuw(args) => cmd::nieuw::run(&args),
        Command::Watch(args) => cmd::watch::run(&args),
        Command::Toevoegen(args) => cmd::toevoegen::run(&args),
        Command::Rapportage(args) => cmd::rapportage::run(&args),
        Command::Importeer(args) => cmd::importeer::run(&args),
        Command::Anonimiseer(args) => cmd::anonimiseer::run(&args),
        Command::Jaarcijfers(args) => cmd::jaarcijfers::run(&args),
        Command::Werkplek(args) => spoor2::werkplek::run(&args),
        Command::Ongedaan { file } => cmd::toevoegen::undo(&file),
        Command::Geschiedenis(args) => cmd::geschiedenis::run(&args),
        Command::Verwijder(args) => cmd::verwijder::run(&args),
        Command::Aanvullingen { shell } => cmd::docs::completions(shell),
        Command::Handleiding => cmd::docs::man_page(),
    };
    ExitCode::from(cmd::finish(outcome) as u8)
}

/// Rust ignores SIGPIPE, so writing to a closed pipe (`spoor2 check | head`)
/// would make every print panic. Restore the default: the process ends
/// quietly when the reader goes away, like other command-line tools.
fn restore_sigpipe() {
    #[cfg(unix)]
    // SAFETY: setting a signal's disposition to its default at start-up,
    // before any thread exists, has no preconditions.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}
