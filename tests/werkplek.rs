//! `spoor2 werkplek` over HTTP: a real server on a free port, spoken to
//! with plain HTTP/1.1 requests (so Host, Origin and cookies are exactly
//! what the test says). The token, a foreign Host, paths outside the
//! folder, cross-site posts, hostile journal text, and an edit by form that
//! equals the same edit by command.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Stdio};

use common::werkplek::*;
use common::*;

fn start(dir: &Path) -> Werkplek {
    start_on(dir, "2026-11-24")
}

/// The headers every answer of the werkplek carries, refusals included.
const SECURITY: [(&str, &str); 6] = [
    (
        "content-security-policy",
        "default-src 'self'; script-src 'self'; object-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'none'",
    ),
    ("x-content-type-options", "nosniff"),
    ("x-frame-options", "SAMEORIGIN"),
    ("referrer-policy", "same-origin"),
    ("cache-control", "no-store"),
    ("content-type", "text/html; charset=utf-8"),
];

/// Asserts that `a` is a refusal with `status`: a Dutch page with
/// `heading` and `why`, and the security headers of every page.
fn refused(a: &Answer, status: u16, heading: &str, why: &str) {
    assert_eq!(a.status, status, "{}", a.body);
    let back = if matches!(status, 401 | 421) {
        ""
    } else {
        "<p><a href=\"/\">Naar de caseload</a></p>\n"
    };
    assert_eq!(
        a.body,
        format!(
            "<!doctype html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<title>{heading} · spoor2 werkplek</title>\n</head>\n<body>\n<h1>{heading}</h1>\n<p>{why}</p>\n{back}</body>\n</html>\n"
        )
    );
    for (name, value) in SECURITY {
        assert_eq!(a.header(name).as_deref(), Some(value), "{name}: {}", a.head);
    }
}

#[test]
fn every_request_needs_the_token_and_our_host() {
    let dir = samples_copy();
    let w = start(dir.path());
    let host = format!("Host: {}", w.host());

    let a = w.request("GET", "/", std::slice::from_ref(&host), "");
    refused(
        &a,
        401,
        "Geen toegang",
        "Open de werkplek via het adres met het toegangsteken dat spoor2 werkplek toonde.",
    );
    let a = w.request("GET", "/?token=0123", std::slice::from_ref(&host), "");
    refused(&a, 403, "Geweigerd", "Dit toegangsadres klopt niet.");

    // The first visit: the token becomes a strict, script-proof cookie and
    // leaves the address bar.
    let a = w.request(
        "GET",
        &format!("/?token={}", w.token),
        std::slice::from_ref(&host),
        "",
    );
    assert_eq!(a.status, 303);
    assert_eq!(a.header("location").as_deref(), Some("/"));
    assert_eq!(
        a.header("set-cookie"),
        Some(format!(
            "spoor2_werkplek_{}={}; HttpOnly; SameSite=Strict; Path=/",
            w.port, w.token
        ))
    );
    let a = w.get("/");
    assert_eq!(a.status, 200);
    assert!(
        a.header("content-security-policy")
            .is_some_and(|c| c.starts_with("default-src 'self'")),
        "{}",
        a.head
    );

    // DNS rebinding: the right cookie, a foreign name.
    for foreign in [
        "evil.example",
        "evil.example:80",
        "127.0.0.1.nip.io",
        "127.0.0.1",
    ] {
        let a = w.request(
            "GET",
            "/",
            &[
                format!("Host: {foreign}"),
                format!("Cookie: {}", w.cookie()),
            ],
            "",
        );
        refused(
            &a,
            421,
            "Geweigerd",
            "De werkplek antwoordt alleen op 127.0.0.1 en localhost.",
        );
    }
    let a = w.request(
        "GET",
        "/",
        &[
            format!("Host: localhost:{}", w.port),
            format!("Cookie: {}", w.cookie()),
        ],
        "",
    );
    assert_eq!(a.status, 200);
}

#[test]
fn two_werkplekken_on_one_computer_keep_their_own_cookie() {
    let one = samples_copy();
    let other = samples_copy();
    let (a, b) = (start(one.path()), start(other.path()));
    assert_ne!(a.port, b.port);
    // A browser keeps cookies per host, whatever the port: one jar for both.
    let mut jar: Vec<(String, String)> = Vec::new();
    for w in [&a, &b] {
        let r = w.request(
            "GET",
            &format!("/?token={}", w.token),
            &[format!("Host: {}", w.host())],
            "",
        );
        assert_eq!(r.status, 303);
        let set = r.header("set-cookie").unwrap();
        let (name, rest) = set.split_once('=').unwrap();
        let value = rest.split(';').next().unwrap();
        assert_eq!(name, format!("spoor2_werkplek_{}", w.port));
        // The browser replaces a cookie of the same name and path.
        jar.retain(|(n, _)| n != name);
        jar.push((name.to_string(), value.to_string()));
    }
    assert_eq!(jar.len(), 2, "{jar:?}");
    let sent: Vec<String> = jar.iter().map(|(n, v)| format!("{n}={v}")).collect();
    let cookie = format!("Cookie: {}", sent.join("; "));
    // Both still let the coach in, with the cookies of both.
    for w in [&a, &b] {
        let r = w.request(
            "GET",
            "/",
            &[format!("Host: {}", w.host()), cookie.clone()],
            "",
        );
        assert_eq!(r.status, 200, "{}", r.body);
        assert!(r.body.contains("<h1>Caseload</h1>"), "{}", r.body);
    }
    // The token of the one does not open the other.
    let r = b.request(
        "GET",
        "/",
        &[
            format!("Host: {}", b.host()),
            format!("Cookie: spoor2_werkplek_{}={}", b.port, a.token),
        ],
        "",
    );
    assert_eq!(r.status, 401);
}

#[test]
fn the_caseload_lists_every_case_most_urgent_first_and_filters() {
    let dir = samples_copy();
    let w = start(dir.path());
    let a = w.get("/");
    assert_eq!(a.status, 200);
    assert!(
        a.header("content-type")
            .is_some_and(|c| c.starts_with("text/html"))
    );
    let page = &a.body;
    // The running case is the most urgent; the ended ones follow.
    let at = |s: &str| page.find(s).unwrap_or_else(|| panic!("{s} in {page}"));
    assert!(at("S2-2026-031") < at("S2-2025-118"));
    assert!(at("S2-2026-031") < at("S2-2025-204"));
    for name in ["Ilse Verhoeven", "Mehmet Yıldız", "Anneke Postma-de Wit"] {
        assert!(page.contains(name), "{name}");
    }
    assert!(page.contains("<a href=\"/dossier?bestand=lopend-traject.yaml\">S2-2026-031</a>"));

    let a = w.get("/?coach=Sietske%20Bouma");
    assert!(a.body.contains("S2-2025-204"));
    assert!(!a.body.contains("S2-2026-031"));
    assert!(a.body.contains("<option value=\"Sietske Bouma\" selected>"));
}

