//! "Oplossen": every finding of `check` has a way to resolve it in the
//! browser, linked from the finding. An entry's finding opens the entry's
//! own form; a missing activity, application, contact or report opens the
//! form that adds it; every other finding opens a form here with the
//! fields that answer it (the date the employee saw a report with their
//! judgement and view, the date sent, why an application outside the
//! profile is suitable, where spoor 1 stands, the plan and its agreement,
//! a current view of the belastbaarheid, the follow-up of a
//! deskundigenoordeel, a new version of a fixed report, ...). Parts the
//! case page shows get the same forms from their own links: the
//! persoonsprofiel, a sick period, a bijstelling, a new zoekprofiel
//! version.
//!
//! The fields, their kinds (date, choice, number, text, lines) and their
//! explanations come from the journal's own schema (`journal::schema`),
//! the same one `spoor2 schema` gives editors. A form is written in one
//! checked, atomic write from the version the page showed, through the
//! editing layer (`edit::set_value_in`, `edit::add_map`, the list
//! additions), so comments and layout stay and the change is in the
//! history and can be undone. A report that was seen or sent only gets
//! what it did not have yet.

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::State as Shared;
use axum::response::Response;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

use super::State;
use super::narrative::journal_and_version;
use super::ondertekenen::{Signed, Who, offer};
use super::pages::{CaseForm, Params, back, encode, journal_path, not_found, said};
use crate::diag::Finding;
use crate::edit::{Field, Step};
use crate::journal::Journal;
use crate::journal::yaml::{Node, Value};

/// One step of a path, owned: a key, an item (from 0), or a new item.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Key(String),
    Index(usize),
    New,
}

/// `voortgangsrapportages[2].visie_werknemer` as parts; `[+]` is a new
/// item. `None` for what is not a path.
fn parse(path: &str) -> Option<Vec<Part>> {
    let mut parts = Vec::new();
    for segment in path.split('.') {
        let (key, rest) = segment.split_once('[').unwrap_or((segment, ""));
        if key.is_empty()
            || !key
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        {
            return None;
        }
        parts.push(Part::Key(key.to_string()));
        for index in rest.split('[').filter(|s| !s.is_empty()) {
            let index = index.strip_suffix(']')?;
            parts.push(match index {
                "+" => Part::New,
                n => Part::Index(n.parse::<usize>().ok().filter(|n| *n >= 1)? - 1),
            });
        }
    }
    Some(parts)
}

fn steps(parts: &[Part]) -> Vec<Step<'_>> {
    parts
        .iter()
        .map(|p| match p {
            Part::Key(k) => Step::Key(k),
            Part::Index(i) => Step::Index(*i),
            Part::New => Step::Index(usize::MAX),
        })
        .collect()
}

/// The path in the words of `check`.
fn words(parts: &[Part]) -> String {
    crate::edit::path_words(&steps(parts))
}

// The schema.

/// `schema` with its `$ref` followed and an `anyOf` with `null` (an
/// optional part) reduced to the part.
fn resolved(schema: &'static Json) -> &'static Json {
    let root = crate::journal::schema();
    let mut s = schema;
    for _ in 0..8 {
        if let Some(r) = s.get("$ref").and_then(Json::as_str) {
            match r
                .strip_prefix("#/$defs/")
                .and_then(|name| root.get("$defs")?.get(name))
            {
                Some(def) => s = def,
                None => return s,
            }
        } else if let Some(any) = s.get("anyOf").and_then(Json::as_array) {
            match any
                .iter()
                .find(|a| a.get("type").and_then(Json::as_str) != Some("null"))
            {
                Some(a) => s = a,
                None => return s,
            }
        } else {
            return s;
        }
    }
    s
}

/// The schema of the part at `parts` (a key of a mapping, an item of a
/// list, new or not).
fn schema_at(parts: &[Part]) -> Option<&'static Json> {
    let mut s = resolved(crate::journal::schema());
    for p in parts {
        s = match p {
            Part::Key(k) => resolved(s.get("properties")?.get(k)?),
            Part::Index(_) | Part::New => resolved(s.get("items")?),
        };
    }
    Some(s)
}

/// What kind of input a field takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
enum Kind {
    Datum,
    Keuze,
    Getal,
    Regel,
    Tekst,
    /// A list of one-line values, one per line.
    Regels,
    /// The plan's phases, one per line as "naam: inhoud".
    Fasen,
}

/// Text fields that hold a name or a few words, not sentences.
const SHORT: [&str; 13] = [
    "naam",
    "functie",
    "bron",
    "regio",
    "niveau",
    "verwachte_duur",
    "rijbewijs",
    "vervoer",
    "profielfunctie",
    "aangevraagd_door",
    "wanneer",
    "contact",
    "plaats",
];

fn kind_of(key: &str, s: &'static Json) -> Option<(Kind, Vec<String>)> {
    let types: Vec<&str> = match s.get("type") {
        Some(Json::String(t)) => vec![t.as_str()],
        Some(Json::Array(ts)) => ts.iter().filter_map(Json::as_str).collect(),
        _ => Vec::new(),
    };
    if let Some(values) = s.get("enum").and_then(Json::as_array) {
        let values = values
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect();
        return Some((Kind::Keuze, values));
    }
    let kind = if s.get("format").and_then(Json::as_str) == Some("date") {
        Kind::Datum
    } else if types.contains(&"integer") || types.contains(&"number") {
        Kind::Getal
    } else if types.contains(&"array") {
        let items = resolved(s.get("items")?);
        if items.get("type").and_then(Json::as_str) == Some("string") {
            Kind::Regels
        } else if key == "fasen" {
            Kind::Fasen
        } else {
            return None;
        }
    } else if types.contains(&"string") {
        if SHORT.contains(&key) {
            Kind::Regel
        } else {
            Kind::Tekst
        }
    } else {
        return None;
    };
    Some((kind, Vec::new()))
}

// What a form holds.

