//! Stage 4 of the pipeline: Typst source -> PDF, in-process.
//!
//! One [`Typesetter`] holds one typst-as-lib engine with the embedded fonts
//! parsed once, the template files in memory, and the sources of the
//! documents being compiled. It is shared by all threads of a batch.
//! System fonts are never consulted, the file system is never read, and the
//! PDF timestamp comes from the report's own date, so the same journal and
//! templates give the same bytes on every machine.

mod fonts;

pub use fonts::fingerprint as fonts_fingerprint;

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Instant;

use chrono::{Datelike, NaiveDate};
use typst::diag::{FileError, FileResult, Severity, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::{World, WorldExt};
use typst_as_lib::TypstEngine;
use typst_as_lib::file_resolver::FileResolver;
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

/// What goes into a PDF besides the source.
pub struct PdfMeta<'a> {
    /// Stable identity of the document (for the PDF's document ID).
    pub ident: &'a str,
    /// The document's own date, used as its creation timestamp.
    pub date: NaiveDate,
}

/// A problem in the generated Typst, located where possible.
#[derive(Debug)]
pub struct TypesetError {
    pub diagnostics: Vec<Diagnostic>,
}

#[derive(Debug)]
pub struct Diagnostic {
    /// Virtual path of the file: a template library file, or the generated
    /// document (`/document-N.typ`).
    pub file: Option<String>,
    pub line: Option<usize>,
    pub col: Option<usize>,
    pub message: String,
    pub hints: Vec<String>,
    /// The source line the problem is on, for context.
    pub snippet: Option<String>,
}

impl fmt::Display for TypesetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.diagnostics.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            match (&d.file, d.line, d.col) {
                (Some(file), Some(line), Some(col)) => write!(f, "{file}:{line}:{col}: ")?,
                (Some(file), _, _) => write!(f, "{file}: ")?,
                _ => {}
            }
            write!(f, "{}", d.message)?;
            if let Some(snippet) = &d.snippet {
                write!(f, "\n  | {snippet}")?;
            }
            for hint in &d.hints {
                write!(f, "\n  hulp: {hint}")?;
            }
        }
        Ok(())
    }
}

/// Sources of the documents being compiled, one slot per concurrent
/// compilation. Slots have fixed file ids (Typst interns ids for the life of
/// the process and has room for 65,535), and are reused.
#[derive(Default)]
struct DocumentSlots {
    sources: RwLock<HashMap<FileId, Source>>,
    /// Per-document files (a bureau's logo), under paths named after their
    /// content, so documents with different house styles never clash.
    assets: RwLock<HashMap<FileId, Bytes>>,
    free: Mutex<Vec<FileId>>,
    created: Mutex<usize>,
}

impl DocumentSlots {
    fn acquire(&self) -> FileId {
        if let Some(id) = self.free.lock().unwrap_or_else(|e| e.into_inner()).pop() {
            return id;
        }
        let mut created = self.created.lock().unwrap_or_else(|e| e.into_inner());
        *created += 1;
        file_id(&format!("/document-{}.typ", *created))
    }

    fn release(&self, id: FileId) {
        self.sources
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&id);
        self.free.lock().unwrap_or_else(|e| e.into_inner()).push(id);
    }
}

struct SlotResolver(Arc<DocumentSlots>);

impl FileResolver for SlotResolver {
    fn resolve_binary(&self, id: FileId) -> FileResult<Cow<'_, Bytes>> {
        let assets = self.0.assets.read().unwrap_or_else(|e| e.into_inner());
        assets
            .get(&id)
            .cloned()
            .map(Cow::Owned)
            .ok_or_else(|| not_found(id))
    }

    fn resolve_source(&self, id: FileId) -> FileResult<Cow<'_, Source>> {
        let sources = self.0.sources.read().unwrap_or_else(|e| e.into_inner());
        sources
            .get(&id)
            .cloned()
            .map(Cow::Owned)
            .ok_or_else(|| not_found(id))
    }
}

/// Template files (the Typst library, images) by virtual path.
struct TemplateFiles {
    sources: HashMap<FileId, Source>,
    binaries: HashMap<FileId, Bytes>,
}

