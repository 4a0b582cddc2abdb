//! The werkplek's pages and forms. Pages are Tera templates with HTML
//! autoescape: every value from a journal is escaped, so hostile text shows
//! literally. Forms post to handlers that call the commands' own code.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::Form;
use axum::extract::{Path as UrlPath, Query, State as Shared};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::guard::{FORM_UNREADABLE, generic, refusal, same};
use super::{State, index, words};
use crate::batch::manifest::{Manifest, document_hash};
use crate::cli::{Onderdeel, ToevoegenArgs};
use crate::cmd::toevoegen;
use crate::dates::long;
use crate::diag::Finding;
use crate::house_style::Resolver;
use crate::journal::{
    ActiviteitSoort, ContactVorm, Kanaal, MaatregelSoort, ReadError, SollicitatieStatus,
};
use crate::overview::{self, ReportNeed, Row};
use crate::timeline::{Milestone, stand};
use crate::validate;

const EMBEDDED: &[(&str, &str)] = &[
    (
        "basis.html",
        include_str!("../../templates/werkplek/basis.html"),
    ),
    (
        "caseload.html",
        include_str!("../../templates/werkplek/caseload.html"),
    ),
    (
        "dossier.html",
        include_str!("../../templates/werkplek/dossier.html"),
    ),
    (
        "rapportage.html",
        include_str!("../../templates/werkplek/rapportage.html"),
    ),
    (
        "geschiedenis.html",
        include_str!("../../templates/werkplek/geschiedenis.html"),
    ),
    (
        "agenda.html",
        include_str!("../../templates/werkplek/agenda.html"),
    ),
    (
        "nieuw.html",
        include_str!("../../templates/werkplek/nieuw.html"),
    ),
    (
        "ondertekenen.html",
        include_str!("../../templates/werkplek/ondertekenen.html"),
    ),
    (
        "oplossen.html",
        include_str!("../../templates/werkplek/oplossen.html"),
    ),
];

const STYLESHEET: &str = include_str!("../../templates/werkplek/werkplek.css");
const SCRIPT: &str = include_str!("../../templates/werkplek/werkplek.js");

/// The page templates, HTML-escaped.
pub fn templates() -> tera::Tera {
    let mut tera = tera::Tera::new();
    tera.autoescape_on([".html"]);
    tera.add_raw_templates(EMBEDDED.iter().copied())
        .expect("the built-in page templates parse");
    tera
}

/// A page: `template` with `view`, inside the layout.
pub(super) fn page<V: Serialize>(state: &State, title: &str, template: &str, view: &V) -> Response {
    let render = || -> Result<String, tera::Error> {
        let body = state
            .pages
            .render(template, &tera::Context::from_serialize(view)?)?;
        let mut outer = tera::Context::new();
        outer.insert("titel", title);
        outer.insert("inhoud", &body);
        state.pages.render("basis.html", &outer)
    };
    match render() {
        Ok(html) => Html(html).into_response(),
        Err(e) => {
            eprintln!("spoor2 werkplek: de pagina {template} kon niet worden opgemaakt: {e}");
            refusal(
                StatusCode::INTERNAL_SERVER_ERROR,
                "De pagina kon niet worden opgemaakt. Probeer het opnieuw.",
            )
        }
    }
}

/// A 404 page saying what was not found: `what` is a clause ("dit dossier
/// staat niet in de map van de werkplek"), said as a sentence.
pub(super) fn not_found(what: &str) -> Response {
    let mut chars = what.chars();
    let sentence = match chars.next() {
        Some(first) => format!("{}{}.", first.to_uppercase(), chars.as_str()),
        None => String::new(),
    };
    refusal(StatusCode::NOT_FOUND, &sentence)
}

/// The query of an address, read as `T`; an address the werkplek did not
/// make (a field missing, a value that does not fit) gets a Dutch page
/// instead of axum's English rejection.
pub struct Params<T>(pub T);

impl<T, S> axum::extract::FromRequestParts<S> for Params<T>
where
    T: serde::de::DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &S,
    ) -> Result<Self, Response> {
        match Query::<T>::from_request_parts(parts, state).await {
            Ok(Query(value)) => Ok(Params(value)),
            Err(_) => Err(refusal(
                StatusCode::BAD_REQUEST,
                "Dit adres is onvolledig of klopt niet. Open het dossier vanuit de caseload.",
            )),
        }
    }
}

/// `text` for a URL's query.
pub fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A finding's field in words and its message: "activiteit 3, datum: ...".
pub(super) fn finding_text(f: &Finding) -> String {
    match words::place(&f.path) {
        place if place.is_empty() => f.message.clone(),
        place => format!("{place}: {}", f.message),
    }
}

/// Why a file could not be read at all, as a finding.
pub(super) fn read_failure(e: &ReadError) -> Finding {
    Finding::error(
        "",
        format!(
            "kan het bestand niet lezen: {}",
            crate::output::io_reason(&e.source)
        ),
    )
}

/// A journal of the folder by its relative path: only the folder's own
/// journals are ever opened, whatever the request asks.
pub(super) fn journal_path(state: &State, bestand: &str) -> Option<PathBuf> {
    state
        .index
        .find(&state.map, &state.output, Path::new(bestand))
}

// ---------------------------------------------------------------------
// The caseload.

#[derive(Deserialize)]
pub struct CaseloadQuery {
    coach: Option<String>,
    actie: Option<String>,
    /// Words to look for in dossier number, name, employer and coach.
    zoek: Option<String>,
    /// The order: "urgentie" (the default), "dossier", "werknemer",
    /// "werkgever", "week" or "termijn".
    sorteer: Option<String>,
    /// From 1.
    pagina: Option<usize>,
}

/// Rows on one page of the caseload: enough for a day's work, few enough
/// that a caseload of thousands opens at once.
const PER_PAGE: usize = 50;

#[derive(Serialize)]
struct CaseRow {
    link: String,
    dossier: String,
    werknemer: String,
    werkgever: String,
    coach: String,
    week: String,
    termijn: String,
    meldingen: String,
    fouten: usize,
    rapportage: String,
    te_laat: bool,
    actie: bool,
    /// The file cannot be read as a journal.
    onleesbaar: bool,
    eerste_fout: Option<index::FirstError>,
}

#[derive(Serialize)]
struct Sortering {
    waarde: &'static str,
    label: &'static str,
}

