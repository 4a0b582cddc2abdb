//! `spoor2 agenda`: the caseload's deadlines as an iCalendar file, read
//! back by an independent parser (the `ical` crate), and the werkplek's
//! calendar subscription serving the same.

mod common;

use chrono::{Duration, NaiveDate};
use common::werkplek::*;
use common::*;

/// The events of an iCalendar text: UID -> (DTSTART, SUMMARY, DESCRIPTION).
fn events(text: &str) -> Vec<(String, String, String, String)> {
    let mut parser = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
    let calendar = parser.next().expect("a calendar").expect("it parses");
    assert!(parser.next().is_none(), "one calendar");
    let prop = |props: &[ical::property::Property], name: &str| {
        props
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
            .unwrap_or_default()
    };
    calendar
        .events
        .iter()
        .map(|e| {
            (
                prop(&e.properties, "UID"),
                prop(&e.properties, "DTSTART"),
                prop(&e.properties, "SUMMARY"),
                prop(&e.properties, "DESCRIPTION"),
            )
        })
        .collect()
}

fn ymd(d: NaiveDate) -> String {
    d.format("%Y%m%d").to_string()
}

fn agenda(dir: &std::path::Path, peildatum: &str) -> String {
    let o = run_in(
        dir,
        &["agenda", ".", "--peildatum", peildatum, "-o", "agenda.ics"],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(stdout(&o), "agenda.ics\n");
    std::fs::read_to_string(dir.join("agenda.ics")).unwrap()
}

#[test]
fn the_agenda_holds_each_cases_deadlines_and_next_report() {
    let dir = samples_copy();
    let text = agenda(dir.path(), "2026-12-01");
    // RFC 5545: CRLF line ends, no line over 75 octets.
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    for line in text.split("\r\n") {
        assert!(!line.contains('\n'), "a bare line feed in {line:?}");
        assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
    }
    let events = events(&text);
    let uid = |u: &str| {
        events
            .iter()
            .find(|e| e.0 == u)
            .unwrap_or_else(|| panic!("no event {u} in {events:#?}"))
    };
    // The running case: its fourth monthly report covers 1 to 30 November,
    // due two weeks later.
    let report = uid("rapportage.S2-2026-031@spoor2");
    assert_eq!(report.1, "20261214");
    assert_eq!(report.2, "S2-2026-031: Voortgangsrapportage 4 uiterlijk");
    // Its Poortwachter deadlines from the first sick day (14 juli 2025),
    // counted here on their own: RIV complete on day 637, WIA application
    // on day 651.
    let eaod = NaiveDate::from_ymd_opt(2025, 7, 14).unwrap();
    assert_eq!(
        uid("riv-compleet.S2-2026-031@spoor2").1,
        ymd(eaod + Duration::days(637))
    );
    assert_eq!(
        uid("riv-compleet.S2-2026-031@spoor2").2,
        "S2-2026-031: Re-integratieverslag compleet (na 91 weken)"
    );
    assert_eq!(
        uid("wia-aanvraag.S2-2026-031@spoor2").1,
        ymd(eaod + Duration::days(651))
    );
    // Nothing already past, and no event twice.
    assert!(
        events
            .iter()
            .all(|e| e.0.starts_with("rapportage.") || e.1.as_str() >= "20261201")
    );
    let mut uids: Vec<&String> = events.iter().map(|e| &e.0).collect();
    uids.sort();
    uids.dedup();
    assert_eq!(uids.len(), events.len());
    // A closed case is not in the agenda.
    assert!(!text.contains("S2-2025-"), "{text}");
    // No names, no BSN, no journal text: a calendar leaves the machine.
    for journal in [
        "lopend-traject.yaml",
        "wia-aanvraag.yaml",
        "afgerond-plaatsing.yaml",
    ] {
        let yaml = std::fs::read_to_string(dir.path().join(journal)).unwrap();
        let value: serde_yaml::Value = serde_yaml::from_str(&yaml).unwrap();
        let name = value["werknemer"]["naam"].as_str().unwrap();
        let bsn = value["werknemer"]["bsn"].as_str().unwrap();
        let surname = name.split_whitespace().last().unwrap();
        assert!(!text.contains(surname), "{surname} in the agenda");
        assert!(!text.contains(bsn), "a BSN in the agenda");
    }
}

#[test]
fn a_newer_agenda_updates_the_same_events() {
    let dir = samples_copy();
    let before = events(&agenda(dir.path(), "2026-12-01"));
    // The fourth report is written: the next one is due a month later,
    // under the same UID, so a calendar updates the event.
    let path = dir.path().join("lopend-traject.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let added = with_november_report(&text, "2026-12-02", "Verder.");
    std::fs::write(&path, added).unwrap();
    let after = events(&agenda(dir.path(), "2026-12-02"));
    let report = |events: &[(String, String, String, String)]| {
        events
            .iter()
            .find(|e| e.0 == "rapportage.S2-2026-031@spoor2")
            .cloned()
            .unwrap()
    };
    assert_eq!(report(&before).1, "20261214");
    assert_eq!(report(&after).1, "20270114");
    assert_eq!(
        report(&after).2,
        "S2-2026-031: Voortgangsrapportage 5 uiterlijk"
    );
    let uids = |e: &[(String, String, String, String)]| {
        let mut u: Vec<String> = e.iter().map(|e| e.0.clone()).collect();
        u.sort();
        u
    };
    assert_eq!(uids(&before), uids(&after));
}

#[test]
fn the_agenda_file_must_be_named_ics() {
    let dir = samples_copy();
    let o = run_in(dir.path(), &["agenda", ".", "-o", "agenda.txt"]);
    assert_eq!(code(&o), 2);
    assert_eq!(
        stderr(&o),
        "fout: -o agenda.txt: een agendabestand eindigt op .ics; niets geschreven\n"
    );
    assert!(!dir.path().join("agenda.txt").exists());
}

#[test]
fn the_werkplek_serves_the_same_agenda_as_a_subscription_and_a_page() {
    let dir = samples_copy();
    let w = start_on(dir.path(), "2026-12-01");
    let key = std::fs::read_to_string(dir.path().join(".spoor2/agenda-sleutel")).unwrap();
    // A calendar program sends no cookie: the key in the address opens
    // the agenda, and only the agenda.
    let host = format!("Host: {}", w.host());
    let a = w.request(
        "GET",
        &format!("/agenda.ics?sleutel={key}"),
        std::slice::from_ref(&host),
        "",
    );
    assert_eq!(a.status, 200, "{}", a.body);
    assert_eq!(
        a.header("content-type").as_deref(),
        Some("text/calendar; charset=utf-8")
    );
    assert_eq!(a.body, agenda(dir.path(), "2026-12-01"));
    let a = w.request(
        "GET",
        "/agenda.ics?sleutel=0000",
        std::slice::from_ref(&host),
        "",
    );
    assert_eq!(a.status, 403);
    let a = w.request(
        "GET",
        &format!("/?sleutel={key}"),
        std::slice::from_ref(&host),
        "",
    );
    assert_eq!(a.status, 401);
    // The key outlives the werkplek.
    drop(w);
    let w = start_on(dir.path(), "2026-12-01");
    let a = w.request(
        "GET",
        &format!("/agenda.ics?sleutel={key}"),
        &[format!("Host: {}", w.host())],
        "",
    );
    assert_eq!(a.status, 200);

    // "Wat komt eraan": by week, with names, since it stays on this machine.
    let page = w.get("/agenda?weken=26").body;
    assert!(page.contains("<h1>Wat komt eraan</h1>"), "{page}");
    assert!(
        page.contains("<td class=\"datum\" data-kop=\"Datum\">ma 14 december 2026</td><td data-kop=\"Wat\">Voortgangsrapportage 4 uiterlijk</td><td class=\"nummer\" data-kop=\"Dossier\"><a href=\"/dossier?bestand=lopend-traject.yaml\">S2-2026-031</a></td><td data-kop=\"Werknemer\">Ilse Verhoeven</td>"),
        "{page}"
    );
    assert!(
        page.contains("Week 51 · 14 december 2026 t/m 20 december 2026"),
        "{page}"
    );
    assert!(
        page.contains(&format!("/agenda.ics?sleutel={key}")),
        "{page}"
    );
}
