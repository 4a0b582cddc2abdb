//! The bureau's house style: `bureau.yaml`, next to the journals or in a
//! parent folder (or given with `--bureau`), with the bureau's name, address,
//! contact details, logo, brand colour and footer text. Every report, the WIA
//! dossier and the caseload overview use it; without one they use a sober
//! default.
//!
//! The file is read like a journal (marked YAML tree, structural check
//! against the schema of [`BureauFile`]), so every problem is reported at its
//! line and column in Dutch. The logo is read, checked and decoded here, once,
//! so a missing or broken logo is a clear message before anything is
//! typeset, never a half-made PDF.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::Status;
use crate::diag::Finding;
use crate::journal::{self, ReadError, yaml};
use crate::output::Fnv;

/// The names a house-style file may have.
pub const FILE_NAMES: [&str; 2] = ["bureau.yaml", "bureau.yml"];

/// Is this path a house-style file rather than a journal?
pub fn is_house_style_file(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| FILE_NAMES.contains(&n))
}

/// The default brand colour (dark blue).
pub const DEFAULT_COLOUR: &str = "#1f4e79";

/// Largest logo accepted.
const MAX_LOGO_BYTES: u64 = 4 * 1024 * 1024;

/// Lowest contrast of the brand colour against white: headings, table
/// headers and the chart use it, so it must be readable as text (WCAG AA
/// for normal text).
const MIN_CONTRAST: f64 = 4.5;

/// `bureau.yaml` as written by the bureau.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Huisstijl van het re-integratiebureau (bureau.yaml)",
    description = "Naam, adres, contactgegevens, logo, huiskleur en voettekst die spoor2 gebruikt in elke rapportage, het WIA-dossier en het overzicht."
)]
pub struct BureauFile {
    /// Naam van het bureau, bovenaan elke pagina.
    #[schemars(length(min = 1))]
    pub naam: String,
    /// Adresregels, bijvoorbeeld straat en huisnummer, postcode en plaats.
    #[serde(default)]
    pub adres: Vec<String>,
    /// Telefoonnummer van het bureau.
    pub telefoon: Option<String>,
    /// E-mailadres van het bureau.
    pub email: Option<String>,
    /// Website van het bureau.
    pub website: Option<String>,
    /// Het logo: een PNG- of SVG-bestand, met een beschrijving voor wie het
    /// niet kan zien.
    pub logo: Option<LogoFile>,
    /// Huiskleur als #RRGGBB, bijvoorbeeld "#2a6041"; donker genoeg om als
    /// tekst op wit te lezen.
    pub kleur: Option<String>,
    /// Tekst onderaan elke pagina, bijvoorbeeld KvK-nummer en keurmerk.
    pub voettekst: Option<String>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LogoFile {
    /// Pad naar het PNG- of SVG-bestand, vanaf de map van bureau.yaml.
    #[schemars(length(min = 1))]
    pub bestand: String,
    /// Beschrijving van het logo voor schermlezers (verplicht voor PDF/UA),
    /// bijvoorbeeld "Logo van Bureau De Brug".
    #[schemars(length(min = 1))]
    pub alt: String,
}

/// The house style as templates see it. All text stays raw; templates
/// escape it.
#[derive(Debug, Clone, Serialize)]
pub struct HouseStyle {
    /// The bureau's name from bureau.yaml; `None` in the default style,
    /// where the journal's `bureau.naam` is used.
    pub naam: Option<String>,
    pub adres: Vec<String>,
    /// Telephone, e-mail and website, as far as given.
    pub contact: Vec<String>,
    /// Brand colour, `#rrggbb`.
    pub kleur: String,
    pub logo: Option<LogoView>,
    pub voettekst: Option<String>,
    /// The logo's bytes for the typesetter, under `logo.pad`.
    #[serde(skip)]
    pub logo_bytes: Option<Arc<Vec<u8>>>,
    /// Hash of bureau.yaml and the logo, for up-to-date checks.
    #[serde(skip)]
    pub fingerprint: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct LogoView {
    /// Virtual path for the typesetter, named after the logo's content.
    pub pad: String,
    pub alt: String,
}

impl HouseStyle {
    /// The sober default: no logo, dark blue, the journal's bureau name.
    pub fn sober() -> Self {
        HouseStyle {
            naam: None,
            adres: Vec::new(),
            contact: Vec::new(),
            kleur: DEFAULT_COLOUR.to_string(),
            logo: None,
            voettekst: None,
            logo_bytes: None,
            fingerprint: 0,
        }
    }