const SORTINGS: [Sortering; 6] = [
    Sortering {
        waarde: "urgentie",
        label: "meest dringend eerst",
    },
    Sortering {
        waarde: "termijn",
        label: "volgende termijn",
    },
    Sortering {
        waarde: "dossier",
        label: "dossiernummer",
    },
    Sortering {
        waarde: "werknemer",
        label: "werknemer",
    },
    Sortering {
        waarde: "werkgever",
        label: "werkgever",
    },
    Sortering {
        waarde: "week",
        label: "week van de wachttijd",
    },
];

#[derive(Serialize)]
struct Bladzijde {
    nummer: usize,
    link: String,
    huidig: bool,
}

#[derive(Serialize)]
struct CaseloadView {
    vandaag: String,
    map: String,
    rijen: Vec<CaseRow>,
    /// Cases that match the choice, on every page.
    aantal: usize,
    /// Cases in the folder.
    totaal: usize,
    coaches: Vec<String>,
    coach: String,
    actie: bool,
    zoek: String,
    sorteer: &'static str,
    sorteringen: &'static [Sortering],
    /// The first and last row shown, from 1.
    van: usize,
    tot: usize,
    bladzijden: Vec<Bladzijde>,
}

/// Whether a case needs the coach this week: errors, a report due or late,
/// a deadline within 7 days, or its retention term passed.
fn needs_action(r: &Row, on: NaiveDate) -> bool {
    r.fouten > 0
        || r.rapportage_nodig != ReportNeed::Nee
        || r.volgende_termijn_datum
            .is_some_and(|d| !r.afgerond && (d - on).num_days() <= 7)
        || r.bewaartermijn_verstreken
}

fn case_row(r: &Row, first: &Option<index::FirstError>, on: NaiveDate) -> CaseRow {
    CaseRow {
        link: format!("/dossier?bestand={}", encode(&r.bestand)),
        dossier: r.dossier.clone(),
        werknemer: r.werknemer.clone(),
        werkgever: r.werkgever.clone(),
        coach: r.coach.clone(),
        week: r.week.map(|w| w.to_string()).unwrap_or_else(|| "–".into()),
        termijn: if r.afgerond {
            "traject afgerond".into()
        } else {
            match (&r.volgende_termijn, r.volgende_termijn_datum) {
                (Some(t), Some(d)) => format!("{t}: {}", long(d)),
                _ => "–".into(),
            }
        },
        meldingen: match (r.fouten, r.waarschuwingen) {
            (0, 0) => "in orde".into(),
            (f, w) => format!(
                "{f} {}, {w} {}",
                if f == 1 { "fout" } else { "fouten" },
                if w == 1 {
                    "waarschuwing"
                } else {
                    "waarschuwingen"
                }
            ),
        },
        fouten: r.fouten,
        rapportage: r.report_need_text(),
        te_laat: r.rapportage_nodig == ReportNeed::TeLaat,
        actie: needs_action(r, on),
        onleesbaar: false,
        eerste_fout: first.clone(),
    }
}

pub async fn caseload(
    Shared(state): Shared<Arc<State>>,
    Params(q): Params<CaseloadQuery>,
) -> Response {
    let on = state.today();
    let coach = q.coach.unwrap_or_default();
    let actie = q.actie.is_some_and(|a| a == "1");
    let zoek = q.zoek.unwrap_or_default().trim().to_string();
    let words: Vec<String> = zoek
        .to_lowercase()
        .split_whitespace()
        .map(String::from)
        .collect();
    let sorteer = SORTINGS
        .iter()
        .find(|s| q.sorteer.as_deref() == Some(s.waarde))
        .map_or("urgentie", |s| s.waarde);
    let view = state.index.view(&state.map, &state.output, on);
    let totaal = view.urgent.len();
    // A journal that cannot be read stays on the list, first, with its
    // first error: whoever's it is, it needs attention.
    let mut broken: Vec<CaseRow> = Vec::new();
    let mut rows: Vec<(&Row, &Option<index::FirstError>)> = Vec::new();
    for entry in &view.urgent {
        match &entry.case {
            index::Case::Read {
                row, first, search, ..
            } => {
                let chosen = (coach.is_empty() || row.coach == coach)
                    && (!actie || needs_action(row, on))
                    && words.iter().all(|w| search.contains(w.as_str()));
                if chosen {
                    rows.push((row, first));
                }
            }
            index::Case::Broken { label, first } => {
                let rel = &entry.rel;
                if !words
                    .iter()
                    .all(|w| rel.to_lowercase().contains(w.as_str()))
                {
                    continue;
                }
                broken.push(CaseRow {
                    link: format!("/dossier?bestand={}", encode(rel)),
                    dossier: rel.clone(),
                    werknemer: "–".into(),
                    werkgever: "–".into(),
                    coach: "–".into(),
                    week: "–".into(),
                    termijn: "–".into(),
                    meldingen: label.clone(),
                    fouten: 1,
                    rapportage: "–".into(),
                    te_laat: false,
                    actie: true,
                    onleesbaar: true,
                    eerste_fout: first.clone(),
                });
            }
        }
    }
    let coaches = view.coaches.clone();
    // Already most urgent first; another order is sorted here.
    let text = |s: &str| s.to_lowercase();
    match sorteer {
        "dossier" => rows.sort_by_cached_key(|r| text(&r.0.dossier)),
        "werknemer" => rows.sort_by_cached_key(|r| text(&r.0.werknemer)),
        "werkgever" => rows.sort_by_cached_key(|r| (text(&r.0.werkgever), text(&r.0.dossier))),
        "week" => rows.sort_by(|a, b| b.0.week.cmp(&a.0.week).then(overview::order(a.0, b.0))),
        "termijn" => rows.sort_by(|a, b| {
            let key = |r: &Row| {
                (
                    r.afgerond,
                    r.volgende_termijn_datum.unwrap_or(NaiveDate::MAX),
                )
            };
            key(a.0).cmp(&key(b.0)).then(overview::order(a.0, b.0))
        }),
        _ => {}
    }
    let aantal = broken.len() + rows.len();
    let pages = aantal.div_ceil(PER_PAGE).max(1);
    let pagina = q.pagina.unwrap_or(1).clamp(1, pages);
    let skip = (pagina - 1) * PER_PAGE;
    let broken_len = broken.len();
    let rijen: Vec<CaseRow> = broken
        .into_iter()
        .skip(skip)
        .take(PER_PAGE)
        .chain(
            rows.iter()
                .skip(skip.saturating_sub(broken_len))
                .take(PER_PAGE.saturating_sub(broken_len.saturating_sub(skip)))
                .map(|(r, first)| case_row(r, first, on)),
        )
        .collect();
    let link = |n: usize| {
        let mut parts = vec![];
        if !coach.is_empty() {
            parts.push(format!("coach={}", encode(&coach)));
        }
        if actie {
            parts.push("actie=1".to_string());
        }
        if !zoek.is_empty() {
            parts.push(format!("zoek={}", encode(&zoek)));
        }
        if sorteer != "urgentie" {
            parts.push(format!("sorteer={sorteer}"));
        }
        if n > 1 {
            parts.push(format!("pagina={n}"));
        }
        if parts.is_empty() {
            "/".to_string()
        } else {
            format!("/?{}", parts.join("&"))
        }
    };
    let bladzijden = if pages > 1 {
        (1..=pages)
            .map(|n| Bladzijde {
                nummer: n,
                link: link(n),
                huidig: n == pagina,
            })
            .collect()
    } else {
        Vec::new()
    };
    let view = CaseloadView {
        vandaag: long(on),
        map: state.map.display().to_string(),
        van: if aantal == 0 { 0 } else { skip + 1 },
        tot: skip + rijen.len(),
        aantal,
        totaal,
        rijen,
        coaches,
        coach,
        actie,
        zoek,
        sorteer,
        sorteringen: &SORTINGS,
        bladzijden,
    };
    page(&state, "Caseload", "caseload.html", &view)
}