impl FileResolver for TemplateFiles {
    fn resolve_binary(&self, id: FileId) -> FileResult<Cow<'_, Bytes>> {
        self.binaries
            .get(&id)
            .map(Cow::Borrowed)
            .ok_or_else(|| not_found(id))
    }

    fn resolve_source(&self, id: FileId) -> FileResult<Cow<'_, Source>> {
        match self.sources.get(&id) {
            Some(source) => Ok(Cow::Borrowed(source)),
            None if self.binaries.contains_key(&id) => Err(FileError::InvalidUtf8),
            None => Err(not_found(id)),
        }
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(std::path::PathBuf::from(id.vpath().get_without_slash()))
}

fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).unwrap_or_else(|_| {
        VirtualPath::new("/ongeldig.typ")
            .unwrap_or_else(|_| unreachable!("a constant path is valid"))
    });
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

pub struct Typesetter {
    engine: TypstEngine,
    slots: Arc<DocumentSlots>,
    /// Nanoseconds spent in layout and in PDF export, over all documents.
    pub compile_ns: AtomicU64,
    pub export_ns: AtomicU64,
}

/// How many compilations an unused memoized result survives in Typst's
/// cache. Measured on 2 cores (docs/benchmark.md): 1 is fastest. Clearing
/// after every compile (0, typst-as-lib's default) lets one worker evict the
/// results another is still using mid-compile; larger ages cost more in
/// cache lookups than they save, and memory grows with them.
pub const CACHE_MAX_AGE: usize = 1;

impl Typesetter {
    /// `files` are the non-Tera template files, by path relative to the
    /// template folder (e.g. `spoor2.typ`, `logo.png`).
    pub fn new(files: &BTreeMap<String, Vec<u8>>, cache_max_age: usize) -> Self {
        let mut sources = HashMap::new();
        let mut binaries = HashMap::new();
        for (name, bytes) in files {
            let id = file_id(&format!("/{name}"));
            if name.ends_with(".typ")
                && let Ok(text) = std::str::from_utf8(bytes)
            {
                sources.insert(id, Source::new(id, text.to_string()));
            }
            binaries.insert(id, Bytes::new(bytes.clone()));
        }
        let slots = Arc::new(DocumentSlots::default());
        let engine = TypstEngine::builder()
            .fonts(fonts::embedded())
            .add_file_resolver(SlotResolver(slots.clone()))
            .add_file_resolver(TemplateFiles { sources, binaries })
            .comemo_evict_max_age(Some(cache_max_age))
            .build();
        Typesetter {
            engine,
            slots,
            compile_ns: AtomicU64::new(0),
            export_ns: AtomicU64::new(0),
        }
    }

    /// Makes a file available to documents under `path` (e.g. a logo at
    /// `/huisstijl/logo-<hash>.png`). Paths are named after their content,
    /// so adding the same path again changes nothing.
    pub fn add_asset(&self, path: &str, bytes: &[u8]) {
        let id = file_id(path);
        let mut assets = self.slots.assets.write().unwrap_or_else(|e| e.into_inner());
        assets
            .entry(id)
            .or_insert_with(|| Bytes::new(bytes.to_vec()));
    }

    /// Makes a house style's logo available to the documents that use it.
    pub fn add_house_style(&self, style: &crate::house_style::HouseStyle) {
        if let (Some(logo), Some(bytes)) = (&style.logo, &style.logo_bytes) {
            self.add_asset(&logo.pad, bytes);
        }
        for (pad, bytes) in &style.signature_bytes {
            self.add_asset(pad, bytes);
        }
    }

    /// Compiles one Typst document to PDF/A-2a and PDF/UA-1 bytes.
    pub fn pdf(&self, source: String, meta: &PdfMeta) -> Result<Vec<u8>, TypesetError> {
        let id = self.slots.acquire();
        self.slots
            .sources
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .insert(id, Source::new(id, source));
        let result = self.compile(id, meta);
        self.slots.release(id);
        result
    }

