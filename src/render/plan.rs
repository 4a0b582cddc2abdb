//! Which documents a journal yields: each voortgangsrapportage in period
//! order, then the eindrapportage; and `render --alleen`, which picks one.

use chrono::NaiveDate;

use crate::dates::long;
use crate::journal::{Journal, Voortgangsrapportage};

/// One PDF to make from a journal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocumentKind {
    /// The n-th voortgangsrapportage (1-based, in period order).
    Voortgang {
        number: usize,
    },
    Eind,
    /// The WIA dossier: everything about spoor 2 in one document.
    Dossier,
}

#[derive(Debug, Clone)]
pub struct DocumentSpec {
    pub kind: DocumentKind,
    /// File name of the PDF, predictable from the journal.
    pub file_name: String,
    /// The date the document carries; also its PDF timestamp.
    pub date: NaiveDate,
    pub title: String,
    /// Last day of a voortgangsrapportage's period.
    pub period_end: Option<NaiveDate>,
}

impl DocumentSpec {
    pub fn template(&self) -> &'static str {
        match self.kind {
            DocumentKind::Voortgang { .. } => "voortgangsrapportage.typ.tera",
            DocumentKind::Eind => "eindrapportage.typ.tera",
            DocumentKind::Dossier => "dossier.typ.tera",
        }
    }

    /// The template with a report's content only (title block to
    /// signatures), without the page frame: for the WIA dossier.
    pub fn content_template(&self) -> &'static str {
        match self.kind {
            DocumentKind::Voortgang { .. } => "voortgangsrapportage-inhoud.typ.tera",
            DocumentKind::Eind => "eindrapportage-inhoud.typ.tera",
            DocumentKind::Dossier => "dossier.typ.tera",
        }
    }
}

/// The voortgangsrapportages in period order, with their 1-based numbers.
pub fn reports_in_order(j: &Journal) -> Vec<(usize, &Voortgangsrapportage)> {
    let mut reports: Vec<&Voortgangsrapportage> = j.voortgangsrapportages.iter().collect();
    reports.sort_by_key(|r| (r.periode.van, r.periode.tot));
    reports
        .into_iter()
        .enumerate()
        .map(|(i, r)| (i + 1, r))
        .collect()
}

/// Every document a journal yields: each voortgangsrapportage, then the
/// eindrapportage if there is one.
pub fn plan(j: &Journal) -> Vec<DocumentSpec> {
    let mut docs: Vec<DocumentSpec> = reports_in_order(j)
        .into_iter()
        .map(|(number, r)| DocumentSpec {
            kind: DocumentKind::Voortgang { number },
            file_name: format!("{}-voortgangsrapportage-{number:02}.pdf", j.dossier),
            date: r.datum,
            period_end: Some(r.periode.tot),
            title: format!(
                "Voortgangsrapportage spoor 2 nr. {number}, {} – {}",
                long(r.periode.van),
                long(r.periode.tot)
            ),
        })
        .collect();
    if let Some(e) = &j.eindrapportage {
        docs.push(DocumentSpec {
            kind: DocumentKind::Eind,
            file_name: format!("{}-eindrapportage.pdf", j.dossier),
            date: e.datum,
            period_end: None,
            title: "Eindrapportage spoor 2".to_string(),
        });
    }
    docs
}

/// Which single report `render --alleen` asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Only {
    /// The voortgangsrapportage whose period ends in this year and month.
    Month(i32, u32),
    Eind,
}

impl Only {
    /// "2026-10" or "eind".
    pub fn parse(s: &str) -> Result<Only, String> {
        if s == "eind" || s == "eindrapportage" {
            return Ok(Only::Eind);
        }
        let parsed = s.split_once('-').and_then(|(y, m)| {
            let year = y.parse::<i32>().ok().filter(|_| y.len() == 4)?;
            let month = m.parse::<u32>().ok().filter(|m| (1..=12).contains(m))?;
            Some(Only::Month(year, month))
        });
        parsed.ok_or_else(|| {
            format!("'{s}' is geen maand of 'eind'; schrijf bijvoorbeeld 2026-10 of eind")
        })
    }

    pub fn selects(self, spec: &DocumentSpec) -> bool {
        use chrono::Datelike;
        match (self, &spec.kind, spec.period_end) {
            (Only::Eind, DocumentKind::Eind, _) => true,
            (Only::Month(y, m), DocumentKind::Voortgang { .. }, Some(end)) => {
                end.year() == y && end.month() == m
            }
            _ => false,
        }
    }

    pub fn describe(self) -> String {
        match self {
            Only::Eind => "eindrapportage".into(),
            Only::Month(y, m) => format!(
                "voortgangsrapportage over een periode die eindigt in {} {y}",
                crate::dates::month_name(m)
            ),
        }
    }
}
