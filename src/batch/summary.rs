//! What a batch reports: per journal its findings and notes, per document
//! whether it was made, already up to date, or failed and why. Everything
//! stays a value until `render` prints it or writes it as JSON.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Serialize;
use serde::ser::SerializeStruct;

use crate::Status;
use crate::diag::Finding;
use crate::document::DocumentError;
use crate::house_style::StyleError;
use crate::journal::ReadError;
use crate::render::Only;

/// The fate of one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DocStatus {
    Gemaakt,
    Actueel,
    Mislukt,
}

/// Why a document was not made.
#[derive(Debug)]
pub enum DocFailure {
    Document(DocumentError),
    /// Ctrl-C came before this document started.
    Interrupted,
    /// The journal no longer checks, or no longer has this document.
    Changed,
    /// The journal could no longer be read.
    Unreadable(Arc<ReadError>),
}

impl DocFailure {
    pub fn status(&self) -> Status {
        match self {
            DocFailure::Document(e) => e.status(),
            DocFailure::Interrupted => Status::Interrupted,
            DocFailure::Changed => Status::Findings,
            DocFailure::Unreadable(_) => Status::Io,
        }
    }
}

impl fmt::Display for DocFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocFailure::Document(e) => write!(f, "{e}"),
            DocFailure::Interrupted => f.write_str("afgebroken voordat deze rapportage begon"),
            DocFailure::Changed => {
                f.write_str("het dossier veranderde tijdens het maken van de rapportages")
            }
            DocFailure::Unreadable(e) => write!(f, "{e}"),
        }
    }
}

#[derive(Debug)]
pub struct DocResult {
    pub bestand: String,
    pub status: DocStatus,
    pub fout: Option<DocFailure>,
    /// Made, but too large for UWV's upload.
    pub waarschuwing: Option<String>,
}

impl DocResult {
    pub fn made(bestand: &str) -> Self {
        DocResult {
            bestand: bestand.to_string(),
            status: DocStatus::Gemaakt,
            fout: None,
            waarschuwing: None,
        }
    }

    pub fn fresh(bestand: &str) -> Self {
        DocResult {
            status: DocStatus::Actueel,
            ..DocResult::made(bestand)
        }
    }

    pub fn failed(bestand: &str, why: DocFailure) -> Self {
        DocResult {
            bestand: bestand.to_string(),
            status: DocStatus::Mislukt,
            fout: Some(why),
            waarschuwing: None,
        }
    }

    pub fn exit(&self) -> Status {
        self.fout.as_ref().map_or(Status::Ok, DocFailure::status)
    }
}

impl Serialize for DocResult {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut out = s.serialize_struct("DocResult", 4)?;
        out.serialize_field("bestand", &self.bestand)?;
        out.serialize_field("status", &self.status)?;
        match &self.fout {
            Some(fout) => out.serialize_field("fout", &fout.to_string())?,
            None => out.skip_field("fout")?,
        }
        match &self.waarschuwing {
            Some(w) => out.serialize_field("waarschuwing", w)?,
            None => out.skip_field("waarschuwing")?,
        }
        out.end()
    }
}

/// Something said about a journal in a batch, besides its documents.
#[derive(Debug)]
pub enum Note {
    Finding(Finding),
    Unreadable(ReadError),
    HouseStyle(StyleError),
    /// No documents were made, and why.
    NotMade(Skipped),
    /// `--alleen` selected nothing in this journal.
    NoneSelected(Only),
    /// The journal has no reports yet.
    NoReports,
}

/// Why no documents of a journal were made; the text is the JSON
/// summary's `overgeslagen`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skipped {
    Unreadable,
    Errors { strict: bool },
    DuplicateDossier,
    HouseStyle,
}

impl Skipped {
    pub fn label(self) -> &'static str {
        match self {
            Skipped::Unreadable => "onleesbaar",
            Skipped::Errors { .. } => "fouten in het dossier",
            Skipped::DuplicateDossier => "dossiernummer dubbel",
            Skipped::HouseStyle => "huisstijl niet bruikbaar",
        }
    }
}

