//! Editing a journal the way a coach would: as text. A new entry is written
//! into the right list of the file, in date order, in the file's own
//! indentation, and every other byte stays as it was: comments, blank
//! lines, key order, quoting. The journal is never round-tripped through
//! serde, which would drop the comments. Positions come from the marked
//! YAML tree the reader builds.
//!
//! An edit is checked before it is written (see `cmd::toevoegen`): the
//! edited text is read and validated like any journal, and refused when it
//! would have errors.

mod scalar;

use chrono::NaiveDate;

use scalar::block_can_hold;
pub use scalar::{Field, double_quoted, scalar};

use crate::journal::yaml::{Node, Value};

/// Why an entry cannot be placed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditError {
    /// The key exists but holds something other than a list.
    NotAList { key: String, line: usize },
    /// The list is written on one line (`[...]`) with items in it.
    FlowList { key: String, line: usize },
    /// The part to edit is missing, or not a mapping written over lines.
    NotAMap { key: String, line: usize },
    /// A field that opens its list item (`- key:`) cannot be removed alone.
    OpensItem { key: String, line: usize },
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EditError::NotAList { key, line } => write!(
                f,
                "'{key}' op regel {line} is geen lijst; een nieuw onderdeel kan er niet aan worden toegevoegd"
            ),
            EditError::FlowList { key, line } => write!(
                f,
                "de lijst '{key}' op regel {line} staat tussen [ ]; schrijf haar als een lijst met een '- ' per onderdeel om er iets aan toe te voegen"
            ),
            EditError::NotAMap { key, line } => write!(
                f,
                "'{key}' (regel {line}) is geen onderdeel met velden op eigen regels; pas het aan in een editor"
            ),
            EditError::OpensItem { key, line } => write!(
                f,
                "'{key}' op regel {line} opent het onderdeel en kan niet leeg worden; pas het aan in een editor"
            ),
        }
    }
}

/// `text` with `fields` added as a new item of the top-level list `key`:
/// before the first item dated after `date`, or at the end of the list. A
/// list written as `[]` becomes a block list; a missing list is added
/// before `notities` (or at the end).
pub fn add_to_list(
    text: &str,
    root: &Node,
    key: &str,
    date: NaiveDate,
    fields: &[(&str, Field)],
) -> Result<String, EditError> {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let place = top_level(&lines, root);
    add(text, &lines, root, &place, key, date, Item::Fields(fields))
}

/// Where a top-level list stands: a new list goes before the coach's notes
/// (which end the file in a new journal), or at the end.
fn top_level<'a>(lines: &[&str], root: &'a Node) -> Place<'a> {
    let entries = match &root.value {
        Value::Map(entries) => entries.as_slice(),
        _ => &[],
    };
    let missing_at = entries
        .iter()
        .find(|e| e.key == "notities")
        .map_or(lines.len(), |e| {
            comment_start(lines, e.key_mark.line - 1, 0)
        });
    Place {
        entries,
        region_end: lines.len(),
        key_indent: 0,
        missing_at,
    }
}

/// `text` with item `index` (from 0) of the top-level list `key` moved,
/// its own lines as they are (comments inside it and fields no form
/// knows included), to where an item dated `date` belongs.
pub fn move_item(
    text: &str,
    root: &Node,
    key: &str,
    index: usize,
    date: NaiveDate,
) -> Result<String, EditError> {
    let without = remove_item(text, root, key, index)?;
    let a: Vec<&str> = text.split_inclusive('\n').collect();
    let b: Vec<&str> = without.split_inclusive('\n').collect();
    // The lines that went: between what both texts start and end with.
    let same_start = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let same_end = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take(b.len() - same_start)
        .take_while(|(x, y)| x == y)
        .count();
    let gone = &a[same_start..a.len() - same_end];
    let first = gone.iter().position(|l| !l.trim().is_empty()).unwrap_or(0);
    let last = gone
        .iter()
        .rposition(|l| !l.trim().is_empty())
        .map_or(0, |i| i + 1);
    let mut own: String = gone[first..last.max(first)].concat();
    if !own.ends_with('\n') {
        own.push_str(if text.contains("\r\n") { "\r\n" } else { "\n" });
    }
    let tree = crate::journal::yaml::parse(&without)
        .map_err(|_| EditError::NotAList {
            key: key.to_string(),
            line: 1,
        })?
        .root;
    let place = top_level(&b, &tree);
    add(&without, &b, &tree, &place, key, date, Item::Raw(&own))
}

/// What is added to a list: fields to write, or an item's own lines.
#[derive(Clone, Copy)]
enum Item<'a> {
    Fields(&'a [(&'a str, Field)]),
    Raw(&'a str),
}

impl Item<'_> {
    fn written(self, indent: usize, style: Style, newline: &str) -> String {
        match self {
            Item::Fields(fields) => item(fields, indent, style, newline),
            Item::Raw(raw) => raw.to_string(),
        }
    }
}

/// The same for a list inside a top-level group, such as
/// `grondslag.zoekprofielwijzigingen`; a missing list is added at the end
/// of the group.
pub fn add_to_group_list(
    text: &str,
    root: &Node,
    group: &str,
    key: &str,
    date: NaiveDate,
    fields: &[(&str, Field)],
) -> Result<String, EditError> {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let top = match &root.value {
        Value::Map(entries) => entries.as_slice(),
        _ => &[],
    };
    let Some(index) = top.iter().position(|e| e.key == group) else {
        return Err(EditError::NotAList {
            key: group.to_string(),
            line: 1,
        });
    };
    let Value::Map(children) = &top[index].value.value else {
        return Err(EditError::NotAList {
            key: group.to_string(),
            line: top[index].key_mark.line,
        });
    };
    let region_end = top.get(index + 1).map_or(lines.len(), |next| {
        comment_start(&lines, next.key_mark.line - 1, 0)
    });
    let first = children
        .first()
        .map_or(top[index].key_mark.line, |c| c.key_mark.line);
    let last_line = (first - 1..region_end)
        .rev()
        .find(|&i| belongs_to_list(lines[i]))
        .map_or(region_end, |i| i + 1);
    let place = Place {
        entries: children,
        region_end,
        key_indent: children.first().map_or(2, |c| c.key_mark.col - 1),
        missing_at: last_line,
    };
    add(text, &lines, root, &place, key, date, Item::Fields(fields))
}

