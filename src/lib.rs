//! spoor2 turns YAML case journals of spoor 2 trajectories into the PDF
//! reports an employer attaches to the re-integratieverslag.
//!
//! The pipeline, one module per stage:
//!
//! 1. [`journal`]: read a journal file ([`journal::file`], the one YAML front
//!    end, also for bureau.yaml) into a marked YAML tree
//!    ([`journal::yaml`]), check its structure against the schema generated
//!    from the types ([`journal::structure`], [`journal::model`], with the
//!    format version 2 sections in [`journal::evidence`]), deserialize it;
//! 2. [`validate`]: check what the dates and entries mean, the compliance
//!    rules ([`validate::compliance`]) against the Poortwachter timeline
//!    ([`timeline`]) and the norms ([`norms`]), the evidence UWV judges
//!    spoor 2 on ([`validate::evidence`]), the privacy word list
//!    ([`validate::privacy`]), and the rules over a whole caseload
//!    ([`validate::caseload`]);
//! 3. [`render`]: which documents a journal yields ([`render::plan`](mod@render::plan)), the
//!    journal shaped for each ([`render::view`], [`render::evidence`],
//!    [`render::dossier`], [`overview`]), filled into Tera templates with all journal text
//!    escaped for Typst ([`render::escape`], [`render::text`]);
//! 4. [`typeset`]: compile the Typst source to PDF/A-2a and PDF/UA-1
//!    in-process, with the embedded fonts;
//! 5. [`output`]: write the PDF atomically.
//!
//! The orchestration: [`document`] is the one path every PDF takes
//! (template, typesetting with the house style, tracing a Typst error back to
//! its template line, atomic write), with a typed error. [`batch`] runs it
//! over a caseload (plan, manifest of what is up to date, worker threads,
//! the summary as values). [`cmd`] holds one module per subcommand, each
//! returning its status or a [`cmd::RunError`] printed in one place;
//! [`cli`] the arguments. [`house_style`] reads the bureau's `bureau.yaml`
//! (name, logo, colour) that stages 3 and 4 apply; [`diag`] the findings,
//! their positions and the verdict rule; [`edit`] writes new entries into a
//! journal's text, keeping the coach's comments and layout, and [`store`]
//! is the one way a journal is written (locked, checked, atomic, kept in
//! its history); [`import`] reads
//! applications and activities from spreadsheets; [`anonymise`] turns an
//! ended journal into one without personal data and [`figures`] counts a
//! bureau's yearly figures; [`discover`] finds
//! journals in folders; [`dates`] formats Dutch dates and hours and reads
//! dates as coaches type them; [`synthetic`] makes caseloads for the
//! benchmark.

pub mod agenda;
pub mod anonymise;
pub mod batch;
pub mod cli;
pub mod cmd;
pub mod dates;
pub mod diag;
pub mod discover;
pub mod document;
pub mod edit;
pub mod figures;
pub mod house_style;
pub mod import;
pub mod journal;
pub mod norms;
pub mod output;
pub mod overview;
pub mod periods;
pub mod render;
pub mod snapshot;
pub mod store;
pub mod synthetic;
pub mod timeline;
pub mod typeset;
pub mod validate;
pub mod werkplek;

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
