//! The werkplek's words for what the journal and the commands call by
//! their technical names: a field's path (`voortgangsrapportages[4].periode`)
//! as a coach reads it ("voortgangsrapportage 4, periode").

/// One entry of a list, by the list's name: `activiteiten` holds activiteit
/// 1, 2, ...
fn singular(list: &str) -> Option<&'static str> {
    Some(match list {
        "ziekteperiodes" => "ziekteperiode",
        "activiteiten" => "activiteit",
        "sollicitaties" => "sollicitatie",
        "werkgevercontacten" => "werkgevercontact",
        "maatregelen" => "maatregel",
        "voortgangsrapportages" => "voortgangsrapportage",
        "privacy_akkoord" => "privacy-akkoord",
        "zoekprofielwijzigingen" => "zoekprofielwijziging",
        "functies" => "functie",
        "sectoren" => "sector",
        _ => return None,
    })
}

/// A field's name in words: `gezien_door_werknemer` is "gezien door
/// werknemer", `bsn` is "BSN".
fn name(key: &str) -> String {
    match key {
        "bsn" => "BSN".into(),
        "eaod" => "eerste arbeidsongeschiktheidsdag".into(),
        "wia" => "WIA".into(),
        _ => key.replace('_', " "),
    }
}

/// Where in the journal a finding's field is, in words:
/// `voortgangsrapportages[4].gezien_door_werknemer` is "voortgangsrapportage
/// 4, gezien door werknemer"; `werknemer.bsn` is "werknemer, BSN". The
/// numbers count from 1, as the path does. Empty for the whole file.
pub fn place(path: &str) -> String {
    let mut parts: Vec<String> = Vec::new();
    for segment in path.split('.').filter(|s| !s.is_empty()) {
        let (key, indices) = match segment.find('[') {
            Some(i) => (&segment[..i], &segment[i..]),
            None => (segment, ""),
        };
        let numbers: Vec<&str> = indices
            .split(['[', ']'])
            .filter(|s| !s.is_empty())
            .collect();
        match numbers.split_first() {
            None => parts.push(name(key)),
            Some((first, rest)) => {
                let entry = singular(key).map_or_else(|| name(key), str::to_string);
                let mut text = format!("{entry} {first}");
                // A list in a list: "functie 2, 1".
                for n in rest {
                    text.push_str(&format!(", {n}"));
                }
                parts.push(text);
            }
        }
    }
    parts.join(", ")
}

/// The labels of a werkplek form's fields by the option of `spoor2
/// toevoegen` or `spoor2 rapportage` that takes the same value; `form` is
/// the form's `onderdeel` ("activiteit", ...) or "rapportage".
fn labels(form: &str) -> &'static [(&'static str, &'static str)] {
    match form {
        "activiteit" => &[
            ("--datum", "Datum"),
            ("--soort", "Soort"),
            ("--duur", "Duur (minuten)"),
            ("--omschrijving", "Wat er gedaan is en met welk resultaat"),
        ],
        "sollicitatie" => &[
            ("--datum", "Datum"),
            ("--kanaal", "Kanaal"),
            ("--status", "Stand"),
            ("--werkgever", "Werkgever"),
            ("--functie", "Functie"),
            ("--resultaat", "Resultaat"),
        ],
        "contact" => &[
            ("--datum", "Datum"),
            ("--vorm", "Vorm"),
            ("--met", "Met wie"),
            ("--onderwerp", "Onderwerp"),
            ("--uitkomst", "Uitkomst"),
        ],
        "maatregel" => &[
            ("--datum", "Datum"),
            ("--soort", "Soort"),
            ("--omschrijving", "Wat er gedaan is en waarom"),
        ],
        "rapportage" => &[("--datum", "Datum van de rapportage")],
        "nieuw" => &[
            ("--naam", "Naam van de werknemer"),
            ("--functie", "Eigen functie"),
            ("--werkgever", "Werkgever"),
            ("--eerste-ziektedag", "Eerste ziektedag"),
            ("--start", "Start van spoor 2"),
            ("--cadans", "Rapportage"),
            ("--dossier", "Dossiernummer"),
            ("--coach", "Coach"),
            ("--bureau", "Bureau"),
        ],
        _ => &[],
    }
}

