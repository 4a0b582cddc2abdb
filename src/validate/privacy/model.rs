//! The second reader: a logistic regression over a sentence's words and the
//! four- and five-letter pieces of its words, trained on the labelled
//! development text: the sets of `tests/privacy` the test set does not
//! name, ordinary journal sentences, and the synthetic journals' sentences.
//!
//! The rules know words; the model knows how the sentences of the
//! development text are built. It reads what no rule names ("wordt driemaal
//! per week gedialyseerd", "ben opgenomen in het Maasstad", "fysio 2x/week")
//! from the pieces of words it has seen in other sentences, and it doubts
//! a rule's word in a sentence that reads as work ("het meeloopdagje in een
//! tandartspraktijk"). The weights are text (`model.tsv`, a feature, its
//! weight and the medical kind it was seen with most), embedded in the
//! binary; `tests/privacy_model.rs` trains it again from the corpus and
//! fails when the file differs, and writes it with `SPOOR2_MODEL_SCHRIJVEN=1`.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::Category;

/// Below this chance a rule's word is doubted: the sentence reads as
/// plainly innocent.
pub(super) const DOUBT: f32 = 0.001;
/// From this chance a sentence no rule flags is flagged on its own.
pub(super) const ALONE: f32 = 0.99;

/// Words that carry no meaning of their own, never named as the word a
/// sentence was flagged on.
const FUNCTION_WORDS: &[&str] = &[
    "de",
    "het",
    "een",
    "en",
    "of",
    "maar",
    "dus",
    "want",
    "dat",
    "die",
    "dit",
    "deze",
    "wat",
    "wie",
    "waar",
    "als",
    "om",
    "te",
    "van",
    "voor",
    "met",
    "bij",
    "naar",
    "in",
    "op",
    "aan",
    "uit",
    "over",
    "door",
    "tot",
    "na",
    "sinds",
    "tijdens",
    "zonder",
    "onder",
    "tegen",
    "ik",
    "je",
    "jij",
    "u",
    "hij",
    "zij",
    "ze",
    "wij",
    "we",
    "mij",
    "me",
    "hem",
    "haar",
    "hen",
    "hun",
    "ons",
    "mijn",
    "m'n",
    "zijn",
    "z'n",
    "jouw",
    "uw",
    "onze",
    "is",
    "was",
    "ben",
    "bent",
    "waren",
    "wordt",
    "werd",
    "worden",
    "heeft",
    "had",
    "hebben",
    "heb",
    "moet",
    "moest",
    "moeten",
    "kan",
    "kon",
    "kunnen",
    "wil",
    "wilde",
    "willen",
    "mag",
    "mocht",
    "zal",
    "zou",
    "gaat",
    "ging",
    "gaan",
    "komt",
    "kwam",
    "krijgt",
    "kreeg",
    "laat",
    "liet",
    "er",
    "daar",
    "hier",
    "nog",
    "al",
    "ook",
    "wel",
    "niet",
    "geen",
    "nu",
    "dan",
    "toen",
    "zo",
    "heel",
    "erg",
    "veel",
    "weer",
    "even",
    "eerst",
    "pas",
    "vandaag",
    "gisteren",
    "morgen",
    "vannacht",
    "wekelijks",
    "dagelijks",
    "maandelijks",
    "week",
    "dag",
    "keer",
    "wn",
    "werknemer",
    "werkneemster",
    "vertelt",
    "vertelde",
    "zegt",
    "zei",
    "meldt",
    "geeft",
    "gaf",
    "meneer",
    "mevrouw",
    "mevr",
    "dhr",
    "groet",
    "beste",
    "hoi",
    "hallo",
    "waardoor",
    "omdat",
];

/// The fewest words a text needs for the model to read it.
const SHORTEST: usize = 6;

/// The trained weights, as shipped.
const MODEL: &str = include_str!("model.tsv");

/// How many passes over the examples the training makes, its step and the
/// pull of every weight towards zero (L2).
const EPOCHS: usize = 8;
const STEP: f64 = 0.2;
const L2: f64 = 1e-4;
/// A weight smaller than this is left out of the file: it moves no score.
const PRUNE: f64 = 0.005;

/// The kind of a feature: the whole word, or a piece of four or five letters
/// of it with `<` and `>` for its start and end.
const WORD: u8 = b'w';
const PIECE: u8 = b'c';

