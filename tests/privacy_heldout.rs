//! The privacy check measured on sentences it was not written for.
//!
//! - The development sets: `tests/privacy/medisch.tsv` and
//!   `onschuldig.tsv` (the first corpus, whose second half was the first
//!   test half) and `tests/privacy/toets1/` to `toets20/`: each of these
//!   was written apart from the check, measured once as the test set
//!   before any rule saw it, and then used to tune the check.
//! - The test set, `tests/privacy/toets21/` and `toets22/`: written apart from the check
//!   and its lexicon, and never tuned on; the figures in docs/normen.md are
//!   this set's. When its misses are used to tune the check, it joins the
//!   development sets and a new test set is written.
//!
//! `medisch.tsv` holds medical data about the employee by kind,
//! `onschuldig.tsv` innocent text close to it (medical workplaces, job
//! titles and employer names, terms of art, ordinary words that contain a
//! medical word, functional descriptions), as `categorie<TAB>zin` lines.
//! The test prints both figures per category with every miss and every
//! false alarm (`cargo test --test privacy_heldout -- --nocapture`), writes
//! them to target/privacy-heldout.md, and fails when the test set falls
//! below the floor the check has reached (`FLOOR_*`), so the check never
//! gets worse on text it has not seen.

use std::collections::BTreeMap;
use std::fmt::Write as _;

/// What the test set must keep, in per cent: the figures reached, rounded
/// down. The target is 97 on both.
const FLOOR_PRECISION: f64 = 97.0;
const FLOOR_RECALL: f64 = 91.0;

struct Sentence {
    category: String,
    text: String,
    medical: bool,
    test_set: bool,
}

fn corpus() -> Vec<Sentence> {
    let mut out = Vec::new();
    for (dir, test_set) in [
        ("", false),
        ("toets1", false),
        ("toets2", false),
        ("toets3", false),
        ("toets4", false),
        ("toets5", false),
        ("toets6", false),
        ("toets7", false),
        ("toets8", false),
        ("toets9", false),
        ("toets10", false),
        ("toets11", false),
        ("toets12", false),
        ("toets13", false),
        ("toets14", false),
        ("toets15", false),
        ("toets16", false),
        ("toets17", false),
        ("toets18", false),
        ("toets19", false),
        ("toets20", false),
        ("toets21", true),
        ("toets22", true),
    ] {
        for (file, medical) in [("medisch.tsv", true), ("onschuldig.tsv", false)] {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/privacy")
                .join(dir)
                .join(file);
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            for (n, line) in text.lines().enumerate() {
                if line.trim().is_empty() {
                    continue;
                }
                let (category, sentence) = line
                    .split_once('\t')
                    .unwrap_or_else(|| panic!("{}:{}: geen tab", path.display(), n + 1));
                out.push(Sentence {
                    category: category.to_string(),
                    text: sentence.to_string(),
                    medical,
                    test_set,
                });
            }
        }
    }
    out
}

/// The figures of one set: per category how many sentences were judged
/// right, overall precision and recall, and the sentences judged wrong
/// with the words flagged.
fn measure(sentences: &[&Sentence]) -> (f64, f64, String) {
    let mut per: BTreeMap<(bool, &str), (usize, usize)> = BTreeMap::new();
    let mut wrong = Vec::new();
    let (mut tp, mut fp, mut medical) = (0usize, 0usize, 0usize);
    for s in sentences {
        let flagged = spoor2::validate::privacy::flagged(&s.text);
        let right = flagged.is_empty() != s.medical;
        let entry = per.entry((s.medical, s.category.as_str())).or_default();
        entry.1 += 1;
        if right {
            entry.0 += 1;
        } else {
            wrong.push(format!(
                "- {} ({}): {}{}",
                if s.medical { "gemist" } else { "ten onrechte" },
                s.category,
                s.text,
                if flagged.is_empty() {
                    String::new()
                } else {
                    format!(" [{}]", flagged.join(", "))
                }
            ));
        }
        if s.medical {
            medical += 1;
        }
        match (s.medical, flagged.is_empty()) {
            (true, false) => tp += 1,
            (false, false) => fp += 1,
            _ => {}
        }
    }
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / medical.max(1) as f64;
    let mut report = String::new();
    writeln!(report, "| soort | categorie | goed beoordeeld |").unwrap();
    writeln!(report, "| --- | --- | --- |").unwrap();
    for ((med, category), (right, all)) in &per {
        writeln!(
            report,
            "| {} | {category} | {right} van {all} ({:.0} %) |",
            if *med {
                "medisch (gemeld)"
            } else {
                "onschuldig (niet gemeld)"
            },
            100.0 * *right as f64 / *all as f64
        )
        .unwrap();
    }
    writeln!(
        report,
        "\nPrecisie {} %, recall {} % ({tp} van {medical} medische zinnen gemeld, {fp} onschuldige ten onrechte).\n",
        format!("{:.1}", 100.0 * precision).replace('.', ","),
        format!("{:.1}", 100.0 * recall).replace('.', ",")
    )
    .unwrap();
    for w in wrong {
        writeln!(report, "{w}").unwrap();
    }
    (precision, recall, report)
}

#[test]
fn the_privacy_check_on_sentences_it_was_not_tuned_on() {
    let all = corpus();
    let set = |test: bool| {
        all.iter()
            .filter(|s| s.test_set == test)
            .collect::<Vec<_>>()
    };
    let (development, tests) = (set(false), set(true));
    let medical = tests.iter().filter(|s| s.medical).count();
    assert!(
        medical >= 200 && tests.len() - medical >= 200,
        "the test set holds at least 200 of each: {medical} and {}",
        tests.len() - medical
    );
    let (_, _, development) = measure(&development);
    let (precision, recall, test) = measure(&tests);
    let report = format!(
        "# Privacycontrole op zinnen waarop zij niet is afgesteld\n\n## Toetsset (tests/privacy, toets21 en toets22)\n\n{test}\n## Ontwikkelsets (tests/privacy, toets1 tot en met toets20)\n\n{development}"
    );
    println!("{report}");
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("privacy-heldout.md"), &report).unwrap();
    assert!(
        100.0 * precision >= FLOOR_PRECISION && 100.0 * recall >= FLOOR_RECALL,
        "precision {:.1} %, recall {:.1} % on the test set, below the floor {FLOOR_PRECISION} / {FLOOR_RECALL}",
        100.0 * precision,
        100.0 * recall
    );
}
