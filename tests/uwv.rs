//! Ready for UWV's upload: the BSN (elfproef, on every page, nowhere else),
//! the coach's signature in the signature block, the coach's hours, and
//! the "Beoordeling spoor 2" page of the WIA dossier.

mod common;

use std::path::{Path, PathBuf};

use common::*;

const PEILDATUM: &str = "2026-11-22";

/// The samples (journals, bureau.yaml, logo, signatures) copied to a
/// folder of its own.
fn samples_in_subfolder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let samples = dir.path().join("samples");
    std::fs::create_dir(&samples).unwrap();
    for entry in std::fs::read_dir(root().join("samples")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), samples.join(entry.file_name())).unwrap();
    }
    dir
}

fn pages(pdf: &Path) -> Vec<String> {
    squashed_pages(pdf)
}

/// What a run printed, on stdout and stderr.
fn all_output(o: &std::process::Output) -> String {
    format!("{}{}", stdout(o), stderr(o))
}

fn check_minimal_with(line: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let text = MINIMAL.replacen(
        "  uren_per_week: 32\n",
        &format!("  uren_per_week: 32\n{line}\n"),
        1,
    );
    write(dir.path(), "dossier.yaml", &text);
    let o = run_in(
        dir.path(),
        &["check", "--peildatum", "2026-04-20", "dossier.yaml"],
    );
    assert_eq!(code(&o), 1, "{}", stdout(&o));
    stdout(&o)
}

#[test]
fn a_bsn_that_fails_the_elfproef_or_is_not_quoted_is_a_located_error() {
    assert_eq!(
        check_minimal_with("  bsn: \"999990018\""),
        "dossier.yaml:7:8: fout: werknemer.bsn: het BSN voldoet niet aan de elfproef\n  hulp: neem het BSN over van een officieel document (9 cijfers, tussen aanhalingstekens), of laat het veld weg\ndossier.yaml: 1 fout\n"
    );
    assert_eq!(
        check_minimal_with("  bsn: \"99999001\""),
        "dossier.yaml:7:8: fout: werknemer.bsn: het BSN heeft 8 cijfers; een BSN heeft er 9\n  hulp: neem het BSN over van een officieel document (9 cijfers, tussen aanhalingstekens), of laat het veld weg\ndossier.yaml: 1 fout\n"
    );
    assert_eq!(
        check_minimal_with("  bsn: \"9999-90019\""),
        "dossier.yaml:7:8: fout: werknemer.bsn: het BSN bevat tekens die geen cijfer zijn\n  hulp: neem het BSN over van een officieel document (9 cijfers, tussen aanhalingstekens), of laat het veld weg\ndossier.yaml: 1 fout\n"
    );
    assert_eq!(
        check_minimal_with("  bsn: 999990019"),
        "dossier.yaml:7:8: fout: werknemer.bsn: het BSN staat er als getal, niet als tekst\n  hulp: zet het BSN tussen aanhalingstekens, bijvoorbeeld bsn: \"999990019\"; anders kan een 0 vooraan verdwijnen\ndossier.yaml: 1 fout\n"
    );
}

