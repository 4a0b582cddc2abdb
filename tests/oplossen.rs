//! Every finding of `check` is resolved in the werkplek from its link:
//! the form fills exactly the fields that answer it, through the editing
//! layer (comments and layout kept, checked, only from the version the
//! page showed, undoable), and a seen or sent report only gets what it did
//! not have.

mod common;

use common::werkplek::*;
use common::*;

/// The running sample with nine findings on 20 December 2026: spoor 1
/// and the employer's agreement with the plan not recorded, a zoekprofiel
/// without onderbouwing, an application outside the profile, a fourth
/// report not seen, without the employee's view and not sent, and too few
/// applications and activities lately.
fn journal_with_findings() -> String {
    let s = std::fs::read_to_string(root().join("samples/lopend-traject.yaml")).unwrap();
    let start = s.find("spoor1:\n").unwrap();
    let end = s.find("poortwachter:\n").unwrap();
    let mut s = format!("{}{}", &s[..start], &s[end..]);
    s = s.replacen("  akkoord_werkgever: 2026-08-04\n", "", 1);
    let i = s.find("    onderbouwing: |\n      De functies").unwrap();
    let j = i + s[i..].find("    functies:").unwrap();
    s = format!("{}{}", &s[..i], &s[j..]);
    s = s.replacen(
        "sollicitaties:\n  - datum: 2026-08-28",
        "sollicitaties:\n  - datum: 2026-08-20\n    werkgever: Transportbedrijf Vianen\n    functie: Heftruckinstructeur\n    kanaal: vacaturesite\n    status: verstuurd\n  - datum: 2026-08-28",
        1,
    );
    with_november_report(&s, "2026-11-30", "Tweede gesprek gevoerd.")
}

/// The links of the findings on a case page, with `&amp;` read back.
fn links(page: &str) -> Vec<String> {
    page.match_indices("class=\"oplossen\" href=\"")
        .map(|(at, m)| {
            let rest = &page[at + m.len()..];
            rest[..rest.find('"').unwrap()].replace("&amp;", "&")
        })
        .collect()
}