#[test]
fn a_case_page_shows_timeline_findings_and_documents() {
    let dir = samples_copy();
    let w = start(dir.path());
    let a = w.get("/dossier?bestand=lopend-traject.yaml");
    assert_eq!(a.status, 200, "{}", a.body);
    let page = &a.body;
    assert!(page.contains("<h1>Ilse Verhoeven</h1>"), "{page}");
    assert!(page.contains("Spoor 2 uiterlijk gestart"));
    assert!(
        page.contains("<text x=\""),
        "today is marked on the line: {page}"
    );
    assert!(page.contains(">vandaag</text>"));
    // No inline style: the page's own policy would block it.
    assert!(!page.contains("style="), "{page}");
    // No PDFs yet: every document is missing.
    assert!(page.contains("<td class=\"stand-ontbreekt\" data-kop=\"Stand\">ontbreekt</td>"));
    assert!(!page.contains("stand-actueel"));

    let o = run_in(
        dir.path(),
        &["render", "lopend-traject.yaml", "-o", "rapportages"],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let page = w.get("/dossier?bestand=lopend-traject.yaml").body;
    assert_eq!(
        page.matches("<td class=\"stand-actueel\" data-kop=\"Stand\">actueel</td>")
            .count(),
        3,
        "{page}"
    );
    assert!(
        page.contains("<iframe class=\"pdf\" src=\"/pdf/S2-2026-031-voortgangsrapportage-03.pdf\"")
    );
    // Findings in plain Dutch, where they stand in the file, linked to the
    // section they are about.
    let page = w.get("/dossier?bestand=afgerond-plaatsing.yaml").body;
    assert!(
        page.contains("<li class=\"advies\"><strong>advies</strong> · <span class=\"plaats\">regel 368, kolom 14</span> · <a href=\"#rapportages\">voortgangsrapportage 4, periode</a>: in de periode van rapportage 4"),
        "{page}"
    );
    let pdf = w.get("/pdf/S2-2026-031-voortgangsrapportage-03.pdf");
    assert_eq!(pdf.status, 200);
    assert_eq!(
        pdf.header("content-type").as_deref(),
        Some("application/pdf")
    );
}

#[test]
fn nothing_outside_the_folder_and_its_documents_is_served() {
    let dir = samples_copy();
    // Links in the output folder, by the names of PDFs, to files outside it.
    let out = dir.path().join("rapportages");
    std::fs::create_dir(&out).unwrap();
    std::os::unix::fs::symlink("/etc/passwd", out.join("wachtwoorden.pdf")).unwrap();
    std::os::unix::fs::symlink(
        dir.path().join("lopend-traject.yaml"),
        out.join("S2-2026-031-voortgangsrapportage-01.pdf"),
    )
    .unwrap();
    std::fs::create_dir(out.join("map.pdf")).unwrap();
    let w = start(dir.path());
    for path in [
        "/dossier?bestand=../../../etc/passwd",
        "/dossier?bestand=%2Fetc%2Fpasswd",
        "/dossier?bestand=bureau.yaml",
        "/pdf/..%2F..%2F..%2Fetc%2Fpasswd",
        "/pdf/..%2Flopend-traject.yaml",
        "/pdf/lopend-traject.yaml",
        "/pdf/.spoor2-manifest.json",
        "/pdf/wachtwoorden.pdf",
        "/pdf/S2-2026-031-voortgangsrapportage-01.pdf",
        "/pdf/map.pdf",
        "/lopend-traject.yaml",
        "/../../etc/passwd",
    ] {
        let a = w.get(path);
        assert!(a.status == 404, "{path}: {} {}", a.status, a.body);
        assert!(!a.body.contains("root:"), "{path}");
        assert!(!a.body.contains("werknemer:"), "{path}");
    }
    let a = w.get("/pdf/wachtwoorden.pdf");
    refused(&a, 404, "Niet gevonden", "Dit document is er (nog) niet.");
}

#[test]
fn a_post_needs_the_form_token_and_our_origin() {
    let dir = samples_copy();
    let w = start(dir.path());
    let before = std::fs::read(dir.path().join("lopend-traject.yaml")).unwrap();
    let form = [
        ("bestand", "lopend-traject.yaml"),
        ("onderdeel", "activiteit"),
        ("datum", "2026-11-20"),
        ("soort", "coachingsgesprek"),
        ("omschrijving", "Gesprek over de volgende stap."),
    ];
    // Without the token in the form (a cross-site form cannot know it).
    let a = w.post("/toevoegen", &form);
    refused(
        &a,
        403,
        "Geweigerd",
        "Het formulier hoort niet bij deze werkplek.",
    );
    // From another site's page, even with the token.
    let mut with_token = form.to_vec();
    with_token.push(("token", &w.token));
    let body: Vec<String> = with_token
        .iter()
        .map(|(k, v)| format!("{k}={}", enc(v)))
        .collect();
    let host = format!("Host: {}", w.host());
    let cookie = format!("Cookie: {}", w.cookie());
    let other_port = format!("Origin: http://127.0.0.1:{}", w.port + 1);
    // From another site's page, from a page without an origin, from another
    // werkplek on another port, or with nothing that says where from.
    let foreign: [&[&str]; 6] = [
        &["Origin: http://evil.example"],
        &["Origin: null"],
        &[&other_port],
        &["Sec-Fetch-Site: same-site"],
        &["Sec-Fetch-Site: cross-site"],
        &[],
    ];
    for extra in foreign {
        let mut headers = vec![host.clone(), cookie.clone()];
        headers.extend(extra.iter().map(|h| h.to_string()));
        let a = w.request("POST", "/toevoegen", &headers, &body.join("&"));
        refused(
            &a,
            403,
            "Geweigerd",
            "Een wijziging kan alleen vanuit de werkplek zelf.",
        );
    }
    assert_eq!(
        std::fs::read(dir.path().join("lopend-traject.yaml")).unwrap(),
        before
    );
    // Our own pages: by their Origin (either name the werkplek answers to),
    // or, without one, by the browser's Fetch Metadata.
    let localhost = format!("localhost:{}", w.port);
    let accepted: [Vec<String>; 3] = [
        vec![host.clone(), format!("Origin: http://{}", w.host())],
        vec![
            format!("Host: {localhost}"),
            format!("Origin: http://{localhost}"),
        ],
        vec![host.clone(), "Sec-Fetch-Site: same-origin".to_string()],
    ];
    for mut headers in accepted {
        headers.push(cookie.clone());
        let a = w.request("POST", "/toevoegen", &headers, &body.join("&"));
        assert_eq!(a.status, 303, "{headers:?}: {}", a.body);
        let to = a.header("location").unwrap();
        assert!(to.contains("&melding=activiteit"), "{to}");
    }
    let before = std::fs::read(dir.path().join("lopend-traject.yaml")).unwrap();
    // A GET changes nothing either.
    let a = w.get("/toevoegen");
    assert_eq!(a.status, 405);
    assert_eq!(
        std::fs::read(dir.path().join("lopend-traject.yaml")).unwrap(),
        before
    );
}

#[test]
fn every_refusal_is_a_dutch_page_with_the_headers_of_a_page() {
    let dir = samples_copy();
    let w = start(dir.path());
    let pages = [
        (
            "/dossier",
            400,
            "Geweigerd",
            "Dit adres is onvolledig of klopt niet. Open het dossier vanuit de caseload.",
        ),
        (
            "/rapportage?bestand=lopend-traject.yaml",
            400,
            "Geweigerd",
            "Dit adres is onvolledig of klopt niet. Open het dossier vanuit de caseload.",
        ),
        (
            "/dossier?bestand=anders.yaml",
            404,
            "Niet gevonden",
            "Dit dossier staat niet in de map van de werkplek.",
        ),
        (
            "/rapportage?bestand=lopend-traject.yaml&welke=x",
            404,
            "Niet gevonden",
            "Deze rapportage kent de werkplek niet.",
        ),
        (
            "/pdf/..%2Fx.pdf",
            404,
            "Niet gevonden",
            "Dit is geen document van de werkplek.",
        ),
        (
            "/pdf/%FF.pdf",
            404,
            "Niet gevonden",
            "Dit is geen document van de werkplek.",
        ),
        (
            "/bestaat-niet",
            404,
            "Niet gevonden",
            "Deze pagina bestaat niet in de werkplek.",
        ),
        (
            "/toevoegen",
            405,
            "Geweigerd",
            "Dit adres is geen pagina om te openen: een wijziging gaat alleen via een knop of formulier van de werkplek.",
        ),
    ];
    for (path, status, heading, why) in pages {
        let a = w.get(path);
        refused(&a, status, heading, why);
    }
    // Forms the werkplek cannot read as one.
    let host = format!("Host: {}", w.host());
    let cookie = format!("Cookie: {}", w.cookie());
    let origin = format!("Origin: http://{}", w.host());
    let form = format!("token={}&bestand=lopend-traject.yaml", w.token);
    let unreadable = "Het formulier kon niet worden gelezen. Open de pagina opnieuw vanuit de werkplek en probeer het nog eens.";
    let a = w.request(
        "POST",
        "/toevoegen",
        &[
            host.clone(),
            cookie.clone(),
            origin.clone(),
            "Content-Type: text/plain".into(),
        ],
        &form,
    );
    refused(&a, 415, "Geweigerd", unreadable);
    let big = format!("{form}&omschrijving={}", "a".repeat(3 * 1024 * 1024));
    let a = w.request("POST", "/toevoegen", &[host, cookie, origin], &big);
    refused(
        &a,
        413,
        "Geweigerd",
        "Wat er is verstuurd, is te groot voor de werkplek.",
    );
    // Pages carry the same headers.
    let a = w.get("/");
    for (name, value) in SECURITY {
        assert_eq!(a.header(name).as_deref(), Some(value), "{name}");
    }
}

#[test]
fn an_edit_by_form_equals_the_same_edit_by_command_and_can_be_undone() {
    let by_form = samples_copy();
    let by_command = samples_copy();
    let journal = "lopend-traject.yaml";
    let original = std::fs::read(by_form.path().join(journal)).unwrap();
    let w = start(by_form.path());
    let a = w.post(
        "/toevoegen",
        &[
            ("token", &w.token),
            ("bestand", journal),
            ("onderdeel", "activiteit"),
            ("datum", "2026-10-21"),
            ("soort", "netwerkgesprek"),
            (
                "omschrijving",
                "Gesprek met een planner van \"Lekvliet\": #1 tip, 50% kans.",
            ),
            ("duur", "45"),
        ],
    );
    assert_eq!(a.status, 303, "{}", a.body);
    let to = a.header("location").unwrap();
    assert!(
        to.starts_with("/dossier?bestand=lopend-traject.yaml&melding=activiteit%20van%2021%20oktober%202026%20toegevoegd"),
        "{to}"
    );
    let o = run_in(
        by_command.path(),
        &[
            "toevoegen",
            journal,
            "activiteit",
            "--datum",
            "2026-10-21",
            "--soort",
            "netwerkgesprek",
            "--omschrijving",
            "Gesprek met een planner van \"Lekvliet\": #1 tip, 50% kans.",
            "--duur",
            "45",
            "--niet-vragen",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let form_result = std::fs::read_to_string(by_form.path().join(journal)).unwrap();
    assert_eq!(
        form_result,
        std::fs::read_to_string(by_command.path().join(journal)).unwrap()
    );
    assert_ne!(form_result.as_bytes(), original.as_slice());
    // The page shows the message and the new entry.
    let page = w.get(&to).body;
    assert!(
        page.contains("activiteit van 21 oktober 2026 toegevoegd aan activiteiten"),
        "{page}"
    );
    assert!(
        page.contains("Gesprek met een planner van &quot;Lekvliet&quot;: #1 tip, 50% kans."),
        "{page}"
    );

    // A refused edit says why and leaves the file alone.
    let a = w.post(
        "/toevoegen",
        &[
            ("token", &w.token),
            ("bestand", journal),
            ("onderdeel", "activiteit"),
            ("datum", "2026-10-22"),
            ("soort", "koffie"),
            ("omschrijving", "x"),
        ],
    );
    assert_eq!(a.status, 200, "{}", a.body);
    assert!(a.body.contains("role=\"alert\""), "{}", a.body);
    assert!(a.body.contains("koffie"), "{}", a.body);
    assert_eq!(
        std::fs::read_to_string(by_form.path().join(journal)).unwrap(),
        form_result
    );
    // So is an entry dated after the werkplek's day, as by `toevoegen`.
    let a = w.post(
        "/toevoegen",
        &[
            ("token", &w.token),
            ("bestand", journal),
            ("onderdeel", "activiteit"),
            ("datum", "2062-11-20"),
            ("soort", "netwerkgesprek"),
            ("omschrijving", "Gesprek."),
        ],
    );
    // Refused: the case page again, with the reason and the typed text.
    assert_eq!(a.status, 200);
    let page = a.body;
    assert!(page.contains("Gesprek."), "{page}");
    assert!(
        page.contains("role=\"alert\">niets toegevoegd: de datum 20 november 2062 ligt na de peildatum (24 november 2026); een activiteit wordt vastgelegd als ze heeft plaatsgevonden"),
        "{page}"
    );
    assert_eq!(
        std::fs::read_to_string(by_form.path().join(journal)).unwrap(),
        form_result
    );

    // Undo puts the original back.
    let a = w.post("/ongedaan", &[("token", &w.token), ("bestand", journal)]);
    assert_eq!(a.status, 303);
    assert_eq!(
        std::fs::read(by_form.path().join(journal)).unwrap(),
        original
    );
}

/// What the case page says in its alert after a refused form: the page
/// the answer leads to, or the answer itself.
fn alert(w: &Werkplek, a: &Answer) -> String {
    let page = if a.status == 303 {
        w.get(&a.header("location").unwrap()).body
    } else {
        a.body.clone()
    };
    let start = page
        .find("role=\"alert\">")
        .unwrap_or_else(|| panic!("no alert: {page}"))
        + "role=\"alert\">".len();
    let end = start + page[start..].find("</p>").unwrap();
    page[start..end].to_string()
}

#[test]
fn a_refusal_speaks_in_the_words_of_the_form() {
    let dir = samples_copy();
    let journal = "lopend-traject.yaml";
    let before = std::fs::read(dir.path().join(journal)).unwrap();
    let w = start(dir.path());
    let add = |fields: &[(&str, &str)]| {
        let mut all = vec![("token", w.token.as_str()), ("bestand", journal)];
        all.extend_from_slice(fields);
        alert(&w, &w.post("/toevoegen", &all))
    };
    let activity = |datum: &'static str, omschrijving: &'static str, duur: &'static str| {
        [
            ("onderdeel", "activiteit"),
            ("datum", datum),
            ("soort", "coachingsgesprek"),
            ("omschrijving", omschrijving),
            ("duur", duur),
        ]
    };
    assert_eq!(
        add(&activity("2026-13-01", "Gesprek.", "")),
        "niets toegevoegd: Datum: &#39;2026-13-01&#39; is geen datum; schrijf bijvoorbeeld 2026-11-24, 24-11-2026, vandaag of gisteren"
    );
    assert_eq!(
        add(&activity("2026-11-20", "", "")),
        "niets toegevoegd: &#39;Wat er gedaan is en met welk resultaat&#39; is niet ingevuld"
    );
    assert_eq!(
        add(&activity("2026-11-20", "Gesprek.", "een uur")),
        "niets toegevoegd: Duur (minuten): &#39;een uur&#39; is geen aantal minuten"
    );
    assert_eq!(
        add(&[
            ("onderdeel", "sollicitatie"),
            ("datum", "2026-11-20"),
            ("kanaal", "netwerk"),
            ("status", "verstuurd"),
            ("werkgever", ""),
            ("functie", "Planner"),
        ]),
        "niets toegevoegd: &#39;Werkgever&#39; is niet ingevuld"
    );
    // An entry that would give the journal an error: the field in words,
    // not activiteiten[1].datum.
    assert_eq!(
        add(&activity("2020-11-01", "Gesprek.", "")),
        "niets toegevoegd: met deze activiteit zou het dossier fouten hebben; het bestand is niet veranderd. Fout: activiteit 1, datum: deze activiteit (1 november 2020) ligt vóór de aanmelding (20 juli 2026)"
    );
    assert_eq!(std::fs::read(dir.path().join(journal)).unwrap(), before);

    // Making the reports of a journal with an error says which, in words.
    let path = dir.path().join(journal);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replacen("  - datum: 2026-08-05\n", "  - datum: 2024-08-05\n", 1),
    )
    .unwrap();
    for wat in ["alle", "dossier"] {
        let a = w.post(
            "/maak",
            &[("token", &w.token), ("bestand", journal), ("wat", wat)],
        );
        let said = alert(&w, &a);
        assert!(
            said.ends_with(". Fout: activiteit 2, datum: deze activiteit (5 augustus 2024) ligt vóór de aanmelding (20 juli 2026)"),
            "{wat}: {said}"
        );
        assert!(!said.contains("activiteiten[2]"), "{said}");
        assert!(!said.contains(dir.path().to_str().unwrap()), "{said}");
    }
}

#[test]
fn a_refused_form_comes_back_with_everything_typed() {
    let dir = samples_copy();
    let journal = "lopend-traject.yaml";
    let before = std::fs::read(dir.path().join(journal)).unwrap();
    let w = start(dir.path());
    // Each add form, refused for one value, with what the page must show
    // in its fields.
    type Case<'a> = (&'a [(&'a str, &'a str)], &'a str, &'a [&'a str]);
    let cases: [Case; 4] = [
        (
            &[
                ("onderdeel", "activiteit"),
                ("datum", "2020-11-01"),
                ("soort", "netwerkgesprek"),
                ("duur", "45"),
                (
                    "omschrijving",
                    "Gesprek met \"De Lek\" & co.\r\nTweede regel.",
                ),
            ],
            "niets toegevoegd: met deze activiteit zou het dossier fouten hebben; het bestand is niet veranderd. Fout: activiteit 1, datum: deze activiteit (1 november 2020) ligt vóór de aanmelding (20 juli 2026)",
            &[
                "<input id=\"a-datum\" aria-invalid=\"true\" aria-describedby=\"a-datum-fout\" autofocus name=\"datum\" type=\"text\" inputmode=\"numeric\" autocomplete=\"off\" placeholder=\"dd-mm-jjjj\" value=\"2020-11-01\" required><p class=\"veld-fout\" id=\"a-datum-fout\">niets toegevoegd: met deze activiteit zou het dossier fouten hebben; het bestand is niet veranderd. Fout: activiteit 1, datum: deze activiteit (1 november 2020) ligt vóór de aanmelding (20 juli 2026)</p>",
                "<option value=\"netwerkgesprek\" selected>",
                "<input id=\"a-duur\" name=\"duur\" type=\"number\" min=\"1\" max=\"1440\" value=\"45\">",
                "required>Gesprek met &quot;De Lek&quot; &amp; co.\nTweede regel.</textarea>",
            ],
        ),
        (
            &[
                ("onderdeel", "sollicitatie"),
                ("datum", "2026-11-20"),
                ("kanaal", "uitzendbureau"),
                ("status", "uitgenodigd"),
                ("werkgever", ""),
                ("functie", "Planner binnendienst"),
                ("resultaat", "Gesprek op 1 december."),
            ],
            "niets toegevoegd: &#39;Werkgever&#39; is niet ingevuld",
            &[
                "<input id=\"s-datum\" name=\"datum\" type=\"text\" inputmode=\"numeric\" autocomplete=\"off\" placeholder=\"dd-mm-jjjj\" value=\"2026-11-20\" required>",
                "<option value=\"uitzendbureau\" selected>",
                "<option value=\"uitgenodigd\" selected>",
                "<input id=\"s-werkgever\" aria-invalid=\"true\" aria-describedby=\"s-werkgever-fout\" autofocus name=\"werkgever\" value=\"\" required><p class=\"veld-fout\" id=\"s-werkgever-fout\">niets toegevoegd: &#39;Werkgever&#39; is niet ingevuld</p>",
                "<input id=\"s-functie\" name=\"functie\" value=\"Planner binnendienst\" required>",
                "<input id=\"s-resultaat\" name=\"resultaat\" value=\"Gesprek op 1 december.\">",
            ],
        ),
        (
            &[
                ("onderdeel", "contact"),
                ("datum", "2026-11-19"),
                ("vorm", "mail"),
                ("met", ""),
                ("onderwerp", "Proefplaatsing <december>"),
                ("uitkomst", "Akkoord in principe."),
            ],
            "niets toegevoegd: &#39;Met wie&#39; is niet ingevuld",
            &[
                "<input id=\"c-datum\" name=\"datum\" type=\"text\" inputmode=\"numeric\" autocomplete=\"off\" placeholder=\"dd-mm-jjjj\" value=\"2026-11-19\" required>",
                "<input id=\"c-met\" aria-invalid=\"true\" aria-describedby=\"c-met-fout\" autofocus name=\"met\" value=\"\" required><p class=\"veld-fout\" id=\"c-met-fout\">niets toegevoegd: &#39;Met wie&#39; is niet ingevuld</p>",
                "<option value=\"mail\" selected>",
                "<input id=\"c-onderwerp\" name=\"onderwerp\" value=\"Proefplaatsing &lt;december&gt;\" required>",
                "<input id=\"c-uitkomst\" name=\"uitkomst\" value=\"Akkoord in principe.\">",
            ],
        ),
        (
            &[
                ("onderdeel", "maatregel"),
                ("datum", ""),
                ("soort", "proefplaatsing"),
                ("omschrijving", "Proefplaatsing van vier weken afgesproken."),
            ],
            "niets toegevoegd: &#39;Datum&#39; is niet ingevuld",
            &[
                "<input id=\"m-datum\" aria-invalid=\"true\" aria-describedby=\"m-datum-fout\" autofocus name=\"datum\" type=\"text\" inputmode=\"numeric\" autocomplete=\"off\" placeholder=\"dd-mm-jjjj\" value=\"\" required><p class=\"veld-fout\" id=\"m-datum-fout\">niets toegevoegd: &#39;Datum&#39; is niet ingevuld</p>",
                "<option value=\"proefplaatsing\" selected>",
                "required>Proefplaatsing van vier weken afgesproken.</textarea>",
            ],
        ),
    ];
    for (form, said, fields) in cases {
        let mut all = vec![("token", w.token.as_str()), ("bestand", journal)];
        all.extend_from_slice(form);
        let a = w.post("/toevoegen", &all);
        assert_eq!(a.status, 200, "{}", a.body);
        let page = &a.body;
        assert_eq!(alert(&w, &a), said);
        for field in fields {
            assert!(page.contains(field), "{field}\n{page}");
        }
        // The form that was sent is the one open; the page is not
        // reloaded by a change elsewhere while it holds the typing.
        let which = form[0].1;
        let open: Vec<&str> = ["activiteit", "sollicitatie", "contact", "maatregel"]
            .into_iter()
            .filter(|f| {
                let summary = match *f {
                    "activiteit" => "Activiteit toevoegen",
                    "sollicitatie" => "Sollicitatie toevoegen",
                    "contact" => "Contact met de werkgever toevoegen",
                    _ => "Maatregel bij stagnatie toevoegen",
                };
                page.contains(&format!("<details open>\n<summary>{summary}</summary>"))
            })
            .collect();
        assert_eq!(open, [which], "{page}");
        assert!(page.contains("data-onopgeslagen=\"1\""), "{page}");
        // One field is marked, and only one.
        assert_eq!(page.matches("aria-invalid=\"true\"").count(), 1, "{page}");
        assert_eq!(std::fs::read(dir.path().join(journal)).unwrap(), before);
    }
    // The other forms keep today's date and nothing else.
    let page = w.get("/dossier?bestand=lopend-traject.yaml").body;
    assert!(
        page.contains(
            "<input id=\"a-datum\" name=\"datum\" type=\"text\" inputmode=\"numeric\" autocomplete=\"off\" placeholder=\"dd-mm-jjjj\" value=\"24-11-2026\" required>"
        ),
        "{page}"
    );
    assert!(page.contains("required></textarea>"), "{page}");
    assert!(!page.contains("data-onopgeslagen"), "{page}");
    assert!(!page.contains(" selected>"), "{page}");
}

#[test]
fn hostile_journal_text_is_shown_literally() {
    let dir = tempfile::tempdir().unwrap();
    let hostile = MINIMAL
        .replace(
            "naam: Test Werknemer",
            "naam: \"<script>alert('naam')</script>\"",
        )
        .replace(
            "naam: Testbedrijf B.V.",
            "naam: \"\\\"><img src=x onerror=alert(1)>\"",
        );
    assert_ne!(hostile, MINIMAL);
    write(dir.path(), "d.yaml", &hostile);
    let w = start(dir.path());
    for page in [w.get("/").body, w.get("/dossier?bestand=d.yaml").body] {
        assert!(!page.contains("<script>alert"), "{page}");
        assert!(!page.contains("<img src=x"), "{page}");
        assert!(page.contains("&lt;script&gt;alert("), "{page}");
        assert!(
            page.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"),
            "{page}"
        );
    }
}

#[test]
fn each_kind_of_entry_by_form_equals_the_same_entry_by_command() {
    let journal = "lopend-traject.yaml";
    // The form's fields, and the same entry as toevoegen's arguments.
    type Case<'a> = (&'a [(&'a str, &'a str)], &'a [&'a str]);
    let cases: [Case; 3] = [
        (
            &[
                ("onderdeel", "sollicitatie"),
                ("datum", "2026-11-02"),
                ("werkgever", "Koel & Vries Logistiek"),
                ("functie", "Medewerker klantenservice"),
                ("kanaal", "vacaturesite"),
                ("status", "verstuurd"),
                ("resultaat", ""),
            ],
            &[
                "sollicitatie",
                "--datum",
                "2026-11-02",
                "--werkgever",
                "Koel & Vries Logistiek",
                "--functie",
                "Medewerker klantenservice",
                "--kanaal",
                "vacaturesite",
                "--status",
                "verstuurd",
            ],
        ),
        (
            &[
                ("onderdeel", "contact"),
                ("datum", "2026-11-03"),
                ("vorm", "telefoon"),
                ("met", "Petra Brouwer"),
                (
                    "onderwerp",
                    "Stand van de zoektocht: twee sollicitaties lopen.",
                ),
                ("uitkomst", "Werkgever denkt mee over een proefplaatsing."),
            ],
            &[
                "contact",
                "--datum",
                "2026-11-03",
                "--vorm",
                "telefoon",
                "--met",
                "Petra Brouwer",
                "--onderwerp",
                "Stand van de zoektocht: twee sollicitaties lopen.",
                "--uitkomst",
                "Werkgever denkt mee over een proefplaatsing.",
            ],
        ),
        (
            &[
                ("onderdeel", "maatregel"),
                ("datum", "2026-11-04"),
                ("soort", "bijstelling-zoekprofiel"),
                ("omschrijving", "Zoekprofiel verbreed naar klantenservice."),
            ],
            &[
                "maatregel",
                "--datum",
                "2026-11-04",
                "--soort",
                "bijstelling-zoekprofiel",
                "--omschrijving",
                "Zoekprofiel verbreed naar klantenservice.",
            ],
        ),
    ];
    for (form, command) in cases {
        let by_form = samples_copy();
        let by_command = samples_copy();
        let w = start(by_form.path());
        let mut fields = vec![("token", w.token.as_str()), ("bestand", journal)];
        fields.extend_from_slice(form);
        let a = w.post("/toevoegen", &fields);
        assert_eq!(a.status, 303, "{}", a.body);
        let to = a.header("location").unwrap();
        assert!(to.contains("&melding="), "{command:?}: {to}");
        let mut args = vec!["toevoegen", journal];
        args.extend_from_slice(command);
        args.extend(["--peildatum", "2026-11-24", "--niet-vragen"]);
        let o = run_in(by_command.path(), &args);
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        assert_eq!(
            std::fs::read_to_string(by_form.path().join(journal)).unwrap(),
            std::fs::read_to_string(by_command.path().join(journal)).unwrap(),
            "{command:?}"
        );
    }
}