// ---------------------------------------------------------------------
// One case.

#[derive(Deserialize)]
pub struct CaseQuery {
    bestand: String,
    melding: Option<String>,
    fout: Option<String>,
    /// An entry to edit in its form: "activiteiten-3".
    bewerk: Option<String>,
    /// The add form to show open ("sollicitatie"), from a finding's link.
    toevoegen: Option<String>,
}

/// The entry a form edits: the form's `onderdeel` and the entry's number
/// in its list (from 1); an empty form when the forms add.
#[derive(Serialize, Default, Clone)]
struct Vervangt {
    form: String,
    nummer: usize,
}

/// A YAML word for a value of a fixed list (`coachingsgesprek`).
fn word<T: Serialize>(value: &T) -> String {
    serde_yaml::to_string(value)
        .map(|s| s.trim().to_string())
        .unwrap_or_default()
}

/// The form and the values of entry `bewerk` ("activiteiten-3") of `j`, to
/// edit it in its own form.
fn entry_values(
    j: &crate::journal::Journal,
    bewerk: &str,
) -> Option<(&'static str, usize, HashMap<String, String>)> {
    let (list, n) = bewerk.rsplit_once('-')?;
    let n: usize = n.parse().ok()?;
    let i = n.checked_sub(1)?;
    let date = crate::dates::typed;
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    let values: (&'static str, Vec<(&str, String)>) = match list {
        "activiteiten" => {
            let a = j.activiteiten.get(i)?;
            (
                "activiteit",
                vec![
                    ("datum", date(a.datum)),
                    ("soort", word(&a.soort)),
                    (
                        "duur",
                        a.duur_minuten.map(|d| d.to_string()).unwrap_or_default(),
                    ),
                    ("omschrijving", a.omschrijving.clone()),
                ],
            )
        }
        "sollicitaties" => {
            let s = j.sollicitaties.get(i)?;
            (
                "sollicitatie",
                vec![
                    ("datum", date(s.datum)),
                    ("kanaal", word(&s.kanaal)),
                    ("status", word(&s.status)),
                    ("werkgever", s.werkgever.clone()),
                    ("functie", s.functie.clone()),
                    ("resultaat", opt(&s.resultaat)),
                ],
            )
        }
        "werkgevercontacten" => {
            let c = j.werkgevercontacten.get(i)?;
            (
                "contact",
                vec![
                    ("datum", date(c.datum)),
                    ("vorm", word(&c.vorm)),
                    ("met", c.met.clone()),
                    ("onderwerp", c.onderwerp.clone()),
                    ("uitkomst", opt(&c.uitkomst)),
                ],
            )
        }
        "maatregelen" => {
            let m = j.maatregelen.get(i)?;
            (
                "maatregel",
                vec![
                    ("datum", date(m.datum)),
                    ("soort", word(&m.soort)),
                    ("omschrijving", m.omschrijving.clone()),
                ],
            )
        }
        _ => return None,
    };
    let (form, fields) = values;
    Some((
        form,
        n,
        fields
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    ))
}

#[derive(Serialize)]
struct Mijlpaal {
    onderdeel: &'static str,
    datum: String,
    week: i64,
    stand: String,
    /// Position on the drawn line, 0 to 1000.
    positie: f64,
    voorbij: bool,
    /// The row of its label under the line (0, 1 or 2), so labels of
    /// deadlines close together do not overlap.
    rij: usize,
    /// The y of its label.
    label_y: usize,
}

#[derive(Serialize)]
struct Profiel {
    werkervaring: Vec<String>,
    opleiding: Vec<String>,
    vaardigheden: Vec<String>,
    wensen: Option<String>,
}

#[derive(Serialize)]
struct Melding {
    /// "fout", "waarschuwing" or "advies": the label and the CSS class.
    ernst: &'static str,
    /// "regel 3, kolom 7", where the file says.
    plaats: Option<String>,
    /// The field in words; empty for the file as a whole.
    veld: String,
    tekst: String,
    hulp: Option<String>,
    sectie: &'static str,
    /// Where the finding is resolved (see `oplossen::link`).
    oplossen: Option<String>,
}

#[derive(Serialize)]
struct Document {
    naam: String,
    titel: String,
    stand: &'static str,
    link: Option<String>,
    /// What its make button asks for: "rapport" or "dossier".
    wat: &'static str,
}

/// A written report, with the link to its narrative.
#[derive(Serialize)]
struct Geschreven {
    titel: String,
    periode: String,
    datum: String,
    link: String,
    /// "Laten ondertekenen", while the employee has not seen it.
    ondertekenen: Option<String>,
    /// "Zelf ondertekenen", while the coach has no signature in the
    /// bureau's house style and it is neither seen nor sent.
    zelf: Option<String>,
    /// When the employee saw it.
    gezien: Option<String>,
}