/// A form that resolves a finding or fills a part: the part (`doel`), and
/// its fields by their path inside it (`opgesteld_door.naam`).
#[derive(Debug, Clone)]
struct Spec {
    title: String,
    /// What the form is for, in a sentence.
    uitleg: String,
    doel: Vec<Part>,
    velden: Vec<&'static str>,
    /// A new list item is kept in order by this date field.
    datum: Option<&'static str>,
    /// Fields the form asks for even where the journal has them optional
    /// (a new zoekprofiel version's reason and onderbouwing).
    nodig: Vec<&'static str>,
}

impl Spec {
    /// Whether the form asks for field `key`: the journal requires it in
    /// its part, or the form does (a new item's date, `nodig`).
    fn requires(&self, key: &str) -> bool {
        if self.nodig.contains(&key) || self.datum == Some(key) {
            return true;
        }
        let parts = field_parts(&self.doel, key);
        let (parent, leaf) = parts.split_at(parts.len() - 1);
        let Part::Key(leaf) = &leaf[0] else {
            return false;
        };
        schema_at(parent)
            .and_then(|s| s.get("required"))
            .and_then(Json::as_array)
            .is_some_and(|r| r.iter().any(|x| x.as_str() == Some(leaf)))
    }
}

/// Where a finding is resolved: a form here, or a link to the form that
/// already does it (an entry's own form, an add form, the report page).
pub(super) fn link(bestand: &str, f: &Finding, j: &Journal) -> Option<String> {
    let b = encode(bestand);
    let rule = f.rule.unwrap_or("");
    let parts = parse(&f.path)?;
    let top = match parts.first() {
        Some(Part::Key(k)) => k.as_str(),
        _ => return None,
    };
    let entry = match parts.get(1) {
        Some(Part::Index(i)) => Some(*i + 1),
        _ => None,
    };
    match (rule, top, entry) {
        ("stilstand", ..) => {
            return Some(format!(
                "/dossier?bestand={b}&toevoegen=activiteit#activiteiten"
            ));
        }
        ("intensiteit", "normen", _) => {}
        ("intensiteit", ..) => {
            return Some(format!(
                "/dossier?bestand={b}&toevoegen=sollicitatie#activiteiten"
            ));
        }
        ("werkgevercontact", ..) => {
            return Some(format!(
                "/dossier?bestand={b}&toevoegen=contact#activiteiten"
            ));
        }
        ("rapportage", "voortgangsrapportages", Some(_)) if parts.len() == 2 => {
            return Some(format!("/rapportage?bestand={b}&welke=nieuw"));
        }
        ("eindrapportage", "eindrapportage", _) if j.eindrapportage.is_none() => {
            return Some(format!("/rapportage?bestand={b}&welke=eind"));
        }
        ("passend", ..) => {}
        (_, "activiteiten" | "sollicitaties" | "werkgevercontacten" | "maatregelen", Some(n)) => {
            return Some(format!(
                "/dossier?bestand={b}&bewerk={top}-{n}#activiteiten"
            ));
        }
        _ => {}
    }
    spec(&f.path, rule, j)?;
    Some(format!(
        "/oplossen?bestand={b}&pad={}&regel={}",
        encode(&f.path),
        encode(rule)
    ))
}

/// The fields of the report at `parts[..n]` a finding about its reception
/// asks for.
const RECEPTION: [&str; 4] = [
    "gezien_door_werknemer",
    "akkoord_werknemer",
    "visie_werknemer",
    "reactie_coach",
];

/// Fields a seen or sent report may still get, once.
const AFTER_SEEN: [&str; 7] = [
    "gezien_door_werknemer",
    "akkoord_werknemer",
    "visie_werknemer",
    "reactie_coach",
    "verzonden_aan_werkgever",
    "nieuwe_versie.datum",
    "nieuwe_versie.reden",
];

