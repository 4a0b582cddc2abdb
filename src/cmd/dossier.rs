//! `spoor2 dossier`: the WIA dossier of one case, one PDF for the
//! re-integratieverslag.

use std::path::PathBuf;

use crate::Status;
use crate::cli::DossierArgs;
use crate::diag::{self, Severity};
use crate::house_style::Resolver;
use crate::journal::Persoon;
use crate::output::{io_reason, write_atomic};
use crate::render::{Templates, dossier};
use crate::typeset::{PdfMeta, Typesetter};

pub fn run(args: &DossierArgs) -> Status {
    let on = super::peildatum(args.datum);
    let templates = match Templates::load(args.templates.as_deref()) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("fout: {e}");
            return Status::Template;
        }
    };
    let loaded = match super::load_checked(&args.file, on) {
        Ok(loaded) => loaded,
        Err(e) => {
            eprintln!("{e}");
            return Status::Io;
        }
    };
    // Every finding is shown; the warnings also go into the dossier, as the
    // points that remain open.
    for finding in &loaded.findings {
        eprintln!("{}", finding.display(&args.file));
    }
    let errors = loaded.findings.iter().filter(|f| f.is_error()).count();
    let Some(journal) = loaded.journal.as_ref().filter(|_| errors == 0) else {
        eprintln!(
            "{}: geen WIA-dossier gemaakt: los eerst de {} op",
            args.file.display(),
            if errors == 1 {
                "fout".to_string()
            } else {
                diag::count(errors, Severity::Fout)
            }
        );
        return Status::Findings;
    };
    let style = match Resolver::new(args.bureau.as_deref()).for_journal(&args.file) {
        Ok(style) => style,
        Err(e) => {
            eprintln!("{e}");
            eprintln!(
                "{}: geen WIA-dossier gemaakt: de huisstijl (bureau.yaml) is niet bruikbaar",
                args.file.display()
            );
            return e.status;
        }
    };
    // A report dated after the dossier is still included, but probably
    // means the date is wrong.
    let reports = crate::render::plan(journal);
    if let Some(later) = reports.iter().find(|d| d.date > on) {
        eprintln!(
            "{}: waarschuwing: {} is gedateerd op {}, na de datum van het WIA-dossier ({})\n  hulp: geef met --datum de datum waarop het dossier wordt samengesteld",
            args.file.display(),
            later.title,
            crate::dates::long(later.date),
            crate::dates::long(on)
        );
    }
    let samensteller = match &args.samensteller {
        Some(given) => {
            let (naam, functie) = given.split_once(',').unwrap_or((given, ""));
            Persoon {
                naam: naam.trim().to_string(),
                functie: functie.trim().to_string(),
            }
        }
        None => Persoon {
            naam: journal.bureau.coach.naam.clone(),
            functie: journal.bureau.coach.functie.clone(),
        },
    };

    let view = match dossier::build(
        journal,
        &style,
        &templates,
        on,
        samensteller,
        &loaded.findings,
    ) {
        Ok(view) => view,
        Err(e) => {
            eprintln!("fout: {e}");
            return Status::Template;
        }
    };
    let source = match templates.render_view("dossier.typ.tera", &view) {
        Ok(source) => source,
        Err(e) => {
            eprintln!("fout: {e}");
            return Status::Template;
        }
    };

    let path = args
        .output
        .clone()
        .unwrap_or_else(|| PathBuf::from("rapportages").join(dossier::file_name(journal)));
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && let Err(e) = std::fs::create_dir_all(dir)
    {
        eprintln!(
            "{}: fout: de uitvoermap kan niet worden gemaakt: {}",
            dir.display(),
            io_reason(&e)
        );
        return Status::Io;
    }
    if args.emit_typst {
        let typ = path.with_extension("typ");
        if let Err(e) = write_atomic(&typ, source.as_bytes()) {
            eprintln!(
                "{}: fout: kan niet schrijven: {}",
                typ.display(),
                io_reason(&e)
            );
            return Status::Io;
        }
    }

    let typesetter = Typesetter::new(&templates.files, crate::typeset::CACHE_MAX_AGE);
    typesetter.add_house_style(&style);
    let ident = format!("{}/{}", journal.dossier, dossier::file_name(journal));
    let pdf = match typesetter.pdf(
        source,
        &PdfMeta {
            ident: &ident,
            date: on,
        },
    ) {
        Ok(pdf) => pdf,
        Err(e) => {
            let traced = templates.trace_failure("dossier.typ.tera", &e);
            eprintln!(
                "fout: het opmaken van het WIA-dossier mislukte (sjabloon dossier.typ.tera):\n{e}{}\n  hulp: bekijk de gegenereerde bron met --emit-typst",
                traced
            );
            return Status::Template;
        }
    };
    if let Err(e) = write_atomic(&path, &pdf) {
        eprintln!(
            "{}: fout: kan het WIA-dossier niet schrijven: {}",
            path.display(),
            io_reason(&e)
        );
        return Status::Io;
    }
    println!("{}", path.display());
    Status::Ok
}