/// The sizes of the pieces.
const PIECES: [usize; 2] = [4, 5];

/// The medical kinds as the corpus names them, in `Category` order.
const KINDS: [(&str, Category); 8] = [
    ("diagnose", Category::Diagnosis),
    ("behandeling", Category::Treatment),
    ("medicatie", Category::Medication),
    ("specialist", Category::Practitioner),
    ("ingreep", Category::Procedure),
    ("onderzoek", Category::Examination),
    ("behandelsetting", Category::Setting),
    ("lichaamsfunctie", Category::Detail),
];

/// FNV-1a, fed byte by byte or letter by letter.
struct Fnv(u64);

impl Fnv {
    fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
    fn bytes(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn letter(&mut self, c: char) {
        self.bytes(c.encode_utf8(&mut [0u8; 4]).as_bytes());
    }
}

/// A feature's identity: FNV-1a over its kind and its text.
fn key(kind: u8, text: &str) -> u64 {
    let mut h = Fnv::new();
    h.bytes(&[kind]);
    h.bytes(text.as_bytes());
    h.0
}

/// The words of a sentence as byte ranges: letters and digits, joined by
/// an inner hyphen or apostrophe ("covid-19", "m'n").
fn spans(sentence: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    let mut chars = sentence.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let inner = (c == '-' || c == '\'')
            && start.is_some()
            && chars.peek().is_some_and(|(_, d)| d.is_alphanumeric());
        if c.is_alphanumeric() || inner {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push((s, i));
        }
    }
    if let Some(s) = start {
        out.push((s, sentence.len()));
    }
    out
}

/// A word in lower case, letter by letter.
fn lower_into(word: &str, out: &mut String) {
    out.clear();
    out.extend(word.chars().flat_map(char::to_lowercase));
}

/// The words of a sentence as written and in lower case.
fn tokens(sentence: &str) -> Vec<(&str, String)> {
    spans(sentence)
        .into_iter()
        .map(|(a, b)| {
            let mut lower = String::new();
            lower_into(&sentence[a..b], &mut lower);
            (&sentence[a..b], lower)
        })
        .collect()
}

/// The pieces of a text the model reads: its sentences, with a fragment of
/// fewer than six words ("Groet, Anouk", "Met vriendelijke groet, Kees")
/// read with the sentence before it, as the corpus lines it learned from
/// hold them.
pub(super) fn units(text: &str) -> Vec<&str> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    // A short first fragment waits for the sentence after it.
    let mut pending: Option<usize> = None;
    let mut at = 0;
    for sentence in text.split_inclusive(['.', '!', '?', ';', '\n']) {
        let (from, to) = (at, at + sentence.len());
        at = to;
        if let Some(start) = pending.take() {
            out.push((start, to));
        } else if spans(sentence).len() >= SHORTEST {
            out.push((from, to));
        } else if let Some(last) = out.last_mut() {
            last.1 = to;
        } else {
            pending = Some(from);
        }
    }
    if let Some(start) = pending {
        out.push((start, at));
    }
    out.into_iter().map(|(a, b)| &text[a..b]).collect()
}

/// The features of one lower-case word: their key, and their name as the
/// file writes it ("w:" or "c:" and the text) when `named`. `marked` is a
/// buffer for the word's letters between `<` and `>`.
fn word_features(
    lower: &str,
    marked: &mut Vec<char>,
    named: bool,
    mut each: impl FnMut(u64, &dyn Fn() -> String),
) {
    each(key(WORD, lower), &|| format!("w:{lower}"));
    marked.clear();
    marked.push('<');
    marked.extend(lower.chars());
    marked.push('>');
    for n in PIECES {
        for piece in marked.windows(n) {
            // `key(PIECE, piece)` without making the piece a string.
            let mut fnv = Fnv::new();
            fnv.bytes(&[PIECE]);
            piece.iter().for_each(|c| fnv.letter(*c));
            let h = fnv.0;
            if named {
                each(h, &|| format!("c:{}", piece.iter().collect::<String>()));
            } else {
                each(h, &String::new);
            }
        }
    }
}

/// A map keyed by a feature's FNV hash, which needs no second hashing.
type Keyed<V> = HashMap<u64, V, std::hash::BuildHasherDefault<KeyHasher>>;

