//! A client for `spoor2 werkplek` in tests: a real server on a free port,
//! spoken to with plain HTTP/1.1 requests, so Host, Origin and cookies are
//! exactly what a test says.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Stdio};

use super::bin;

/// A running werkplek; stopped when dropped.
pub struct Werkplek {
    pub child: Child,
    pub port: u16,
    pub token: String,
}

impl Drop for Werkplek {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The werkplek with `peildatum` as its day.
pub fn start_on(dir: &Path, peildatum: &str) -> Werkplek {
    let mut child = bin()
        .args(["werkplek", dir.to_str().unwrap(), "--peildatum", peildatum])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.as_mut().unwrap())
        .read_line(&mut line)
        .unwrap();
    // http://127.0.0.1:PORT/?token=...
    let rest = line
        .trim()
        .strip_prefix("http://127.0.0.1:")
        .unwrap_or_else(|| panic!("first line: {line:?}"));
    let (port, token) = rest.split_once("/?token=").unwrap();
    Werkplek {
        child,
        port: port.parse().unwrap(),
        token: token.to_string(),
    }
}

pub struct Answer {
    pub status: u16,
    pub head: String,
    pub body: String,
}

impl Answer {
    pub fn header(&self, name: &str) -> Option<String> {
        self.head.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
        })
    }
}

impl Werkplek {
    pub fn host(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    pub fn cookie(&self) -> String {
        format!("spoor2_werkplek_{}={}", self.port, self.token)
    }

    /// One request; `extra` are further header lines.
    pub fn request(&self, method: &str, path: &str, extra: &[String], body: &str) -> Answer {
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        let mut req = format!("{method} {path} HTTP/1.1\r\nConnection: close\r\n");
        for h in extra {
            req.push_str(h);
            req.push_str("\r\n");
        }
        if method == "POST" {
            if !extra.iter().any(|h| h.starts_with("Content-Type:")) {
                req.push_str("Content-Type: application/x-www-form-urlencoded\r\n");
            }
            req.push_str(&format!("Content-Length: {}\r\n", body.len()));
        }
        req.push_str("\r\n");
        req.push_str(body);
        s.write_all(req.as_bytes()).unwrap();
        let mut raw = Vec::new();
        s.read_to_end(&mut raw).unwrap();
        let raw = String::from_utf8_lossy(&raw).into_owned();
        let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((&raw, ""));
        let status = head.split(' ').nth(1).unwrap().parse().unwrap();
        Answer {
            status,
            head: head.to_string(),
            body: body.to_string(),
        }
    }

    /// A request as the coach's browser makes it: our Host, the cookie.
    pub fn get(&self, path: &str) -> Answer {
        self.request(
            "GET",
            path,
            &[
                format!("Host: {}", self.host()),
                format!("Cookie: {}", self.cookie()),
            ],
            "",
        )
    }

    pub fn post(&self, path: &str, form: &[(&str, &str)]) -> Answer {
        let body: Vec<String> = form
            .iter()
            .map(|(k, v)| format!("{k}={}", enc(v)))
            .collect();
        self.request(
            "POST",
            path,
            &[
                format!("Host: {}", self.host()),
                format!("Cookie: {}", self.cookie()),
                format!("Origin: http://{}", self.host()),
            ],
            &body.join("&"),
        )
    }
}

pub fn enc(v: &str) -> String {
    v.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The value of the hidden field `name` on a page.
pub fn hidden(page: &str, name: &str) -> String {
    let key = format!("name=\"{name}\" value=\"");
    let at = page
        .find(&key)
        .unwrap_or_else(|| panic!("no {name}: {page}"))
        + key.len();
    page[at..at + page[at..].find('"').unwrap()].to_string()
}

/// The location of a redirect, and the page it leads to.
pub fn follow(w: &Werkplek, a: &Answer) -> (String, String) {
    assert_eq!(a.status, 303, "{}", a.body);
    let to = a.header("location").unwrap();
    let page = w.get(&to).body;
    (to, page)
}
