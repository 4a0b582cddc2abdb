//! Faults: an interrupted batch, an output that cannot be written, and the
//! environment not leaking into the PDFs.

mod common;

use std::path::Path;
use std::process::Stdio;

use common::*;

fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect()
}

/// Writes `text` into the named pipe `fifo` once spoor2 opens it to read,
/// so a journal that is a pipe holds spoor2 at that read until the test lets
/// it go on. Fails if spoor2 ends before it reads.
fn feed(fifo: &Path, text: &str, child: &mut std::process::Child) {
    use std::io::Write;
    use std::os::fd::AsRawFd;
    use std::os::unix::fs::OpenOptionsExt;
    let mut opened = None;
    wait_until("spoor2 opens the journal in the pipe", || {
        // Without a reader, a non-blocking open for writing fails (ENXIO).
        match std::fs::OpenOptions::new()
            .write(true)
            .custom_flags(libc::O_NONBLOCK)
            .open(fifo)
        {
            Ok(f) => opened = Some(f),
            Err(e) => assert_eq!(e.raw_os_error(), Some(libc::ENXIO), "{e}"),
        }
        assert!(
            opened.is_some() || child.try_wait().unwrap().is_none(),
            "spoor2 ended without reading the journal in the pipe"
        );
        opened.is_some()
    });
    let mut pipe = opened.unwrap();
    // SAFETY: clearing the flags of a descriptor this function owns.
    unsafe { libc::fcntl(pipe.as_raw_fd(), libc::F_SETFL, 0) };
    pipe.write_all(text.as_bytes()).unwrap();
}

fn pdfs(dir: &Path, prefix: &str) -> Vec<String> {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .filter(|n| n.starts_with(prefix) && n.ends_with(".pdf"))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn an_interrupted_batch_leaves_no_partial_files_and_a_rerun_completes_it() {
    let dir = tempfile::tempdir().unwrap();
    let o = bin()
        .args(["genereer", "--aantal", "120", "-o", "caseload"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(code(&o), 0);
    // The last journal of the batch is a named pipe: reading it waits for
    // the test, so the batch is still running when the signal comes, however
    // fast or slow the machine.
    let fifo = dir.path().join("laatste.yaml");
    let name = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0);
    let mut child = bin()
        .args([
            "render",
            "caseload",
            "laatste.yaml",
            "-o",
            "uit",
            "--peildatum",
            "2027-06-01",
            "--jobs",
            "1",
            "--quiet",
        ])
        .current_dir(dir.path())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Phase 1 reads every journal, the pipe too.
    feed(&fifo, MINIMAL, &mut child);
    // Interrupt once the first PDFs are there, with more being written.
    let out = dir.path().join("uit");
    wait_until("the first three PDFs", || {
        assert!(child.try_wait().unwrap().is_none(), "spoor2 ended early");
        pdfs(&out, "SYN-").len() >= 3
    });
    // SAFETY: a signal to the child this test started and has not reaped.
    assert_eq!(unsafe { libc::kill(child.id() as i32, libc::SIGINT) }, 0);
    // Phase 2 reads the pipe again before its documents; only then can the
    // batch end.
    feed(&fifo, MINIMAL, &mut child);
    let result = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&result.stderr).into_owned();
    let made = pdfs(&out, "SYN-");
    assert_eq!(result.status.code(), Some(130), "{err}");
    assert!(
        err.contains("afgebroken: de rapportages die af waren zijn bewaard"),
        "{err}"
    );
    assert!(leftovers(&out).is_empty(), "{:?}", leftovers(&out));
    // Every PDF that exists is complete.
    for name in &made {
        let bytes = std::fs::read(out.join(name)).unwrap();
        let trimmed = bytes.trim_ascii_end();
        assert!(
            bytes.starts_with(b"%PDF-") && trimmed.ends_with(b"%%EOF"),
            "{name} is truncated"
        );
    }
    // A re-run makes the rest and keeps what was done.
    let o = bin()
        .args([
            "render",
            "caseload",
            "-o",
            "uit",
            "--peildatum",
            "2027-06-01",
            "--format",
            "json",
        ])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let gemaakt = json["samenvatting"]["gemaakt"].as_u64().unwrap();
    let actueel = json["samenvatting"]["actueel"].as_u64().unwrap();
    assert_eq!(gemaakt + actueel, 120);
    assert_eq!(actueel as usize, made.len());
}

#[test]
fn an_output_that_cannot_be_written_does_not_stop_the_others() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.yaml", MINIMAL);
    write(
        dir.path(),
        "b.yaml",
        &MINIMAL.replace("dossier: T-001", "dossier: T-002"),
    );
    // A folder where T-001's PDF should go: that one write fails.
    std::fs::create_dir_all(dir.path().join("uit/T-001-voortgangsrapportage-01.pdf")).unwrap();
    let o = bin()
        .args(["render", ".", "-o", "uit", "--peildatum", "2026-04-20"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(code(&o), 3);
    assert_eq!(stdout(&o), "uit/T-002-voortgangsrapportage-01.pdf\n");
    assert!(
        stderr(&o).contains("./a.yaml: fout: T-001-voortgangsrapportage-01.pdf: kan uit/T-001-voortgangsrapportage-01.pdf niet schrijven: dit is een map, geen bestand"),
        "{}",
        stderr(&o)
    );
    assert!(leftovers(&dir.path().join("uit")).is_empty());
}

#[test]
fn time_zone_and_language_do_not_change_the_bytes() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.yaml", MINIMAL);
    let render = |out: &str, tz: &str, lang: &str| {
        let o = bin()
            .args(["render", "a.yaml", "-o", out, "--peildatum", "2026-04-20"])
            .env("TZ", tz)
            .env("LANG", lang)
            .env("LC_ALL", lang)
            .current_dir(dir.path())
            .output()
            .unwrap();
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        std::fs::read(
            dir.path()
                .join(out)
                .join("T-001-voortgangsrapportage-01.pdf"),
        )
        .unwrap()
    };
    let a = render("a", "UTC", "C");
    let b = render("b", "Pacific/Kiritimati", "nl_NL.UTF-8");
    let c = render("c", "America/Los_Angeles", "en_US.UTF-8");
    assert_eq!(a, b);
    assert_eq!(a, c);
}
