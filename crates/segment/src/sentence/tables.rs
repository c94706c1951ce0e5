//! Word tables for the sentence rules: abbreviations and sentence openers,
//! parsed once from the text files under `data/`.

use crate::common_words::TIME_WORDS;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// FNV-1a: short keys, no DoS concern (the keys are our own word lists).
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FnvBuild = BuildHasherDefault<Fnv>;

/// Never ends a sentence ("Mr.", "e.g.").
pub(crate) const TITLE: u8 = 1;
/// No break before a number ("No. 5").
pub(crate) const NUMBER: u8 = 2;
/// May end a sentence: a break only before a sentence opener.
pub(crate) const GENERAL: u8 = 4;
/// "a.m." / "p.m.".
pub(crate) const TIME: u8 = 8;

/// Abbreviations (without their final period) mapped to class flags.
#[derive(Debug, Clone, Default)]
pub(crate) struct AbbrevMap {
    map: HashMap<Box<[u8]>, u8, FnvBuild>,
}

impl AbbrevMap {
    /// Adds `word` with `flags`; a lower-case entry also adds its
    /// Capitalised and UPPER-CASE forms unless `exact`.
    pub(crate) fn add(&mut self, word: &str, flags: u8, exact: bool) {
        let word = word.trim().trim_end_matches('.');
        if word.is_empty() {
            return;
        }
        let mut forms = vec![word.to_string()];
        if !exact && word.chars().all(|c| !c.is_uppercase()) {
            let mut cap = String::with_capacity(word.len());
            let mut first = true;
            for c in word.chars() {
                if first && c.is_alphabetic() {
                    cap.extend(c.to_uppercase());
                    first = false;
                } else {
                    cap.push(c);
                }
            }
            forms.push(cap);
            forms.push(word.to_uppercase());
        }
        for f in forms {
            *self
                .map
                .entry(f.into_bytes().into_boxed_slice())
                .or_insert(0) |= flags;
        }
    }

    /// The class flags of `word` (0 when unknown).
    #[inline]
    pub(crate) fn get(&self, word: &[u8]) -> u8 {
        if self.map.is_empty() {
            return 0;
        }
        self.map.get(word).copied().unwrap_or(0)
    }

    /// True when nothing was added.
    pub(crate) fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Parses the `data/abbrev-*.txt` format (see that file's header).
    pub(crate) fn parse(src: &str) -> Self {
        let mut m = AbbrevMap::default();
        let mut flags = GENERAL;
        for line in src.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(sec) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                flags = match sec {
                    "title" => TITLE,
                    "number" => NUMBER,
                    "time" => TIME,
                    _ => GENERAL,
                };
                continue;
            }
            match line.strip_suffix('!') {
                Some(w) => m.add(w, flags, true),
                None => m.add(line, flags, false),
            }
        }
        m
    }
}

/// A set of words, looked up by bytes.
#[derive(Debug, Clone, Default)]
pub(crate) struct WordSet {
    set: HashSet<Box<[u8]>, FnvBuild>,
}

impl WordSet {
    /// One word a line, `#` comments; each word also in UPPER CASE.
    pub(crate) fn parse(src: &str) -> Self {
        let mut set: HashSet<Box<[u8]>, FnvBuild> = HashSet::default();
        for line in src.lines() {
            let w = line.trim();
            if w.is_empty() || w.starts_with('#') {
                continue;
            }
            set.insert(w.as_bytes().into());
            set.insert(w.to_uppercase().into_bytes().into_boxed_slice());
        }
        WordSet { set }
    }

    #[inline]
    pub(crate) fn contains(&self, w: &[u8]) -> bool {
        self.set.contains(w)
    }
}

/// The rules of one language.
#[derive(Debug)]
pub(crate) struct LangTables {
    pub(crate) abbrevs: AbbrevMap,
    pub(crate) starters: WordSet,
    /// Words after "a.m."/"p.m." that continue the sentence ("Monday", "ET").
    pub(crate) time_followers: WordSet,
    /// Words that open a fronted time phrase ("At 5 a.m. Mr. Smith ...").
    pub(crate) time_openers: WordSet,
}

const ABBREV_EN: &str = include_str!("../../data/abbrev-en.txt");
const STARTERS_EN: &str = include_str!("../../data/starters-en.txt");
/// Words after "a.m."/"p.m." that continue the sentence besides the shared
/// weekdays, months and time zones: "local", and the North American zones
/// spelt out ("3 p.m. Eastern time").
const TIME_FOLLOWERS_EN: &str = "local\nEastern\nPacific\nCentral\nMountain\nAtlantic\n";
const TIME_OPENERS_EN: &str = "at by until till before after around from since about \
    shortly early late on in";

/// The built-in English tables, built on first use.
pub(crate) fn english() -> &'static LangTables {
    static EN: OnceLock<LangTables> = OnceLock::new();
    EN.get_or_init(|| LangTables {
        abbrevs: AbbrevMap::parse(ABBREV_EN),
        starters: WordSet::parse(STARTERS_EN),
        time_followers: WordSet::parse(&format!("{TIME_WORDS}{TIME_FOLLOWERS_EN}")),
        time_openers: {
            let mut s = String::new();
            for w in TIME_OPENERS_EN.split_whitespace() {
                s.push_str(w);
                s.push('\n');
                let mut c = w.chars();
                if let Some(f) = c.next() {
                    s.extend(f.to_uppercase());
                    s.push_str(c.as_str());
                    s.push('\n');
                }
            }
            WordSet::parse(&s)
        },
    })
}
