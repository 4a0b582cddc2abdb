//! The privacy check's model (`src/validate/privacy/model.tsv`) is what the
//! development text teaches (the sets of `tests/privacy` not named in
//! `toetsset.txt`, and the hand-written sentences of
//! `tests/privacy_corpus.rs`, the ordinary journal sentences of
//! `tests/privacy/alledaags/ontwikkel.tsv` and the sentences of the synthetic
//! journals, `spoor2::synthetic::ZINNEN`), and nothing else: this test
//! trains it again from them and fails when the shipped file differs. After
//! a change to the development sets or to the training, write the file anew
//! with `SPOOR2_MODEL_SCHRIJVEN=1 cargo test --test privacy_model`.

mod common;

use common::privacy::{INNOCENT, MEDICAL, corpus, everyday};
use spoor2::validate::privacy::model::{Example, train};

#[test]
fn the_shipped_model_is_trained_on_the_development_sets_only() {
    let examples: Vec<Example> = corpus()
        .into_iter()
        .filter(|s| !s.test_set)
        .map(|s| Example {
            kind: s.medical.then_some(s.category),
            text: s.text,
        })
        .chain(MEDICAL.iter().map(|s| Example {
            text: s.to_string(),
            kind: Some("onbekend".to_string()),
        }))
        .chain(everyday("ontwikkel").into_iter().map(|(_, s)| Example {
            text: s,
            kind: None,
        }))
        .chain(spoor2::synthetic::ZINNEN.iter().map(|s| Example {
            text: s.to_string(),
            kind: None,
        }))
        .chain(INNOCENT.iter().map(|s| Example {
            text: s.to_string(),
            kind: None,
        }))
        .collect();
    assert!(
        examples.len() > 9000,
        "{} development sentences",
        examples.len()
    );
    let trained = train(&examples);
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/validate/privacy/model.tsv");
    if std::env::var_os("SPOOR2_MODEL_SCHRIJVEN").is_some() {
        std::fs::write(&path, &trained).unwrap();
        return;
    }
    let shipped = std::fs::read_to_string(&path).unwrap();
    // The same features with the same kinds; a weight may differ in its
    // last digit where another machine's exp() rounds otherwise.
    let table = |text: &str| -> std::collections::BTreeMap<String, (f64, String)> {
        text.lines()
            .filter(|l| !l.starts_with('#'))
            .map(|l| {
                let mut cols = l.split('\t');
                let name = cols.next().unwrap().to_string();
                let weight: f64 = cols.next().unwrap().parse().unwrap();
                (name, (weight, cols.next().unwrap_or("").to_string()))
            })
            .collect()
    };
    let (want, have) = (table(&trained), table(&shipped));
    let differ: Vec<String> = want
        .keys()
        .chain(have.keys())
        .filter(|k| {
            let (a, b) = (want.get(*k), have.get(*k));
            match (a, b) {
                (Some(a), Some(b)) => (a.0 - b.0).abs() > 0.002 || a.1 != b.1,
                (Some(x), None) | (None, Some(x)) => x.0.abs() > 0.01,
                (None, None) => false,
            }
        })
        .take(10)
        .cloned()
        .collect();
    assert!(
        differ.is_empty(),
        "model.tsv is not what the development sets teach (first differences: {differ:?}); write it anew with SPOOR2_MODEL_SCHRIJVEN=1 cargo test --test privacy_model"
    );
}

/// Ordinary journal text raises nothing: the sentences every synthetic
/// journal is made of, alone and together in one field.
#[test]
fn the_synthetic_sentences_raise_no_privacy_finding() {
    for s in spoor2::synthetic::ZINNEN {
        assert_eq!(
            spoor2::validate::privacy::flagged(s),
            Vec::<String>::new(),
            "{s}"
        );
    }
    let all = spoor2::synthetic::ZINNEN.join(" ");
    assert_eq!(
        spoor2::validate::privacy::flagged(&all),
        Vec::<String>::new()
    );
}
