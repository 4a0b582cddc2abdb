//! Nothing is lost: writers at the same moment (commands and werkplek
//! posts), a text saved from a stale page, `ongedaan` after a hand edit, the
//! history of every change, a writer killed at any moment, files keeping
//! their protection.

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::{Arc, Barrier};

use common::werkplek::*;
use common::*;

const PEIL: &str = "2026-04-20";

fn git(dir: &Path, args: &[&str]) -> String {
    let o = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_AUTHOR_NAME", "Test")
        .env("GIT_AUTHOR_EMAIL", "test@example.invalid")
        .env("GIT_COMMITTER_NAME", "Test")
        .env("GIT_COMMITTER_EMAIL", "test@example.invalid")
        .output()
        .expect("git runs");
    assert!(o.status.success(), "git {args:?}: {}", stderr(&o));
    stdout(&o)
}

/// `spoor2 toevoegen` of a coaching conversation on `datum` to the
/// journal `dossier.yaml` in `dir`.
fn add_activity(dir: &Path, datum: &str, text: &str) -> std::process::Output {
    run_in(
        dir,
        &[
            "toevoegen",
            "dossier.yaml",
            "activiteit",
            "--datum",
            datum,
            "--soort",
            "coachingsgesprek",
            "--omschrijving",
            text,
            "--peildatum",
            PEIL,
            "--niet-vragen",
        ],
    )
}

/// A folder with the editing fixture as `dossier.yaml`, history on.
fn folder_with_history() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "dossier.yaml",
        include_str!("fixtures/bewerken/dossier.yaml"),
    );
    let o = run_in(dir.path(), &["geschiedenis", "--aanzetten", "."]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        ".: de geschiedenis staat aan; 1 dossier opgenomen. Elke wijziging met spoor2 wordt nu bewaard ('spoor2 geschiedenis BESTAND' toont ze).\n"
    );
    dir
}

fn start(dir: &Path, peildatum: &str) -> Werkplek {
    start_on(dir, peildatum)
}

