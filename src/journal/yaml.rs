//! A YAML tree that remembers where every node stands in the file.
//!
//! serde_yaml reports only the first error and forgets positions once a value
//! is parsed; the validator needs the line and column of every key and value to
//! point a coach at the exact spot. So the journal is first read into this
//! marked tree (with yaml-rust2's event parser), checked, and only then handed
//! to serde. Building the tree also enforces the limits that keep hostile files
//! harmless: nesting depth and the size that aliases may expand to.

use yaml_rust2::parser::{Event, Parser};
use yaml_rust2::scanner::{Marker, ScanError, TScalarStyle};

pub use crate::diag::Mark;

/// yaml-rust2 counts lines from 1 and columns from 0.
fn mark_of(m: &Marker) -> Mark {
    Mark {
        line: m.line(),
        col: m.col() + 1,
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    Map(Vec<Entry>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub value: Value,
    pub mark: Mark,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub key: String,
    pub key_mark: Mark,
    pub value: Node,
}

impl Node {
    /// The Dutch name of this node's kind, as used in messages.
    pub fn kind_name(&self) -> &'static str {
        match &self.value {
            Value::Null => "leeg",
            Value::Bool(_) => "ja/nee-waarde",
            Value::Int(_) => "geheel getal",
            Value::Float(_) => "getal",
            Value::Str(_) => "tekst",
            Value::Seq(_) => "lijst",
            Value::Map(_) => "groep velden",
        }
    }

    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.value {
            Value::Map(entries) => entries.iter().find(|e| e.key == key).map(|e| &e.value),
            _ => None,
        }
    }

    /// Calls `f` with the dotted path and node of every text value, in file
    /// order, leaving out the top-level keys in `skip` (such as `notities`).
    pub fn for_each_text(&self, skip: &[&str], f: &mut impl FnMut(&str, &Node, &str)) {
        self.visit_texts("", skip, f);
    }

    fn visit_texts(&self, path: &str, skip: &[&str], f: &mut impl FnMut(&str, &Node, &str)) {
        match &self.value {
            Value::Str(text) => f(path, self, text),
            Value::Seq(items) => {
                for (i, item) in items.iter().enumerate() {
                    item.visit_texts(&format!("{path}[{}]", i + 1), skip, f);
                }
            }
            Value::Map(entries) => {
                for e in entries {
                    if path.is_empty() && skip.contains(&e.key.as_str()) {
                        continue;
                    }
                    e.value.visit_texts(&join_path(path, &e.key), skip, f);
                }
            }
            _ => {}
        }
    }

    /// Converts to serde_yaml's value type, from which serde deserializes the
    /// typed journal. Mappings keep their order; duplicate keys have already
    /// been reported and only the first occurrence is kept.
    pub fn to_serde(&self) -> serde_yaml::Value {
        use serde_yaml::Value as Y;
        match &self.value {
            Value::Null => Y::Null,
            Value::Bool(b) => Y::Bool(*b),
            Value::Int(i) => Y::Number((*i).into()),
            Value::Float(f) => Y::Number((*f).into()),
            Value::Str(s) => Y::String(s.clone()),
            Value::Seq(items) => Y::Sequence(items.iter().map(Node::to_serde).collect()),
            Value::Map(entries) => {
                let mut map = serde_yaml::Mapping::with_capacity(entries.len());
                for e in entries {
                    let key = Y::String(e.key.clone());
                    if !map.contains_key(&key) {
                        map.insert(key, e.value.to_serde());
                    }
                }
                Y::Mapping(map)
            }
        }
    }
}

/// Why a file could not be read as a YAML tree at all.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub mark: Option<Mark>,
    pub message: String,
    pub hint: String,
}

/// Something wrong in an otherwise readable tree (duplicate keys).
#[derive(Debug, Clone, PartialEq)]
pub struct DuplicateKey {
    pub path: String,
    pub key: String,
    pub mark: Mark,
    pub first: Mark,
}

#[derive(Debug)]
pub struct Parsed {
    pub root: Node,
    pub duplicates: Vec<DuplicateKey>,
}

/// Limits that keep a hostile file from exhausting memory or the stack.
pub const MAX_DEPTH: usize = 64;
/// Upper bound on the number of nodes, counting every alias expansion.
pub const MAX_NODES: usize = 2_000_000;

enum Frame {
    Seq {
        mark: Mark,
        anchor: usize,
        items: Vec<Node>,
    },
    Map {
        mark: Mark,
        anchor: usize,
        entries: Vec<Entry>,
        pending_key: Option<(String, Mark)>,
        path: String,
    },
}

