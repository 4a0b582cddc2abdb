//! The WIA dossier (`spoor2 dossier`): its elements in the PDF outline and
//! the table of contents, continuous page numbers, every report with its
//! date and author, the open warnings, and the archival and accessibility
//! identification.

mod common;

use std::path::Path;

use common::*;
use lopdf::{Document, Object, ObjectId};

const DATUM: &str = "2026-11-22";

fn make_dossier(sample: &str, out: &Path) -> std::path::PathBuf {
    let pdf = out.join(format!("{sample}.pdf"));
    let o = run(&[
        "dossier",
        &format!("samples/{sample}.yaml"),
        "--datum",
        DATUM,
        "-o",
        pdf.to_str().unwrap(),
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(stdout(&o).trim(), pdf.to_str().unwrap());
    pdf
}

/// The dossier of a journal text on 20 April 2026 (the fixture's day).
fn dossier_of(journal: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "d.yaml", journal);
    let pdf = dir.path().join("d.pdf");
    let o = bin()
        .args([
            "dossier",
            path.to_str().unwrap(),
            "--datum",
            "2026-04-20",
            "-o",
        ])
        .arg(&pdf)
        .output()
        .unwrap();
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    (dir, pdf)
}

/// The top-level bookmarks: title and the 1-based page each points to.
fn outline(doc: &Document) -> Vec<(String, u32)> {
    let pages: std::collections::HashMap<ObjectId, u32> =
        doc.get_pages().into_iter().map(|(n, id)| (id, n)).collect();
    let catalog = doc.catalog().unwrap();
    let outlines = doc
        .get_dictionary(catalog.get(b"Outlines").unwrap().as_reference().unwrap())
        .unwrap();
    let mut out = Vec::new();
    let mut next = outlines
        .get(b"First")
        .ok()
        .and_then(|o| o.as_reference().ok());
    while let Some(id) = next {
        let item = doc.get_dictionary(id).unwrap();
        let title = text_string(item.get(b"Title").unwrap().as_str().unwrap());
        let dest = match item.get(b"Dest") {
            Ok(dest) => dest.clone(),
            Err(_) => {
                let action = doc
                    .dereference(item.get(b"A").unwrap())
                    .unwrap()
                    .1
                    .as_dict()
                    .unwrap()
                    .clone();
                action.get(b"D").unwrap().clone()
            }
        };
        let dest = match dest {
            Object::Reference(r) => doc.get_object(r).unwrap().clone(),
            other => other,
        };
        let page_ref = dest.as_array().unwrap()[0].as_reference().unwrap();
        out.push((title, pages[&page_ref]));
        next = item.get(b"Next").ok().and_then(|o| o.as_reference().ok());
    }
    out
}

/// Page texts, squashed, without the dots and word joiners of the table of
/// contents' leaders.
fn page_texts(pdf: &Path) -> Vec<String> {
    squashed_pages(pdf)
        .into_iter()
        .map(|t| t.replace(['.', '\u{2060}'], ""))
        .collect()
}

/// The reports of a sample: (date as written in Dutch, author).
fn reports(sample: &str) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(root().join(format!("samples/{sample}.yaml"))).unwrap();
    let yaml: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
    let mut out: Vec<(String, String)> = yaml["voortgangsrapportages"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["datum"].as_str().unwrap(),
                r["auteur"]["naam"].as_str().unwrap(),
            )
        })
        .map(|(d, a)| (d.to_string(), a.to_string()))
        .collect();
    out.sort();
    if let Some(e) = yaml.get("eindrapportage") {
        out.push((
            e["datum"].as_str().unwrap().to_string(),
            e["auteur"]["naam"].as_str().unwrap().to_string(),
        ));
    }
    out.into_iter().map(|(d, a)| (dutch_date(&d), a)).collect()
}