/// Passes a key that is already a hash through.
#[derive(Default)]
struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 << 8) | u64::from(*b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A feature in the file: its weight and the medical kind it was seen with
/// most (`None` when it was seen in innocent text only).
#[derive(Debug, Clone, Copy)]
struct Weight {
    weight: f32,
    kind: Option<Category>,
}

/// What a word weighs, as `Model::word` finds it.
#[derive(Debug, Clone, Copy)]
struct Known {
    sum: f64,
    kinds: [f64; 8],
    plain: bool,
}

/// The model: its bias and its weights by feature.
pub struct Model {
    bias: f32,
    weights: Keyed<Weight>,
}

/// What the model makes of a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    /// The chance the sentence holds medical data about the employee.
    pub medical: f32,
    /// The word that weighs most towards it, as written, with its kind.
    pub word: Option<(String, Category)>,
}

impl Model {
    /// The shipped model.
    pub fn shipped() -> &'static Model {
        static MODEL_READ: OnceLock<Model> = OnceLock::new();
        MODEL_READ.get_or_init(|| {
            Model::parse(MODEL).expect("src/validate/privacy/model.tsv is not a model")
        })
    }

    /// A model from its text; `None` when a line is not one.
    pub fn parse(text: &str) -> Option<Model> {
        let mut bias = None;
        let mut weights = Keyed::default();
        for line in text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
        {
            let mut cols = line.split('\t');
            let (name, weight) = (cols.next()?, cols.next()?.parse::<f32>().ok()?);
            if name == "bias" {
                bias = Some(weight);
                continue;
            }
            let kind = match cols.next()? {
                "-" => None,
                k => Some(KINDS.iter().find(|(n, _)| *n == k)?.1),
            };
            let (kind_byte, text) = match name.split_once(':')? {
                ("w", t) => (WORD, t),
                ("c", t) => (PIECE, t),
                _ => return None,
            };
            weights.insert(key(kind_byte, text), Weight { weight, kind });
        }
        Some(Model {
            bias: bias?,
            weights,
        })
    }

    /// A word's weight (the sum of its features' weights, each feature
    /// once), its positive weight by medical kind, and whether it is a
    /// function word. The shipped model remembers them per thread, by the
    /// hash of the word in lower case: a caseload repeats its words.
    fn word(&self, written: &str, lower: &mut String) -> Known {
        thread_local! {
            static SEEN: std::cell::RefCell<Keyed<Known>> = std::cell::RefCell::new(Keyed::default());
        }
        let shipped = std::ptr::eq(self, Model::shipped());
        let mut fnv = Fnv::new();
        written
            .chars()
            .flat_map(char::to_lowercase)
            .for_each(|c| fnv.letter(c));
        let h = fnv.0;
        if shipped && let Some(known) = SEEN.with(|seen| seen.borrow().get(&h).copied()) {
            return known;
        }
        lower_into(written, lower);
        let mut known = Known {
            sum: 0.0,
            kinds: [0.0; 8],
            plain: FUNCTION_WORDS.contains(&lower.as_str()),
        };
        let mut seen: Vec<u64> = Vec::new();
        word_features(lower, &mut Vec::new(), false, |k, _| {
            if seen.contains(&k) {
                return;
            }
            seen.push(k);
            if let Some(w) = self.weights.get(&k) {
                let w8 = f64::from(w.weight);
                known.sum += w8;
                if let (Some(kind), true) = (w.kind, w8 > 0.0) {
                    known.kinds[kind as usize] += w8;
                }
            }
        });
        if shipped {
            SEEN.with(|seen| {
                let mut seen = seen.borrow_mut();
                // A bound on memory for a very long run (the werkplek).
                if seen.len() > 200_000 {
                    seen.clear();
                }
                seen.insert(h, known);
            });
        }
        known
    }

    /// What the model makes of `sentence`; `None` for a text of fewer than
    /// six words ("maandelijks", "Wn: akkoord"), too short to read as a
    /// sentence like the ones it learned from.
    pub fn read(&self, sentence: &str) -> Option<Reading> {
        let spans = spans(sentence);
        if spans.len() < SHORTEST {
            return None;
        }
        let mut lower = String::new();
        let mut total = f64::from(self.bias);
        let mut best: Option<(f64, &str, [f64; 8])> = None;
        for (a, b) in spans {
            let written = &sentence[a..b];
            let Known { sum, kinds, plain } = self.word(written, &mut lower);
            total += sum;
            // The word to name is one that carries meaning: "de zin met
            // 'gescoped'", not "de zin met 'mijn'".
            if !plain && best.as_ref().is_none_or(|(s, _, _)| sum > *s) {
                best = Some((sum, written, kinds));
            }
        }
        let word = best.filter(|(s, _, _)| *s > 0.0).map(|(_, w, kinds)| {
            let k = (0..8)
                .max_by(|a, b| kinds[*a].total_cmp(&kinds[*b]).then(b.cmp(a)))
                .unwrap_or(0);
            (w.to_string(), KINDS[k].1)
        });
        Some(Reading {
            medical: (1.0 / (1.0 + (-total).exp())) as f32,
            word,
        })
    }
}