pub fn parse(text: &str) -> Result<Parsed, SyntaxError> {
    let mut parser = Parser::new_from_str(text);
    let mut stack: Vec<Frame> = Vec::new();
    // For each anchored node: the node and how many nodes it holds.
    let mut anchors: Vec<Option<(Node, usize)>> = Vec::new();
    let mut total_nodes: usize = 0;
    let mut root: Option<Node> = None;
    let mut documents = 0usize;
    let mut duplicates = Vec::new();

    loop {
        let (event, marker) = parser.next_token().map_err(|e| scan_error(&e, text))?;
        let mark = mark_of(&marker);
        let node = match event {
            Event::StreamEnd => break,
            Event::DocumentStart => {
                documents += 1;
                if documents > 1 {
                    return Err(SyntaxError {
                        mark: Some(mark),
                        message: "het bestand bevat meer dan één YAML-document".into(),
                        hint: "zet één dossier per bestand en verwijder de tweede '---'".into(),
                    });
                }
                continue;
            }
            Event::StreamStart | Event::DocumentEnd | Event::Nothing => continue,
            Event::SequenceStart(anchor, _) => {
                check_depth(&stack, mark)?;
                stack.push(Frame::Seq {
                    mark,
                    anchor,
                    items: Vec::new(),
                });
                continue;
            }
            Event::MappingStart(anchor, _) => {
                check_depth(&stack, mark)?;
                let path = child_path(&stack);
                stack.push(Frame::Map {
                    mark,
                    anchor,
                    entries: Vec::new(),
                    pending_key: None,
                    path,
                });
                continue;
            }
            Event::SequenceEnd => match stack.pop() {
                Some(Frame::Seq {
                    mark,
                    anchor,
                    items,
                }) => {
                    let node = Node {
                        value: Value::Seq(items),
                        mark,
                    };
                    remember(&mut anchors, anchor, &node);
                    node
                }
                _ => return Err(internal(mark)),
            },
            Event::MappingEnd => match stack.pop() {
                Some(Frame::Map {
                    mark,
                    anchor,
                    entries,
                    ..
                }) => {
                    let node = Node {
                        value: Value::Map(entries),
                        mark,
                    };
                    remember(&mut anchors, anchor, &node);
                    node
                }
                _ => return Err(internal(mark)),
            },
            Event::Scalar(text, style, anchor, _tag) => {
                let node = Node {
                    value: resolve_scalar(text, style),
                    mark,
                };
                remember(&mut anchors, anchor, &node);
                node
            }
            Event::Alias(id) => {
                let Some(Some((node, size))) = anchors.get(id) else {
                    return Err(SyntaxError {
                        mark: Some(mark),
                        message: "verwijzing (*alias) naar een anker dat niet bestaat".into(),
                        hint: "verwijder de verwijzing of definieer eerst het anker met &naam"
                            .into(),
                    });
                };
                total_nodes += size;
                if total_nodes > MAX_NODES {
                    return Err(too_big(mark));
                }
                let mut node = node.clone();
                node.mark = mark;
                node
            }
        };
        total_nodes += 1;
        if total_nodes > MAX_NODES {
            return Err(too_big(mark));
        }
        // Attach the finished node to its parent.
        match stack.last_mut() {
            None => root = Some(node),
            Some(Frame::Seq { items, .. }) => items.push(node),
            Some(Frame::Map {
                entries,
                pending_key,
                path,
                ..
            }) => match pending_key.take() {
                None => {
                    let key = match node.value {
                        Value::Str(s) => s,
                        Value::Null => String::new(),
                        Value::Bool(b) => b.to_string(),
                        Value::Int(i) => i.to_string(),
                        Value::Float(f) => f.to_string(),
                        Value::Seq(_) | Value::Map(_) => {
                            return Err(SyntaxError {
                                mark: Some(node.mark),
                                message: "een sleutel moet een woord zijn, geen lijst of groep"
                                    .into(),
                                hint: "schrijf de sleutel als 'naam:' gevolgd door de waarde"
                                    .into(),
                            });
                        }
                    };
                    *pending_key = Some((key, node.mark));
                }
                Some((key, key_mark)) => {
                    if let Some(first) = entries.iter().find(|e| e.key == key) {
                        duplicates.push(DuplicateKey {
                            path: join_path(path, &key),
                            key: key.clone(),
                            mark: key_mark,
                            first: first.key_mark,
                        });
                    }
                    entries.push(Entry {
                        key,
                        key_mark,
                        value: node,
                    });
                }
            },
        }
    }

    let root = root.unwrap_or(Node {
        value: Value::Null,
        mark: Mark { line: 1, col: 1 },
    });
    Ok(Parsed { root, duplicates })
}

/// The dotted path of the node about to be pushed, for duplicate-key messages.
fn child_path(stack: &[Frame]) -> String {
    let mut path = String::new();
    for frame in stack {
        match frame {
            Frame::Seq { items, .. } => path.push_str(&format!("[{}]", items.len() + 1)),
            Frame::Map { pending_key, .. } => {
                if let Some((key, _)) = pending_key {
                    path = join_path(&path, key);
                }
            }
        }
    }
    path
}

