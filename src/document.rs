//! The one way a PDF is made: a view filled into its Tera template, the
//! Typst source compiled with the bureau's house style, a failure in the
//! generated source traced back to the template line, and the PDF written
//! atomically. Reports, the WIA dossier and the caseload overview all pass
//! through [`Kit::make`]; a new kind of PDF needs a template and a view,
//! nothing else.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use chrono::NaiveDate;

use crate::Status;
use crate::house_style::HouseStyle;
use crate::output::{io_reason, write_atomic};
use crate::render::{TemplateError, Templates};
use crate::typeset::{PdfMeta, TypesetError, Typesetter};

/// The template set and the typesetter: loaded once, used for every
/// document of a run (and kept across changes by `watch`).
pub struct Kit {
    pub templates: Templates,
    pub typesetter: Typesetter,
}

impl Kit {
    /// Loads the templates (embedded, overridden from `dir`) and starts a
    /// typesetter over their files.
    pub fn load(dir: Option<&Path>, cache_age: usize) -> Result<Kit, TemplateError> {
        let templates = Templates::load(dir)?;
        let typesetter = Typesetter::new(&templates.files, cache_age);
        Ok(Kit {
            templates,
            typesetter,
        })
    }
}

/// UWV accepts files of at most 10 MB with the re-integratieverslag.
pub const UWV_UPLOAD_LIMIT: u64 = 10 * 1024 * 1024;

/// A warning for a PDF of `len` bytes that UWV would not accept, or `None`.
pub fn upload_warning(len: u64) -> Option<String> {
    (len > UWV_UPLOAD_LIMIT).then(|| {
        format!(
            "de PDF is {} MB; UWV neemt bij het re-integratieverslag bestanden van hooguit 10 MB aan",
            format!("{:.1}", len as f64 / (1024.0 * 1024.0)).replace('.', ",")
        )
    })
}

/// A document as written.
#[derive(Debug, Clone)]
pub struct Made {
    pub path: PathBuf,
    /// Why UWV would refuse it, if it would (its size).
    pub warning: Option<String>,
}

/// What to do about a PDF that is too large for UWV.
pub const UPLOAD_HINT: &str = "gebruik een kleiner logo of kleinere handtekening in bureau.yaml, of lever de rapportages los aan in plaats van als één WIA-dossier";

impl Made {
    /// The size warning as printed (`file: waarschuwing: ...` with a hint).
    pub fn warning_text(&self) -> Option<String> {
        self.warning.as_ref().map(|w| {
            format!(
                "{}: waarschuwing: {w}\n  hulp: {UPLOAD_HINT}",
                self.path.display()
            )
        })
    }
}

/// Where a document goes and what it carries besides its content.
pub struct Target<'a> {
    pub path: &'a Path,
    /// The PDF's identifier, stable across runs (`<dossier>/<file>`).
    pub ident: String,
    /// The date the document carries; also its PDF timestamp.
    pub date: NaiveDate,
    /// Also write the generated Typst source, as `<path>.typ`.
    pub emit_typst: bool,
    /// How a message names the document ("het WIA-dossier"); `None` where
    /// the message already names the file.
    pub what: Option<&'static str>,
}

/// Why a document was not made.
#[derive(Debug)]
pub enum DocumentError {
    /// Tera could not fill the template.
    Template {
        what: Option<&'static str>,
        error: TemplateError,
    },
    /// Typst rejected the generated source; `traced` holds the template
    /// lines it most likely came from.
    Typeset {
        what: Option<&'static str>,
        template: String,
        error: TypesetError,
        traced: String,
    },
    /// The PDF (or the Typst source next to it) could not be written.
    Write {
        what: Option<&'static str>,
        path: PathBuf,
        source: std::io::Error,
    },
}

impl DocumentError {
    pub fn status(&self) -> Status {
        match self {
            DocumentError::Template { .. } | DocumentError::Typeset { .. } => Status::Template,
            DocumentError::Write { .. } => Status::Io,
        }
    }
}

/// As a reason after the file's name (in a batch), or, for a document
/// with a `what`, as a message of its own (`fout: ...`).
impl std::fmt::Display for DocumentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DocumentError::Template { what, error } => match what {
                Some(_) => write!(f, "fout: {error}"),
                None => write!(f, "{error}"),
            },
            DocumentError::Typeset {
                what,
                template,
                error,
                traced,
            } => {
                match what {
                    Some(what) => write!(f, "fout: het opmaken van {what} mislukte")?,
                    None => write!(f, "het opmaken mislukte")?,
                }
                write!(
                    f,
                    " (sjabloon {template}):\n{error}{traced}\n  hulp: bekijk de gegenereerde bron met --emit-typst"
                )
            }
            DocumentError::Write { what, path, source } => match what {
                Some(what) => write!(
                    f,
                    "{}: fout: kan {what} niet schrijven: {}",
                    path.display(),
                    io_reason(source)
                ),
                None => write!(
                    f,
                    "kan {} niet schrijven: {}",
                    path.display(),
                    io_reason(source)
                ),
            },
        }
    }
}

