//! One module per subcommand. Each returns `Ok(status)` when it ran (the
//! status says whether what it found was in order), or a [`RunError`] that
//! ended it; [`report`] prints run errors, here and nowhere else. Results go
//! to stdout, findings and problems with the run to stderr.

pub mod agenda;
pub mod anonimiseer;
pub mod ask;
pub mod check;
pub mod docs;
pub mod dossier;
pub mod genereer;
pub mod geschiedenis;
pub mod importeer;
pub mod jaarcijfers;
pub mod nieuw;
pub mod overzicht;
pub mod rapportage;
pub mod render;
pub mod schema;
pub mod tijdlijn;
pub mod toevoegen;
pub mod verwijder;
pub mod watch;

use std::fmt;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::Status;
use crate::discover;
use crate::document::DocumentError;
use crate::house_style::StyleError;
use crate::journal::{self, Loaded, ReadError};
use crate::output::io_reason;
use crate::render::TemplateError;
use crate::validate;

/// What a command returns.
pub type Outcome = Result<Status, RunError>;

/// A problem that ends a command (or, reported and passed over, one of the
/// files a command works through).
#[derive(Debug)]
pub enum RunError {
    /// The templates could not be loaded.
    Templates(TemplateError),
    /// A file could not be read.
    Read(ReadError),
    /// A path given on the command line does not exist.
    Missing(PathBuf),
    /// No journals in the paths given.
    NoJournals(Vec<PathBuf>),
    /// The output folder could not be made.
    OutputDir {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A file could not be written (`what`: "het dossier").
    Write {
        path: PathBuf,
        what: &'static str,
        source: std::io::Error,
    },
    /// A document could not be made.
    Document(DocumentError),
    /// The house style is unusable, so `consequence` ("...: geen
    /// WIA-dossier gemaakt") followed.
    HouseStyle {
        error: StyleError,
        consequence: String,
    },
    /// The input cannot be used as it is (its findings were printed): a
    /// line saying what was not done.
    Refused(String),
    /// An edit refused because the journal (as it is, or as it would be)
    /// has errors: the errors, then `message` saying what was not done.
    Blocked {
        path: PathBuf,
        errors: Vec<crate::diag::Finding>,
        message: String,
    },
    /// A text edit made on an older version of the journal than the one
    /// on disk: not written.
    Conflict(crate::store::Conflict),
    /// A value given on the command line or at a question is unusable.
    Usage(String),
    /// Anything else, with its status.
    Other { message: String, status: Status },
}

impl RunError {
    pub fn status(&self) -> Status {
        match self {
            RunError::Templates(_) => Status::Template,
            RunError::Read(_)
            | RunError::Missing(_)
            | RunError::NoJournals(_)
            | RunError::OutputDir { .. }
            | RunError::Write { .. } => Status::Io,
            RunError::Document(e) => e.status(),
            RunError::HouseStyle { error, .. } => error.status(),
            RunError::Refused(_) | RunError::Blocked { .. } | RunError::Conflict(_) => {
                Status::Findings
            }
            RunError::Usage(_) => Status::Usage,
            RunError::Other { status, .. } => *status,
        }
    }
}

impl fmt::Display for RunError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RunError::Templates(e) => write!(f, "fout: {e}"),
            RunError::Read(e) => write!(f, "{e}"),
            RunError::Missing(path) => write!(
                f,
                "{}: fout: dit bestand of deze map bestaat niet",
                path.display()
            ),
            RunError::NoJournals(paths) => write!(
                f,
                "fout: geen dossiers (.yaml of .yml) gevonden in {}",
                paths
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            RunError::OutputDir { path, source } => write!(
                f,
                "{}: fout: de uitvoermap kan niet worden gemaakt: {}",
                path.display(),
                io_reason(source)
            ),
            RunError::Write { path, what, source } => write!(
                f,
                "{}: fout: kan {what} niet schrijven: {}",
                path.display(),
                io_reason(source)
            ),
            RunError::Document(e) => write!(f, "{e}"),
            RunError::HouseStyle { error, consequence } => write!(f, "{error}\n{consequence}"),
            RunError::Refused(message) | RunError::Other { message, .. } => f.write_str(message),
            RunError::Blocked {
                path,
                errors,
                message,
            } => {
                for e in errors {
                    writeln!(f, "{}", e.display(path))?;
                }
                write!(f, "{}: {message}", path.display())
            }
            RunError::Conflict(c) => write!(
                f,
                "{}: niet opgeslagen: het dossier is gewijzigd nadat deze tekst werd geopend; open het opnieuw en breng de wijziging nog eens aan",
                c.path.display()
            ),
            RunError::Usage(message) => write!(f, "fout: {message}"),
        }
    }
}

impl From<TemplateError> for RunError {
    fn from(e: TemplateError) -> Self {
        RunError::Templates(e)
    }
}

impl From<ReadError> for RunError {
    fn from(e: ReadError) -> Self {
        RunError::Read(e)
    }
}