pub fn join_path(base: &str, key: &str) -> String {
    if base.is_empty() {
        key.to_string()
    } else {
        format!("{base}.{key}")
    }
}

fn check_depth(stack: &[Frame], mark: Mark) -> Result<(), SyntaxError> {
    if stack.len() >= MAX_DEPTH {
        return Err(SyntaxError {
            mark: Some(mark),
            message: DEEP.0.into(),
            hint: DEEP.1.into(),
        });
    }
    Ok(())
}

/// Too deep, from our own limit or yaml-rust2's.
const DEEP: (&str, &str) = (
    "het bestand is te diep genest",
    "een dossier heeft hooguit een paar niveaus; controleer de haakjes en de inspringing",
);

fn remember(anchors: &mut Vec<Option<(Node, usize)>>, anchor: usize, node: &Node) {
    if anchor == 0 {
        return;
    }
    if anchors.len() <= anchor {
        anchors.resize(anchor + 1, None);
    }
    anchors[anchor] = Some((node.clone(), count_nodes(node)));
}

fn count_nodes(node: &Node) -> usize {
    1 + match &node.value {
        Value::Seq(items) => items.iter().map(count_nodes).sum(),
        Value::Map(entries) => entries.iter().map(|e| 1 + count_nodes(&e.value)).sum(),
        _ => 0,
    }
}

fn too_big(mark: Mark) -> SyntaxError {
    SyntaxError {
        mark: Some(mark),
        message: format!(
            "de YAML-verwijzingen (&anker en *alias) zouden meer dan {MAX_NODES} waarden opleveren"
        ),
        hint: "gebruik geen ankers en verwijzingen; schrijf de gegevens gewoon uit".into(),
    }
}

fn internal(mark: Mark) -> SyntaxError {
    SyntaxError {
        mark: Some(mark),
        message: "de YAML-structuur is onvolledig".into(),
        hint: "controleer de inspringing rond deze plek".into(),
    }
}

/// Scalars follow the YAML 1.2 core schema: only `true`/`false` are booleans
/// (so "nee" and "ja" stay text) and dates stay text for the date check.
fn resolve_scalar(text: String, style: TScalarStyle) -> Value {
    if style != TScalarStyle::Plain {
        return Value::Str(text);
    }
    match text.as_str() {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        _ => {}
    }
    if let Some(i) = parse_int(&text) {
        return Value::Int(i);
    }
    if looks_like_float(&text)
        && let Ok(f) = text.parse::<f64>()
        && f.is_finite()
    {
        return Value::Float(f);
    }
    Value::Str(text)
}

