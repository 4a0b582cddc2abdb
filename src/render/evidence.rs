//! What the templates see of the version 2 evidence, for one document: the
//! persoonsprofiel, the trajectplan and its bijstellingen, the zoekprofiel
//! in force with its changes (or, for the whole trajectory, its history),
//! how many applications fall inside the profile, the contacts with the
//! employer, the measures taken and the deskundigenoordeel. A report shows
//! what falls in its period; the eindrapportage and the WIA dossier show
//! everything. Sections a journal does not have are absent, so a version 1
//! journal's reports read as before.

use chrono::NaiveDate;
use serde::Serialize;

use crate::dates::{hours, hours_of_minutes, long, short};
use crate::journal::{Journal, Zoekprofiel};
use crate::render::text::{Block, blocks};
use crate::validate::evidence::{misfits, profile_in_force, profile_start};

#[derive(Serialize)]
pub struct EvidenceView {
    /// Format version 2: its sections are expected, so an empty one is
    /// said to be empty.
    versie2: bool,
    persoonsprofiel: Option<PersoonsprofielView>,
    trajectplan: Option<PlanView>,
    /// The versions that took effect in the period (reports), or every
    /// version after the first (eindrapportage, dossier).
    zoekprofielwijzigingen: Vec<ProfielView>,
    /// Every version, oldest first, when there is more than one.
    zoekprofielhistorie: Vec<ProfielView>,
    passend: Option<PassendView>,
    werkgevercontacten: Vec<ContactView>,
    maatregelen: Vec<MaatregelView>,
    deskundigenoordeel: Option<OordeelView>,
    /// The coach's hours (activities with a duration).
    uren: UrenView,
}

impl EvidenceView {
    /// The trajectplan as this document shows it, for comparing documents.
    pub fn plan_value(&self) -> serde_json::Value {
        serde_json::to_value(&self.trajectplan).unwrap_or_default()
    }
}

#[derive(Serialize)]
struct UrenView {
    /// In the report's period; `None` for the whole trajectory.
    periode: Option<String>,
    /// From the start of spoor 2 to the end of the period (or the date).
    totaal: String,
    /// The agreed budget, and the share of it used.
    budget: Option<String>,
    procent: Option<u64>,
    /// Activities without a recorded duration, which are not counted.
    zonder_duur: usize,
}

#[derive(Serialize)]
struct PersoonsprofielView {
    werkervaring: Vec<String>,
    opleiding: Vec<String>,
    vaardigheden: Vec<String>,
    wensen: Vec<Block>,
    rijbewijs: Option<String>,
    vervoer: Option<String>,
}

#[derive(Serialize)]
struct PlanView {
    doel: Vec<Block>,
    fasen: Vec<FaseView>,
    rapportage_en_evaluatie: Vec<Block>,
    verwachte_duur: String,
    akkoord_werknemer: Option<String>,
    akkoord_werkgever: Option<String>,
    /// The bijstellingen in the document's range.
    bijstellingen: Vec<BijstellingView>,
    /// The employee's signature under the plan (SVG), once they agreed by
    /// the document's date, and whose it is.
    handtekening_werknemer: Option<String>,
    werknemer: String,
}

#[derive(Serialize)]
struct FaseView {
    naam: String,
    wanneer: Option<String>,
    inhoud: String,
}

#[derive(Serialize)]
struct BijstellingView {
    datum: String,
    reden: String,
    wijziging: String,
}

#[derive(Serialize)]
pub struct ProfielView {
    /// 1 for the first profile.
    versie: usize,
    sinds: String,
    functies: String,
    sectoren: String,
    regio: String,
    reisafstand: Option<String>,
    uren: String,
    niveau: String,
    onderbouwing: Vec<Block>,
    reden: Option<String>,
}

#[derive(Serialize)]
struct PassendView {
    binnen: usize,
    totaal: usize,
    /// Outside the profile, with the reason it is passend all the same.
    toegelicht: usize,
    procent: usize,
    /// Each application outside the profile in force on its date: why it
    /// falls outside, and the coach's reason it is passend all the same.
    buiten: Vec<BuitenView>,
}

#[derive(Serialize)]
struct BuitenView {
    datum: String,
    werkgever: String,
    functie: String,
    /// The profile version in force (1 for the first).
    versie: usize,
    waarom: String,
    passend_omdat: Option<String>,
}

#[derive(Serialize)]
struct ContactView {
    datum: String,
    vorm: &'static str,
    met: String,
    onderwerp: String,
    uitkomst: Option<String>,
}