#[test]
fn a_journal_that_cannot_be_read_shows_its_errors() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "kapot.yaml",
        &MINIMAL.replace("versie: 1", "versie: een"),
    );
    let w = start(dir.path());
    let a = w.get("/dossier?bestand=kapot.yaml");
    assert_eq!(a.status, 200, "{}", a.body);
    assert!(a.body.contains("<h1>kapot.yaml</h1>"), "{}", a.body);
    assert!(
        a.body.contains("<li class=\"fout\"><strong>fout</strong> · <span class=\"plaats\">regel 1, kolom 9</span> · versie: "),
        "{}",
        a.body
    );
    // Nothing to add to a journal that cannot be read.
    assert!(!a.body.contains("action=\"/toevoegen\""), "{}", a.body);
}

/// The first line `spoor2 check` prints about `name` in `dir`:
/// `name:line:col: fout: message`, or `name: fout: message`.
fn first_check_error(dir: &Path, name: &str) -> String {
    let o = run_in(dir, &["check", name, "--peildatum", "2026-11-24"]);
    let all = format!("{}{}", stdout(&o), stderr(&o));
    all.lines()
        .find(|l| l.contains(": fout"))
        .unwrap_or_else(|| panic!("no error for {name}: {all}"))
        .to_string()
}

#[test]
fn a_broken_journal_stays_on_the_caseload_with_its_first_error() {
    let dir = samples_copy();
    let d = dir.path();
    write(
        d,
        "syntax.yaml",
        &MINIMAL.replace("  naam: Test Werknemer\n", "  naam: \"Test Werknemer\n"),
    );
    write(d, "leeg.yaml", "");
    std::fs::write(d.join("binair.yaml"), b"versie: 2\ndossier: \x00\x01\x02").unwrap();
    // A link to a journal elsewhere is listed like any other...
    let elsewhere = tempfile::tempdir().unwrap();
    write(
        elsewhere.path(),
        "gedeeld.yaml",
        &MINIMAL.replace("dossier: T-001", "dossier: T-LINK"),
    );
    std::os::unix::fs::symlink(
        elsewhere.path().join("gedeeld.yaml"),
        d.join("gekoppeld.yaml"),
    )
    .unwrap();
    // ...and a link to nothing says so.
    std::os::unix::fs::symlink(d.join("bestaat-niet.yaml"), d.join("weg.yaml")).unwrap();
    // What each broken file shows: where, as `spoor2 check` says, and what.
    let mut expected = vec![
        (
            "syntax.yaml",
            "syntax.yaml:4:9",
            "een tekst tussen aanhalingstekens wordt niet afgesloten",
        ),
        ("leeg.yaml", "leeg.yaml", "het bestand is leeg"),
        (
            "binair.yaml",
            "binair.yaml:2:10",
            "het bestand bevat binaire gegevens en is geen tekstbestand",
        ),
        (
            "weg.yaml",
            "weg.yaml",
            "kan het bestand niet lezen: het bestand of de map bestaat niet",
        ),
    ];
    // A file its owner alone may read: as root every file is readable.
    let root = unsafe { libc::geteuid() } == 0;
    if !root {
        use std::os::unix::fs::PermissionsExt;
        let path = write(d, "geheim.yaml", MINIMAL);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
        expected.push((
            "geheim.yaml",
            "geheim.yaml",
            "kan het bestand niet lezen: geen toestemming (controleer de rechten op het bestand of de map)",
        ));
    }
    for (name, place, _) in &expected[..3] {
        let said = first_check_error(d, name);
        assert!(said.starts_with(&format!("{place}: fout")), "{said}");
    }

    let w = start(d);
    for page in ["/", "/?actie=1", "/?coach=Sietske%20Bouma"] {
        let body = w.get(page).body;
        for (name, place, message) in &expected {
            let row = format!(
                "<tr class=\"actie onleesbaar\">\n      <td class=\"nummer\" data-kop=\"Dossier\"><a href=\"/dossier?bestand={name}\">{name}</a></td>"
            );
            assert!(body.contains(&row), "{page}: {name}: {body}");
            let mark = format!(
                "<span class=\"fout\">kan niet worden gelezen</span><br><span class=\"eerste-fout\"><code>{place}</code>: {message}</span>"
            );
            assert!(body.contains(&mark), "{page}: {name}: {body}");
        }
    }
    // Broken files first, the cases after.
    let body = w.get("/").body;
    let row = |s: &str| body.find(s).unwrap_or_else(|| panic!("{s}: {body}"));
    assert!(row(">weg.yaml</a>") < row(">S2-2026-031</a>"), "{body}");
    assert!(
        body.contains("<a href=\"/dossier?bestand=gekoppeld.yaml\">T-LINK</a>"),
        "{body}"
    );

    // The case page: every finding with its line and column.
    let page = w.get("/dossier?bestand=syntax.yaml").body;
    assert!(
        page.contains("<li class=\"fout\"><strong>fout</strong> · <span class=\"plaats\">regel 4, kolom 9</span>: een tekst tussen aanhalingstekens wordt niet afgesloten"),
        "{page}"
    );
    let page = w.get("/dossier?bestand=weg.yaml").body;
    assert!(
        page.contains("<li class=\"fout\"><strong>fout</strong>: kan het bestand niet lezen: het bestand of de map bestaat niet</li>"),
        "{page}"
    );
    let page = w.get("/dossier?bestand=gekoppeld.yaml").body;
    assert!(page.contains("<h1>Test Werknemer</h1>"), "{page}");
}

