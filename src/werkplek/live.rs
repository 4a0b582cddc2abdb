//! Live pages: a change to a journal, made in an editor elsewhere or by
//! another tab, shows up in the open pages, the way `watch` re-renders.
//! The OS tells a watcher of the folder (`notify`); changes are gathered
//! for a moment (an editor's save is several events) and sent to every
//! open page as a server-sent event named `wijziging` whose data is the
//! journal's path relative to the folder, or empty when a PDF changed.
//! The page's script reloads it, or, while the coach is typing in a form,
//! says that the case changed and leaves the typing alone.

use std::collections::BTreeSet;
use std::convert::Infallible;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc;
use std::time::Duration;

use axum::extract::State as Shared;
use axum::response::sse::{Event, KeepAlive, Sse};
use futures_util::stream::{self, Stream};
use notify::{RecursiveMode, Watcher};
use tokio::sync::broadcast;

use super::State;
use super::index::Index;

/// How long changes are gathered before pages are told.
const SETTLE: Duration = Duration::from_millis(150);

/// What a changed path means to the pages: a journal of the folder (its
/// relative path), a PDF of the output folder (""), or nothing.
fn meaning(path: &Path, map: &Path, output: &Path) -> Option<String> {
    let name = path.file_name()?.to_str()?;
    if name.starts_with('.') {
        return None;
    }
    if path.starts_with(output) {
        return name.ends_with(".pdf").then(String::new);
    }
    let journal = name.ends_with(".yaml") || name.ends_with(".yml");
    if !journal || name == "bureau.yaml" {
        return None;
    }
    Some(path.strip_prefix(map).ok()?.display().to_string())
}

/// Starts watching the folder (and the output folder, if it lies outside
/// it); changes go to `pages`. `None` where the platform offers no
/// watcher: then pages are simply not live.
pub fn watch(
    map: &Path,
    output: &Path,
    pages: broadcast::Sender<String>,
    index: Arc<Index>,
) -> Option<notify::RecommendedWatcher> {
    let canonical = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
    let (map, output) = (canonical(map), canonical(output));
    let (tx, rx) = mpsc::channel::<PathBuf>();
    let (in_map, in_output) = (map.clone(), output.clone());
    let told = index.clone();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        let event = match event {
            Ok(event) => event,
            // Lost track: the caseload is listed again.
            Err(_) => return told.relist(),
        };
        if event.kind.is_access() {
            return;
        }
        // The index hears at once, before the pages are told.
        let moved = matches!(
            event.kind,
            notify::EventKind::Create(_)
                | notify::EventKind::Remove(_)
                | notify::EventKind::Modify(notify::event::ModifyKind::Name(_))
                | notify::EventKind::Any
                | notify::EventKind::Other
        );
        for path in event.paths {
            if let Some(rel) = meaning(&path, &in_map, &in_output).filter(|m| !m.is_empty()) {
                told.changed(&rel);
                if moved {
                    told.relist();
                }
            }
            let _ = tx.send(path);
        }
    })
    .ok()?;
    watcher.watch(&map, RecursiveMode::Recursive).ok()?;
    index.watched();
    if !output.starts_with(&map) && output.is_dir() {
        let _ = watcher.watch(&output, RecursiveMode::NonRecursive);
    }
    std::thread::spawn(move || {
        while let Ok(first) = rx.recv() {
            let mut changed = BTreeSet::new();
            let mut add = |p: &Path| {
                if let Some(m) = meaning(p, &map, &output) {
                    changed.insert(m);
                }
            };
            add(&first);
            while let Ok(p) = rx.recv_timeout(SETTLE) {
                add(&p);
            }
            for m in changed {
                // No page listening is fine.
                let _ = pages.send(m);
            }
        }
    });
    Some(watcher)
}

/// `/live`: the changes, as server-sent events, while the page is open.
pub async fn events(
    Shared(state): Shared<Arc<State>>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let rx = state.changes.subscribe();
    let stream = stream::unfold(rx, |mut rx| async move {
        let data = match rx.recv().await {
            Ok(m) => m,
            // Missed some: anything may have changed.
            Err(broadcast::error::RecvError::Lagged(_)) => "*".to_string(),
            Err(broadcast::error::RecvError::Closed) => return None,
        };
        Some((Ok(Event::default().event("wijziging").data(data)), rx))
    });
    Sse::new(stream).keep_alive(KeepAlive::default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn journals_and_pdfs_matter_and_the_rest_does_not() {
        let map = Path::new("/m");
        let out = Path::new("/m/rapportages");
        let m = |p: &str| meaning(Path::new(p), map, out);
        assert_eq!(m("/m/team/jansen.yaml"), Some("team/jansen.yaml".into()));
        assert_eq!(m("/m/rapportages/x.pdf"), Some(String::new()));
        assert_eq!(m("/m/rapportages/.spoor2-manifest.json"), None);
        assert_eq!(m("/m/jansen.yaml.vorige"), None);
        assert_eq!(m("/m/.jansen.yaml.swp"), None);
        assert_eq!(m("/m/bureau.yaml"), None);
    }
}
