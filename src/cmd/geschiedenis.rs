//! `spoor2 geschiedenis`: every change to a journal, from its history (see
//! `crate::store::history`); `--terugzetten VERSIE` puts an earlier text
//! back as a new change, and `--aanzetten MAP` turns history on for a
//! folder of journals.

use std::path::Path;

use super::{Outcome, RunError};
use crate::Status;
use crate::cli::GeschiedenisArgs;
use crate::store::history::{Change, History};

pub fn run(args: &GeschiedenisArgs) -> Outcome {
    if let Some(map) = &args.aanzetten {
        return enable(map);
    }
    let Some(path) = &args.file else {
        return Err(RunError::Usage(
            "noem een dossier, of een map met --aanzetten".into(),
        ));
    };
    if !path.is_file() {
        return Err(RunError::Missing(path.clone()));
    }
    let history = history_of(path)?;
    let target = real_path(path)?;
    let changes = history.log(&target).map_err(|e| git_error(path, &e))?;
    match &args.terugzetten {
        Some(version) => {
            let peildatum = super::peildatum(args.peildatum);
            let what = restore(path, &history, &changes, version, peildatum)?;
            println!("{}: {what}", path.display());
            Ok(Status::Ok)
        }
        None => {
            if changes.is_empty() {
                println!(
                    "{}: nog geen wijzigingen in de geschiedenis; de eerste wijziging met spoor2 neemt het dossier op",
                    path.display()
                );
            }
            for line in lines(&changes) {
                println!("{line}");
            }
            Ok(Status::Ok)
        }
    }
}

/// The history of the journal at `path`, or why there is none.
pub fn history_of(path: &Path) -> Result<History, RunError> {
    let target = real_path(path)?;
    History::find(&target).ok_or_else(|| {
        let dir = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        if History::on_for_folder(dir) {
            return RunError::Refused(format!(
                "{}: dit is een koppeling naar {}, buiten de map met de geschiedenis; zet de geschiedenis aan in de map waar dat bestand staat",
                path.display(),
                target.display()
            ));
        }
        let folder = dir.display().to_string();
        RunError::Refused(format!(
            "{}: de geschiedenis staat niet aan voor deze map; zet haar aan met 'spoor2 geschiedenis --aanzetten {folder}'",
            path.display()
        ))
    })
}

/// The journal's real path (symbolic links followed), as the history
/// knows it.
pub fn real_path(path: &Path) -> Result<std::path::PathBuf, RunError> {
    std::fs::canonicalize(path).map_err(|source| {
        RunError::Read(crate::journal::ReadError {
            path: path.to_path_buf(),
            noun: "het bestand",
            source,
        })
    })
}

fn git_error(path: &Path, e: &crate::store::history::HistoryError) -> RunError {
    RunError::Other {
        message: format!("{}: fout: {e}", path.display()),
        status: Status::Io,
    }
}

/// One line per change, newest first: "abc1234  3 november 2026 14:02  Kees
/// Coach  sollicitatie van 3 november 2026 toegevoegd".
pub fn lines(changes: &[Change]) -> Vec<String> {
    changes
        .iter()
        .map(|c| {
            format!(
                "{}  {}  {}  {}",
                short(&c.commit),
                when(&c.date),
                c.author,
                c.what
            )
        })
        .collect()
}

/// The first seven characters of a commit, as git shows it.
pub fn short(commit: &str) -> &str {
    &commit[..commit.len().min(7)]
}

/// "3 november 2026 14:02" from git's ISO date.
pub fn when(iso: &str) -> String {
    match chrono::DateTime::parse_from_rfc3339(iso) {
        Ok(t) => format!(
            "{} {}",
            crate::dates::long(t.date_naive()),
            t.format("%H:%M")
        ),
        Err(_) => iso.to_string(),
    }
}

/// Puts the journal's text at `version` (a commit, or its first characters)
/// back as a new change, checked like every edit. Returns what was done.
pub fn restore(
    path: &Path,
    history: &History,
    changes: &[Change],
    version: &str,
    peildatum: chrono::NaiveDate,
) -> Result<String, RunError> {
    let version = version.trim();
    let matching: Vec<&Change> = changes
        .iter()
        .filter(|c| version.len() >= 4 && c.commit.starts_with(version))
        .collect();
    let [change] = matching.as_slice() else {
        return Err(RunError::Refused(format!(
            "{}: niets teruggezet: '{version}' is geen versie uit 'spoor2 geschiedenis {}' (geef de code uit de eerste kolom)",
            path.display(),
            path.display()
        )));
    };
    let target = real_path(path)?;
    let text = history
        .show(&target, &change.commit)
        .map_err(|e| git_error(path, &e))?
        .ok_or_else(|| {
            RunError::Refused(format!(
                "{}: niets teruggezet: het dossier bestond in die versie niet",
                path.display()
            ))
        })?;
    let text = String::from_utf8_lossy(&text)
        .trim_start_matches('\u{FEFF}')
        .to_string();
    let what = format!(
        "teruggezet naar de versie van {} ({})",
        when(&change.date),
        short(&change.commit)
    );
    crate::store::update(
        path,
        None,
        peildatum,
        "niets teruggezet: die versie heeft fouten bij de controle van nu; het bestand is niet veranderd",
        |_| {
            Ok(crate::store::Edited {
                text: text.clone(),
                what: what.clone(),
            })
        },
    )?;
    Ok(what)
}

/// `--aanzetten MAP`.
fn enable(map: &Path) -> Outcome {
    if !map.is_dir() {
        return Err(RunError::Missing(map.to_path_buf()));
    }
    let (found, _) = crate::discover::journals(&[map.to_path_buf()], None);
    let enabled = History::enable(map, &found).map_err(|e| RunError::Other {
        message: format!("{}: fout: {e}", map.display()),
        status: Status::Io,
    })?;
    let added = enabled.added;
    println!(
        "{}: de geschiedenis staat aan; {added} {} opgenomen. Elke wijziging met spoor2 wordt nu bewaard ('spoor2 geschiedenis BESTAND' toont ze).",
        map.display(),
        if added == 1 { "dossier" } else { "dossiers" }
    );
    for link in &enabled.outside {
        eprintln!(
            "{}: let op: dit is een koppeling naar een dossier buiten deze map; de geschiedenis daarvan wordt hier niet bewaard (zet haar aan in de map waar het bestand staat)",
            link.display()
        );
    }
    Ok(Status::Ok)
}