#[derive(Serialize)]
pub(super) struct Regel {
    pub datum: String,
    pub soort: String,
    pub tekst: String,
    /// Its number in its list in the journal (from 1), for its remove
    /// button; 0 where it cannot be removed from the page.
    pub nummer: usize,
}

/// An entry of a list as the case page shows it.
fn rows<T>(items: &[T], row: impl Fn(&T) -> (NaiveDate, String, String)) -> Vec<Regel> {
    let mut out: Vec<Regel> = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let (datum, soort, tekst) = row(item);
            Regel {
                datum: long(datum),
                soort,
                tekst,
                nummer: i + 1,
            }
        })
        .collect();
    // The newest first, as the coach reads them.
    out.reverse();
    out
}

/// The trajectplan, as far as the case page shows it.
#[derive(Serialize)]
struct Plan {
    doel: String,
    akkoord_werknemer: Option<String>,
    akkoord_werkgever: Option<String>,
    /// "Laten ondertekenen", while the employee has not agreed.
    ondertekenen: Option<String>,
    /// The employee signed it in the werkplek.
    getekend: bool,
}

/// The deskundigenoordeel and its follow-up.
#[derive(Serialize)]
struct Oordeel {
    aangevraagd: String,
    door: String,
    vraag: String,
    uitkomst: Option<String>,
    datum: Option<String>,
    opvolging: Option<String>,
}

/// An option of a choice: what the journal holds, what the coach reads.
#[derive(Serialize)]
struct Keuze {
    waarde: String,
    label: String,
}

/// The choices of the forms.
#[derive(Serialize, Default)]
struct Keuzes {
    activiteit: Vec<Keuze>,
    kanaal: Vec<Keuze>,
    status: Vec<Keuze>,
    vorm: Vec<Keuze>,
    maatregel: Vec<Keuze>,
}

/// The values a field of kind `T` allows, with their labels.
fn choices<T>(label: fn(T) -> &'static str) -> Vec<Keuze>
where
    T: schemars::JsonSchema + serde::de::DeserializeOwned,
{
    toevoegen::allowed::<T>()
        .into_iter()
        .map(|waarde| Keuze {
            label: serde_yaml::from_str::<T>(&waarde)
                .map(|v| label(v).to_string())
                .unwrap_or_else(|_| waarde.clone()),
            waarde,
        })
        .collect()
}

#[derive(Serialize, Default)]
struct CaseView {
    bestand: String,
    token: String,
    vandaag: String,
    vandaag_iso: String,
    dossier: String,
    werknemer: String,
    functie: String,
    werkgever: String,
    coach: String,
    week: Option<i64>,
    tijdlijn: Vec<Mijlpaal>,
    vandaag_positie: Option<f64>,
    meldingen: Vec<Melding>,
    documenten: Vec<Document>,
    eerste_pdf: Option<String>,
    activiteiten: Vec<Regel>,
    sollicitaties: Vec<Regel>,
    contacten: Vec<Regel>,
    maatregelen: Vec<Regel>,
    zoekprofielen: Vec<Regel>,
    bijstellingen: Vec<Regel>,
    plan: Option<Plan>,
    oordeel: Option<Oordeel>,
    /// The persoonsprofiel: werkervaring, opleiding and vaardigheden as
    /// lines, and the wensen.
    profiel: Option<Profiel>,
    geschreven: Vec<Geschreven>,
    /// The link to write the next voortgangsrapportage, while one can follow.
    nieuw: Option<String>,
    /// When the next voortgangsrapportage is due, in words.
    nieuw_uiterlijk: Option<String>,
    keuzes: Keuzes,
    melding: Option<String>,
    fout: Option<String>,
    kan_ongedaan: bool,
    /// The link to the case's history.
    geschiedenis: String,
    /// The version of the journal the page was made from (see
    /// `crate::store`): an entry added from a stale page is added to the
    /// journal as it is now, and the coach is told.
    versie: String,
    /// The file cannot be read as a journal: only its findings are shown.
    onleesbaar: bool,
    /// What the add forms hold.
    invoer: AddForms,
    /// The add form shown open: the activity's, or the one refused.
    open: String,
    /// The entry the open form edits, if it edits one.
    vervangt: Vervangt,
    /// `bestand` for a URL's query.
    bestand_url: String,
    /// The id of the field a refusal is about (`a-datum`), where known:
    /// the message is shown beside it too, and it takes the focus.
    fout_veld: String,
    /// The page holds what the coach typed and was not saved: a change
    /// elsewhere does not reload it.
    onopgeslagen: bool,
}

/// The section of the case page a finding's field belongs to.
fn section(path: &str) -> &'static str {
    let top = path.split(['.', '[']).next().unwrap_or("");
    match top {
        "activiteiten" => "activiteiten",
        "sollicitaties" => "sollicitaties",
        "voortgangsrapportages" | "eindrapportage" => "rapportages",
        "werkgevercontacten" => "contacten",
        "maatregelen" => "maatregelen",
        "trajectplan" => "trajectplan",
        "deskundigenoordeel" => "deskundigenoordeel",
        "grondslag" if path.contains("zoekprofiel") => "zoekprofiel",
        "ziekteperiodes" | "traject" | "verlenging" => "tijdlijn",
        _ => "gegevens",
    }
}

pub async fn case(Shared(state): Shared<Arc<State>>, Params(q): Params<CaseQuery>) -> Response {
    let Some(path) = journal_path(&state, &q.bestand) else {
        return not_found("dit dossier staat niet in de map van de werkplek");
    };
    case_page(
        &state,
        &q.bestand,
        &path,
        q.melding,
        q.fout,
        None,
        (q.bewerk.as_deref(), q.toevoegen.as_deref()),
    )
}

/// The add forms of the case page and their fields.
const ADD_FORMS: [(&str, &[&str]); 4] = [
    ("activiteit", &["datum", "soort", "duur", "omschrijving"]),
    (
        "sollicitatie",
        &[
            "datum",
            "kanaal",
            "status",
            "werkgever",
            "functie",
            "resultaat",
        ],
    ),
    (
        "contact",
        &["datum", "vorm", "met", "onderwerp", "uitkomst"],
    ),
    ("maatregel", &["datum", "soort", "omschrijving"]),
];