/// Where the list's group stands in the file.
struct Place<'a> {
    /// The group's entries, the list among them (or not yet).
    entries: &'a [crate::journal::yaml::Entry],
    /// The line index where the group ends.
    region_end: usize,
    /// Indentation of the group's keys.
    key_indent: usize,
    /// Where a missing list is inserted.
    missing_at: usize,
}

fn add(
    text: &str,
    lines: &[&str],
    root: &Node,
    place: &Place,
    key: &str,
    date: NaiveDate,
    fields: Item,
) -> Result<String, EditError> {
    let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let entries = place.entries;
    let list_indent = place.key_indent + detected_indent(lines, root).unwrap_or(2);
    let Some(index) = entries.iter().position(|e| e.key == key) else {
        let pad = " ".repeat(place.key_indent);
        let block = format!(
            "{pad}{key}:{newline}{}",
            fields.written(list_indent, Style::default(), newline)
        );
        if place.missing_at >= lines.len() {
            let mut out = text.to_string();
            if !out.is_empty() && !out.ends_with('\n') {
                out.push_str(newline);
            }
            out.push_str(&block);
            return Ok(out);
        }
        let spacer = if place.key_indent == 0 { newline } else { "" };
        return Ok(splice(lines, place.missing_at, &format!("{block}{spacer}")));
    };
    let entry = &entries[index];
    let items = match &entry.value.value {
        Value::Seq(items) => items.as_slice(),
        Value::Null => &[],
        _ => {
            return Err(EditError::NotAList {
                key: key.to_string(),
                line: entry.key_mark.line,
            });
        }
    };
    if items.is_empty() {
        // `key: []` or `key:` with nothing: the line becomes `key:` and the
        // block list follows it.
        let line_index = entry.key_mark.line - 1;
        let line = lines[line_index];
        // Only the `[]` goes (with the space before it); a comment after it
        // stays where it was.
        let head = match line.find(": []").or_else(|| line.find(":[]")) {
            Some(at) => {
                let end = at + line[at..].find("[]").unwrap_or(0) + 2;
                let mut head = format!("{}{}", &line[..=at], &line[end..]);
                if !head.ends_with('\n') {
                    head.push_str(newline);
                }
                head
            }
            None => line.to_string(),
        };
        let mut out = String::new();
        for l in &lines[..line_index] {
            out.push_str(l);
        }
        out.push_str(&head);
        out.push_str(&fields.written(list_indent, Style::default(), newline));
        for l in &lines[line_index + 1..] {
            out.push_str(l);
        }
        return Ok(out);
    }
    // The dash of the first item gives the list's indentation.
    let first_line = lines[items[0].mark.line - 1];
    if !first_line.trim_start().starts_with('-') {
        return Err(EditError::FlowList {
            key: key.to_string(),
            line: entry.key_mark.line,
        });
    }
    let indent = first_line.len() - first_line.trim_start().len();
    let dated = |node: &Node| {
        let field = node
            .get("datum")
            .or_else(|| node.get("ingangsdatum"))
            .or_else(|| node.get("van"));
        match field.map(|n| &n.value) {
            Some(Value::Str(s)) => NaiveDate::parse_from_str(s, "%Y-%m-%d").ok(),
            _ => None,
        }
    };
    let later = items.iter().find(|n| dated(n).is_some_and(|d| d > date));
    let at = match later {
        // Before that item, and before any comment lines that lead it.
        Some(next) => comment_start(lines, next.mark.line - 1, indent),
        // After the last line that belongs to the list.
        None => {
            let end = entries
                .get(index + 1)
                .map_or(place.region_end, |next| next.key_mark.line - 1);
            let first = items.last().map_or(0, |n| n.mark.line - 1);
            (first..end)
                .rev()
                .find(|&i| belongs_to_list(lines[i]))
                .map_or(end, |i| i + 1)
        }
    };
    let style = Style::of(lines, items);
    let mut written = fields.written(indent, style, newline);
    if style.blank_between {
        // The new item is set apart as its neighbours are: a blank line
        // before it at the end of the list, after it before a later item.
        written = match later {
            Some(_) => format!("{written}{newline}"),
            None => format!("{newline}{written}"),
        };
    }
    Ok(splice(lines, at, &written))
}

/// How the items of a list are written, read from the items already there,
/// so an added item looks like its neighbours.
#[derive(Debug, Clone, Copy, Default)]
struct Style {
    /// A blank line between items.
    blank_between: bool,
    /// Nested mappings (`periode`) as indented block lines, this many
    /// spaces deeper than their key; `None` keeps them in flow style
    /// (`{van: ..., tot: ...}`).
    block_maps: Option<usize>,
}

impl Style {
    fn of(lines: &[&str], items: &[Node]) -> Style {
        let blank_between = items.len() >= 2
            && items.windows(2).all(|w| {
                let dash = w[1].mark.line - 1;
                dash >= 1 && lines.get(dash - 1).is_some_and(|l| l.trim().is_empty())
            });
        let block_maps = items
            .iter()
            .rev()
            .filter_map(|n| match &n.value {
                Value::Map(fields) => Some(fields),
                _ => None,
            })
            .flatten()
            .find_map(|e| match &e.value.value {
                Value::Map(inner) if !inner.is_empty() => {
                    let line = lines.get(e.value.mark.line - 1)?;
                    let at = line.get(e.value.mark.col - 1..)?;
                    if at.starts_with('{') {
                        Some(None)
                    } else {
                        Some(Some(
                            inner[0].key_mark.col.saturating_sub(e.key_mark.col).max(1),
                        ))
                    }
                }
                _ => None,
            })
            .flatten();
        Style {
            blank_between,
            block_maps,
        }
    }
}

