//! `spoor2 overzicht`: one page with every case of a caseload, most urgent
//! first, as PDF, CSV or JSON.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use super::{Outcome, RunError};
use crate::Status;
use crate::cli::{OverzichtArgs, OverzichtFormat};
use crate::diag::{Severity, count};
use crate::document::{Kit, Target};
use crate::house_style::{self, HouseStyle, StyleError};
use crate::output::write_atomic;
use crate::overview::{self, Row};

pub fn run(args: &OverzichtArgs) -> Outcome {
    let peildatum = super::peildatum(args.peildatum);
    let format =
        OverzichtFormat::resolve(args.format, args.output.as_deref()).map_err(RunError::Usage)?;
    let (files, mut status) = super::journals(std::slice::from_ref(&args.map), None)?;
    if files.is_empty() {
        return Ok(status);
    }
    let styles = house_style::Resolver::new(args.bureau.as_deref());
    let loaded: Vec<_> = files
        .par_iter()
        .map(|f| super::load_with_retention(f, peildatum, &styles))
        .collect();
    let mut rows: Vec<Row> = Vec::new();
    let mut bureaus: Vec<String> = Vec::new();
    for (file, result) in files.iter().zip(loaded) {
        match result {
            Ok((l, years)) => match overview::row(&l, &args.map, peildatum, years) {
                Some(row) => {
                    bureaus.extend(l.journal.map(|j| j.bureau.naam));
                    rows.push(row);
                }
                None => {
                    eprintln!(
                        "{}: niet in het overzicht: het dossier kan niet worden gelezen ({}); zie spoor2 check",
                        file.display(),
                        count(overview::errors(&l).len(), Severity::Fout)
                    );
                    status = status.max(Status::Findings);
                }
            },
            Err(e) => {
                super::report(&e.into());
                status = status.max(Status::Io);
            }
        }
    }
    overview::sort(&mut rows);

    match format {
        OverzichtFormat::Json => {
            let json = serde_json::to_string_pretty(&rows).map_err(|e| RunError::Other {
                message: format!("fout: {e}"),
                status: Status::Io,
            })?;
            emit(args.output.as_ref(), json.as_bytes(), "het overzicht")?;
        }
        OverzichtFormat::Csv => emit(
            args.output.as_ref(),
            overview::csv(&rows).as_bytes(),
            "het overzicht",
        )?,
        OverzichtFormat::Pdf => {
            let kit = Kit::load(args.templates.as_deref(), crate::typeset::CACHE_MAX_AGE)?;
            // The bureau's name in the page header, when all cases share it.
            let bureau = match bureaus.split_first() {
                Some((first, rest)) if rest.iter().all(|b| b == first) => first.clone(),
                _ => String::new(),
            };
            let style =
                house_style_for_folder(args.bureau.as_deref(), &args.map).map_err(|error| {
                    RunError::HouseStyle {
                error,
                consequence:
                    "fout: geen overzicht gemaakt: de huisstijl (bureau.yaml) is niet bruikbaar"
                        .into(),
            }
                })?;
            let path = args
                .output
                .clone()
                .unwrap_or_else(|| PathBuf::from(format!("overzicht-{peildatum}.pdf")));
            super::make_one(
                &kit,
                "overzicht.typ.tera",
                &overview::view(&rows, peildatum, &bureau, &style),
                &style,
                &Target {
                    path: &path,
                    ident: format!("overzicht/{peildatum}"),
                    date: peildatum,
                    emit_typst: false,
                    what: Some("het overzicht"),
                },
            )?;
        }
    }
    Ok(status)
}

/// `--bureau`, or the bureau.yaml in the caseload folder or a parent.
pub fn house_style_for_folder(
    bureau: Option<&Path>,
    map: &Path,
) -> Result<Arc<HouseStyle>, StyleError> {
    let resolver = house_style::Resolver::new(bureau);
    match bureau {
        Some(file) => resolver.file(file),
        None => match house_style::find_in(map) {
            Some(file) => resolver.file(&file),
            None => Ok(HouseStyle::default_shared()),
        },
    }
}

/// Writes CSV or JSON to the file given (`what`: "het overzicht"), or to
/// stdout.
pub fn emit(path: Option<&PathBuf>, bytes: &[u8], what: &'static str) -> Result<(), RunError> {
    match path {
        Some(path) => write_atomic(path, bytes).map_err(|source| RunError::Write {
            path: path.clone(),
            what,
            source,
        }),
        None => {
            use std::io::Write;
            let _ = std::io::stdout().write_all(bytes);
            Ok(())
        }
    }
}