/// What the add forms hold, form by form (`onderdeel`) and field by field:
/// today's date and nothing else, except in the form `sent` names, which
/// holds what the coach sent.
type AddForms = HashMap<&'static str, HashMap<&'static str, String>>;

fn add_forms(on: NaiveDate, sent: Option<(&str, &HashMap<String, String>)>) -> AddForms {
    ADD_FORMS
        .iter()
        .map(|&(form, fields)| {
            let values = fields
                .iter()
                .map(|&name| {
                    let value = match sent {
                        // Browsers send a textarea's lines with CRLF.
                        Some((which, sent)) if which == form => sent
                            .get(name)
                            .map(|v| v.replace("\r\n", "\n"))
                            .unwrap_or_default(),
                        _ if name == "datum" => crate::dates::typed(on),
                        _ => String::new(),
                    };
                    (name, value)
                })
                .collect();
            (form, values)
        })
        .collect()
}

/// The case page of `bestand` (at `path`), with a message, or with an
/// error and, for a refused addition, the form that was sent (its
/// `onderdeel` and fields) holding what the coach typed; the entry a form
/// edits and the add form to show open come from the page's link.
fn case_page(
    state: &State,
    bestand: &str,
    path: &Path,
    melding: Option<String>,
    fout: Option<String>,
    sent: Option<(&str, &HashMap<String, String>, Option<&str>)>,
    (bewerk, toevoegen): (Option<&str>, Option<&str>),
) -> Response {
    // The form that was sent, and the field its refusal is about.
    let veld = sent.and_then(|(_, _, veld)| veld);
    let sent = sent.map(|(which, form, _)| (which, form));
    let q = CaseQuery {
        bestand: bestand.to_string(),
        melding,
        fout,
        bewerk: bewerk.map(str::to_string),
        toevoegen: toevoegen.map(str::to_string),
    };
    let path = path.to_path_buf();
    let on = state.today();
    let styles = Resolver::new(None);
    let findings = |fs: &[Finding]| -> Vec<Melding> {
        fs.iter()
            .map(|f| Melding {
                ernst: f.severity.label(),
                plaats: f.mark.map(|m| format!("regel {}, kolom {}", m.line, m.col)),
                veld: words::place(&f.path),
                tekst: f.message.clone(),
                hulp: f.hint.clone(),
                sectie: section(&f.path),
                oplossen: None,
            })
            .collect()
    };
    // A journal that cannot be read still shows why, finding by finding.
    let unreadable = |meldingen: Vec<Melding>| {
        let view = CaseView {
            bestand: q.bestand.clone(),
            dossier: q.bestand.clone(),
            token: state.token.clone(),
            vandaag: long(on),
            vandaag_iso: on.to_string(),
            meldingen,
            geschiedenis: format!("/geschiedenis?bestand={}", encode(&q.bestand)),
            onleesbaar: true,
            ..CaseView::default()
        };
        page(state, &q.bestand, "dossier.html", &view)
    };
    let loaded = match crate::cmd::load_with_retention(&path, on, &styles) {
        Ok((loaded, _)) => loaded,
        Err(e) => return unreadable(findings(&[read_failure(&e)])),
    };
    let mut meldingen = findings(&loaded.findings);
    let Some(j) = loaded.journal.as_ref() else {
        return unreadable(meldingen);
    };
    for (m, f) in meldingen.iter_mut().zip(&loaded.findings) {
        m.oplossen = super::oplossen::link(&q.bestand, f, j);
    }

    let wachttijd = validate::wachttijd(j);
    let (tijdlijn, vandaag_positie) = match &wachttijd {
        Some(w) => {
            let first = w.eaod();
            let last = w.milestone(Milestone::EersteWiaDag);
            let span = (last - first).num_days().max(1) as f64;
            // On a line of 1000 units, to one decimal.
            let pos = |d: NaiveDate| {
                ((d - first).num_days() as f64 / span * 10000.0)
                    .round()
                    .clamp(0.0, 10000.0)
                    / 10.0
            };
            // A label takes about 40 units; one too close to the last
            // label of its row goes a row lower.
            let mut row_ends = [f64::MIN; 3];
            let items = Milestone::ALL
                .iter()
                .map(|&m| {
                    let d = w.milestone(m);
                    let p = pos(d);
                    let rij = (0..3).find(|&r| p - row_ends[r] >= 44.0).unwrap_or(2);
                    row_ends[rij] = p;
                    Mijlpaal {
                        onderdeel: m.label(),
                        datum: long(d),
                        week: w.milestone_week(m),
                        stand: stand(d, on),
                        positie: p,
                        voorbij: d < on,
                        rij,
                        label_y: 40 + 16 * rij,
                    }
                })
                .collect();
            (items, (on >= first && on <= last).then(|| pos(on)))
        }
        None => (Vec::new(), None),
    };

    // The documents and whether their PDFs are up to date.
    let style = styles.for_journal(&path).ok();
    let manifest = Manifest::load(&state.output);
    let documenten: Vec<Document> = crate::render::plan(j)
        .iter()
        .chain(std::iter::once(&crate::render::DocumentSpec {
            kind: crate::render::DocumentKind::Dossier,
            file_name: crate::render::dossier::file_name(j),
            date: on,
            title: "WIA-dossier".into(),
            period_end: None,
        }))
        .map(|doc| {
            let exists = state.output.join(&doc.file_name).is_file();
            let fresh = style.as_ref().is_some_and(|s| {
                let hash = document_hash(
                    loaded.content_hash,
                    s.fingerprint,
                    state.kit.templates.fingerprint,
                    &doc.file_name,
                );
                manifest.is_fresh(&state.output, &doc.file_name, &hash)
            });
            Document {
                naam: doc.file_name.clone(),
                titel: doc.title.clone(),
                stand: match (exists, fresh) {
                    (false, _) => "ontbreekt",
                    (true, true) => "actueel",
                    (true, false) => "verouderd",
                },
                link: exists.then(|| format!("/pdf/{}", encode(&doc.file_name))),
                wat: match doc.kind {
                    crate::render::DocumentKind::Dossier => "dossier",
                    _ => "rapport",
                },
            }
        })
        .collect();
    let eerste_pdf = documenten.iter().rev().find_map(|d| d.link.clone());

    let activiteiten = rows(&j.activiteiten, |a| {
        (a.datum, a.soort.label().to_string(), a.omschrijving.clone())
    });
    let sollicitaties = rows(&j.sollicitaties, |s| {
        let mut tekst = format!("{}, {}", s.functie, s.werkgever);
        if let Some(r) = s.resultaat.as_deref().filter(|r| !r.trim().is_empty()) {
            tekst.push_str(&format!(" · {r}"));
        }
        (s.datum, s.status.label().to_string(), tekst)
    });
    let contacten = rows(&j.werkgevercontacten, |c| {
        let mut tekst = format!("Met {}: {}", c.met, c.onderwerp);
        if let Some(u) = c.uitkomst.as_deref().filter(|u| !u.trim().is_empty()) {
            tekst.push_str(&format!(" · Uitkomst: {u}"));
        }
        (c.datum, c.vorm.label().to_string(), tekst)
    });
    let maatregelen = rows(&j.maatregelen, |m| {
        (m.datum, m.soort.label().to_string(), m.omschrijving.clone())
    });
    // The search profile's versions, the first one included.
    let g = &j.grondslag;
    let mut zoekprofielen: Vec<Regel> = std::iter::once(&g.zoekprofiel)
        .chain(g.zoekprofielwijzigingen.iter())
        .map(|z| Regel {
            datum: z
                .ingangsdatum
                .map_or_else(|| "bij de start".to_string(), long),
            soort: z.functies.join(", "),
            tekst: z
                .reden
                .clone()
                .or_else(|| z.onderbouwing.clone())
                .unwrap_or_default(),
            nummer: 0,
        })
        .collect();
    zoekprofielen.reverse();
    let bijstellingen = j
        .trajectplan
        .as_ref()
        .map(|p| {
            rows(&p.bijstellingen, |b| {
                (b.datum, b.reden.clone(), b.wijziging.clone())
            })
        })
        .unwrap_or_default();
    use super::ondertekenen::{Signed, Who, offer};
    let plan = j.trajectplan.as_ref().map(|p| Plan {
        doel: p.doel.clone(),
        akkoord_werknemer: p.akkoord_werknemer.map(long),
        akkoord_werkgever: p.akkoord_werkgever.map(long),
        ondertekenen: offer(&q.bestand, j, Signed::Plan, Who::Werknemer, false),
        getekend: p.handtekening_werknemer.is_some(),
    });
    // The coach signs on the page only where the bureau has no signature.
    let on_file = |author: &str| {
        style
            .as_ref()
            .is_some_and(|s| s.signature_of(author).is_some())
    };
    let oordeel = j.deskundigenoordeel.as_ref().map(|d| Oordeel {
        aangevraagd: long(d.aanvraagdatum),
        door: d.aangevraagd_door.clone(),
        vraag: d.vraag.clone(),
        uitkomst: d.uitkomst.map(|u| u.label().to_string()),
        datum: d.datum.map(long),
        opvolging: d.opvolging.clone(),
    });

    let edit = |welke: &str| format!("/rapportage?bestand={}&welke={welke}", encode(&q.bestand));
    let mut geschreven: Vec<Geschreven> = j
        .voortgangsrapportages
        .iter()
        .enumerate()
        .map(|(i, r)| Geschreven {
            titel: format!("Voortgangsrapportage {}", i + 1),
            periode: format!("{} t/m {}", long(r.periode.van), long(r.periode.tot)),
            datum: long(r.datum),
            link: edit(&(i + 1).to_string()),
            ondertekenen: offer(&q.bestand, j, Signed::Report(i), Who::Werknemer, false),
            zelf: offer(
                &q.bestand,
                j,
                Signed::Report(i),
                Who::Coach,
                on_file(&r.auteur.naam),
            ),
            gezien: r.gezien_door_werknemer.map(long),
        })
        .collect();
    if let Some(e) = &j.eindrapportage {
        geschreven.push(Geschreven {
            titel: "Eindrapportage".into(),
            periode: e.resultaat.label().to_string(),
            datum: long(e.datum),
            link: edit("eind"),
            ondertekenen: offer(&q.bestand, j, Signed::Eind, Who::Werknemer, false),
            zelf: offer(
                &q.bestand,
                j,
                Signed::Eind,
                Who::Coach,
                on_file(&e.auteur.naam),
            ),
            gezien: e.gezien_door_werknemer.map(long),
        });
    }
    let next = crate::validate::compliance::next_report(j, &crate::norms::Norms::for_journal(j));
    // An entry opened for editing fills its form; a refused edit keeps
    // what was typed, and stays an edit.
    let prefill = q.bewerk.as_deref().and_then(|b| entry_values(j, b));
    let vervangt = match sent {
        Some((which, form)) => form
            .get("vervangt")
            .and_then(|n| n.parse().ok())
            .map(|nummer| Vervangt {
                form: which.to_string(),
                nummer,
            })
            .unwrap_or_default(),
        None => prefill
            .as_ref()
            .map(|(form, nummer, _)| Vervangt {
                form: form.to_string(),
                nummer: *nummer,
            })
            .unwrap_or_default(),
    };

    let view = CaseView {
        bestand: q.bestand.clone(),
        token: state.token.clone(),
        vandaag: long(on),
        vandaag_iso: on.to_string(),
        dossier: j.dossier.clone(),
        werknemer: j.werknemer.naam.clone(),
        functie: j.werknemer.functie.clone(),
        werkgever: j.werkgever.naam.clone(),
        coach: j.bureau.coach.naam.clone(),
        week: wachttijd.as_ref().and_then(|w| w.week_of(on)),
        tijdlijn,
        vandaag_positie,
        meldingen,
        documenten,
        eerste_pdf,
        activiteiten,
        sollicitaties,
        contacten,
        maatregelen,
        zoekprofielen,
        bijstellingen,
        plan,
        oordeel,
        profiel: j.persoonsprofiel.as_ref().map(|p| Profiel {
            werkervaring: p.werkervaring.clone(),
            opleiding: p.opleiding.clone(),
            vaardigheden: p.vaardigheden.clone(),
            wensen: p.wensen.clone(),
        }),
        geschreven,
        nieuw: next.as_ref().map(|_| edit("nieuw")),
        nieuw_uiterlijk: next.map(|n| long(n.due)),
        keuzes: Keuzes {
            activiteit: choices::<ActiviteitSoort>(ActiviteitSoort::label),
            kanaal: choices::<Kanaal>(Kanaal::label),
            status: choices::<SollicitatieStatus>(SollicitatieStatus::label),
            vorm: choices::<ContactVorm>(ContactVorm::label),
            maatregel: choices::<MaatregelSoort>(MaatregelSoort::label),
        },
        melding: q.melding,
        fout: q.fout,
        kan_ongedaan: toevoegen::previous_of(&path).is_file(),
        geschiedenis: format!("/geschiedenis?bestand={}", encode(&q.bestand)),
        versie: crate::store::version(&loaded),
        invoer: add_forms(on, sent.or(prefill.as_ref().map(|(f, _, m)| (*f, m)))),
        open: sent
            .map(|(which, _)| which)
            .or(prefill.as_ref().map(|(f, _, _)| *f))
            .or(ADD_FORMS
                .iter()
                .map(|(form, _)| *form)
                .find(|form| q.toevoegen.as_deref() == Some(form)))
            .unwrap_or("activiteit")
            .to_string(),
        vervangt,
        bestand_url: encode(&q.bestand),
        fout_veld: match (sent, veld) {
            (Some((which, _)), Some(veld)) => format!("{}-{veld}", &which[..1]),
            _ => String::new(),
        },
        onopgeslagen: sent.is_some(),
        onleesbaar: false,
    };
    let title = format!("{} ({})", j.werknemer.naam, j.dossier);
    page(state, &title, "dossier.html", &view)
}

