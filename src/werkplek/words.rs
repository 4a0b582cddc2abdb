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
}