#[test]
fn each_sample_dossier_has_its_elements_in_outline_and_contents_with_continuous_pages() {
    let dir = tempfile::tempdir().unwrap();
    for sample in ["afgerond-plaatsing", "lopend-traject", "wia-aanvraag"] {
        let pdf = make_dossier(sample, dir.path());
        let doc = Document::load(&pdf).unwrap();
        let entries = outline(&doc);
        let reports = reports(sample);
        let has_eind = std::fs::read_to_string(root().join(format!("samples/{sample}.yaml")))
            .unwrap()
            .contains("\neindrapportage:");

        // The elements, in order: fixed ones, every report, then the views
        // and the open points.
        // The samples are version 2 journals with a trajectplan: their
        // evidence has elements of its own.
        let mut expected = vec![
            "Tijdlijn Wet verbetering poortwachter".to_string(),
            "Beoordeling spoor 2".into(),
            "Samenvatting spoor 2".into(),
            "Trajectplan".into(),
            "De werkgever en het traject".into(),
            "Stagnatie en maatregelen".into(),
            "Activiteitenlogboek".into(),
            "Sollicitaties".into(),
        ];
        for (i, (date, author)) in reports.iter().enumerate() {
            let kind = if has_eind && i == reports.len() - 1 {
                "Eindrapportage".to_string()
            } else {
                format!("Voortgangsrapportage {}", i + 1)
            };
            expected.push(format!("{kind} · {date} · {author}"));
        }
        expected.push("Visie van de werknemer".into());
        expected.push("Openstaande aandachtspunten".into());
        let titles: Vec<String> = entries
            .iter()
            .map(|(t, _)| t.split_once(' ').unwrap().1.to_string())
            .collect();
        assert_eq!(titles, expected, "{sample}: outline");
        for (i, (title, _)) in entries.iter().enumerate() {
            assert!(title.starts_with(&format!("{}. ", i + 1)), "{title}");
        }

        let pages = page_texts(&pdf);
        let n = pages.len();
        // Page 1 is the cover, page 2 the table of contents; each element
        // starts on a later page than the one before.
        assert_eq!(entries[0].1, 3, "{sample}");
        for pair in entries.windows(2) {
            assert!(pair[1].1 > pair[0].1, "{sample}: {pair:?}");
        }
        let contents = &pages[1];
        assert!(contents.starts_with("Werkpad") && contents.contains("Inhoud"));
        for (title, page) in &entries {
            let line = format!("{}{page}", squash(title).replace(['.', '\u{2060}'], ""));
            assert!(
                contents.contains(&line),
                "{sample}: contents lack {line:?}:\n{contents}"
            );
            // The bookmark points at the page where the element starts.
            let heading = squash(title.split_once(' ').unwrap().1).replace('.', "");
            assert!(
                pages[*page as usize - 1].contains(&heading),
                "{sample}: page {page} does not start {title}"
            );
        }
        // Page numbers run through the whole dossier (the cover counts as
        // page 1 and carries none).
        assert!(!pages[0].contains("Pagina"));
        for (i, text) in pages.iter().enumerate().skip(1) {
            let label = format!("Pagina{}van{n}", i + 1);
            assert!(
                text.contains(&label),
                "{sample}: page {} lacks {label}",
                i + 1
            );
        }
        // Every report's author and date, and the cover's facts.
        let all = squash(&pdf_text(&pdf));
        for (date, author) in &reports {
            assert!(all.contains(&squash(date)), "{sample}: {date}");
            assert!(all.contains(&squash(author)), "{sample}: {author}");
        }
        for fact in [
            "WIA-dossierspoor2",
            "Bijlagebijhetre-integratieverslag",
            "Eersteziektedag",
            "EersteWIA-dag",
            "Datumvanditdossier22november2026",
            "Samengestelddoor",
        ] {
            assert!(pages[0].contains(fact), "{sample}: cover lacks {fact}");
        }
    }
}

