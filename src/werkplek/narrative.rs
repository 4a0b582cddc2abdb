//! Writing a report's narrative in the werkplek: a new voortgangsrapportage
//! for the period the cadence gives, or the text of one already written
//! (and of the eindrapportage). Both go through the commands' editing layer
//! (`rapportage::add_report`, `rapportage::set_narrative`): checked before
//! writing, atomic, undone by `ongedaan`. A refused edit shows the form
//! again with everything the coach typed.
//!
//! The privacy check runs on each text as the page is made, and again as
//! the coach types (`/privacy`, called by the page's small script).
//!
//! The form carries the version of the journal it was made from. A written
//! text saved from a page whose journal has changed since (another tab,
//! `spoor2 toevoegen`, an editor) is not written over the newer journal:
//! the answer is 409 with the coach's text kept in the form and, beside each
//! section, what the journal holds now, to merge by hand and save again.

use std::path::Path;
use std::sync::Arc;

use axum::extract::State as Shared;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::State;
use super::pages::{
    CaseForm, Params, Regel, back, field, journal_path, not_found, page, plain_error, said,
};
use crate::cmd::rapportage::{self, Written};
use crate::dates::long;
use crate::journal::{Journal, PrivacyAkkoord};
use crate::validate::privacy;

/// Which report a page is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Welke {
    Nieuw,
    Written(Written),
}

impl Welke {
    fn parse(s: &str) -> Option<Welke> {
        match s {
            "nieuw" => Some(Welke::Nieuw),
            "eind" => Some(Welke::Written(Written::Eind)),
            n => n
                .parse::<usize>()
                .ok()
                .filter(|&n| n >= 1)
                .map(|n| Welke::Written(Written::Voortgang(n - 1))),
        }
    }

    fn sections(self) -> &'static [(&'static str, &'static str, bool)] {
        match self {
            Welke::Nieuw => Written::Voortgang(0).sections(),
            Welke::Written(w) => w.sections(),
        }
    }
}

#[derive(Deserialize)]
pub struct ReportQuery {
    bestand: String,
    welke: String,
}

#[derive(Serialize)]
struct Sectie {
    sleutel: &'static str,
    kop: &'static str,
    verplicht: bool,
    tekst: String,
    regels: usize,
    meldingen: Vec<String>,
    /// The section's text in the journal the form was made from, sent back
    /// with the form: after a conflict, what changed meanwhile is known.
    was: String,
    /// After a conflict: the section's text in the journal now, where it
    /// was changed meanwhile.
    nu: Option<String>,
}

#[derive(Serialize)]
struct ReportView {
    bestand: String,
    /// The case page.
    terug: String,
    token: String,
    dossier: String,
    werknemer: String,
    titel: String,
    welke: String,
    nieuw: bool,
    datum_iso: String,
    /// The werkplek's day: a report is not dated after it.
    vandaag_iso: String,
    periode: Option<String>,
    activiteiten: Vec<Regel>,
    sollicitaties: Vec<Regel>,
    secties: Vec<Sectie>,
    /// Who has seen the written text already, in words; then changing it
    /// asks for confirmation.
    gezien: Option<String>,
    fout: Option<String>,
    /// The version of the journal the form was made from.
    versie: String,
    /// The journal changed after the page was opened (see the module).
    conflict: bool,
}

/// The report's period and title, or why there is none.
fn about(j: &Journal, welke: Welke) -> Result<(Option<(NaiveDate, NaiveDate)>, String), String> {
    match welke {
        Welke::Nieuw => {
            let period = rapportage::next_period(j).ok_or(rapportage::NO_MORE_REPORTS)?;
            let number = j.voortgangsrapportages.len() + 1;
            Ok((
                Some(period),
                format!("Nieuwe voortgangsrapportage {number}"),
            ))
        }
        Welke::Written(Written::Voortgang(i)) => {
            let r = j
                .voortgangsrapportages
                .get(i)
                .ok_or("dit dossier heeft die voortgangsrapportage niet")?;
            Ok((
                Some((r.periode.van, r.periode.tot)),
                format!("Voortgangsrapportage {}", i + 1),
            ))
        }
        Welke::Written(Written::Eind) => {
            j.eindrapportage
                .as_ref()
                .ok_or("dit dossier heeft nog geen eindrapportage")?;
            Ok((None, "Eindrapportage".into()))
        }
    }
}