#[test]
fn a_journal_with_errors_shows_its_first_error_on_the_caseload() {
    let dir = samples_copy();
    let name = "lopend-traject.yaml";
    let path = dir.path().join(name);
    let text = std::fs::read_to_string(&path).unwrap();
    let broken = text.replacen("  - datum: 2026-08-05\n", "  - datum: 2024-08-05\n", 1);
    assert_ne!(broken, text);
    std::fs::write(&path, broken).unwrap();
    let message = "deze activiteit (5 augustus 2024) ligt vóór de aanmelding (20 juli 2026)";
    assert_eq!(
        first_check_error(dir.path(), name),
        format!("lopend-traject.yaml:166:12: fout: activiteiten[2].datum: {message}")
    );
    let w = start(dir.path());
    for page in ["/", "/?actie=1"] {
        let body = w.get(page).body;
        assert!(
            body.contains(&format!("<span class=\"fout\">1 fout, 0 waarschuwingen</span><br><span class=\"eerste-fout\"><code>lopend-traject.yaml:166:12</code>: activiteit 2, datum: {message}</span>")),
            "{body}"
        );
    }
    let page = w.get("/dossier?bestand=lopend-traject.yaml").body;
    assert!(
        page.contains(&format!("<li class=\"fout\"><strong>fout</strong> · <span class=\"plaats\">regel 166, kolom 12</span> · <a href=\"#activiteiten\">activiteit 2, datum</a>: {message}")),
        "{page}"
    );
}

#[test]
fn a_written_narrative_is_edited_in_place_keeping_everything_else() {
    let dir = samples_copy();
    let journal = "lopend-traject.yaml";
    let path = dir.path().join(journal);
    let original = std::fs::read_to_string(&path).unwrap();
    let w = start(dir.path());

    // The form holds the report's texts as the journal has them.
    let page = w
        .get("/rapportage?bestand=lopend-traject.yaml&welke=2")
        .body;
    assert!(page.contains("<h1>Voortgangsrapportage 2</h1>"), "{page}");
    assert!(
        page.contains("periode 1 september 2026 t/m 30 september 2026"),
        "{page}"
    );
    assert!(
        page.contains(
            "required>Goed. Mevrouw Verhoeven neemt zelf initiatief en houdt een overzicht bij van\nhaar sollicitaties.</textarea>"
        ),
        "{page}"
    );
    // ...and what happened in the period, to write from.
    assert!(page.contains("In deze periode"), "{page}");

    let belemmeringen = "    belemmeringen: |\n      Twee afwijzingen in korte tijd raakten het zelfvertrouwen. Dit is in de\n      coachingsgesprekken besproken.\n";
    assert!(original.contains(belemmeringen));
    let visie = "    visie_werknemer: |\n      De meeloopdag was leuk. Ik merk dat ik het klantcontact prettig vind.\n";
    assert!(original.contains(visie));
    // The employee and the employer have seen this text: the page says so.
    assert!(
        page.contains("<p>Deze rapportage is door de werknemer gezien op 5 oktober 2026 (akkoord) en op 5 oktober 2026 aan de werkgever verzonden. Wie de tekst nu wijzigt"),
        "{page}"
    );
    let edit: Vec<(&str, &str)> = vec![
        ("token", &w.token),
        ("bestand", journal),
        ("welke", "2"),
        ("voortgang", "Vier modules afgerond.\r\nDrie sollicitaties."),
        ("belemmeringen", "Twee afwijzingen: besproken."),
        (
            "inzet_werknemer",
            "Goed. Mevrouw Verhoeven neemt zelf initiatief en houdt een overzicht bij van\r\nhaar sollicitaties.",
        ),
        (
            "afspraken",
            "- Cursus Excel afronden vóór half oktober.\r\n- Per week minimaal één sollicitatie; brief per vacature aanpassen.\r\n- De coach zoekt een werkervaringsplaats als tussenstap.",
        ),
        ("visie_werknemer", ""),
    ];
    // Without the confirmation nothing changes, and the typed text stays.
    let a = w.post("/rapportage", &edit);
    assert_eq!(a.status, 200);
    assert!(
        a.body.contains("role=\"alert\">er is niets gewijzigd: deze rapportage is door de werknemer gezien op 5 oktober 2026 (akkoord) en op 5 oktober 2026 aan de werkgever verzonden; vink aan dat u die tekst toch wijzigt.<br>"),
        "{}",
        a.body
    );
    assert!(
        a.body
            .contains(">Vier modules afgerond.\nDrie sollicitaties.</textarea>"),
        "{}",
        a.body
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), original);
    let mut confirmed = edit.clone();
    confirmed.push(("bevestigd", "1"));
    let a = w.post("/rapportage", &confirmed);
    let (to, page) = follow(&w, &a);
    assert!(
        to.ends_with("&melding=de%20tekst%20van%20de%20voortgangsrapportage%202%20is%20opgeslagen"),
        "{to}"
    );
    assert!(
        page.contains("role=\"status\">de tekst van de voortgangsrapportage 2 is opgeslagen</p>"),
        "{page}"
    );
    let voortgang = "    voortgang: |\n      In september is mevrouw Verhoeven begonnen met de cursus Excel basis; zij heeft\n      vier van de acht modules afgerond. Er zijn drie sollicitaties verstuurd. Het\n      oriëntatiegesprek bij Groothandel Voorbeek gaf een goed beeld van het werk in de\n      voorraadadministratie. Op 30 september liep zij een dag mee bij een klantenservice.\n";
    assert!(original.contains(voortgang));
    let expected = original
        .replacen(
            voortgang,
            "    voortgang: |\n      Vier modules afgerond.\n      Drie sollicitaties.\n",
            1,
        )
        .replacen(
            belemmeringen,
            "    belemmeringen: \"Twee afwijzingen: besproken.\"\n",
            1,
        )
        .replacen(visie, "", 1);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), expected);

    // Undo brings the report back as it was.
    let a = w.post("/ongedaan", &[("token", &w.token), ("bestand", journal)]);
    assert_eq!(a.status, 303);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), original);
}

#[test]
fn a_new_report_by_form_is_checked_and_a_refusal_keeps_what_was_typed() {
    let dir = samples_copy();
    let journal = "lopend-traject.yaml";
    let path = dir.path().join(journal);
    let original = std::fs::read(&path).unwrap();
    // The day after the fourth period ends: the report can be written.
    let w = start_on(dir.path(), "2026-12-02");
    let page = w
        .get("/rapportage?bestand=lopend-traject.yaml&welke=nieuw")
        .body;
    assert!(
        page.contains("<h1>Nieuwe voortgangsrapportage 4</h1>"),
        "{page}"
    );
    assert!(
        page.contains("periode 1 november 2026 t/m 30 november 2026"),
        "{page}"
    );

    let form = |datum: &'static str, inzet: &'static str| {
        vec![
            ("welke", "nieuw"),
            ("datum", datum),
            (
                "voortgang",
                "Tweede gesprek bij <b>Logistiek</b> Centrum Kromvliet; zij heeft een burn-out.",
            ),
            ("belemmeringen", ""),
            ("inzet_werknemer", inzet),
            ("afspraken", "Proefplaatsing bespreken."),
            ("visie_werknemer", ""),
        ]
    };
    let post = |fields: Vec<(&str, &str)>| {
        let mut all = vec![("token", w.token.as_str()), ("bestand", journal)];
        all.extend(fields);
        w.post("/rapportage", &all)
    };

    // An empty required section: the form again, the text kept, nothing written.
    let a = post(form("2026-12-02", ""));
    assert_eq!(a.status, 200);
    assert!(
        a.body.contains("role=\"alert\">de rapportage is niet toegevoegd: &#39;Inzet van de werknemer&#39; is leeg.<br>Er is niets opgeslagen; uw tekst staat hieronder nog.</p>"),
        "{}",
        a.body
    );
    assert!(
        a.body.contains(">Tweede gesprek bij &lt;b&gt;Logistiek&lt;/b&gt; Centrum Kromvliet; zij heeft een burn-out.</textarea>"),
        "{}",
        a.body
    );
    assert!(a.body.contains("value=\"2026-12-02\""), "{}", a.body);
    // The privacy check ran on the text sent.
    assert!(
        a.body.contains("<li>&#39;burn-out&#39; wijst op een diagnose of ziekte; medische gegevens mogen niet naar de werkgever (AP-beleidsregels De zieke werknemer). Noem de ziekte of aandoening niet; beschrijf wat de werknemer wel en niet kan (bijvoorbeeld &#39;kan niet langer dan een uur achter elkaar zitten&#39;); staat het er bewust, leg het dan vast onder privacy_akkoord met de reden</li>"),
        "{}",
        a.body
    );
    // Dated before the end of its period: the check's own error, named.
    let a = post(form("2026-11-24", "Goed."));
    assert_eq!(a.status, 200);
    assert!(
        a.body.contains("role=\"alert\">niets toegevoegd: met deze voortgangsrapportage 4 zou het dossier fouten hebben; het bestand is niet veranderd. Fout: voortgangsrapportage 4, datum: de rapportage is gedateerd (24 november 2026) vóór het einde van haar periode (30 november 2026)."),
        "{}",
        a.body
    );
    assert_eq!(std::fs::read(&path).unwrap(), original);
    // Dated after the werkplek's day: refused, as by `rapportage`. The
    // refusal calls that day "vandaag" when it is the real date.
    let a = post(form("2026-12-03", "Goed."));
    assert_eq!(a.status, 200);
    let day = if chrono::Local::now().date_naive().to_string() == "2026-12-02" {
        "vandaag"
    } else {
        "de peildatum"
    };
    assert!(
        a.body.contains(&format!("role=\"alert\">de rapportage is niet toegevoegd: de datum 3 december 2026 ligt na {day} (2 december 2026); een rapportage wordt gedateerd op de dag dat ze is opgesteld")),
        "{}",
        a.body
    );
    assert_eq!(std::fs::read(&path).unwrap(), original);

    // Accepted: added after the third report, as `rapportage` adds it.
    let a = post(form("2026-12-02", "Goed."));
    let (to, _) = follow(&w, &a);
    assert!(
        to.ends_with("&melding=voortgangsrapportage%204%20toegevoegd"),
        "{to}"
    );
    let after = std::fs::read_to_string(&path).unwrap();
    let original = String::from_utf8(original).unwrap();
    // Written as its neighbours are: block style, a blank line between.
    let added = "  - periode:\n      van: 2026-11-01\n      tot: 2026-11-30\n    datum: 2026-12-02\n    auteur:\n      naam: Joost van Dam\n      functie: Loopbaanadviseur spoor 2\n    voortgang: Tweede gesprek bij <b>Logistiek</b> Centrum Kromvliet; zij heeft een burn-out.\n    inzet_werknemer: Goed.\n    afspraken: Proefplaatsing bespreken.\n";
    assert_eq!(
        after,
        original.replacen("\nnotities:", &format!("\n{added}\nnotities:"), 1)
    );
}

#[test]
fn the_privacy_check_answers_as_the_coach_types() {
    let dir = samples_copy();
    let w = start(dir.path());
    let a = w.post(
        "/privacy",
        &[
            ("token", &w.token),
            ("bestand", "lopend-traject.yaml"),
            ("tekst", "Zij gaat naar de psycholoog."),
        ],
    );
    assert_eq!(a.status, 200);
    assert_eq!(a.header("content-type").unwrap(), "application/json");
    assert_eq!(
        a.body,
        "{\"meldingen\":[\"'psycholoog' wijst op een medisch behandelaar; medische gegevens mogen niet naar de werkgever (AP-beleidsregels De zieke werknemer). Noem de behandelaar niet; schrijf bijvoorbeeld 'heeft een afspraak en is die ochtend niet beschikbaar'; staat het er bewust, leg het dan vast onder privacy_akkoord met de reden\"]}"
    );
    let a = w.post(
        "/privacy",
        &[
            ("token", &w.token),
            ("bestand", "lopend-traject.yaml"),
            ("tekst", "Zij solliciteert."),
        ],
    );
    assert_eq!(a.body, "{\"meldingen\":[]}");
    // Like every POST: without the form token, refused.
    let a = w.post(
        "/privacy",
        &[("bestand", "lopend-traject.yaml"), ("tekst", "x")],
    );
    refused(
        &a,
        403,
        "Geweigerd",
        "Het formulier hoort niet bij deze werkplek.",
    );
}

