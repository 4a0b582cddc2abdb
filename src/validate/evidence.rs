//! The rules over the evidence journal version 2 holds: the three questions
//! of UWV's Werkwijzer Poortwachter where loonsancties fall most often.
//!
//! - aimed at passende arbeid: a reasoned zoekprofiel with its history, and
//!   applications inside the profile in force (or reasoned why not);
//! - the employer informed and involved: an agreed trajectplan, regular
//!   contact, reports sent;
//! - stagnation noticed and acted on: a measure after a stretch without
//!   activity or below the intensity norm, and what was done with a
//!   deskundigenoordeel.
//!
//! Rules that ask for something a version 1 journal cannot hold apply to
//! version 2 journals only, so a journal that was valid stays as it was.

use chrono::{Duration, NaiveDate};

use crate::dates::long;
use crate::diag::{Finding, Severity};
use crate::journal::{Akkoord, Journal, Maatregel, Oordeel, Sollicitatie, Zoekprofiel};
use crate::norms::Norms;

/// Whether the journal is of format version 2 or later.
pub fn is_v2(j: &Journal) -> bool {
    j.versie >= 2
}

/// Semantic errors in the version 2 sections (for whatever version holds
/// them): dates that cannot be.
pub fn check_dates(j: &Journal, out: &mut Vec<Finding>) {
    let mut previous = profile_start(j, 0);
    for (i, z) in j.grondslag.zoekprofielwijzigingen.iter().enumerate() {
        let path = format!("grondslag.zoekprofielwijzigingen[{}]", i + 1);
        match z.ingangsdatum {
            None => out.push(
                Finding::error(
                    format!("{path}.ingangsdatum"),
                    "een wijziging van het zoekprofiel heeft een ingangsdatum nodig",
                )
                .hint("vul de datum in vanaf wanneer deze versie van het zoekprofiel geldt"),
            ),
            Some(d) if d <= previous => out.push(
                Finding::error(
                    format!("{path}.ingangsdatum"),
                    format!(
                        "deze versie van het zoekprofiel gaat in op {}, niet na de vorige versie ({})",
                        long(d),
                        long(previous)
                    ),
                )
                .hint("zet de wijzigingen in volgorde van ingangsdatum, oudste eerst"),
            ),
            Some(d) => previous = d,
        }
    }
    for (path, _, datum, sent) in sent_reports(j) {
        if let Some(sent) = sent.filter(|s| *s < datum) {
            out.push(
                Finding::error(
                    format!("{path}.verzonden_aan_werkgever"),
                    format!(
                        "verzonden op {}, vóór de datum van de rapportage ({})",
                        long(sent),
                        long(datum)
                    ),
                )
                .hint("controleer beide data"),
            );
        }
    }
    if let Some(d) = &j.deskundigenoordeel
        && let Some(datum) = d.datum.filter(|datum| *datum < d.aanvraagdatum)
    {
        out.push(
            Finding::error(
                "deskundigenoordeel.datum",
                format!(
                    "het oordeel ({}) ligt vóór de aanvraag ({})",
                    long(datum),
                    long(d.aanvraagdatum)
                ),
            )
            .hint("controleer beide data"),
        );
    }
}

