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
//! typeset, never a half-made PDF (`assets.rs`). Which file applies to a
//! journal, and loading each once for a caseload: `resolve.rs`.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::Status;
use crate::diag::Finding;
use crate::journal::{self, ReadError, yaml};
use crate::output::Fnv;
use assets::{LOGO, SIGNATURE, check_colour, read_image};
pub use resolve::{Resolver, find_for, find_in};

mod assets;
mod resolve;

/// The names a house-style file may have.
pub const FILE_NAMES: [&str; 2] = ["bureau.yaml", "bureau.yml"];

/// Is this path a house-style file rather than a journal?
pub fn is_house_style_file(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| FILE_NAMES.contains(&n))
}

/// Years a bureau keeps a journal after the trajectory ended, unless its
/// bureau.yaml says otherwise: about two years is what the Autoriteit
/// Persoonsgegevens considers reasonable for a re-integration file.
pub const DEFAULT_RETENTION_YEARS: u32 = 2;

/// The default brand colour (dark blue).
pub const DEFAULT_COLOUR: &str = "#1f4e79";

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
    /// Handtekeningen van coaches: in het ondertekeningsblok van elke
    /// rapportage die de coach opstelde.
    #[serde(default)]
    pub handtekeningen: Vec<HandtekeningFile>,
    /// Hoeveel jaar na de einddatum van een traject het bureau een dossier
    /// bewaart (AVG: niet langer dan nodig; de Autoriteit Persoonsgegevens
    /// vindt ongeveer twee jaar redelijk). Standaard 2.
    #[schemars(range(min = 1, max = 20))]
    pub bewaartermijn_jaren: Option<u32>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HandtekeningFile {
    /// Naam van de coach, zoals bij de auteur van de rapportages.
    #[schemars(length(min = 1))]
    pub coach: String,
    /// Pad naar het PNG- of SVG-bestand, vanaf de map van bureau.yaml.
    #[schemars(length(min = 1))]
    pub bestand: String,
    /// Beschrijving voor schermlezers (verplicht voor PDF/UA), bijvoorbeeld
    /// "Handtekening van Joost van Dam".
    #[schemars(length(min = 1))]
    pub alt: String,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LogoFile {
    /// Pad naar het PNG- of SVG-bestand, vanaf de map van bureau.yaml.
    #[schemars(length(min = 1))]
    pub bestand: String,
    /// Beschrijving van het logo voor schermlezers (verplicht voor PDF/UA),
    /// bijvoorbeeld "Logo van Bureau Dwarsveld".
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
    /// The coaches' signatures.
    pub handtekeningen: Vec<SignatureView>,
    /// Years a journal is kept after its trajectory ended.
    #[serde(skip)]
    pub bewaartermijn_jaren: u32,
    /// The logo's bytes for the typesetter, under `logo.pad`.
    #[serde(skip)]
    pub logo_bytes: Option<Arc<Vec<u8>>>,
    /// The signatures' bytes for the typesetter, by virtual path.
    #[serde(skip)]
    pub signature_bytes: Vec<(String, Arc<Vec<u8>>)>,
    /// Hash of bureau.yaml and the logo, for up-to-date checks.
    #[serde(skip)]
    pub fingerprint: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct SignatureView {
    pub coach: String,
    /// Virtual path for the typesetter, named after the image's content.
    pub pad: String,
    pub alt: String,
}

impl HouseStyle {
    /// The signature of the coach of that name, if the bureau has one.
    pub fn signature_of(&self, coach: &str) -> Option<&SignatureView> {
        let name = coach.trim().to_lowercase();
        self.handtekeningen
            .iter()
            .find(|s| s.coach.trim().to_lowercase() == name)
    }
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
            handtekeningen: Vec::new(),
            bewaartermijn_jaren: DEFAULT_RETENTION_YEARS,
            logo_bytes: None,
            signature_bytes: Vec::new(),
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
        match read_image(&base.join(bestand.trim()), LOGO) {
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
    // Each coach's signature, read and decoded like the logo.
    let signatures = match root.get("handtekeningen").map(|n| &n.value) {
        Some(yaml::Value::Seq(items)) => items.as_slice(),
        _ => &[],
    };
    for (i, item) in signatures.iter().enumerate() {
        let text = |key: &str| match item.get(key).map(|n| &n.value) {
            Some(yaml::Value::Str(s)) => Some(s.clone()),
            _ => None,
        };
        let Some(bestand) = text("bestand").filter(|b| !b.trim().is_empty()) else {
            continue;
        };
        let base = path.parent().unwrap_or(Path::new(""));
        match read_image(&base.join(bestand.trim()), SIGNATURE) {
            Ok((bytes, ext)) => {
                let mut h = Fnv::new();
                h.write(&bytes);
                let digest = h.finish();
                hash.write(&digest.to_le_bytes());
                let pad = format!("/huisstijl/handtekening-{digest:016x}.{ext}");
                style.handtekeningen.push(SignatureView {
                    coach: text("coach").unwrap_or_default().trim().to_string(),
                    pad: pad.clone(),
                    alt: text("alt").unwrap_or_default(),
                });
                style.signature_bytes.push((pad, Arc::new(bytes)));
            }
            Err((message, hint)) => {
                let field = format!("handtekeningen[{}].bestand", i + 1);
                findings.push(
                    Finding::error(field.clone(), message)
                        .at(locate(&field))
                        .hint(hint),
                );
            }
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
    style.bewaartermijn_jaren = file.bewaartermijn_jaren.unwrap_or(DEFAULT_RETENTION_YEARS);
    style.voettekst = file
        .voettekst
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty());
    style.fingerprint = hash.finish();
    Ok(style)
}