#[test]
fn the_make_buttons_make_a_report_all_reports_and_the_dossier() {
    let dir = samples_copy();
    let journal = "lopend-traject.yaml";
    let w = start(dir.path());
    let out = dir.path().join("rapportages");
    let make = |fields: &[(&str, &str)]| {
        let mut all = vec![("token", w.token.as_str()), ("bestand", journal)];
        all.extend_from_slice(fields);
        follow(&w, &w.post("/maak", &all))
    };
    let (to, page) = make(&[
        ("wat", "rapport"),
        ("naam", "S2-2026-031-voortgangsrapportage-02.pdf"),
    ]);
    assert!(
        to.ends_with("&melding=de%20rapportage%20is%20gemaakt"),
        "{to}"
    );
    let text = squash(&pdf_text(
        &out.join("S2-2026-031-voortgangsrapportage-02.pdf"),
    ));
    assert!(text.contains(&squash("Voortgangsrapportage spoor 2 Rapportage 2 · periode 1 september 2026 t/m 30 september 2026")), "{text}");
    assert!(!out.join("S2-2026-031-voortgangsrapportage-01.pdf").exists());
    // The page shows it, up to date, in the frame.
    assert!(
        page.contains("<iframe class=\"pdf\" src=\"/pdf/S2-2026-031-voortgangsrapportage-02.pdf\""),
        "{page}"
    );

    let (to, _) = make(&[("wat", "alle")]);
    assert!(
        to.ends_with("&melding=2%20rapportages%20gemaakt%2C%201%20was%20al%20actueel"),
        "{to}"
    );
    let (to, page) = make(&[("wat", "dossier")]);
    assert!(
        to.ends_with("&melding=het%20WIA-dossier%20is%20gemaakt"),
        "{to}"
    );
    let text = squash(&pdf_text(&out.join("S2-2026-031-wia-dossier.pdf")));
    assert!(text.contains(&squash("WIA-dossier")), "{text}");
    assert!(text.contains(&squash("Ilse Verhoeven")), "{text}");
    assert_eq!(
        page.matches("class=\"stand-actueel\" data-kop=\"Stand\">actueel")
            .count(),
        4,
        "{page}"
    );

    // A report the case does not have is refused.
    let (to, _) = make(&[("wat", "rapport"), ("naam", "ander-dossier.pdf")]);
    assert!(
        to.ends_with(
            "&fout=er%20is%20niets%20gemaakt%3A%20dit%20dossier%20heeft%20die%20rapportage%20niet"
        ),
        "{to}"
    );
}

#[test]
fn an_open_page_hears_of_a_change_made_elsewhere() {
    let dir = samples_copy();
    let w = start(dir.path());
    let mut s = TcpStream::connect(("127.0.0.1", w.port)).unwrap();
    s.set_read_timeout(Some(PATIENCE)).unwrap();
    write!(
        s,
        "GET /live HTTP/1.1\r\nHost: {}\r\nCookie: {}\r\n\r\n",
        w.host(),
        w.cookie()
    )
    .unwrap();
    let mut reader = BufReader::new(s);
    let mut line = String::new();
    reader.read_line(&mut line).unwrap();
    assert_eq!(line, "HTTP/1.1 200 OK\r\n");
    let mut head = String::new();
    while line != "\r\n" {
        line.clear();
        reader.read_line(&mut line).unwrap();
        head.push_str(&line);
    }
    assert!(head.contains("content-type: text/event-stream"), "{head}");
    // An edit elsewhere, as an editor saves: a new file renamed over.
    let path = dir.path().join("wia-aanvraag.yaml");
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.push_str("# gezien\n");
    std::fs::write(dir.path().join("nieuw.tmp"), &text).unwrap();
    std::fs::rename(dir.path().join("nieuw.tmp"), &path).unwrap();
    let mut seen = String::new();
    while !seen.contains("data: wia-aanvraag.yaml\n") {
        line.clear();
        let n = reader.read_line(&mut line).expect("an event");
        assert!(n > 0, "the stream ended: {seen}");
        seen.push_str(&line);
    }
    assert!(seen.contains("event: wijziging\n"), "{seen}");
}

#[test]
fn the_pages_script_is_our_own_file_and_nothing_runs_inline() {
    let dir = samples_copy();
    let w = start(dir.path());
    let a = w.get("/werkplek.js");
    assert_eq!(a.status, 200);
    assert_eq!(
        a.header("content-type").unwrap(),
        "text/javascript; charset=utf-8"
    );
    assert!(a.body.contains("new EventSource('/live')"));
    for page in [
        "/",
        "/dossier?bestand=lopend-traject.yaml",
        "/rapportage?bestand=lopend-traject.yaml&welke=1",
    ] {
        let body = w.get(page).body;
        assert_eq!(
            body.matches("<script").count(),
            body.matches("<script src=\"/werkplek.js\" defer></script>")
                .count(),
            "{page}"
        );
        assert!(
            !body.contains(" on") || !body.contains("onclick="),
            "{page}"
        );
    }
}

// ---------------------------------------------------------------------
// A real browser: headless Chromium driven over WebDriver (chromedriver).

/// chromedriver on a free port, with one browser session; both stopped
/// when dropped.
struct Browser {
    driver: Child,
    port: u16,
    session: String,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.call("DELETE", "", None);
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// The key WebDriver names an element by.
const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// One WebDriver request to chromedriver at `port`; the answer's `value`.
fn webdriver(
    port: u16,
    method: &str,
    path: &str,
    body: Option<serde_json::Value>,
) -> Result<serde_json::Value, String> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).map_err(|e| e.to_string())?;
    let body = body.map(|b| b.to_string()).unwrap_or_default();
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .map_err(|e| e.to_string())?;
    // chromedriver keeps the connection open: read the head, then exactly
    // Content-Length bytes.
    let mut reader = BufReader::new(s);
    let mut head = String::new();
    let mut length = 0usize;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).map_err(|e| e.to_string())? == 0 || line == "\r\n" {
            break;
        }
        if let Some((k, v)) = line.split_once(':')
            && k.eq_ignore_ascii_case("content-length")
        {
            length = v.trim().parse().map_err(|_| "bad length")?;
        }
        head.push_str(&line);
    }
    let mut raw = vec![0; length];
    reader.read_exact(&mut raw).map_err(|e| e.to_string())?;
    let body = String::from_utf8_lossy(&raw);
    let json: serde_json::Value =
        serde_json::from_str(&body).map_err(|e| format!("{e}: {head} {body}"))?;
    if !head.starts_with("HTTP/1.1 200") {
        return Err(format!("{head}\n{json}"));
    }
    Ok(json["value"].clone())
}

impl Browser {
    /// A headless Chromium, or `None` when this machine has no
    /// chromedriver (CI installs it and sets SPOOR2_BROWSER=verplicht).
    fn start() -> Option<Browser> {
        let found = std::process::Command::new("chromedriver")
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success());
        if !found {
            assert!(
                std::env::var("SPOOR2_BROWSER").as_deref() != Ok("verplicht"),
                "chromedriver is nodig voor de browsertest"
            );
            eprintln!("chromedriver ontbreekt: de browsertest is overgeslagen");
            return None;
        }
        let port = free_port();
        let driver = std::process::Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut browser = Browser {
            driver,
            port,
            session: String::new(),
        };
        wait_until("chromedriver starts", || {
            webdriver(port, "GET", "/status", None).is_ok()
        });
        let binary = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
            .into_iter()
            .find(|b| Path::new(b).exists());
        let mut options = serde_json::json!({
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu",
                     "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=nl"]
        });
        if let Some(binary) = binary {
            options["binary"] = binary.into();
        }
        let session = webdriver(
            port,
            "POST",
            "/session",
            Some(serde_json::json!({
                "capabilities": {"alwaysMatch": {"goog:chromeOptions": options}}
            })),
        )
        .unwrap();
        browser.session = session["sessionId"].as_str().unwrap().to_string();
        Some(browser)
    }

    fn call(
        &self,
        method: &str,
        path: &str,
        body: Option<serde_json::Value>,
    ) -> Result<serde_json::Value, String> {
        webdriver(
            self.port,
            method,
            &format!("/session/{}{path}", self.session),
            body,
        )
    }

    fn go(&self, url: &str) {
        self.call("POST", "/url", Some(serde_json::json!({ "url": url })))
            .unwrap();
    }

    fn find(&self, css: &str) -> String {
        let found = self
            .call(
                "POST",
                "/element",
                Some(serde_json::json!({"using": "css selector", "value": css})),
            )
            .unwrap_or_else(|e| panic!("{css}: {e}"));
        found[ELEMENT]
            .as_str()
            .unwrap_or_else(|| panic!("{css}: {found}"))
            .to_string()
    }

    /// Clicks the element `css`; found again when the live page reloaded
    /// between finding and clicking it (a change it heard of).
    fn click(&self, css: &str) {
        for _ in 0..20 {
            let id = self.find(css);
            match self.call(
                "POST",
                &format!("/element/{id}/click"),
                Some(serde_json::json!({})),
            ) {
                Ok(_) => return,
                Err(e) if e.contains("stale element reference") => {
                    std::thread::sleep(std::time::Duration::from_millis(100));
                }
                Err(e) => panic!("{css}: {e}"),
            }
        }
        panic!("{css}: the page kept reloading");
    }

    /// Types `text` into the field `css`. A live page may still reload
    /// (a change made just before it was opened) until the coach types:
    /// then the field is found again and the typing repeated, until the
    /// field holds the text (up to 10 s).
    fn type_into(&self, css: &str, text: &str) {
        let typed = || -> Result<bool, String> {
            let found = self.call(
                "POST",
                "/element",
                Some(serde_json::json!({"using": "css selector", "value": css})),
            )?;
            let id = found[ELEMENT].as_str().ok_or("no element")?.to_string();
            let value = |b: &Browser| {
                b.call("GET", &format!("/element/{id}/property/value"), None)
                    .map(|v| v.as_str().unwrap_or_default().to_string())
            };
            if !value(self)?.contains(text) {
                self.call(
                    "POST",
                    &format!("/element/{id}/value"),
                    Some(serde_json::json!({ "text": text })),
                )?;
            }
            Ok(value(self)?.contains(text))
        };
        let started = std::time::Instant::now();
        loop {
            match typed() {
                Ok(true) => return,
                outcome => assert!(
                    started.elapsed().as_secs() < 10,
                    "typing into {css} in vain: {outcome:?}"
                ),
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    }

    fn text(&self, css: &str) -> String {
        let id = self.find(css);
        let v = self
            .call("GET", &format!("/element/{id}/text"), None)
            .unwrap();
        v.as_str().unwrap_or_default().to_string()
    }

    /// The text of `css`, or `None` while there is no such element (the
    /// page is still loading, or reloads as a live page does): for waits.
    fn text_now(&self, css: &str) -> Option<String> {
        let found = self
            .call(
                "POST",
                "/element",
                Some(serde_json::json!({"using": "css selector", "value": css})),
            )
            .ok()?;
        let id = found[ELEMENT].as_str()?;
        let v = self
            .call("GET", &format!("/element/{id}/text"), None)
            .ok()?;
        v.as_str().map(str::to_string)
    }

    fn source(&self) -> String {
        let v = self.call("GET", "/source", None).unwrap();
        v.as_str().unwrap().to_string()
    }

    /// Waits for `what` to hold (a hang fails after [`PATIENCE`]).
    fn wait_for(&self, what: &str, holds: impl Fn(&Browser) -> bool) {
        let deadline = std::time::Instant::now() + PATIENCE;
        while !holds(self) {
            if std::time::Instant::now() >= deadline {
                let source = self.source();
                let shown = source
                    .find("class=\"melding")
                    .map_or("", |at| &source[at..(at + 400).min(source.len())]);
                panic!("waited in vain: {what}; the page says: {shown}");
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    }

    /// A screenshot of the page, kept under target/ to look at.
    fn screenshot(&self, name: &str) -> Vec<u8> {
        let v = self.call("GET", "/screenshot", None).unwrap();
        let png = base64(v.as_str().unwrap());
        let dir = root().join("target").join("werkplek-schermen");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(name), &png).unwrap();
        png
    }
}

/// Standard base64, as WebDriver sends screenshots.
fn base64(text: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        _ => 63,
    };
    let clean: Vec<u8> = text
        .bytes()
        .filter(|c| c.is_ascii_alphanumeric() || *c == b'+' || *c == b'/')
        .collect();
    let mut out = Vec::with_capacity(clean.len() * 3 / 4);
    for chunk in clean.chunks(4) {
        let mut n: u32 = 0;
        for (i, &c) in chunk.iter().enumerate() {
            n |= u32::from(value(c)) << (18 - 6 * i);
        }
        let bytes = n.to_be_bytes();
        out.extend_from_slice(&bytes[1..chunk.len()]);
    }
    out
}

#[test]
fn base64_decodes_as_webdriver_encodes() {
    assert_eq!(base64("iVBORw0KGgo="), b"\x89PNG\r\n\x1a\n");
    assert_eq!(base64("TWFu"), b"Man");
    assert_eq!(base64("TWE="), b"Ma");
}

#[test]
fn a_coach_works_in_a_real_browser() {
    let Some(browser) = Browser::start() else {
        return;
    };
    let dir = samples_copy();
    let w = start(dir.path());
    let journal = dir.path().join("lopend-traject.yaml");

    // The address with the token: the caseload, the token now a cookie.
    browser.go(&format!("http://{}/?token={}", w.host(), w.token));
    browser.wait_for("the caseload", |b| {
        b.text_now("h1").as_deref() == Some("Caseload")
    });
    let url = browser.call("GET", "/url", None).unwrap();
    assert_eq!(url, format!("http://{}/", w.host()));
    let png = browser.screenshot("caseload.png");
    assert!(png.starts_with(b"\x89PNG") && png.len() > 10_000);

    // To the case by its link, as a coach clicks.
    browser.click("a[href=\"/dossier?bestand=lopend-traject.yaml\"]");
    browser.wait_for("the case page", |b| {
        b.text_now("h1").as_deref() == Some("Ilse Verhoeven")
    });
    browser.screenshot("dossier.png");

    // An activity by the form, through the browser.
    // Nothing is chosen for the coach: the kind is picked.
    browser.click("#a-soort option[value=\"coachingsgesprek\"]");
    browser.type_into("#a-omschrijving", "Oefengesprek gevoerd via de werkplek.");
    browser.type_into("#a-duur", "30");
    browser.click("form.invoer button[type=submit]");
    browser.wait_for("the message", |b| {
        b.source()
            .contains("activiteit van 24 november 2026 toegevoegd aan activiteiten")
    });
    let text = std::fs::read_to_string(&journal).unwrap();
    assert!(
        text.contains(
            "omschrijving: Oefengesprek gevoerd via de werkplek.\n    duur_minuten: 30\n"
        ),
        "{text}"
    );
    let o = run(&[
        "check",
        journal.to_str().unwrap(),
        "--peildatum",
        "2026-11-24",
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));

    // A change made elsewhere shows up in the open page.
    let o = run(&[
        "toevoegen",
        journal.to_str().unwrap(),
        "activiteit",
        "--datum",
        "2026-11-24",
        "--soort",
        "coachingsgesprek",
        "--omschrijving",
        "Gesprek vastgelegd in de terminal.",
        "--niet-vragen",
        "--peildatum",
        "2026-11-24",
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    browser.wait_for("the page to follow the change", |b| {
        b.source().contains("Gesprek vastgelegd in de terminal.")
    });

    // The privacy check as the coach types a narrative.
    browser.go(&format!(
        "http://{}/rapportage?bestand=lopend-traject.yaml&welke=nieuw",
        w.host()
    ));
    browser.wait_for("the report form", |b| {
        b.text_now("h1").as_deref() == Some("Nieuwe voortgangsrapportage 4")
    });
    browser.type_into("#r-voortgang", "Zij is druk met haar fysiotherapie.");
    // What happened in the period, in date order, to write from.
    let aside = browser.text("aside.naslag");
    let (first, last) = (
        aside.find("4 november 2026, sollicitatiegesprek").unwrap(),
        aside.find("24 november 2026, coachingsgesprek").unwrap(),
    );
    assert!(first < last, "{aside}");
    browser.wait_for("the privacy warning", |b| {
        b.text_now("#p-voortgang")
            .is_some_and(|t| t.starts_with("'fysiotherapie' wijst op"))
    });
    browser.screenshot("rapportage.png");
}

#[test]
fn a_file_that_is_yaml_but_not_yet_a_journal_is_listed_with_its_errors() {
    let dir = samples_copy();
    write(
        dir.path(),
        "begonnen.yaml",
        "versie: 2\ndossier: S2-2026-999\n",
    );
    let w = start(dir.path());
    let page = w.get("/").body;
    assert!(page.contains("fouten in de opbouw"), "{page}");
    assert!(page.contains("<code>begonnen.yaml:1:1</code>"), "{page}");
}

/// The second activity of the running sample, as its journal writes it.
const SECOND_ACTIVITY: &str = "  - datum: 2026-08-05\n    soort: coachingsgesprek\n    omschrijving: Sterke punten en werkwaarden in kaart gebracht; beroepeninteressetest besproken.\n    duur_minuten: 60\n";

#[test]
fn the_case_page_shows_every_part_and_an_entry_can_be_removed_and_restored() {
    let dir = samples_copy();
    let journal = "lopend-traject.yaml";
    let path = dir.path().join(journal);
    let original = std::fs::read_to_string(&path).unwrap();
    let w = start(dir.path());
    let page = w.get("/dossier?bestand=lopend-traject.yaml").body;
    for heading in [
        "Activiteiten",
        "Sollicitaties",
        "Contacten met de werkgever",
        "Maatregelen bij stagnatie",
        "Zoekprofiel",
        "Trajectplan",
        "Deskundigenoordeel",
    ] {
        assert!(
            page.contains(&format!("\">{heading}</h2>")),
            "{heading}: {page}"
        );
    }
    // Each contact with the employer is there, with its remove button.
    let yaml: serde_yaml::Value = serde_yaml::from_str(&original).unwrap();
    let contacts = yaml["werkgevercontacten"].as_sequence().unwrap();
    assert!(!contacts.is_empty());
    for c in contacts {
        assert!(page.contains(c["onderwerp"].as_str().unwrap()), "{page}");
    }
    assert!(page.contains("<input type=\"hidden\" name=\"lijst\" value=\"werkgevercontacten\"><input type=\"hidden\" name=\"nummer\" value=\"1\">"), "{page}");
    let versie = hidden(&page, "versie");

    // The second activity goes, its lines and nothing else.
    let remove = |versie: &str| {
        w.post(
            "/verwijderen",
            &[
                ("token", &w.token),
                ("bestand", journal),
                ("versie", versie),
                ("lijst", "activiteiten"),
                ("nummer", "2"),
            ],
        )
    };
    let a = remove("0000");
    let (_, after) = follow(&w, &a);
    assert!(
        after.contains("role=\"alert\">niets verwijderd: het dossier is gewijzigd nadat u deze pagina opende; kijk het onderdeel hieronder na en verwijder het opnieuw</p>"),
        "{after}"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), original);
    let a = remove(&versie);
    let (to, _) = follow(&w, &a);
    assert!(
        to.ends_with("&melding=activiteit%20van%205%20augustus%202026%20verwijderd"),
        "{to}"
    );
    let item = SECOND_ACTIVITY;
    assert!(original.contains(item));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        original.replacen(item, "", 1)
    );
    // The same page's version is now stale: a second click removes nothing.
    let a = remove(&versie);
    let (_, after) = follow(&w, &a);
    assert!(
        after.contains("niets verwijderd: het dossier is gewijzigd"),
        "{after}"
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        original.replacen(item, "", 1)
    );
    // Undone from the page: the journal as it was, byte for byte.
    let a = w.post("/ongedaan", &[("token", &w.token), ("bestand", journal)]);
    assert_eq!(a.status, 303, "{}", a.body);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), original);
}