/// Every report with its field path, what it is called, its date and the
/// date it was sent to the employer.
pub fn sent_reports(
    j: &Journal,
) -> impl Iterator<Item = (String, &'static str, NaiveDate, Option<NaiveDate>)> + '_ {
    let reports = j.voortgangsrapportages.iter().enumerate().map(|(i, r)| {
        (
            format!("voortgangsrapportages[{}]", i + 1),
            "rapportage",
            r.datum,
            r.verzonden_aan_werkgever,
        )
    });
    let eind = j.eindrapportage.iter().map(|e| {
        (
            "eindrapportage".to_string(),
            "eindrapportage",
            e.datum,
            e.verzonden_aan_werkgever,
        )
    });
    reports.chain(eind)
}

/// The warnings about missing or late evidence, in version 2 journals.
pub fn check(j: &Journal, peildatum: NaiveDate, norms: &Norms, out: &mut Vec<Finding>) {
    if !is_v2(j) {
        return;
    }
    plan_agreed(j, peildatum, norms, out);
    profile_reasoned(j, out);
    applications_fit(j, out);
    employer_contact(j, peildatum, norms, out);
    reports_sent(j, peildatum, norms, out);
    expert_opinion(j, out);
    answered(j, out);
    signed(j, out);
    current_view(j, peildatum, out);
    track_one(j, peildatum, out);
}

/// A signature is what the werkplek draws, or it is not printed: nothing
/// else from a journal reaches the typesetter as an image. The employee's
/// signature goes with the day they saw the report (or agreed with the
/// plan).
fn signed(j: &Journal, out: &mut Vec<Finding>) {
    // The part, the signature, its field, and the date it goes with.
    let mut signatures: Vec<(String, &Option<String>, &str, Option<NaiveDate>)> = Vec::new();
    for (i, r) in j.voortgangsrapportages.iter().enumerate() {
        let path = format!("voortgangsrapportages[{}]", i + 1);
        signatures.push((
            path.clone(),
            &r.handtekening_werknemer,
            "handtekening_werknemer",
            r.gezien_door_werknemer,
        ));
        signatures.push((
            path,
            &r.handtekening_coach,
            "handtekening_coach",
            Some(r.datum),
        ));
    }
    if let Some(e) = &j.eindrapportage {
        signatures.push((
            "eindrapportage".into(),
            &e.handtekening_werknemer,
            "handtekening_werknemer",
            e.gezien_door_werknemer,
        ));
        signatures.push((
            "eindrapportage".into(),
            &e.handtekening_coach,
            "handtekening_coach",
            Some(e.datum),
        ));
    }
    if let Some(p) = &j.trajectplan {
        signatures.push((
            "trajectplan".into(),
            &p.handtekening_werknemer,
            "handtekening_werknemer",
            p.akkoord_werknemer,
        ));
    }
    for (part, signature, field, date) in signatures {
        let Some(path) = signature else {
            continue;
        };
        let at = format!("{part}.{field}");
        if !crate::render::view::is_signature(path) {
            out.push(
                Finding::error(
                    at,
                    "dit is geen handtekening zoals de werkplek die vastlegt (M- en L-opdrachten met hele getallen binnen 600 bij 200)",
                )
                .hint("laat opnieuw tekenen in de werkplek (Laten ondertekenen of Zelf ondertekenen), of haal het veld weg"),
            );
        } else if date.is_none() {
            let (what, hint) = if part == "trajectplan" {
                (
                    "het plan heeft een handtekening van de werknemer maar geen datum van akkoord",
                    "vul akkoord_werknemer in met de dag van de handtekening",
                )
            } else {
                (
                    "de rapportage heeft een handtekening van de werknemer maar geen datum waarop die haar zag",
                    "vul gezien_door_werknemer in met de dag van de handtekening",
                )
            };
            out.push(Finding::error(at, what).hint(hint));
        }
    }
}

/// An employee who does not (fully) agree gets an answer in the report:
/// UWV reads the disagreement and looks for what the coach did with it.
fn answered(j: &Journal, out: &mut Vec<Finding>) {
    let reports = j.voortgangsrapportages.iter().enumerate().map(|(i, r)| {
        (
            format!("voortgangsrapportages[{}]", i + 1),
            r.akkoord_werknemer,
            &r.reactie_coach,
        )
    });
    let eind = j.eindrapportage.iter().map(|e| {
        (
            "eindrapportage".to_string(),
            e.akkoord_werknemer,
            &e.reactie_coach,
        )
    });
    for (path, akkoord, reactie) in reports.chain(eind) {
        let Some(a) = akkoord.filter(|a| *a != Akkoord::Akkoord) else {
            continue;
        };
        if blank(reactie) {
            out.push(
                Finding::warning(
                    format!("{path}.akkoord_werknemer"),
                    format!(
                        "de werknemer is {} met de rapportage, maar de coach heeft daar niet op gereageerd",
                        a.label()
                    ),
                )
                .rule("reactie")
                .hint("schrijf bij reactie_coach wat er met de visie van de werknemer is gedaan"),
            );
        }
    }
}

/// Weeks after which the bedrijfsarts's view of the belastbaarheid is no
/// longer current.
pub const CURRENT_VIEW_WEEKS: i64 = 26;

/// The bedrijfsarts's view of the belastbaarheid must be current: not
/// older than half a year, and not older than a change in the hours of
/// the zoekprofiel (hours cut without a new view from the bedrijfsarts
/// reads as the coach's own medical judgement).
fn current_view(j: &Journal, peildatum: NaiveDate, out: &mut Vec<Finding>) {
    let g = &j.grondslag;
    let latest = g
        .actueel_oordeel
        .as_ref()
        .map_or(g.belastbaarheid.datum, |a| {
            a.datum.max(g.belastbaarheid.datum)
        });
    let until = horizon(j, peildatum);
    // The latest change of hours, with the day the version it replaced
    // took effect: a view from before that day cannot have led to it.
    let versions: Vec<_> = std::iter::once(&g.zoekprofiel)
        .chain(&g.zoekprofielwijzigingen)
        .enumerate()
        .collect();
    let hours_changed = versions
        .windows(2)
        .filter(|w| {
            let (a, b) = (&w[0].1.uren_per_week, &w[1].1.uren_per_week);
            a.min != b.min || a.max != b.max
        })
        .filter_map(|w| {
            let changed = w[1].1.ingangsdatum?;
            (changed <= until).then(|| (changed, profile_start(j, w[0].0)))
        })
        .max();
    let path = if g.actueel_oordeel.is_some() {
        "grondslag.actueel_oordeel.datum"
    } else {
        "grondslag.belastbaarheid.datum"
    };
    let hint = "vraag de bedrijfsarts om een actueel oordeel en leg het vast onder grondslag.actueel_oordeel (datum, opgesteld_door, samenvatting zonder diagnose)";
    if let Some((changed, before)) = hours_changed.filter(|(_, before)| latest < *before) {
        out.push(
            Finding::warning(
                path,
                format!(
                    "de uren in het zoekprofiel veranderden per {}, maar het laatste oordeel van de bedrijfsarts over de belastbaarheid is van {}, van vóór het zoekprofiel dat toen werd vervangen ({})",
                    long(changed),
                    long(latest),
                    long(before)
                ),
            )
            .rule("belastbaarheid")
            .hint(hint),
        );
    } else if (until - latest).num_weeks() > CURRENT_VIEW_WEEKS {
        out.push(
            Finding::warning(
                path,
                format!(
                    "het laatste oordeel van de bedrijfsarts over de belastbaarheid is van {}, meer dan {CURRENT_VIEW_WEEKS} weken voor {}",
                    long(latest),
                    long(until)
                ),
            )
            .rule("belastbaarheid")
            .hint(hint),
        );
    }
}

/// The RIV asks where spoor 1 stands; a spoor 2 dossier without it leaves
/// the assessor guessing why there is a spoor 2 at all.
fn track_one(j: &Journal, peildatum: NaiveDate, out: &mut Vec<Finding>) {
    if j.spoor1.is_none() && peildatum >= j.traject.startdatum {
        out.push(
            Finding::warning("traject", "niet vastgelegd waar spoor 1 staat")
                .rule("spoor1")
                .hint("vul spoor1 in met de datum en de stand in een zin, bijvoorbeeld: terugkeer in het eigen werk is niet mogelijk volgens het arbeidsdeskundig onderzoek"),
        );
    }
}

/// The last day whose work the checks can expect to be recorded.
fn horizon(j: &Journal, peildatum: NaiveDate) -> NaiveDate {
    j.traject.einddatum.map_or(peildatum, |e| e.min(peildatum))
}

fn plan_agreed(j: &Journal, peildatum: NaiveDate, norms: &Norms, out: &mut Vec<Finding>) {
    let weeks = norms.plan_agreed_weeks;
    let deadline = j.traject.startdatum + Duration::weeks(weeks);
    let Some(plan) = &j.trajectplan else {
        if peildatum > deadline {
            out.push(
                Finding::warning(
                    "trajectplan",
                    format!(
                        "er is geen trajectplan; het plan van aanpak spoor 2 moest uiterlijk {} ({weeks} weken na de start) met werknemer en werkgever zijn afgesproken",
                        long(deadline)
                    ),
                )
                .rule("trajectplan")
                .hint("leg het plan vast onder trajectplan: doel, fasen, rapportage_en_evaluatie, verwachte_duur en de data waarop werknemer en werkgever akkoord gingen"),
            );
        }
        return;
    };
    for (side, field, agreed) in [
        ("werknemer", "akkoord_werknemer", plan.akkoord_werknemer),
        ("werkgever", "akkoord_werkgever", plan.akkoord_werkgever),
    ] {
        let path = format!("trajectplan.{field}");
        match agreed {
            None if peildatum > deadline => out.push(
                Finding::warning(
                    path,
                    format!(
                        "niet vastgelegd dat de {side} akkoord ging met het trajectplan; dat moest uiterlijk {} ({weeks} weken na de start)",
                        long(deadline)
                    ),
                )
                .rule("trajectplan")
                .hint(format!("bespreek het plan met de {side} en vul de datum van akkoord in bij {field}")),
            ),
            Some(d) if d > deadline => out.push(
                Finding::warning(
                    path,
                    format!(
                        "de {side} ging op {} akkoord met het trajectplan, {} dagen na de start; de norm is {weeks} weken",
                        long(d),
                        (d - j.traject.startdatum).num_days()
                    ),
                )
                .rule("trajectplan")
                .hint("leg in de rapportage uit waarom het akkoord later kwam"),
            ),
            _ => {}
        }
    }
}

/// "1 dag", "21 dagen": a norm in days stays in days.
fn days(n: i64) -> String {
    if n == 1 {
        "1 dag".into()
    } else {
        format!("{n} dagen")
    }
}

fn blank(text: &Option<String>) -> bool {
    text.as_deref().is_none_or(|t| t.trim().is_empty())
}

fn profile_reasoned(j: &Journal, out: &mut Vec<Finding>) {
    if blank(&j.grondslag.zoekprofiel.onderbouwing) {
        out.push(
            Finding::warning("grondslag.zoekprofiel", "het zoekprofiel heeft geen onderbouwing")
                .rule("zoekprofiel")
                .hint("beschrijf in onderbouwing hoe functies, uren en reisafstand volgen uit de belastbaarheid en het arbeidsdeskundig advies"),
        );
    }
    for (i, z) in j.grondslag.zoekprofielwijzigingen.iter().enumerate() {
        let path = format!("grondslag.zoekprofielwijzigingen[{}]", i + 1);
        for (field, missing) in [
            ("reden", "de reden van de wijziging"),
            ("onderbouwing", "de onderbouwing"),
        ] {
            let text = if field == "reden" {
                &z.reden
            } else {
                &z.onderbouwing
            };
            if blank(text) {
                out.push(
                    Finding::warning(
                        format!("{path}.{field}"),
                        format!("bij deze wijziging van het zoekprofiel ontbreekt {missing}"),
                    )
                    .rule("zoekprofiel")
                    .hint("UWV wil zien waarom het profiel veranderde en hoe het nieuwe profiel volgt uit de belastbaarheid"),
                );
            }
        }
    }
}

/// The day a version of the zoekprofiel takes effect: version 0 is the
/// first profile (from its ingangsdatum, or the start of spoor 2).
pub fn profile_start(j: &Journal, version: usize) -> NaiveDate {
    let first = j
        .grondslag
        .zoekprofiel
        .ingangsdatum
        .unwrap_or(j.traject.startdatum);
    match version {
        0 => first,
        n => j
            .grondslag
            .zoekprofielwijzigingen
            .get(n - 1)
            .and_then(|z| z.ingangsdatum)
            .unwrap_or(first),
    }
}

/// The version of the zoekprofiel in force on a day (0 is the first
/// profile), and the profile.
pub fn profile_in_force(j: &Journal, on: NaiveDate) -> (usize, &Zoekprofiel) {
    let mut current = (0, &j.grondslag.zoekprofiel);
    for (i, z) in j.grondslag.zoekprofielwijzigingen.iter().enumerate() {
        if z.ingangsdatum.is_some_and(|d| d <= on) {
            current = (i + 1, z);
        }
    }
    current
}

/// Why an application falls outside a profile, in words; empty when it
/// fits.
pub fn misfits(s: &Sollicitatie, z: &Zoekprofiel) -> Vec<String> {
    let same = |a: &str, b: &str| a.trim().to_lowercase() == b.trim().to_lowercase();
    let mut out = Vec::new();
    match &s.profielfunctie {
        Some(f) if !z.functies.iter().any(|p| same(p, f)) => out.push(format!(
            "de profielfunctie '{}' staat niet in het zoekprofiel",
            f.trim()
        )),
        Some(_) => {}
        None => {
            let functie = s.functie.trim().to_lowercase();
            let fits = z.functies.iter().any(|p| {
                let p = p.trim().to_lowercase();
                !p.is_empty() && (functie.contains(&p) || p.contains(&functie))
            });
            if !fits {
                out.push("de functie staat niet in het zoekprofiel".to_string());
            }
        }
    }
    if let Some(h) = s.uren_per_week.filter(|h| *h > z.uren_per_week.max) {
        out.push(format!(
            "{} uur per week is meer dan het maximum van {}",
            crate::dates::hours(h),
            crate::dates::hours(z.uren_per_week.max)
        ));
    }
    if let (Some(km), Some(limit)) = (s.afstand_km, z.reisafstand_km)
        && km > limit
    {
        out.push(format!("{km} km is verder dan de grens van {limit} km"));
    }
    out
}

fn applications_fit(j: &Journal, out: &mut Vec<Finding>) {
    for (i, s) in j.sollicitaties.iter().enumerate() {
        if !blank(&s.passend_omdat) {
            continue;
        }
        let (version, profile) = profile_in_force(j, s.datum);
        let reasons = misfits(s, profile);
        if reasons.is_empty() {
            continue;
        }
        out.push(
            Finding::warning(
                format!("sollicitaties[{}]", i + 1),
                format!(
                    "de sollicitatie als {} bij {} valt buiten het zoekprofiel dat sinds {} geldt: {}",
                    s.functie.trim(),
                    s.werkgever.trim(),
                    long(profile_start(j, version)),
                    reasons.join("; ")
                ),
            )
            .rule("passend")
            .hint("noteer bij profielfunctie welke functie uit het zoekprofiel het is, of bij passend_omdat waarom deze sollicitatie toch passende arbeid is"),
        );
    }
}

fn employer_contact(j: &Journal, peildatum: NaiveDate, norms: &Norms, out: &mut Vec<Finding>) {
    let start = j.traject.startdatum;
    let end = horizon(j, peildatum);
    if end <= start {
        return;
    }
    let max_days = norms.max_weeks_without_employer_contact * 7;
    let mut dated: Vec<(NaiveDate, String)> = j
        .werkgevercontacten
        .iter()
        .enumerate()
        .map(|(i, c)| (c.datum, format!("werkgevercontacten[{}].datum", i + 1)))
        .filter(|(d, _)| *d >= start && *d <= end)
        .collect();
    dated.sort();
    let mut last = start;
    let mut stretches = Vec::new();
    for (date, path) in dated {
        stretches.push((last, date, path));
        last = date;
    }
    stretches.push((last, end, "werkgevercontacten".to_string()));
    for (from, to, path) in stretches {
        let days = (to - from).num_days();
        if days > max_days {
            out.push(
                Finding::warning(
                    path,
                    format!(
                        "van {} tot {} ({} weken) is geen contact met de werkgever vastgelegd; de norm is hooguit {} weken",
                        long(from),
                        long(to),
                        days / 7,
                        norms.max_weeks_without_employer_contact
                    ),
                )
                .rule("werkgevercontact")
                .hint("leg contacten met de werkgever vast onder werkgevercontacten (driegesprek, evaluatie, overleg); de werkgever blijft verantwoordelijk en moet betrokken zijn"),
            );
        }
    }
}

fn reports_sent(j: &Journal, peildatum: NaiveDate, norms: &Norms, out: &mut Vec<Finding>) {
    let n = norms.send_days;
    for (path, what, datum, sent) in sent_reports(j) {
        let due = datum + Duration::days(n);
        let path = format!("{path}.verzonden_aan_werkgever");
        match sent {
            None if peildatum > due => out.push(
                Finding::warning(
                    path,
                    format!(
                        "niet vastgelegd dat de {what} van {} aan de werkgever is verzonden; dat moest uiterlijk {}",
                        long(datum),
                        long(due)
                    ),
                )
                .rule("verzonden")
                .hint("stuur de rapportage naar de werkgever en vul de datum in bij verzonden_aan_werkgever"),
            ),
            Some(s) if s > due => out.push(
                Finding::warning(
                    path,
                    format!(
                        "de {what} van {} is op {} aan de werkgever verzonden, {} na haar datum; de norm is {}",
                        long(datum),
                        long(s),
                        days((s - datum).num_days()),
                        days(n)
                    ),
                )
                .rule("verzonden")
                .hint("verstuur rapportages direct nadat ze zijn opgesteld, zodat de werkgever tijdig kan bijsturen"),
            ),
            _ => {}
        }
    }
}

fn expert_opinion(j: &Journal, out: &mut Vec<Finding>) {
    let Some(d) = &j.deskundigenoordeel else {
        return;
    };
    if d.uitkomst == Some(Oordeel::Onvoldoende) && blank(&d.opvolging) {
        out.push(
            Finding::warning(
                "deskundigenoordeel.uitkomst",
                "UWV oordeelde onvoldoende, maar er is niet vastgelegd wat ermee is gedaan",
            )
            .rule("deskundigenoordeel")
            .hint("beschrijf bij opvolging welke maatregelen volgden, en leg ze vast onder maatregelen"),
        );
    }
}

/// The first measure taken from `from` until `weeks` after `to`.
fn measure_after(j: &Journal, from: NaiveDate, to: NaiveDate, weeks: i64) -> Option<&Maatregel> {
    let until = to + Duration::weeks(weeks);
    j.maatregelen
        .iter()
        .filter(|m| m.datum >= from && m.datum <= until)
        .min_by_key(|m| m.datum)
}

/// A stagnation warning (no activity, or intensity below the norm, from
/// `from` to `to`), told whether a measure followed within the norm. In a
/// version 2 journal a stagnation that was acted on is no longer an open
/// point: it becomes advice that names the measure.
pub fn acted_on(
    j: &Journal,
    from: NaiveDate,
    to: NaiveDate,
    peildatum: NaiveDate,
    norms: &Norms,
    mut finding: Finding,
) -> Finding {
    if !is_v2(j) {
        return finding;
    }
    let weeks = norms.measure_weeks;
    match measure_after(j, from, to, weeks) {
        Some(m) => {
            finding.severity = Severity::Advies;
            finding.message.push_str(&format!(
                "; er volgde een maatregel: {} ({})",
                m.soort.label().to_lowercase(),
                long(m.datum)
            ));
            finding.hint = None;
        }
        None => {
            let deadline = to + Duration::weeks(weeks);
            if peildatum > deadline {
                finding
                    .message
                    .push_str(&format!("; binnen {weeks} weken volgde geen maatregel"));
            } else {
                finding.message.push_str(&format!(
                    "; er is nog geen maatregel vastgelegd (uiterlijk {})",
                    long(deadline)
                ));
            }
            finding.hint = Some(
                "neem een maatregel (bijvoorbeeld een bijgesteld zoekprofiel, extra coaching, scholing of een werkervaringsplaats) en leg haar vast onder maatregelen; stilstand zonder maatregel blijft een open punt in het WIA-dossier".into(),
            );
        }
    }
    finding
}
