//! The privacy check's precision and recall on sentences as coaches write
//! them: half carry medical data the employer may not receive, half are
//! innocent but close (Poortwachter terms of art, workplaces with medical
//! names applied to, words that contain a medical word by accident). The
//! figures are in docs/normen.md.

mod common;

use common::privacy::{INNOCENT, MEDICAL};

#[test]
fn the_privacy_check_finds_every_medical_sentence_and_only_those() {
    let flagged = |s: &str| !spoor2::validate::privacy::flagged(s).is_empty();
    let true_positives = MEDICAL.iter().filter(|s| flagged(s)).count();
    let false_positives = INNOCENT.iter().filter(|s| flagged(s)).count();
    let missed: Vec<_> = MEDICAL.iter().filter(|s| !flagged(s)).collect();
    let cried_wolf: Vec<_> = INNOCENT
        .iter()
        .filter(|s| flagged(s))
        .map(|s| (s, spoor2::validate::privacy::flagged(s)))
        .collect();
    let precision = true_positives as f64 / (true_positives + false_positives).max(1) as f64;
    let recall = true_positives as f64 / MEDICAL.len() as f64;
    println!("precisie {precision:.2}, recall {recall:.2}");
    assert!(missed.is_empty(), "missed: {missed:#?}");
    assert!(cried_wolf.is_empty(), "flagged innocent: {cried_wolf:#?}");
    assert_eq!((precision, recall), (1.0, 1.0));
}
