//! The structural check: the marked YAML tree against the JSON Schema that
//! schemars generates from the journal types.
//!
//! Serde stops at the first problem and speaks English; this walk reports
//! every unknown key, wrong type, missing field and impossible date in one
//! run, each at its line and column, in Dutch. Because the schema comes from
//! the same types serde reads, the two can never disagree about the format.
//! Supported keywords are the ones schemars emits for our types: `$ref`,
//! `type`, `properties`, `required`, `additionalProperties`, `items`, `enum`,
//! `const`, `oneOf`/`anyOf`, `format: date`, `minLength`, `minItems`,
//! `minimum`, `maximum`. (`pattern` is left to the semantic check, which
//! explains it better.)

use chrono::NaiveDate;
use serde_json::{Map, Value as Json};

use crate::dates;
use crate::diag::Finding;
use crate::journal::yaml::{Mark, Node, Value, join_path};

pub struct Checker<'s> {
    root: &'s Json,
}

impl<'s> Checker<'s> {
    pub fn new(root: &'s Json) -> Self {
        Checker { root }
    }

    /// Checks `node` against the schema's root, coercing plain scalars to
    /// text where text is expected (a coach writing `niveau: 4` means "4").
    pub fn check(&self, node: &mut Node, findings: &mut Vec<Finding>) {
        // Fields missing at the top are reported at the start of the file.
        let anchor = Mark { line: 1, col: 1 };
        self.walk(node, self.root, "", anchor, findings);
    }