    /// The default style, shared.
    pub fn default_shared() -> Arc<HouseStyle> {
        static SOBER: OnceLock<Arc<HouseStyle>> = OnceLock::new();
        SOBER.get_or_init(|| Arc::new(HouseStyle::sober())).clone()
    }
}

/// The JSON Schema of bureau.yaml, generated from the types.
pub fn schema() -> &'static serde_json::Value {
    static SCHEMA: OnceLock<serde_json::Value> = OnceLock::new();
    SCHEMA.get_or_init(|| schemars::schema_for!(BureauFile).to_value())
}

/// How a bureau.yaml is read: like a journal, at most 1 MB.
const KIND: journal::file::Kind = journal::file::Kind {
    name: "een bureau.yaml",
    noun: "de huisstijl",
    max_bytes: 1024 * 1024,
    start_hint: "begin met 'naam: <naam van het bureau>' (zie docs/huisstijl.md)",
    empty_hint: "zet er minstens 'naam: <naam van het bureau>' in (zie docs/huisstijl.md)",
    doc: "docs/huisstijl.md",
};

/// Why a house style cannot be used.
#[derive(Debug, Clone)]
pub enum StyleError {
    /// The file cannot be read: a failure of the run (exit 3).
    Unreadable(Arc<ReadError>),
    /// The file or its logo has errors (exit 1); only the errors, sorted
    /// by position.
    Findings {
        path: PathBuf,
        findings: Vec<Finding>,
    },
}

impl StyleError {
    pub fn status(&self) -> Status {
        match self {
            StyleError::Unreadable(_) => Status::Io,
            StyleError::Findings { .. } => Status::Findings,
        }
    }
}

/// The findings as printed (`file:line:col: fout: ...`), one per line.
impl std::fmt::Display for StyleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StyleError::Unreadable(e) => write!(f, "{e}"),
            StyleError::Findings { path, findings } => {
                for (i, finding) in findings.iter().enumerate() {
                    if i > 0 {
                        f.write_str("\n")?;
                    }
                    write!(f, "{}", finding.display(path))?;
                }
                Ok(())
            }
        }
    }
}

/// Reads and checks a bureau.yaml and its logo.
pub fn load(path: &Path) -> Result<HouseStyle, StyleError> {
    let file = journal::file::read(path, &KIND).map_err(|e| StyleError::Unreadable(Arc::new(e)))?;
    let mut findings = file.findings;
    let failed = |mut findings: Vec<Finding>| {
        findings.retain(Finding::is_error);
        crate::diag::sort(&mut findings);
        StyleError::Findings {
            path: path.to_path_buf(),
            findings,
        }
    };
    let Some(mut root) = file.root else {
        return Err(failed(findings));
    };
    let bytes = file.bytes;
    let file = journal::checked::<BureauFile>(&mut root, schema(), &mut findings, "de huisstijl");
    let locate = |field: &str| journal::locate(&root, field);
    // An empty value's position is where the next line starts; its key's is
    // where the coach looks.
    let key_mark = |field: &str| match &root.value {
        yaml::Value::Map(entries) => entries.iter().find(|e| e.key == field).map(|e| e.key_mark),
        _ => None,
    };

    let mut style = HouseStyle::sober();
    let mut hash = Fnv::new();
    hash.write(&bytes);
    // The colour and the logo are checked from the tree, so their problems
    // are reported together with any structural ones.
    let text_at = |field: &str| {
        let mut node = &root;
        for key in field.split('.') {
            node = node.get(key)?;
        }
        match &node.value {
            yaml::Value::Str(s) => Some(s.clone()),
            _ => None,
        }
    };
    if root
        .get("kleur")
        .is_some_and(|n| matches!(n.value, yaml::Value::Null))
    {
        findings.push(
            Finding::error(
                "kleur",
                "de kleur is leeg; een # zonder aanhalingstekens begint in YAML een opmerking",
            )
            .at(key_mark("kleur"))
            .hint("zet de kleur tussen aanhalingstekens, bijvoorbeeld kleur: \"#1e5b4c\""),
        );
    }
    if let Some(kleur) = text_at("kleur") {
        match check_colour(&kleur) {
            Ok(k) => style.kleur = k,
            Err((message, hint)) => findings.push(
                Finding::error("kleur", message)
                    .at(locate("kleur"))
                    .hint(hint),
            ),
        }
    }
    if let Some(bestand) = text_at("logo.bestand").filter(|b| !b.trim().is_empty()) {
        let base = path.parent().unwrap_or(Path::new(""));
        match read_logo(&base.join(bestand.trim())) {
            Ok((bytes, ext)) => {
                let mut h = Fnv::new();
                h.write(&bytes);
                let digest = h.finish();
                hash.write(&digest.to_le_bytes());
                style.logo = Some(LogoView {
                    pad: format!("/huisstijl/logo-{digest:016x}.{ext}"),
                    alt: text_at("logo.alt").unwrap_or_default(),
                });
                style.logo_bytes = Some(Arc::new(bytes));
            }
            Err((message, hint)) => findings.push(
                Finding::error("logo.bestand", message)
                    .at(locate("logo.bestand"))
                    .hint(hint),
            ),
        }
    }
    if findings.iter().any(Finding::is_error) {
        return Err(failed(findings));
    }
    let Some(file) = file else {
        return Err(failed(vec![Finding::error(
            "",
            "de huisstijl kon niet worden gelezen",
        )]));
    };
    style.naam = Some(file.naam.trim().to_string());
    style.adres = file
        .adres
        .iter()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    style.contact = [
        file.telefoon.as_ref().map(|t| format!("T {}", t.trim())),
        file.email.as_ref().map(|e| e.trim().to_string()),
        file.website.as_ref().map(|w| w.trim().to_string()),
    ]
    .into_iter()
    .flatten()
    .filter(|s| !s.is_empty())
    .collect();
    style.voettekst = file
        .voettekst
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty());
    style.fingerprint = hash.finish();
    Ok(style)
}