impl Note {
    /// The note as printed for the journal at `path`.
    pub fn display<'a>(&'a self, path: &'a Path) -> impl fmt::Display + 'a {
        NoteDisplay { note: self, path }
    }
}

struct NoteDisplay<'a> {
    note: &'a Note,
    path: &'a Path,
}

impl fmt::Display for NoteDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path.display();
        match self.note {
            Note::Finding(finding) => write!(f, "{}", finding.display(self.path)),
            Note::Unreadable(e) => write!(f, "{e}"),
            Note::HouseStyle(e) => write!(f, "{e}"),
            Note::NotMade(Skipped::Errors { strict }) => write!(
                f,
                "{path}: geen rapportages gemaakt: los eerst de fouten op{}",
                if *strict {
                    " (--strict: waarschuwingen tellen als fouten)"
                } else {
                    ""
                }
            ),
            Note::NotMade(Skipped::HouseStyle) => write!(
                f,
                "{path}: geen rapportages gemaakt: de huisstijl (bureau.yaml) is niet bruikbaar"
            ),
            // The finding or read error before it says it all.
            Note::NotMade(_) => Ok(()),
            Note::NoneSelected(only) => {
                write!(f, "{path}: geen {} in dit dossier", only.describe())
            }
            Note::NoReports => write!(
                f,
                "{path}: nog geen rapportages in dit dossier (voortgangsrapportages of eindrapportage)"
            ),
        }
    }
}

/// The fate of one journal and its documents.
#[derive(Debug)]
pub struct JournalResult {
    pub dossierbestand: PathBuf,
    pub dossier: Option<String>,
    pub meldingen: Vec<Note>,
    /// Why no documents were made, if none were.
    pub overgeslagen: Option<Skipped>,
    pub rapportages: Vec<DocResult>,
    pub exit: Status,
}

impl JournalResult {
    pub fn new(path: &Path) -> Self {
        JournalResult {
            dossierbestand: path.to_path_buf(),
            dossier: None,
            meldingen: Vec::new(),
            overgeslagen: None,
            rapportages: Vec::new(),
            exit: Status::Ok,
        }
    }

    /// No documents of this journal are made.
    pub fn skip(&mut self, why: Skipped, exit: Status) {
        self.meldingen.push(Note::NotMade(why));
        self.overgeslagen = Some(why);
        self.exit = self.exit.max(exit);
    }

    /// The notes as printed, one entry each (a finding with its hint line).
    pub fn printed(&self) -> impl Iterator<Item = String> + '_ {
        self.meldingen
            .iter()
            .map(|n| n.display(&self.dossierbestand).to_string())
            .filter(|s| !s.is_empty())
    }
}

impl Serialize for JournalResult {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut out = s.serialize_struct("JournalResult", 5)?;
        out.serialize_field("dossierbestand", &self.dossierbestand)?;
        match &self.dossier {
            Some(d) => out.serialize_field("dossier", d)?,
            None => out.skip_field("dossier")?,
        }
        out.serialize_field("meldingen", &self.printed().collect::<Vec<_>>())?;
        match self.overgeslagen {
            Some(why) => out.serialize_field("overgeslagen", why.label())?,
            None => out.skip_field("overgeslagen")?,
        }
        out.serialize_field("rapportages", &self.rapportages)?;
        out.end()
    }
}

/// Counts for the closing summary.
#[derive(Debug, Default, Clone, Copy, Serialize)]
pub struct Summary {
    pub gemaakt: usize,
    pub actueel: usize,
    pub mislukt: usize,
    pub dossiers_overgeslagen: usize,
}

pub fn summarize(results: &[JournalResult]) -> Summary {
    let mut s = Summary::default();
    for r in results {
        if r.overgeslagen.is_some() {
            s.dossiers_overgeslagen += 1;
        }
        for d in &r.rapportages {
            match d.status {
                DocStatus::Gemaakt => s.gemaakt += 1,
                DocStatus::Actueel => s.actueel += 1,
                DocStatus::Mislukt => s.mislukt += 1,
            }
        }
    }
    s
}