/// axe-core's script (from npm; `.ci/run` installs it under target/axe), or
/// `None` where it is not installed and not required.
fn axe_source() -> Option<String> {
    let path = std::env::var_os("SPOOR2_AXE").map_or_else(
        || root().join("target/axe/node_modules/axe-core/axe.min.js"),
        std::path::PathBuf::from,
    );
    match std::fs::read_to_string(&path) {
        Ok(source) => Some(source),
        Err(_) => {
            assert!(
                std::env::var("SPOOR2_BROWSER").as_deref() != Ok("verplicht"),
                "axe-core is nodig voor de toegankelijkheidstest: {}",
                path.display()
            );
            eprintln!("axe-core ontbreekt: de toegankelijkheidstest is overgeslagen");
            None
        }
    }
}

impl Browser {
    /// Runs `script` in the page and returns what it returns.
    fn execute(&self, script: &str) -> serde_json::Value {
        self.call(
            "POST",
            "/execute/sync",
            Some(serde_json::json!({ "script": script, "args": [] })),
        )
        .unwrap_or_else(|e| panic!("{e}"))
    }

    fn resize(&self, width: u32) {
        self.call(
            "POST",
            "/window/rect",
            Some(serde_json::json!({ "width": width, "height": 1000 })),
        )
        .unwrap();
    }

    /// axe-core's WCAG 2.2 A/AA violations on the page as it is: "rule:
    /// element" lines, empty when there are none.
    fn axe(&self, source: &str) -> Vec<String> {
        self.execute(&format!("{source}\n;return true;"));
        let found = self
            .call(
                "POST",
                "/execute/async",
                Some(serde_json::json!({
                    "script": "const done = arguments[arguments.length - 1];\
                        axe.run(document, {runOnly: {type: 'tag', values: \
                        ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})\
                        .then(r => done(r.violations.flatMap(v => v.nodes.map(n => \
                        v.id + ': ' + n.target.join(' ') + ' (' + v.help + ')'))))\
                        .catch(e => done(['axe: ' + e]));",
                    "args": []
                })),
            )
            .unwrap_or_else(|e| panic!("{e}"));
        found
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect()
    }
}

#[test]
fn every_page_passes_axe_at_1280_and_390_pixels() {
    let Some(browser) = Browser::start() else {
        return;
    };
    let Some(axe) = axe_source() else {
        return;
    };
    let dir = samples_copy();
    // A fourth report, written and not yet seen, to sign and to answer.
    let journal = dir.path().join("lopend-traject.yaml");
    let text = std::fs::read_to_string(&journal).unwrap();
    std::fs::write(
        &journal,
        with_november_report(
            &text,
            "2026-11-30",
            "Tweede gesprek bij Logistiek Centrum Kromvliet gevoerd.",
        ),
    )
    .unwrap();
    let w = start_on(dir.path(), "2026-12-01");
    browser.go(&format!("http://{}/?token={}", w.host(), w.token));
    browser.wait_for("the caseload", |b| {
        b.text_now("h1").as_deref() == Some("Caseload")
    });
    let pages = [
        ("nieuw-dossier", "/nieuw"),
        (
            "ondertekenen",
            "/ondertekenen?bestand=lopend-traject.yaml&welke=4",
        ),
        (
            "ondertekenen-gezien",
            "/ondertekenen?bestand=lopend-traject.yaml&welke=1",
        ),
        (
            "ondertekenen-plan",
            "/ondertekenen?bestand=lopend-traject.yaml&welke=plan",
        ),
        (
            "oplossen-gezien",
            "/oplossen?bestand=lopend-traject.yaml&pad=voortgangsrapportages%5B4%5D.gezien_door_werknemer&regel=gezien",
        ),
        (
            "oplossen-vastgelegd",
            "/oplossen?bestand=lopend-traject.yaml&pad=voortgangsrapportages%5B1%5D.gezien_door_werknemer&regel=gezien",
        ),
        (
            "oplossen-persoonsprofiel",
            "/oplossen?bestand=lopend-traject.yaml&pad=persoonsprofiel",
        ),
        (
            "oplossen-zoekprofiel",
            "/oplossen?bestand=lopend-traject.yaml&pad=grondslag.zoekprofielwijzigingen%5B%2B%5D",
        ),
        (
            "oplossen-trajectplan",
            "/oplossen?bestand=lopend-traject.yaml&pad=trajectplan",
        ),
        (
            "oplossen-deskundigenoordeel",
            "/oplossen?bestand=wia-aanvraag.yaml&pad=deskundigenoordeel",
        ),
        ("caseload", "/"),
        ("deze-week", "/?actie=1"),
        ("zoeken-niets", "/?zoek=niemand"),
        ("wat-komt-eraan", "/agenda"),
        ("dossier", "/dossier?bestand=lopend-traject.yaml"),
        (
            "dossier-afgerond",
            "/dossier?bestand=afgerond-plaatsing.yaml",
        ),
        (
            "rapportage-nieuw",
            "/rapportage?bestand=lopend-traject.yaml&welke=nieuw",
        ),
        (
            "rapportage-1",
            "/rapportage?bestand=lopend-traject.yaml&welke=1",
        ),
        ("geschiedenis", "/geschiedenis?bestand=lopend-traject.yaml"),
    ];
    let mut found = Vec::new();
    for width in [1280, 390] {
        browser.resize(width);
        for (name, page) in pages {
            browser.go(&format!("http://{}{page}", w.host()));
            browser.wait_for(page, |b| b.text_now("h1").is_some());
            if width == 390 {
                // Nothing wider than the screen.
                let wide = browser.execute(
                    "return document.documentElement.scrollWidth <= window.innerWidth ? [] : \
                        [...document.querySelectorAll('main *')]\
                        .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)\
                        .map(e => e.tagName + '.' + e.className + ' ' + (e.textContent || '').trim().slice(0, 40));",
                );
                assert_eq!(wide, serde_json::json!([]), "{page} is wider than 390 px");
            }
            browser.screenshot(&format!("{name}-{width}.png"));
            for v in browser.axe(&axe) {
                found.push(format!("{width} px {page}: {v}"));
            }
        }
        // A refused form: its message beside the field, and still no
        // violation.
        browser.go(&format!(
            "http://{}/dossier?bestand=lopend-traject.yaml",
            w.host()
        ));
        browser.wait_for("the case page", |b| b.text_now("h1").is_some());
        browser.execute("document.getElementById('a-datum').value = '';");
        browser.type_into("#a-datum", "01-01-2020");
        browser.click("#a-soort option[value=\"coachingsgesprek\"]");
        browser.type_into("#a-omschrijving", "Te vroeg gedateerd.");
        browser.click("form.invoer button[type=submit]");
        browser.wait_for("the refusal", |b| {
            b.source().contains("aria-invalid=\"true\"")
        });
        let focused = browser.execute("return document.activeElement.id;");
        assert_eq!(focused, serde_json::json!("a-datum"));
        let described = browser.execute(
            "return document.getElementById(document.activeElement.getAttribute('aria-describedby')).textContent;",
        );
        assert!(
            described
                .as_str()
                .unwrap()
                .contains("ligt vóór de aanmelding"),
            "{described}"
        );
        browser.screenshot(&format!("geweigerd-{width}.png"));
        for v in browser.axe(&axe) {
            found.push(format!("{width} px refused form: {v}"));
        }
    }
    assert!(found.is_empty(), "axe-core:\n{}", found.join("\n"));
    // axe is really looking: an image without a text alternative is found.
    browser.execute("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/werkplek.css\">');");
    let seen = browser.axe(&axe);
    assert!(
        seen.iter().any(|v| v.starts_with("image-alt: ")),
        "{seen:?}"
    );
}

