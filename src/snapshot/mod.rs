//! The case as it stood on a date, and every figure about it: the one home
//! of "as of" that `check`, every document and the werkplek read.
//!
//! A document shows the case as it stood on its date. [`as_of`] cuts the
//! journal there: entries dated later are left out, a decision taken later
//! is not yet known (a deskundigenoordeel still awaited, a trajectplan not
//! yet agreed, a case not yet ended), and what was sent to the employer is
//! not part of any document (the WIA dossier gives that account itself).
//! A fact the journal holds without a date of its own (a deskundigenoordeel's
//! opvolging written before `opvolging_datum` existed) is shown only in a
//! document about the whole trajectory, never in a report of a period.
//!
//! [`counts`] computes the figures (weeks, activities, applications,
//! application activities, employer contacts, hours, the longest stretches
//! without an application or any activity) once, over one span defined in
//! [`Counts`]; views format them and never count for themselves.

pub mod counts;
pub mod record;

use chrono::NaiveDate;

use crate::journal::Journal;

pub use counts::{Counts, Gap, counts};

/// What kind of document a cut is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// A voortgangsrapportage: only facts dated on or before its date.
    Report,
    /// A document about the whole trajectory (eindrapportage, WIA dossier,
    /// overview): undated facts are shown too.
    Whole,
}

/// The journal as it stood on `on`: everything dated later removed.
pub fn as_of(j: &Journal, on: NaiveDate, scope: Scope) -> Journal {
    let mut j = j.clone();
    let known = |d: NaiveDate| d <= on;

    j.activiteiten.retain(|a| known(a.datum));
    j.sollicitaties.retain(|s| known(s.datum));
    // An outcome that came later was not known: the application was sent.
    for s in &mut j.sollicitaties {
        if s.status_datum.is_some_and(|d| !known(d)) {
            s.status = crate::journal::SollicitatieStatus::Verstuurd;
            s.resultaat = None;
            s.status_datum = None;
        }
    }
    j.werkgevercontacten.retain(|c| known(c.datum));
    j.maatregelen.retain(|m| known(m.datum));
    // A later version of the zoekprofiel is not yet in force; one without
    // an ingangsdatum is an error `check` reports, and stays.
    j.grondslag
        .zoekprofielwijzigingen
        .retain(|z| z.ingangsdatum.is_none_or(known));
    j.grondslag.actueel_oordeel = j
        .grondslag
        .actueel_oordeel
        .take()
        .filter(|a| known(a.datum));
    j.spoor1 = j.spoor1.take().filter(|s| known(s.datum));
    if let Some(p) = &mut j.poortwachter {
        for step in [
            &mut p.probleemanalyse,
            &mut p.plan_van_aanpak,
            &mut p.ziekmelding_uwv,
            &mut p.eerstejaarsevaluatie,
        ] {
            *step = step.filter(|d| known(*d));
        }
    }
    j.ziekteperiodes.retain(|p| known(p.van));
    for p in &mut j.ziekteperiodes {
        if p.tot.is_some_and(|t| !known(t)) {
            p.tot = None;
        }
    }
    if let Some(plan) = &mut j.trajectplan {
        plan.akkoord_werknemer = plan.akkoord_werknemer.filter(|d| known(*d));
        plan.akkoord_werkgever = plan.akkoord_werkgever.filter(|d| known(*d));
        plan.bijstellingen.retain(|b| known(b.datum));
    }
    j.deskundigenoordeel = j.deskundigenoordeel.take().and_then(|mut d| {
        if !known(d.aanvraagdatum) {
            return None;
        }
        if d.datum.is_some_and(|x| !known(x)) {
            d.datum = None;
            d.uitkomst = None;
        }
        let opvolging_known = match (d.opvolging_datum, scope) {
            (Some(x), _) => known(x) && d.datum.is_some(),
            (None, Scope::Report) => false,
            (None, Scope::Whole) => d.datum.is_some() || d.uitkomst.is_none(),
        };
        if !opvolging_known {
            d.opvolging = None;
            d.opvolging_datum = None;
        }
        Some(d)
    });
    j.voortgangsrapportages.retain(|r| known(r.datum));
    j.eindrapportage = j.eindrapportage.take().filter(|e| known(e.datum));
    if j.traject.einddatum.is_some_and(|e| !known(e)) {
        j.traject.einddatum = None;
    }
    if j.verlenging
        .as_ref()
        .is_some_and(|v| v.besluit.is_some_and(|b| !known(b)))
    {
        j.verlenging = None;
    }
    j
}