/// Fills the form at `link` with `fields` (the rest as the page holds
/// them is not sent) and posts it; the answer.
fn fill(w: &Werkplek, link: &str, fields: &[(&str, &str)]) -> Answer {
    let page = w.get(link).body;
    let mut form = vec![
        ("token".to_string(), w.token.clone()),
        ("bestand".to_string(), hidden(&page, "bestand")),
        ("versie".to_string(), hidden(&page, "versie")),
        ("pad".to_string(), hidden(&page, "pad")),
        ("regel".to_string(), hidden(&page, "regel")),
    ];
    form.extend(fields.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    w.post("/oplossen", &form)
}

fn findings(dir: &std::path::Path) -> String {
    let o = run_in(
        dir,
        &["check", "lopend-traject.yaml", "--peildatum", "2026-12-20"],
    );
    stdout(&o) + &stderr(&o)
}

#[test]
fn every_finding_links_to_its_resolution_and_the_forms_resolve_them() {
    let dir = samples_copy();
    let path = dir.path().join("lopend-traject.yaml");
    let original = journal_with_findings();
    std::fs::write(&path, &original).unwrap();
    let w = start_on(dir.path(), "2026-12-20");
    let page = w.get("/dossier?bestand=lopend-traject.yaml").body;
    let shown = page.matches("<li class=\"waarschuwing\">").count();
    assert_eq!(shown, 9, "{page}");
    let links = links(&page);
    assert_eq!(links.len(), shown, "every finding has its link: {links:?}");
    let b = "bestand=lopend-traject.yaml";
    let expected = [
        format!("/dossier?{b}&toevoegen=sollicitatie#activiteiten"),
        format!("/oplossen?{b}&pad=traject&regel=spoor1"),
        format!("/oplossen?{b}&pad=trajectplan.akkoord_werkgever&regel=trajectplan"),
        format!("/oplossen?{b}&pad=grondslag.zoekprofiel&regel=zoekprofiel"),
        format!("/dossier?{b}&toevoegen=activiteit#activiteiten"),
        format!("/oplossen?{b}&pad=sollicitaties%5B1%5D&regel=passend"),
        format!(
            "/oplossen?{b}&pad=voortgangsrapportages%5B4%5D.visie_werknemer&regel=visie-werknemer"
        ),
        format!(
            "/oplossen?{b}&pad=voortgangsrapportages%5B4%5D.gezien_door_werknemer&regel=gezien"
        ),
        format!(
            "/oplossen?{b}&pad=voortgangsrapportages%5B4%5D.verzonden_aan_werkgever&regel=verzonden"
        ),
    ];
    for e in &expected {
        assert!(links.contains(e), "{e} not in {links:?}");
    }
    // The add form a link names is the one shown open.
    let add = w.get(&expected[0]).body;
    assert!(
        add.contains("<details open>\n<summary>Sollicitatie toevoegen</summary>"),
        "{add}"
    );

    // A form shows the finding it answers and the fields that do.
    let form = w.get(&expected[7]).body;
    assert!(
        form.contains("<h1>De werknemer en de voortgangsrapportage 4</h1>"),
        "{form}"
    );
    assert!(form.contains("<li class=\"waarschuwing\">niet vastgelegd dat de werknemer de rapportage heeft gezien</li>"), "{form}");
    for field in [
        "gezien_door_werknemer",
        "akkoord_werknemer",
        "visie_werknemer",
        "reactie_coach",
    ] {
        assert!(
            form.contains(&format!("name=\"{field}\"")),
            "{field}: {form}"
        );
    }
    assert!(
        form.contains(
            "href=\"/ondertekenen?bestand=lopend-traject.yaml&amp;welke=4\">Laten ondertekenen</a>"
        ),
        "{form}"
    );

    // A date that does not exist: refused beside its field, nothing written.
    let a = fill(
        &w,
        &expected[2],
        &[
            ("akkoord_werknemer", "30-07-2026"),
            ("akkoord_werkgever", "31-02-2026"),
        ],
    );
    assert_eq!(a.status, 200);
    assert!(a.body.contains("<input id=\"o-akkoord_werkgever\" name=\"akkoord_werkgever\" type=\"text\" inputmode=\"numeric\" autocomplete=\"off\" placeholder=\"dd-mm-jjjj\" value=\"31-02-2026\" aria-invalid=\"true\" aria-describedby=\"o-akkoord_werkgever-fout\" autofocus>"), "{}", a.body);
    assert!(a.body.contains("<p class=\"veld-fout\" id=\"o-akkoord_werkgever-fout\">niet opgeslagen: Akkoord werkgever: &#39;31-02-2026&#39; is geen datum; schrijf bijvoorbeeld 2026-11-24, 24-11-2026, vandaag of gisteren</p>"), "{}", a.body);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), original);

    // From a page older than the journal: nothing written.
    let stale = w.get(&expected[1]).body;
    std::fs::write(
        &path,
        original.replacen("# Voorbeelddossier", "# Het voorbeelddossier", 1),
    )
    .unwrap();
    let a = w.post(
        "/oplossen",
        &[
            ("token", &w.token),
            ("bestand", "lopend-traject.yaml"),
            ("versie", &hidden(&stale, "versie")),
            ("pad", "traject"),
            ("regel", "spoor1"),
            ("datum", "06-07-2026"),
            ("stand", "Geen passend werk."),
        ],
    );
    assert_eq!(a.status, 200);
    assert!(
        a.body
            .contains("niet opgeslagen: het dossier is gewijzigd nadat deze pagina werd geopend"),
        "{}",
        a.body
    );
    assert!(!std::fs::read_to_string(&path).unwrap().contains("spoor1:"));
    std::fs::write(&path, &original).unwrap();

    // Each form answers its finding.
    let saved = |link: &str, fields: &[(&str, &str)], melding: &str| {
        let a = fill(&w, link, fields);
        let (to, _) = follow(&w, &a);
        assert!(to.ends_with(&format!("&melding={}", enc(melding))), "{to}");
    };
    saved(
        &expected[1],
        &[
            ("datum", "06-07-2026"),
            (
                "stand",
                "Het eigen werk is niet meer passend, ook niet aangepast.",
            ),
        ],
        "opgeslagen: waar spoor 1 staat",
    );
    saved(
        &expected[2],
        &[
            ("akkoord_werknemer", "30-07-2026"),
            ("akkoord_werkgever", "04-08-2026"),
        ],
        "opgeslagen: akkoord met het trajectplan",
    );
    saved(
        &expected[3],
        &[(
            "onderbouwing",
            "Administratief werk op mbo 2-3-niveau, zittend,\nbinnen 30 uur per week.",
        )],
        "opgeslagen: onderbouwing van het zoekprofiel",
    );
    saved(
        &expected[5],
        &[
            ("profielfunctie", ""),
            (
                "passend_omdat",
                "Instructie geven is zittend werk zonder tillen.",
            ),
        ],
        "opgeslagen: sollicitatie 1: passend of niet",
    );
    saved(
        &expected[7],
        &[
            ("gezien_door_werknemer", "08-12-2026"),
            ("akkoord_werknemer", "akkoord"),
            ("visie_werknemer", "Ik herken mij in de rapportage."),
            ("reactie_coach", ""),
        ],
        "opgeslagen: de werknemer en de voortgangsrapportage 4",
    );
    saved(
        &expected[8],
        &[("verzonden_aan_werkgever", "10-12-2026")],
        "opgeslagen: verzending van de voortgangsrapportage 4",
    );
    let after = std::fs::read_to_string(&path).unwrap();
    for added in [
        "  prijs: {bedrag: 98, per: uur}   # afgesproken uurtarief, zonder btw\n\nspoor1:\n  datum: 2026-07-06\n  stand: Het eigen werk is niet meer passend, ook niet aangepast.\n\n# Waar spoor 1 staat",
        "  akkoord_werknemer: 2026-07-30\n  akkoord_werkgever: 2026-08-04\n  bijstellingen:\n",
        "    functie: Heftruckinstructeur\n    kanaal: vacaturesite\n    status: verstuurd\n    passend_omdat: Instructie geven is zittend werk zonder tillen.\n",
        "    afspraken: Proefplaatsing bespreken.\n    gezien_door_werknemer: 2026-12-08\n    akkoord_werknemer: akkoord\n    visie_werknemer: Ik herken mij in de rapportage.\n    verzonden_aan_werkgever: 2026-12-10\n",
        "    onderbouwing: |\n      Administratief werk op mbo 2-3-niveau, zittend,\n      binnen 30 uur per week.\n",
    ] {
        assert!(after.contains(added), "{added}\n---\n{after}");
    }
    // Every comment of the coach is still there.
    for line in original.lines().filter(|l| l.contains('#')) {
        assert!(after.contains(line), "{line}");
    }
    // What check still says: only what an entry answers.
    let left = findings(dir.path());
    assert!(left.contains("2 waarschuwingen"), "{left}");
    assert!(
        left.contains("[intensiteit]") && left.contains("[stilstand]"),
        "{left}"
    );

    // Undone in one step: the last form's write.
    let a = w.post(
        "/ongedaan",
        &[("token", &w.token), ("bestand", "lopend-traject.yaml")],
    );
    assert_eq!(a.status, 303, "{}", a.body);
    assert!(
        !std::fs::read_to_string(&path)
            .unwrap()
            .contains("verzonden_aan_werkgever: 2026-12-10")
    );
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("gezien_door_werknemer: 2026-12-08")
    );
}