/// `text` without item `index` (from 0) of the top-level list `key`: the
/// item's own lines go, with the blank line that set it apart; comment
/// lines above it stay (they may speak of what follows), and so does every
/// other byte. The last item leaves `key: []`.
pub fn remove_item(text: &str, root: &Node, key: &str, index: usize) -> Result<String, EditError> {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let entries = match &root.value {
        Value::Map(entries) => entries.as_slice(),
        _ => &[],
    };
    let position = entries.iter().position(|e| e.key == key);
    let not_a_list = |line| EditError::NotAList {
        key: key.to_string(),
        line,
    };
    let Some(position) = position else {
        return Err(not_a_list(1));
    };
    let entry = &entries[position];
    let Value::Seq(items) = &entry.value.value else {
        return Err(not_a_list(entry.key_mark.line));
    };
    let Some(item) = items.get(index) else {
        return Err(not_a_list(entry.key_mark.line));
    };
    let start = item.mark.line - 1;
    let first_line = lines[start];
    if !first_line.trim_start().starts_with('-') {
        return Err(EditError::FlowList {
            key: key.to_string(),
            line: entry.key_mark.line,
        });
    }
    let indent = first_line.len() - first_line.trim_start().len();
    if items.len() == 1 {
        // `key: []`, the comment after `key:` kept.
        let k = entry.key_mark.line - 1;
        let head = lines[k].trim_end_matches(['\n', '\r']);
        let (before, comment) = match head.find(" #") {
            Some(at) => (&head[..at], &head[at..]),
            None => (head, ""),
        };
        let end = entries.get(position + 1).map_or(lines.len(), |next| {
            comment_start(&lines, next.key_mark.line - 1, 0)
        });
        let last = (start..end)
            .rev()
            .find(|&i| belongs_to_list(lines[i]))
            .map_or(end, |i| i + 1);
        let mut out = String::new();
        for l in &lines[..k] {
            out.push_str(l);
        }
        out.push_str(&format!("{} []{comment}{newline}", before.trim_end()));
        for l in &lines[k + 1..start] {
            out.push_str(l);
        }
        for l in &lines[last..] {
            out.push_str(l);
        }
        return Ok(out);
    }
    let end = match items.get(index + 1) {
        // Up to the next item, or the comment lines that lead it.
        Some(next) => comment_start(&lines, next.mark.line - 1, indent),
        None => {
            let end = entries
                .get(position + 1)
                .map_or(lines.len(), |next| next.key_mark.line - 1);
            (start..end)
                .rev()
                .find(|&i| belongs_to_list(lines[i]))
                .map_or(end, |i| i + 1)
        }
    };
    // The last item: the blank line that set it apart from the one before
    // goes with it.
    let start = if index + 1 == items.len() && start > 0 && lines[start - 1].trim().is_empty() {
        start - 1
    } else {
        start
    };
    let mut out = String::new();
    for l in &lines[..start] {
        out.push_str(l);
    }
    for l in &lines[end..] {
        out.push_str(l);
    }
    Ok(out)
}

/// `text` with the text field `key` of a mapping set to `value`, or
/// removed when `value` is `None`. The mapping is the top-level `group`, or
/// its item `index` when `group` is a list (`voortgangsrapportages`, 2).
/// Only the field's own lines change: a comment after its value or on a
/// line of its own stays, and every other byte is kept. A missing field is
/// added after the mapping's last field.
pub fn set_field(
    text: &str,
    root: &Node,
    group: &str,
    index: Option<usize>,
    key: &str,
    value: Option<&str>,
) -> Result<String, EditError> {
    let value = value.map(|v| Field::Text(v.to_string()));
    set_value(text, root, group, index, key, value.as_ref())
}

/// [`set_field`] for a value of any kind: a date or a word is written as
/// YAML reads it (`2026-12-02`, not `"2026-12-02"`).
pub fn set_value(
    text: &str,
    root: &Node,
    group: &str,
    index: Option<usize>,
    key: &str,
    value: Option<&Field>,
) -> Result<String, EditError> {
    let mut steps = vec![Step::Key(group)];
    steps.extend(index.map(Step::Index));
    set_value_in(text, root, &steps, key, value)
}

/// One step of a path into the journal: a key of a mapping, or an item of
/// a list (from 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// The path in the words of `check` (`grondslag.zoekprofielwijzigingen[2]`).
pub fn path_words(steps: &[Step]) -> String {
    let mut out = String::new();
    for step in steps {
        match step {
            Step::Key(k) if out.is_empty() => out.push_str(k),
            Step::Key(k) => out.push_str(&format!(".{k}")),
            Step::Index(i) => out.push_str(&format!("[{}]", i.saturating_add(1))),
        }
    }
    out
}

/// The node at `steps` from `root`, or the line of the last node found.
pub fn node_at<'n>(root: &'n Node, steps: &[Step]) -> Result<&'n Node, usize> {
    let mut node = root;
    for step in steps {
        let next = match (step, &node.value) {
            (Step::Key(k), Value::Map(entries)) => {
                entries.iter().find(|e| e.key == *k).map(|e| &e.value)
            }
            (Step::Index(i), Value::Seq(items)) => items.get(*i),
            _ => None,
        };
        node = next.ok_or(node.mark.line.max(1))?;
    }
    Ok(node)
}