/// A PDF from the output folder, by the name of one of the case's
/// documents: a plain file name, nothing else.
pub async fn pdf(
    Shared(state): Shared<Arc<State>>,
    naam: Result<UrlPath<String>, axum::extract::rejection::PathRejection>,
) -> Response {
    let Ok(UrlPath(naam)) = naam else {
        return not_found("dit is geen document van de werkplek");
    };
    let plain = !naam.is_empty()
        && naam.ends_with(".pdf")
        && naam
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        && !naam.starts_with('.');
    if !plain {
        return not_found("dit is geen document van de werkplek");
    }
    match inside(&state.output, &naam).and_then(|path| std::fs::read(path).ok()) {
        Some(bytes) => (
            [
                (header::CONTENT_TYPE, "application/pdf".to_string()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("inline; filename=\"{naam}\""),
                ),
            ],
            bytes,
        )
            .into_response(),
        None => not_found("dit document is er (nog) niet"),
    }
}

/// The file `name` of `folder` when it is a regular file whose real path
/// (links followed) lies inside the folder's real path: a link in the
/// output folder to a file elsewhere is not served, whatever its name.
fn inside(folder: &Path, name: &str) -> Option<PathBuf> {
    let folder = folder.canonicalize().ok()?;
    let real = folder.join(name).canonicalize().ok()?;
    (real.starts_with(&folder) && real.is_file()).then_some(real)
}

