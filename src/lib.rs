//! spoor2 turns YAML case journals of spoor 2 trajectories into the PDF
//! reports an employer attaches to the re-integratieverslag.
//!
//! The pipeline, one module per stage:
//!
//! 1. [`journal`]: read a journal file into a marked YAML tree, check its
//!    structure against the schema, deserialize it;
//! 2. [`validate`]: check what the dates and entries mean;
//! 3. [`render`]: shape the journal for a document and fill a Tera template,
//!    producing Typst source with all journal text escaped;
//! 4. [`typeset`]: compile the Typst source to PDF/A in-process;
//! 5. [`output`]: write the PDF atomically.
//!
//! [`house_style`] reads the bureau's `bureau.yaml` (name, logo, colour) that
//! stages 3 and 4 apply. [`cmd`] holds one module per subcommand; [`diag`]
//! the findings and their printing.

pub mod batch;
pub mod cli;
pub mod cmd;
pub mod dates;
pub mod diag;
pub mod discover;
pub mod house_style;
pub mod journal;
pub mod norms;
pub mod output;
pub mod overview;
pub mod render;
pub mod synthetic;
pub mod timeline;
pub mod typeset;
pub mod validate;

/// Exit statuses, as documented in the README.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum Status {
    #[default]
    Ok = 0,
    /// A journal has errors, or a document could not be made.
    Findings = 1,
    /// Wrong use of the command line (clap's own status).
    Usage = 2,
    /// A file could not be read or written.
    Io = 3,
    /// A template is broken.
    Template = 4,
    /// Stopped by Ctrl-C or SIGTERM; finished documents are kept.
    Interrupted = 130,
}
