//! "Nieuw dossier": a new case from the browser, made by the same code as
//! `spoor2 nieuw` (`cmd::nieuw::create`), in the werkplek's folder.

use std::collections::HashMap;
use std::sync::Arc;

use axum::Form;
use axum::extract::State as Shared;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::State;
use super::guard::{refusal, same};
use super::pages::{back, plain_error};
use crate::cli::{CadansArg, NieuwArgs};

/// The fields of the form, by name, with what the coach typed.
const FIELDS: [&str; 9] = [
    "naam",
    "functie",
    "werkgever",
    "eerste_ziektedag",
    "start",
    "cadans",
    "dossier",
    "coach",
    "bureau",
];

#[derive(Serialize)]
struct View {
    token: String,
    invoer: HashMap<&'static str, String>,
    fout: Option<String>,
    /// The id of the field the refusal is about (`n-naam`).
    fout_veld: String,
}

fn form_page(
    state: &State,
    invoer: HashMap<&'static str, String>,
    fout: Option<(String, Option<&str>)>,
) -> Response {
    let (fout, fout_veld) = match fout {
        Some((text, field)) => (
            Some(text),
            field
                .map(|f| format!("n-{}", f.replace('-', "_")))
                .unwrap_or_default(),
        ),
        None => (None, String::new()),
    };
    let view = View {
        token: state.token.clone(),
        invoer,
        fout,
        fout_veld,
    };
    super::pages::page(state, "Nieuw dossier", "nieuw.html", &view)
}

pub async fn form(Shared(state): Shared<Arc<State>>) -> Response {
    let mut invoer: HashMap<&'static str, String> =
        FIELDS.iter().map(|f| (*f, String::new())).collect();
    invoer.insert("cadans", "maandelijks".into());
    form_page(&state, invoer, None)
}

/// A file name from a dossier number: letters, digits, '-' and '_' kept,
/// the rest '-', so a number never names a path outside the folder.
fn file_name(dossier: &str) -> String {
    let name: String = dossier
        .trim()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("{}.yaml", name.trim_matches('-'))
}

pub async fn create(
    Shared(state): Shared<Arc<State>>,
    Form(sent): Form<HashMap<String, String>>,
) -> Response {
    if !sent.get("token").is_some_and(|t| same(t, &state.token)) {
        return refusal(
            StatusCode::FORBIDDEN,
            "Dit formulier komt niet van deze werkplek; open de werkplek opnieuw.",
        );
    }
    let typed = |f: &str| {
        sent.get(f)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    let invoer: HashMap<&'static str, String> = FIELDS
        .iter()
        .map(|f| (*f, sent.get(*f).cloned().unwrap_or_default()))
        .collect();
    let refused = |why: String| {
        let field = super::words::field_of(&why, "nieuw");
        let text = super::words::in_form_words(&why, "nieuw");
        form_page(
            &state,
            invoer.clone(),
            Some((format!("geen dossier begonnen: {text}"), field)),
        )
    };
    let on = state.today();
    let date = |f: &str, option: &str| -> Result<Option<chrono::NaiveDate>, String> {
        typed(f)
            .map(|t| crate::dates::parse_date(&t, on).map_err(|e| format!("{option}: {e}")))
            .transpose()
    };
    let eerste_ziektedag = match date("eerste_ziektedag", "--eerste-ziektedag") {
        Ok(d) => d,
        Err(e) => return refused(e),
    };
    let start = match date("start", "--start") {
        Ok(d) => d,
        Err(e) => return refused(e),
    };
    let cadans = match typed("cadans").as_deref() {
        None | Some("maandelijks") => CadansArg::Maandelijks,
        Some("zeswekelijks") => CadansArg::Zeswekelijks,
        Some("driemaandelijks") => CadansArg::Driemaandelijks,
        Some(other) => return refused(format!("--cadans: '{other}' is geen rapportageritme")),
    };
    let dossier = typed("dossier")
        .or_else(|| start.map(|s| format!("S2-{}", s.format("%Y%m%d"))))
        .unwrap_or_default();
    let name = file_name(&dossier);
    if name == ".yaml" {
        return refused("--dossier ontbreekt (Dossiernummer)".into());
    }
    let path = state.map.join(&name);
    let args = NieuwArgs {
        naam: typed("naam"),
        functie: typed("functie"),
        werkgever: typed("werkgever"),
        eerste_ziektedag,
        start,
        cadans,
        dossier: Some(dossier),
        coach: typed("coach"),
        bureau: typed("bureau"),
        output: Some(path.clone()),
        overschrijven: false,
        niet_vragen: true,
    };
    let made = tokio::task::spawn_blocking(move || crate::cmd::nieuw::create(&args)).await;
    match made {
        Ok(Ok(_)) => {
            state.index.relist();
            back(&name, Ok(format!(
                "nieuw dossier begonnen in {name}; vul de velden met '{}' in, de meldingen hieronder zeggen welke",
                crate::validate::PLACEHOLDER
            )))
        }
        Ok(Err(crate::cmd::RunError::Usage(why))) => refused(why),
        Ok(Err(e)) => refused(plain_error(&e.to_string(), &path)),
        Err(_) => refused("er ging iets mis".into()),
    }
    .into_response()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_dossier_number_names_a_file_in_the_folder_only() {
        assert_eq!(super::file_name("S2-2026-031"), "S2-2026-031.yaml");
        assert_eq!(super::file_name("../../etc/x"), "etc-x.yaml");
        assert_eq!(super::file_name(" /// "), ".yaml");
    }
}