#[derive(Serialize)]
struct MaatregelView {
    datum: String,
    soort: &'static str,
    omschrijving: String,
}

#[derive(Serialize)]
struct OordeelView {
    aanvraagdatum: String,
    aangevraagd_door: String,
    vraag: Vec<Block>,
    uitkomst: Option<&'static str>,
    datum: Option<String>,
    opvolging: Vec<Block>,
}

/// The reisafstand of a profile in words.
fn reach(z: &Zoekprofiel) -> Option<String> {
    match (z.reisafstand_km, z.reistijd_minuten) {
        (Some(km), Some(min)) => Some(format!("tot {km} km of {min} minuten enkele reis")),
        (Some(km), None) => Some(format!("tot {km} km enkele reis")),
        (None, Some(min)) => Some(format!("tot {min} minuten enkele reis")),
        (None, None) => None,
    }
}

pub fn profile(j: &Journal, version: usize, z: &Zoekprofiel) -> ProfielView {
    let uren = if z.uren_per_week.min == z.uren_per_week.max {
        format!("{} uur per week", hours(z.uren_per_week.min))
    } else {
        format!(
            "{} tot {} uur per week",
            hours(z.uren_per_week.min),
            hours(z.uren_per_week.max)
        )
    };
    ProfielView {
        versie: version + 1,
        sinds: long(profile_start(j, version)),
        functies: z.functies.join(", "),
        sectoren: z.sectoren.join(", "),
        regio: z.regio.clone(),
        reisafstand: reach(z),
        uren,
        niveau: z.niveau.clone(),
        onderbouwing: z.onderbouwing.as_deref().map(blocks).unwrap_or_default(),
        reden: z.reden.clone(),
    }
}

/// The zoekprofiel in force at the end of a document's period (or on its
/// date).
pub fn profile_at(j: &Journal, until: NaiveDate) -> ProfielView {
    let (version, z) = profile_in_force(j, until);
    profile(j, version, z)
}

