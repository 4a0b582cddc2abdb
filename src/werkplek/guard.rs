//! The werkplek's door: the Host header, the access token (query on the
//! first visit, then a cookie) and the origin of a POST. Every request
//! passes here before any handler, and every answer on its way out, so a
//! refusal carries the same security headers as a page and says in Dutch
//! why it was refused.

use std::sync::Arc;

use axum::extract::{Request, State as Shared};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};

use super::State;

/// The key of the calendar subscription: kept in `.spoor2/agenda-sleutel`
/// in the caseload folder (readable by its owner only), so a calendar
/// program's subscription outlives a restart of the werkplek, unlike the
/// access token. A new key is made when there is none; deleting the file
/// revokes every subscription.
pub fn agenda_key(map: &std::path::Path) -> String {
    let file = map.join(".spoor2").join("agenda-sleutel");
    if let Ok(key) = std::fs::read_to_string(&file) {
        let key = key.trim();
        if key.len() >= 32 && key.bytes().all(|b| b.is_ascii_hexdigit()) {
            return key.to_string();
        }
    }
    let key = new_token();
    let written = std::fs::create_dir_all(file.parent().unwrap_or(map)).and_then(|_| {
        use std::io::Write;
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        options.open(&file)?.write_all(key.as_bytes())
    });
    if written.is_err() {
        // A folder that cannot be written: the key lasts as long as this
        // werkplek.
        eprintln!(
            "spoor2 werkplek: de agendasleutel kan niet worden bewaard in {}; het agenda-abonnement werkt tot de werkplek stopt",
            file.display()
        );
    }
    key
}

/// The cookie that carries the token after the first visit. Its name has
/// the port in it: browsers keep cookies per host, not per port, so two
/// werkplekken on 127.0.0.1 would otherwise overwrite each other's.
pub fn cookie_name(port: u16) -> String {
    format!("spoor2_werkplek_{port}")
}

/// 32 hexadecimal characters from the operating system's random source.
pub fn new_token() -> String {
    let mut bytes = [0u8; 16];
    let from_os = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut bytes));
    if from_os.is_err() {
        // Without /dev/urandom: the standard library's per-process random
        // hash keys.
        use std::hash::BuildHasher;
        for (i, chunk) in bytes.chunks_mut(8).enumerate() {
            let v = std::collections::hash_map::RandomState::new().hash_one(i);
            chunk.copy_from_slice(&v.to_le_bytes());
        }
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Equal strings, compared in time independent of where they differ.
pub fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// `text` for HTML.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A refusal as a small page of its own: a heading for the kind of
/// refusal and `why` in a sentence. It uses nothing else of the werkplek
/// (no stylesheet), so it reads the same without access.
pub fn refusal(status: StatusCode, why: &str) -> Response {
    let heading = match status {
        StatusCode::UNAUTHORIZED => "Geen toegang",
        StatusCode::NOT_FOUND => "Niet gevonden",
        StatusCode::CONFLICT => "Niet opgeslagen",
        s if s.is_server_error() => "Er ging iets mis",
        _ => "Geweigerd",
    };
    // Back to the caseload, where that can help: not without access, and
    // not on a name the werkplek does not answer to.
    let back = match status {
        StatusCode::UNAUTHORIZED | StatusCode::MISDIRECTED_REQUEST => "",
        _ => "<p><a href=\"/\">Naar de caseload</a></p>\n",
    };
    let html = format!(
        "<!doctype html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<title>{heading} · spoor2 werkplek</title>\n</head>\n<body>\n<h1>{heading}</h1>\n<p>{}</p>\n{back}</body>\n</html>\n",
        escape(why)
    );
    (status, Html(html)).into_response()
}

/// What a refusal with `status` says when nothing more particular is
/// known; also what an error answer that did not come from the werkplek's
/// own code (axum's, in English or without a word) says instead.
pub fn generic(status: StatusCode) -> &'static str {
    match status {
        StatusCode::NOT_FOUND => "Deze pagina bestaat niet in de werkplek.",
        StatusCode::METHOD_NOT_ALLOWED => {
            "Dit adres is geen pagina om te openen: een wijziging gaat alleen via een knop of formulier van de werkplek."
        }
        StatusCode::PAYLOAD_TOO_LARGE => "Wat er is verstuurd, is te groot voor de werkplek.",
        StatusCode::UNSUPPORTED_MEDIA_TYPE
        | StatusCode::UNPROCESSABLE_ENTITY
        | StatusCode::BAD_REQUEST => FORM_UNREADABLE,
        s if s.is_server_error() => "Er ging iets mis in de werkplek. Probeer het opnieuw.",
        _ => "De werkplek heeft dit verzoek geweigerd.",
    }
}

