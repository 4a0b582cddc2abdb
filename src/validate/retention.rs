//! Retention (AVG): a re-integration file is kept no longer than needed.
//! The bureau's term (`bewaartermijn_jaren` in bureau.yaml, default two
//! years after the trajectory's einddatum) or the case's own
//! (`bewaartermijn.tot`, with a reason) says until when; once that date has
//! come, `check` warns and `overzicht` lists the case for removal. An
//! anonymised journal holds no personal data and has no term.

use chrono::{Months, NaiveDate};

use crate::dates::long;
use crate::diag::Finding;
use crate::journal::{Journal, Loaded};

/// Until when a journal may be kept, and on what grounds.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    /// The first day the journal should no longer be kept.
    pub until: NaiveDate,
    pub basis: Basis,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Basis {
    /// The bureau's term after the trajectory's end.
    Bureau { years: u32, einddatum: NaiveDate },
    /// The case's own term, with its reason.
    Case,
}

/// The journal's retention term: `None` while the trajectory runs (no
/// einddatum and no term of its own) and for an anonymised journal.
pub fn term(j: &Journal, years: u32) -> Option<Term> {
    if j.geanonimiseerd.is_some() {
        return None;
    }
    if let Some(own) = &j.bewaartermijn {
        return Some(Term {
            until: own.tot,
            basis: Basis::Case,
        });
    }
    let einddatum = j.traject.einddatum?;
    // 29 February plus whole years ends on 28 February.
    let until = einddatum.checked_add_months(Months::new(12 * years))?;
    Some(Term {
        until,
        basis: Basis::Bureau { years, einddatum },
    })
}

/// The warning once the term has passed on `peildatum`.
pub fn check(j: &Journal, peildatum: NaiveDate, years: u32) -> Option<Finding> {
    let term = term(j, years)?;
    if peildatum < term.until {
        return None;
    }
    let until = long(term.until);
    let finding = match term.basis {
        Basis::Bureau { years, einddatum } => Finding::warning(
            "traject.einddatum",
            format!(
                "de bewaartermijn is verstreken op {until}: {years} jaar na de einddatum van het traject ({})",
                long(einddatum)
            ),
        )
        .hint("verwijder het dossier met zijn rapportages, of maak het anoniem met spoor2 anonimiseer (AVG: niet langer bewaren dan nodig); moet het langer bewaard blijven, leg dan onder bewaartermijn vast tot wanneer en waarom"),
        Basis::Case => Finding::warning(
            "bewaartermijn.tot",
            format!("de bewaartermijn van dit dossier is verstreken op {until}"),
        )
        .hint("verwijder het dossier met zijn rapportages, of maak het anoniem met spoor2 anonimiseer (AVG: niet langer bewaren dan nodig); moet het nog langer bewaard blijven, pas dan bewaartermijn aan met de reden"),
    };
    Some(finding.rule("bewaartermijn"))
}

/// Adds the retention warning to a loaded journal's findings, located.
pub fn apply(loaded: &mut Loaded, peildatum: NaiveDate, years: u32) {
    let Some(journal) = &loaded.journal else {
        return;
    };
    if let Some(mut finding) = check(journal, peildatum, years) {
        finding.mark = loaded.locate(&finding.path);
        loaded.findings.push(finding);
        crate::diag::sort(&mut loaded.findings);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::Bewaartermijn;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn ended(einddatum: &str) -> Journal {
        let mut j = crate::synthetic::journal(1, 0, 1);
        j.traject.einddatum = Some(date(einddatum));
        j
    }

    #[test]
    fn the_bureau_term_runs_from_the_einddatum() {
        let j = ended("2024-02-29");
        let t = term(&j, 2).unwrap();
        assert_eq!(t.until, date("2026-02-28"));
        assert!(check(&j, date("2026-02-27"), 2).is_none());
        let f = check(&j, date("2026-02-28"), 2).unwrap();
        assert_eq!(
            f.message,
            "de bewaartermijn is verstreken op 28 februari 2026: 2 jaar na de einddatum van het traject (29 februari 2024)"
        );
        assert_eq!(f.path, "traject.einddatum");
        assert_eq!(term(&j, 5).unwrap().until, date("2029-02-28"));
    }

    #[test]
    fn a_running_trajectory_and_an_anonymised_journal_have_no_term() {
        let mut j = ended("2024-01-10");
        j.traject.einddatum = None;
        assert_eq!(term(&j, 2), None);
        let mut j = ended("2024-01-10");
        j.geanonimiseerd = Some(date("2026-03-01"));
        assert!(check(&j, date("2030-01-01"), 2).is_none());
    }

    #[test]
    fn a_case_term_overrides_the_bureau() {
        let mut j = ended("2024-01-10");
        j.bewaartermijn = Some(Bewaartermijn {
            tot: date("2028-07-01"),
            reden: "Procedure bij de rechter loopt".into(),
        });
        assert!(check(&j, date("2026-06-01"), 2).is_none());
        let f = check(&j, date("2028-07-01"), 2).unwrap();
        assert_eq!(
            f.message,
            "de bewaartermijn van dit dossier is verstreken op 1 juli 2028"
        );
        assert_eq!(f.path, "bewaartermijn.tot");
    }
}