    fn resolve(&self, mut schema: &'s Json) -> &'s Json {
        // References in schemars output are "#/$defs/Name"; follow a few hops.
        for _ in 0..8 {
            match schema.get("$ref").and_then(Json::as_str) {
                Some(reference) => {
                    let name = reference.rsplit('/').next().unwrap_or_default();
                    match self.root.get("$defs").and_then(|d| d.get(name)) {
                        Some(target) => schema = target,
                        None => return schema,
                    }
                }
                None => return schema,
            }
        }
        schema
    }

    /// `anchor` is where the field's key stands: missing sub-fields are
    /// reported there, since the key is what a coach looks for.
    fn walk(
        &self,
        node: &mut Node,
        schema: &'s Json,
        path: &str,
        anchor: Mark,
        out: &mut Vec<Finding>,
    ) {
        let schema = self.resolve(schema);

        let branches = schema
            .get("anyOf")
            .or_else(|| schema.get("oneOf"))
            .and_then(Json::as_array);
        if let Some(branches) = branches {
            self.walk_alternatives(node, branches, path, anchor, out);
            return;
        }

        if let Some(allowed) = enum_values(schema) {
            self.check_enum(node, &allowed, path, out);
            return;
        }

        let types = types_of(schema);
        if !types.is_empty() && !self.type_matches(node, &types) {
            out.push(type_error(node, &types, schema, path, anchor));
            return;
        }

        match &mut node.value {
            Value::Map(_) => self.walk_object(node, schema, path, anchor, out),
            Value::Seq(items) => {
                if let Some(min) = schema.get("minItems").and_then(Json::as_u64)
                    && (items.len() as u64) < min
                {
                    let what = sentence(&describe(schema));
                    let hint = match min {
                        1 => format!("vul minstens één item in{what}"),
                        n => format!("vul minstens {n} items in{what}"),
                    };
                    out.push(
                        Finding::error(path, "de lijst is leeg")
                            .at(Some(node.mark))
                            .hint(hint),
                    );
                }
                if let Some(item_schema) = schema.get("items") {
                    for (i, item) in items.iter_mut().enumerate() {
                        let item_path = format!("{path}[{}]", i + 1);
                        let item_anchor = item.mark;
                        self.walk(item, item_schema, &item_path, item_anchor, out);
                    }
                }
            }
            Value::Str(text) => {
                if schema.get("format").and_then(Json::as_str) == Some("date") {
                    if let Err((message, hint)) = check_date(text) {
                        out.push(Finding::error(path, message).at(Some(node.mark)).hint(hint));
                    }
                } else if let Some(min) = schema.get("minLength").and_then(Json::as_u64)
                    && (text.trim().chars().count() as u64) < min
                {
                    out.push(
                        Finding::error(path, "dit veld is leeg")
                            .at(Some(node.mark))
                            .hint(format!("vul het in{}", sentence(&describe(schema)))),
                    );
                }
            }
            Value::Int(_) | Value::Float(_) => self.check_range(node, schema, path, out),
            Value::Null | Value::Bool(_) => {}
        }
    }

    fn walk_alternatives(
        &self,
        node: &mut Node,
        branches: &'s [Json],
        path: &str,
        anchor: Mark,
        out: &mut Vec<Finding>,
    ) {
        // `Option<T>` comes out as anyOf [T, null]: an empty value is fine,
        // anything else must satisfy T.
        let (nulls, others): (Vec<&Json>, Vec<&Json>) = branches
            .iter()
            .partition(|b| types_of(self.resolve(b)) == ["null"]);
        if matches!(node.value, Value::Null) && !nulls.is_empty() {
            return;
        }
        // Enums with documented variants come out as oneOf of consts.
        let consts: Option<Vec<String>> = others
            .iter()
            .map(|b| {
                self.resolve(b)
                    .get("const")
                    .and_then(Json::as_str)
                    .map(String::from)
            })
            .collect();
        if let Some(allowed) = consts.filter(|c| !c.is_empty()) {
            self.check_enum(node, &allowed, path, out);
            return;
        }
        match others.as_slice() {
            [] => {}
            [only] => self.walk(node, only, path, anchor, out),
            many => {
                // Take the first branch that fits; otherwise report the one
                // that came closest.
                let mut best: Option<(Vec<Finding>, Node)> = None;
                for branch in many {
                    let mut trial = node.clone();
                    let mut found = Vec::new();
                    self.walk(&mut trial, branch, path, anchor, &mut found);
                    if found.is_empty() {
                        *node = trial;
                        return;
                    }
                    if best.as_ref().is_none_or(|(b, _)| found.len() < b.len()) {
                        best = Some((found, trial));
                    }
                }
                if let Some((found, _)) = best {
                    out.extend(found);
                }
            }
        }
    }

    fn walk_object(
        &self,
        node: &mut Node,
        schema: &'s Json,
        path: &str,
        anchor: Mark,
        out: &mut Vec<Finding>,
    ) {
        let Value::Map(entries) = &mut node.value else {
            return;
        };
        let empty = Map::new();
        let properties = schema
            .get("properties")
            .and_then(Json::as_object)
            .unwrap_or(&empty);
        let closed = schema.get("additionalProperties") == Some(&Json::Bool(false));

        // Typos whose likely meaning is a required field: that field is then
        // not reported as missing as well.
        let mut suggested: Vec<&str> = Vec::new();
        for entry in entries.iter_mut() {
            let entry_path = join_path(path, &entry.key);
            match properties.get(&entry.key) {
                Some(property) => {
                    self.walk(&mut entry.value, property, &entry_path, entry.key_mark, out)
                }
                None if closed => {
                    let known: Vec<&str> = properties.keys().map(String::as_str).collect();
                    let suggestion = suggest(&entry.key, known.iter().copied());
                    suggested.extend(suggestion);
                    out.push(unknown_key(
                        &entry.key,
                        entry.key_mark,
                        path,
                        &known,
                        suggestion,
                    ));
                }
                None => {}
            }
        }

        if let Some(required) = schema.get("required").and_then(Json::as_array) {
            for name in required.iter().filter_map(Json::as_str) {
                if !entries.iter().any(|e| e.key == name) && !suggested.contains(&name) {
                    let what = properties
                        .get(name)
                        .map(|p| describe(self.resolve(p)))
                        .unwrap_or_default();
                    let place = if path.is_empty() {
                        "bovenaan het bestand".to_string()
                    } else {
                        format!("onder '{path}'")
                    };
                    out.push(
                        Finding::error(path, format!("het verplichte veld '{name}' ontbreekt"))
                            .at(Some(anchor))
                            .hint(format!("voeg '{name}:' toe {place}{}", sentence(&what))),
                    );
                }
            }
        }
    }

    fn check_enum(&self, node: &Node, allowed: &[String], path: &str, out: &mut Vec<Finding>) {
        let given = match &node.value {
            Value::Str(s) => s.clone(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => f.to_string(),
            Value::Bool(b) => b.to_string(),
            Value::Null => {
                out.push(
                    Finding::error(path, "dit veld is leeg")
                        .at(Some(node.mark))
                        .hint(format!("kies een van: {}", allowed.join(", "))),
                );
                return;
            }
            _ => {
                out.push(
                    Finding::error(
                        path,
                        format!(
                            "hier hoort één waarde, maar er staat een {}",
                            node.kind_name()
                        ),
                    )
                    .at(Some(node.mark))
                    .hint(format!("kies een van: {}", allowed.join(", "))),
                );
                return;
            }
        };
        if allowed.contains(&given) {
            return;
        }
        let suggestion = suggest(&given, allowed.iter().map(String::as_str));
        let hint = match suggestion {
            Some(s) => format!("bedoelt u '{s}'? Toegestaan: {}", allowed.join(", ")),
            None => format!("kies een van: {}", allowed.join(", ")),
        };
        out.push(
            Finding::error(path, format!("onbekende waarde '{given}'"))
                .at(Some(node.mark))
                .hint(hint),
        );
    }

    fn type_matches(&self, node: &mut Node, types: &[&str]) -> bool {
        let ok = types.iter().any(|t| match (*t, &node.value) {
            ("null", Value::Null) => true,
            ("boolean", Value::Bool(_)) => true,
            ("integer", Value::Int(_)) => true,
            ("integer", Value::Float(f)) => f.fract() == 0.0,
            ("number", Value::Int(_) | Value::Float(_)) => true,
            ("string", Value::Str(_)) => true,
            ("array", Value::Seq(_)) => true,
            ("object", Value::Map(_)) => true,
            _ => false,
        });
        if ok {
            return true;
        }
        // A number or yes/no where text is expected is taken as its text.
        if types.contains(&"string") {
            let text = match &node.value {
                Value::Int(i) => Some(i.to_string()),
                Value::Float(f) => Some(f.to_string()),
                Value::Bool(b) => Some(b.to_string()),
                _ => None,
            };
            if let Some(text) = text {
                node.value = Value::Str(text);
                return true;
            }
        }
        false
    }

    fn check_range(&self, node: &Node, schema: &Json, path: &str, out: &mut Vec<Finding>) {
        let number = match node.value {
            Value::Int(i) => i as f64,
            Value::Float(f) => f,
            _ => return,
        };
        let min = schema.get("minimum").and_then(Json::as_f64);
        let max = schema.get("maximum").and_then(Json::as_f64);
        let below = min.is_some_and(|m| number < m);
        let above = max.is_some_and(|m| number > m);
        if below || above {
            let range = match (min, max) {
                (Some(a), Some(b)) => format!("tussen {} en {}", fmt_num(a), fmt_num(b)),
                (Some(a), None) => format!("minstens {}", fmt_num(a)),
                (None, Some(b)) => format!("hooguit {}", fmt_num(b)),
                (None, None) => String::new(),
            };
            out.push(
                Finding::error(
                    path,
                    format!("{} ligt buiten het toegestane bereik", fmt_num(number)),
                )
                .at(Some(node.mark))
                .hint(format!("geef een waarde {range}")),
            );
        }
    }
}

fn fmt_num(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}").replace('.', ",")
    }
}