/// The form for a finding at `path` by `rule`, or for a part of the case
/// named by `path` alone (`persoonsprofiel`, `ziekteperiodes[+]`).
fn spec(path: &str, rule: &str, j: &Journal) -> Option<Spec> {
    let parts = parse(path)?;
    let key = |i: usize| match parts.get(i) {
        Some(Part::Key(k)) => Some(k.as_str()),
        _ => None,
    };
    let report = || -> Option<(Vec<Part>, String)> {
        match (key(0)?, parts.get(1)) {
            ("voortgangsrapportages", Some(Part::Index(i))) => Some((
                parts[..2].to_vec(),
                format!("voortgangsrapportage {}", i + 1),
            )),
            ("eindrapportage", _) => Some((parts[..1].to_vec(), "eindrapportage".into())),
            _ => None,
        }
    };
    let at = |p: &[&str]| {
        p.iter()
            .map(|k| Part::Key(k.to_string()))
            .collect::<Vec<_>>()
    };
    let s = |title: String, uitleg: &str, doel: Vec<Part>, velden: &[&'static str]| Spec {
        title,
        uitleg: uitleg.to_string(),
        doel,
        velden: velden.to_vec(),
        datum: None,
        nodig: Vec::new(),
    };
    let spec = match rule {
        "gezien" | "visie-werknemer" | "reactie" => {
            let (doel, name) = report()?;
            s(
                format!("De werknemer en de {name}"),
                "Leg vast wanneer de werknemer de rapportage zag, of hij of zij akkoord is en wat zijn of haar visie is; is de werknemer (gedeeltelijk) niet akkoord, reageer dan als coach.",
                doel,
                &RECEPTION,
            )
        }
        "verzonden" => {
            let (doel, name) = report()?;
            s(
                format!("Verzending van de {name}"),
                "Leg vast op welke dag de rapportage aan de werkgever is verzonden.",
                doel,
                &["verzonden_aan_werkgever"],
            )
        }
        "vastgelegd" => {
            let (doel, name) = report()?;
            s(
                format!("Nieuwe versie van de {name}"),
                "De rapportage is veranderd nadat de werknemer haar zag of de werkgever haar kreeg. Is dat bewust, leg dan vast dat dit een nieuwe versie is, met de dag en de reden; anders zet u de tekst terug.",
                doel,
                &["nieuwe_versie.datum", "nieuwe_versie.reden"],
            )
        }
        "passend" => {
            let n = match parts.get(1) {
                Some(Part::Index(i)) => i + 1,
                _ => return None,
            };
            s(
                format!("Sollicitatie {n}: passend of niet"),
                "Een sollicitatie buiten het zoekprofiel telt mee als ze passend is. Noem de functie uit het zoekprofiel waar ze onder valt, of zeg waarom ze toch passend is.",
                parts[..2].to_vec(),
                &["profielfunctie", "passend_omdat"],
            )
        }
        "spoor1" => s(
            "Waar spoor 1 staat".into(),
            "Leg vast waar spoor 1 (het eigen werk bij de eigen werkgever) staat, en op welke dag dat is vastgesteld.",
            at(&["spoor1"]),
            &["datum", "stand"],
        ),
        "trajectplan" if j.trajectplan.is_none() => plan_spec(),
        "trajectplan" => s(
            "Akkoord met het trajectplan".into(),
            "Leg vast op welke dag de werknemer en de werkgever met het trajectplan akkoord gingen.",
            at(&["trajectplan"]),
            &["akkoord_werknemer", "akkoord_werkgever"],
        ),
        "zoekprofiel" => match parts.as_slice() {
            [Part::Key(g), Part::Key(z), Part::Index(_), ..]
                if g == "grondslag" && z == "zoekprofielwijzigingen" =>
            {
                s(
                    "Wijziging van het zoekprofiel".into(),
                    "Zeg waarom het zoekprofiel veranderde en waarom de nieuwe versie passend is.",
                    parts[..3].to_vec(),
                    &["reden", "onderbouwing"],
                )
            }
            _ => s(
                "Onderbouwing van het zoekprofiel".into(),
                "Zeg waarom de functies in het zoekprofiel passen bij de belastbaarheid en het arbeidsdeskundig advies.",
                at(&["grondslag", "zoekprofiel"]),
                &["onderbouwing"],
            ),
        },
        "belastbaarheid" => s(
            "Actueel oordeel over de belastbaarheid".into(),
            "Leg het actuele oordeel van de bedrijfsarts over de belastbaarheid vast: de datum, wie het gaf en wat de werknemer wel en niet kan (functioneel, zonder diagnose).",
            at(&["grondslag", "actueel_oordeel"]),
            &[
                "datum",
                "opgesteld_door.naam",
                "opgesteld_door.functie",
                "samenvatting",
            ],
        ),
        "deskundigenoordeel" => s(
            "Opvolging van het deskundigenoordeel".into(),
            "Beschrijf wat er met het oordeel van UWV is gedaan, en sinds wanneer; leg de maatregelen ook vast onder maatregelen.",
            at(&["deskundigenoordeel"]),
            &["opvolging", "opvolging_datum"],
        ),
        _ => return part_spec(&parts, j),
    };
    Some(spec)
}

fn plan_spec() -> Spec {
    Spec {
        title: "Trajectplan".into(),
        uitleg: "Het plan van aanpak spoor 2: het doel, de fasen (één per regel, als 'naam: inhoud'), hoe er wordt gerapporteerd en geëvalueerd, de verwachte duur, en wanneer werknemer en werkgever akkoord gingen.".into(),
        doel: vec![Part::Key("trajectplan".into())],
        velden: vec![
            "doel",
            "fasen",
            "rapportage_en_evaluatie",
            "verwachte_duur",
            "akkoord_werknemer",
            "akkoord_werkgever",
        ],
        datum: None,
        nodig: Vec::new(),
    }
}