/// Why a form that could not be read as one was refused.
pub const FORM_UNREADABLE: &str = "Het formulier kon niet worden gelezen. Open de pagina opnieuw vanuit de werkplek en probeer het nog eens.";

/// The headers every answer carries, pages and refusals alike.
fn secure(response: &mut Response) {
    // Nothing from elsewhere: no scripts, styles, fonts or frames from any
    // other origin; the page is never framed by another site.
    for (name, value) in [
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'self'; script-src 'self'; object-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'none'",
        ),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "SAMEORIGIN"),
        // "same-origin", not "no-referrer": under "no-referrer" a browser
        // sends `Origin: null` with a form's POST, which the Origin check
        // would refuse. No address leaves for another site either way.
        (header::REFERRER_POLICY, "same-origin"),
        (header::CACHE_CONTROL, "no-store"),
    ] {
        response
            .headers_mut()
            .insert(name, HeaderValue::from_static(value));
    }
}

fn cookie_token(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

/// Whether a POST comes from the werkplek's own pages: its Origin is ours,
/// or, where a browser sends no Origin, its Fetch Metadata says the request
/// comes from the same origin. With neither, nothing vouches for it.
fn own_post(headers: &HeaderMap, allowed: &[String]) -> bool {
    let value = |name| headers.get(name).and_then(|v| v.to_str().ok());
    let cross = value("sec-fetch-site").is_some_and(|s| s != "same-origin");
    match value(header::ORIGIN.as_str()) {
        Some(origin) => !cross && allowed.iter().any(|a| origin == format!("http://{a}")),
        None => value("sec-fetch-site") == Some("same-origin"),
    }
}

pub async fn guard(Shared(state): Shared<Arc<State>>, request: Request, next: Next) -> Response {
    let mut response = door(&state, request, next).await;
    // An error answer from axum itself (a rejected extractor, a method not
    // allowed, an unknown address) is English or empty: the werkplek's own
    // refusals are pages.
    let status = response.status();
    let ours = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|c| c.as_bytes().starts_with(b"text/html"));
    if (status.is_client_error() || status.is_server_error()) && !ours {
        let allow = response.headers().get(header::ALLOW).cloned();
        response = refusal(status, generic(status));
        if let Some(allow) = allow {
            response.headers_mut().insert(header::ALLOW, allow);
        }
    }
    secure(&mut response);
    response
}