#[test]
fn a_new_case_from_the_browser_is_the_same_journal_as_spoor2_nieuw() {
    let dir = samples_copy();
    let w = start(dir.path());
    let page = w.get("/nieuw").body;
    assert!(page.contains("<h1>Nieuw dossier</h1>"), "{page}");
    let caseload = w.get("/").body;
    assert!(
        caseload.contains("<a class=\"knop\" href=\"/nieuw\">Nieuw dossier</a>"),
        "{caseload}"
    );

    let form = |naam: &'static str, dossier: &'static str| {
        vec![
            ("token", w.token.as_str()),
            ("naam", naam),
            ("functie", ""),
            ("werkgever", "Bakkerij De Korenschoof B.V."),
            ("eerste_ziektedag", "14-07-2025"),
            ("start", "03-08-2026"),
            ("cadans", "maandelijks"),
            ("dossier", dossier),
            ("coach", "Joost van Dam"),
            ("bureau", ""),
        ]
    };
    // A missing name: refused beside its field, everything typed kept.
    let a = w.post("/nieuw", &form("", "S2-2026-099"));
    assert_eq!(a.status, 200, "{}", a.body);
    assert!(
        a.body.contains("role=\"alert\">geen dossier begonnen: &#39;Naam van de werknemer&#39; is niet ingevuld</p>"),
        "{}",
        a.body
    );
    assert!(a.body.contains("<input id=\"n-naam\" aria-invalid=\"true\" aria-describedby=\"n-naam-fout\" autofocus name=\"naam\""), "{}", a.body);
    assert!(
        a.body.contains("value=\"Bakkerij De Korenschoof B.V.\""),
        "{}",
        a.body
    );
    assert!(!dir.path().join("S2-2026-099.yaml").exists());

    let a = w.post("/nieuw", &form("Sanne de Graaf", "S2-2026-099"));
    let (to, page) = follow(&w, &a);
    assert!(
        to.starts_with("/dossier?bestand=S2-2026-099.yaml&melding=nieuw%20dossier%20begonnen"),
        "{to}"
    );
    assert!(page.contains("<h1>Sanne de Graaf</h1>"), "{page}");
    // Byte for byte what the command writes for the same answers.
    let elsewhere = tempfile::tempdir().unwrap();
    let o = run_in(
        elsewhere.path(),
        &[
            "nieuw",
            "--naam",
            "Sanne de Graaf",
            "--werkgever",
            "Bakkerij De Korenschoof B.V.",
            "--eerste-ziektedag",
            "2025-07-14",
            "--start",
            "2026-08-03",
            "--dossier",
            "S2-2026-099",
            "--coach",
            "Joost van Dam",
            "--niet-vragen",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("S2-2026-099.yaml")).unwrap(),
        std::fs::read_to_string(elsewhere.path().join("S2-2026-099.yaml")).unwrap()
    );
    assert!(w.get("/").body.contains(">S2-2026-099</a>"));
    // The same number again: refused, the first journal untouched.
    let before = std::fs::read(dir.path().join("S2-2026-099.yaml")).unwrap();
    let a = w.post("/nieuw", &form("Iemand Anders", "S2-2026-099"));
    assert_eq!(a.status, 200);
    assert!(a.body.contains("geen dossier begonnen: "), "{}", a.body);
    assert!(a.body.contains("dit bestand bestaat al"), "{}", a.body);
    assert_eq!(
        std::fs::read(dir.path().join("S2-2026-099.yaml")).unwrap(),
        before
    );
}

#[test]
fn an_entry_is_edited_in_its_own_form_as_remove_and_add_would() {
    let dir = samples_copy();
    let journal = "lopend-traject.yaml";
    let path = dir.path().join(journal);
    let original = std::fs::read_to_string(&path).unwrap();
    let w = start(dir.path());
    // "Bewerken" on the second activity opens its form, filled.
    let page = w.get("/dossier?bestand=lopend-traject.yaml").body;
    assert!(
        page.contains("<a class=\"bewerk\" href=\"/dossier?bestand=lopend-traject.yaml&amp;bewerk=activiteiten-2#activiteiten\">Bewerken"),
        "{page}"
    );
    let page = w
        .get("/dossier?bestand=lopend-traject.yaml&bewerk=activiteiten-2")
        .body;
    for expected in [
        "<details open>\n<summary>Activiteit 2 wijzigen</summary>",
        "<input type=\"hidden\" name=\"vervangt\" value=\"2\">",
        "value=\"05-08-2026\"",
        "<option value=\"coachingsgesprek\" selected>",
        "value=\"60\"",
        ">Sterke punten en werkwaarden in kaart gebracht; beroepeninteressetest besproken.</textarea>",
        ">Wijziging opslaan</button>",
    ] {
        assert!(page.contains(expected), "{expected}\n{page}");
    }
    let versie = hidden(&page, "versie");
    let edit = |versie: &str| {
        w.post(
            "/toevoegen",
            &[
                ("token", &w.token),
                ("bestand", journal),
                ("onderdeel", "activiteit"),
                ("vervangt", "2"),
                ("versie", versie),
                ("datum", "05-08-2026"),
                ("soort", "coachingsgesprek"),
                ("duur", "75"),
                (
                    "omschrijving",
                    "Sterke punten en werkwaarden in kaart gebracht.",
                ),
            ],
        )
    };
    // From a page older than the journal: nothing changes.
    let a = edit("0000");
    assert_eq!(a.status, 200, "{}", a.body);
    assert!(
        a.body.contains(
            "role=\"alert\">niets gewijzigd: het dossier is gewijzigd nadat u deze pagina opende"
        ),
        "{}",
        a.body
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), original);

    let a = edit(&versie);
    let (to, _) = follow(&w, &a);
    assert!(
        to.ends_with("&melding=activiteit%20van%205%20augustus%202026%20gewijzigd"),
        "{to}"
    );
    // The same as removing the entry and adding the new one by command.
    let item = SECOND_ACTIVITY;
    let by_command = tempfile::tempdir().unwrap();
    std::fs::write(
        by_command.path().join(journal),
        original.replacen(item, "", 1),
    )
    .unwrap();
    let o = run_in(
        by_command.path(),
        &[
            "toevoegen",
            journal,
            "activiteit",
            "--datum",
            "2026-08-05",
            "--soort",
            "coachingsgesprek",
            "--duur",
            "75",
            "--omschrijving",
            "Sterke punten en werkwaarden in kaart gebracht.",
            "--peildatum",
            "2026-11-24",
            "--niet-vragen",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let after = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        after,
        std::fs::read_to_string(by_command.path().join(journal)).unwrap()
    );
    assert!(after.contains(
        "    omschrijving: Sterke punten en werkwaarden in kaart gebracht.\n    duur_minuten: 75\n"
    ));
    // And undone in one step.
    let a = w.post("/ongedaan", &[("token", &w.token), ("bestand", journal)]);
    assert_eq!(a.status, 303);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), original);
}

impl Browser {
    /// Draws on the element `css` with a pen, as synthetic pointer events:
    /// each stroke a list of offsets from the element's centre.
    fn draw(&self, css: &str, strokes: &[&[(i64, i64)]]) {
        let id = self.find(css);
        let mut actions = Vec::new();
        for stroke in strokes {
            let (x, y) = stroke[0];
            actions.push(serde_json::json!({"type": "pointerMove", "duration": 0,
                "origin": {ELEMENT: id}, "x": x, "y": y}));
            actions.push(serde_json::json!({"type": "pointerDown", "button": 0}));
            for &(x, y) in &stroke[1..] {
                actions.push(serde_json::json!({"type": "pointerMove", "duration": 20,
                    "origin": {ELEMENT: id}, "x": x, "y": y}));
            }
            actions.push(serde_json::json!({"type": "pointerUp", "button": 0}));
        }
        self.call(
            "POST",
            "/actions",
            Some(serde_json::json!({"actions": [{
                "type": "pointer", "id": "pen",
                "parameters": {"pointerType": "pen"},
                "actions": actions
            }]})),
        )
        .unwrap();
        self.call("DELETE", "/actions", None).unwrap();
    }
}