impl From<DocumentError> for RunError {
    fn from(e: DocumentError) -> Self {
        RunError::Document(e)
    }
}

/// Prints a run error: the one place they are printed.
pub fn report(e: &RunError) {
    eprintln!("{e}");
}

/// A command's outcome as the exit status, its error printed.
pub fn finish(outcome: Outcome) -> Status {
    match outcome {
        Ok(status) => status,
        Err(e) => {
            report(&e);
            e.status()
        }
    }
}

/// Reads and checks one journal: structure, then meaning, compliance and
/// privacy relative to `peildatum`.
pub fn load_checked(path: &Path, peildatum: NaiveDate) -> Result<Loaded, ReadError> {
    let mut loaded = journal::load(path)?;
    validate::validate(&mut loaded, peildatum);
    Ok(loaded)
}

/// Before an edit: a journal with errors is not touched. Its errors are
/// printed and `refusal` ("niets toegevoegd: ...") says what was not done.
pub fn refuse_on_errors(loaded: &Loaded, path: &Path, refusal: &str) -> Result<(), RunError> {
    if !loaded.verdict(false).blocks() {
        return Ok(());
    }
    Err(RunError::Blocked {
        path: path.to_path_buf(),
        errors: loaded
            .findings
            .iter()
            .filter(|f| f.is_error())
            .cloned()
            .collect(),
        message: refusal.to_string(),
    })
}

/// A journal about to be edited: read, checked on `peildatum`, and refused
/// with `refusal` ("niets toegevoegd: ...") when it has errors. Returns the
/// file as read (its text and tree, for the edit) and the journal taken
/// out of it.
pub fn load_for_edit(
    path: &Path,
    peildatum: NaiveDate,
    refusal: &str,
) -> Result<(Loaded, crate::journal::Journal), RunError> {
    let mut loaded = load_checked(path, peildatum)?;
    refuse_on_errors(&loaded, path, refusal)?;
    let journal = loaded.journal.take().ok_or_else(|| unreadable(path))?;
    Ok((loaded, journal))
}

/// A journal that was read but cannot be used as one.
pub fn unreadable(path: &Path) -> RunError {
    RunError::Refused(format!(
        "{}: het dossier kan niet worden gelezen",
        path.display()
    ))
}

/// The peildatum given on the command line, or today.
pub fn peildatum(given: Option<NaiveDate>) -> NaiveDate {
    given.unwrap_or_else(|| chrono::Local::now().date_naive())
}

/// The journals named by the command line, and `Status::Io` if some path
/// did not exist (reported and passed over; with nothing else found, the
/// command has nothing to do). Finding no journal at all is an error.
pub fn journals(
    paths: &[PathBuf],
    exclude: Option<&Path>,
) -> Result<(Vec<PathBuf>, Status), RunError> {
    let (found, missing) = discover::journals(paths, exclude);
    for m in &missing {
        report(&RunError::Missing(m.0.clone()));
    }
    if found.is_empty() && missing.is_empty() {
        return Err(RunError::NoJournals(paths.to_vec()));
    }
    let status = if missing.is_empty() {
        Status::Ok
    } else {
        Status::Io
    };
    Ok((found, status))
}

/// Makes the folder a file goes into.
pub fn create_parent(path: &Path) -> Result<(), RunError> {
    match path.parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(dir) => create_dir(dir),
        None => Ok(()),
    }
}

/// Makes an output folder.
pub fn create_dir(dir: &Path) -> Result<(), RunError> {
    std::fs::create_dir_all(dir).map_err(|source| RunError::OutputDir {
        path: dir.to_path_buf(),
        source,
    })
}

/// A journal read and checked on `peildatum`, with the retention rule of its
/// bureau (`check`, `overzicht`, the werkplek). Also returns that bureau's
/// term in years: from its bureau.yaml, or the default when it has none (a
/// broken one is reported on its own).
pub fn load_with_retention(
    path: &Path,
    peildatum: NaiveDate,
    styles: &crate::house_style::Resolver,
) -> Result<(Loaded, u32), ReadError> {
    let mut loaded = load_checked(path, peildatum)?;
    let years = styles
        .for_journal(path)
        .map(|s| s.bewaartermijn_jaren)
        .unwrap_or(crate::house_style::DEFAULT_RETENTION_YEARS);
    validate::retention::apply(&mut loaded, peildatum, years);
    Ok((loaded, years))
}

/// Makes one document and prints its path, then the size warning if any:
/// what `dossier`, `overzicht` and `jaarcijfers` do with their PDF.
pub fn make_one<V: serde::Serialize>(
    kit: &crate::document::Kit,
    template: &str,
    view: &V,
    style: &crate::house_style::HouseStyle,
    target: &crate::document::Target,
) -> Result<(), RunError> {
    let written = kit.make(template, view, style, target, None)?;
    println!("{}", written.path.display());
    if let Some(warning) = written.warning_text() {
        eprintln!("{warning}");
    }
    Ok(())
}