#[test]
fn a_seen_report_only_gets_what_it_did_not_have() {
    let dir = samples_copy();
    let path = dir.path().join("lopend-traject.yaml");
    let original = std::fs::read_to_string(&path).unwrap();
    let w = start_on(dir.path(), "2026-11-22");
    let link = "/oplossen?bestand=lopend-traject.yaml&pad=voortgangsrapportages%5B1%5D.gezien_door_werknemer&regel=gezien";
    let page = w.get(link).body;
    // What it has is shown and cannot be typed over.
    assert!(page.contains("name=\"gezien_door_werknemer\" type=\"text\" inputmode=\"numeric\" autocomplete=\"off\" placeholder=\"dd-mm-jjjj\" value=\"07-09-2026\" aria-describedby=\"o-gezien_door_werknemer-uitleg\" readonly>"), "{page}");
    let visie = original
        .split("    visie_werknemer: |\n")
        .nth(1)
        .unwrap()
        .split("    gezien_door_werknemer")
        .next()
        .unwrap()
        .lines()
        .map(str::trim)
        .collect::<Vec<_>>()
        .join("\n");
    let a = fill(
        &w,
        link,
        &[
            ("gezien_door_werknemer", "08-09-2026"),
            ("akkoord_werknemer", "akkoord"),
            ("visie_werknemer", &visie),
            ("reactie_coach", ""),
        ],
    );
    assert_eq!(a.status, 200);
    assert!(a.body.contains("<p class=\"veld-fout\" id=\"o-gezien_door_werknemer-fout\">niet opgeslagen: deze rapportage is al gezien of verzonden; &#39;gezien door werknemer&#39; blijft zoals het was (maak zo nodig bewust een nieuwe versie)</p>"), "{}", a.body);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), original);
    // Its text neither, through a field's own link.
    let a = fill(
        &w,
        "/oplossen?bestand=lopend-traject.yaml&pad=voortgangsrapportages%5B1%5D.afspraken",
        &[("afspraken", "Iets anders.")],
    );
    assert_eq!(a.status, 200);
    assert!(a.body.contains("niet opgeslagen: deze rapportage is al gezien of verzonden; &#39;afspraken&#39; blijft zoals het was"), "{}", a.body);
    // Nor the period it covers, from a field's own link.
    let a = fill(
        &w,
        "/oplossen?bestand=lopend-traject.yaml&pad=voortgangsrapportages%5B1%5D.periode.van",
        &[("van", "04-08-2026")],
    );
    assert_eq!(a.status, 200);
    assert!(
        a.body.contains("niet opgeslagen: deze rapportage is al gezien of verzonden; &#39;van&#39; blijft zoals het was"),
        "{}",
        a.body
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), original);
    // The coach's reply, which it did not have, it gets.
    let a = fill(
        &w,
        link,
        &[
            ("gezien_door_werknemer", "07-09-2026"),
            ("akkoord_werknemer", "akkoord"),
            ("visie_werknemer", &visie),
            ("reactie_coach", "Dank voor uw reactie."),
        ],
    );
    assert_eq!(a.status, 303, "{}", a.body);
    let after = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        after.len(),
        original.len() + "    reactie_coach: Dank voor uw reactie.\n".len()
    );
    assert!(after.contains("    reactie_coach: Dank voor uw reactie.\n"));
}