fn types_of(schema: &Json) -> Vec<&str> {
    match schema.get("type") {
        Some(Json::String(t)) => vec![t.as_str()],
        Some(Json::Array(ts)) => ts.iter().filter_map(Json::as_str).collect(),
        _ => Vec::new(),
    }
}

fn enum_values(schema: &Json) -> Option<Vec<String>> {
    let values = schema.get("enum")?.as_array()?;
    Some(
        values
            .iter()
            .filter_map(|v| v.as_str().map(String::from))
            .collect(),
    )
}

/// The schema's Dutch description, for hints.
fn describe(schema: &Json) -> String {
    schema
        .get("description")
        .and_then(Json::as_str)
        .unwrap_or_default()
        .to_string()
}

fn sentence(description: &str) -> String {
    if description.is_empty() {
        String::new()
    } else {
        format!(
            " ({})",
            description.trim_end_matches('.').to_lowercase_first()
        )
    }
}

trait LowercaseFirst {
    fn to_lowercase_first(&self) -> String;
}

impl LowercaseFirst for str {
    fn to_lowercase_first(&self) -> String {
        let mut chars = self.chars();
        match chars.next() {
            Some(first) => first.to_lowercase().chain(chars).collect(),
            None => String::new(),
        }
    }
}

fn type_name(t: &str) -> &'static str {
    match t {
        "string" => "tekst",
        "integer" => "een geheel getal",
        "number" => "een getal",
        "boolean" => "ja/nee (true of false)",
        "array" => "een lijst (regels die beginnen met '- ')",
        "object" => "een groep velden (sleutel: waarde)",
        "null" => "leeg",
        _ => "een waarde",
    }
}

