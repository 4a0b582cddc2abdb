//! `spoor2 overzicht`: one page with every case of a caseload, most urgent
//! first, as PDF, CSV or JSON.

use std::path::PathBuf;
use std::sync::Arc;

use rayon::prelude::*;

use crate::Status;
use crate::cli::{OverzichtArgs, OverzichtFormat};
use crate::house_style::{self, HouseStyle, StyleError};
use crate::output::{io_reason, write_atomic};
use crate::overview::{self, Row};
use crate::render::Templates;
use crate::typeset::{PdfMeta, Typesetter};

pub fn run(args: &OverzichtArgs) -> Status {
    let peildatum = super::peildatum(args.peildatum);
    let (files, missing) = super::journals(std::slice::from_ref(&args.map), None);
    let mut status = if missing { Status::Io } else { Status::Ok };
    if files.is_empty() {
        return status.max(Status::Io);
    }
    let loaded: Vec<_> = files
        .par_iter()
        .map(|f| super::load_checked(f, peildatum))
        .collect();
    let mut rows: Vec<Row> = Vec::new();
    let mut bureaus: Vec<String> = Vec::new();
    for (file, result) in files.iter().zip(loaded) {
        match result {
            Ok(l) => match overview::row(&l, &args.map, peildatum) {
                Some(row) => {
                    bureaus.extend(l.journal.map(|j| j.bureau.naam));
                    rows.push(row);
                }
                None => {
                    eprintln!(
                        "{}: niet in het overzicht: het dossier kan niet worden gelezen ({}); zie spoor2 check",
                        file.display(),
                        crate::diag::count(overview::errors(&l).len(), crate::diag::Severity::Fout)
                    );
                    status = status.max(Status::Findings);
                }
            },
            Err(e) => {
                eprintln!("{e}");
                status = status.max(Status::Io);
            }
        }
    }
    overview::sort(&mut rows);

    match args.format {
        OverzichtFormat::Json => match serde_json::to_string_pretty(&rows) {
            Ok(json) => emit(args.output.as_ref(), json.as_bytes(), status),
            Err(e) => {
                eprintln!("fout: {e}");
                Status::Io
            }
        },
        OverzichtFormat::Csv => emit(
            args.output.as_ref(),
            overview::csv(&rows).as_bytes(),
            status,
        ),
        OverzichtFormat::Pdf => {
            let templates = match Templates::load(args.templates.as_deref()) {
                Ok(t) => t,
                Err(e) => {
                    eprintln!("fout: {e}");
                    return Status::Template;
                }
            };
            // The bureau's name in the page header, when all cases share it.
            let bureau = match bureaus.split_first() {
                Some((first, rest)) if rest.iter().all(|b| b == first) => first.clone(),
                _ => String::new(),
            };
            let style = match house_style_for_folder(args) {
                Ok(style) => style,
                Err(e) => {
                    eprintln!("{e}");
                    eprintln!(
                        "fout: geen overzicht gemaakt: de huisstijl (bureau.yaml) is niet bruikbaar"
                    );
                    return e.status;
                }
            };
            #[derive(serde::Serialize)]
            struct WithStyle<'a, V: serde::Serialize> {
                #[serde(flatten)]
                view: V,
                huisstijl: &'a HouseStyle,
            }
            let view = WithStyle {
                view: overview::view(&rows, peildatum, &bureau),
                huisstijl: &style,
            };
            let source = match templates.render_view("overzicht.typ.tera", &view) {
                Ok(s) => s,
                Err(e) => {
                    eprintln!("fout: {e}");
                    return Status::Template;
                }
            };
            let typesetter = Typesetter::new(&templates.files, crate::typeset::CACHE_MAX_AGE);
            typesetter.add_house_style(&style);
            let ident = format!("overzicht/{peildatum}");
            let pdf = match typesetter.pdf(
                source,
                &PdfMeta {
                    ident: &ident,
                    date: peildatum,
                },
            ) {
                Ok(pdf) => pdf,
                Err(e) => {
                    eprintln!(
                        "fout: het opmaken van het overzicht mislukte (sjabloon overzicht.typ.tera):\n{e}"
                    );
                    return Status::Template;
                }
            };
            let path = args
                .output
                .clone()
                .unwrap_or_else(|| PathBuf::from(format!("overzicht-{peildatum}.pdf")));
            if let Err(e) = write_atomic(&path, &pdf) {
                eprintln!(
                    "{}: fout: kan het overzicht niet schrijven: {}",
                    path.display(),
                    io_reason(&e)
                );
                return Status::Io;
            }
            println!("{}", path.display());
            status
        }
    }
}

/// `--bureau`, or the bureau.yaml in the caseload folder or a parent.
fn house_style_for_folder(args: &OverzichtArgs) -> Result<Arc<HouseStyle>, StyleError> {
    let resolver = house_style::Resolver::new(args.bureau.as_deref());
    match &args.bureau {
        Some(file) => resolver.file(file),
        None => match house_style::find_in(&args.map) {
            Some(file) => resolver.file(&file),
            None => Ok(HouseStyle::default_shared()),
        },
    }
}

fn emit(path: Option<&PathBuf>, bytes: &[u8], status: Status) -> Status {
    match path {
        Some(path) => match write_atomic(path, bytes) {
            Ok(()) => status,
            Err(e) => {
                eprintln!(
                    "{}: fout: kan het overzicht niet schrijven: {}",
                    path.display(),
                    io_reason(&e)
                );
                Status::Io
            }
        },
        None => {
            use std::io::Write;
            let _ = std::io::stdout().write_all(bytes);
            status
        }
    }
}
