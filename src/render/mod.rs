//! Stage 3 of the pipeline: journal -> Typst source, through Tera templates.
//!
//! The templates in `templates/` are embedded in the binary. A `--templates`
//! folder overrides them file by file: `*.tera` files are Tera templates that
//! produce Typst, every other file (the Typst house-style library, images) is
//! handed to the typesetter as-is. Everything is read into memory once, so
//! the typesetter never touches the file system and no journal or template
//! can reach a file outside the template folders.

pub mod assessment;
pub mod cijfers;
pub mod dossier;
pub mod escape;
pub mod evidence;
pub mod melding;
pub mod plan;
pub mod text;
pub mod view;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use tera::{Context, Tera};

use crate::house_style::HouseStyle;
use crate::journal::Journal;
pub use plan::{DocumentKind, DocumentSpec, Only, plan};

/// The built-in templates, embedded at compile time.
const EMBEDDED: &[(&str, &[u8])] = &[
    (
        "voortgangsrapportage.typ.tera",
        include_bytes!("../../templates/voortgangsrapportage.typ.tera"),
    ),
    (
        "eindrapportage.typ.tera",
        include_bytes!("../../templates/eindrapportage.typ.tera"),
    ),
    (
        "onderdelen.typ.tera",
        include_bytes!("../../templates/onderdelen.typ.tera"),
    ),
    (
        "voortgangsrapportage-inhoud.typ.tera",
        include_bytes!("../../templates/voortgangsrapportage-inhoud.typ.tera"),
    ),
    (
        "eindrapportage-inhoud.typ.tera",
        include_bytes!("../../templates/eindrapportage-inhoud.typ.tera"),
    ),
    (
        "dossier.typ.tera",
        include_bytes!("../../templates/dossier.typ.tera"),
    ),
    (
        "overzicht.typ.tera",
        include_bytes!("../../templates/overzicht.typ.tera"),
    ),
    (
        "jaarcijfers.typ.tera",
        include_bytes!("../../templates/jaarcijfers.typ.tera"),
    ),
    ("spoor2.typ", include_bytes!("../../templates/spoor2.typ")),
];

/// Largest file accepted in a template folder.
const MAX_TEMPLATE_FILE: u64 = 8 * 1024 * 1024;

/// A template problem: which template, where, and what.
#[derive(Debug)]
pub struct TemplateError {
    pub template: String,
    pub line: Option<usize>,
    pub col: Option<usize>,
    pub message: String,
}

impl fmt::Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "sjabloon {}", self.template)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(col) = self.col {
                write!(f, ":{col}")?;
            }
        }
        write!(f, ": {}", self.message)
    }
}

/// The template set in force: embedded defaults with overrides applied.
pub struct Templates {
    tera: Tera,
    /// Files for the typesetter (Typst library, images), by virtual path.
    pub files: BTreeMap<String, Vec<u8>>,
    /// Content hash of every template and file, for up-to-date checks.
    pub fingerprint: u64,
    /// Where overrides came from, if anywhere.
    pub override_dir: Option<PathBuf>,
    /// The Tera templates' text, to trace generated Typst back to them.
    tera_sources: BTreeMap<String, String>,
}

impl Templates {
    /// Loads the embedded templates, overridden by files in `dir` if given.
    pub fn load(dir: Option<&Path>) -> Result<Templates, TemplateError> {
        let mut all: BTreeMap<String, Vec<u8>> = EMBEDDED
            .iter()
            .map(|(name, bytes)| (name.to_string(), bytes.to_vec()))
            .collect();
        if let Some(dir) = dir {
            for (name, bytes) in read_override_dir(dir)? {
                all.insert(name, bytes);
            }
        }

        let mut tera = Tera::new();
        tera.autoescape_on([".tera"]);
        tera.set_escape_fn(escape::typst_markup);
        let mut sources = Vec::new();
        let mut files = BTreeMap::new();
        for (name, bytes) in &all {
            if name.ends_with(".tera") {
                let text = String::from_utf8(bytes.clone()).map_err(|_| TemplateError {
                    template: name.clone(),
                    line: None,
                    col: None,
                    message: "het sjabloon is geen UTF-8-tekst".into(),
                })?;
                sources.push((name.clone(), text));
            } else {
                files.insert(name.clone(), bytes.clone());
            }
        }
        tera.add_raw_templates(sources.iter().map(|(n, t)| (n.as_str(), t.as_str())))
            .map_err(|e| template_error(&e, None))?;

        Ok(Templates {
            tera,
            files,
            fingerprint: fingerprint(&all),
            override_dir: dir.map(Path::to_path_buf),
            tera_sources: sources.into_iter().collect(),
        })
    }

    /// Renders a template with any serializable view (the overview).
    pub fn render_view<V: serde::Serialize>(
        &self,
        template: &str,
        view: &V,
    ) -> Result<String, TemplateError> {
        let context =
            Context::from_serialize(view).map_err(|e| template_error(&e, Some(template)))?;
        self.tera
            .render(template, &context)
            .map_err(|e| template_error(&e, Some(template)))
    }

