//! The werkplek's make buttons: one report, all reports, or the WIA
//! dossier of a case, by the same code as `render` and `dossier`. One make
//! runs at a time; the page waits for it and then says what was made.

use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use axum::extract::State as Shared;
use axum::response::Response;
use chrono::Datelike;

use super::State;
use super::pages::{CaseForm, back, errors_text, plain_error, said};
use crate::batch::{self, DocStatus, Note, manifest::Manifest, manifest::document_hash};
use crate::cmd::RunError;
use crate::document::Timings;
use crate::house_style::Resolver;
use crate::journal::Persoon;
use crate::render::{DocumentKind, Only};

/// What a make button asks for.
enum Wat {
    /// One report, by its file name.
    Rapport(String),
    Alle,
    Dossier,
}

pub async fn make(
    Shared(state): Shared<Arc<State>>,
    CaseForm {
        bestand,
        path,
        fields: form,
    }: CaseForm,
) -> Response {
    let wat = match form.get("wat").map(String::as_str) {
        Some("alle") => Wat::Alle,
        Some("dossier") => Wat::Dossier,
        Some("rapport") => Wat::Rapport(form.get("naam").cloned().unwrap_or_default()),
        _ => return super::pages::not_found("dit formulier kent de werkplek niet"),
    };
    // One make at a time: two would write the same manifest.
    let _turn = state.making.lock().await;
    let task = {
        let state = state.clone();
        let path = path.clone();
        tokio::task::spawn_blocking(move || run(&state, &path, &wat))
    };
    match task.await {
        Ok(Ok(message)) => back(&bestand, Ok(message)),
        Ok(Err(message)) => back(&bestand, Err(plain_error(&message, &path))),
        Err(_) => back(
            &bestand,
            Err("er is niets gemaakt: er ging iets mis".into()),
        ),
    }
}

fn run(state: &State, path: &std::path::Path, wat: &Wat) -> Result<String, String> {
    let on = state.today();
    crate::cmd::create_dir(&state.output).map_err(|e| said(&e, path))?;
    match wat {
        Wat::Dossier => dossier(state, path, on),
        Wat::Alle => reports(state, path, on, None),
        Wat::Rapport(naam) => {
            // Only to find the report; the batch reads and checks it.
            let loaded =
                crate::journal::load(path).map_err(|e| plain_error(&e.to_string(), path))?;
            let journal = loaded
                .journal
                .as_ref()
                .ok_or("er is niets gemaakt: het dossier kan niet worden gelezen")?;
            let spec = crate::render::plan(journal)
                .into_iter()
                .find(|s| &s.file_name == naam)
                .ok_or("er is niets gemaakt: dit dossier heeft die rapportage niet")?;
            let only = match (spec.kind, spec.period_end) {
                (DocumentKind::Eind, _) => Only::Eind,
                (_, Some(end)) => Only::Month(end.year(), end.month()),
                _ => {
                    return Err("er is niets gemaakt: dit dossier heeft die rapportage niet".into());
                }
            };
            reports(state, path, on, Some(only))
        }
    }
}

/// The reports of the case (or the one `only` selects), as `render` makes
/// them: whatever is up to date is left alone.
fn reports(
    state: &State,
    path: &std::path::Path,
    on: chrono::NaiveDate,
    only: Option<Only>,
) -> Result<String, String> {
    let styles = Resolver::new(None);
    let timings = Timings::default();
    let options = batch::Options {
        out_dir: &state.output,
        emit_typst: false,
        strict: false,
        force: false,
        peildatum: on,
        timings: &timings,
        jobs: 1,
        only,
        styles: &styles,
    };
    let results = batch::run(
        &[path.to_path_buf()],
        &options,
        &state.kit,
        &|_| {},
        &|| {},
        &AtomicBool::new(false),
    );
    let Some(result) = results.first() else {
        return Err("er is niets gemaakt".into());
    };
    let failed: Vec<String> = result
        .rapportages
        .iter()
        .filter_map(|d| d.fout.as_ref().map(|f| format!("{}: {f}", d.bestand)))
        .collect();
    if !failed.is_empty() {
        return Err(format!("niet gemaakt: {}", failed.join("; ")));
    }
    if result.rapportages.is_empty() {
        return Err(nothing_made(result, path));
    }
    let count = |status: DocStatus| {
        result
            .rapportages
            .iter()
            .filter(|d| d.status == status)
            .count()
    };
    let (made, fresh) = (count(DocStatus::Gemaakt), count(DocStatus::Actueel));
    Ok(match (made, fresh) {
        (0, 1) => "de rapportage was al actueel".into(),
        (0, n) => format!("alle {n} rapportages waren al actueel"),
        (1, 0) => "de rapportage is gemaakt".into(),
        (m, 0) => format!("{m} rapportages gemaakt"),
        (m, f) => format!(
            "{m} {} gemaakt, {f} {} al actueel",
            if m == 1 { "rapportage" } else { "rapportages" },
            if f == 1 { "was" } else { "waren" }
        ),
    })
}