/// [`set_value`] for a mapping anywhere in the journal, such as
/// `grondslag.zoekprofielwijzigingen[2]` (`steps`).
pub fn set_value_in(
    text: &str,
    root: &Node,
    steps: &[Step],
    key: &str,
    value: Option<&Field>,
) -> Result<String, EditError> {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let not_a_map = |line: usize| EditError::NotAMap {
        key: path_words(steps),
        line,
    };
    let target = node_at(root, steps).map_err(not_a_map)?;
    let Value::Map(entries) = &target.value else {
        return Err(not_a_map(target.mark.line));
    };
    let opens_flow = lines
        .get(target.mark.line.saturating_sub(1))
        .and_then(|l| l.chars().nth(target.mark.col.saturating_sub(1)))
        == Some('{');
    if opens_flow || entries.is_empty() {
        return Err(not_a_map(target.mark.line));
    }

    let Some(entry) = entries.iter().find(|e| e.key == key) else {
        let Some(value) = value else {
            return Ok(text.to_string());
        };
        // After its partner (`akkoord_werkgever` after `akkoord_werknemer`,
        // `opvolging_datum` after `opvolging`), or after the mapping's last
        // field.
        let stem = |k: &str| k.split('_').next().unwrap_or(k).to_string();
        let last = entries
            .iter()
            .rev()
            .find(|e| stem(&e.key) == stem(key))
            .or(entries.last())
            .expect("not empty");
        let end = field_end(&lines, last);
        let pad = " ".repeat(last.key_mark.col - 1);
        let mut insert = String::new();
        written_block(&mut insert, &pad, key, value, newline);
        return Ok(splice(&lines, end, &insert));
    };

    let k = entry.key_mark.line - 1;
    let line = lines[k].trim_end_matches(['\n', '\r']);
    let at = line
        .char_indices()
        .nth(entry.key_mark.col - 1)
        .map_or(line.len(), |(b, _)| b);
    let prefix = &line[..at];
    let colon = line[at..].find(':').map_or(line.len(), |c| at + c);
    let rest = &line[(colon + 1).min(line.len())..];
    let block = matches!(rest.trim_start().chars().next(), Some('|' | '>'));
    let comment = trailing_comment(rest, block);
    let end = field_end(&lines, entry);
    // Comment lines within a value that is not a block stay after it.
    let kept: Vec<&str> = if block {
        Vec::new()
    } else {
        lines[k + 1..end]
            .iter()
            .copied()
            .filter(|l| l.trim_start().starts_with('#'))
            .collect()
    };
    let mut replacement = String::new();
    match value {
        Some(value @ (Field::List(_) | Field::Map(_)))
            if !matches!(rest.trim_start().chars().next(), Some('[' | '{')) =>
        {
            written_block(&mut replacement, prefix, key, value, newline)
        }
        Some(value) => written_field(&mut replacement, prefix, key, value, comment, newline),
        None => {
            if !prefix.trim().is_empty() {
                return Err(EditError::OpensItem {
                    key: key.to_string(),
                    line: k + 1,
                });
            }
            if !comment.is_empty() {
                replacement.push_str(&format!("{prefix}{}{newline}", comment.trim_start()));
            }
        }
    }
    for l in kept {
        replacement.push_str(l);
    }
    let mut out = String::new();
    for l in &lines[..k] {
        out.push_str(l);
    }
    out.push_str(&replacement);
    for l in &lines[end..] {
        out.push_str(l);
    }
    Ok(out)
}

