//! Deterministic synthetic caseloads for the benchmark (`spoor2 genereer`,
//! hidden): realistic journals of varied size from a fixed seed, so every
//! run measures the same work.

use std::path::Path;

use chrono::{Duration, NaiveDate};

use crate::journal::*;

/// splitmix64: small, fast and good enough to vary test data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as u64) as i64
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

const VOORNAMEN: &[&str] = &[
    "Anouk", "Bram", "Cem", "Daan", "Esra", "Femke", "Gijs", "Hanna", "Iris", "Jeroen", "Kim",
    "Lotte", "Mo", "Noor", "Okke", "Priya", "Ruben", "Sanne", "Tim", "Yara",
];
const ACHTERNAMEN: &[&str] = &[
    "de Boer",
    "Jansen",
    "van Leeuwen",
    "Öztürk",
    "Visser",
    "Smit",
    "Mulder",
    "de Graaf",
    "Bos",
    "van Dijk",
    "Kramer",
    "El Idrissi",
    "Hendriks",
    "Wouters",
    "Postma",
];
const FUNCTIES: &[&str] = &[
    "Magazijnmedewerker",
    "Verzorgende IG",
    "Buschauffeur",
    "Administratief medewerker",
    "Monteur",
    "Schoonmaker",
    "Kok",
    "Timmerman",
    "Callcentermedewerker",
    "Productiemedewerker",
];
const WERKGEVERS: &[&str] = &[
    "Logistiek Midden B.V.",
    "Zorggroep Heggerode",
    "Vervoer Oost",
    "Gemeentewerken Zuid",
    "Bouwbedrijf Kromhoeve",
    "Horecagroep Centraal",
    "Techniek & Service B.V.",
];
/// The sentences a synthetic journal's texts are made of: ordinary journal
/// text with nothing medical in it (the privacy model learns from them too).
pub const ZINNEN: &[&str] = &[
    "De werknemer heeft deze periode actief gezocht naar passend werk.",
    "In de gesprekken is het zoekprofiel verder aangescherpt.",
    "Er is contact gelegd met drie werkgevers uit het netwerk van het bureau.",
    "De werknemer heeft het cv en de motivatiebrief bijgewerkt.",
    "Een oriëntatiegesprek gaf een goed beeld van het werk in de binnendienst.",
    "De belastbaarheid blijft leidend bij de keuze van vacatures.",
    "De werknemer komt afspraken na en neemt zelf initiatief.",
    "Het aantal geschikte vacatures in de regio is beperkt.",
    "Er is gesproken over een werkervaringsplaats als tussenstap.",
    "De werkgever is telefonisch bijgepraat over de voortgang.",
];

fn text(rng: &mut Rng, min: i64, max: i64) -> String {
    let sentences = rng.range(min, max);
    let mut out = String::new();
    for i in 0..sentences {
        if i > 0 {
            out.push(if i % 4 == 0 { '\n' } else { ' ' });
            if i % 4 == 0 {
                out.push('\n');
            }
        }
        out.push_str(*rng.pick(ZINNEN) as &str);
    }
    out
}

fn person(rng: &mut Rng, functie: &str) -> Persoon {
    Persoon {
        naam: format!("{} {}", rng.pick(VOORNAMEN), rng.pick(ACHTERNAMEN)),
        functie: functie.to_string(),
    }
}