/// Why the batch made nothing, for the page: the journal's errors with
/// their fields in words, or what else it said, without the file's path
/// (the page says which case it is).
fn nothing_made(result: &batch::JournalResult, path: &std::path::Path) -> String {
    let errors: Vec<&crate::diag::Finding> = result
        .meldingen
        .iter()
        .filter_map(|n| match n {
            Note::Finding(f) if f.is_error() => Some(f),
            _ => None,
        })
        .collect();
    if !errors.is_empty() {
        return format!(
            "er is niets gemaakt: los eerst de fouten in het dossier op. {}",
            errors_text(errors)
        );
    }
    let why: Vec<String> = result
        .meldingen
        .iter()
        .filter_map(|n| match n {
            Note::Finding(_) => None,
            Note::Unreadable(e) => Some(format!(
                "kan het bestand niet lezen: {}",
                crate::output::io_reason(&e.source)
            )),
            other => Some(plain_error(
                &other.display(&result.dossierbestand).to_string(),
                path,
            )),
        })
        .filter(|s| !s.is_empty())
        .collect();
    if why.is_empty() {
        "er is niets gemaakt".into()
    } else {
        format!("er is niets gemaakt: {}", why.join("; "))
    }
}

/// The WIA dossier, as `spoor2 dossier` makes it, dated today and put
/// together by the case's coach; recorded in the manifest, so the case page
/// knows when it is out of date.
fn dossier(state: &State, path: &std::path::Path, on: chrono::NaiveDate) -> Result<String, String> {
    let loaded =
        crate::cmd::load_checked(path, on).map_err(|e| plain_error(&e.to_string(), path))?;
    crate::cmd::refuse_on_errors(
        &loaded,
        path,
        "geen WIA-dossier gemaakt: los eerst de fouten in het dossier op",
    )
    .map_err(|e| said(&e, path))?;
    let journal = loaded
        .journal
        .as_ref()
        .ok_or("geen WIA-dossier gemaakt: het dossier kan niet worden gelezen")?;
    let style = Resolver::new(None).for_journal(path).map_err(|e| {
        format!("geen WIA-dossier gemaakt: de huisstijl (bureau.yaml) is niet bruikbaar: {e}")
    })?;
    let name = crate::render::dossier::file_name(journal);
    let coach = &journal.bureau.coach;
    let made = crate::cmd::dossier::make(
        &state.kit,
        path,
        journal,
        &loaded.findings,
        &style,
        on,
        Persoon {
            naam: coach.naam.clone(),
            functie: coach.functie.clone(),
        },
        &state.output.join(&name),
        false,
    )
    .map_err(|e: RunError| said(&e, path))?;
    let mut manifest = Manifest::load(&state.output);
    manifest.record(
        &name,
        Some(document_hash(
            loaded.content_hash,
            style.fingerprint,
            state.kit.templates.fingerprint,
            &name,
        )),
    );
    manifest.save(&state.output);
    Ok(match made.warning {
        Some(w) => format!("het WIA-dossier is gemaakt, maar {w}"),
        None => "het WIA-dossier is gemaakt".into(),
    })
}