pub async fn stylesheet() -> Response {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
        STYLESHEET,
    )
        .into_response()
}

pub async fn script() -> Response {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        SCRIPT,
    )
        .into_response()
}

// ---------------------------------------------------------------------
// Forms.

/// Back to the case page, saying what happened.
pub(super) fn back(bestand: &str, result: Result<String, String>) -> Response {
    let (key, text) = match result {
        Ok(m) => ("melding", m),
        Err(e) => ("fout", e),
    };
    Redirect::to(&format!(
        "/dossier?bestand={}&{key}={}",
        encode(bestand),
        encode(&text)
    ))
    .into_response()
}

/// A posted form of the werkplek, accepted once its token is right (a
/// cross-site form cannot know it) and its `bestand` is one of the
/// folder's journals; otherwise the request is refused before any handler
/// runs (403 or 404).
pub struct CaseForm {
    /// The journal, relative to the folder, as the form names it.
    pub bestand: String,
    pub path: PathBuf,
    pub fields: HashMap<String, String>,
}

impl axum::extract::FromRequest<Arc<State>> for CaseForm {
    type Rejection = Response;

    async fn from_request(
        request: axum::extract::Request,
        state: &Arc<State>,
    ) -> Result<Self, Response> {
        // Not a form, too large, or not readable as one: a Dutch page, not
        // axum's English rejection.
        let Form(fields) = Form::<HashMap<String, String>>::from_request(request, state)
            .await
            .map_err(|rejection| {
                let status = rejection.status();
                let why = match status {
                    StatusCode::PAYLOAD_TOO_LARGE => generic(status),
                    _ => FORM_UNREADABLE,
                };
                refusal(status, why)
            })?;
        if !fields.get("token").is_some_and(|t| same(t, &state.token)) {
            return Err(refusal(
                StatusCode::FORBIDDEN,
                "Het formulier hoort niet bij deze werkplek.",
            ));
        }
        let bestand = fields.get("bestand").cloned().unwrap_or_default();
        let path = journal_path(state, &bestand)
            .ok_or_else(|| not_found("dit dossier staat niet in de map van de werkplek"))?;
        Ok(CaseForm {
            bestand,
            path,
            fields,
        })
    }
}