#[test]
fn sixteen_writers_at_once_lose_nothing() {
    let dir = folder_with_history();
    let w = start(dir.path(), PEIL);
    let barrier = Arc::new(Barrier::new(16));
    let w = Arc::new(w);
    let mut handles = Vec::new();
    for i in 0..16 {
        let barrier = barrier.clone();
        let w = w.clone();
        let dir = dir.path().to_path_buf();
        handles.push(std::thread::spawn(move || {
            let text = format!("Gelijktijdig gesprek nummer {i}.");
            let datum = format!("2026-04-{:02}", 1 + i);
            barrier.wait();
            if i % 2 == 0 {
                let o = add_activity(&dir, &datum, &text);
                assert_eq!(code(&o), 0, "{}", stderr(&o));
                assert!(stdout(&o).contains("toegevoegd aan activiteiten"));
            } else {
                let token = w.token.clone();
                let a = w.post(
                    "/toevoegen",
                    &[
                        ("token", &token),
                        ("bestand", "dossier.yaml"),
                        ("onderdeel", "activiteit"),
                        ("datum", &datum),
                        ("soort", "coachingsgesprek"),
                        ("omschrijving", &text),
                    ],
                );
                assert_eq!(a.status, 303, "{}", a.body);
                let to = a.header("location").unwrap();
                assert!(to.contains("&melding="), "{to}");
            }
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    let text = std::fs::read_to_string(dir.path().join("dossier.yaml")).unwrap();
    for i in 0..16 {
        assert!(
            text.contains(&format!("Gelijktijdig gesprek nummer {i}.")),
            "entry {i} is missing:\n{text}"
        );
    }
    let o = run_in(dir.path(), &["check", "dossier.yaml", "--peildatum", PEIL]);
    assert_eq!(code(&o), 0, "{}{}", stdout(&o), stderr(&o));
    // The first version and sixteen changes.
    let log = git(dir.path(), &["log", "--format=%s", "--", "dossier.yaml"]);
    let subjects: Vec<&str> = log.lines().collect();
    assert_eq!(subjects.len(), 17, "{log}");
    assert_eq!(
        subjects
            .iter()
            .filter(|s| s.starts_with("T-001: activiteit van ") && s.ends_with(" toegevoegd"))
            .count(),
        16,
        "{log}"
    );
    assert_eq!(
        subjects.last().unwrap(),
        &"T-001: opgenomen in de geschiedenis"
    );
    // Every commit is by the journal's coach.
    let authors = git(dir.path(), &["log", "--format=%an", "--", "dossier.yaml"]);
    assert!(authors.lines().all(|a| a == "Carla Coach"), "{authors}");
}

#[test]
fn without_history_eight_commands_at_once_all_land() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "dossier.yaml",
        include_str!("fixtures/bewerken/dossier.yaml"),
    );
    let barrier = Arc::new(Barrier::new(8));
    let handles: Vec<_> = (0..8)
        .map(|i| {
            let barrier = barrier.clone();
            let dir = dir.path().to_path_buf();
            std::thread::spawn(move || {
                barrier.wait();
                let o = run_in(
                    &dir,
                    &[
                        "toevoegen",
                        "dossier.yaml",
                        "sollicitatie",
                        "--datum",
                        &format!("2026-04-{:02}", 2 + i),
                        "--werkgever",
                        &format!("Werkgever {i} B.V."),
                        "--functie",
                        "Planner",
                        "--kanaal",
                        "vacaturesite",
                        "--status",
                        "verstuurd",
                        "--peildatum",
                        PEIL,
                        "--niet-vragen",
                    ],
                );
                assert_eq!(code(&o), 0, "{}", stderr(&o));
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let text = std::fs::read_to_string(dir.path().join("dossier.yaml")).unwrap();
    for i in 0..8 {
        assert!(text.contains(&format!("Werkgever {i} B.V.")), "{text}");
    }
    let o = run_in(dir.path(), &["check", "dossier.yaml", "--peildatum", PEIL]);
    assert_eq!(code(&o), 0, "{}", stdout(&o));
}

/// A hidden field's value as the browser sends it (Tera escapes `&<>"'/`).
fn unescape(v: &str) -> String {
    v.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#x2F;", "/")
        .replace("&amp;", "&")
}

/// The report form's fields as a tab would send them: its hidden fields
/// (token, version, the texts it was made from) and the texts typed.
fn report_form(w: &Werkplek, page: &str, typed: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut form = vec![
        ("token".to_string(), w.token.clone()),
        ("bestand".into(), "lopend-traject.yaml".into()),
        ("welke".into(), "1".into()),
        ("bevestigd".into(), "1".into()),
        ("versie".into(), hidden(page, "versie")),
    ];
    for key in [
        "voortgang",
        "belemmeringen",
        "inzet_werknemer",
        "afspraken",
        "visie_werknemer",
    ] {
        form.push((
            format!("was_{key}"),
            unescape(&hidden(page, &format!("was_{key}"))),
        ));
    }
    for (k, v) in typed {
        form.push((k.to_string(), v.to_string()));
    }
    form
}

fn post_owned(w: &Werkplek, path: &str, form: &[(String, String)]) -> Answer {
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    w.post(path, &pairs)
}

#[test]
fn a_text_saved_from_a_stale_page_is_refused_with_409_and_kept() {
    let dir = samples_copy();
    let journal = "lopend-traject.yaml";
    let w = start(dir.path(), "2026-11-24");
    let open = || {
        w.get(&format!("/rapportage?bestand={journal}&welke=1"))
            .body
    };
    let tab_a = open();
    assert_eq!(hidden(&tab_a, "versie").len(), 16);

    // Meanwhile the journal changes elsewhere, but not this report's text.
    let o = run_in(
        dir.path(),
        &[
            "toevoegen",
            journal,
            "activiteit",
            "--datum",
            "2026-11-20",
            "--soort",
            "netwerkgesprek",
            "--omschrijving",
            "Intussen toegevoegd.",
            "--peildatum",
            "2026-11-24",
            "--niet-vragen",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let meanwhile = std::fs::read(dir.path().join(journal)).unwrap();

    let typed = "Een zin die de coach net schreef en niet kwijt mag.";
    let mine = [
        ("voortgang", typed),
        ("inzet_werknemer", "Komt afspraken na."),
        ("afspraken", "Volgende week verder."),
    ];
    let a = post_owned(&w, "/rapportage", &report_form(&w, &tab_a, &mine));
    assert_eq!(a.status, 409, "{}", a.body);
    assert!(
        a.body.contains("Niet opgeslagen: het dossier is gewijzigd nadat u deze pagina opende (in een ander tabblad, met spoor2 of in een editor), maar niet in de tekst van deze rapportage."),
        "{}",
        a.body
    );
    assert!(
        a.body.contains(&format!(">{typed}</textarea>")),
        "{}",
        a.body
    );
    assert!(
        !a.body.contains("Intussen door een ander gewijzigd"),
        "{}",
        a.body
    );
    assert_eq!(std::fs::read(dir.path().join(journal)).unwrap(), meanwhile);

    // Tab B changes the agreements; tab A, saving from its refused page,
    // is refused again and sees exactly that section's new text.
    let tab_b = open();
    let theirs = [
        ("voortgang", "Tekst van tab B."),
        ("inzet_werknemer", "Tekst van tab B."),
        ("afspraken", "Tab B schreef deze afspraken."),
    ];
    let b = post_owned(&w, "/rapportage", &report_form(&w, &tab_b, &theirs));
    assert_eq!(b.status, 303, "{}", b.body);
    let again = post_owned(&w, "/rapportage", &report_form(&w, &a.body, &mine));
    assert_eq!(again.status, 409, "{}", again.body);
    assert!(
        again.body.contains("bij elk onderdeel dat intussen door een ander is gewijzigd, staat wat er nu in het dossier staat"),
        "{}",
        again.body
    );
    assert_eq!(
        again
            .body
            .matches("Intussen door een ander gewijzigd")
            .count(),
        3,
        "{}",
        again.body
    );
    assert!(
        again
            .body
            .contains("<blockquote>Tab B schreef deze afspraken.</blockquote>"),
        "{}",
        again.body
    );
    assert!(again.body.contains(&format!(">{typed}</textarea>")));

    // The coach merges (keeps B's agreements) and saves from that page: it lands.
    let merged = [
        ("voortgang", typed),
        ("inzet_werknemer", "Komt afspraken na."),
        ("afspraken", "Tab B schreef deze afspraken."),
    ];
    let c = post_owned(&w, "/rapportage", &report_form(&w, &again.body, &merged));
    assert_eq!(c.status, 303, "{}", c.body);
    let text = std::fs::read_to_string(dir.path().join(journal)).unwrap();
    assert!(text.contains(typed));
    assert!(text.contains("Tab B schreef deze afspraken."));
    assert!(text.contains("Intussen toegevoegd."));

    // Two tabs that change different sections: the second is refused, but
    // its form already holds the first tab's text where it typed nothing,
    // so saving it again loses neither.
    let (tab_c, tab_d) = (open(), open());
    let field = |page: &str, key: &str| unescape(&hidden(page, &format!("was_{key}")));
    let keep = |page: &str, key: &'static str| (key, field(page, key));
    let c_form: Vec<(&str, String)> = vec![
        ("voortgang", "Tab C schreef de voortgang.".into()),
        keep(&tab_c, "inzet_werknemer"),
        keep(&tab_c, "afspraken"),
    ];
    let c_typed: Vec<(&str, &str)> = c_form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let c = post_owned(&w, "/rapportage", &report_form(&w, &tab_c, &c_typed));
    assert_eq!(c.status, 303, "{}", c.body);
    let d_form: Vec<(&str, String)> = vec![
        keep(&tab_d, "voortgang"),
        keep(&tab_d, "inzet_werknemer"),
        ("afspraken", "Tab D schreef de afspraken.".into()),
    ];
    let d_typed: Vec<(&str, &str)> = d_form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let d = post_owned(&w, "/rapportage", &report_form(&w, &tab_d, &d_typed));
    assert_eq!(d.status, 409, "{}", d.body);
    assert!(
        d.body.contains(">Tab C schreef de voortgang.</textarea>"),
        "{}",
        d.body
    );
    assert!(
        d.body.contains(">Tab D schreef de afspraken.</textarea>"),
        "{}",
        d.body
    );
    assert!(!d.body.contains("<blockquote>"), "{}", d.body);
    let merged: Vec<(&str, &str)> = vec![
        ("voortgang", "Tab C schreef de voortgang."),
        ("inzet_werknemer", d_typed[1].1),
        ("afspraken", "Tab D schreef de afspraken."),
    ];
    let again = post_owned(&w, "/rapportage", &report_form(&w, &d.body, &merged));
    assert_eq!(again.status, 303, "{}", again.body);
    let text = std::fs::read_to_string(dir.path().join(journal)).unwrap();
    assert!(text.contains("Tab C schreef de voortgang."));
    assert!(text.contains("Tab D schreef de afspraken."));
}

#[test]
fn undo_after_a_hand_edit_is_refused_and_changes_nothing() {
    // Without history: `.vorige` is not put back over a hand edit.
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "dossier.yaml",
        include_str!("fixtures/bewerken/dossier.yaml"),
    );
    let add = |dir: &Path, text: &str| {
        let o = add_activity(dir, "2026-04-02", text);
        assert_eq!(code(&o), 0, "{}", stderr(&o));
    };
    add(dir.path(), "Door spoor2 toegevoegd.");
    // A hand edit, a moment later.
    std::thread::sleep(std::time::Duration::from_millis(20));
    let path = dir.path().join("dossier.yaml");
    let hand = std::fs::read_to_string(&path).unwrap() + "# met de hand toegevoegd\n";
    std::fs::write(&path, &hand).unwrap();
    let o = run_in(dir.path(), &["ongedaan", "dossier.yaml"]);
    assert_eq!(code(&o), 1);
    assert_eq!(
        stderr(&o),
        "dossier.yaml: niets teruggezet: het dossier is na de laatste wijziging van spoor2 nog veranderd (met de hand of door een ander programma); die verandering zou verloren gaan. De vorige versie staat in dossier.yaml.vorige\n"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), hand);

    // With history: the same, and the hand edit is recorded at the next write.
    let dir = folder_with_history();
    let path = dir.path().join("dossier.yaml");
    add(dir.path(), "Eerste toevoeging.");
    let hand = std::fs::read_to_string(&path)
        .unwrap()
        .replace("# ", "# (met de hand) ");
    std::fs::write(&path, &hand).unwrap();
    let o = run_in(dir.path(), &["ongedaan", "dossier.yaml"]);
    assert_eq!(code(&o), 1);
    assert!(
        stderr(&o).starts_with("dossier.yaml: niets teruggezet: het dossier is na de laatste wijziging van spoor2 nog veranderd"),
        "{}",
        stderr(&o)
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), hand);
    add(dir.path(), "Tweede toevoeging.");
    let log = git(dir.path(), &["log", "--format=%s", "--", "dossier.yaml"]);
    assert_eq!(
        log.lines().collect::<Vec<_>>(),
        [
            "T-001: activiteit van 2 april 2026 toegevoegd",
            "T-001: handmatig gewijzigd",
            "T-001: activiteit van 2 april 2026 toegevoegd",
            "T-001: opgenomen in de geschiedenis",
        ]
    );
    // Now undo reverses the second addition only, keeping the hand edit.
    let o = run_in(dir.path(), &["ongedaan", "dossier.yaml"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "dossier.yaml: ongedaan gemaakt: activiteit van 2 april 2026 toegevoegd\n"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), hand);
    // The next undo would undo a hand edit: refused.
    let o = run_in(dir.path(), &["ongedaan", "dossier.yaml"]);
    assert_eq!(code(&o), 1, "{}", stdout(&o));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), hand);
}

#[test]
fn the_history_lists_every_change_and_puts_an_earlier_text_back() {
    let dir = folder_with_history();
    let path = dir.path().join("dossier.yaml");
    let original = std::fs::read_to_string(&path).unwrap();
    let o = run_in(
        dir.path(),
        &[
            "toevoegen",
            "dossier.yaml",
            "maatregel",
            "--datum",
            "2026-04-03",
            "--soort",
            "scholing",
            "--omschrijving",
            "Cursus plannen.",
            "--peildatum",
            PEIL,
            "--niet-vragen",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let o = run_in(dir.path(), &["geschiedenis", "dossier.yaml"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(
        lines[0].ends_with("  Carla Coach  maatregel van 3 april 2026 toegevoegd"),
        "{out}"
    );
    assert!(
        lines[1].ends_with("  opgenomen in de geschiedenis"),
        "{out}"
    );
    let first = lines[1].split_whitespace().next().unwrap();
    let o = run_in(
        dir.path(),
        &[
            "geschiedenis",
            "dossier.yaml",
            "--terugzetten",
            first,
            "--peildatum",
            PEIL,
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        stdout(&o).starts_with("dossier.yaml: teruggezet naar de versie van "),
        "{}",
        stdout(&o)
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), original);
    let log = git(dir.path(), &["log", "--format=%s", "--", "dossier.yaml"]);
    assert_eq!(log.lines().count(), 3, "{log}");
}

#[test]
fn without_history_the_first_edit_says_how_to_turn_it_on() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "dossier.yaml",
        include_str!("fixtures/bewerken/dossier.yaml"),
    );
    let add = |day: &str| add_activity(dir.path(), day, "Gesprek.");
    let o = add("2026-04-01");
    assert_eq!(code(&o), 0);
    assert_eq!(
        stderr(&o),
        "tip: met 'spoor2 geschiedenis --aanzetten .' wordt elke wijziging bewaard en kan elke wijziging worden teruggezet\n"
    );
    let o = add("2026-04-02");
    assert_eq!(stderr(&o), "");
    let o = run_in(dir.path(), &["geschiedenis", "dossier.yaml"]);
    assert_eq!(code(&o), 1);
    assert_eq!(
        stderr(&o),
        "dossier.yaml: de geschiedenis staat niet aan voor deze map; zet haar aan met 'spoor2 geschiedenis --aanzetten .'\n"
    );
}

#[cfg(unix)]
#[test]
fn a_writer_killed_at_any_moment_leaves_the_old_or_the_new_text() {
    let dir = folder_with_history();
    let path = dir.path().join("dossier.yaml");
    // Waits grow from nothing to well past a whole write, so kills land
    // before, during and after it.
    for i in 0..24u64 {
        let before = std::fs::read_to_string(&path).unwrap();
        let marker = format!("Onderbroken schrijven {i}.");
        let mut child = bin()
            .args([
                "toevoegen",
                "dossier.yaml",
                "activiteit",
                "--datum",
                "2026-04-06",
                "--soort",
                "coachingsgesprek",
                "--omschrijving",
                &marker,
                "--peildatum",
                PEIL,
                "--niet-vragen",
            ])
            .current_dir(dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(i * i / 2));
        let _ = child.kill();
        let _ = child.wait();
        let after = std::fs::read_to_string(&path).unwrap();
        if after != before {
            assert_eq!(
                after.matches(&marker).count(),
                1,
                "after kill {i}:\n{after}"
            );
        }
        let o = run_in(dir.path(), &["check", "dossier.yaml", "--peildatum", PEIL]);
        assert_eq!(code(&o), 0, "after kill {i}: {}", stdout(&o));
    }
    // The history is readable and whole.
    git(dir.path(), &["fsck", "--no-progress"]);
    git(dir.path(), &["log", "--format=%s"]);
    // A later write still lands, and records what the killed writers left.
    let o = add_activity(dir.path(), "2026-04-07", "Daarna.");
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(
        git(dir.path(), &["status", "--porcelain", "--", "dossier.yaml"]),
        ""
    );
    // No temporary file is left beside the journal by the last writer.
    let left: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[cfg(unix)]
#[test]
fn a_rewrite_keeps_the_journals_mode_and_a_symlink_is_written_through() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let real_dir = dir.path().join("echt");
    std::fs::create_dir(&real_dir).unwrap();
    let real = write(
        &real_dir,
        "dossier.yaml",
        include_str!("fixtures/bewerken/dossier.yaml"),
    );
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o600)).unwrap();
    let work = dir.path().join("werk");
    std::fs::create_dir(&work).unwrap();
    std::os::unix::fs::symlink(&real, work.join("dossier.yaml")).unwrap();
    let o = add_activity(&work, "2026-04-01", "Via de koppeling.");
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    // The link is still a link, its target holds the change.
    assert!(
        std::fs::symlink_metadata(work.join("dossier.yaml"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(
        std::fs::read_to_string(&real)
            .unwrap()
            .contains("Via de koppeling.")
    );
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&real), 0o600);
    assert_eq!(mode(&real_dir.join("dossier.yaml.vorige")), 0o600);

    // A new journal is private from the start, and so are its PDFs.
    let o = run_in(
        dir.path(),
        &[
            "nieuw",
            "--naam",
            "Kees de Jong",
            "--werkgever",
            "Bakkerij Het Voorbeeld",
            "--eerste-ziektedag",
            "2025-09-01",
            "--start",
            "2026-09-28",
            "--dossier",
            "S2-2026-100",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let created: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    assert_eq!(created.len(), 1, "{created:?}");
    assert_eq!(mode(&created[0]), 0o600);
}

/// Everything a repository holds, as text: every object's content
/// (loose and packed, unpacked by git), and every other file under `.git`.
fn everything_in(repo: &Path) -> String {
    let o = Command::new("git")
        .arg("-C")
        .arg(repo)
        .args(["cat-file", "--batch-all-objects", "--batch"])
        .output()
        .unwrap();
    assert!(o.status.success());
    let mut all = String::from_utf8_lossy(&o.stdout).into_owned();
    for entry in walk(&repo.join(".git")) {
        all.push_str(&String::from_utf8_lossy(&std::fs::read(entry).unwrap()));
    }
    all
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// What must not survive of the ended sample case: the employee's name,
/// the BSN and a sentence of the narrative.
const PERSONAL: [&str; 3] = [
    "Mehmet Yıldız",
    "999990032",
    "technische kennis die goed past bij functies in de werkvoorbereiding",
];

fn samples_with_history() -> tempfile::TempDir {
    let dir = samples_copy();
    let o = run_in(dir.path(), &["geschiedenis", "--aanzetten", "."]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    // A hand edit recorded at the next write gives the case a second version.
    let path = dir.path().join("afgerond-plaatsing.yaml");
    // Tags and a stash hold versions too.
    git(dir.path(), &["tag", "licht"]);
    git(dir.path(), &["tag", "-a", "-m", "kwartaal", "kwartaal1"]);
    let original = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, original.clone() + "# in de stash\n").unwrap();
    git(dir.path(), &["stash", "-q"]);
    let text = original + "# nagekeken\n";
    std::fs::write(&path, text).unwrap();
    let before = everything_in(dir.path());
    for p in PERSONAL {
        assert!(before.contains(p), "the test must see {p} first");
    }
    dir
}

#[test]
fn anonimiseer_leaves_no_personal_data_in_the_history() {
    let dir = samples_with_history();
    let o = run_in(
        dir.path(),
        &[
            "anonimiseer",
            "afgerond-plaatsing.yaml",
            "--ja",
            "-o",
            "rapportages",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        stdout(&o).ends_with(
            "afgerond-plaatsing.yaml: de eerdere versies zijn ook uit de geschiedenis verwijderd\n"
        ),
        "{}",
        stdout(&o)
    );
    let all = everything_in(dir.path());
    for p in PERSONAL {
        assert!(!all.contains(p), "{p} is still in the repository");
    }
    // The anonymised journal is in the history; the other cases are untouched.
    let log = git(
        dir.path(),
        &["log", "--format=%s", "--", "afgerond-plaatsing.yaml"],
    );
    assert_eq!(log.lines().count(), 1, "{log}");
    assert!(log.contains(": geanonimiseerd als ANON-"), "{log}");
    let log = git(
        dir.path(),
        &["log", "--format=%s", "--", "lopend-traject.yaml"],
    );
    assert_eq!(log.trim(), "S2-2026-031: opgenomen in de geschiedenis");
    // The tags stay, on the rewritten commits; the stash is gone.
    assert_eq!(git(dir.path(), &["tag"]), "kwartaal1\nlicht\n");
    assert_eq!(git(dir.path(), &["stash", "list"]), "");
    git(dir.path(), &["fsck", "--no-progress"]);
}

#[test]
fn removal_after_the_bewaartermijn_leaves_nothing_in_the_history() {
    let dir = samples_with_history();
    let o = run_in(
        dir.path(),
        &["verwijder", "afgerond-plaatsing.yaml", "--ja"],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(
        stdout(&o).lines().last().unwrap(),
        "afgerond-plaatsing.yaml: verwijderd, met 0 bestanden uit rapportages en elke versie in de geschiedenis"
    );
    assert!(!dir.path().join("afgerond-plaatsing.yaml").exists());
    assert!(
        !dir.path()
            .join("afgerond-plaatsing.vastgelegd.json")
            .exists()
    );
    let all = everything_in(dir.path());
    for p in PERSONAL {
        assert!(!all.contains(p), "{p} is still in the repository");
    }
    git(dir.path(), &["fsck", "--no-progress"]);
}

#[test]
fn the_werkplek_shows_a_cases_history_and_puts_an_earlier_text_back() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "dossier.yaml",
        include_str!("fixtures/bewerken/dossier.yaml"),
    );
    let path = dir.path().join("dossier.yaml");
    let original = std::fs::read_to_string(&path).unwrap();
    let w = start(dir.path(), PEIL);
    // Without history, the page says so and offers to turn it on.
    let page = w.get("/geschiedenis?bestand=dossier.yaml").body;
    assert!(
        page.contains("De geschiedenis staat niet aan voor deze map."),
        "{page}"
    );
    let a = w.post(
        "/geschiedenis/aanzetten",
        &[("token", &w.token), ("bestand", "dossier.yaml")],
    );
    assert_eq!(a.status, 303, "{}", a.body);
    assert!(
        a.header("location")
            .unwrap()
            .contains("melding=de%20geschiedenis%20staat%20aan%3B%201%20dossier%20opgenomen"),
        "{:?}",
        a.header("location")
    );
    let a = w.post(
        "/toevoegen",
        &[
            ("token", &w.token),
            ("bestand", "dossier.yaml"),
            ("onderdeel", "activiteit"),
            ("datum", "2026-04-01"),
            ("soort", "coachingsgesprek"),
            ("omschrijving", "Via de werkplek."),
        ],
    );
    assert_eq!(a.status, 303);
    let page = w.get("/geschiedenis?bestand=dossier.yaml").body;
    assert!(
        page.contains("activiteit van 1 april 2026 toegevoegd"),
        "{page}"
    );
    assert!(page.contains("opgenomen in de geschiedenis"), "{page}");
    assert_eq!(page.matches("Deze tekst terugzetten").count(), 1, "{page}");
    let versie = hidden(&page, "versie");
    let a = w.post(
        "/terugzetten",
        &[
            ("token", &w.token),
            ("bestand", "dossier.yaml"),
            ("versie", &versie),
        ],
    );
    assert_eq!(a.status, 303, "{}", a.body);
    assert!(
        a.header("location").unwrap().contains("melding=teruggezet"),
        "{:?}",
        a.header("location")
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), original);
    let page = w.get("/geschiedenis?bestand=dossier.yaml").body;
    assert_eq!(page.matches("Deze tekst terugzetten").count(), 2, "{page}");
}

#[test]
fn a_journal_in_someone_elses_repository_is_not_committed_there() {
    // A folder that only lies inside a repository (a home folder under git,
    // or a project whose .gitignore covers it).
    let outer = tempfile::tempdir().unwrap();
    git(outer.path(), &["init", "-q"]);
    write(outer.path(), ".gitignore", "genegeerd/\n");
    for sub in ["map", "genegeerd"] {
        let dir = outer.path().join(sub);
        std::fs::create_dir(&dir).unwrap();
        write(
            &dir,
            "dossier.yaml",
            include_str!("fixtures/bewerken/dossier.yaml"),
        );
        let o = add_activity(&dir, "2026-04-01", "Gesprek.");
        assert_eq!(code(&o), 0, "{sub}: {}", stderr(&o));
    }
    // Nothing was committed in the outer repository.
    let o = Command::new("git")
        .arg("-C")
        .arg(outer.path())
        .args(["rev-parse", "-q", "--verify", "HEAD"])
        .output()
        .unwrap();
    assert!(!o.status.success());
    // Turning history on for the ignored folder makes it a repository of its own.
    let dir = outer.path().join("genegeerd");
    let o = run_in(&dir, &["geschiedenis", "--aanzetten", "."]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(dir.join(".git").is_dir());
    assert_eq!(
        git(&dir, &["log", "--format=%s"]).trim(),
        "T-001: opgenomen in de geschiedenis"
    );
}

#[test]
fn an_entry_added_from_a_stale_page_lands_on_the_current_journal() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "dossier.yaml",
        include_str!("fixtures/bewerken/dossier.yaml"),
    );
    let w = start(dir.path(), PEIL);
    let page = w.get("/dossier?bestand=dossier.yaml").body;
    let versie = hidden(&page, "versie");
    // The forms offer the werkplek's own day, as dd-mm-jjjj.
    let day: chrono::NaiveDate = PEIL.parse().unwrap();
    assert!(
        page.contains(&format!("value=\"{}\"", day.format("%d-%m-%Y"))),
        "{page}"
    );
    let o = add_activity(dir.path(), "2026-04-01", "Op de opdrachtregel.");
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let a = w.post(
        "/toevoegen",
        &[
            ("token", &w.token),
            ("bestand", "dossier.yaml"),
            ("versie", &versie),
            ("onderdeel", "activiteit"),
            ("datum", "2026-04-02"),
            ("soort", "coachingsgesprek"),
            ("omschrijving", "Vanaf een oude pagina."),
        ],
    );
    assert_eq!(a.status, 303, "{}", a.body);
    let to = a.header("location").unwrap();
    assert!(
        to.ends_with("het%20dossier%20was%20intussen%20elders%20gewijzigd%2C%20de%20toevoeging%20staat%20bij%20de%20nieuwe%20versie"),
        "{to}"
    );
    let text = std::fs::read_to_string(dir.path().join("dossier.yaml")).unwrap();
    assert!(text.contains("Op de opdrachtregel."));
    assert!(text.contains("Vanaf een oude pagina."));
}

#[test]
fn a_history_that_cannot_be_written_is_said_and_nothing_is_claimed() {
    let dir = folder_with_history();
    let path = dir.path().join("dossier.yaml");
    // Another git holds the index and never lets go.
    write(dir.path(), ".git/index.lock", "");
    // A hand edit must be recorded first: it cannot be, so nothing is written.
    let hand = std::fs::read_to_string(&path).unwrap() + "# met de hand\n";
    std::fs::write(&path, &hand).unwrap();
    let o = add_activity(dir.path(), "2026-04-01", "Niet opgeslagen.");
    assert_eq!(code(&o), 3, "{}", stdout(&o));
    assert_eq!(
        stderr(&o),
        "dossier.yaml: niets opgeslagen: de geschiedenis (git) kon niet worden bijgewerkt: de index van git bleef bezet (.git/index.lock)\n  hulp: los het probleem met git op, of zet de geschiedenis voor deze map uit met 'git config spoor2.geschiedenis uit'\n"
    );
    assert!(!stdout(&o).contains("toegevoegd"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), hand);
}

#[cfg(unix)]
#[test]
fn a_link_to_a_journal_elsewhere_does_not_stop_history_for_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let (map, echt) = (dir.path().join("map"), dir.path().join("echt"));
    std::fs::create_dir(&map).unwrap();
    std::fs::create_dir(&echt).unwrap();
    let fixture = include_str!("fixtures/bewerken/dossier.yaml");
    write(&echt, "dossier.yaml", fixture);
    write(&map, "eigen.yaml", &fixture.replace("T-001", "T-002"));
    std::os::unix::fs::symlink(echt.join("dossier.yaml"), map.join("dossier.yaml")).unwrap();
    let o = run_in(&map, &["geschiedenis", "--aanzetten", "."]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stdout(&o).starts_with(".: de geschiedenis staat aan; 1 dossier opgenomen."));
    assert_eq!(
        stderr(&o),
        "./dossier.yaml: let op: dit is een koppeling naar een dossier buiten deze map; de geschiedenis daarvan wordt hier niet bewaard (zet haar aan in de map waar het bestand staat)\n"
    );
    // Writing through the link works, without a tip that is already followed.
    let o = add_activity(&map, "2026-04-01", "Via de koppeling.");
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(stderr(&o), "");
    let o = run_in(&map, &["geschiedenis", "dossier.yaml"]);
    assert_eq!(code(&o), 1);
    assert!(
        stderr(&o).starts_with("dossier.yaml: dit is een koppeling naar "),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_write_stopped_before_its_commit_is_recorded_as_what_it_was() {
    let dir = folder_with_history();
    // Stops dead between writing the journal and committing it (a fault
    // injected in test builds), as a writer killed at that moment would.
    let o = bin()
        .args([
            "toevoegen",
            "dossier.yaml",
            "activiteit",
            "--datum",
            "2026-04-01",
            "--soort",
            "coachingsgesprek",
            "--omschrijving",
            "Geschreven, niet vastgelegd.",
            "--peildatum",
            PEIL,
            "--niet-vragen",
        ])
        .env("SPOOR2_TEST_STOP_AFTER_WRITE", "1")
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(!o.status.success());
    let text = std::fs::read_to_string(dir.path().join("dossier.yaml")).unwrap();
    assert!(text.contains("Geschreven, niet vastgelegd."));
    let o = add_activity(dir.path(), "2026-04-02", "Daarna.");
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let log = git(dir.path(), &["log", "--format=%s", "--", "dossier.yaml"]);
    assert_eq!(
        log.lines().collect::<Vec<_>>(),
        [
            "T-001: activiteit van 2 april 2026 toegevoegd",
            "T-001: activiteit van 1 april 2026 toegevoegd",
            "T-001: opgenomen in de geschiedenis",
        ]
    );
}

/// Eight fields of the running sample, each answered in its own form.
const FIELDS: [(&str, &str); 8] = [
    ("werknemer.functie", "Orderpicker"),
    ("werkgever.naam", "Distributiecentrum Lekvliet"),
    ("traject.urenbudget", "32"),
    ("persoonsprofiel.wensen", "Binnendienst in de logistiek."),
    ("trajectplan.verwachte_duur", "10 maanden"),
    ("grondslag.zoekprofiel.regio", "Utrecht en Houten"),
    ("grondslag.zoekprofiel.niveau", "mbo 3"),
    ("spoor1.stand", "Het eigen werk is niet meer passend."),
];

/// Whether a line of `text` is `leaf: value`, with or without the
/// comment the coach wrote after it.
fn holds(text: &str, leaf: &str, value: &str) -> bool {
    let field = format!("{leaf}: {value}");
    text.lines().any(|l| {
        l.trim_start()
            .strip_prefix(&field)
            .is_some_and(|rest| rest.is_empty() || rest.trim_start().starts_with('#'))
    })
}

/// Posts field `n` of [`FIELDS`] from a page of version `versie`.
fn answer(w: &Werkplek, n: usize, versie: &str) -> Answer {
    let (pad, value) = FIELDS[n];
    let leaf = pad.rsplit('.').next().unwrap();
    w.post(
        "/oplossen",
        &[
            ("token", &w.token),
            ("bestand", "lopend-traject.yaml"),
            ("versie", versie),
            ("pad", pad),
            ("regel", ""),
            (leaf, value),
        ],
    )
}

#[test]
fn eight_forms_from_one_page_version_land_once_and_say_so() {
    let dir = samples_copy();
    let path = dir.path().join("lopend-traject.yaml");
    let w = Arc::new(start(dir.path(), "2026-11-22"));
    let page = w
        .get("/oplossen?bestand=lopend-traject.yaml&pad=werknemer.functie")
        .body;
    let versie = hidden(&page, "versie");
    let barrier = Arc::new(Barrier::new(8));
    let handles: Vec<_> = (0..8)
        .map(|n| {
            let (w, barrier, versie) = (w.clone(), barrier.clone(), versie.clone());
            std::thread::spawn(move || {
                barrier.wait();
                let a = answer(&w, n, &versie);
                match a.status {
                    303 => true,
                    200 => {
                        assert!(
                            a.body.contains("niet opgeslagen: het dossier is gewijzigd nadat deze pagina werd geopend"),
                            "{}",
                            a.body
                        );
                        false
                    }
                    other => panic!("{other}: {}", a.body),
                }
            })
        })
        .collect();
    let landed: Vec<bool> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    // All from the same version: exactly one lands, and the others say so.
    assert_eq!(landed.iter().filter(|l| **l).count(), 1, "{landed:?}");
    let text = std::fs::read_to_string(&path).unwrap();
    for (n, (pad, value)) in FIELDS.iter().enumerate() {
        let leaf = pad.rsplit('.').next().unwrap();
        assert_eq!(holds(&text, leaf, value), landed[n], "{pad}: {text}");
    }

    // Each coach reloads and sends again until it lands: all eight land,
    // none lost, each said once.
    let barrier = Arc::new(Barrier::new(8));
    let handles: Vec<_> = (0..8)
        .map(|n| {
            let (w, barrier) = (w.clone(), barrier.clone());
            std::thread::spawn(move || {
                barrier.wait();
                for _ in 0..200 {
                    let page = w
                        .get(&format!(
                            "/oplossen?bestand=lopend-traject.yaml&pad={}",
                            FIELDS[n].0
                        ))
                        .body;
                    let a = answer(&w, n, &hidden(&page, "versie"));
                    match a.status {
                        303 => return,
                        // Written already by the first round.
                        200 if a.body.contains("er is niets ingevuld of veranderd") => return,
                        200 => assert!(a.body.contains("het dossier is gewijzigd"), "{}", a.body),
                        other => panic!("{other}: {}", a.body),
                    }
                }
                panic!("field {n} never landed");
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let text = std::fs::read_to_string(&path).unwrap();
    for (pad, value) in FIELDS {
        let leaf = pad.rsplit('.').next().unwrap();
        assert!(holds(&text, leaf, value), "{pad}: {text}");
    }
    let o = run_in(
        dir.path(),
        &["check", "lopend-traject.yaml", "--peildatum", "2026-11-22"],
    );
    assert_eq!(code(&o), 0, "{}{}", stdout(&o), stderr(&o));
}
