//! `spoor2 werkplek`: the caseload and every case in the browser, served
//! from the coach's own machine. The journals stay plain files in their
//! folder; every change goes through the same editing layer as the commands
//! (`cmd::toevoegen`), checked before it is written.
//!
//! Security, for a tool that shows personal data about sick employees:
//! it listens on 127.0.0.1 only; every request needs the random access
//! token printed at start (a cookie after the first visit, `HttpOnly` and
//! `SameSite=Strict`); a Host header other than the loopback name or
//! address is refused (DNS rebinding); state changes only by POST with the
//! token in the form (no cross-site forms); files are only served from the
//! output folder, by the names of the case's own documents; every journal
//! value is HTML-escaped by Tera's autoescape; every asset is embedded.

mod agenda;
mod entries;
mod guard;
mod history;
mod index;
mod live;
mod make;
mod narrative;
mod nieuw;
mod ondertekenen;
mod oplossen;
mod pages;
mod words;

use std::io::Write;
use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::Arc;

use axum::Router;
use axum::routing::{get, post};

use crate::Status;
use crate::cli::WerkplekArgs;
use crate::cmd::{Outcome, RunError};
use crate::document::Kit;

/// What every request handler shares.
pub struct State {
    /// The folder of journals, as given.
    pub map: PathBuf,
    /// Where the PDFs are made and served from.
    pub output: PathBuf,
    pub token: String,
    /// The key of the calendar subscription (see `guard::agenda_key`).
    pub agenda_key: String,
    pub port: u16,
    pub pages: tera::Tera,
    pub kit: Kit,
    /// `--peildatum`; otherwise each request is judged on its own day.
    pub peildatum: Option<chrono::NaiveDate>,
    /// Held while reports are made: one make at a time.
    pub making: tokio::sync::Mutex<()>,
    /// Changed journals, for the open pages (see `live`).
    pub changes: tokio::sync::broadcast::Sender<String>,
    /// The caseload in memory (see `index`).
    pub index: Arc<index::Index>,
}

impl State {
    /// The day deadlines are judged against.
    pub fn today(&self) -> chrono::NaiveDate {
        self.peildatum
            .unwrap_or_else(|| chrono::Local::now().date_naive())
    }
}

pub fn run(args: &WerkplekArgs) -> Outcome {
    if !args.map.is_dir() {
        return Err(RunError::Missing(args.map.clone()));
    }
    let listener = TcpListener::bind(("127.0.0.1", args.poort)).map_err(|e| RunError::Other {
        message: format!(
            "fout: de werkplek kan niet luisteren op 127.0.0.1:{}: {}",
            args.poort,
            crate::output::io_reason(&e)
        ),
        status: Status::Io,
    })?;
    let io = |e: std::io::Error| RunError::Other {
        message: format!(
            "fout: de werkplek kan niet starten: {}",
            crate::output::io_reason(&e)
        ),
        status: Status::Io,
    };
    listener.set_nonblocking(true).map_err(io)?;
    let port = listener.local_addr().map_err(io)?.port();
    let output = args
        .output
        .clone()
        .unwrap_or_else(|| args.map.join("rapportages"));
    let state = Arc::new(State {
        map: args.map.clone(),
        output,
        token: guard::new_token(),
        agenda_key: guard::agenda_key(&args.map),
        port,
        pages: pages::templates(),
        kit: Kit::load(None, crate::typeset::CACHE_MAX_AGE)?,
        peildatum: args.peildatum,
        making: tokio::sync::Mutex::new(()),
        changes: tokio::sync::broadcast::channel(64).0,
        index: Arc::new(index::Index::default()),
    });
    // Kept while the server runs; without a watcher the pages are not live.
    let _watcher = live::watch(
        &state.map,
        &state.output,
        state.changes.clone(),
        state.index.clone(),
    );
    // The address with the token is the first line on stdout, so a script
    // (or a test) can read it.
    println!("http://127.0.0.1:{port}/?token={}", state.token);
    let _ = std::io::stdout().flush();
    eprintln!(
        "spoor2 werkplek: {} op dit adres; alleen deze computer kan het openen. Stoppen: Ctrl-C.",
        args.map.display()
    );

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(io)?;
    runtime
        .block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener)?;
            axum::serve(listener, router(state)).await
        })
        .map_err(io)?;
    Ok(Status::Ok)
}

fn router(state: Arc<State>) -> Router {
    Router::new()
        .route("/", get(pages::caseload))
        .route("/dossier", get(pages::case))
        .route("/pdf/{naam}", get(pages::pdf))
        .route("/agenda", get(agenda::page))
        .route("/agenda.ics", get(agenda::calendar))
        .route("/werkplek.css", get(pages::stylesheet))
        .route("/werkplek.js", get(pages::script))
        .route("/live", get(live::events))
        .route("/toevoegen", post(pages::add))
        .route("/ongedaan", post(pages::undo))
        .route("/verwijderen", post(entries::remove))
        .route("/nieuw", get(nieuw::form).post(nieuw::create))
        .route("/oplossen", get(oplossen::show).post(oplossen::save))
        .route(
            "/ondertekenen",
            get(ondertekenen::show).post(ondertekenen::sign),
        )
        .route("/geschiedenis", get(history::show))
        .route("/terugzetten", post(history::put_back))
        .route("/geschiedenis/aanzetten", post(history::enable))
        .route("/rapportage", get(narrative::report).post(narrative::save))
        .route("/privacy", post(narrative::check_privacy))
        .route("/maak", post(make::make))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            guard::guard,
        ))
        .with_state(state)
}
