//! "Laten ondertekenen": the employee reads a voortgangsrapportage on the
//! coach's screen, gives their judgement and view, and signs with finger,
//! pen or mouse (pointer events on a canvas, in `werkplek.js`). The
//! signature is written into the journal (SVG path data, the record the
//! report is made from) with the day, the judgement and the view, in one
//! checked write; a copy stands beside the journal as SVG. The report is
//! then seen, and from its next make on it is fixed (`snapshot::record`).

use std::sync::Arc;

use axum::extract::State as Shared;
use axum::response::Response;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::State;
use super::narrative::journal_and_version;
use super::pages::{CaseForm, Params, back, encode, journal_path, not_found, said};
use crate::dates::long;
use crate::journal::Journal;

#[derive(Deserialize)]
pub struct SignQuery {
    bestand: String,
    /// The report's number, from 1.
    welke: usize,
}

#[derive(Serialize)]
struct Sectie {
    kop: &'static str,
    tekst: String,
}

#[derive(Serialize)]
struct View {
    bestand: String,
    terug: String,
    token: String,
    versie: String,
    welke: usize,
    titel: String,
    werknemer: String,
    periode: String,
    secties: Vec<Sectie>,
    /// The day it was seen, when it already was: then nothing is asked.
    gezien: Option<String>,
    visie: String,
    akkoord: String,
    fout: Option<String>,
}

fn page(
    state: &State,
    bestand: &str,
    j: &Journal,
    versie: String,
    welke: usize,
    typed: Option<(&str, &str, String)>,
) -> Response {
    let Some(r) = welke
        .checked_sub(1)
        .and_then(|i| j.voortgangsrapportages.get(i))
    else {
        return not_found("deze rapportage staat niet in het dossier");
    };
    let secties = [
        ("Voortgang", Some(&r.voortgang)),
        ("Belemmeringen", r.belemmeringen.as_ref()),
        ("Inzet van de werknemer", Some(&r.inzet_werknemer)),
        ("Afspraken en vervolgstappen", Some(&r.afspraken)),
    ]
    .into_iter()
    .filter_map(|(kop, t)| {
        t.filter(|t| !t.trim().is_empty()).map(|t| Sectie {
            kop,
            tekst: t.trim().to_string(),
        })
    })
    .collect();
    let (akkoord, visie, fout) = match typed {
        Some((akkoord, visie, fout)) => (akkoord.to_string(), visie.to_string(), Some(fout)),
        None => (
            String::new(),
            r.visie_werknemer.clone().unwrap_or_default(),
            None,
        ),
    };
    let view = View {
        bestand: bestand.to_string(),
        terug: format!("/dossier?bestand={}", encode(bestand)),
        token: state.token.clone(),
        versie,
        welke,
        titel: format!("Voortgangsrapportage {welke}"),
        werknemer: j.werknemer.naam.clone(),
        periode: format!("{} t/m {}", long(r.periode.van), long(r.periode.tot)),
        secties,
        gezien: r.gezien_door_werknemer.map(long),
        visie,
        akkoord,
        fout,
    };
    super::pages::page(
        state,
        &format!(
            "Voortgangsrapportage {welke} ondertekenen: {}",
            j.werknemer.naam
        ),
        "ondertekenen.html",
        &view,
    )
}

pub async fn show(Shared(state): Shared<Arc<State>>, Params(q): Params<SignQuery>) -> Response {
    let Some(path) = journal_path(&state, &q.bestand) else {
        return not_found("dit dossier staat niet in de map van de werkplek");
    };
    let Some((j, versie)) = journal_and_version(&path) else {
        return back(
            &q.bestand,
            Err("het dossier kan nu niet worden gelezen; zie de meldingen".into()),
        );
    };
    page(&state, &q.bestand, &j, versie, q.welke, None)
}

/// The SVG copy's name beside the journal: `handtekeningen/<journal>-voortgangsrapportage-<n>.svg`.
fn copy_path(path: &std::path::Path, welke: usize) -> std::path::PathBuf {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default();
    path.parent()
        .unwrap_or(std::path::Path::new("."))
        .join("handtekeningen")
        .join(format!("{stem}-voortgangsrapportage-{welke}.svg"))
}