#[test]
fn the_parts_of_a_case_are_filled_from_their_own_links() {
    let dir = samples_copy();
    let path = dir.path().join("lopend-traject.yaml");
    let original = std::fs::read_to_string(&path).unwrap();
    let w = start_on(dir.path(), "2026-12-01");
    let page = w.get("/dossier?bestand=lopend-traject.yaml").body;
    for (pad, text) in [
        ("ziekteperiodes%5B%2B%5D", "Ziekteperiode toevoegen"),
        (
            "grondslag.zoekprofielwijzigingen%5B%2B%5D",
            "Nieuwe versie van het zoekprofiel",
        ),
        ("persoonsprofiel", "Persoonsprofiel bewerken"),
        (
            "trajectplan.bijstellingen%5B%2B%5D",
            "Bijstelling toevoegen",
        ),
        ("deskundigenoordeel", "Deskundigenoordeel vastleggen"),
    ] {
        assert!(
            page.contains(&format!(
                "<a href=\"/oplossen?bestand=lopend-traject.yaml&amp;pad={pad}\">{text}</a>"
            )),
            "{text}: {page}"
        );
    }
    // A new zoekprofiel version starts as the one in force.
    let link =
        "/oplossen?bestand=lopend-traject.yaml&pad=grondslag.zoekprofielwijzigingen%5B%2B%5D";
    let form = w.get(link).body;
    assert!(form.contains("Medewerker voorraadadministratie\nLogistiek planner (junior)\nMedewerker klantenservice logistiek</textarea>"), "{form}");
    assert!(form.contains("name=\"ingangsdatum\" type=\"text\" inputmode=\"numeric\" autocomplete=\"off\" placeholder=\"dd-mm-jjjj\" value=\"01-12-2026\""), "{form}");
    // Without a reason it is refused, beside the field.
    let fields = |reden: &'static str| {
        vec![
            ("ingangsdatum", "01-12-2026"),
            ("reden", reden),
            ("onderbouwing", "Planner is zittend werk, binnen de uren."),
            (
                "functies",
                "Medewerker voorraadadministratie\nLogistiek planner (junior)\nPlanner",
            ),
            ("sectoren", "Logistiek en transport"),
            ("regio", "Utrecht, Nieuwegein en Houten"),
            ("reisafstand_km", "25"),
            ("reistijd_minuten", ""),
            ("uren_per_week.min", "24"),
            ("uren_per_week.max", "30"),
            ("niveau", "mbo 2-3"),
        ]
    };
    let a = fill(&w, link, &fields(""));
    assert_eq!(a.status, 200);
    assert!(
        a.body
            .contains("aria-invalid=\"true\" aria-describedby=\"o-reden-fout\""),
        "{}",
        a.body
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), original);
    let a = fill(&w, link, &fields("Planner erbij na de meeloopdag."));
    assert_eq!(a.status, 303, "{}", a.body);
    let after = std::fs::read_to_string(&path).unwrap();
    assert!(after.contains("        niveau blijven gelijk.\n      functies:\n        - Medewerker voorraadadministratie\n        - Logistiek planner (junior)\n        - Medewerker klantenservice logistiek\n      sectoren:\n        - Logistiek en transport\n        - Groothandel\n      regio: Utrecht, Nieuwegein en Houten\n      reisafstand_km: 25\n      uren_per_week:\n        min: 24\n        max: 30\n      niveau: mbo 2-3\n    - ingangsdatum: 2026-12-01\n      reden: Planner erbij na de meeloopdag.\n      onderbouwing: Planner is zittend werk, binnen de uren.\n      functies:\n        - Medewerker voorraadadministratie\n        - Logistiek planner (junior)\n        - Planner\n      sectoren:\n        - Logistiek en transport\n      regio: Utrecht, Nieuwegein en Houten\n      reisafstand_km: 25\n      uren_per_week:\n        min: 24\n        max: 30\n      niveau: mbo 2-3\n"), "{after}");

    // An earlier sick period goes first; the running one stays last.
    let a = fill(
        &w,
        "/oplossen?bestand=lopend-traject.yaml&pad=ziekteperiodes%5B%2B%5D",
        &[("van", "02-03-2025"), ("tot", "13-03-2025")],
    );
    assert_eq!(a.status, 303, "{}", a.body);
    assert!(std::fs::read_to_string(&path).unwrap().contains(
        "ziekteperiodes:\n  - van: 2025-03-02\n    tot: 2025-03-13\n  - van: 2025-07-14\n"
    ));

    // One line of the persoonsprofiel changes; the rest keeps its layout.
    let before = std::fs::read_to_string(&path).unwrap();
    let form = w
        .get("/oplossen?bestand=lopend-traject.yaml&pad=persoonsprofiel")
        .body;
    let wensen = "Mevrouw Verhoeven wil in de logistiek blijven werken, het liefst in de binnendienst,\nmet afwisseling tussen administratie en contact met collega's en klanten.";
    assert!(form.contains(&wensen.replace('\'', "&#39;")), "{form}");
    let a = fill(
        &w,
        "/oplossen?bestand=lopend-traject.yaml&pad=persoonsprofiel",
        &[
            (
                "werkervaring",
                "2016-2025 orderpicker en heftruckchauffeur, Distributiecentrum Lekvliet\n2011-2016 vakkenvuller, later teamleider avondploeg, Supermarkt Hoekvliet in Vianen",
            ),
            (
                "opleiding",
                "mbo 2 Logistiek medewerker (2011)\nHeftruckcertificaat (2016)\nCursus Excel basis (2026, tijdens het traject)",
            ),
            (
                "vaardigheden",
                "werken met scanners en een warehouse-managementsysteem\nnauwkeurig en gestructureerd\nnieuwe collega's inwerken\nplannen met Excel",
            ),
            ("wensen", wensen),
            ("mobiliteit.rijbewijs", "B"),
            ("mobiliteit.vervoer", "eigen auto en fiets"),
        ],
    );
    assert_eq!(a.status, 303, "{}", a.body);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        before.replacen(
            "    - nieuwe collega's inwerken\n",
            "    - nieuwe collega's inwerken\n    - plannen met Excel\n",
            1
        )
    );
}