#[test]
fn the_employee_signs_a_report_at_the_table_and_the_pdf_carries_it() {
    let Some(browser) = Browser::start() else {
        return;
    };
    let dir = samples_copy();
    let journal = dir.path().join("lopend-traject.yaml");
    // The fourth report, written and not yet seen.
    let text = std::fs::read_to_string(&journal).unwrap();
    std::fs::write(
        &journal,
        with_november_report(
            &text,
            "2026-12-02",
            "Tweede gesprek bij Logistiek Centrum Kromvliet gevoerd.",
        ),
    )
    .unwrap();
    let w = start_on(dir.path(), "2026-12-02");
    browser.go(&format!("http://{}/?token={}", w.host(), w.token));
    browser.wait_for("the caseload", |b| b.text_now("h1").is_some());
    browser.go(&format!(
        "http://{}/dossier?bestand=lopend-traject.yaml",
        w.host()
    ));
    browser.wait_for("the case page", |b| b.text_now("h1").is_some());
    // Only the report not yet seen asks for a signature.
    let source = browser.source();
    assert_eq!(
        source.matches(">Laten ondertekenen<").count(),
        1,
        "{source}"
    );
    browser.click("a[href=\"/ondertekenen?bestand=lopend-traject.yaml&welke=4\"]");
    browser.wait_for("the signing page", |b| {
        b.text_now("h1").as_deref() == Some("Voortgangsrapportage 4")
    });
    assert!(
        browser
            .source()
            .contains("Tweede gesprek bij Logistiek Centrum Kromvliet gevoerd.")
    );
    // Without a signature: refused, nothing written.
    let before = std::fs::read_to_string(&journal).unwrap();
    browser.click("input[value=\"gedeeltelijk\"]");
    browser.type_into("#visie", "Ik wil eerst de proefplaatsing afwachten.");
    browser.click("form.ondertekenen button[type=submit]");
    browser.wait_for("the refusal", |b| {
        b.source()
            .contains("niet ondertekend: zet uw handtekening in het tekenvlak")
    });
    assert_eq!(std::fs::read_to_string(&journal).unwrap(), before);
    // The choice and the view are still there; now the signature.
    assert!(
        browser
            .source()
            .contains("Ik wil eerst de proefplaatsing afwachten.</textarea>")
    );
    browser.draw(
        "#tekenvlak",
        &[
            &[(-200, 20), (-150, -30), (-100, 25), (-40, -20)],
            &[(20, 0), (120, 10)],
        ],
    );
    let drawn = browser.execute("return document.getElementById('lijnen').value;");
    let drawn = drawn.as_str().unwrap().to_string();
    assert!(
        drawn.starts_with("M ") && drawn.matches('M').count() == 2,
        "{drawn}"
    );
    browser.screenshot("ondertekenen.png");
    if let Some(axe) = axe_source() {
        let found = browser.axe(&axe);
        assert!(found.is_empty(), "axe-core:\n{}", found.join("\n"));
    }
    browser.click("form.ondertekenen button[type=submit]");
    browser.wait_for("the signed report", |b| {
        b.source()
            .contains("voortgangsrapportage 4 is ondertekend door de werknemer op 2 december 2026")
    });
    let after = std::fs::read_to_string(&journal).unwrap();
    for expected in [
        "    visie_werknemer: Ik wil eerst de proefplaatsing afwachten.\n",
        "    gezien_door_werknemer: 2026-12-02\n",
        "    akkoord_werknemer: gedeeltelijk\n",
        &format!("    handtekening_werknemer: {drawn}\n"),
    ] {
        assert!(after.contains(expected), "{expected}\n{after}");
    }
    // The SVG copy beside the journal.
    let svg = std::fs::read_to_string(
        dir.path()
            .join("handtekeningen/lopend-traject-voortgangsrapportage-4.svg"),
    )
    .unwrap();
    assert!(
        svg.starts_with("<svg xmlns='http://www.w3.org/2000/svg'") && svg.contains(&drawn),
        "{svg}"
    );
    // Seen now: no second signature.
    browser.go(&format!(
        "http://{}/ondertekenen?bestand=lopend-traject.yaml&welke=4",
        w.host()
    ));
    browser.wait_for("the page", |b| b.text_now("h1").is_some());
    assert!(
        browser
            .source()
            .contains("U zag deze rapportage op 2 december 2026.")
    );
    assert!(!browser.source().contains("id=\"tekenvlak\""));

    // The report prints the signature, the day and the judgement.
    let o = run_in(
        dir.path(),
        &[
            "render",
            "lopend-traject.yaml",
            "-o",
            "uit",
            "--peildatum",
            "2026-12-02",
            "--alleen",
            "2026-11",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let pdf = dir
        .path()
        .join("uit/S2-2026-031-voortgangsrapportage-04.pdf");
    let alts = alt_texts(&pdf);
    assert!(
        alts.contains(&"Handtekening van Ilse Verhoeven".to_string()),
        "{alts:?}"
    );
    let text = squash(&pdf_text(&pdf));
    for expected in [
        "GeziendoorwerknemerIlseVerhoeven",
        "Gezienop:2december2026",
        "Oordeelwerknemer:gedeeltelijkakkoord",
        "Ikwileerstdeproefplaatsingafwachten.",
    ] {
        assert!(text.contains(expected), "{expected}: {text}");
    }
}

/// The number of the entry of `list` in the journal at `path` whose
/// `field` is `value`, from 1.
fn entry_number(path: &Path, list: &str, field: &str, value: &str) -> usize {
    let yaml: serde_yaml::Value =
        serde_yaml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    yaml[list]
        .as_sequence()
        .unwrap()
        .iter()
        .position(|e| e[field].as_str() == Some(value))
        .unwrap_or_else(|| panic!("no {list} with {field} {value}"))
        + 1
}

#[test]
fn a_coach_s_whole_week_in_the_browser() {
    let Some(browser) = Browser::start() else {
        return;
    };
    let dir = samples_copy();
    // A bureau without signatures on file: the coach signs on the page.
    std::fs::remove_file(dir.path().join("bureau.yaml")).unwrap();
    let journal = dir.path().join("lopend-traject.yaml");
    let text = std::fs::read_to_string(&journal).unwrap();
    // The plan not yet agreed, by either side.
    std::fs::write(
        &journal,
        text.replacen(
            "  akkoord_werknemer: 2026-07-30\n  akkoord_werkgever: 2026-08-04\n",
            "",
            1,
        ),
    )
    .unwrap();
    let w = start_on(dir.path(), "2026-12-07");
    let host = w.host();
    let go = |path: &str| {
        browser.go(&format!("http://{host}{path}"));
        browser.wait_for(path, |b| b.text_now("h1").is_some());
    };
    let said = |what: &str| {
        browser.wait_for(what, |b| b.source().contains(what));
    };
    let case = "/dossier?bestand=lopend-traject.yaml";
    browser.go(&format!("http://{host}/?token={}", w.token));
    browser.wait_for("the caseload", |b| b.text_now("h1").is_some());
    browser.click(&format!("a[href=\"{case}\"]"));
    browser.wait_for("the case page", |b| {
        b.text_now("h1").as_deref() == Some("Ilse Verhoeven")
    });

    // Monday: the plan. The employee signs it at the table, from the
    // finding's own link.
    let source = browser.source();
    assert!(
        source.contains("niet vastgelegd dat de werknemer akkoord ging met het trajectplan"),
        "{source}"
    );
    browser.click("a.oplossen[href$=\"pad=trajectplan.akkoord_werknemer&regel=trajectplan\"]");
    browser.wait_for("the form", |b| {
        b.text_now("h1").as_deref() == Some("Akkoord met het trajectplan")
    });
    browser.click("a.knop[href=\"/ondertekenen?bestand=lopend-traject.yaml&welke=plan\"]");
    browser.wait_for("the plan to sign", |b| {
        b.text_now("h1").as_deref() == Some("Trajectplan")
    });
    assert!(
        browser
            .source()
            .contains("Binnen negen maanden passend werk")
    );
    browser.draw(
        "#tekenvlak",
        &[&[(-150, 10), (-60, -30), (40, 20), (120, -10)]],
    );
    browser.screenshot("week-trajectplan-ondertekenen.png");
    browser.click("form.ondertekenen button[type=submit]");
    said("trajectplan is ondertekend door de werknemer op 7 december 2026");
    // The employer's agreement, typed in the finding's form.
    browser.click("a.oplossen[href$=\"pad=trajectplan.akkoord_werkgever&regel=trajectplan\"]");
    browser.wait_for("the form", |b| {
        b.text_now("h1").as_deref() == Some("Akkoord met het trajectplan")
    });
    assert_eq!(
        browser.execute("return document.getElementById('o-akkoord_werknemer').readOnly;"),
        serde_json::json!(true),
        "a signed plan's agreement stays"
    );
    browser.type_into("#o-akkoord_werkgever", "04-12-2026");
    browser.click("form.oplossen button[type=submit]");
    said("opgeslagen: akkoord met het trajectplan");
    let text = std::fs::read_to_string(&journal).unwrap();
    assert!(text.contains("  akkoord_werknemer: 2026-12-07\n  akkoord_werkgever: 2026-12-04\n  handtekening_werknemer: M "), "{text}");
    assert!(
        !browser
            .source()
            .contains("akkoord ging met het trajectplan")
    );

    // Each kind of entry added, edited and removed, in its own form.
    struct Kind {
        form: &'static str,
        list: &'static str,
        choose: &'static [&'static str],
        typed: &'static [(&'static str, &'static str)],
        key: (&'static str, &'static str),
        edit: (&'static str, &'static str),
        added: &'static str,
    }
    let kinds = [
        Kind {
            form: "activiteit",
            list: "activiteiten",
            choose: &["#a-soort option[value=\"coachingsgesprek\"]"],
            typed: &[
                ("#a-omschrijving", "Gesprek over de proefplaatsing."),
                ("#a-duur", "45"),
            ],
            key: ("omschrijving", "Gesprek over de proefplaatsing."),
            edit: (
                "#a-omschrijving",
                "Gesprek over de proefplaatsing en de reistijd.",
            ),
            added: "activiteit van 7 december 2026 toegevoegd aan activiteiten",
        },
        Kind {
            form: "sollicitatie",
            list: "sollicitaties",
            choose: &[
                "#s-kanaal option[value=\"vacaturesite\"]",
                "#s-status option[value=\"verstuurd\"]",
            ],
            typed: &[
                ("#s-werkgever", "Groothandel Lekzicht"),
                ("#s-functie", "Medewerker voorraadadministratie"),
            ],
            key: ("werkgever", "Groothandel Lekzicht"),
            edit: ("#s-resultaat", "Uitnodiging voor 14 december."),
            added: "sollicitatie van 7 december 2026 toegevoegd aan sollicitaties",
        },
        Kind {
            form: "contact",
            list: "werkgevercontacten",
            choose: &["#c-vorm option[value=\"driegesprek\"]"],
            typed: &[
                ("#c-met", "Ruud Hoogland (HR)"),
                ("#c-onderwerp", "Proefplaatsing en no-riskpolis"),
            ],
            key: ("met", "Ruud Hoogland (HR)"),
            edit: ("#c-uitkomst", "Werkgever stemt in met de proefplaatsing."),
            added: "contact met de werkgever van 7 december 2026 toegevoegd aan werkgevercontacten",
        },
        Kind {
            form: "maatregel",
            list: "maatregelen",
            choose: &["#m-soort option[value=\"extra-coaching\"]"],
            typed: &[("#m-omschrijving", "Extra gesprek over sollicitatiebrieven.")],
            key: ("omschrijving", "Extra gesprek over sollicitatiebrieven."),
            edit: (
                "#m-omschrijving",
                "Twee extra gesprekken over sollicitatiebrieven.",
            ),
            added: "maatregel van 7 december 2026 toegevoegd aan maatregelen",
        },
    ];
    for k in &kinds {
        go(&format!("{case}&toevoegen={}", k.form));
        for option in k.choose {
            browser.click(option);
        }
        for (field, value) in k.typed {
            browser.type_into(field, value);
        }
        browser.click("details[open] form.invoer button[type=submit]");
        said(k.added);
        let n = entry_number(&journal, k.list, k.key.0, k.key.1);
        // Edited: 'Bewerken' fills its form.
        browser.click(&format!(
            "a.bewerk[href$=\"bewerk={}-{n}#activiteiten\"]",
            k.list
        ));
        browser.wait_for("the filled form", |b| {
            b.source().contains("Wijziging opslaan")
        });
        let id = &k.edit.0[1..];
        browser.execute(&format!("document.getElementById('{id}').value = '';"));
        browser.type_into(k.edit.0, k.edit.1);
        browser.click("details[open] form.invoer button[type=submit]");
        browser.wait_for("the edit", |b| !b.source().contains("Wijziging opslaan"));
        let text = std::fs::read_to_string(&journal).unwrap();
        assert!(text.contains(k.edit.1), "{}: {text}", k.form);
        assert_eq!(text.matches(k.edit.1).count(), 1, "{}: {text}", k.form);
    }
    // The key of an entry after its edit.
    let edited = |k: &Kind| {
        if k.edit.0.ends_with(k.key.0) {
            k.edit.1
        } else {
            k.key.1
        }
    };
    // Removed: the contact and the measure.
    for k in &kinds[2..] {
        let n = entry_number(&journal, k.list, k.key.0, edited(k));
        browser.click(&format!(
            "form.maak:has(input[name=\"lijst\"][value=\"{}\"]):has(input[name=\"nummer\"][value=\"{n}\"]) button",
            k.list
        ));
        said("verwijderd");
        assert!(
            !std::fs::read_to_string(&journal).unwrap().contains(k.key.1),
            "{}",
            k.form
        );
    }

    // The November report, due 14 December, written today.
    go(case);
    browser.click("a.knop[href=\"/rapportage?bestand=lopend-traject.yaml&welke=nieuw\"]");
    browser.wait_for("the report form", |b| {
        b.text_now("h1").as_deref() == Some("Nieuwe voortgangsrapportage 4")
    });
    browser.type_into(
        "#r-voortgang",
        "Twee gesprekken bij Logistiek Centrum Kromvliet; een proefplaatsing is in voorbereiding.",
    );
    browser.type_into("#r-inzet_werknemer", "Goed voorbereid en op tijd.");
    browser.type_into(
        "#r-afspraken",
        "Proefplaatsing bespreken met werkgever en UWV.",
    );
    browser.click("form button[type=submit]");
    said("voortgangsrapportage");
    // The coach signs first (the bureau has no signature on file) ...
    go(case);
    browser.click("a[href=\"/ondertekenen?bestand=lopend-traject.yaml&welke=4&wie=coach\"]");
    browser.wait_for("the coach's page", |b| {
        b.source()
            .contains("Uw handtekening als coach (Joost van Dam)")
    });
    assert!(!browser.source().contains("name=\"akkoord\""));
    browser.draw(
        "#tekenvlak",
        &[&[(-180, 0), (-90, -40), (0, 30), (90, -20)]],
    );
    browser.click("form.ondertekenen button[type=submit]");
    said("voortgangsrapportage 4 is ondertekend door de coach op 7 december 2026");
    // ... then the employee reads it and signs.
    browser.click("a[href=\"/ondertekenen?bestand=lopend-traject.yaml&welke=4\"]");
    browser.wait_for("the signing page", |b| {
        b.text_now("h1").as_deref() == Some("Voortgangsrapportage 4")
    });
    browser.click("input[value=\"akkoord\"]");
    browser.type_into("#visie", "Ik kijk uit naar de proefplaatsing.");
    browser.draw(
        "#tekenvlak",
        &[
            &[(-200, 20), (-150, -30), (-100, 25)],
            &[(20, 0), (120, 10)],
        ],
    );
    browser.click("form.ondertekenen button[type=submit]");
    said("voortgangsrapportage 4 is ondertekend door de werknemer op 7 december 2026");
    // Seen now: the coach cannot sign it any more.
    assert!(!browser.source().contains("welke=4&amp;wie=coach"));

    // What check says at the end of the day: nothing is left unrecorded;
    // what stays is true (the plan was agreed late, and the measure was
    // removed again).
    let o = run_in(
        dir.path(),
        &["check", "lopend-traject.yaml", "--peildatum", "2026-12-07"],
    );
    assert_eq!(code(&o), 0, "{}{}", stdout(&o), stderr(&o));
    let said = stdout(&o) + &stderr(&o);
    assert!(!said.contains("niet vastgelegd"), "{said}");
    assert!(said.contains("de werknemer ging op 7 december 2026 akkoord met het trajectplan, 126 dagen na de start"), "{said}");

    // The signed report carries both signatures; the dossier the plan's.
    let o = run_in(
        dir.path(),
        &[
            "render",
            "lopend-traject.yaml",
            "-o",
            "uit",
            "--peildatum",
            "2026-12-07",
            "--alleen",
            "2026-11",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let pdf = dir
        .path()
        .join("uit/S2-2026-031-voortgangsrapportage-04.pdf");
    let alts = alt_texts(&pdf);
    for alt in [
        "Handtekening van Ilse Verhoeven",
        "Handtekening van Joost van Dam",
    ] {
        assert!(alts.contains(&alt.to_string()), "{alt}: {alts:?}");
    }
    let text = squash(&pdf_text(&pdf));
    for expected in [
        "Gezienop:7december2026",
        "Oordeelwerknemer:akkoord",
        "Ikkijkuitnaardeproefplaatsing.",
    ] {
        assert!(text.contains(expected), "{expected}: {text}");
    }
    let o = run_in(
        dir.path(),
        &[
            "dossier",
            "lopend-traject.yaml",
            "-o",
            "uit/dossier.pdf",
            "--datum",
            "2026-12-07",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let dossier = dir.path().join("uit/dossier.pdf");
    assert!(
        squash(&pdf_text(&dossier))
            .contains("Getekenddoordewerknemer,IlseVerhoeven,op7december2026,hetplanmetdebijstellingentotdiedag:"),
        "{}",
        pdf_text(&dossier)
    );
    assert!(alt_texts(&dossier).contains(&"Handtekening van Ilse Verhoeven".to_string()));

    // The agenda the coach's calendar subscribes to, read by an
    // iCalendar parser: the next report is December's, due 14 January.
    let key = std::fs::read_to_string(dir.path().join(".spoor2/agenda-sleutel")).unwrap();
    let a = w.request(
        "GET",
        &format!("/agenda.ics?sleutel={key}"),
        &[format!("Host: {host}")],
        "",
    );
    assert_eq!(a.status, 200, "{}", a.body);
    let mut parser = ical::IcalParser::new(std::io::BufReader::new(a.body.as_bytes()));
    let calendar = parser.next().expect("a calendar").expect("it parses");
    let report = calendar
        .events
        .iter()
        .find(|e| {
            e.properties.iter().any(|p| {
                p.name == "UID" && p.value.as_deref() == Some("rapportage.S2-2026-031@spoor2")
            })
        })
        .expect("the next report");
    let prop = |name: &str| {
        report
            .properties
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
            .unwrap_or_default()
    };
    assert_eq!(prop("DTSTART"), "20270114");
    assert_eq!(
        prop("SUMMARY"),
        "S2-2026-031: Voortgangsrapportage 5 uiterlijk"
    );
}