/// The form for a part named by its path: a section the case page links
/// to, a new item of a list, or a single field.
fn part_spec(parts: &[Part], j: &Journal) -> Option<Spec> {
    let names: Vec<&str> = parts
        .iter()
        .map(|p| match p {
            Part::Key(k) => k.as_str(),
            Part::Index(_) => "#",
            Part::New => "+",
        })
        .collect();
    let spec = |title: &str, uitleg: &str, velden: &[&'static str], datum: Option<&'static str>| {
        Some(Spec {
            title: title.into(),
            uitleg: uitleg.into(),
            doel: parts.to_vec(),
            velden: velden.to_vec(),
            datum,
            nodig: Vec::new(),
        })
    };
    match names.as_slice() {
        ["persoonsprofiel"] => spec(
            "Persoonsprofiel",
            "Werkervaring, opleiding en vaardigheden (één per regel), de wensen van de werknemer en hoe hij of zij reist.",
            &[
                "werkervaring",
                "opleiding",
                "vaardigheden",
                "wensen",
                "mobiliteit.rijbewijs",
                "mobiliteit.vervoer",
            ],
            None,
        ),
        ["trajectplan"] if j.trajectplan.is_none() => Some(plan_spec()),
        ["trajectplan"] => spec(
            "Trajectplan",
            "Het doel, hoe er wordt gerapporteerd en geëvalueerd, de verwachte duur en het akkoord van werknemer en werkgever.",
            &[
                "doel",
                "rapportage_en_evaluatie",
                "verwachte_duur",
                "akkoord_werknemer",
                "akkoord_werkgever",
            ],
            None,
        ),
        ["deskundigenoordeel"] => spec(
            "Deskundigenoordeel",
            "Het deskundigenoordeel van UWV over de re-integratie: wanneer en door wie het is aangevraagd, de vraag, het oordeel en wat ermee is gedaan.",
            &[
                "aanvraagdatum",
                "aangevraagd_door",
                "vraag",
                "datum",
                "uitkomst",
                "opvolging",
                "opvolging_datum",
            ],
            None,
        ),
        ["spoor1"] => spec(
            "Waar spoor 1 staat",
            "Waar spoor 1 (het eigen werk bij de eigen werkgever) staat, en op welke dag dat is vastgesteld.",
            &["datum", "stand"],
            None,
        ),
        ["ziekteperiodes", "+"] => spec(
            "Nieuwe ziekteperiode",
            "Een periode van arbeidsongeschiktheid: de eerste dag, en de laatste als die voorbij is. Perioden met minder dan vier weken ertussen tellen samen (art. 7:629 lid 10 BW).",
            &["van", "tot"],
            Some("van"),
        ),
        ["trajectplan", "bijstellingen", "+"] => spec(
            "Bijstelling van het trajectplan",
            "Wanneer en waarom het plan is bijgesteld, en wat er verandert.",
            &["datum", "reden", "wijziging"],
            Some("datum"),
        ),
        ["grondslag", "zoekprofielwijzigingen", "+"] => spec(
            "Nieuwe versie van het zoekprofiel",
            "Een volledige nieuwe versie, ingevuld met de versie die nu geldt: pas aan wat verandert, en zeg waarom en waarom het nieuwe profiel passend is. De eerdere versies blijven staan.",
            &[
                "ingangsdatum",
                "reden",
                "onderbouwing",
                "functies",
                "sectoren",
                "regio",
                "reisafstand_km",
                "reistijd_minuten",
                "uren_per_week.min",
                "uren_per_week.max",
                "niveau",
            ],
            Some("ingangsdatum"),
        )
        .map(|s| Spec {
            // A version says why it came and why it is suitable.
            nodig: vec!["reden", "onderbouwing"],
            ..s
        }),
        [.., last] if *last != "+" && *last != "#" => {
            // A single field of a part that is there, with a kind a form
            // can hold.
            let (parent, leaf) = parts.split_at(parts.len() - 1);
            let Part::Key(leaf) = &leaf[0] else {
                return None;
            };
            let leaf: &'static str = static_key(parent, leaf)?;
            kind_of(leaf, schema_at(parts)?)?;
            Some(Spec {
                title: super::words::place(&words(parts)),
                uitleg: "Vul het veld in of verbeter het.".into(),
                doel: parent.to_vec(),
                velden: vec![leaf],
                datum: None,
                nodig: Vec::new(),
            })
        }
        _ => None,
    }
}

/// `leaf` as the schema spells it (a `'static` name for the editing
/// layer), when the part at `parent` has such a field.
fn static_key(parent: &[Part], leaf: &str) -> Option<&'static str> {
    schema_at(parent)?
        .get("properties")?
        .as_object()?
        .keys()
        .find(|k| *k == leaf)
        .map(String::as_str)
}

// The form on the page.

#[derive(Deserialize)]
pub struct FixQuery {
    bestand: String,
    pad: String,
    #[serde(default)]
    regel: String,
}

#[derive(Serialize)]
struct Veld {
    naam: &'static str,
    id: String,
    label: String,
    uitleg: String,
    soort: Kind,
    keuzes: Vec<String>,
    waarde: String,
    verplicht: bool,
    /// Filled in a seen or sent report: shown, not changed.
    vast: bool,
}

#[derive(Serialize)]
struct View {
    bestand: String,
    terug: String,
    token: String,
    versie: String,
    pad: String,
    regel: String,
    titel: String,
    uitleg: String,
    meldingen: Vec<String>,
    velden: Vec<Veld>,
    fout: Option<String>,
    fout_veld: String,
    ondertekenen: Option<String>,
    /// Why a field shown cannot be changed.
    vast_uitleg: &'static str,
}

/// The label of a field: `opgesteld_door.naam` is "Opgesteld door: naam".
fn label(key: &str) -> String {
    let text = match key.split_once('.') {
        Some((a, b)) => format!("{}: {}", a.replace('_', " "), b.replace('_', " ")),
        None => key.replace('_', " "),
    };
    let text = text.replace("reisafstand km", "reisafstand (km)");
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
        .unwrap_or_default()
}

/// The parts of `doel` plus a field's path (`opgesteld_door.naam`).
fn field_parts(doel: &[Part], key: &str) -> Vec<Part> {
    let mut parts = doel.to_vec();
    parts.extend(key.split('.').map(|k| Part::Key(k.to_string())));
    parts
}

/// What the journal holds at `parts`, as typed in a form.
fn current(root: &Node, parts: &[Part], kind: Kind) -> String {
    let Ok(node) = crate::edit::node_at(root, &steps(parts)) else {
        return String::new();
    };
    let one = |v: &Value| match v {
        Value::Str(s) => s.trim_end().to_string(),
        Value::Int(n) => n.to_string(),
        Value::Float(x) if x.fract() == 0.0 => format!("{}", *x as i64),
        Value::Float(x) => x.to_string().replace('.', ","),
        Value::Bool(b) => b.to_string(),
        _ => String::new(),
    };
    match (&node.value, kind) {
        (Value::Str(s), Kind::Datum) => NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .map(crate::dates::typed)
            .unwrap_or_else(|_| s.clone()),
        (Value::Seq(items), Kind::Fasen) => items
            .iter()
            .filter_map(|i| {
                let naam = i.get("naam").map(|n| one(&n.value))?;
                let inhoud = i.get("inhoud").map(|n| one(&n.value)).unwrap_or_default();
                Some(format!("{naam}: {}", inhoud.replace('\n', " ")))
            })
            .collect::<Vec<_>>()
            .join("\n"),
        (Value::Seq(items), _) => items
            .iter()
            .map(|i| one(&i.value))
            .collect::<Vec<_>>()
            .join("\n"),
        (v, _) => one(v),
    }
}

/// Whether the report a form is about, or a part of it (its period, its
/// author), was seen or sent: then it only gets what it did not have.
fn fixed_report(j: &Journal, doel: &[Part]) -> bool {
    match doel {
        [Part::Key(k), Part::Index(i), ..] if k == "voortgangsrapportages" => j
            .voortgangsrapportages
            .get(*i)
            .is_some_and(|r| r.seen_or_sent()),
        [Part::Key(k), ..] if k == "eindrapportage" => {
            j.eindrapportage.as_ref().is_some_and(|e| e.seen_or_sent())
        }
        _ => false,
    }
}