async fn door(state: &State, request: Request, next: Next) -> Response {
    let headers = request.headers();
    // DNS rebinding: a page on another name that resolves to 127.0.0.1
    // still sends its own name as Host.
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("");
    let allowed = [
        format!("127.0.0.1:{}", state.port),
        format!("localhost:{}", state.port),
    ];
    if !allowed.iter().any(|a| a == host) {
        return refusal(
            StatusCode::MISDIRECTED_REQUEST,
            "De werkplek antwoordt alleen op 127.0.0.1 en localhost.",
        );
    }
    // The calendar subscription: a calendar program keeps no cookie, so
    // the agenda alone opens with its own key in the address (see
    // `agenda_key`), which gives nothing else.
    if request.method() == Method::GET && request.uri().path() == "/agenda.ics" {
        let key = request.uri().query().and_then(|q| {
            q.split('&')
                .filter_map(|kv| kv.split_once('='))
                .find(|(k, _)| *k == "sleutel")
                .map(|(_, v)| v.to_string())
        });
        if let Some(key) = key {
            return if same(&key, &state.agenda_key) {
                next.run(request).await
            } else {
                refusal(StatusCode::FORBIDDEN, "Deze agendasleutel klopt niet.")
            };
        }
    }
    // A state change from another site: its Origin is not ours, or nothing
    // says where it comes from.
    if request.method() == Method::POST && !own_post(headers, &allowed) {
        return refusal(
            StatusCode::FORBIDDEN,
            "Een wijziging kan alleen vanuit de werkplek zelf.",
        );
    }
    let cookie = cookie_name(state.port);
    let query_token = request.uri().query().and_then(|q| {
        q.split('&')
            .filter_map(|kv| kv.split_once('='))
            .find(|(k, _)| *k == "token")
            .map(|(_, v)| v.to_string())
    });
    if let Some(given) = query_token {
        if !same(&given, &state.token) {
            return refusal(StatusCode::FORBIDDEN, "Dit toegangsadres klopt niet.");
        }
        // First visit: the token moves into a cookie, and out of the
        // address bar (and the browser's history).
        let rest: Vec<&str> = request
            .uri()
            .query()
            .unwrap_or("")
            .split('&')
            .filter(|kv| !kv.starts_with("token="))
            .collect();
        let to = if rest.is_empty() {
            request.uri().path().to_string()
        } else {
            format!("{}?{}", request.uri().path(), rest.join("&"))
        };
        return (
            StatusCode::SEE_OTHER,
            [
                (
                    header::SET_COOKIE,
                    format!(
                        "{cookie}={}; HttpOnly; SameSite=Strict; Path=/",
                        state.token
                    ),
                ),
                (header::LOCATION, to),
            ],
        )
            .into_response();
    }
    match cookie_token(headers, &cookie) {
        Some(t) if same(&t, &state.token) => next.run(request).await,
        _ => refusal(
            StatusCode::UNAUTHORIZED,
            "Open de werkplek via het adres met het toegangsteken dat spoor2 werkplek toonde.",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_hex_and_compared_whole() {
        let a = new_token();
        let b = new_token();
        assert_eq!(a.len(), 32);
        assert!(a.chars().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(a, b);
        assert!(same(&a, &a.clone()));
        assert!(!same(&a, &b));
        assert!(!same(&a, &a[..31]));
    }

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_str(v).unwrap());
        }
        h
    }

    #[test]
    fn a_post_is_ours_by_its_origin_or_else_its_fetch_metadata() {
        let allowed = ["127.0.0.1:4000".to_string(), "localhost:4000".to_string()];
        let own = |pairs: &[(&'static str, &str)]| own_post(&headers(pairs), &allowed);
        assert!(own(&[("origin", "http://127.0.0.1:4000")]));
        assert!(own(&[("origin", "http://localhost:4000")]));
        assert!(own(&[
            ("origin", "http://127.0.0.1:4000"),
            ("sec-fetch-site", "same-origin")
        ]));
        assert!(own(&[("sec-fetch-site", "same-origin")]));
        assert!(!own(&[]));
        assert!(!own(&[("origin", "null")]));
        assert!(!own(&[("origin", "http://127.0.0.1:4001")]));
        assert!(!own(&[("origin", "https://127.0.0.1:4000")]));
        assert!(!own(&[("sec-fetch-site", "same-site")]));
        assert!(!own(&[("sec-fetch-site", "cross-site")]));
        assert!(!own(&[
            ("origin", "http://127.0.0.1:4000"),
            ("sec-fetch-site", "cross-site")
        ]));
    }

    #[test]
    fn a_refusal_is_a_page_that_escapes_its_text() {
        assert_eq!(
            escape("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
        assert_eq!(cookie_name(38211), "spoor2_werkplek_38211");
    }
}
