//! Faults: an interrupted batch, an output that cannot be written, and the
//! environment not leaking into the PDFs.

mod common;

use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use common::*;

fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect()
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
    let child = bin()
        .args([
            "render",
            "caseload",
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
    // Wait for the first PDFs, then interrupt.
    let out = dir.path().join("uit");
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(60) {
        let made = std::fs::read_dir(&out)
            .map(|rd| {
                rd.filter(|e| {
                    e.as_ref()
                        .unwrap()
                        .file_name()
                        .to_string_lossy()
                        .ends_with(".pdf")
                })
                .count()
            })
            .unwrap_or(0);
        if made >= 3 {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let killed = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let result = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&result.stderr).into_owned();
    let made: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".pdf"))
        .collect();
    assert_eq!(result.status.code(), Some(130), "{err}");
    assert!(
        err.contains("afgebroken: de rapportages die af waren zijn bewaard"),
        "{err}"
    );
    assert!(made.len() < 120, "the batch finished before the signal");
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