#[test]
fn the_dossier_lists_the_open_warnings_or_says_there_are_none() {
    let dir = tempfile::tempdir().unwrap();
    // A stretch below the intensity norm that was acted on (a
    // proefplaatsing) is no open point...
    for sample in ["afgerond-plaatsing", "lopend-traject"] {
        let pdf = make_dossier(sample, dir.path());
        let last = page_texts(&pdf).pop().unwrap();
        if sample == "afgerond-plaatsing" {
            // Dated after its RIV deadline (1 June 2026): that is the one
            // open point.
            assert!(
                last.contains(&squash("dossierdatum Dit dossier is gedateerd op 22 november 2026, na de uiterste datum waarop het re-integratieverslag compleet moest zijn (1 juni 2026)")),
                "{last}"
            );
            assert_eq!(last.matches("Ditdossierisgedateerd").count(), 1, "{last}");
        } else {
            assert!(last.contains("staanergeenaandachtspuntenopen"), "{last}");
        }
    }

    // ...but without the measure the same stretch stays open.
    let journal = std::fs::read_to_string(root().join("samples/afgerond-plaatsing.yaml"))
        .unwrap()
        .replace(
            "    soort: proefplaatsing\n    omschrijving: Proefplaatsing van vier weken",
            "    soort: overig\n    omschrijving: Proefplaatsing van vier weken",
        )
        .replace(
            "maatregelen:\n  - datum: 2026-01-26",
            "maatregelen:\n  - datum: 2025-06-01",
        );
    let cases = tempfile::tempdir().unwrap();
    let path = write(cases.path(), "d.yaml", &journal);
    let pdf = cases.path().join("d.pdf");
    let o = run(&[
        "dossier",
        path.to_str().unwrap(),
        "--datum",
        DATUM,
        "-o",
        pdf.to_str().unwrap(),
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let last = page_texts(&pdf).pop().unwrap();
    assert!(last.contains("Openstaandeaandachtspunten"), "{last}");
    assert!(
        last.contains("2sollicitatieactiviteiten;bijdenormvan0,5perweekzijndaterminstens3;binnen4wekenvolgdegeenmaatregel"),
        "{last}"
    );
}

#[test]
fn the_timeline_marks_a_late_start_and_shows_actual_dates() {
    // Sick from 6 January 2025: the week-58 deadline is 16 February 2026,
    // and spoor 2 started on 16 March.
    let journal = MINIMAL.replace("  - van: 2025-03-10", "  - van: 2025-01-06");
    assert_ne!(journal, MINIMAL);
    let (_dir, pdf) = dossier_of(&journal);
    let text = squash(&pdf_text(&pdf));
    // The row of the start: its deadline, the actual date, and the verdict.
    assert!(
        text.contains("Startspoor26316februari2026(na58weken)16maart2026telaat"),
        "{text}"
    );
    // ...and the open point that goes with it.
    assert!(text.contains("start-spoor2"), "{text}");
}

#[test]
fn a_journal_with_errors_gets_no_dossier() {
    let dir = tempfile::tempdir().unwrap();
    let journal = MINIMAL.replace("dossier: T-001", "dossier: ");
    let path = write(dir.path(), "fout.yaml", &journal);
    let pdf = dir.path().join("fout.pdf");
    let o = bin()
        .args(["dossier", path.to_str().unwrap(), "-o"])
        .arg(&pdf)
        .output()
        .unwrap();
    assert_eq!(code(&o), 1);
    assert!(!pdf.exists());
    let err = stderr(&o);
    assert!(
        err.ends_with(&format!(
            "{}: geen WIA-dossier gemaakt: los eerst de fout op\n",
            path.display()
        )),
        "{err}"
    );
}

#[test]
fn the_dossier_is_pdf_a_2a_and_pdf_ua_1_with_a_title() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = make_dossier("wia-aanvraag", dir.path());
    let doc = Document::load(&pdf).unwrap();
    let catalog = doc.catalog().unwrap();
    let id = catalog.get(b"Metadata").unwrap().as_reference().unwrap();
    let stream = doc.get_object(id).unwrap().as_stream().unwrap();
    let xmp = String::from_utf8_lossy(
        &stream
            .decompressed_content()
            .unwrap_or_else(|_| stream.content.clone()),
    )
    .into_owned();
    assert!(xmp.contains("<pdfaid:part>2</pdfaid:part>"), "{xmp}");
    assert!(
        xmp.contains("<pdfaid:conformance>A</pdfaid:conformance>"),
        "{xmp}"
    );
    assert!(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), "{xmp}");
    assert!(
        xmp.contains("<rdf:li xml:lang=\"x-default\">WIA-dossier spoor 2: "),
        "{xmp}"
    );
    assert!(
        xmp.contains("<dc:language><rdf:Bag><rdf:li>nl-NL</rdf:li>"),
        "{xmp}"
    );
}