    fn compile(&self, id: FileId, meta: &PdfMeta) -> Result<Vec<u8>, TypesetError> {
        let outcome = self.engine.with_world(id, |world| {
            let started = Instant::now();
            let document = typst::compile::<PagedDocument>(world).output;
            self.compile_ns
                .fetch_add(started.elapsed().as_nanos() as u64, Ordering::Relaxed);
            let document = document.map_err(|diags| diagnostics(world, &diags))?;
            let options = pdf_options(meta).map_err(|message| TypesetError {
                diagnostics: vec![Diagnostic {
                    file: None,
                    line: None,
                    col: None,
                    message,
                    hints: Vec::new(),
                    snippet: None,
                }],
            })?;
            let started = Instant::now();
            let pdf = typst_pdf::pdf(&document, &options);
            self.export_ns
                .fetch_add(started.elapsed().as_nanos() as u64, Ordering::Relaxed);
            pdf.map_err(|diags| diagnostics(world, &diags))
        });
        match outcome {
            Ok(result) => result,
            Err(e) => Err(TypesetError {
                diagnostics: vec![Diagnostic {
                    file: None,
                    line: None,
                    col: None,
                    message: e.to_string(),
                    hints: Vec::new(),
                    snippet: None,
                }],
            }),
        }
    }
}

/// PDF/A-2a together with PDF/UA-1: the strictest PDF/A conformance of
/// part 2 ("accessible": tagged, Unicode text) and the accessibility
/// standard, which Typst checks while exporting (headings, tables, alternative
/// texts, document title and language).
fn standards() -> Result<PdfStandards, String> {
    PdfStandards::new(&[PdfStandard::A_2a, PdfStandard::Ua_1]).map_err(|e| e.message().to_string())
}

fn pdf_options(meta: &PdfMeta) -> Result<PdfOptions, String> {
    let datetime = Datetime::from_ymd_hms(
        meta.date.year(),
        meta.date.month() as u8,
        meta.date.day() as u8,
        12,
        0,
        0,
    );
    Ok(PdfOptions {
        ident: Smart::Custom(meta.ident.to_string()),
        creator: Smart::Custom(Some(format!("spoor2 {}", env!("CARGO_PKG_VERSION")))),
        timestamp: datetime.map(Timestamp::new_utc),
        standards: standards()?,
        ..PdfOptions::default()
    })
}

fn diagnostics(world: &dyn World, diags: &[SourceDiagnostic]) -> TypesetError {
    let diagnostics = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| {
            let id = d.span.id();
            let file = id.map(|id| id.vpath().get_without_slash().to_string());
            let (mut line, mut col, mut snippet) = (None, None, None);
            if let (Some(id), Some(range)) = (id, world.range(d.span))
                && let Ok(source) = world.source(id)
                && let Some((l, c)) = source.lines().byte_to_line_column(range.start)
            {
                line = Some(l + 1);
                col = Some(c + 1);
                snippet = source.text().lines().nth(l).map(|s| s.trim().to_string());
            }
            Diagnostic {
                file,
                line,
                col,
                message: d.message.to_string(),
                hints: d.hints.iter().map(|h| h.v.to_string()).collect(),
                snippet,
            }
        })
        .collect();
    TypesetError { diagnostics }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Why PDF/A-2a (docs/garanties.md): PDF/A-4 (PDF 2.0) cannot be
    /// combined with PDF/UA-1 at all; PDF/A-1a can be configured but its
    /// export fails on our documents (PDF 1.4 has no room for what the
    /// tagging needs, and no transparency for logos); of parts 2 and 3,
    /// level "a" (tagged, Unicode text) is the strictest, and part 2 does not
    /// allow the arbitrary embedded files that part 3 does.
    #[test]
    fn pdf_a_2a_pairs_with_pdf_ua_1_and_pdf_a_4_does_not() {
        let pair = |a| PdfStandards::new(&[a, PdfStandard::Ua_1]).is_ok();
        assert!(pair(PdfStandard::A_2a));
        for a in [PdfStandard::A_4, PdfStandard::A_4f, PdfStandard::A_4e] {
            assert!(!pair(a), "{a:?}");
        }
        assert!(standards().is_ok());
    }
}