#[test]
fn an_edited_entry_keeps_its_comments_and_the_fields_no_form_shows() {
    let dir = samples_copy();
    let path = dir.path().join("lopend-traject.yaml");
    let original = journal_with_findings();
    // The application outside the profile, answered, with a comment of the
    // coach inside it.
    let original = original.replacen(
        "    functie: Heftruckinstructeur\n    kanaal: vacaturesite\n    status: verstuurd\n",
        "    functie: Heftruckinstructeur\n    # gebeld met de afdeling opleidingen\n    kanaal: vacaturesite\n    status: verstuurd\n    passend_omdat: Instructie geven is zittend werk.\n",
        1,
    );
    std::fs::write(&path, &original).unwrap();
    let w = start_on(dir.path(), "2026-12-20");
    let edit = |datum: &str, resultaat: &str| {
        let page = w
            .get("/dossier?bestand=lopend-traject.yaml&bewerk=sollicitaties-1")
            .body;
        w.post(
            "/toevoegen",
            &[
                ("token", &w.token),
                ("bestand", "lopend-traject.yaml"),
                ("onderdeel", "sollicitatie"),
                ("vervangt", "1"),
                ("versie", &hidden(&page, "versie")),
                ("datum", datum),
                ("kanaal", "vacaturesite"),
                ("status", "afgewezen"),
                ("werkgever", "Transportbedrijf Vianen"),
                ("functie", "Heftruckinstructeur"),
                ("resultaat", resultaat),
            ],
        )
    };
    // The same date: only what changed is written.
    let a = edit("20-08-2026", "Afgewezen na het eerste gesprek.");
    assert_eq!(a.status, 303, "{}", a.body);
    let after = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        after,
        original.replacen(
            "    status: verstuurd\n    passend_omdat: Instructie geven is zittend werk.\n",
            "    status: afgewezen\n    passend_omdat: Instructie geven is zittend werk.\n    resultaat: Afgewezen na het eerste gesprek.\n",
            1
        )
    );
    // A later date: the entry moves, its comment and answer with it.
    let a = edit("01-09-2026", "Afgewezen na het eerste gesprek.");
    assert_eq!(a.status, 303, "{}", a.body);
    let after = std::fs::read_to_string(&path).unwrap();
    let moved = "  - datum: 2026-09-01\n    werkgever: Transportbedrijf Vianen\n    functie: Heftruckinstructeur\n    # gebeld met de afdeling opleidingen\n    kanaal: vacaturesite\n    status: afgewezen\n    passend_omdat: Instructie geven is zittend werk.\n    resultaat: Afgewezen na het eerste gesprek.\n";
    assert!(after.contains(moved), "{after}");
    let at = |s: &str| after.find(s).unwrap();
    assert!(at("  - datum: 2026-08-28\n") < at(moved), "{after}");
    assert!(at(moved) < at("  - datum: 2026-09-10\n"), "{after}");
    assert_eq!(after.matches("Transportbedrijf Vianen").count(), 1);
}