fn parse_int(text: &str) -> Option<i64> {
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

fn looks_like_float(text: &str) -> bool {
    let body = text.strip_prefix(['-', '+']).unwrap_or(text);
    let mut seen_digit = false;
    let mut seen_dot = false;
    for b in body.bytes() {
        match b {
            b'0'..=b'9' => seen_digit = true,
            b'.' if !seen_dot => seen_dot = true,
            _ => return false,
        }
    }
    seen_digit && seen_dot
}

fn scan_error(err: &ScanError, text: &str) -> SyntaxError {
    let info = err.info();
    let (message, hint) = translate_scan_error(info);
    let mut mark = mark_of(err.marker());
    // The scanner reports a tab where it gave up, after the tab; point at
    // the tab itself.
    if info.contains("tab")
        && let Some(line) = text.lines().nth(mark.line.saturating_sub(1))
        && let Some(pos) = line.chars().position(|c| c == '\t')
    {
        mark.col = pos + 1;
    }
    SyntaxError {
        mark: Some(mark),
        message,
        hint,
    }
}

fn translate_scan_error(info: &str) -> (String, String) {
    let known: &[(&str, &str, &str)] = &[
        ("recursion limit exceeded", DEEP.0, DEEP.1),
        (
            "mapping values are not allowed",
            "hier mag geen 'sleutel: waarde' beginnen",
            "controleer de inspringing, of zet tekst met een dubbele punt tussen aanhalingstekens",
        ),
        (
            "did not find expected key",
            "de inspringing klopt niet: hier werd een sleutel verwacht",
            "lijn de sleutels van één groep precies onder elkaar uit, met spaties",
        ),
        (
            "tab",
            "een tab-teken waar inspringing met spaties nodig is",
            "vervang tabs aan het begin van de regel door spaties",
        ),
        (
            "found character that cannot start any token",
            "een teken dat hier niet mag staan (vaak een tab of een losse @ of `)",
            "zet de tekst tussen aanhalingstekens of vervang tabs door spaties",
        ),
        (
            "did not find expected '-' indicator",
            "de inspringing van deze lijst klopt niet",
            "zet alle streepjes van één lijst precies onder elkaar",
        ),
        (
            "while scanning a quoted scalar",
            "een tekst tussen aanhalingstekens wordt niet afgesloten",
            "sluit de tekst af met hetzelfde aanhalingsteken als waarmee hij begint",
        ),
        (
            "did not find expected node content",
            "hier ontbreekt een waarde",
            "vul een waarde in of verwijder het teken dat hier staat",
        ),
        (
            "block sequence entries are not allowed",
            "hier mag geen lijst beginnen",
            "zet de lijst op een nieuwe regel onder de sleutel, ingesprongen",
        ),
        (
            "while parsing a flow",
            "een lijst of groep tussen [ ] of { } wordt niet goed afgesloten",
            "controleer de haakjes, of zet tekst met [ of { tussen aanhalingstekens",
        ),
        (
            "illegal placement of ':' indicator",
            "een dubbele punt op een plaats waar die niet mag, vaak na een [ of { die niet wordt afgesloten",
            "sluit de lijst af met ] (of de groep met }), of zet tekst met [ of { tussen aanhalingstekens",
        ),
        (
            "unknown anchor",
            "verwijzing (*alias) naar een anker dat niet bestaat",
            "verwijder de verwijzing, of zet tekst die met * begint tussen aanhalingstekens",
        ),
        (
            "quoted scalar",
            "een tekst tussen aanhalingstekens wordt niet afgesloten",
            "sluit de tekst af met hetzelfde aanhalingsteken als waarmee hij begint",
        ),
        (
            "while scanning an anchor",
            "een & aan het begin van een waarde wordt als YAML-anker gelezen",
            "zet de tekst tussen aanhalingstekens",
        ),
        (
            "while scanning an alias",
            "een * aan het begin van een waarde wordt als YAML-verwijzing gelezen",
            "zet de tekst tussen aanhalingstekens",
        ),
    ];
    for (needle, message, hint) in known {
        if info.contains(needle) {
            return ((*message).to_string(), (*hint).to_string());
        }
    }
    (
        format!("ongeldige YAML ({info})"),
        "controleer de inspringing en zet tekst met bijzondere tekens tussen aanhalingstekens"
            .to_string(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_are_one_based() {
        let parsed = parse("a: 1\nb:\n  c: x\n").unwrap();
        let b = parsed.root.get("b").unwrap();
        let Value::Map(entries) = &b.value else {
            panic!("b is a map")
        };
        assert_eq!(entries[0].key_mark, Mark { line: 3, col: 3 });
        assert_eq!(entries[0].value.mark, Mark { line: 3, col: 6 });
    }

    #[test]
    fn scalars_follow_the_core_schema() {
        let parsed = parse("a: nee\nb: 12\nc: 1.5\nd: 2026-03-01\ne: ~\nf: true\ng: '12'").unwrap();
        let get = |k| parsed.root.get(k).unwrap().value.clone();
        assert_eq!(get("a"), Value::Str("nee".into()));
        assert_eq!(get("b"), Value::Int(12));
        assert_eq!(get("c"), Value::Float(1.5));
        assert_eq!(get("d"), Value::Str("2026-03-01".into()));
        assert_eq!(get("e"), Value::Null);
        assert_eq!(get("f"), Value::Bool(true));
        assert_eq!(get("g"), Value::Str("12".into()));
    }

    #[test]
    fn duplicate_keys_are_reported_with_both_places() {
        let parsed = parse("a:\n  b: 1\n  b: 2\n").unwrap();
        assert_eq!(
            parsed.duplicates,
            vec![DuplicateKey {
                path: "a.b".into(),
                key: "b".into(),
                mark: Mark { line: 3, col: 3 },
                first: Mark { line: 2, col: 3 },
            }]
        );
    }

    #[test]
    fn alias_bombs_are_refused() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..10 {
            let prev = i - 1;
            text.push_str(&format!(
                "a{i}: &a{i} [*a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}]\n"
            ));
        }
        let err = parse(&text).unwrap_err();
        assert!(err.message.contains("verwijzingen"), "{err:?}");
    }

    #[test]
    fn an_unclosed_list_before_the_next_key_is_said_in_dutch() {
        let err = parse("werknemer:\n  naam: [Test\n  functie: x\n").unwrap_err();
        assert_eq!(
            err.message,
            "een dubbele punt op een plaats waar die niet mag, vaak na een [ of { die niet wordt afgesloten"
        );
        assert_eq!(err.mark, Some(Mark { line: 3, col: 10 }));
    }

    #[test]
    fn deep_nesting_is_refused() {
        let text = "[".repeat(200) + &"]".repeat(200);
        let err = parse(&text).unwrap_err();
        assert_eq!(err.message, "het bestand is te diep genest");
    }
}