/// Where `option` stands in `text` as a whole word (`--met`, not the start
/// of `--metx`), from `from` on.
fn find_option(text: &str, option: &str, from: usize) -> Option<usize> {
    let mut at = from;
    while let Some(i) = text[at..].find(option) {
        let start = at + i;
        let end = start + option.len();
        let whole = !text[end..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_');
        if whole {
            return Some(start);
        }
        at = end;
    }
    None
}

/// A command's message in the words of the werkplek form `form`: the
/// command line's options become the labels the coach sees. "--omschrijving
/// ontbreekt (Wat er gedaan is ...)" is "'Wat er gedaan is en met welk
/// resultaat' is niet ingevuld"; "--datum: '2026-13-01' is geen datum" is
/// "Datum: '2026-13-01' is geen datum".
pub fn in_form_words(message: &str, form: &str) -> String {
    let mut text = message.to_string();
    for (option, label) in labels(form) {
        // "--x ontbreekt (question)": the form asks no question.
        let missing = format!("{option} ontbreekt (");
        while let Some(start) = text.find(&missing) {
            let Some(close) = text[start..].find(')') else {
                break;
            };
            text.replace_range(
                start..start + close + 1,
                &format!("'{label}' is niet ingevuld"),
            );
        }
        let mut from = 0;
        while let Some(start) = find_option(&text, option, from) {
            let labelled = if text[start + option.len()..].starts_with(':') {
                label.to_string()
            } else {
                format!("'{label}'")
            };
            text.replace_range(start..start + option.len(), &labelled);
            from = start + labelled.len();
        }
    }
    text
}

/// The field of form `form` a refusal is about: the first of the form's
/// options named in the command's message (`--datum: ...`), or else the
/// first of its fields named in a finding's place (`activiteit 9, datum:`),
/// by the field's name in the form (`datum`, `omschrijving`).
pub fn field_of(message: &str, form: &str) -> Option<&'static str> {
    let fields = labels(form);
    let by_option = fields
        .iter()
        .filter_map(|(option, _)| find_option(message, option, 0).map(|at| (at, *option)))
        .min_by_key(|(at, _)| *at);
    let by_place = || {
        fields
            .iter()
            .filter_map(|(option, _)| {
                let name = option.trim_start_matches('-');
                let journal_name = if name == "duur" { "duur minuten" } else { name };
                message
                    .find(&format!(", {journal_name}:"))
                    .map(|at| (at, *option))
            })
            .min_by_key(|(at, _)| *at)
    };
    by_option
        .or_else(by_place)
        .map(|(_, option)| option.trim_start_matches('-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_paths_read_as_words() {
        assert_eq!(
            place("voortgangsrapportages[4].gezien_door_werknemer"),
            "voortgangsrapportage 4, gezien door werknemer"
        );
        assert_eq!(
            place("voortgangsrapportages[1].periode.van"),
            "voortgangsrapportage 1, periode, van"
        );
        assert_eq!(place("activiteiten[12].datum"), "activiteit 12, datum");
        assert_eq!(place("werknemer.bsn"), "werknemer, BSN");
        assert_eq!(
            place("grondslag.zoekprofielwijzigingen[2]"),
            "grondslag, zoekprofielwijziging 2"
        );
        assert_eq!(place("versie"), "versie");
        assert_eq!(place(""), "");
    }

    #[test]
    fn a_refusal_names_its_field() {
        assert_eq!(
            field_of("--omschrijving ontbreekt (Wat er gedaan is)", "activiteit"),
            Some("omschrijving")
        );
        assert_eq!(
            field_of("--duur: 'x' is geen aantal minuten", "activiteit"),
            Some("duur")
        );
        assert_eq!(
            field_of(
                "niets toegevoegd: ... Fout: activiteit 9, duur minuten: meer dan een dag",
                "activiteit"
            ),
            Some("duur")
        );
        assert_eq!(
            field_of(
                "Fout: sollicitatie 3, datum: na de peildatum",
                "sollicitatie"
            ),
            Some("datum")
        );
        assert_eq!(field_of("er ging iets mis", "contact"), None);
    }

    #[test]
    fn options_read_as_the_forms_labels() {
        assert_eq!(
            in_form_words(
                "--omschrijving ontbreekt (Wat er gedaan is en met welk resultaat)",
                "activiteit"
            ),
            "'Wat er gedaan is en met welk resultaat' is niet ingevuld"
        );
        assert_eq!(
            in_form_words(
                "--datum: '2026-13-01' is geen datum; schrijf bijvoorbeeld 2026-11-24",
                "maatregel"
            ),
            "Datum: '2026-13-01' is geen datum; schrijf bijvoorbeeld 2026-11-24"
        );
        assert_eq!(
            in_form_words("--met ontbreekt (Met wie); geef --met of --metx", "contact"),
            "'Met wie' is niet ingevuld; geef 'Met wie' of --metx"
        );
        assert_eq!(
            in_form_words("--status: 'x' is geen toegestane waarde", "sollicitatie"),
            "Stand: 'x' is geen toegestane waarde"
        );
        assert_eq!(
            in_form_words("--datum: 'x' is geen datum", "rapportage"),
            "Datum van de rapportage: 'x' is geen datum"
        );
    }
}
