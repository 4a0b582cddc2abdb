//! Removing an entry of the journal from its case page: through the same
//! editing layer as every other change (checked before it is written,
//! atomic, in the history, undone by "Laatste wijziging ongedaan maken"),
//! and only from the version of the journal the page showed, so a journal
//! changed in between never loses the wrong entry.

use axum::response::Response;

use super::State;
use super::pages::{CaseForm, back, said};
use crate::dates::long;
use crate::journal::Journal;

/// The lists whose entries the case page can remove, with the word for one
/// entry.
pub const LISTS: [(&str, &str); 4] = [
    ("activiteiten", "activiteit"),
    ("sollicitaties", "sollicitatie"),
    ("werkgevercontacten", "contact met de werkgever"),
    ("maatregelen", "maatregel"),
];

/// "activiteit van 3 maart 2026", for entry `index` (from 0) of `list`.
fn described(j: &Journal, list: &str, index: usize) -> Option<String> {
    let date = match list {
        "activiteiten" => j.activiteiten.get(index).map(|a| a.datum),
        "sollicitaties" => j.sollicitaties.get(index).map(|s| s.datum),
        "werkgevercontacten" => j.werkgevercontacten.get(index).map(|c| c.datum),
        "maatregelen" => j.maatregelen.get(index).map(|m| m.datum),
        _ => None,
    }?;
    let word = LISTS.iter().find(|(l, _)| *l == list)?.1;
    Some(format!("{word} van {}", long(date)))
}

pub async fn remove(
    axum::extract::State(state): axum::extract::State<std::sync::Arc<State>>,
    CaseForm {
        bestand,
        path,
        fields,
    }: CaseForm,
) -> Response {
    let list = fields.get("lijst").cloned().unwrap_or_default();
    let Some(index) = fields
        .get("nummer")
        .and_then(|n| n.parse::<usize>().ok())
        .and_then(|n| n.checked_sub(1))
    else {
        return back(
            &bestand,
            Err("niets verwijderd: dit onderdeel bestaat niet".into()),
        );
    };
    if !LISTS.iter().any(|(l, _)| *l == list) {
        return back(
            &bestand,
            Err("niets verwijderd: dit onderdeel bestaat niet".into()),
        );
    }
    let versie = fields.get("versie").cloned().unwrap_or_default();
    let on = state.today();
    let done = {
        let path = path.clone();
        tokio::task::spawn_blocking(move || {
            let mut what = String::new();
            crate::store::update(
                &path,
                Some(&versie),
                on,
                "niets verwijderd: zonder dit onderdeel zou het dossier fouten hebben; het bestand is niet veranderd",
                |loaded| {
                    let unreadable = || crate::cmd::unreadable(&path);
                    let text = loaded.source.clone().ok_or_else(unreadable)?;
                    let tree = loaded.tree.as_ref().ok_or_else(unreadable)?;
                    let j = loaded.journal.as_ref().ok_or_else(unreadable)?;
                    what = described(j, &list, index).ok_or_else(|| {
                        crate::cmd::RunError::Refused("niets verwijderd: dit onderdeel bestaat niet".into())
                    })?;
                    let text = crate::edit::remove_item(&text, tree, &list, index).map_err(|e| {
                        crate::cmd::RunError::Refused(format!("niets verwijderd: {e}"))
                    })?;
                    Ok(crate::store::Edited {
                        text,
                        what: format!("{what} verwijderd"),
                    })
                },
            )
            .map(|_| what)
        })
        .await
    };
    match done {
        Ok(Ok(what)) => back(&bestand, Ok(format!("{what} verwijderd"))),
        Ok(Err(crate::cmd::RunError::Conflict(_))) => back(
            &bestand,
            Err("niets verwijderd: het dossier is gewijzigd nadat u deze pagina opende; kijk het onderdeel hieronder na en verwijder het opnieuw".into()),
        ),
        Ok(Err(e)) => back(&bestand, Err(said(&e, &path))),
        Err(_) => back(&bestand, Err("niets verwijderd: er ging iets mis".into())),
    }
}