#[test]
fn the_bsn_is_on_every_page_of_every_pdf_and_nowhere_else() {
    let dir = samples_in_subfolder();
    let bsns = [
        ("lopend-traject", "999990019"),
        ("afgerond-plaatsing", "999990032"),
        ("wia-aanvraag", "999990044"),
    ];
    let mut said = String::new();
    let o = run_in(
        dir.path(),
        &[
            "render",
            "samples",
            "-o",
            "uit",
            "--peildatum",
            PEILDATUM,
            "--format",
            "json",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    said.push_str(&all_output(&o));
    let mut pdfs: Vec<(PathBuf, &str)> = Vec::new();
    for (sample, bsn) in bsns {
        let o = run_in(
            dir.path(),
            &[
                "dossier",
                &format!("samples/{sample}.yaml"),
                "--datum",
                PEILDATUM,
                "-o",
                &format!("uit/{sample}-dossier.pdf"),
            ],
        );
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        said.push_str(&all_output(&o));
        pdfs.push((dir.path().join(format!("uit/{sample}-dossier.pdf")), bsn));
        let o = run_in(
            dir.path(),
            &[
                "check",
                &format!("samples/{sample}.yaml"),
                "--peildatum",
                PEILDATUM,
            ],
        );
        said.push_str(&all_output(&o));
    }
    for o in [
        run_in(
            dir.path(),
            &[
                "overzicht",
                "samples",
                "--peildatum",
                PEILDATUM,
                "--format",
                "json",
            ],
        ),
        run_in(
            dir.path(),
            &[
                "overzicht",
                "samples",
                "--peildatum",
                PEILDATUM,
                "--format",
                "csv",
            ],
        ),
        run_in(
            dir.path(),
            &[
                "tijdlijn",
                "samples/wia-aanvraag.yaml",
                "--peildatum",
                PEILDATUM,
            ],
        ),
    ] {
        said.push_str(&all_output(&o));
    }
    // The reports, matched to their journal by the dossier number.
    let numbers = [
        ("S2-2026-031", "999990019"),
        ("S2-2025-118", "999990032"),
        ("S2-2025-204", "999990044"),
    ];
    for entry in std::fs::read_dir(dir.path().join("uit")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        for (_, bsn) in bsns {
            assert!(!name.contains(bsn), "{name}");
        }
        if let Some((_, bsn)) = numbers.iter().find(|(n, _)| name.starts_with(n)) {
            pdfs.push((path, bsn));
        }
    }
    assert_eq!(pdfs.len(), 3 + 12, "{pdfs:?}");
    for (pdf, bsn) in &pdfs {
        for (i, page) in pages(pdf).iter().enumerate() {
            assert!(
                page.contains(&format!("BSN{bsn}")),
                "{}: page {} lacks the BSN",
                pdf.display(),
                i + 1
            );
        }
    }
    for (_, bsn) in bsns {
        assert!(!said.contains(bsn), "the BSN was printed:\n{said}");
    }
    let manifest = std::fs::read_to_string(dir.path().join("uit/.spoor2-manifest.json")).unwrap();
    for (_, bsn) in bsns {
        assert!(!manifest.contains(bsn));
    }
}

#[test]
fn the_coach_signature_is_in_the_signature_block_with_its_alternative_text() {
    let dir = samples_in_subfolder();
    let o = run_in(
        dir.path(),
        &[
            "render",
            "samples",
            "-o",
            "uit",
            "--peildatum",
            PEILDATUM,
            "--alleen",
            "2026-10",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let pdf = dir
        .path()
        .join("uit/S2-2026-031-voortgangsrapportage-03.pdf");
    let alts = alt_texts(&pdf);
    assert!(
        alts.contains(&"Handtekening van Joost van Dam".to_string()),
        "{alts:?}"
    );
    // Drawn in the "Opgesteld door" box, above the coach's name.
    let last = squash(&pdf_text(&pdf));
    assert!(
        last.contains("OpgestelddoorJoostvanDamLoopbaanadviseurspoor2"),
        "{last}"
    );
    // A report by someone without a signature has none.
    let o = run_in(
        dir.path(),
        &[
            "render",
            "samples/wia-aanvraag.yaml",
            "-o",
            "uit2",
            "--peildatum",
            PEILDATUM,
            "--alleen",
            "eind",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let alts = alt_texts(&dir.path().join("uit2/S2-2025-204-eindrapportage.pdf"));
    assert!(
        alts.contains(&"Handtekening van Sietske Bouma".to_string()),
        "{alts:?}"
    );
    assert!(!alts.iter().any(|a| a.contains("Joost")), "{alts:?}");
}

#[test]
fn a_missing_or_broken_signature_is_refused_before_typesetting() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "d.yaml", MINIMAL);
    write(dir.path(), "kapot.png", "geen plaatje");
    write(
        dir.path(),
        "bureau.yaml",
        "naam: Testbureau\nhandtekeningen:\n  - coach: Carla Coach\n    bestand: weg.svg\n    alt: Handtekening van Carla Coach\n  - coach: Ander\n    bestand: kapot.png\n    alt: Handtekening\n",
    );
    let o = run_in(
        dir.path(),
        &["render", "d.yaml", "-o", "uit", "--peildatum", "2026-04-20"],
    );
    assert_eq!(code(&o), 1);
    let err = stderr(&o);
    assert!(
        err.starts_with(
            "bureau.yaml:4:14: fout: handtekeningen[1].bestand: de handtekening weg.svg kan niet worden gelezen: het bestand of de map bestaat niet\n  \
hulp: controleer de bestandsnaam; het pad geldt vanaf de map van bureau.yaml\n\
bureau.yaml:7:14: fout: handtekeningen[2].bestand: de handtekening kapot.png is geen geldig PNG-bestand en kan niet worden afgebeeld\n  \
hulp: sla de handtekening opnieuw op als PNG of SVG (bijvoorbeeld vanuit het ontwerpprogramma) en probeer het nog eens\n\
d.yaml: geen rapportages gemaakt: de huisstijl (bureau.yaml) is niet bruikbaar\n"
        ),
        "{err}"
    );
    assert!(
        !dir.path()
            .join("uit/T-001-voortgangsrapportage-01.pdf")
            .exists()
    );
}

#[test]
fn reports_give_the_coach_hours_against_the_budget() {
    let dir = samples_in_subfolder();
    let o = run_in(
        dir.path(),
        &["render", "samples", "-o", "uit", "--peildatum", PEILDATUM],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    // October: coaching 60 + 60 min and a werkgeversbenadering of 45 min
    // (2.75 h, halves up: 2,8); from the start of spoor 2 on 3 August (the
    // intake of 27 July, 90 min, is before it): 60 + 45 + 75 + 30 + 60 + 45
    // + 165 min (8 h), 27 % of 30 hours.
    let report = squash(&pdf_text(
        &dir.path()
            .join("uit/S2-2026-031-voortgangsrapportage-03.pdf"),
    ));
    assert!(
        report.contains(&squash("Inzet van de coach: 2,8 uur in deze periode, 8,0 uur in het hele traject tot nu toe (budget 30 uur, 27 % gebruikt).")),
        "{report}"
    );
    let eind = squash(&pdf_text(
        &dir.path().join("uit/S2-2025-204-eindrapportage.pdf"),
    ));
    assert!(
        eind.contains(&squash(
            // 17,5 hours recorded, the intake's 1,5 before the start.
            "Inzet van de coach: 16,0 uur in het hele traject (budget 24 uur, 67 % gebruikt)."
        )),
        "{eind}"
    );
}

/// The page (1-based) on which a dossier element starts: the first page
/// after the table of contents (page 2) that carries its numbered heading.
fn element_page(pages: &[String], numbered_title: &str) -> usize {
    let needle = squash(numbered_title);
    pages
        .iter()
        .enumerate()
        .skip(2)
        .find(|(_, p)| p.contains(&needle))
        .map(|(i, _)| i + 1)
        .unwrap_or_else(|| panic!("no element {numbered_title:?}"))
}

#[test]
fn the_beoordeling_page_answers_each_uwv_question_with_evidence_and_pages() {
    // The version 2 fixture with one application outside the profile and
    // no reason: only "aimed at passende arbeid" is open.
    let journal = include_str!("fixtures/versie2.yaml").replacen(
        "    functie: Administratief medewerker\n    kanaal",
        "    functie: Heftruckchauffeur\n    kanaal",
        1,
    );
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "d.yaml", &journal);
    let o = run_in(
        dir.path(),
        &["dossier", "d.yaml", "--datum", "2026-04-20", "-o", "d.pdf"],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let pages = pages(&dir.path().join("d.pdf"));

    // Right after the timeline.
    let tijdlijn = element_page(&pages, "1. Tijdlijn Wet verbetering poortwachter");
    let page = element_page(&pages, "2. Beoordeling spoor 2");
    assert_eq!(page, tijdlijn + 1);
    let samenvatting = element_page(&pages, "3. Samenvatting spoor 2");
    let trajectplan = element_page(&pages, "4. Trajectplan");
    let werkgever = element_page(&pages, "5. De werkgever en het traject");
    let stagnatie = element_page(&pages, "6. Stagnatie en maatregelen");
    let sollicitaties = element_page(&pages, "8. Sollicitaties");
    let rapporten = element_page(&pages, "9. Voortgangsrapportage 1");
    let text = &pages[page - 1];
    let cijfers = page_with_label(&pages, "Inzet over het hele traject");
    let passend = page_with_label(&pages, "Binnen en buiten het zoekprofiel");
    let shown = "Aangetoond";
    // From the start on 16 March to the dossier's date 20 April: 36 days,
    // 5,1 weeks; 4 application activities and 1 application, 5 / (36 / 7)
    // = 0,97 a week.
    let rows = [
        format!(
            "1. Is spoor 2 op tijd ingezet? Uiterlijk 58 weken na de eerste ziektedag, ongeveer zes weken na de eerstejaarsevaluatie. Aangemeld 2 maart 2026, intake 9 maart 2026, gestart 16 maart 2026 (week 54). (blz. {tijdlijn}) Uiterste start: 20 april 2026 (na 58 weken). (blz. {tijdlijn}) {shown}"
        ),
        format!(
            "2. Is de inzet intensief genoeg? Regelmatig activiteiten en sollicitaties, en rapportages volgens de afgesproken cadans. Van 16 maart 2026 t/m 20 april 2026 (36 dagen, 5,1 weken): 5 activiteiten en 1 sollicitatie; samen met de zoekactiviteiten 5 sollicitatieactiviteiten, 0,97 per week. (blz. {cijfers}) Norm: 1,00 sollicitatieactiviteit per week (de standaard). Langste periode zonder sollicitatie: 3 weken en 5 dagen (26 maart 2026 t/m 20 april 2026). (blz. {cijfers}) Langste periode zonder enige activiteit of sollicitatie: 6 dagen (26 maart 2026 t/m 31 maart 2026). (blz. {cijfers}) 1 voortgangsrapportage (maandelijks). (blz. {werkgever}) {shown}"
        ),
        "3. Is de inzet gericht op passende arbeid?".to_string(),
        format!(
            "Belastbaarheid (FML, 2 februari 2026) en arbeidsdeskundig advies (16 februari 2026). (blz. {samenvatting}) Zoekprofiel met onderbouwing; 1 versie. (blz. {samenvatting}) 0 van de 1 sollicitatie binnen het zoekprofiel dat op hun datum gold; 1 daarbuiten, zonder toelichting. (blz. {passend}) 1 punt open De sollicitatie als Heftruckchauffeur bij Voorbeeld B.V. valt buiten het zoekprofiel dat sinds 16 maart 2026 geldt: de functie staat niet in het zoekprofiel."
        ),
        format!(
            "4. Is de werkgever geïnformeerd en betrokken? Een trajectplan waarmee werknemer en werkgever akkoord gingen, regelmatig contact met de werkgever en rapportages die de werkgever kreeg. Trajectplan akkoord: werknemer 16 maart 2026, werkgever 18 maart 2026. (blz. {trajectplan}) 1 contact met de werkgever, het laatste op 18 maart 2026. (blz. {werkgever}) 1 van de 1 rapportages aan de werkgever verzonden. (blz. {werkgever}) {shown}"
        ),
        format!(
            "5. Is stagnatie gesignaleerd en aangepakt? Als het traject stilvalt, volgt een maatregel: een ander zoekprofiel, extra coaching, scholing, een werkervaringsplaats of een deskundigenoordeel. Geen stilstand en geen te lage intensiteit gesignaleerd; er was geen maatregel nodig en er is er ook geen vastgelegd. (blz. {stagnatie}) {shown}"
        ),
    ];
    for row in rows {
        assert!(text.contains(&squash(&row)), "missing {row:?} in\n{text}");
    }
    // Nothing green, nothing that grades itself "in orde".
    assert!(!text.contains("Inorde"), "{text}");
    assert_eq!(text.matches("Aangetoond").count(), 4, "{text}");
    assert_eq!(text.matches("1puntopen").count(), 1, "{text}");
    let _ = sollicitaties;
    let _ = rapporten;
}

/// The page (1-based) of the first page after the contents that holds a
/// heading or label text.
fn page_with_label(pages: &[String], title: &str) -> usize {
    element_page(pages, title)
}

#[test]
fn a_version_1_dossier_says_which_questions_it_cannot_answer() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "d.yaml", MINIMAL);
    let o = run_in(
        dir.path(),
        &["dossier", "d.yaml", "--datum", "2026-04-20", "-o", "d.pdf"],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let pages = pages(&dir.path().join("d.pdf"));
    let page = element_page(&pages, "2. Beoordeling spoor 2");
    let text = &pages[page - 1];
    let not_recorded =
        squash("Niet te beoordelen: dit dossier (formaatversie 1) legt dit bewijs niet vast.");
    assert_eq!(text.matches(&not_recorded).count(), 3, "{text}");
    assert_eq!(text.matches("Aangetoond").count(), 2, "{text}");
}

#[test]
fn a_count_in_the_text_that_contradicts_the_data_is_named() {
    // One application in the period (25 March); the text says two.
    let dir = tempfile::tempdir().unwrap();
    let text = MINIMAL.replacen(
        "    voortgang: Het traject is gestart.",
        "    voortgang: Het traject is gestart. Er zijn twee sollicitaties verstuurd.",
        1,
    );
    write(dir.path(), "dossier.yaml", &text);
    let o = run_in(
        dir.path(),
        &["check", "--peildatum", "2026-04-20", "dossier.yaml"],
    );
    assert!(
        stdout(&o).contains("dossier.yaml:72:16: waarschuwing[tekst]: voortgangsrapportages[1].voortgang: de tekst noemt 'twee sollicitaties', maar in de periode van deze rapportage (16 maart 2026 t/m 15 april 2026) is 1 sollicitatie vastgelegd\n  hulp: maak de tekst en de sollicitaties gelijk: pas het aantal in de tekst aan, of leg de ontbrekende sollicitaties vast\n"),
        "{}",
        stdout(&o)
    );
    // The same count in digits that agrees with the data is not named.
    let text = MINIMAL.replacen(
        "    voortgang: Het traject is gestart.",
        "    voortgang: Het traject is gestart; 1 sollicitatie verstuurd, 1 van de 2 geplande.",
        1,
    );
    write(dir.path(), "dossier.yaml", &text);
    let o = run_in(
        dir.path(),
        &["check", "--peildatum", "2026-04-20", "dossier.yaml"],
    );
    assert!(!stdout(&o).contains("[tekst]"), "{}", stdout(&o));
}