/// Whether the form is about the trajectplan and the employee signed it:
/// then it changes by a bijstelling only.
fn signed_plan(j: &Journal, doel: &[Part]) -> bool {
    matches!(doel, [Part::Key(k)] if k == "trajectplan")
        && j.trajectplan
            .as_ref()
            .is_some_and(|p| p.handtekening_werknemer.is_some())
}

/// The fields of `spec` with what the journal holds (or, for a new
/// zoekprofiel version, what the version in force holds), or what was
/// typed.
fn fields(
    spec: &Spec,
    root: &Node,
    j: &Journal,
    on: NaiveDate,
    typed: Option<&HashMap<String, String>>,
) -> Vec<Veld> {
    let new_item = spec.doel.last() == Some(&Part::New);
    let fixed = fixed_report(j, &spec.doel);
    let signed_plan = signed_plan(j, &spec.doel);
    // A new zoekprofiel version starts from the one in force.
    let template: Option<Vec<Part>> = (new_item
        && matches!(spec.doel.get(1), Some(Part::Key(k)) if k == "zoekprofielwijzigingen"))
    .then(|| match j.grondslag.zoekprofielwijzigingen.len() {
        0 => vec![
            Part::Key("grondslag".into()),
            Part::Key("zoekprofiel".into()),
        ],
        n => vec![
            Part::Key("grondslag".into()),
            Part::Key("zoekprofielwijzigingen".into()),
            Part::Index(n - 1),
        ],
    });
    spec.velden
        .iter()
        .filter_map(|&key| {
            let parts = field_parts(&spec.doel, key);
            let schema = schema_at(&parts)?;
            let leaf = key.rsplit('.').next().unwrap_or(key);
            let (soort, keuzes) = kind_of(leaf, schema)?;
            let stored = match &template {
                Some(t) if !["ingangsdatum", "reden", "onderbouwing"].contains(&key) => {
                    current(root, &field_parts(t, key), soort)
                }
                _ => current(root, &parts, soort),
            };
            let waarde = match typed {
                Some(t) => t
                    .get(key)
                    .map(|v| v.replace("\r\n", "\n"))
                    .unwrap_or_default(),
                None if stored.is_empty() && new_item && Some(key) == spec.datum => {
                    crate::dates::typed(on)
                }
                None => stored.clone(),
            };
            Some(Veld {
                naam: key,
                id: format!("o-{}", key.replace('.', "-")),
                label: label(key),
                uitleg: schema
                    .get("description")
                    .and_then(Json::as_str)
                    .filter(|d| !d.is_ascii() || d.contains(' '))
                    .unwrap_or("")
                    .to_string(),
                soort,
                keuzes,
                waarde,
                verplicht: spec.requires(key),
                vast: (fixed && !stored.is_empty()) || (signed_plan && key != "akkoord_werkgever"),
            })
        })
        .collect()
}

/// The findings of the journal at `path` (or inside it), in words.
fn findings_at(findings: &[Finding], path: &str) -> Vec<String> {
    findings
        .iter()
        .filter(|f| {
            !path.is_empty()
                && (f.path == path
                    || f.path.starts_with(&format!("{path}."))
                    || f.path.starts_with(&format!("{path}[")))
        })
        .map(|f| f.message.clone())
        .collect()
}

#[allow(clippy::too_many_arguments)]
fn form_page(
    state: &State,
    bestand: &str,
    path: &std::path::Path,
    pad: &str,
    regel: &str,
    typed: Option<&HashMap<String, String>>,
    fout: Option<(String, Option<String>)>,
) -> Response {
    let on = state.today();
    // One read: the journal, its tree, its findings and its version all of
    // the same text.
    let styles = crate::house_style::Resolver::new(None);
    let loaded = crate::cmd::load_with_retention(path, on, &styles)
        .ok()
        .map(|(loaded, _)| loaded);
    let Some((loaded, j, tree)) = loaded
        .as_ref()
        .and_then(|l| Some((l, l.journal.as_ref()?, l.tree.as_ref()?)))
    else {
        return back(
            bestand,
            Err("het dossier kan nu niet worden gelezen; zie de meldingen".into()),
        );
    };
    let versie = crate::store::version(loaded);
    let findings = &loaded.findings;
    let Some(spec) = spec(pad, regel, j) else {
        return not_found("voor dit onderdeel is er geen formulier");
    };
    let meldingen = findings_at(findings, pad);
    // The employee may sign what the form is about at the table.
    let ondertekenen = match spec.doel.as_slice() {
        [Part::Key(k), Part::Index(i)] if k == "voortgangsrapportages" => Some(Signed::Report(*i)),
        [Part::Key(k), ..] if k == "trajectplan" => Some(Signed::Plan),
        [Part::Key(k), ..] if k == "eindrapportage" => Some(Signed::Eind),
        _ => None,
    }
    .and_then(|what| offer(bestand, j, what, Who::Werknemer, false));
    let (fout, fout_veld) = match fout {
        Some((text, veld)) => (
            Some(text),
            veld.map(|v| format!("o-{}", v.replace('.', "-")))
                .unwrap_or_default(),
        ),
        None => (None, String::new()),
    };
    let view = View {
        bestand: bestand.to_string(),
        terug: format!("/dossier?bestand={}", encode(bestand)),
        token: state.token.clone(),
        versie,
        pad: pad.to_string(),
        regel: regel.to_string(),
        titel: spec.title.clone(),
        uitleg: spec.uitleg.clone(),
        meldingen,
        velden: fields(&spec, tree, j, on, typed),
        fout,
        fout_veld,
        ondertekenen,
        vast_uitleg: if fixed_report(j, &spec.doel) {
            "Vastgelegd: de rapportage is gezien of verzonden."
        } else {
            "Vastgelegd: de werknemer ondertekende het plan; een wijziging is een bijstelling."
        },
    };
    super::pages::page(
        state,
        &format!("{}: {}", spec.title, j.werknemer.naam),
        "oplossen.html",
        &view,
    )
}