/// `anchor` is the field's key: an empty value has no place of its own.
fn type_error(node: &Node, types: &[&str], schema: &Json, path: &str, anchor: Mark) -> Finding {
    let wanted: Vec<&str> = types.iter().filter(|t| **t != "null").copied().collect();
    let is_date = schema.get("format").and_then(Json::as_str) == Some("date");
    let expected = if is_date {
        "een datum (JJJJ-MM-DD)".to_string()
    } else {
        wanted
            .iter()
            .map(|t| type_name(t))
            .collect::<Vec<_>>()
            .join(" of ")
    };
    if matches!(node.value, Value::Null) {
        return Finding::error(path, "dit veld is leeg")
            .at(Some(anchor))
            .hint(format!("vul {expected} in{}", sentence(&describe(schema))));
    }
    Finding::error(
        path,
        format!("verwacht {expected}, maar hier staat {}", article(node)),
    )
    .at(Some(node.mark))
    .hint(match wanted.first() {
        Some(&"array") => "schrijf elk item op een eigen regel die begint met '- '".to_string(),
        Some(&"object") => {
            "schrijf de velden eronder, ingesprongen, als 'sleutel: waarde'".to_string()
        }
        Some(&"integer") | Some(&"number") => "schrijf alleen het getal, zonder tekst".to_string(),
        _ if is_date => "schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-09".to_string(),
        _ => format!("pas de waarde aan{}", sentence(&describe(schema))),
    })
}

fn article(node: &Node) -> String {
    match &node.value {
        Value::Seq(_) => "een lijst".into(),
        Value::Map(_) => "een groep velden".into(),
        Value::Str(s) => format!("de tekst '{}'", clip(s)),
        Value::Int(i) => format!("het getal {i}"),
        Value::Float(f) => format!("het getal {}", fmt_num(*f)),
        Value::Bool(b) => format!("de waarde {b}"),
        Value::Null => "niets".into(),
    }
}

fn clip(s: &str) -> String {
    const MAX: usize = 40;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        let head: String = s.chars().take(MAX).collect();
        format!("{head}…")
    }
}

