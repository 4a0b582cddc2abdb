//! The text agrees with the data: a report that says "twee sollicitaties
//! verstuurd" beside a table with one is the first thing a careful reader
//! holds against the whole file.
//!
//! A count in a report's account of the period (voortgang, inzet,
//! belemmeringen; not the afspraken, which plan ahead) ("drie
//! sollicitaties", "3 gerichte sollicitaties", "één sollicitatie") is
//! compared with the applications
//! recorded: in the report's period, up to the report's date (a report
//! written a few days after its period may count those days too), or since
//! the start of spoor 2. When it matches none of these, `check` warns and
//! names the field. "een sollicitatie" is not a count ("een" is also the
//! article), and neither is a number in a ratio ("1 van de 3
//! sollicitaties").

use chrono::NaiveDate;

use crate::diag::Finding;
use crate::journal::Journal;

/// Dutch number words up to twenty; "een" is left out (also the article),
/// and so is "geen" ("twee weken geen sollicitaties" is not a count).
const WORDS: [(&str, usize); 20] = [
    ("één", 1),
    // "Eén" at the start of a sentence.
    ("eén", 1),
    ("twee", 2),
    ("drie", 3),
    ("vier", 4),
    ("vijf", 5),
    ("zes", 6),
    ("zeven", 7),
    ("acht", 8),
    ("negen", 9),
    ("tien", 10),
    ("elf", 11),
    ("twaalf", 12),
    ("dertien", 13),
    ("veertien", 14),
    ("vijftien", 15),
    ("zestien", 16),
    ("zeventien", 17),
    ("achttien", 18),
    ("twintig", 20),
];

/// Words between the count and the noun that keep it a count: inflected
/// adjectives ("gerichte", "nieuwe", "open").
fn adjective(word: &str) -> bool {
    !matches!(
        word,
        "de" | "die" | "deze" | "geen" | "elke" | "iedere" | "meer" | "andere" | "sollicitatie"
    ) && (word.ends_with('e') || word == "open")
        && word.chars().all(char::is_alphabetic)
}

fn number(word: &str) -> Option<usize> {
    if let Ok(n) = word.parse::<usize>() {
        return Some(n);
    }
    WORDS.iter().find(|(w, _)| *w == word).map(|(_, n)| *n)
}

/// Every count of applications in a text: the number, and the words as
/// written ("twee sollicitaties").
pub fn application_counts(text: &str) -> Vec<(usize, String)> {
    let words: Vec<String> = text
        .split(|c: char| !(c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let Some(n) = number(w) else { continue };
        // "1 van de 3 sollicitaties", "3 van de 5": a ratio, not a count.
        let before = |k: usize| i.checked_sub(k).map(|j| words[j].as_str());
        if matches!((before(2), before(1)), (Some("van"), Some("de"))) {
            continue;
        }
        if words.get(i + 1).is_some_and(|x| x == "van") {
            continue;
        }
        // "minimaal één sollicitatie per week": a norm or a plan, not a
        // count of what was done.
        if before(1).is_some_and(|b| {
            matches!(
                b,
                "minimaal" | "minstens" | "maximaal" | "hooguit" | "ongeveer" | "circa" | "elke"
            )
        }) {
            continue;
        }
        let mut j = i + 1;
        while j < words.len() && j - i - 1 < 2 && adjective(&words[j]) {
            j += 1;
        }
        if let Some(noun) = words.get(j)
            && (noun == "sollicitatie" || noun == "sollicitaties")
        {
            if words.get(j + 1).is_some_and(|x| x == "per") {
                continue;
            }
            out.push((n, words[i..=j].join(" ")));
        }
    }
    out
}

/// Applications dated in `from..=to`, by the one set of figures.
fn applications_between(j: &Journal, from: NaiveDate, to: NaiveDate) -> usize {
    crate::snapshot::counts(j, from, to).applications
}

fn plural(n: usize) -> String {
    if n == 1 {
        "1 sollicitatie".into()
    } else {
        format!("{n} sollicitaties")
    }
}

pub fn check(j: &Journal, out: &mut Vec<Finding>) {
    let start = j.traject.startdatum;
    for (i, r) in j.voortgangsrapportages.iter().enumerate() {
        let period = applications_between(j, r.periode.van, r.periode.tot);
        let to_date = applications_between(j, r.periode.van, r.datum);
        let since_start = applications_between(j, start, r.datum);
        let fields = [
            ("voortgang", Some(&r.voortgang)),
            ("inzet_werknemer", Some(&r.inzet_werknemer)),
            ("belemmeringen", r.belemmeringen.as_ref()),
        ];
        for (field, text) in fields {
            let Some(text) = text else { continue };
            for (n, words) in application_counts(text) {
                if n != period && n != to_date && n != since_start {
                    out.push(
                        Finding::warning(
                            format!("voortgangsrapportages[{}].{field}", i + 1),
                            format!(
                                "de tekst noemt '{words}', maar in de periode van deze rapportage ({} t/m {}) {} {} vastgelegd",
                                crate::dates::long(r.periode.van),
                                crate::dates::long(r.periode.tot),
                                if period == 1 { "is" } else { "zijn" },
                                plural(period)
                            ),
                        )
                        .rule("tekst")
                        .hint("maak de tekst en de sollicitaties gelijk: pas het aantal in de tekst aan, of leg de ontbrekende sollicitaties vast"),
                    );
                }
            }
        }
    }
    if let Some(e) = &j.eindrapportage {
        let end = j.traject.einddatum.unwrap_or(e.datum);
        let total = applications_between(j, start, end.max(e.datum));
        let in_span = applications_between(j, start, end);
        for (field, text) in [
            ("samenvatting", &e.samenvatting),
            ("conclusie", &e.conclusie),
        ] {
            for (n, words) in application_counts(text) {
                if n != total && n != in_span {
                    out.push(
                        Finding::warning(
                            format!("eindrapportage.{field}"),
                            format!(
                                "de tekst noemt '{words}', maar in het traject {} {} vastgelegd",
                                if in_span == 1 { "is" } else { "zijn" },
                                plural(in_span)
                            ),
                        )
                        .rule("tekst")
                        .hint("maak de tekst en de sollicitaties gelijk: pas het aantal in de tekst aan, of leg de ontbrekende sollicitaties vast"),
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::application_counts;

    #[test]
    fn counts_in_words_and_digits() {
        let found = |t: &str| {
            application_counts(t)
                .into_iter()
                .map(|(n, _)| n)
                .collect::<Vec<_>>()
        };
        assert_eq!(found("Er zijn twee sollicitaties verstuurd."), vec![2]);
        assert_eq!(found("Er zijn drie gerichte sollicitaties gedaan"), vec![3]);
        assert_eq!(found("3 nieuwe open sollicitaties"), vec![3]);
        assert_eq!(found("Eén sollicitatie, en 1 sollicitatie"), vec![1, 1]);
        assert!(found("Geen sollicitaties deze maand.").is_empty());
        // Not counts.
        assert!(found("een sollicitatie per week").is_empty());
        assert!(found("1 van de 3 sollicitaties").is_empty());
        assert!(found("twee van de sollicitaties").is_empty());
        assert!(found("twee weken geen sollicitaties").is_empty());
        assert!(found("één per twee weken").is_empty());
        assert!(found("Per week minimaal één sollicitatie").is_empty());
        assert!(found("twee sollicitaties per maand").is_empty());
    }
}