/// One synthetic journal; `reports` voortgangsrapportages of a month each.
pub fn journal(seed: u64, index: usize, reports: usize) -> Journal {
    let mut rng = Rng(seed ^ (index as u64).wrapping_mul(0x2545_F491_4F6C_DD1D));
    let base = NaiveDate::from_ymd_opt(2025, 1, 6).unwrap_or_default();
    let eaod = base + Duration::days(rng.range(0, 300));
    let aanmeld = eaod + Duration::days(rng.range(330, 380));
    let start = aanmeld + Duration::days(14);
    let coach = person(&mut rng, "Loopbaanadviseur");
    let reports = reports.max(1);
    let end_of_reports = start + Duration::days(30 * reports as i64 - 1);

    let mut activiteiten = Vec::new();
    let mut day = start;
    while day <= end_of_reports {
        activiteiten.push(Activiteit {
            datum: day,
            soort: *rng.pick(&ActiviteitSoort::ALL),
            omschrijving: text(&mut rng, 1, 2),
            duur_minuten: Some(rng.range(30, 120) as u32),
        });
        day += Duration::days(rng.range(2, 6));
    }
    let mut sollicitaties = Vec::new();
    let mut day = start + Duration::days(3);
    while day <= end_of_reports {
        sollicitaties.push(Sollicitatie {
            datum: day,
            werkgever: rng.pick(WERKGEVERS).to_string(),
            functie: rng.pick(FUNCTIES).to_string(),
            kanaal: *rng.pick(&[
                Kanaal::Vacaturesite,
                Kanaal::Netwerk,
                Kanaal::OpenSollicitatie,
            ]),
            status: *rng.pick(&SollicitatieStatus::ALL),
            resultaat: Some(text(&mut rng, 1, 1)),
            status_datum: None,
            uren_per_week: None,
            plaats: None,
            afstand_km: None,
            profielfunctie: None,
            passend_omdat: None,
        });
        day += Duration::days(rng.range(4, 9));
    }
    let voortgangsrapportages = (0..reports)
        .map(|k| {
            let van = start + Duration::days(30 * k as i64);
            let tot = van + Duration::days(29);
            Voortgangsrapportage {
                periode: Periode { van, tot },
                datum: tot + Duration::days(3),
                auteur: coach.clone(),
                voortgang: text(&mut rng, 4, 9),
                belemmeringen: Some(text(&mut rng, 1, 3)),
                inzet_werknemer: text(&mut rng, 1, 3),
                afspraken: format!(
                    "- {}\n- {}\n- {}",
                    rng.pick(ZINNEN),
                    rng.pick(ZINNEN),
                    rng.pick(ZINNEN)
                ),
                visie_werknemer: Some(text(&mut rng, 1, 3)),
                gezien_door_werknemer: Some(tot + Duration::days(5)),
                akkoord_werknemer: None,
                reactie_coach: None,
                verzonden_aan_werkgever: None,
                nieuwe_versie: None,
                handtekening_werknemer: None,
                handtekening_coach: None,
            }
        })
        .collect();
    let functie = rng.pick(FUNCTIES).to_string();
    Journal {
        // The benchmark's journals: version 1 content, without the
        // sections version 2 asks for.
        versie: 1,
        dossier: format!("SYN-{index:05}"),
        werknemer: Werknemer {
            naam: format!("{} {}", rng.pick(VOORNAMEN), rng.pick(ACHTERNAMEN)),
            functie,
            uren_per_week: rng.range(16, 40) as f64,
            bsn: None,
        },
        werkgever: Werkgever {
            naam: rng.pick(WERKGEVERS).to_string(),
            contactpersoon: person(&mut rng, "HR-adviseur"),
        },
        bureau: Bureau {
            naam: "Synthetisch Re-integratiebureau".into(),
            coach: Coach {
                naam: coach.naam.clone(),
                functie: coach.functie.clone(),
                contact: Some("coach@bureau.example".into()),
            },
        },
        ziekteperiodes: vec![Ziekteperiode {
            van: eaod,
            tot: None,
        }],
        traject: Traject {
            aanmelddatum: aanmeld,
            intake: aanmeld + Duration::days(7),
            startdatum: start,
            einddatum: None,
            rapportage: Cadans::Maandelijks,
            urenbudget: None,
            prijs: None,
        },
        spoor1: None,
        poortwachter: None,
        persoonsprofiel: None,
        trajectplan: None,
        grondslag: Grondslag {
            belastbaarheid: Belastbaarheid {
                bron: "FML".into(),
                datum: aanmeld - Duration::days(30),
                opgesteld_door: person(&mut rng, "bedrijfsarts"),
                samenvatting: text(&mut rng, 3, 3),
            },
            actueel_oordeel: None,
            arbeidsdeskundig_advies: ArbeidsdeskundigAdvies {
                datum: aanmeld - Duration::days(14),
                opgesteld_door: person(&mut rng, "arbeidsdeskundige"),
                passende_arbeid: text(&mut rng, 3, 3),
            },
            zoekprofiel: Zoekprofiel {
                ingangsdatum: None,
                onderbouwing: None,
                reden: None,
                functies: vec![
                    rng.pick(FUNCTIES).to_string(),
                    rng.pick(FUNCTIES).to_string(),
                ],
                sectoren: vec!["Logistiek".into(), "Zorg".into()],
                regio: "Utrecht en omgeving".into(),
                reisafstand_km: Some(25),
                reistijd_minuten: None,
                uren_per_week: Urenbereik {
                    min: 16.0,
                    max: 32.0,
                },
                niveau: "mbo 2-3".into(),
            },
            zoekprofielwijzigingen: Vec::new(),
        },
        activiteiten,
        sollicitaties,
        werkgevercontacten: Vec::new(),
        maatregelen: Vec::new(),
        deskundigenoordeel: None,
        voortgangsrapportages,
        eindrapportage: None,
        verlenging: None,
        normen: Normen::default(),
        privacy_akkoord: Vec::new(),
        notities: None,
        bewaartermijn: None,
        geanonimiseerd: None,
    }
}

/// Writes `count` journals into `dir`.
pub fn write_caseload(dir: &Path, count: usize, seed: u64, reports: usize) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for i in 0..count {
        let j = journal(seed, i, reports);
        let yaml = serde_yaml::to_string(&j).map_err(std::io::Error::other)?;
        std::fs::write(dir.join(format!("dossier-{i:05}.yaml")), yaml)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_journal_and_it_is_valid() {
        let a = serde_yaml::to_string(&journal(7, 3, 2)).unwrap();
        let b = serde_yaml::to_string(&journal(7, 3, 2)).unwrap();
        assert_eq!(a, b);
        let loaded = crate::journal::load_bytes(Path::new("x.yaml"), a.as_bytes());
        assert!(loaded.journal.is_some(), "{:?}", loaded.findings);
        let errors: Vec<_> = crate::validate::check(loaded.journal.as_ref().unwrap())
            .into_iter()
            .filter(|f| f.is_error())
            .collect();
        assert!(errors.is_empty(), "{errors:?}");
    }
}
