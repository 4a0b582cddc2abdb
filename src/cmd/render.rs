//! `spoor2 render`: journals -> PDF reports.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::Status;
use crate::cli::RenderArgs;
use crate::journal::Journal;
use crate::output::{io_reason, write_atomic};
use crate::render::{DocumentSpec, Templates, plan};
use crate::typeset::{PdfMeta, Typesetter};

pub fn run(args: &RenderArgs) -> Status {
    let started = Instant::now();
    let templates = match Templates::load(args.templates.as_deref()) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("fout: {e}");
            return Status::Template;
        }
    };
    let (files, missing) = super::journals(&args.paths, Some(&args.output));
    let mut status = if missing { Status::Io } else { Status::Ok };
    if files.is_empty() {
        return status.max(Status::Io);
    }
    if let Err(e) = std::fs::create_dir_all(&args.output) {
        eprintln!(
            "{}: fout: de uitvoermap kan niet worden gemaakt: {}",
            args.output.display(),
            io_reason(&e)
        );
        return Status::Io;
    }

    let typesetter = Typesetter::new(&templates.files);
    let mut owners: HashMap<String, PathBuf> = HashMap::new();
    let mut written = 0usize;
    let mut failed_journals = 0usize;

    for file in &files {
        let loaded = match super::load_checked(file, super::peildatum(args.peildatum)) {
            Ok(l) => l,
            Err(e) => {
                eprintln!("{e}");
                status = status.max(Status::Io);
                failed_journals += 1;
                continue;
            }
        };
        for finding in &loaded.findings {
            eprintln!("{}", finding.display(file));
        }
        let errors = loaded.has_errors();
        let warnings = loaded.findings.iter().any(|f| !f.is_error());
        let Some(journal) = loaded
            .journal
            .filter(|_| !(errors || args.strict && warnings))
        else {
            eprintln!(
                "{}: geen rapportages gemaakt: los eerst de fouten op{}",
                file.display(),
                if errors {
                    ""
                } else {
                    " (--strict: waarschuwingen tellen als fouten)"
                }
            );
            status = status.max(Status::Findings);
            failed_journals += 1;
            continue;
        };
        if let Some(other) = owners.get(&journal.dossier) {
            eprintln!(
                "{}: fout: dossier: het dossiernummer '{}' wordt ook gebruikt door {}\n  hulp: geef elk dossier een eigen nummer; anders overschrijven de rapportages elkaar",
                file.display(),
                journal.dossier,
                other.display()
            );
            status = status.max(Status::Findings);
            failed_journals += 1;
            continue;
        }
        owners.insert(journal.dossier.clone(), file.clone());

        let specs = plan(&journal);
        if specs.is_empty() {
            eprintln!(
                "{}: nog geen rapportages in dit dossier (voortgangsrapportages of eindrapportage)",
                file.display()
            );
        }
        for spec in &specs {
            match render_one(
                &journal,
                spec,
                &templates,
                &typesetter,
                &args.output,
                args.emit_typst,
            ) {
                Ok(path) => {
                    println!("{}", path.display());
                    written += 1;
                }
                Err((s, message)) => {
                    eprintln!("{}: fout: {}: {message}", file.display(), spec.file_name);
                    status = status.max(s);
                }
            }
        }
    }

    eprintln!(
        "{} gemaakt in {:.1} s{}",
        match written {
            1 => "1 rapportage".to_string(),
            n => format!("{n} rapportages"),
        },
        started.elapsed().as_secs_f64(),
        match failed_journals {
            0 => String::new(),
            1 => "; 1 dossier overgeslagen".to_string(),
            n => format!("; {n} dossiers overgeslagen"),
        }
    );
    status
}

/// Renders, typesets and writes one document; returns the PDF's path.
pub fn render_one(
    journal: &Journal,
    spec: &DocumentSpec,
    templates: &Templates,
    typesetter: &Typesetter,
    out_dir: &Path,
    emit_typst: bool,
) -> Result<PathBuf, (Status, String)> {
    let source = templates
        .render(journal, spec)
        .map_err(|e| (Status::Template, e.to_string()))?;
    let pdf_path = out_dir.join(&spec.file_name);
    if emit_typst {
        let typ_path = pdf_path.with_extension("typ");
        write_atomic(&typ_path, source.as_bytes()).map_err(|e| {
            (
                Status::Io,
                format!(
                    "kan {} niet schrijven: {}",
                    typ_path.display(),
                    io_reason(&e)
                ),
            )
        })?;
    }
    let ident = format!("{}/{}", journal.dossier, spec.file_name);
    let pdf = typesetter
        .pdf(
            source,
            &PdfMeta {
                ident: &ident,
                date: spec.date,
            },
        )
        .map_err(|e| {
            (
                Status::Template,
                format!(
                    "het opmaken van {} mislukte (sjabloon {}):\n{e}\n  hulp: bekijk de gegenereerde bron met --emit-typst",
                    spec.file_name,
                    spec.template()
                ),
            )
        })?;
    write_atomic(&pdf_path, &pdf).map_err(|e| {
        (
            Status::Io,
            format!(
                "kan {} niet schrijven: {}",
                pdf_path.display(),
                io_reason(&e)
            ),
        )
    })?;
    Ok(pdf_path)
}