/// `text` with a new mapping `key` holding `fields`, written over lines,
/// in the mapping at `steps` (the top level when empty). At the top level
/// it goes after the last of the parts `after` that the file has (the
/// parts that come before it in the journal's order, so a new part stands
/// where a coach would look for it), else before the coach's notes (or at
/// the end); elsewhere after the mapping's last field. A field holding a
/// [`Field::Map`] or a [`Field::List`] is written over lines too.
pub fn add_map(
    text: &str,
    root: &Node,
    steps: &[Step],
    key: &str,
    fields: &[(&'static str, Field)],
    after: &[&str],
) -> Result<String, EditError> {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let not_a_map = |line: usize| EditError::NotAMap {
        key: if steps.is_empty() {
            key.to_string()
        } else {
            path_words(steps)
        },
        line,
    };
    let parent = node_at(root, steps).map_err(not_a_map)?;
    let Value::Map(entries) = &parent.value else {
        return Err(not_a_map(parent.mark.line));
    };
    if entries.iter().any(|e| e.key == key) {
        return Err(not_a_map(parent.mark.line));
    }
    let before = entries
        .iter()
        .rev()
        .find(|e| after.contains(&e.key.as_str()));
    let (at, pad) = if let (true, Some(before)) = (steps.is_empty(), before) {
        (field_end(&lines, before), String::new())
    } else if steps.is_empty() {
        let at = entries
            .iter()
            .find(|e| e.key == "notities")
            .map_or(lines.len(), |e| {
                comment_start(&lines, e.key_mark.line - 1, 0)
            });
        (at, String::new())
    } else {
        let Some(last) = entries.last() else {
            return Err(not_a_map(parent.mark.line));
        };
        (field_end(&lines, last), " ".repeat(last.key_mark.col - 1))
    };
    let mut insert = String::new();
    // A new top-level part stands apart, like its neighbours.
    let blank_before =
        steps.is_empty() && at > 0 && lines.get(at - 1).is_some_and(|l| !l.trim().is_empty());
    if blank_before {
        insert.push_str(newline);
    }
    written_block(
        &mut insert,
        &pad,
        key,
        &Field::Map(fields.to_vec()),
        newline,
    );
    if steps.is_empty() && lines.get(at).is_some_and(|l| !l.trim().is_empty()) {
        insert.push_str(newline);
    }
    Ok(splice(&lines, at, &insert))
}

/// A field written over lines: a mapping as `key:` with its fields below,
/// a list as `key:` with a `- ` line per item (a mapping item's fields
/// under its dash), anything else as [`written_field`] writes it. An
/// empty mapping writes only its key line.
fn written_block(out: &mut String, prefix: &str, key: &str, value: &Field, newline: &str) {
    let pad = " ".repeat(prefix.chars().count() + 2);
    match value {
        Field::Map(children) => {
            out.push_str(&format!("{prefix}{key}:{newline}"));
            for (k, v) in children {
                written_block(out, &pad, k, v, newline);
            }
        }
        Field::List(items) => {
            out.push_str(&format!("{prefix}{key}:{newline}"));
            for item in items {
                match item {
                    Field::Map(children) => {
                        for (n, (k, v)) in children.iter().enumerate() {
                            let first = if n == 0 { "- " } else { "  " };
                            written_block(out, &format!("{pad}{first}"), k, v, newline);
                        }
                    }
                    other => out.push_str(&format!("{pad}- {}{newline}", scalar(other))),
                }
            }
        }
        other => written_field(out, prefix, key, other, "", newline),
    }
}

/// Where a block mapping's field ends (0-based, exclusive): after its key
/// line and every line below it indented deeper than the key, up to the
/// last such line that is not blank.
fn field_end(lines: &[&str], entry: &crate::journal::yaml::Entry) -> usize {
    let k = entry.key_mark.line - 1;
    let indent = entry.key_mark.col - 1;
    let mut end = k + 1;
    for (j, l) in lines.iter().enumerate().skip(k + 1) {
        let body = l.trim_end_matches(['\n', '\r']);
        if body.trim().is_empty() {
            continue;
        }
        if body.len() - body.trim_start().len() <= indent {
            break;
        }
        end = j + 1;
    }
    end
}

/// The comment after a value on its key line (with the space before it),
/// or "". `rest` is what follows the colon.
fn trailing_comment(rest: &str, block: bool) -> &str {
    let body = rest.trim_start();
    let start = rest.len() - body.len();
    // Where the value itself ends, so a '#' inside quotes is not taken.
    let after = match body.chars().next() {
        _ if block => Some(0),
        Some('"') => {
            let mut escaped = false;
            body.char_indices().skip(1).find_map(|(i, c)| {
                let end = (c == '"' && !escaped).then_some(i + 1);
                escaped = c == '\\' && !escaped;
                end
            })
        }
        Some('\'') => {
            let bytes = body.as_bytes();
            let mut i = 1;
            let mut end = None;
            while i < bytes.len() {
                if bytes[i] == b'\'' {
                    if bytes.get(i + 1) == Some(&b'\'') {
                        i += 2;
                        continue;
                    }
                    end = Some(i + 1);
                    break;
                }
                i += 1;
            }
            end
        }
        _ => Some(0),
    };
    let Some(after) = after else {
        return "";
    };
    let tail = &body[after..];
    let hash = if block || after > 0 {
        tail.find('#')
    } else if tail.starts_with('#') {
        Some(0)
    } else {
        tail.find(" #").map(|i| i + 1)
    };
    match hash {
        Some(h) => {
            // With the spaces before it, as the coach wrote them.
            let from = start + after + h;
            let spaced = rest[..from].trim_end().len();
            &rest[spaced..]
        }
        None => "",
    }
}

/// A text field as the coach would write it: plain or quoted on its line,
/// or a `|` block indented two spaces deeper than its key when it has
/// several lines (double-quoted with `\n` instead when a block cannot hold
/// its characters).
fn written_field(
    out: &mut String,
    prefix: &str,
    key: &str,
    value: &Field,
    comment: &str,
    newline: &str,
) {
    let Field::Text(value) = value else {
        out.push_str(&format!(
            "{prefix}{key}: {}{comment}{newline}",
            scalar(value)
        ));
        return;
    };
    let value = value.trim();
    if (value.contains('\n') || value.starts_with("- ")) && block_can_hold(value) {
        out.push_str(&format!("{prefix}{key}: |{comment}{newline}"));
        let pad = " ".repeat(prefix.chars().count() + 2);
        for line in value.lines() {
            if line.trim().is_empty() {
                out.push_str(newline);
            } else {
                out.push_str(&format!("{pad}{}{newline}", line.trim_end()));
            }
        }
    } else {
        let written = scalar(&Field::Text(value.replace("\r\n", "\n")));
        out.push_str(&format!("{prefix}{key}: {written}{comment}{newline}"));
    }
}

/// A line inside a list: not blank, and not a comment at the margin (which
/// introduces the next section).
fn belongs_to_list(line: &str) -> bool {
    let trimmed = line.trim();
    !trimmed.is_empty() && !(line.starts_with('#'))
}

/// The first line of the comments directly above line `at` (0-based) that
/// are indented at least `indent`, or `at` itself.
fn comment_start(lines: &[&str], at: usize, indent: usize) -> usize {
    let mut start = at;
    while start > 0 {
        let prev = lines[start - 1];
        let spaces = prev.len() - prev.trim_start().len();
        if prev.trim_start().starts_with('#') && spaces >= indent {
            start -= 1;
        } else {
            break;
        }
    }
    start
}

/// The indentation of the file's block lists, from the first one found.
fn detected_indent(lines: &[&str], root: &Node) -> Option<usize> {
    let Value::Map(entries) = &root.value else {
        return None;
    };
    entries.iter().find_map(|e| match &e.value.value {
        Value::Seq(items) if !items.is_empty() => {
            let line = lines.get(items[0].mark.line - 1)?;
            line.trim_start()
                .starts_with('-')
                .then(|| line.len() - line.trim_start().len())
        }
        _ => None,
    })
}

fn splice(lines: &[&str], at: usize, insert: &str) -> String {
    let mut out = String::new();
    for l in &lines[..at.min(lines.len())] {
        out.push_str(l);
    }
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(insert);
    for l in &lines[at.min(lines.len())..] {
        out.push_str(l);
    }
    out
}

/// A list item with its fields, the dash at `indent` spaces.
fn item(fields: &[(&str, Field)], indent: usize, style: Style, newline: &str) -> String {
    let pad = " ".repeat(indent);
    let mut out = String::new();
    for (i, (key, value)) in fields.iter().enumerate() {
        let lead = if i == 0 {
            format!("{pad}- ")
        } else {
            format!("{pad}  ")
        };
        match value {
            // Several lines, or a list: a `|` block, as a coach writes it.
            Field::Text(text)
                if (text.trim_end().contains('\n') || text.starts_with("- "))
                    && block_can_hold(text) =>
            {
                out.push_str(&format!("{lead}{key}: |{newline}"));
                for line in text.trim_end().lines() {
                    if line.trim().is_empty() {
                        out.push_str(newline);
                    } else {
                        out.push_str(&format!("{pad}    {}{newline}", line.trim_end()));
                    }
                }
            }
            // Line ends as a block would read them back.
            Field::Text(text) => {
                let written = scalar(&Field::Text(text.replace("\r\n", "\n")));
                out.push_str(&format!("{lead}{key}: {written}{newline}"));
            }
            Field::Map(inner) if style.block_maps.is_some() => {
                let deeper = " ".repeat(indent + 2 + style.block_maps.unwrap_or(2));
                out.push_str(&format!("{lead}{key}:{newline}"));
                for (k, v) in inner {
                    out.push_str(&format!("{deeper}{k}: {}{newline}", scalar(v)));
                }
            }
            // A list of one-line values over lines, as its neighbours.
            Field::List(values)
                if style.block_maps.is_some()
                    && !values.is_empty()
                    && values
                        .iter()
                        .all(|v| !matches!(v, Field::Map(_) | Field::List(_))) =>
            {
                let deeper = " ".repeat(indent + 2 + style.block_maps.unwrap_or(2));
                out.push_str(&format!("{lead}{key}:{newline}"));
                for v in values {
                    out.push_str(&format!("{deeper}- {}{newline}", scalar(v)));
                }
            }
            _ => out.push_str(&format!("{lead}{key}: {}{newline}", scalar(value))),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(van: (u32, u32), datum: (u32, u32)) -> Vec<(&'static str, Field)> {
        let d = |(m, day): (u32, u32)| Field::Date(NaiveDate::from_ymd_opt(2026, m, day).unwrap());
        vec![
            (
                "periode",
                Field::Map(vec![("van", d(van)), ("tot", d(datum))]),
            ),
            ("datum", d(datum)),
        ]
    }

    fn added(text: &str, datum: (u32, u32)) -> String {
        let root = crate::journal::yaml::parse(text).unwrap().root;
        let date = NaiveDate::from_ymd_opt(2026, datum.0, datum.1).unwrap();
        add_to_list(
            text,
            &root,
            "voortgangsrapportages",
            date,
            &report((datum.0, 1), datum),
        )
        .unwrap()
    }

    #[test]
    fn a_field_is_set_deep_inside_the_journal_and_nothing_else_changes() {
        let text = "grondslag:\n  zoekprofiel:   # het eerste\n    regio: Utrecht\n  zoekprofielwijzigingen:\n    - ingangsdatum: 2026-10-07\n      regio: Houten  # tweede\n";
        let root = crate::journal::yaml::parse(text).unwrap().root;
        let steps = [
            Step::Key("grondslag"),
            Step::Key("zoekprofielwijzigingen"),
            Step::Index(0),
        ];
        let out = set_value_in(
            text,
            &root,
            &steps,
            "reden",
            Some(&Field::Text("Klantenservice erbij.".into())),
        )
        .unwrap();
        assert_eq!(
            out,
            text.to_string() + "      reden: Klantenservice erbij.\n"
        );
        let err = set_value_in(
            text,
            &root,
            &[
                Step::Key("grondslag"),
                Step::Key("zoekprofielwijzigingen"),
                Step::Index(3),
            ],
            "reden",
            None,
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "'grondslag.zoekprofielwijzigingen[4]' (regel 5) is geen onderdeel met velden op eigen regels; pas het aan in een editor"
        );
    }

    #[test]
    fn a_new_part_is_written_over_lines_before_the_notes_or_inside_its_parent() {
        let text = "dossier: S2-1\n\n# Vrije notities\nnotities: Klaar.\n";
        let root = crate::journal::yaml::parse(text).unwrap().root;
        let d = Field::Date(NaiveDate::from_ymd_opt(2026, 7, 6).unwrap());
        let out = add_map(
            text,
            &root,
            &[],
            "spoor1",
            &[
                ("datum", d.clone()),
                (
                    "stand",
                    Field::Text("Geen passend werk.\nOok niet aangepast.".into()),
                ),
            ],
            &[],
        )
        .unwrap();
        assert_eq!(
            out,
            "dossier: S2-1\n\nspoor1:\n  datum: 2026-07-06\n  stand: |\n    Geen passend werk.\n    Ook niet aangepast.\n\n# Vrije notities\nnotities: Klaar.\n"
        );
        let fasen = Field::List(vec![Field::Map(vec![
            ("naam", Field::Text("Oriëntatie".into())),
            ("inhoud", Field::Text("Cv en brief.".into())),
        ])]);
        let out = add_map(
            text,
            &root,
            &[],
            "trajectplan",
            &[
                ("fasen", fasen),
                ("functies", Field::List(vec![Field::Text("Planner".into())])),
            ],
            &[],
        )
        .unwrap();
        assert!(out.contains("trajectplan:\n  fasen:\n    - naam: Oriëntatie\n      inhoud: Cv en brief.\n  functies:\n    - Planner\n\n# Vrije"), "{out}");
        let text = "eindrapportage:\n  datum: 2026-11-02\n  advies: |\n    Door.\n\nnotities: x\n";
        let root = crate::journal::yaml::parse(text).unwrap().root;
        let out = add_map(
            text,
            &root,
            &[Step::Key("eindrapportage")],
            "nieuwe_versie",
            &[("datum", d), ("reden", Field::Text("Correctie".into()))],
            &[],
        )
        .unwrap();
        assert_eq!(
            out,
            "eindrapportage:\n  datum: 2026-11-02\n  advies: |\n    Door.\n  nieuwe_versie:\n    datum: 2026-07-06\n    reden: Correctie\n\nnotities: x\n"
        );
        // After the part it follows in the journal's order.
        let text =
            "traject:\n  start: 2026-08-03\n\n# Poortwachter\npoortwachter:\n  plan: 2025-09-04\n";
        let root = crate::journal::yaml::parse(text).unwrap().root;
        let out = add_map(
            text,
            &root,
            &[],
            "spoor1",
            &[("stand", Field::Text("Geen werk.".into()))],
            &["werknemer", "traject"],
        )
        .unwrap();
        assert_eq!(
            out,
            "traject:\n  start: 2026-08-03\n\nspoor1:\n  stand: Geen werk.\n\n# Poortwachter\npoortwachter:\n  plan: 2025-09-04\n"
        );
        // A part that is there already is not written twice.
        assert!(
            add_map(
                &out,
                &crate::journal::yaml::parse(&out).unwrap().root,
                &[],
                "poortwachter",
                &[],
                &[]
            )
            .is_err()
        );
    }

    #[test]
    fn a_moved_item_keeps_its_lines_and_its_neighbours_their_blank_lines() {
        let text = "activiteiten:\n  - datum: 2026-01-05\n    # eerst\n    soort: intake\n\n  - datum: 2026-02-01\n    soort: training\n\n  - datum: 2026-03-01\n    soort: evaluatie\n\nnotities: x\n";
        let d = |m: u32, day: u32| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
        let text2 = text.replacen("2026-01-05", "2026-04-05", 1);
        let root2 = crate::journal::yaml::parse(&text2).unwrap().root;
        assert_eq!(
            move_item(&text2, &root2, "activiteiten", 0, d(4, 5)).unwrap(),
            "activiteiten:\n  - datum: 2026-02-01\n    soort: training\n\n  - datum: 2026-03-01\n    soort: evaluatie\n\n  - datum: 2026-04-05\n    # eerst\n    soort: intake\n\nnotities: x\n"
        );
        let text3 = text.replacen("2026-03-01", "2026-01-20", 1);
        let root3 = crate::journal::yaml::parse(&text3).unwrap().root;
        assert_eq!(
            move_item(&text3, &root3, "activiteiten", 2, d(1, 20)).unwrap(),
            "activiteiten:\n  - datum: 2026-01-05\n    # eerst\n    soort: intake\n\n  - datum: 2026-01-20\n    soort: evaluatie\n\n  - datum: 2026-02-01\n    soort: training\n\nnotities: x\n"
        );
    }

    #[test]
    fn an_added_item_takes_its_neighbours_block_style_and_blank_lines() {
        let text = "voortgangsrapportages:\n  - periode:\n      van: 2026-01-01\n      tot: 2026-01-31\n    datum: 2026-01-31\n\n  - periode:\n      van: 2026-02-01\n      tot: 2026-02-28\n    datum: 2026-02-28\n\nnotities: Klaar.\n";
        assert_eq!(
            added(text, (3, 31)),
            "voortgangsrapportages:\n  - periode:\n      van: 2026-01-01\n      tot: 2026-01-31\n    datum: 2026-01-31\n\n  - periode:\n      van: 2026-02-01\n      tot: 2026-02-28\n    datum: 2026-02-28\n\n  - periode:\n      van: 2026-03-01\n      tot: 2026-03-31\n    datum: 2026-03-31\n\nnotities: Klaar.\n"
        );
        // Between two items, the blank line follows the new one.
        let text = text.replace("2026-02", "2026-04");
        let out = added(&text, (3, 31));
        assert!(
            out.contains("    datum: 2026-01-31\n\n  - periode:\n      van: 2026-03-01\n      tot: 2026-03-31\n    datum: 2026-03-31\n\n  - periode:\n      van: 2026-04-01"),
            "{out}"
        );
    }

    fn removed(text: &str, index: usize) -> String {
        let root = crate::journal::yaml::parse(text).unwrap().root;
        remove_item(text, &root, "activiteiten", index).unwrap()
    }

    #[test]
    fn an_item_is_removed_with_its_own_lines_and_nothing_else() {
        let text = "activiteiten:  # alles\n  # Maart.\n  - datum: 2026-03-01\n    omschrijving: Een.\n\n  # April.\n  - datum: 2026-04-01   # eerste\n    omschrijving: |\n      Twee.\n\n      Nog een alinea.\n    # tussendoor\n    duur_minuten: 30\n\n  - datum: 2026-05-01\n    omschrijving: Drie.\n\nnotities: Klaar.\n";
        // The middle item: its comment above stays, its blank line goes.
        assert_eq!(
            removed(text, 1),
            "activiteiten:  # alles\n  # Maart.\n  - datum: 2026-03-01\n    omschrijving: Een.\n\n  # April.\n  - datum: 2026-05-01\n    omschrijving: Drie.\n\nnotities: Klaar.\n"
        );
        // The last item, and the blank line before it.
        assert_eq!(
            removed(text, 2),
            "activiteiten:  # alles\n  # Maart.\n  - datum: 2026-03-01\n    omschrijving: Een.\n\n  # April.\n  - datum: 2026-04-01   # eerste\n    omschrijving: |\n      Twee.\n\n      Nog een alinea.\n    # tussendoor\n    duur_minuten: 30\n\nnotities: Klaar.\n"
        );
        // The first.
        assert!(
            removed(text, 0).starts_with(
                "activiteiten:  # alles\n  # Maart.\n  # April.\n  - datum: 2026-04-01"
            ),
            "{}",
            removed(text, 0)
        );
        // The only one: an empty list, the comment after the key kept.
        let one = "activiteiten:  # alles\n  - datum: 2026-03-01\n    omschrijving: Een.\n\nnotities: Klaar.\n";
        assert_eq!(
            removed(one, 0),
            "activiteiten: [] # alles\n\nnotities: Klaar.\n"
        );
        for (text, index) in [(text, 0), (text, 1), (text, 2), (one, 0)] {
            crate::journal::yaml::parse(&removed(text, index)).unwrap();
        }
    }

    #[test]
    fn an_added_item_takes_its_neighbours_flow_style_without_blank_lines() {
        let text = "voortgangsrapportages:\n  - periode: {van: 2026-01-01, tot: 2026-01-31}\n    datum: 2026-01-31\n  - periode: {van: 2026-02-01, tot: 2026-02-28}\n    datum: 2026-02-28\nnotities: Klaar.\n";
        assert_eq!(
            added(text, (3, 31)),
            "voortgangsrapportages:\n  - periode: {van: 2026-01-01, tot: 2026-01-31}\n    datum: 2026-01-31\n  - periode: {van: 2026-02-01, tot: 2026-02-28}\n    datum: 2026-02-28\n  - periode: {van: 2026-03-01, tot: 2026-03-31}\n    datum: 2026-03-31\nnotities: Klaar.\n"
        );
    }

    #[test]
    fn several_lines_with_control_characters_are_one_quoted_line() {
        let t = "Eerste regel\u{7F}\ntweede\u{2028}regel\n\nderde";
        let added = add_to_list(
            "activiteiten:\n  - datum: 2026-03-01\n    omschrijving: Eerste.\n",
            &crate::journal::yaml::parse(
                "activiteiten:\n  - datum: 2026-03-01\n    omschrijving: Eerste.\n",
            )
            .unwrap()
            .root,
            "activiteiten",
            NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(),
            &[
                (
                    "datum",
                    Field::Date(NaiveDate::from_ymd_opt(2026, 3, 2).unwrap()),
                ),
                ("omschrijving", Field::Text(t.into())),
            ],
        )
        .unwrap();
        assert_eq!(
            added,
            "activiteiten:\n  - datum: 2026-03-01\n    omschrijving: Eerste.\n  - datum: 2026-03-02\n    omschrijving: \"Eerste regel\\x7F\\ntweede\\Lregel\\n\\nderde\"\n"
        );
        let v: serde_yaml::Value = serde_yaml::from_str(&added).unwrap();
        assert_eq!(v["activiteiten"][1]["omschrijving"].as_str(), Some(t));
        let ours = crate::journal::yaml::parse(&added).unwrap().root;
        let item = match &ours.get("activiteiten").unwrap().value {
            Value::Seq(items) => items[1].clone(),
            _ => unreachable!(),
        };
        assert_eq!(
            item.get("omschrijving").map(|n| &n.value),
            Some(&Value::Str(t.into()))
        );

        // A field set in place: the same, with the line ends of a browser's
        // form (\r\n) read back as \n, as a block would.
        let typed = "Voortgang\r\nmet\u{85}NEL";
        let out = set(
            REPORTS,
            "voortgangsrapportages",
            Some(1),
            "afspraken",
            Some(typed),
        );
        assert!(
            out.contains("    afspraken: \"Voortgang\\nmet\\NNEL\"\n"),
            "{out}"
        );
        let v: serde_yaml::Value = serde_yaml::from_str(&out).unwrap();
        assert_eq!(
            v["voortgangsrapportages"][1]["afspraken"].as_str(),
            Some("Voortgang\nmet\u{85}NEL")
        );
        // Without such characters, several lines stay a block.
        let out = set(
            REPORTS,
            "voortgangsrapportages",
            Some(1),
            "afspraken",
            Some("Een\r\nTwee"),
        );
        assert!(
            out.contains("    afspraken: |\n      Een\n      Twee\n"),
            "{out}"
        );
    }

    fn set(
        text: &str,
        group: &str,
        index: Option<usize>,
        key: &str,
        value: Option<&str>,
    ) -> String {
        let root = crate::journal::yaml::parse(text).unwrap().root;
        set_field(text, &root, group, index, key, value).unwrap()
    }

    const REPORTS: &str = "\
dossier: X
# de rapportages
voortgangsrapportages:
  - periode: {van: 2026-01-01, tot: 2026-02-01}
    voortgang: Eerste gesprek. # kort gehouden
    afspraken: |
      Vacatures zoeken.

      Cv bijwerken.
    # nog aanvullen
  - periode: {van: 2026-02-02, tot: 2026-03-01}
    voortgang: 'Tweede # niet een opmerking'  # wel een opmerking
    afspraken: Verder.
notities: |
  Mijn eigen aantekening.
";

    #[test]
    fn a_field_is_replaced_and_everything_else_kept() {
        let out = set(
            REPORTS,
            "voortgangsrapportages",
            Some(0),
            "voortgang",
            Some("Twee gesprekken."),
        );
        assert_eq!(
            out,
            REPORTS.replace(
                "voortgang: Eerste gesprek. # kort",
                "voortgang: Twee gesprekken. # kort"
            )
        );
        let out = set(
            REPORTS,
            "voortgangsrapportages",
            Some(1),
            "voortgang",
            Some("Derde\nregel"),
        );
        assert_eq!(
            out,
            REPORTS.replace(
                "    voortgang: 'Tweede # niet een opmerking'  # wel een opmerking\n",
                "    voortgang: |  # wel een opmerking\n      Derde\n      regel\n"
            )
        );
    }

    #[test]
    fn a_block_is_replaced_up_to_its_last_line_and_the_comment_below_stays() {
        let out = set(
            REPORTS,
            "voortgangsrapportages",
            Some(0),
            "afspraken",
            Some("Alleen dit."),
        );
        assert_eq!(
            out,
            REPORTS.replace(
                "    afspraken: |\n      Vacatures zoeken.\n\n      Cv bijwerken.\n",
                "    afspraken: Alleen dit.\n"
            )
        );
    }

    #[test]
    fn a_missing_field_is_added_after_the_last_and_an_emptied_one_removed() {
        let out = set(
            REPORTS,
            "voortgangsrapportages",
            Some(1),
            "visie_werknemer",
            Some("Eens."),
        );
        assert_eq!(
            out,
            REPORTS.replace(
                "    afspraken: Verder.\n",
                "    afspraken: Verder.\n    visie_werknemer: Eens.\n"
            )
        );
        let out = set(REPORTS, "voortgangsrapportages", Some(0), "afspraken", None);
        assert_eq!(
            out,
            REPORTS.replace(
                "    afspraken: |\n      Vacatures zoeken.\n\n      Cv bijwerken.\n",
                ""
            )
        );
        assert_eq!(
            set(
                REPORTS,
                "voortgangsrapportages",
                Some(0),
                "belemmeringen",
                None
            ),
            REPORTS
        );
    }

    #[test]
    fn what_cannot_be_edited_in_place_is_refused() {
        let root = crate::journal::yaml::parse(REPORTS).unwrap().root;
        let err = set_field(
            REPORTS,
            &root,
            "voortgangsrapportages",
            Some(0),
            "periode",
            None,
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "'periode' op regel 4 opent het onderdeel en kan niet leeg worden; pas het aan in een editor"
        );
        let err = set_field(
            REPORTS,
            &root,
            "voortgangsrapportages",
            Some(5),
            "voortgang",
            Some("x"),
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "'voortgangsrapportages[6]' (regel 4) is geen onderdeel met velden op eigen regels; pas het aan in een editor"
        );
    }
}