/// `#rgb` or `#rrggbb`, dark enough to read on white; lower-cased.
fn check_colour(given: &str) -> Result<String, (String, String)> {
    let hex = given.trim().trim_start_matches('#');
    let expanded: String = match hex.len() {
        3 => hex.chars().flat_map(|c| [c, c]).collect(),
        6 => hex.to_string(),
        _ => String::new(),
    };
    let channels: Option<Vec<u8>> = (!expanded.is_empty())
        .then(|| {
            (0..3)
                .map(|i| u8::from_str_radix(&expanded[2 * i..2 * i + 2], 16).ok())
                .collect()
        })
        .flatten();
    let Some(rgb) = channels else {
        return Err((
            format!("'{given}' is geen kleur"),
            "schrijf de kleur als #RRGGBB, bijvoorbeeld \"#2a6041\" (met aanhalingstekens)".into(),
        ));
    };
    let contrast = contrast_on_white(&rgb);
    if contrast < MIN_CONTRAST {
        return Err((
            format!(
                "de kleur {given} is te licht om als tekst op wit te lezen (contrast {:.1}:1, minstens {MIN_CONTRAST}:1 nodig)",
                contrast
            )
            .replace('.', ","),
            "kies een donkerdere tint van de huiskleur; koppen en tabelkoppen worden in deze kleur gezet".into(),
        ));
    }
    Ok(format!("#{}", expanded.to_ascii_lowercase()))
}

/// WCAG contrast ratio of a colour against white.
fn contrast_on_white(rgb: &[u8]) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let l = 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
    1.05 / (l + 0.05)
}

