//! Rules over a whole caseload rather than one journal.

use std::collections::HashMap;
use std::path::Path;

use crate::diag::Finding;

/// Dossier numbers must be unique within a run, or the reports of two
/// journals would overwrite each other. The first journal in file order
/// keeps its number; every later one gets an error, by index into
/// `journals` (file, dossier number).
pub fn duplicate_dossiers(journals: &[(&Path, &str)]) -> Vec<(usize, Finding)> {
    let mut owners: HashMap<&str, &Path> = HashMap::new();
    let mut out = Vec::new();
    for (index, (file, dossier)) in journals.iter().enumerate() {
        match owners.get(dossier) {
            Some(other) => out.push((
                index,
                Finding::error(
                    "dossier",
                    format!(
                        "het dossiernummer '{dossier}' wordt ook gebruikt door {}",
                        other.display()
                    ),
                )
                .hint(
                    "geef elk dossier een eigen nummer; anders overschrijven de rapportages elkaar",
                ),
            )),
            None => {
                owners.insert(dossier, file);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_journal_keeps_its_number() {
        let (a, b, c) = (
            Path::new("a.yaml"),
            Path::new("b.yaml"),
            Path::new("c.yaml"),
        );
        let found = duplicate_dossiers(&[(a, "S-1"), (b, "S-2"), (c, "S-1")]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, 2);
        assert_eq!(
            found[0].1.display(c).to_string(),
            "c.yaml: fout: dossier: het dossiernummer 'S-1' wordt ook gebruikt door a.yaml\n  hulp: geef elk dossier een eigen nummer; anders overschrijven de rapportages elkaar"
        );
        assert!(duplicate_dossiers(&[(a, "S-1"), (b, "S-2")]).is_empty());
    }
}