#[test]
fn an_open_privacy_warning_names_the_field_without_repeating_the_word() {
    let journal = MINIMAL.replace(
        "Het traject is gestart.",
        "Het traject is gestart na de hernia.",
    );
    assert_ne!(journal, MINIMAL);
    let (_dir, pdf) = dossier_of(&journal);
    let pages = page_texts(&pdf);
    let last = pages.last().unwrap();
    assert!(
        last.contains(
            "privacyInhetveldvoortgangsrapportages[1]voortgangstaatmogelijkmedischeinformatie"
        ),
        "{last}"
    );
    assert!(!last.contains("hernia"), "{last}");
}

#[test]
fn a_report_dated_after_the_dossier_is_pointed_out() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("d.pdf");
    let o = run(&[
        "dossier",
        "samples/lopend-traject.yaml",
        "--datum",
        "2026-10-01",
        "-o",
        pdf.to_str().unwrap(),
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        stderr(&o).contains(
            "samples/lopend-traject.yaml: waarschuwing: Voortgangsrapportage spoor 2 nr. 2, 1 september 2026 – 30 september 2026 is gedateerd op 2 oktober 2026, na de datum van het WIA-dossier (1 oktober 2026)\n  hulp: geef met --datum de datum waarop het dossier wordt samengesteld\n"
        ),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_report_in_the_dossier_points_to_an_unchanged_grondslag_and_plan_instead_of_repeating_them() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = make_dossier("afgerond-plaatsing", dir.path());
    let pages = page_texts(&pdf);
    let all = pages.concat();
    // The belastbaarheid paragraph of the sample: in full twice inside the
    // reports (the first, and the fourth, the first after the bedrijfsarts's
    // new view of 19 January 2026), besides the dossier's own summary.
    let belastbaarheid = squash("De heer Yıldız kan niet meer boven schouderhoogte werken");
    assert_eq!(all.matches(&belastbaarheid).count(), 3, "{all}");
    let grondslag = squash(
        "Belastbaarheid, arbeidsdeskundig advies en zoekprofiel zijn ongewijzigd sinds voortgangsrapportage 1 (blz",
    )
    .replace('.', "");
    let plan = squash("Het trajectplan is ongewijzigd sinds voortgangsrapportage").replace('.', "");
    // Reports 2 and 3 refer back to report 1 for the grondslag, the
    // eindrapportage to report 4.
    assert_eq!(all.matches(&grondslag).count(), 2, "{all}");
    assert_eq!(
        all.matches(&squash("zijn ongewijzigd sinds voortgangsrapportage 4 (blz").replace('.', ""))
            .count(),
        1,
        "{all}"
    );
    assert!(all.matches(&plan).count() >= 3, "{all}");
    // Each reference names the page where that section stands in full.
    for at in all
        .match_indices(&grondslag)
        .map(|(i, _)| i + grondslag.len())
    {
        let page: usize = all[at..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect::<String>()
            .parse()
            .unwrap();
        let there = &pages[page - 1];
        assert!(
            there.contains("Grondslagvandezoektocht") && there.contains(&belastbaarheid),
            "page {page}: {there}"
        );
    }
}
