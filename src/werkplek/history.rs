//! A case's history in the werkplek: every change to the journal (see
//! `crate::store::history`), each earlier text can be put back as a new
//! change, and history can be turned on for the folder.

use std::sync::Arc;

use axum::extract::{Query, State as Shared};
use axum::response::Response;
use serde::{Deserialize, Serialize};

use super::State;
use super::pages::{CaseForm, back, field, journal_path, not_found, page, said};
use crate::cmd::geschiedenis::{restore, short, when};
use crate::store::history::History;

#[derive(Deserialize)]
pub struct HistoryQuery {
    bestand: String,
}

#[derive(Serialize)]
struct Regel {
    versie: String,
    kort: String,
    wanneer: String,
    door: String,
    wat: String,
    /// The newest change: nothing to put back.
    huidig: bool,
}

#[derive(Serialize)]
struct HistoryView {
    bestand: String,
    terug: String,
    token: String,
    dossier: String,
    werknemer: String,
    aan: bool,
    regels: Vec<Regel>,
}

pub async fn show(Shared(state): Shared<Arc<State>>, Query(q): Query<HistoryQuery>) -> Response {
    let Some(path) = journal_path(&state, &q.bestand) else {
        return not_found("dit dossier staat niet in de map van de werkplek");
    };
    let found = {
        let path = path.clone();
        tokio::task::spawn_blocking(move || {
            let target = std::fs::canonicalize(&path).ok()?;
            let h = History::find(&target)?;
            Some(h.log(&target))
        })
        .await
        .ok()
        .flatten()
    };
    let regels = match &found {
        Some(Ok(changes)) => changes
            .iter()
            .enumerate()
            .map(|(i, c)| Regel {
                versie: c.commit.clone(),
                kort: short(&c.commit).to_string(),
                wanneer: when(&c.date),
                door: c.author.clone(),
                wat: c.what.clone(),
                huidig: i == 0,
            })
            .collect(),
        Some(Err(e)) => return back(&q.bestand, Err(e.to_string())),
        None => Vec::new(),
    };
    let loaded = crate::journal::load(&path).ok().and_then(|l| l.journal);
    let view = HistoryView {
        bestand: q.bestand.clone(),
        terug: format!("/dossier?bestand={}", super::pages::encode(&q.bestand)),
        token: state.token.clone(),
        dossier: loaded
            .as_ref()
            .map(|j| j.dossier.clone())
            .unwrap_or_default(),
        werknemer: loaded
            .as_ref()
            .map(|j| j.werknemer.naam.clone())
            .unwrap_or_default(),
        aan: found.is_some(),
        regels,
    };
    page(&state, "Geschiedenis", "geschiedenis.html", &view)
}

/// Puts the text of an earlier version back, as a new change.
pub async fn put_back(
    Shared(state): Shared<Arc<State>>,
    CaseForm {
        bestand,
        path,
        fields,
    }: CaseForm,
) -> Response {
    let Some(versie) = field(&fields, "versie") else {
        return back(
            &bestand,
            Err("niets teruggezet: geen versie gekozen".into()),
        );
    };
    let on = state.today();
    let result = {
        let path = path.clone();
        tokio::task::spawn_blocking(move || {
            let history = crate::cmd::geschiedenis::history_of(&path)?;
            let target = crate::cmd::geschiedenis::real_path(&path)?;
            let changes = history
                .log(&target)
                .map_err(|e| crate::cmd::RunError::Refused(e.to_string()))?;
            restore(&path, &history, &changes, &versie, on)
        })
        .await
    };
    match result {
        Ok(Ok(what)) => back(&bestand, Ok(what)),
        Ok(Err(e)) => back(&bestand, Err(said(&e, &path))),
        Err(_) => back(&bestand, Err("niets teruggezet: er ging iets mis".into())),
    }
}

/// Turns history on for the werkplek's folder.
pub async fn enable(
    Shared(state): Shared<Arc<State>>,
    CaseForm { bestand, .. }: CaseForm,
) -> Response {
    let map = state.map.clone();
    let result = tokio::task::spawn_blocking(move || {
        let (found, _) = crate::discover::journals(std::slice::from_ref(&map), None);
        History::enable(&map, &found)
    })
    .await;
    match result {
        Ok(Ok(crate::store::history::Enabled { added, .. })) => back(
            &bestand,
            Ok(format!(
                "de geschiedenis staat aan; {added} {} opgenomen",
                if added == 1 { "dossier" } else { "dossiers" }
            )),
        ),
        Ok(Err(e)) => back(&bestand, Err(e.to_string())),
        Err(_) => back(&bestand, Err("er ging iets mis".into())),
    }
}