/// Dates must be written as ISO dates (JJJJ-MM-DD): "03-04-2026" means
/// 3 April to a Dutch reader and 4 March to others, so it is refused with a
/// suggestion rather than guessed.
pub fn check_date(text: &str) -> Result<NaiveDate, (String, String)> {
    let text = text.trim();
    let parts: Vec<&str> = text.split(['-', '/', '.']).collect();
    let numeric = parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    if numeric && parts[0].len() == 4 && text.as_bytes()[4] == b'-' && parts[1].len() <= 2 {
        let (y, m, d) = (
            parts[0].parse::<i32>().unwrap_or(0),
            parts[1].parse::<u32>().unwrap_or(0),
            parts[2].parse::<u32>().unwrap_or(0),
        );
        if let Some(date) = NaiveDate::from_ymd_opt(y, m, d)
            && parts[1].len() == 2
            && parts[2].len() == 2
        {
            return Ok(date);
        }
        if !(1..=12).contains(&m) {
            return Err((
                format!("'{text}' is geen geldige datum: maand {m} bestaat niet"),
                "schrijf de datum als JJJJ-MM-DD, met de maand (01-12) in het midden".into(),
            ));
        }
        let max = dates::days_in_month(y, m);
        if d == 0 || d > max {
            return Err((
                format!(
                    "'{text}' bestaat niet: {} {y} heeft {max} dagen",
                    dates::month_name(m)
                ),
                "controleer de dag".into(),
            ));
        }
        return Err((
            format!("'{text}' is niet in de vorm JJJJ-MM-DD"),
            format!("schrijf {y}-{m:02}-{d:02}"),
        ));
    }
    if numeric && parts[2].len() == 4 {
        let (d, m, y) = (parts[0], parts[1], parts[2]);
        return Err((
            format!("de datum '{text}' is dubbelzinnig"),
            format!(
                "schrijf datums als JJJJ-MM-DD; als {} {} bedoeld is: {y}-{m:0>2}-{d:0>2}",
                d.trim_start_matches('0'),
                m.parse::<u32>()
                    .ok()
                    .filter(|m| (1..=12).contains(m))
                    .map(dates::month_name)
                    .unwrap_or("?"),
            ),
        ));
    }
    Err((
        format!("'{}' is geen datum", clip(text)),
        "schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-09".into(),
    ))
}

fn unknown_key(
    key: &str,
    mark: Mark,
    parent: &str,
    known: &[&str],
    suggestion: Option<&str>,
) -> Finding {
    let path = join_path(parent, key);
    let finding = Finding::error(path, format!("onbekend veld '{key}'")).at(Some(mark));
    match suggestion {
        Some(s) => finding.hint(format!("bedoelt u '{s}'?")),
        None if known.is_empty() => finding.hint("verwijder dit veld"),
        None => finding.hint(format!(
            "verwijder het of kies een bestaand veld: {}",
            known.join(", ")
        )),
    }
}

/// The closest known name to a typo, if it is close enough to be a typo.
pub fn suggest<'a>(given: &str, known: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let given_lower = given.to_lowercase().replace(['_', ' '], "-");
    known
        .map(|k| {
            let k_norm = k.replace('_', "-");
            (k, strsim::jaro_winkler(&given_lower, &k_norm))
        })
        .filter(|(_, score)| *score >= 0.85)
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(k, _)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_pass() {
        assert_eq!(
            check_date("2024-02-29"),
            Ok(NaiveDate::from_ymd_opt(2024, 2, 29).unwrap())
        );
    }

    #[test]
    fn impossible_dates_say_why() {
        assert_eq!(
            check_date("2026-02-30").unwrap_err().0,
            "'2026-02-30' bestaat niet: februari 2026 heeft 28 dagen"
        );
        assert_eq!(
            check_date("2026-13-01").unwrap_err().0,
            "'2026-13-01' is geen geldige datum: maand 13 bestaat niet"
        );
    }

    #[test]
    fn ambiguous_dates_get_a_suggestion() {
        let (message, hint) = check_date("03-04-2026").unwrap_err();
        assert_eq!(message, "de datum '03-04-2026' is dubbelzinnig");
        assert_eq!(
            hint,
            "schrijf datums als JJJJ-MM-DD; als 3 april bedoeld is: 2026-04-03"
        );
    }

    #[test]
    fn typos_find_their_field() {
        let known = ["naam", "functie", "uren_per_week"];
        assert_eq!(suggest("naaam", known.iter().copied()), Some("naam"));
        assert_eq!(
            suggest("uren-per-week", known.iter().copied()),
            Some("uren_per_week")
        );
        assert_eq!(suggest("postcode", known.iter().copied()), None);
    }
}