/// Time spent per stage, summed over all threads, in nanoseconds: shows
/// how much of a batch is spent outside Typst (`render --tijden`).
#[derive(Debug, Default)]
pub struct Timings {
    pub check: AtomicU64,
    pub reload: AtomicU64,
    pub template: AtomicU64,
    pub typeset: AtomicU64,
    pub write: AtomicU64,
}

impl Timings {
    pub fn add(counter: &AtomicU64, since: Instant) {
        counter.fetch_add(since.elapsed().as_nanos() as u64, Ordering::Relaxed);
    }

    /// "stage: seconds (share)" lines.
    pub fn report(&self) -> String {
        let stages = [
            ("lezen en controleren", &self.check),
            ("opnieuw lezen", &self.reload),
            ("sjablonen (Tera)", &self.template),
            ("opmaak en PDF (Typst)", &self.typeset),
            ("schrijven", &self.write),
        ];
        let total: u64 = stages.iter().map(|(_, c)| c.load(Ordering::Relaxed)).sum();
        let mut out = String::new();
        for (name, counter) in stages {
            let ns = counter.load(Ordering::Relaxed);
            out.push_str(&format!(
                "{name:<24} {:>8.3} s  {:>5.1} %\n",
                ns as f64 / 1e9,
                if total > 0 {
                    ns as f64 * 100.0 / total as f64
                } else {
                    0.0
                }
            ));
        }
        out
    }
}

impl Kit {
    /// Makes one document: `view` into `template`, typeset with `style`,
    /// written to `target.path`. Returns the path written, with a warning
    /// when the file is too large to upload to UWV.
    pub fn make<V: serde::Serialize>(
        &self,
        template: &str,
        view: &V,
        style: &HouseStyle,
        target: &Target,
        timings: Option<&Timings>,
    ) -> Result<Made, DocumentError> {
        let started = Instant::now();
        let source = self.source(template, view);
        if let Some(t) = timings {
            Timings::add(&t.template, started);
        }
        let source = source.map_err(|error| DocumentError::Template {
            what: target.what,
            error,
        })?;
        self.make_from_source(template, source, style, target, timings)
    }

    /// Fills a template: the Typst source of a document.
    pub fn source<V: serde::Serialize>(
        &self,
        template: &str,
        view: &V,
    ) -> Result<String, TemplateError> {
        self.templates.render_view(template, view)
    }

    /// The rest of [`Kit::make`], for a source already filled (`watch`
    /// compares sources to skip documents whose content did not change).
    pub fn make_from_source(
        &self,
        template: &str,
        source: String,
        style: &HouseStyle,
        target: &Target,
        timings: Option<&Timings>,
    ) -> Result<Made, DocumentError> {
        let write_error = |path: &Path, source| DocumentError::Write {
            what: target.what,
            path: path.to_path_buf(),
            source,
        };
        if target.emit_typst {
            let typ = target.path.with_extension("typ");
            write_atomic(&typ, source.as_bytes()).map_err(|e| write_error(&typ, e))?;
        }
        self.typesetter.add_house_style(style);
        let started = Instant::now();
        let pdf = self.typesetter.pdf(
            source,
            &PdfMeta {
                ident: &target.ident,
                date: target.date,
            },
        );
        if let Some(t) = timings {
            Timings::add(&t.typeset, started);
        }
        let pdf = pdf.map_err(|error| DocumentError::Typeset {
            what: target.what,
            template: template.to_string(),
            traced: self.templates.trace_failure(template, &error),
            error,
        })?;
        let started = Instant::now();
        let written = write_atomic(target.path, &pdf).map_err(|e| write_error(target.path, e));
        if let Some(t) = timings {
            Timings::add(&t.write, started);
        }
        written.map(|()| Made {
            path: target.path.to_path_buf(),
            warning: upload_warning(pdf.len() as u64),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pdf_over_ten_megabytes_would_be_refused_by_uwv() {
        assert_eq!(upload_warning(UWV_UPLOAD_LIMIT), None);
        assert_eq!(upload_warning(300 * 1024), None);
        assert_eq!(
            upload_warning(UWV_UPLOAD_LIMIT + 1).as_deref(),
            Some(
                "de PDF is 10,0 MB; UWV neemt bij het re-integratieverslag bestanden van hooguit 10 MB aan"
            )
        );
        assert_eq!(
            upload_warning(12_900_000).as_deref(),
            Some(
                "de PDF is 12,3 MB; UWV neemt bij het re-integratieverslag bestanden van hooguit 10 MB aan"
            )
        );
    }
}
