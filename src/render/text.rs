//! Free text in a journal: paragraphs and simple "- " bullet lists.
//!
//! A coach writes narrative fields as YAML block text. Blank lines separate
//! paragraphs; lines starting with "- " (or "* ") are list items, and an
//! indented line continues the item above it. The structure is found here,
//! before escaping, and handed to the templates as blocks, so the text itself
//! can be escaped completely.

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Block {
    /// One paragraph, its lines joined with spaces.
    Alinea(String),
    /// A bullet list, one string per item.
    Lijst(Vec<String>),
}

pub fn blocks(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let mut items: Vec<String> = Vec::new();

    fn flush_paragraph(paragraph: &mut Vec<&str>, out: &mut Vec<Block>) {
        if !paragraph.is_empty() {
            out.push(Block::Alinea(paragraph.join(" ")));
            paragraph.clear();
        }
    }
    fn flush_items(items: &mut Vec<String>, out: &mut Vec<Block>) {
        if !items.is_empty() {
            out.push(Block::Lijst(std::mem::take(items)));
        }
    }

    for raw in text.lines() {
        let line = raw.trim_end();
        let trimmed = line.trim_start();
        if trimmed.is_empty() {
            flush_paragraph(&mut paragraph, &mut out);
            flush_items(&mut items, &mut out);
            continue;
        }
        let bullet = trimmed
            .strip_prefix("- ")
            .or_else(|| trimmed.strip_prefix("* "))
            .or_else(|| trimmed.strip_prefix("• "));
        if let Some(item) = bullet {
            flush_paragraph(&mut paragraph, &mut out);
            items.push(item.trim().to_string());
        } else if !items.is_empty() && line.len() > trimmed.len() {
            // An indented line continues the list item above it.
            if let Some(last) = items.last_mut() {
                last.push(' ');
                last.push_str(trimmed);
            }
        } else {
            flush_items(&mut items, &mut out);
            paragraph.push(trimmed);
        }
    }
    flush_paragraph(&mut paragraph, &mut out);
    flush_items(&mut items, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_and_lists() {
        let text = "Eerste regel\ntweede regel.\n\nAfspraken:\n- cv bijwerken\n- twee vacatures\n  per week\nSlot.";
        assert_eq!(
            blocks(text),
            vec![
                Block::Alinea("Eerste regel tweede regel.".into()),
                Block::Alinea("Afspraken:".into()),
                Block::Lijst(vec![
                    "cv bijwerken".into(),
                    "twee vacatures per week".into()
                ]),
                Block::Alinea("Slot.".into()),
            ]
        );
    }

    #[test]
    fn a_dash_without_space_is_text() {
        assert_eq!(blocks("-5 graden"), vec![Block::Alinea("-5 graden".into())]);
    }

    #[test]
    fn empty_text_has_no_blocks() {
        assert!(blocks("  \n\n").is_empty());
    }
}
