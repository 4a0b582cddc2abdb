//! `spoor2 jaarcijfers`: a bureau's yearly figures from a folder of
//! journals, anonymised or not, as PDF, CSV or JSON.

use std::path::PathBuf;

use rayon::prelude::*;
use serde::Serialize;

use super::overzicht::{emit, house_style_for_folder};
use super::{Outcome, RunError};
use crate::Status;
use crate::cli::{JaarcijfersArgs, OverzichtFormat};
use crate::dates::{Datum, datum};
use crate::diag::{Severity, count};
use crate::document::{Kit, Target};
use crate::figures::{self, Figures};
use crate::house_style::HouseStyle;

pub fn run(args: &JaarcijfersArgs) -> Outcome {
    if !(2000..=2100).contains(&args.jaar) {
        return Err(RunError::Usage(format!(
            "--jaar {}: geef een jaar tussen 2000 en 2100",
            args.jaar
        )));
    }
    let today = super::peildatum(args.peildatum);
    let format =
        OverzichtFormat::resolve(args.format, args.output.as_deref()).map_err(RunError::Usage)?;
    let (files, mut status) = super::journals(std::slice::from_ref(&args.map), None)?;
    let loaded: Vec<_> = files
        .par_iter()
        .map(|f| super::load_checked(f, today))
        .collect();
    let mut journals = Vec::new();
    let mut bureaus: Vec<String> = Vec::new();
    for (file, result) in files.iter().zip(loaded) {
        match result {
            Ok(l) if !l.verdict(false).blocks() => {
                if let Some(j) = l.journal {
                    bureaus.push(j.bureau.naam.clone());
                    journals.push(j);
                }
            }
            Ok(l) => {
                eprintln!(
                    "{}: telt niet mee: het dossier heeft {}; zie spoor2 check",
                    file.display(),
                    count(l.verdict(false).errors, Severity::Fout)
                );
                status = status.max(Status::Findings);
            }
            Err(e) => {
                super::report(&e.into());
                status = status.max(Status::Io);
            }
        }
    }
    let refs: Vec<_> = journals.iter().collect();
    let f = figures::figures(&refs, args.jaar, today);

    match format {
        OverzichtFormat::Json => {
            let json = serde_json::to_string_pretty(&f).map_err(|e| RunError::Other {
                message: format!("fout: {e}"),
                status: Status::Io,
            })?;
            emit(args.output.as_ref(), json.as_bytes(), "de jaarcijfers")?;
        }
        OverzichtFormat::Csv => {
            let mut out = String::new();
            crate::overview::push_csv_line(
                &mut out,
                ["kengetal", "waarde"].map(String::from).into_iter(),
            );
            for line in figures::rows(&f) {
                crate::overview::push_csv_line(&mut out, [line.kengetal, line.waarde].into_iter());
            }
            emit(args.output.as_ref(), out.as_bytes(), "de jaarcijfers")?;
        }
        OverzichtFormat::Pdf => {
            let kit = Kit::load(args.templates.as_deref(), crate::typeset::CACHE_MAX_AGE)?;
            let bureau = match bureaus.split_first() {
                Some((first, rest)) if rest.iter().all(|b| b == first) => first.clone(),
                _ => String::new(),
            };
            let style = house_style_for_folder(args.bureau.as_deref(), &args.map).map_err(
                |error| RunError::HouseStyle {
                    error,
                    consequence:
                        "fout: geen jaarcijfers gemaakt: de huisstijl (bureau.yaml) is niet bruikbaar"
                            .into(),
                },
            )?;
            let path = args
                .output
                .clone()
                .unwrap_or_else(|| PathBuf::from(format!("jaarcijfers-{}.pdf", args.jaar)));
            super::make_one(
                &kit,
                "jaarcijfers.typ.tera",
                &view(&f, today, &bureau, &style),
                &style,
                &Target {
                    path: &path,
                    ident: format!("jaarcijfers/{}", args.jaar),
                    date: today,
                    emit_typst: false,
                    what: Some("de jaarcijfers"),
                },
            )?;
        }
    }
    Ok(status)
}

#[derive(Serialize)]
struct View {
    jaar: i32,
    dossiers: usize,
    gestart: usize,
    afgerond: usize,
    bureau: String,
    datum: Datum,
    rijen: Vec<figures::Line>,
    huisstijl: HouseStyle,
}

fn view(f: &Figures, on: chrono::NaiveDate, bureau: &str, style: &HouseStyle) -> View {
    View {
        jaar: f.jaar,
        dossiers: f.dossiers,
        gestart: f.gestart,
        afgerond: f.afgerond,
        bureau: bureau.to_string(),
        datum: datum(on),
        rijen: figures::rows(f),
        huisstijl: style.clone(),
    }
}
