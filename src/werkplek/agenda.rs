//! "Wat komt eraan": every deadline and due report across the caseload for
//! the coming weeks, and the same as a calendar subscription
//! (`/agenda.ics`) for the coach's own calendar program.

use std::sync::Arc;

use axum::extract::State as Shared;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Serialize};

use super::State;
use super::pages::{Params, encode};
use crate::agenda::Deadline;
use crate::dates::long;

#[derive(Deserialize)]
pub struct AgendaQuery {
    /// How many weeks ahead; 6 unless asked.
    weken: Option<i64>,
}

#[derive(Serialize)]
struct Item {
    datum: String,
    dag: &'static str,
    wat: String,
    dossier: String,
    werknemer: String,
    werkgever: String,
    link: String,
    te_laat: bool,
}

#[derive(Serialize)]
struct Week {
    kop: String,
    items: Vec<Item>,
}

#[derive(Serialize)]
struct View {
    vandaag: String,
    weken: i64,
    keuzes: [i64; 4],
    te_laat: Vec<Item>,
    per_week: Vec<Week>,
    aantal: usize,
    abonnement: String,
}

const DAYS: [&str; 7] = ["ma", "di", "wo", "do", "vr", "za", "zo"];

fn item(d: &Deadline, on: NaiveDate) -> Item {
    Item {
        datum: long(d.datum),
        dag: DAYS[d.datum.weekday().num_days_from_monday() as usize],
        wat: d.wat.clone(),
        dossier: d.dossier.clone(),
        werknemer: d.werknemer.clone(),
        werkgever: d.werkgever.clone(),
        link: format!("/dossier?bestand={}", encode(&d.bestand)),
        te_laat: d.datum < on,
    }
}

fn answer(state: Arc<State>, weken: Option<i64>) -> Response {
    let on = state.today();
    let weken = weken.unwrap_or(6).clamp(1, 26);
    let until = on + Duration::weeks(weken);
    let view = state.index.view(&state.map, &state.output, on);
    let deadlines = view.deadlines.iter().map(|(e, i)| &e.deadlines()[*i]);
    let te_laat: Vec<Item> = deadlines
        .clone()
        .take_while(|d| d.datum < on)
        .map(|d| item(d, on))
        .collect();
    let mut per_week: Vec<Week> = Vec::new();
    let mut current: Option<NaiveDate> = None;
    for d in deadlines
        .skip_while(|d| d.datum < on)
        .take_while(|d| d.datum < until)
    {
        let monday = d.datum - Duration::days(d.datum.weekday().num_days_from_monday() as i64);
        if current != Some(monday) {
            current = Some(monday);
            per_week.push(Week {
                kop: format!(
                    "Week {} · {} t/m {}",
                    monday.iso_week().week(),
                    long(monday),
                    long(monday + Duration::days(6))
                ),
                items: Vec::new(),
            });
        }
        if let Some(w) = per_week.last_mut() {
            w.items.push(item(d, on));
        }
    }
    let view = View {
        vandaag: long(on),
        weken,
        keuzes: [2, 6, 13, 26],
        aantal: te_laat.len() + per_week.iter().map(|w| w.items.len()).sum::<usize>(),
        te_laat,
        per_week,
        abonnement: format!(
            "http://127.0.0.1:{}/agenda.ics?sleutel={}",
            state.port, state.agenda_key
        ),
    };
    super::pages::page(&state, "Wat komt eraan", "agenda.html", &view)
}

pub async fn page(Shared(state): Shared<Arc<State>>, Params(q): Params<AgendaQuery>) -> Response {
    answer(state, q.weken)
}

/// `/agenda.ics`: the caseload's deadlines as iCalendar, as `spoor2
/// agenda` writes them.
pub async fn calendar(Shared(state): Shared<Arc<State>>) -> Response {
    let on = state.today();
    let view = state.index.view(&state.map, &state.output, on);
    let deadlines = view.deadlines.iter().map(|(e, i)| &e.deadlines()[*i]);
    let text = crate::agenda::ics(deadlines, on);
    (
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "inline; filename=\"spoor2-agenda.ics\"",
            ),
        ],
        text,
    )
        .into_response()
}