pub async fn sign(
    Shared(state): Shared<Arc<State>>,
    CaseForm {
        bestand,
        path,
        fields,
    }: CaseForm,
) -> Response {
    let field = |k: &str| {
        fields
            .get(k)
            .map(|v| v.trim().to_string())
            .unwrap_or_default()
    };
    let Some(welke) = field("welke").parse::<usize>().ok().filter(|n| *n > 0) else {
        return not_found("deze rapportage staat niet in het dossier");
    };
    let (akkoord, visie, lijnen, versie) = (
        field("akkoord"),
        fields
            .get("visie")
            .cloned()
            .unwrap_or_default()
            .replace("\r\n", "\n"),
        field("lijnen"),
        field("versie"),
    );
    let on = state.today();
    let again = |why: String| match journal_and_version(&path) {
        Some((j, now)) => page(
            &state,
            &bestand,
            &j,
            now,
            welke,
            Some((akkoord.as_str(), visie.as_str(), why)),
        ),
        None => back(&bestand, Err(why)),
    };
    if !["akkoord", "gedeeltelijk", "niet-akkoord"].contains(&akkoord.as_str()) {
        return again(
            "niet ondertekend: kies of u akkoord bent, gedeeltelijk akkoord of niet akkoord".into(),
        );
    }
    if !lijnen.contains('L') || !crate::render::view::is_signature(&lijnen) {
        return again("niet ondertekend: zet uw handtekening in het tekenvlak".into());
    }
    let index = welke - 1;
    let done = {
        let (path, lijnen, akkoord, visie) =
            (path.clone(), lijnen.clone(), akkoord.clone(), visie.clone());
        tokio::task::spawn_blocking(move || {
            sign_journal(&path, &versie, index, on, &akkoord, &visie, &lijnen)
        })
        .await
    };
    match done {
        Ok(Ok(())) => {
            // The copy beside the journal, for whoever asks for the
            // signature itself; the journal is the record.
            let copy = copy_path(&path, welke);
            let svg = crate::render::view::signature_svg(&lijnen).unwrap_or_default();
            let written = std::fs::create_dir_all(copy.parent().unwrap_or(std::path::Path::new(".")))
                .and_then(|_| crate::output::write_atomic(&copy, svg.as_bytes()));
            let note = match written {
                Ok(()) => String::new(),
                Err(e) => format!(
                    "; de kopie als SVG kon niet worden geschreven ({})",
                    crate::output::io_reason(&e)
                ),
            };
            back(
                &bestand,
                Ok(format!(
                    "voortgangsrapportage {welke} is ondertekend door de werknemer op {}{note}",
                    long(on)
                )),
            )
        }
        Ok(Err(crate::cmd::RunError::Conflict(_))) => again(
            "niet ondertekend: het dossier is gewijzigd nadat deze pagina werd geopend; lees de rapportage opnieuw en onderteken dan".into(),
        ),
        Ok(Err(e)) => again(format!("niet ondertekend: {}", said(&e, &path))),
        Err(_) => again("niet ondertekend: er ging iets mis".into()),
    }
}

/// Writes the signature, the day, the judgement and the view into report
/// `index`, only from version `versie` and only while it is not yet seen.
fn sign_journal(
    path: &std::path::Path,
    versie: &str,
    index: usize,
    on: NaiveDate,
    akkoord: &str,
    visie: &str,
    lijnen: &str,
) -> Result<(), crate::cmd::RunError> {
    let unreadable = || crate::cmd::unreadable(path);
    crate::store::update(
        path,
        Some(versie),
        on,
        "niet ondertekend: zo zou het dossier fouten hebben; het bestand is niet veranderd",
        |loaded| {
            let j = loaded.journal.as_ref().ok_or_else(unreadable)?;
            let r = j.voortgangsrapportages.get(index).ok_or_else(|| {
                crate::cmd::RunError::Refused("deze rapportage staat niet in het dossier".into())
            })?;
            if let Some(seen) = r.gezien_door_werknemer {
                return Err(crate::cmd::RunError::Refused(format!(
                    "de werknemer zag deze rapportage al op {}; een nieuwe ontwikkeling hoort in de volgende rapportage",
                    long(seen)
                )));
            }
            let mut text = loaded.source.clone().ok_or_else(unreadable)?;
            let visie = visie.trim();
            let text_of = |t: &str| crate::edit::Field::Text(t.to_string());
            for (key, value) in [
                ("visie_werknemer", (!visie.is_empty()).then(|| text_of(visie))),
                ("gezien_door_werknemer", Some(crate::edit::Field::Date(on))),
                ("akkoord_werknemer", Some(crate::edit::Field::Word(akkoord.to_string()))),
                ("handtekening_werknemer", Some(text_of(lijnen))),
            ] {
                let tree = crate::journal::yaml::parse(&text)
                    .map_err(|_| unreadable())?
                    .root;
                text = crate::edit::set_value(
                    &text,
                    &tree,
                    "voortgangsrapportages",
                    Some(index),
                    key,
                    value.as_ref(),
                )
                .map_err(|e| crate::cmd::RunError::Refused(e.to_string()))?;
            }
            Ok(crate::store::Edited {
                text,
                what: format!(
                    "voortgangsrapportage {} ondertekend door de werknemer",
                    index + 1
                ),
            })
        },
    )
    .map(|_| ())
}