/// Reads the logo and checks that Typst can decode it.
fn read_logo(path: &Path) -> Result<(Vec<u8>, &'static str), (String, String)> {
    let shown = path.display();
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let ext = match ext.as_deref() {
        Some("png") => "png",
        Some("svg") => "svg",
        _ => {
            return Err((
                format!("het logo {shown} is geen PNG- of SVG-bestand"),
                "gebruik een logo met de extensie .png of .svg".into(),
            ));
        }
    };
    let meta = std::fs::metadata(path).map_err(|e| {
        (
            format!(
                "het logo {shown} kan niet worden gelezen: {}",
                crate::output::io_reason(&e)
            ),
            "controleer de bestandsnaam; het pad geldt vanaf de map van bureau.yaml".into(),
        )
    })?;
    if meta.len() > MAX_LOGO_BYTES {
        return Err((
            format!(
                "het logo {shown} is {} MB; een logo mag hooguit {} MB zijn",
                meta.len() / (1024 * 1024),
                MAX_LOGO_BYTES / (1024 * 1024)
            ),
            "verklein het logo, of gebruik een SVG".into(),
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| {
        (
            format!(
                "het logo {shown} kan niet worden gelezen: {}",
                crate::output::io_reason(&e)
            ),
            "controleer de rechten van het bestand".into(),
        )
    })?;
    let data = typst::foundations::Bytes::new(bytes.clone());
    let decoded = match ext {
        "png" => typst::visualize::RasterImage::plain(data, typst::visualize::ExchangeFormat::Png)
            .map(|_| ())
            .map_err(|_| ()),
        _ => typst::visualize::SvgImage::new(data)
            .map(|_| ())
            .map_err(|_| ()),
    };
    if decoded.is_err() {
        return Err((
            format!(
                "het logo {shown} is geen geldig {}-bestand en kan niet worden afgebeeld",
                ext.to_ascii_uppercase()
            ),
            "sla het logo opnieuw op als PNG of SVG (bijvoorbeeld vanuit het ontwerpprogramma) en probeer het nog eens".into(),
        ));
    }
    Ok((bytes, ext))
}

/// The bureau.yaml that applies to a journal: in its folder or the nearest
/// parent folder that has one.
/// Paths are kept as the journal's path was given (`samples/bureau.yaml`,
/// not an absolute path) as long as that names the folder, so messages
/// read as the coach typed them.
pub fn find_for(journal: &Path) -> Option<PathBuf> {
    find_in(journal.parent().unwrap_or(Path::new("")))
}

/// The bureau.yaml in a folder or the nearest parent folder that has one.
pub fn find_in(dir: &Path) -> Option<PathBuf> {
    let in_dir = |dir: &Path| {
        FILE_NAMES
            .iter()
            .map(|name| dir.join(name))
            .find(|p| p.is_file())
    };
    // Lexically up the path as given, while that stays truthful (no `..`,
    // which would make the lexical parent a different folder)...
    let lexical = !dir
        .components()
        .any(|c| matches!(c, std::path::Component::ParentDir));
    if lexical {
        for ancestor in dir.ancestors() {
            if let Some(found) = in_dir(ancestor) {
                return Some(found);
            }
        }
    }
    // ...then on up from the real folder (past the current directory for a
    // relative path).
    let real = if dir.as_os_str().is_empty() {
        std::env::current_dir().ok()?
    } else {
        dir.canonicalize().ok()?
    };
    real.ancestors().find_map(in_dir)
}

/// Finds and loads house styles for many journals, each file once.
pub struct Resolver {
    explicit: Option<PathBuf>,
    loaded: Mutex<HashMap<PathBuf, Result<Arc<HouseStyle>, StyleError>>>,
    /// The bureau.yaml found for each journal folder, so a caseload's
    /// folders are searched once, not once per journal.
    found: Mutex<HashMap<PathBuf, Option<PathBuf>>>,
}

impl Resolver {
    /// With `explicit` (`--bureau FILE`), that file applies to every journal.
    pub fn new(explicit: Option<&Path>) -> Self {
        Resolver {
            explicit: explicit.map(Path::to_path_buf),
            loaded: Mutex::new(HashMap::new()),
            found: Mutex::new(HashMap::new()),
        }
    }

    /// The house style for a journal, or the printed reason it is unusable.
    pub fn for_journal(&self, journal: &Path) -> Result<Arc<HouseStyle>, StyleError> {
        let file = match &self.explicit {
            Some(file) => file.clone(),
            None => {
                let dir = journal.parent().unwrap_or(Path::new("")).to_path_buf();
                let cached = self
                    .found
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .get(&dir)
                    .cloned();
                let found = match cached {
                    Some(found) => found,
                    None => {
                        let found = find_in(&dir);
                        self.found
                            .lock()
                            .unwrap_or_else(|e| e.into_inner())
                            .insert(dir, found.clone());
                        found
                    }
                };
                match found {
                    Some(file) => file,
                    None => return Ok(HouseStyle::default_shared()),
                }
            }
        };
        self.file(&file)
    }

    /// The house style of one file, loaded once.
    pub fn file(&self, file: &Path) -> Result<Arc<HouseStyle>, StyleError> {
        if let Some(done) = self
            .loaded
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(file)
        {
            return done.clone();
        }
        let result = load(file).map(Arc::new);
        self.loaded
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(file.to_path_buf(), result.clone());
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_are_normalised_and_must_be_dark_enough() {
        assert_eq!(check_colour("#1F4E79").unwrap(), "#1f4e79");
        assert_eq!(check_colour("#036").unwrap(), "#003366");
        assert!(check_colour("blauw").is_err());
        assert!(check_colour("#12345").is_err());
        // Yellow on white is unreadable.
        let (message, _) = check_colour("#ffd700").unwrap_err();
        assert!(message.contains("te licht"), "{message}");
        // Black has the highest contrast there is.
        assert!((contrast_on_white(&[0, 0, 0]) - 21.0).abs() < 0.01);
    }
}
