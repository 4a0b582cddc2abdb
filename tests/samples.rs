//! The bundled samples: they check clean, render, and the PDFs say what the
//! journals say.

mod common;

use common::*;

fn render_samples(out: &std::path::Path) -> Vec<std::path::PathBuf> {
    let o = run(&[
        "render",
        "samples",
        "-o",
        out.to_str().unwrap(),
        "--peildatum",
        PEILDATUM,
    ]);
    assert_eq!(code(&o), 0, "stderr:\n{}", stderr(&o));
    stdout(&o).lines().map(std::path::PathBuf::from).collect()
}

/// The day the samples describe; on later days the running case rightly
/// warns about its missing November report.
const PEILDATUM: &str = "2026-11-22";

#[test]
fn samples_check_clean_with_only_the_explained_advice() {
    let o = run(&["check", "samples", "--peildatum", PEILDATUM]);
    assert_eq!(code(&o), 0, "{}", stdout(&o));
    assert_eq!(
        stdout(&o),
        "samples/afgerond-plaatsing.yaml:241:3: advies[intensiteit]: sollicitaties: van 4 december 2025 tot en met 25 januari 2026 (7 weken en 4 dagen) is geen sollicitatie vastgelegd; bij de norm van 0,5 per week is dat langer dan 6 weken; er volgde een maatregel: proefplaatsing (26 januari 2026)\n\
samples/afgerond-plaatsing.yaml:368:14: advies[intensiteit]: voortgangsrapportages[4].periode: in de periode van rapportage 4 (5 januari 2026 t/m 15 februari 2026, 6,0 weken) 2 sollicitatieactiviteiten; bij de norm van 0,5 per week zijn dat er minstens 3; er volgde een maatregel: proefplaatsing (26 januari 2026)\n\
samples/afgerond-plaatsing.yaml: in orde\n\
samples/lopend-traject.yaml: in orde\n\
samples/wia-aanvraag.yaml:267:3: advies[intensiteit]: sollicitaties: van 31 maart 2026 tot en met 14 augustus 2026 (19 weken en 4 dagen) is geen sollicitatie vastgelegd; bij de norm van 0,25 per week is dat langer dan 12 weken; er volgde een maatregel: deskundigenoordeel aangevraagd (12 mei 2026)\n\
samples/wia-aanvraag.yaml: in orde\n\
3 dossiers gecontroleerd, 0 met fouten\n"
    );
}

#[test]
fn samples_render_to_the_expected_files() {
    let dir = tempfile::tempdir().unwrap();
    let written = render_samples(dir.path());
    let mut names: Vec<String> = written
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "S2-2025-118-eindrapportage.pdf",
            "S2-2025-118-voortgangsrapportage-01.pdf",
            "S2-2025-118-voortgangsrapportage-02.pdf",
            "S2-2025-118-voortgangsrapportage-03.pdf",
            "S2-2025-118-voortgangsrapportage-04.pdf",
            "S2-2025-204-eindrapportage.pdf",
            "S2-2025-204-voortgangsrapportage-01.pdf",
            "S2-2025-204-voortgangsrapportage-02.pdf",
            "S2-2025-204-voortgangsrapportage-03.pdf",
            "S2-2026-031-voortgangsrapportage-01.pdf",
            "S2-2026-031-voortgangsrapportage-02.pdf",
            "S2-2026-031-voortgangsrapportage-03.pdf",
        ]
    );
    // Nothing else is left in the folder but the manifest: no temporary files.
    let mut all: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    all.sort();
    assert_eq!(all.len(), 13, "{all:?}");
    assert_eq!(all[0], ".spoor2-manifest.json");
}

#[test]
fn a_voortgangsrapportage_shows_the_case_the_period_and_the_tables() {
    let dir = tempfile::tempdir().unwrap();
    render_samples(dir.path());
    let text = pdf_text(&dir.path().join("S2-2026-031-voortgangsrapportage-02.pdf"));
    let flat = squash(&text);
    for expected in [
        "Voortgangsrapportage spoor 2",
        "Ilse Verhoeven",
        "Distributiecentrum Lekvliet B.V.",
        "Ruud Hoogland, HR-adviseur",
        "Coach Joost van Dam",
        "Functie coach Loopbaanadviseur spoor 2",
        "Rapportage 2",
        "periode 1 september 2026 t/m 30 september 2026",
        "2 oktober 2026",
        "14 juli 2025",
        "3 augustus 2026",
        // activity rows of the period, not of other periods
        "09-09-2026",
        "Training",
        "Start online cursus Excel basis",
        "30-09-2026",
        "Meeloopdag",
        // application rows
        "10-09-2026",
        "Kromhoeve Logistiek",
        "Afgewezen: Andere kandidaat met meer ervaring in klantcontact.",
        "Transportbedrijf Dwarsloot",
        // narrative, view and acknowledgement
        "Twee afwijzingen in korte tijd",
        "De meeloopdag was leuk.",
        "Gezien door werknemer",
        "Gezien op: 5 oktober 2026",
        "Dossier S2-2026-031",
        "Pagina 1 van 3",
        // where the case stands, from the timeline engine
        "Week in de wachttijd week 64 op 2 oktober 2026",
        "Start spoor 2 3 augustus 2026, week 56 (uiterlijk 24 augustus 2026, na 58 weken)",
        "Re-integratieverslag compleet uiterlijk 12 april 2027 (na 91 weken)",
        "WIA-aanvraag uiterlijk 26 april 2027 (na 93 weken)",
        "Eerste WIA-dag 12 juli 2027",
        // Counted from the start on 3 August (the intake of 27 July is
        // before it): 9 activities and 4 applications to 30 September.
        "In deze periode (30 dagen, 4,3 weken): 5 activiteiten en 3 sollicitaties; samen 5 sollicitatieactiviteiten, 1,17 per week (norm 1,00 per week: minstens 4 in deze periode).",
        "Van de start van spoor 2 op 3 augustus 2026 tot en met 30 september 2026 (59 dagen, 8,4 weken): 9 activiteiten en 4 sollicitaties; samen 9 sollicitatieactiviteiten, 1,07 per week.",
        "Dit document bevat geen medische gegevens.",
    ] {
        assert!(
            flat.contains(&squash(expected)),
            "missing {expected:?} in:\n{text}"
        );
    }
    // Another period's activity is not in this report.
    assert!(!flat.contains(&squash("Terugblik op de meeloopdag")));
    // The coach's private notes never reach a PDF.
    assert!(!flat.contains(&squash("Eigen aantekeningen")));
}