pub async fn show(Shared(state): Shared<Arc<State>>, Params(q): Params<FixQuery>) -> Response {
    let Some(path) = journal_path(&state, &q.bestand) else {
        return not_found("dit dossier staat niet in de map van de werkplek");
    };
    form_page(&state, &q.bestand, &path, &q.pad, &q.regel, None, None)
}

// Writing.

/// A value typed in a form as the journal holds it; `None` for an empty
/// field; `Err` says what is wrong, for the field.
fn value(kind: Kind, typed: &str, on: NaiveDate) -> Result<Option<Field>, String> {
    let t = typed.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let lines = || {
        t.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
    };
    Ok(Some(match kind {
        Kind::Datum => Field::Date(crate::dates::parse_date(t, on)?),
        Kind::Keuze => Field::Word(t.to_string()),
        Kind::Getal => {
            let n: f64 = t
                .replace(',', ".")
                .parse()
                .map_err(|_| format!("'{t}' is geen getal"))?;
            if n.fract() == 0.0 && n.abs() < 1e15 {
                Field::Int(n as i64)
            } else {
                Field::Number(n)
            }
        }
        Kind::Regel => Field::Text(t.replace('\n', " ")),
        Kind::Tekst => Field::Text(t.replace("\r\n", "\n")),
        Kind::Regels => Field::List(lines().map(Field::Text).collect()),
        Kind::Fasen => Field::List(
            lines()
                .map(|l| {
                    let (naam, inhoud) = l.split_once(':').unwrap_or((l.as_str(), ""));
                    let mut fase = vec![("naam", Field::Text(naam.trim().to_string()))];
                    if !inhoud.trim().is_empty() {
                        fase.push(("inhoud", Field::Text(inhoud.trim().to_string())));
                    }
                    Field::Map(fase)
                })
                .collect(),
        ),
    }))
}

