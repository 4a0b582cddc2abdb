//! One module per subcommand. Each returns the exit status; messages go to
//! stdout (results) and stderr (progress and problems with the run).

pub mod check;
pub mod docs;
pub mod dossier;
pub mod genereer;
pub mod nieuw;
pub mod overzicht;
pub mod render;
pub mod schema;
pub mod tijdlijn;
pub mod watch;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::discover;
use crate::journal::{self, Loaded, ReadError};
use crate::validate;

/// Reads and checks one journal: structure, then meaning, compliance and
/// privacy relative to `peildatum`.
pub fn load_checked(path: &Path, peildatum: NaiveDate) -> Result<Loaded, ReadError> {
    let mut loaded = journal::load(path)?;
    validate::validate(&mut loaded, peildatum);
    Ok(loaded)
}

/// The peildatum given on the command line, or today.
pub fn peildatum(given: Option<NaiveDate>) -> NaiveDate {
    given.unwrap_or_else(|| chrono::Local::now().date_naive())
}

/// The journals named by the command line; paths that do not exist are
/// reported on stderr and make the run fail with `Status::Io`.
pub fn journals(paths: &[PathBuf], exclude: Option<&Path>) -> (Vec<PathBuf>, bool) {
    let (found, missing) = discover::journals(paths, exclude);
    for m in &missing {
        eprintln!(
            "{}: fout: dit bestand of deze map bestaat niet",
            m.0.display()
        );
    }
    if found.is_empty() && missing.is_empty() {
        eprintln!(
            "fout: geen dossiers (.yaml of .yml) gevonden in {}",
            list(paths)
        );
    }
    (found, !missing.is_empty())
}

fn list(paths: &[PathBuf]) -> String {
    paths
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}