/// The journal at `path`, read but not checked: a form shows it, and the
/// check runs when it is saved.
fn journal(path: &Path) -> Option<Journal> {
    journal_and_version(path).map(|(j, _)| j)
}

/// The journal at `path` and the version of the file it was read from.
pub(super) fn journal_and_version(path: &Path) -> Option<(Journal, String)> {
    let bytes = std::fs::read(path).ok()?;
    let loaded = crate::journal::load_bytes(path, &bytes);
    Some((loaded.journal?, crate::store::version_of(&bytes)))
}

/// What a form page shows besides the texts.
struct Shown {
    /// The date field: today as dd-mm-jjjj, or what the coach typed.
    datum: String,
    fout: Option<String>,
    versie: String,
    /// The texts the form was made from (see `Sectie::was`); `None`: the
    /// journal's own.
    was: Option<Vec<(&'static str, String)>>,
    /// After a conflict: the sections changed meanwhile, with their text in
    /// the journal now.
    nu: Vec<(&'static str, String)>,
    /// The journal changed after the page was opened.
    conflict: bool,
}

/// Who has seen a written report as it stands: "door de werknemer gezien op
/// 6 november 2026 (akkoord) en op 6 november 2026 aan de werkgever
/// verzonden", or `None` when nobody has.
fn seen(j: &Journal, which: Written) -> Option<String> {
    let (gezien, akkoord, verzonden) = match which {
        Written::Voortgang(i) => {
            let r = j.voortgangsrapportages.get(i)?;
            (
                r.gezien_door_werknemer,
                r.akkoord_werknemer,
                r.verzonden_aan_werkgever,
            )
        }
        Written::Eind => {
            let r = j.eindrapportage.as_ref()?;
            (
                r.gezien_door_werknemer,
                r.akkoord_werknemer,
                r.verzonden_aan_werkgever,
            )
        }
    };
    let mut parts = Vec::new();
    if let Some(d) = gezien {
        let oordeel = akkoord
            .map(|a| format!(" ({})", a.label()))
            .unwrap_or_default();
        parts.push(format!("door de werknemer gezien op {}{oordeel}", long(d)));
    }
    if let Some(d) = verzonden {
        parts.push(format!("op {} aan de werkgever verzonden", long(d)));
    }
    (!parts.is_empty()).then(|| parts.join(" en "))
}

/// The text of a section as the journal holds it.
fn written_text(j: &Journal, which: Written, key: &str) -> String {
    let text = match which {
        Written::Voortgang(i) => j.voortgangsrapportages.get(i).and_then(|r| match key {
            "voortgang" => Some(r.voortgang.clone()),
            "belemmeringen" => r.belemmeringen.clone(),
            "inzet_werknemer" => Some(r.inzet_werknemer.clone()),
            "afspraken" => Some(r.afspraken.clone()),
            "visie_werknemer" => r.visie_werknemer.clone(),
            _ => None,
        }),
        Written::Eind => j.eindrapportage.as_ref().and_then(|r| match key {
            "samenvatting" => Some(r.samenvatting.clone()),
            "conclusie" => Some(r.conclusie.clone()),
            "advies" => Some(r.advies.clone()),
            "visie_werknemer" => r.visie_werknemer.clone(),
            _ => None,
        }),
    };
    text.unwrap_or_default().trim_end().to_string()
}

/// The form page, with `texts` (the journal's, or what the coach sent).
fn form_page(
    state: &State,
    bestand: &str,
    j: &Journal,
    (welke, welke_text): (Welke, &str),
    texts: &dyn Fn(&str) -> String,
    shown: Shown,
) -> Response {
    let Shown {
        datum,
        fout,
        versie,
        was,
        nu,
        conflict,
    } = shown;
    let (periode, titel) = match about(j, welke) {
        Ok(found) => found,
        Err(e) => return back(bestand, Err(e)),
    };
    let (activities, applications) = match periode {
        Some((van, tot)) => rapportage::in_period(j, van, tot),
        None => (Vec::new(), Vec::new()),
    };
    let activiteiten: Vec<Regel> = activities
        .into_iter()
        .map(|a| Regel {
            datum: long(a.datum),
            soort: a.soort.label().to_string(),
            tekst: a.omschrijving.trim().to_string(),
            nummer: 0,
        })
        .collect();
    let sollicitaties: Vec<Regel> = applications
        .into_iter()
        .map(|s| Regel {
            datum: long(s.datum),
            soort: s.status.label().to_string(),
            tekst: format!("{}, {}", s.functie.trim(), s.werkgever.trim()),
            nummer: 0,
        })
        .collect();
    let secties = welke
        .sections()
        .iter()
        .map(|&(sleutel, kop, optional)| {
            let tekst = texts(sleutel);
            let was = match (&was, welke) {
                (Some(was), _) => was
                    .iter()
                    .find(|(k, _)| *k == sleutel)
                    .map(|(_, t)| t.clone())
                    .unwrap_or_default(),
                (None, Welke::Written(w)) => written_text(j, w, sleutel),
                (None, Welke::Nieuw) => String::new(),
            };
            let nu = nu
                .iter()
                .find(|(k, _)| *k == sleutel)
                .map(|(_, now)| now.clone())
                .filter(|now| now.trim() != tekst.trim());
            Sectie {
                sleutel,
                kop,
                verplicht: !optional,
                regels: (tekst.lines().count() + 1).clamp(4, 16),
                meldingen: privacy::warnings(&tekst, &j.privacy_akkoord),
                tekst,
                was,
                nu,
            }
        })
        .collect();
    let view = ReportView {
        bestand: bestand.to_string(),
        terug: format!("/dossier?bestand={}", super::pages::encode(bestand)),
        token: state.token.clone(),
        dossier: j.dossier.clone(),
        werknemer: j.werknemer.naam.clone(),
        titel: titel.clone(),
        welke: welke_text.to_string(),
        nieuw: welke == Welke::Nieuw,
        datum_iso: datum,
        vandaag_iso: state.today().to_string(),
        periode: periode.map(|(van, tot)| format!("{} t/m {}", long(van), long(tot))),
        activiteiten,
        sollicitaties,
        secties,
        gezien: match welke {
            Welke::Written(w) => seen(j, w),
            Welke::Nieuw => None,
        },
        fout,
        versie,
        conflict,
    };
    page(
        state,
        &format!("{titel}: {}", j.werknemer.naam),
        "rapportage.html",
        &view,
    )
}

pub async fn report(Shared(state): Shared<Arc<State>>, Params(q): Params<ReportQuery>) -> Response {
    let Some(path) = journal_path(&state, &q.bestand) else {
        return not_found("dit dossier staat niet in de map van de werkplek");
    };
    let Some(welke) = Welke::parse(&q.welke) else {
        return not_found("deze rapportage kent de werkplek niet");
    };
    let on = state.today();
    let Some((j, versie)) = journal_and_version(&path) else {
        return back(
            &q.bestand,
            Err("het dossier kan niet worden gelezen".into()),
        );
    };
    let texts = |key: &str| match welke {
        Welke::Nieuw => String::new(),
        Welke::Written(w) => written_text(&j, w, key),
    };
    let shown = Shown {
        datum: crate::dates::typed(on),
        fout: None,
        versie,
        was: None,
        nu: Vec::new(),
        conflict: false,
    };
    form_page(&state, &q.bestand, &j, (welke, &q.welke), &texts, shown)
}

pub async fn save(
    Shared(state): Shared<Arc<State>>,
    CaseForm {
        bestand,
        path,
        fields: form,
    }: CaseForm,
) -> Response {
    let welke_text = form.get("welke").cloned().unwrap_or_default();
    let Some(welke) = Welke::parse(&welke_text) else {
        return not_found("deze rapportage kent de werkplek niet");
    };
    let on = state.today();
    let sent: Vec<(&'static str, String)> = welke
        .sections()
        .iter()
        .map(|&(key, _, _)| {
            let text = form.get(key).cloned().unwrap_or_default();
            // Browsers send a textarea's lines with CRLF.
            (key, text.replace("\r\n", "\n"))
        })
        .collect();
    let datum = field(&form, "datum");
    let versie = field(&form, "versie");
    // A text the employee or the employer has seen is only changed on purpose.
    let confirmed = form.get("bevestigd").is_some_and(|v| v == "1");
    let unconfirmed = match welke {
        Welke::Written(w) if !confirmed => journal(&path).and_then(|j| seen(&j, w)),
        _ => None,
    };
    let result = match unconfirmed {
        Some(who) => Err(Refusal::Said(format!(
            "er is niets gewijzigd: deze rapportage is {who}; vink aan dat u die tekst toch wijzigt"
        ))),
        None => {
            let (path, sent, datum) = (path.clone(), sent.clone(), datum.clone());
            tokio::task::spawn_blocking(move || {
                write(&path, welke, &sent, datum.as_deref(), versie.as_deref(), on)
            })
            .await
            .unwrap_or_else(|_| {
                Err(Refusal::Said(
                    "er is niets gewijzigd: er ging iets mis".into(),
                ))
            })
        }
    };
    let (message, conflict) = match result {
        Ok(message) => return back(&bestand, Ok(message)),
        Err(Refusal::Said(message)) => (message, false),
        Err(Refusal::Changed) => (
            "Niet opgeslagen: het dossier is gewijzigd nadat u deze pagina opende (in een ander tabblad, met spoor2 of in een editor). Uw tekst staat hieronder; bij elk onderdeel dat intussen door een ander is gewijzigd, staat wat er nu in het dossier staat. Neem daaruit over wat moet blijven en sla opnieuw op".to_string(),
            true,
        ),
    };
    // The form again, with everything the coach typed.
    let Some((j, now_version)) = journal_and_version(&path) else {
        return back(&bestand, Err(plain_error(&message, &path)));
    };
    let typed = |key: &str| {
        sent.iter()
            .find(|(k, _)| *k == key)
            .map(|(_, t)| t.clone())
            .unwrap_or_default()
    };
    let datum = datum.unwrap_or_else(|| crate::dates::typed(on));
    // What the form was made from, as it sent it back.
    let was_sent: Vec<(&'static str, String)> = welke
        .sections()
        .iter()
        .map(|&(key, _, _)| {
            let was = form.get(&format!("was_{key}")).cloned().unwrap_or_default();
            (key, was.replace("\r\n", "\n"))
        })
        .collect();
    // The sections someone else changed since the form was made.
    // Section by section, as a merge: one the coach left as it was takes
    // the journal's text now; one only the coach changed keeps the typing;
    // one both changed keeps the typing and shows the other's text beside it.
    let now_text = |key: &str| match welke {
        Welke::Written(w) => written_text(&j, w, key),
        Welke::Nieuw => String::new(),
    };
    let was_of = |key: &str| {
        was_sent
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, t)| t.trim().to_string())
            .unwrap_or_default()
    };
    let untouched = |key: &str| typed(key).trim() == was_of(key);
    let texts = |key: &str| {
        if conflict && untouched(key) {
            now_text(key)
        } else {
            typed(key)
        }
    };
    let nu: Vec<(&'static str, String)> = match welke {
        Welke::Written(_) if conflict => welke
            .sections()
            .iter()
            .map(|&(key, _, _)| (key, now_text(key)))
            .filter(|(key, now)| now.trim() != was_of(key) && !untouched(key))
            .collect(),
        _ => Vec::new(),
    };
    let message = if conflict && nu.is_empty() {
        "Niet opgeslagen: het dossier is gewijzigd nadat u deze pagina opende (in een ander tabblad, met spoor2 of in een editor), maar niet in de tekst van deze rapportage. Uw tekst staat hieronder; kijk hem na en sla opnieuw op".to_string()
    } else {
        message
    };
    let shown = Shown {
        datum,
        fout: Some(if conflict {
            message.clone()
        } else {
            super::words::in_form_words(&plain_error(&message, &path), "rapportage")
        }),
        // Saving again from this page is on the journal as it is now: the
        // coach has seen what changed.
        versie: if conflict {
            now_version
        } else {
            form.get("versie").cloned().unwrap_or(now_version)
        },
        // Saved again, the page is on the journal as it is now.
        was: (!conflict).then(|| was_sent.clone()),
        nu,
        conflict,
    };
    let mut response = form_page(&state, &bestand, &j, (welke, &welke_text), &texts, shown);
    if conflict && response.status() == StatusCode::OK {
        *response.status_mut() = StatusCode::CONFLICT;
    }
    response
}

/// Why a form was not saved.
enum Refusal {
    /// The reason, to show above the form.
    Said(String),
    /// The journal changed after the page was opened.
    Changed,
}

/// Adds the new report or sets the written one's narrative (on the journal
/// as it was at `versie`, if given).
fn write(
    path: &Path,
    welke: Welke,
    sent: &[(&'static str, String)],
    datum: Option<&str>,
    versie: Option<&str>,
    on: NaiveDate,
) -> Result<String, Refusal> {
    let refusal = match welke {
        Welke::Nieuw => "geen rapportage toegevoegd: los eerst de fouten in het dossier op",
        Welke::Written(_) => "er is niets gewijzigd: los eerst de fouten in het dossier op",
    };
    let said = |e: &crate::cmd::RunError| match e {
        crate::cmd::RunError::Conflict(_) => Refusal::Changed,
        e => Refusal::Said(said(e, path)),
    };
    let (_, journal) = crate::cmd::load_for_edit(path, on, refusal).map_err(|e| said(&e))?;
    match welke {
        Welke::Nieuw => {
            let datum = match datum {
                None => on,
                Some(d) => crate::dates::parse_date(d, on).map_err(|why| {
                    Refusal::Said(format!(
                        "de rapportage is niet toegevoegd: Datum van de rapportage: {why}"
                    ))
                })?,
            };
            let period = rapportage::next_period(&journal)
                .ok_or_else(|| Refusal::Said(rapportage::NO_MORE_REPORTS.to_string()))?;
            let number = journal.voortgangsrapportages.len() + 1;
            rapportage::add_report(path, &journal, period, datum, sent, on)
                .map_err(|e| said(&e))?;
            Ok(format!("voortgangsrapportage {number} toegevoegd"))
        }
        Welke::Written(which) => {
            rapportage::set_narrative(path, versie, which, sent, on).map_err(|e| said(&e))?;
            Ok(format!("de tekst van de {} is opgeslagen", which.name()))
        }
    }
}

/// What the privacy check says about a text while the coach types it, as
/// JSON: `{"meldingen": ["'...' wijst op ..."]}`. Words the journal accepts
/// under `privacy_akkoord` are not flagged.
pub async fn check_privacy(
    CaseForm {
        path, fields: form, ..
    }: CaseForm,
) -> Response {
    let accepted: Vec<PrivacyAkkoord> = journal(&path)
        .map(|j| j.privacy_akkoord)
        .unwrap_or_default();
    let text = form.get("tekst").map(String::as_str).unwrap_or("");
    let body = serde_json::json!({ "meldingen": privacy::warnings(text, &accepted) });
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response()
}