#[test]
fn an_eindrapportage_shows_result_totals_and_signature() {
    let dir = tempfile::tempdir().unwrap();
    render_samples(dir.path());
    let text = pdf_text(&dir.path().join("S2-2025-118-eindrapportage.pdf"));
    let flat = squash(&text);
    for expected in [
        "Eindrapportage spoor 2",
        "Mehmet Yıldız",
        "Geplaatst bij een andere werkgever",
        // 21 activities in the journal, the intake of 25 August before the
        // start on 1 September: 20 counted, over 212 days.
        "Van de start van spoor 2 op 1 september 2025 tot en met 31 maart 2026 (212 dagen, 30,3 weken): 20 activiteiten en 5 sollicitaties; samen 15 sollicitatieactiviteiten, 0,50 per week",
        "Klimaattechniek Zandweerd",
        "Aangenomen: Na proefplaatsing een jaarcontract per 1 april 2026.",
        "Fatima el Amrani",
        "Re-integratiecoach",
        "2 april 2026",
        "Gezien op: 3 april 2026",
    ] {
        assert!(
            flat.contains(&squash(expected)),
            "missing {expected:?} in:\n{text}"
        );
    }
}

#[test]
fn pdfs_are_pdf_a_with_metadata_and_embedded_fonts() {
    let dir = tempfile::tempdir().unwrap();
    for path in render_samples(dir.path()) {
        let bytes = std::fs::read(&path).unwrap();
        let doc = lopdf::Document::load_mem(&bytes).unwrap();
        let xmp = xmp_metadata(&doc);
        assert!(
            xmp.contains("<pdfaid:part>2</pdfaid:part>"),
            "{}: {xmp}",
            path.display()
        );
        assert!(
            xmp.contains("<pdfaid:conformance>A</pdfaid:conformance>"),
            "{xmp}"
        );
        assert!(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), "{xmp}");
        assert!(
            xmp.contains("<dc:language><rdf:Bag><rdf:li>nl-NL</rdf:li>"),
            "{xmp}"
        );
        assert!(
            xmp.contains("<rdf:li xml:lang=\"x-default\">Voortgangsrapportage spoor 2 nr. ")
                || xmp.contains("<rdf:li xml:lang=\"x-default\">Eindrapportage spoor 2: "),
            "title missing: {xmp}"
        );
        assert!(
            ["Joost van Dam", "Fatima el Amrani", "Sietske Bouma"]
                .iter()
                .any(|a| xmp.contains(&format!("<dc:creator><rdf:Seq><rdf:li>{a}</rdf:li>"))),
            "author missing: {xmp}"
        );
        for (font, embedded) in fonts(&doc) {
            assert!(embedded, "{}: font {font} is not embedded", path.display());
        }
    }
}

#[test]
fn rendering_twice_gives_identical_bytes() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let first = render_samples(a.path());
    render_samples(b.path());
    for path in first {
        let name = path.file_name().unwrap();
        assert_eq!(
            std::fs::read(&path).unwrap(),
            std::fs::read(b.path().join(name)).unwrap(),
            "{name:?} differs between runs"
        );
    }
}

#[test]
fn the_pdf_date_is_the_report_date() {
    let dir = tempfile::tempdir().unwrap();
    render_samples(dir.path());
    let doc =
        lopdf::Document::load(dir.path().join("S2-2026-031-voortgangsrapportage-03.pdf")).unwrap();
    assert!(xmp_metadata(&doc).contains("<xmp:CreateDate>2026-11-04T00:00:00Z</xmp:CreateDate>"));
}

fn xmp_metadata(doc: &lopdf::Document) -> String {
    let catalog = doc.catalog().unwrap();
    let id = catalog.get(b"Metadata").unwrap().as_reference().unwrap();
    let stream = doc.get_object(id).unwrap().as_stream().unwrap();
    let content = stream
        .decompressed_content()
        .unwrap_or_else(|_| stream.content.clone());
    String::from_utf8_lossy(&content).into_owned()
}

/// Every font in the document, with whether its program is embedded.
fn fonts(doc: &lopdf::Document) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    for object in doc.objects.values() {
        let Ok(dict) = object.as_dict() else { continue };
        if dict.get(b"Type").ok().and_then(|t| t.as_name().ok()) != Some(b"FontDescriptor") {
            continue;
        }
        let name = dict
            .get(b"FontName")
            .ok()
            .and_then(|n| n.as_name().ok())
            .map(|n| String::from_utf8_lossy(n).into_owned())
            .unwrap_or_default();
        let embedded = [&b"FontFile"[..], b"FontFile2", b"FontFile3"]
            .iter()
            .any(|k| dict.has(k));
        out.push((name, embedded));
    }
    assert!(!out.is_empty(), "no fonts found");
    out
}