/// The evidence for a document covering `range` (a report's period), or the
/// whole trajectory up to `date` (`range` is `None`).
pub fn build(j: &Journal, range: Option<(NaiveDate, NaiveDate)>, date: NaiveDate) -> EvidenceView {
    let in_range = |d: NaiveDate| range.is_none_or(|(van, tot)| van <= d && d <= tot);
    let until = range.map_or(date, |(_, tot)| tot);
    let versions: Vec<(usize, &Zoekprofiel)> = std::iter::once(&j.grondslag.zoekprofiel)
        .chain(&j.grondslag.zoekprofielwijzigingen)
        .enumerate()
        .collect();
    let wijzigingen = versions
        .iter()
        .skip(1)
        .filter(|(v, _)| range.is_none() || in_range(profile_start(j, *v)))
        .map(|(v, z)| profile(j, *v, z))
        .collect();
    let historie = if versions.len() > 1 {
        versions.iter().map(|(v, z)| profile(j, *v, z)).collect()
    } else {
        Vec::new()
    };

    // The applications the figures count: in the period, or from the start
    // of spoor 2 to its end (an application before the start is not part
    // of it).
    let end = j.traject.einddatum.map_or(date, |e| e.min(date));
    let applications: Vec<_> = j
        .sollicitaties
        .iter()
        .filter(|s| match range {
            Some(_) => in_range(s.datum),
            None => s.datum >= j.traject.startdatum && s.datum <= end,
        })
        .collect();
    let passend = (j.versie >= 2 && !applications.is_empty()).then(|| {
        let outside: Vec<_> = applications
            .iter()
            .filter(|s| !misfits(s, profile_in_force(j, s.datum).1).is_empty())
            .collect();
        let binnen = applications.len() - outside.len();
        PassendView {
            binnen,
            totaal: applications.len(),
            toegelicht: outside
                .iter()
                .filter(|s| {
                    s.passend_omdat
                        .as_deref()
                        .is_some_and(|t| !t.trim().is_empty())
                })
                .count(),
            procent: (binnen * 100 + applications.len() / 2) / applications.len(),
            buiten: outside
                .iter()
                .map(|s| {
                    let (version, z) = profile_in_force(j, s.datum);
                    BuitenView {
                        datum: short(s.datum),
                        werkgever: s.werkgever.clone(),
                        functie: s.functie.clone(),
                        versie: version + 1,
                        waarom: misfits(s, z).join("; "),
                        passend_omdat: s
                            .passend_omdat
                            .as_deref()
                            .map(str::trim)
                            .filter(|t| !t.is_empty())
                            .map(str::to_string),
                    }
                })
                .collect(),
        }
    });

    let mut contacts: Vec<_> = j
        .werkgevercontacten
        .iter()
        .filter(|c| in_range(c.datum) && c.datum <= date)
        .collect();
    contacts.sort_by_key(|c| c.datum);
    let mut measures: Vec<_> = j
        .maatregelen
        .iter()
        .filter(|m| in_range(m.datum) && m.datum <= date)
        .collect();
    measures.sort_by_key(|m| m.datum);

    // The hours by the one set of figures: from the start of spoor 2.
    let total = crate::snapshot::counts(j, j.traject.startdatum, until);
    let period = range.map(|(van, tot)| crate::snapshot::counts(j, van, tot));
    let uren = UrenView {
        periode: period.as_ref().map(|p| hours_of_minutes(p.minutes)),
        totaal: hours_of_minutes(total.minutes),
        budget: j.traject.urenbudget.map(hours),
        procent: j
            .traject
            .urenbudget
            .filter(|b| *b > 0.0)
            .map(|b| (total.hours() / b * 100.0).round() as u64),
        zonder_duur: period.as_ref().unwrap_or(&total).without_duration,
    };

    EvidenceView {
        uren,
        versie2: j.versie >= 2,
        persoonsprofiel: j.persoonsprofiel.as_ref().map(|p| PersoonsprofielView {
            werkervaring: p.werkervaring.clone(),
            opleiding: p.opleiding.clone(),
            vaardigheden: p.vaardigheden.clone(),
            wensen: p.wensen.as_deref().map(blocks).unwrap_or_default(),
            rijbewijs: p.mobiliteit.as_ref().and_then(|m| m.rijbewijs.clone()),
            vervoer: p.mobiliteit.as_ref().and_then(|m| m.vervoer.clone()),
        }),
        trajectplan: j.trajectplan.as_ref().map(|p| PlanView {
            doel: blocks(&p.doel),
            fasen: p
                .fasen
                .iter()
                .map(|f| FaseView {
                    naam: f.naam.clone(),
                    wanneer: f.wanneer.clone(),
                    inhoud: f.inhoud.clone(),
                })
                .collect(),
            rapportage_en_evaluatie: blocks(&p.rapportage_en_evaluatie),
            verwachte_duur: p.verwachte_duur.clone(),
            akkoord_werknemer: p.akkoord_werknemer.filter(|d| *d <= date).map(long),
            handtekening_werknemer: p
                .handtekening_werknemer
                .as_deref()
                .filter(|_| p.akkoord_werknemer.is_some_and(|d| d <= date))
                .and_then(crate::render::view::signature_svg),
            werknemer: j.werknemer.naam.clone(),
            akkoord_werkgever: p.akkoord_werkgever.filter(|d| *d <= date).map(long),
            bijstellingen: p
                .bijstellingen
                .iter()
                .filter(|b| in_range(b.datum) && b.datum <= date)
                .map(|b| BijstellingView {
                    datum: short(b.datum),
                    reden: b.reden.clone(),
                    wijziging: b.wijziging.clone(),
                })
                .collect(),
        }),
        zoekprofielwijzigingen: wijzigingen,
        zoekprofielhistorie: historie,
        passend,
        werkgevercontacten: contacts
            .into_iter()
            .map(|c| ContactView {
                datum: short(c.datum),
                vorm: c.vorm.label(),
                met: c.met.clone(),
                onderwerp: c.onderwerp.clone(),
                uitkomst: c.uitkomst.clone(),
            })
            .collect(),
        maatregelen: measures
            .into_iter()
            .map(|m| MaatregelView {
                datum: short(m.datum),
                soort: m.soort.label(),
                omschrijving: m.omschrijving.clone(),
            })
            .collect(),
        deskundigenoordeel: j
            .deskundigenoordeel
            .as_ref()
            .filter(|d| d.aanvraagdatum <= until)
            .map(|d| OordeelView {
                aanvraagdatum: long(d.aanvraagdatum),
                aangevraagd_door: d.aangevraagd_door.clone(),
                vraag: blocks(&d.vraag),
                uitkomst: d
                    .uitkomst
                    .filter(|_| d.datum.is_none_or(|x| x <= until))
                    .map(|u| u.label()),
                datum: d.datum.filter(|x| *x <= until).map(long),
                opvolging: d
                    .opvolging
                    .as_deref()
                    .filter(|_| d.datum.is_none_or(|x| x <= until))
                    .map(blocks)
                    .unwrap_or_default(),
            }),
    }
}