/// One labelled sentence to learn from: its text and its medical kind as
/// the corpus names it, or `None` for an innocent one.
pub struct Example {
    pub text: String,
    pub kind: Option<String>,
}

/// Trains the model on `examples` and gives it as the text of `model.tsv`.
/// The same examples give the same text: a fixed order of passes, no
/// randomness from outside.
pub fn train(examples: &[Example]) -> String {
    let mut names: HashMap<u64, String> = HashMap::new();
    let mut counts: HashMap<u64, [u32; 8]> = HashMap::new();
    let featured: Vec<(Vec<u64>, f64)> = examples
        .iter()
        .map(|e| {
            let kind = e
                .kind
                .as_deref()
                .map(|k| KINDS.iter().position(|(n, _)| *n == k));
            // Each word's features once, as `Model::word` reads them; a
            // feature two words share counts for both.
            let mut keys = Vec::new();
            let mut counted = Vec::new();
            let mut marked = Vec::new();
            for (_, lower) in tokens(&e.text) {
                let mut own = Vec::new();
                word_features(&lower, &mut marked, true, |k, name| {
                    if own.contains(&k) {
                        return;
                    }
                    own.push(k);
                    names.entry(k).or_insert_with(name);
                    if !counted.contains(&k) {
                        counted.push(k);
                        if let Some(Some(kind)) = kind {
                            counts.entry(k).or_default()[kind] += 1;
                        }
                    }
                });
                keys.extend(own);
            }
            (keys, if e.kind.is_some() { 1.0 } else { 0.0 })
        })
        .collect();
    // AdaGrad on the log loss with an L2 pull.
    let mut w: HashMap<u64, (f64, f64)> = HashMap::new();
    let mut bias = (0.0_f64, 0.0_f64);
    let mut order: Vec<usize> = (0..featured.len()).collect();
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..EPOCHS {
        // Fisher-Yates with xorshift: the same order on every machine.
        for i in (1..order.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            order.swap(i, (state % (i as u64 + 1)) as usize);
        }
        for &n in &order {
            let (keys, y) = &featured[n];
            let z = bias.0
                + keys
                    .iter()
                    .map(|k| w.get(k).map_or(0.0, |p| p.0))
                    .sum::<f64>();
            let p = 1.0 / (1.0 + (-z.clamp(-30.0, 30.0)).exp());
            let d = p - y;
            let update = |slot: &mut (f64, f64)| {
                let g = d + L2 * slot.0;
                slot.1 += g * g;
                slot.0 -= STEP * g / (slot.1 + 1e-8).sqrt();
            };
            for k in keys {
                update(w.entry(*k).or_default());
            }
            update(&mut bias);
        }
    }
    let mut lines: Vec<(String, f64, &str)> = w
        .iter()
        .filter(|(_, (weight, _))| weight.abs() >= PRUNE)
        .map(|(k, (weight, _))| {
            let kind = counts
                .get(k)
                .and_then(|c| (0..8).filter(|i| c[*i] > 0).max_by_key(|i| (c[*i], 8 - i)))
                .map_or("-", |i| KINDS[i].0);
            (names[k].clone(), *weight, kind)
        })
        .collect();
    lines.sort_by(|a, b| a.0.cmp(&b.0));
    let mut out = String::from(
        "# spoor2 privacy model: feature, weight, medical kind seen with most (- for none).\n\
         # Trained by tests/privacy_model.rs on the development sets of tests/privacy; do not edit.\n",
    );
    out.push_str(&format!("bias\t{:.4}\n", bias.0));
    for (name, weight, kind) in lines {
        out.push_str(&format!("{name}\t{weight:.4}\t{kind}\n"));
    }
    out
}