/// The values of a form as a tree of fields: `opgesteld_door.naam` inside
/// `opgesteld_door`. `None` is a field emptied.
#[derive(Debug, Clone)]
enum Typed {
    Leaf(Option<Field>),
    Part(Vec<(&'static str, Typed)>),
}

fn tree_of(values: &[(&'static str, Option<Field>)]) -> Vec<(&'static str, Typed)> {
    let mut out: Vec<(&'static str, Typed)> = Vec::new();
    for (key, v) in values {
        match key.split_once('.') {
            None => out.push((key, Typed::Leaf(v.clone()))),
            Some((head, rest)) => {
                let head: &'static str = &key[..head.len()];
                let rest: &'static str = &key[key.len() - rest.len()..];
                match out.iter_mut().find(|(k, _)| *k == head) {
                    Some((_, Typed::Part(children))) => {
                        children.extend(tree_of(&[(rest, v.clone())]));
                    }
                    _ => out.push((head, Typed::Part(tree_of(&[(rest, v.clone())])))),
                }
            }
        }
    }
    out
}

/// The filled fields of a tree as a mapping to write whole.
fn as_map(children: &[(&'static str, Typed)]) -> Vec<(&'static str, Field)> {
    children
        .iter()
        .filter_map(|(k, t)| match t {
            Typed::Leaf(v) => v.clone().map(|v| (*k, v)),
            Typed::Part(c) => {
                let m = as_map(c);
                (!m.is_empty()).then_some((*k, Field::Map(m)))
            }
        })
        .collect()
}

/// The journal's parts in the order a journal has them (as `spoor2
/// nieuw` writes them): a new part goes after the ones before it.
const TOP_ORDER: [&str; 21] = [
    "versie",
    "dossier",
    "werknemer",
    "werkgever",
    "bureau",
    "ziekteperiodes",
    "traject",
    "spoor1",
    "poortwachter",
    "persoonsprofiel",
    "trajectplan",
    "grondslag",
    "activiteiten",
    "sollicitaties",
    "werkgevercontacten",
    "maatregelen",
    "deskundigenoordeel",
    "voortgangsrapportages",
    "eindrapportage",
    "verlenging",
    "normen",
];

/// Writes `children` into the mapping at `doel`: field by field where it
/// is, as a new mapping where it is not.
fn write_into(
    mut text: String,
    doel: &[Part],
    children: &[(&'static str, Typed)],
) -> Result<String, String> {
    let tree = |t: &str| {
        crate::journal::yaml::parse(t)
            .map(|p| p.root)
            .map_err(|_| "het dossier kan niet worden gelezen".to_string())
    };
    let root = tree(&text)?;
    if crate::edit::node_at(&root, &steps(doel)).is_err() {
        let (parent, key) = doel.split_at(doel.len().saturating_sub(1));
        let Some(Part::Key(key)) = key.first() else {
            return Err("dit onderdeel staat niet in het dossier".into());
        };
        let map = as_map(children);
        if map.is_empty() {
            return Ok(text);
        }
        let key: &'static str = static_key(parent, key).ok_or("onbekend onderdeel")?;
        let after = TOP_ORDER
            .iter()
            .position(|k| *k == key)
            .map_or(&[][..], |i| &TOP_ORDER[..i]);
        return crate::edit::add_map(&text, &root, &steps(parent), key, &map, after)
            .map_err(|e| e.to_string());
    }
    for (key, t) in children {
        match t {
            Typed::Leaf(v) => {
                let root = tree(&text)?;
                text = crate::edit::set_value_in(&text, &root, &steps(doel), key, v.as_ref())
                    .map_err(|e| e.to_string())?;
            }
            Typed::Part(c) => {
                let mut inner = doel.to_vec();
                inner.push(Part::Key(key.to_string()));
                text = write_into(text, &inner, c)?;
            }
        }
    }
    Ok(text)
}

/// The field a refusal is about: a finding at one of the form's fields.
fn field_of_errors(doel: &[Part], velden: &[&'static str], errors: &[Finding]) -> Option<String> {
    let base = words(doel);
    errors.iter().find_map(|f| {
        velden
            .iter()
            .find(|v| {
                let full = format!("{base}.{v}");
                f.path == full || f.path.starts_with(&format!("{full}."))
            })
            .map(|v| v.to_string())
    })
}

pub async fn save(Shared(state): Shared<Arc<State>>, form: CaseForm) -> Response {
    let CaseForm {
        bestand,
        path,
        fields: sent,
    } = form;
    let get = |k: &str| sent.get(k).cloned().unwrap_or_default();
    let (pad, regel, versie) = (get("pad"), get("regel"), get("versie"));
    let on = state.today();
    let again = |why: String, veld: Option<String>| {
        form_page(
            &state,
            &bestand,
            &path,
            &pad,
            &regel,
            Some(&sent),
            Some((format!("niet opgeslagen: {why}"), veld)),
        )
    };
    let Some((j, _)) = journal_and_version(&path) else {
        return back(
            &bestand,
            Err("het dossier kan nu niet worden gelezen; zie de meldingen".into()),
        );
    };
    let Some(spec) = spec(&pad, &regel, &j) else {
        return not_found("voor dit onderdeel is er geen formulier");
    };
    // Each field as the journal will hold it, or why not.
    let mut values: Vec<(&'static str, Option<Field>, Kind, String)> = Vec::new();
    for &key in &spec.velden {
        let parts = field_parts(&spec.doel, key);
        let leaf = key.rsplit('.').next().unwrap_or(key);
        let Some((kind, keuzes)) = schema_at(&parts).and_then(|s| kind_of(leaf, s)) else {
            continue;
        };
        let typed = get(key);
        if kind == Kind::Keuze && !typed.trim().is_empty() && !keuzes.contains(&typed) {
            return again(
                format!("'{typed}' is geen keuze bij {}", label(key)),
                Some(key.into()),
            );
        }
        match value(kind, &typed, on) {
            Ok(v) => values.push((key, v, kind, typed)),
            Err(e) => return again(format!("{}: {e}", label(key)), Some(key.into())),
        }
    }
    let title = spec.title.clone();
    let written = {
        let (path, spec, values, versie) =
            (path.clone(), spec.clone(), values.clone(), versie.clone());
        tokio::task::spawn_blocking(move || write(&path, &versie, &spec, &values, on)).await
    };
    match written {
        Ok(Ok(())) => back(&bestand, Ok(format!("opgeslagen: {}", title.to_lowercase()))),
        Ok(Err(crate::cmd::RunError::Conflict(_))) => again(
            "het dossier is gewijzigd nadat deze pagina werd geopend; hieronder staat wat u typte, het dossier zoals het nu is staat op de dossierpagina".into(),
            None,
        ),
        Ok(Err(crate::cmd::RunError::Blocked { errors, message, .. })) => {
            let veld = field_of_errors(&spec.doel, &spec.velden, &errors);
            let text = if errors.is_empty() {
                message
            } else {
                super::pages::errors_text(&errors)
            };
            again(text, veld)
        }
        Ok(Err(crate::cmd::RunError::Refused(why))) => {
            let veld = spec
                .velden
                .iter()
                .find(|v| why.contains(&label(v).to_lowercase()) || why.contains(&format!("'{v}'")))
                .map(|v| v.to_string());
            again(super::pages::plain_error(&why, &path), veld)
        }
        Ok(Err(e)) => again(said(&e, &path), None),
        Err(_) => again("er ging iets mis".into(), None),
    }
}

/// One checked, atomic write of the form's `values`, only from version
/// `versie`.
fn write(
    path: &std::path::Path,
    versie: &str,
    spec: &Spec,
    typed: &[(&'static str, Option<Field>, Kind, String)],
    on: NaiveDate,
) -> Result<(), crate::cmd::RunError> {
    let refused = crate::cmd::RunError::Refused;
    crate::store::update(
        path,
        Some(versie),
        on,
        "niet opgeslagen: zo zou het dossier fouten hebben; het bestand is niet veranderd",
        |loaded| {
            let unreadable = || crate::cmd::unreadable(path);
            let j = loaded.journal.as_ref().ok_or_else(unreadable)?;
            let text = loaded.source.clone().ok_or_else(unreadable)?;
            let root = loaded.tree.as_ref().ok_or_else(unreadable)?;
            // A field left as it was is not written again, so its layout
            // (a folded block, a comment inside a list) stays.
            let new_item = spec.doel.last() == Some(&Part::New);
            let values: Vec<(&'static str, Option<Field>)> = typed
                .iter()
                .filter(|(key, _, kind, raw)| {
                    new_item
                        || current(root, &field_parts(&spec.doel, key), *kind).trim()
                            != raw.replace("\r\n", "\n").trim()
                })
                .map(|(key, v, _, _)| (*key, v.clone()))
                .collect();
            let values = values.as_slice();
            // A required field stays filled, and is filled in a part that
            // is new or gets other fields.
            let parent_of = |k: &str| k.rsplit_once('.').map_or("", |(p, _)| p).to_string();
            for (key, _) in values.iter().filter(|(_, v)| v.is_none()) {
                let parts = field_parts(&spec.doel, key);
                let parent = &parts[..parts.len() - 1];
                let there = !parent.contains(&Part::New)
                    && crate::edit::node_at(root, &steps(parent)).is_ok();
                let siblings = values
                    .iter()
                    .any(|(k, v)| v.is_some() && parent_of(k) == parent_of(key));
                if spec.requires(key) && (there || siblings) {
                    return Err(refused(format!("vul '{}' in", label(key).to_lowercase())));
                }
            }
            // A plan the employee signed changes by a bijstelling only.
            let signed_plan = signed_plan(j, &spec.doel);
            if let Some((key, _)) = values
                .iter()
                .find(|(k, _)| signed_plan && *k != "akkoord_werkgever")
            {
                return Err(refused(format!(
                    "de werknemer ondertekende dit plan; '{}' verandert alleen door een bijstelling (Bijstelling toevoegen)",
                    label(key).to_lowercase()
                )));
            }
            // A seen or sent report only gets what it did not have.
            if fixed_report(j, &spec.doel) {
                for (key, v) in values {
                    let was = current(root, &field_parts(&spec.doel, key), Kind::Regel);
                    let now = v.as_ref().map(crate::edit::scalar).unwrap_or_default();
                    let same = match v {
                        Some(Field::Date(d)) => was == d.to_string(),
                        _ => was.trim() == now.trim_matches('"').trim(),
                    };
                    if !was.is_empty() && !same {
                        return Err(refused(format!(
                            "deze rapportage is al gezien of verzonden; '{}' blijft zoals het was (maak zo nodig bewust een nieuwe versie)",
                            label(key).to_lowercase()
                        )));
                    }
                    if !AFTER_SEEN.contains(key) && v.is_some() && was.is_empty() {
                        return Err(refused(format!(
                            "deze rapportage is al gezien of verzonden; '{}' kan er niet meer bij",
                            label(key).to_lowercase()
                        )));
                    }
                }
            }
            let text = match spec.doel.as_slice() {
                [.., Part::New] => {
                    let map = as_map(&tree_of(values));
                    let date = spec
                        .datum
                        .and_then(|d| {
                            map.iter().find_map(|(k, v)| match v {
                                Field::Date(x) if *k == d => Some(*x),
                                _ => None,
                            })
                        })
                        .ok_or_else(|| {
                            refused(format!(
                                "vul '{}' in",
                                label(spec.datum.unwrap_or("datum")).to_lowercase()
                            ))
                        })?;
                    let added = match spec.doel.as_slice() {
                        [Part::Key(list), Part::New] => {
                            let list = static_key(&[], list).ok_or_else(unreadable)?;
                            crate::edit::add_to_list(&text, root, list, date, &map)
                        }
                        [Part::Key(group), Part::Key(list), Part::New] => {
                            let g = static_key(&[], group).ok_or_else(unreadable)?;
                            let l = static_key(&spec.doel[..1], list).ok_or_else(unreadable)?;
                            crate::edit::add_to_group_list(&text, root, g, l, date, &map)
                        }
                        _ => return Err(unreadable()),
                    };
                    added.map_err(|e| refused(e.to_string()))?
                }
                _ => write_into(text, &spec.doel, &tree_of(values)).map_err(refused)?,
            };
            if Some(&text) == loaded.source.as_ref() {
                return Err(refused("er is niets ingevuld of veranderd".into()));
            }
            Ok(crate::store::Edited {
                text,
                what: format!(
                    "{} {} in de werkplek",
                    spec.title.to_lowercase(),
                    if new_item { "toegevoegd" } else { "bijgewerkt" }
                ),
            })
        },
    )
    .map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_reads_as_parts_and_nothing_else_does() {
        assert_eq!(
            parse("voortgangsrapportages[2].visie_werknemer"),
            Some(vec![
                Part::Key("voortgangsrapportages".into()),
                Part::Index(1),
                Part::Key("visie_werknemer".into()),
            ])
        );
        assert_eq!(
            parse("ziekteperiodes[+]"),
            Some(vec![Part::Key("ziekteperiodes".into()), Part::New])
        );
        assert_eq!(
            parse("spoor1.stand"),
            Some(vec![Part::Key("spoor1".into()), Part::Key("stand".into())])
        );
        assert_eq!(parse("../x"), None);
        assert_eq!(parse("a[0]"), None);
        assert_eq!(parse(""), None);
    }

    #[test]
    fn the_schema_gives_each_field_its_kind() {
        let kind = |path: &str| {
            let parts = parse(path).unwrap();
            let leaf = match parts.last().unwrap() {
                Part::Key(k) => k.clone(),
                _ => String::new(),
            };
            kind_of(&leaf, schema_at(&parts).unwrap()).map(|k| k.0)
        };
        assert_eq!(
            kind("voortgangsrapportages[1].gezien_door_werknemer"),
            Some(Kind::Datum)
        );
        assert_eq!(
            kind("voortgangsrapportages[1].akkoord_werknemer"),
            Some(Kind::Keuze)
        );
        assert_eq!(
            kind("voortgangsrapportages[1].visie_werknemer"),
            Some(Kind::Tekst)
        );
        assert_eq!(
            kind("grondslag.zoekprofielwijzigingen[+].functies"),
            Some(Kind::Regels)
        );
        assert_eq!(
            kind("grondslag.zoekprofiel.uren_per_week.min"),
            Some(Kind::Getal)
        );
        assert_eq!(kind("trajectplan.fasen"), Some(Kind::Fasen));
        assert_eq!(kind("sollicitaties[1].profielfunctie"), Some(Kind::Regel));
        assert_eq!(kind("werkgever.contactpersoon"), None);
    }

    #[test]
    fn typed_values_become_what_the_journal_holds() {
        let on = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        assert_eq!(
            value(Kind::Datum, "30-11-2026", on),
            Ok(Some(Field::Date(
                NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()
            )))
        );
        assert_eq!(
            value(Kind::Getal, "24,5", on),
            Ok(Some(Field::Number(24.5)))
        );
        assert_eq!(value(Kind::Getal, "24", on), Ok(Some(Field::Int(24))));
        assert_eq!(
            value(Kind::Getal, "veel", on),
            Err("'veel' is geen getal".into())
        );
        assert_eq!(value(Kind::Tekst, "  ", on), Ok(None));
        assert_eq!(
            value(Kind::Fasen, "Oriëntatie: cv en brief\n\nSolliciteren", on),
            Ok(Some(Field::List(vec![
                Field::Map(vec![
                    ("naam", Field::Text("Oriëntatie".into())),
                    ("inhoud", Field::Text("cv en brief".into()))
                ]),
                Field::Map(vec![("naam", Field::Text("Solliciteren".into()))]),
            ])))
        );
    }
}