    /// The template line a line of generated Typst most likely came from:
    /// the line whose literal text (outside `{{ }}`, `{% %}` and `{# #}`)
    /// matches most of it. Tried first in `main`, then in the other
    /// templates (components). `None` when nothing matches well enough.
    pub fn trace(&self, main: &str, generated: &str) -> Option<(String, usize)> {
        let target = generated.trim();
        let mut best: Option<(usize, String, usize)> = None;
        let order = std::iter::once(main).chain(
            self.tera_sources
                .keys()
                .map(String::as_str)
                .filter(|n| *n != main),
        );
        for name in order {
            let Some(source) = self.tera_sources.get(name) else {
                continue;
            };
            for (i, line) in source.lines().enumerate() {
                let score: usize = literal_fragments(line)
                    .map(str::trim)
                    .filter(|f| f.len() >= 2 && target.contains(f))
                    .map(str::len)
                    .sum();
                if score >= 6 && best.as_ref().is_none_or(|(b, _, _)| score > *b) {
                    best = Some((score, name.to_string(), i + 1));
                }
            }
        }
        best.map(|(_, name, line)| (name, line))
    }

    /// For a failed compilation: the template lines its errors in the
    /// generated document most likely came from, one
    /// `\n  vermoedelijk uit: sjabloon NAME:LINE` each.
    pub fn trace_failure(&self, main: &str, e: &crate::typeset::TypesetError) -> String {
        e.diagnostics
            .iter()
            .filter(|d| {
                d.file
                    .as_deref()
                    .is_some_and(|f| f.starts_with("document-"))
            })
            .filter_map(|d| d.snippet.as_deref())
            .filter_map(|snippet| self.trace(main, snippet))
            .map(|(name, line)| format!("\n  vermoedelijk uit: sjabloon {name}:{line}"))
            .collect()
    }

    /// Renders a document's view with a given template (the full report, or
    /// only its content for the WIA dossier).
    pub fn render_template(
        &self,
        journal: &Journal,
        spec: &DocumentSpec,
        style: &HouseStyle,
        template: &str,
    ) -> Result<String, TemplateError> {
        let view = view::build(journal, spec, style);
        self.render_view(template, &view)
    }
}

fn read_override_dir(dir: &Path) -> Result<Vec<(String, Vec<u8>)>, TemplateError> {
    let dir_error = |message: String| TemplateError {
        template: dir.display().to_string(),
        line: None,
        col: None,
        message,
    };
    let meta = std::fs::metadata(dir).map_err(|e| {
        dir_error(format!(
            "de sjablonenmap kan niet worden gelezen: {}",
            crate::output::io_reason(&e)
        ))
    })?;
    if !meta.is_dir() {
        return Err(dir_error("dit is geen map".into()));
    }
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(dir).max_depth(4).sort_by_file_name() {
        let entry =
            entry.map_err(|e| dir_error(format!("kan de sjablonenmap niet doorlopen: {e}")))?;
        // Symbolic links are not followed (walkdir's default), so an
        // override folder cannot point outside itself.
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
        let name = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        if name.split('/').any(|part| part.starts_with('.')) {
            continue;
        }
        let size = entry.metadata().map(|m| m.len()).unwrap_or(0);
        if size > MAX_TEMPLATE_FILE {
            return Err(TemplateError {
                template: entry.path().display().to_string(),
                line: None,
                col: None,
                message: format!(
                    "het bestand is groter dan {} MB",
                    MAX_TEMPLATE_FILE / (1024 * 1024)
                ),
            });
        }
        let bytes = std::fs::read(entry.path()).map_err(|e| TemplateError {
            template: entry.path().display().to_string(),
            line: None,
            col: None,
            message: format!(
                "kan het bestand niet lezen: {}",
                crate::output::io_reason(&e)
            ),
        })?;
        out.push((name, bytes));
    }
    Ok(out)
}

fn template_error(e: &tera::Error, fallback: Option<&str>) -> TemplateError {
    use std::error::Error as _;
    match e.kind() {
        tera::ErrorKind::SyntaxError(report) | tera::ErrorKind::RenderingError(report) => {
            TemplateError {
                template: if report.filename().is_empty() {
                    fallback.unwrap_or("?").to_string()
                } else {
                    report.filename().to_string()
                },
                line: Some(report.span().start_line),
                col: Some(report.span().start_col + 1),
                message: report.message().to_string(),
            }
        }
        _ => {
            let mut message = e.to_string();
            let mut source = e.source();
            while let Some(s) = source {
                message.push_str(&format!(": {s}"));
                source = s.source();
            }
            TemplateError {
                template: fallback.unwrap_or("?").to_string(),
                line: None,
                col: None,
                message,
            }
        }
    }
}

/// FNV-1a over names and contents: stable across runs and platforms, unlike
/// std's randomly seeded hasher.
pub fn fingerprint(files: &BTreeMap<String, Vec<u8>>) -> u64 {
    let mut h = crate::output::Fnv::new();
    for (name, bytes) in files {
        h.write(name.as_bytes());
        h.write(&[0]);
        h.write(bytes);
        h.write(&[0]);
    }
    h.finish()
}

/// The parts of a template line outside Tera's delimiters.
fn literal_fragments(line: &str) -> impl Iterator<Item = &str> {
    let mut out = Vec::new();
    let mut rest = line;
    loop {
        let next = ["{{", "{%", "{#"]
            .iter()
            .filter_map(|open| rest.find(open).map(|i| (i, *open)))
            .min_by_key(|(i, _)| *i);
        match next {
            Some((i, open)) => {
                out.push(&rest[..i]);
                let close = match open {
                    "{{" => "}}",
                    "{%" => "%}",
                    _ => "#}",
                };
                match rest[i..].find(close) {
                    Some(j) => rest = &rest[i + j + close.len()..],
                    None => break,
                }
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out.into_iter()
}