/// A field of a form, trimmed; `None` when empty.
pub(super) fn field(form: &HashMap<String, String>, name: &str) -> Option<String> {
    form.get(name)
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

/// Adds an activity, application, employer contact or measure (the form's
/// `onderdeel`), exactly as `spoor2 toevoegen` does.
pub async fn add(
    Shared(state): Shared<Arc<State>>,
    CaseForm {
        bestand,
        path,
        fields: form,
    }: CaseForm,
) -> Response {
    let which = form.get("onderdeel").cloned().unwrap_or_default();
    let onderdeel = match which.as_str() {
        "activiteit" => Onderdeel::Activiteit,
        "sollicitatie" => Onderdeel::Sollicitatie,
        "contact" => Onderdeel::Contact,
        "maatregel" => Onderdeel::Maatregel,
        _ => return not_found("dit formulier kent de werkplek niet"),
    };
    // The case page again, the form holding everything the coach typed,
    // saying in the words of the form that nothing was added.
    let refused = |why: &str| {
        let veld = words::field_of(why, &which);
        let why = words::in_form_words(why, &which);
        let why = if why.starts_with("niets toegevoegd") || why.starts_with("niets gewijzigd") {
            why
        } else if form.get("vervangt").is_some_and(|v| !v.is_empty()) {
            format!("niets gewijzigd: {why}")
        } else {
            format!("niets toegevoegd: {why}")
        };
        case_page(
            &state,
            &bestand,
            &path,
            None,
            Some(why),
            Some((&which, &form, veld)),
            (None, None),
        )
    };
    let duur = match field(&form, "duur") {
        None => None,
        Some(d) => match d.parse::<u32>() {
            Ok(d) => Some(d),
            Err(_) => return refused(&format!("--duur: '{d}' is geen aantal minuten")),
        },
    };
    let args = ToevoegenArgs {
        file: path.clone(),
        onderdeel,
        datum: field(&form, "datum"),
        soort: field(&form, "soort"),
        omschrijving: field(&form, "omschrijving"),
        duur,
        werkgever: field(&form, "werkgever"),
        functie: field(&form, "functie"),
        kanaal: field(&form, "kanaal"),
        status: field(&form, "status"),
        resultaat: field(&form, "resultaat"),
        vorm: field(&form, "vorm"),
        met: field(&form, "met"),
        onderwerp: field(&form, "onderwerp"),
        uitkomst: field(&form, "uitkomst"),
        niet_vragen: true,
        peildatum: state.peildatum,
        ..ToevoegenArgs::default()
    };
    // Made from an older version of the journal: added all the same, to the
    // journal as it is now (nothing typed elsewhere is lost), and said.
    let stale = field(&form, "versie")
        .is_some_and(|v| crate::store::current_version(&path).as_deref() != Some(v.as_str()));
    let vervangt = field(&form, "vervangt").and_then(|n| n.parse::<usize>().ok());
    let versie = field(&form, "versie").unwrap_or_default();
    let result =
        tokio::task::spawn_blocking(move || match vervangt.and_then(|n| n.checked_sub(1)) {
            Some(index) => toevoegen::replace(&args, index, &versie),
            None => toevoegen::add(&args),
        })
        .await;
    match result {
        Ok(Ok((_, message))) if stale => back(
            &bestand,
            Ok(format!(
                "{message}; het dossier was intussen elders gewijzigd, de toevoeging staat bij de nieuwe versie"
            )),
        ),
        Ok(Ok((_, message))) => back(&bestand, Ok(message)),
        Ok(Err(crate::cmd::RunError::Conflict(_))) => refused(
            "niets gewijzigd: het dossier is gewijzigd nadat u deze pagina opende; open het onderdeel opnieuw om het te wijzigen",
        ),
        Ok(Err(e)) => refused(&said(&e, &path)),
        Err(_) => refused("er ging iets mis"),
    }
}

pub async fn undo(CaseForm { bestand, path, .. }: CaseForm) -> Response {
    let undone = {
        let path = path.clone();
        tokio::task::spawn_blocking(move || crate::store::undo(&path)).await
    };
    match undone {
        Ok(Ok(Some(what))) => back(&bestand, Ok(format!("ongedaan gemaakt: {what}"))),
        Ok(Ok(None)) => back(&bestand, Ok("de laatste wijziging is teruggezet".into())),
        Ok(Err(e)) => back(&bestand, Err(said(&e, &path))),
        Err(_) => back(&bestand, Err("niets teruggezet: er ging iets mis".into())),
    }
}

/// What a refused command says, for the page: without the file path in
/// front (the page says which case it is), and with the errors that
/// blocked an edit, which the command line prints above it.
pub(super) fn said(e: &crate::cmd::RunError, path: &Path) -> String {
    match e {
        crate::cmd::RunError::Blocked {
            errors, message, ..
        } => {
            if errors.is_empty() {
                message.clone()
            } else {
                format!("{message}. {}", errors_text(errors))
            }
        }
        other => plain_error(&other.to_string(), path),
    }
}

/// The errors of a journal for a message: "Fout: activiteit 2, datum: ..."
/// or "Fouten: ...; ...", each field in words.
pub(super) fn errors_text<'a>(errors: impl IntoIterator<Item = &'a Finding>) -> String {
    let texts: Vec<String> = errors.into_iter().map(finding_text).collect();
    let label = if texts.len() == 1 { "Fout" } else { "Fouten" };
    format!("{label}: {}", texts.join("; "))
}

/// A command's message without the file path in front (the page says
/// which case it is).
pub(super) fn plain_error(message: &str, path: &Path) -> String {
    let prefix = format!("{}: ", path.display());
    message
        .strip_prefix(&prefix)
        .or_else(|| message.strip_prefix("fout: "))
        .unwrap_or(message)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_values_are_percent_encoded() {
        assert_eq!(encode("map/a b&c.yaml"), "map%2Fa%20b%26c.yaml");
        assert_eq!(encode("é"), "%C3%A9");
    }

    #[test]
    fn only_regular_files_inside_the_output_folder_are_served() {
        let out = tempfile::tempdir().unwrap();
        let elsewhere = tempfile::tempdir().unwrap();
        let o = out.path();
        std::fs::write(o.join("a.pdf"), b"%PDF").unwrap();
        std::fs::write(elsewhere.path().join("geheim.pdf"), b"%PDF").unwrap();
        std::fs::create_dir(o.join("map.pdf")).unwrap();
        std::os::unix::fs::symlink(elsewhere.path().join("geheim.pdf"), o.join("buiten.pdf"))
            .unwrap();
        std::os::unix::fs::symlink(o.join("a.pdf"), o.join("binnen.pdf")).unwrap();
        let real = o.canonicalize().unwrap();
        assert_eq!(inside(o, "a.pdf"), Some(real.join("a.pdf")));
        assert_eq!(inside(o, "binnen.pdf"), Some(real.join("a.pdf")));
        assert_eq!(inside(o, "buiten.pdf"), None);
        assert_eq!(inside(o, "map.pdf"), None);
        assert_eq!(inside(o, "ontbreekt.pdf"), None);
    }

    #[test]
    fn a_finding_links_to_its_section() {
        assert_eq!(section("activiteiten[3].omschrijving"), "activiteiten");
        assert_eq!(section("voortgangsrapportages[1].voortgang"), "rapportages");
        assert_eq!(section("traject.einddatum"), "tijdlijn");
        assert_eq!(section("werknemer.bsn"), "gegevens");
    }
}
