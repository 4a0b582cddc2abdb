//! The privacy check's precision and recall on sentences as coaches write
//! them: half carry medical data the employer may not receive, half are
//! innocent but close (Poortwachter terms of art, workplaces with medical
//! names applied to, words that contain a medical word by accident). The
//! figures are in docs/normen.md.

const MEDICAL: [&str; 30] = [
    "Zij gebruikt oxazepam om rustig te blijven tijdens gesprekken.",
    "Door de paracetamol kan hij de ochtenden beter aan.",
    "Hij slikt sinds maart sertraline.",
    "De MRI-scan van zijn rug volgt in juni.",
    "Na de CT-scan was er meer duidelijkheid.",
    "Het bloedonderzoek liet geen afwijkingen zien.",
    "Haar bloeddruk is nog te hoog voor zwaar werk.",
    "De cholesterol wordt opnieuw gemeten.",
    "Hij is opgenomen geweest in de kliniek.",
    "Zij heeft een afspraak bij de longarts.",
    "De cardioloog adviseert rust.",
    "Na de biopsie wacht hij op de uitslag.",
    "Hij gaat naar de polikliniek voor controle.",
    "Er is een echografie gemaakt van de schouder.",
    "Zij gebruikt antibiotica voor de infectie.",
    "Hij neemt bloedverdunners en mag daarom niet tillen.",
    "Vanuit de neurologie is er nog geen uitslag.",
    "Zij is doorverwezen naar de dermatoloog.",
    "Hij heeft een betablokker gekregen.",
    "Haar bloedsuiker schommelt sterk in de middag.",
    "De röntgenfoto toonde een breuk.",
    "Hij volgt dagbehandeling op maandag en donderdag.",
    "Zij gebruikt methylfenidaat om zich te concentreren.",
    "Na de operatie aan zijn knie kan hij niet knielen.",
    "Zij heeft regelmatig last van migraine.",
    "Hij is onder behandeling van een psychiater.",
    "Het EEG gaf geen bijzonderheden.",
    "Zijn longfunctie is beperkt.",
    "Zij neemt tramadol tegen de pijn.",
    "Hij lag drie dagen op de intensive care.",
];

const INNOCENT: [&str; 30] = [
    "Hij werkt op arbeidstherapeutische basis twee ochtenden in de eigen functie.",
    "Arbeidstherapeutisch werken in ander werk is besproken met de bedrijfsarts.",
    "De verzekeringsarts van UWV beoordeelt de belastbaarheid.",
    "Sollicitatie verstuurd naar Fysiotherapie Dwarsveld als receptionist.",
    "Oriëntatiegesprek bij Huisartsenpraktijk Wilgenrode over telefonistenwerk.",
    "Meeloopdag bij Ziekenhuis Lindewaard op de afdeling inkoop.",
    "Zij solliciteerde bij Kliniek Heggerode als administratief medewerker.",
    "Hij solliciteerde bij Apotheek Voorbeek als bezorger.",
    "Hij werkt met scanners en een warehouse-managementsysteem.",
    "De coöperatie zoekt een medewerker voorraadbeheer.",
    "Tillen van een gewicht tot 5 kilo is mogelijk.",
    "Het team was binnen een week operationeel.",
    "Hij kankerde niet, maar bleef positief over de vacatures.",
    "Zij heeft een diploma medewerker gezondheidszorg.",
    "De werkgever biedt een werkervaringsplaats in de zorg.",
    "Hij wil graag als chauffeur in de medische logistiek werken.",
    "Het plan van aanpak is besproken in een driegesprek.",
    "De belastbaarheid is vastgelegd in de FML van de bedrijfsarts.",
    "Zij kan vier uur per dag zittend werk doen met afwisseling.",
    "Hij heeft een IT-specialist gesproken over een werkervaringsplaats.",
    "De scan van het cv is opgestuurd naar de werkgever.",
    "De echo van het eerste gesprek was positief.",
    "Hij werkte als operator in een chemische fabriek.",
    "Er is een evaluatie gepland met de werkgever.",
    "De coach maakte een opname van het rollenspel.",
    "Zij heeft haar rijbewijs B gehaald en reist met de fiets.",
    "De intensieve begeleiding loopt tot juni.",
    "Werknemer volgt een training timemanagement.",
    "Hij herstelt goed en bouwt de uren op volgens het plan.",
    "Het werk als receptionist past binnen de belastbaarheid.",
];

#[test]
fn the_privacy_check_finds_every_medical_sentence_and_only_those() {
    let flagged = |s: &str| !spoor2::validate::privacy::flagged(s).is_empty();
    let true_positives = MEDICAL.iter().filter(|s| flagged(s)).count();
    let false_positives = INNOCENT.iter().filter(|s| flagged(s)).count();
    let missed: Vec<_> = MEDICAL.iter().filter(|s| !flagged(s)).collect();
    let cried_wolf: Vec<_> = INNOCENT
        .iter()
        .filter(|s| flagged(s))
        .map(|s| (s, spoor2::validate::privacy::flagged(s)))
        .collect();
    let precision = true_positives as f64 / (true_positives + false_positives).max(1) as f64;
    let recall = true_positives as f64 / MEDICAL.len() as f64;
    println!("precisie {precision:.2}, recall {recall:.2}");
    assert!(missed.is_empty(), "missed: {missed:#?}");
    assert!(cried_wolf.is_empty(), "flagged innocent: {cried_wolf:#?}");
    assert_eq!((precision, recall), (1.0, 1.0));
}
