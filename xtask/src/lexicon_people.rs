//! The project's list of notable people (`data/people/notable-*.tsv`,
//! written for this project, CC0), which the `lexicon` task adds after the
//! shared seed (`lexicons/people/notable_seed.tsv`).
//!
//! Each file has `#` comment lines, then a header `id name aliases surname
//! country role` (the seed's columns), then one person a line. A person's
//! name and aliases are always kept. A surname alone becomes a key for the
//! person, so one that would be a trap is left out (see [`Traps`]) and
//! printed for review: the person is still found by the full name, and a
//! later mention of the surname in the same document by back-reference.

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

/// One notable person as the generated `people.tsv` holds them.
#[derive(Debug, Clone, PartialEq)]
pub struct Notable {
    pub id: String,
    pub country: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub surnames: Vec<String>,
}

impl Notable {
    /// The line of `people.tsv`: id, country, name, aliases, surnames.
    pub fn line(&self) -> String {
        format!(
            "{}\t{}\t{}\t{}\t{}",
            self.id,
            self.country,
            self.name,
            self.aliases.join("|"),
            self.surnames.join("|")
        )
    }
}

const COLUMNS: [&str; 6] = ["id", "name", "aliases", "surname", "country", "role"];

/// Every `notable-*.tsv` in `dir`, in file-name order. A malformed line (a
/// wrong number of columns, a bad id or country, a repeated id) is an error
/// naming the file and line.
pub fn read(dir: &Path) -> Result<Vec<Notable>, String> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|f| f.to_str())
                .is_some_and(|f| f.starts_with("notable-") && f.ends_with(".tsv"))
        })
        .collect();
    files.sort();
    let mut out = Vec::new();
    let mut ids = HashSet::new();
    for f in &files {
        let text = fs::read_to_string(f).map_err(|e| format!("{}: {e}", f.display()))?;
        let at = |i: usize, what: &str| format!("{}:{}: {what}", f.display(), i + 1);
        let mut header = false;
        for (i, l) in text.lines().enumerate() {
            if l.trim().is_empty() || l.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = l.split('\t').map(str::trim).collect();
            if !header {
                if cols != COLUMNS {
                    return Err(at(i, &format!("header must be {}", COLUMNS.join(" "))));
                }
                header = true;
                continue;
            }
            let [id, name, aliases, surnames, country, _role] = cols[..] else {
                return Err(at(i, &format!("{} columns, not 6", cols.len())));
            };
            let slug = id.strip_prefix("person:").unwrap_or("");
            if slug.is_empty()
                || !slug
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                return Err(at(i, &format!("bad id {id:?}")));
            }
            if !ids.insert(id.to_string()) {
                return Err(at(i, &format!("repeated id {id}")));
            }
            if name.is_empty() {
                return Err(at(i, "no name"));
            }
            if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(at(i, &format!("bad country {country:?}")));
            }
            let list = |s: &str| -> Vec<String> {
                s.split('|')
                    .map(str::trim)
                    .filter(|x| !x.is_empty())
                    .map(str::to_string)
                    .collect()
            };
            out.push(Notable {
                id: id.to_string(),
                country: country.to_string(),
                name: name.to_string(),
                aliases: list(aliases),
                surnames: list(surnames),
            });
        }
        if !header {
            return Err(format!("{}: no header line", f.display()));
        }
    }
    if out.is_empty() {
        return Err(format!("{}: no notable-*.tsv rows", dir.display()));
    }
    Ok(out)
}

/// What a surname alone must not be, since it would then name the person
/// wherever it stands: an English word ("May", "Rice", "Bush"), a given name
/// ("Jordan", "Sharon"), a country, region or city of 100,000 or more
/// ("Montenegro", "Hamilton") or the first word of one's name of two or more
/// ("Costa" of "Costa Rica"), an outlet, a surname an earlier notable
/// person already has ("Powell", "Clinton": the first keeps it), or one of
/// two parts or more whose first part is not a particle ("Dlamini-Zuma",
/// "Hernández de Cos", "Okonjo-Iweala": as the head of a key, the first part
/// would stop the tagger reading "Sipho Dlamini" or "Ana Hernandez" as a
/// whole name; "de Klerk", "Le Pen", "al-Sadr" stay).
pub struct Traps<'a> {
    /// Lower-case English words.
    pub common: &'a HashSet<String>,
    /// Census and world given names.
    pub given: &'a HashSet<String>,
    /// Names, aliases and demonyms of countries, regions and cities of
    /// 100,000 or more, and the first words of those of two words or more.
    pub places: &'a HashSet<String>,
    /// Outlet names and aliases.
    pub outlets: &'a HashSet<String>,
    /// Name particles, lower case ("de", "van", "bin").
    pub particles: &'a HashSet<String>,
}

impl Traps<'_> {
    fn head_is_no_particle(&self, s: &str) -> bool {
        match s.split_once([' ', '-']) {
            Some((first, _)) => !self.particles.contains(&first.to_lowercase()),
            None => false,
        }
    }

    pub fn reason(&self, s: &str, taken: &HashSet<String>) -> Option<&'static str> {
        if self.common.contains(&s.to_lowercase()) {
            Some("English word")
        } else if self.given.contains(s) {
            Some("given name")
        } else if self.places.contains(s) {
            Some("place")
        } else if self.outlets.contains(s) {
            Some("outlet")
        } else if taken.contains(s) {
            Some("another notable's")
        } else if self.head_is_no_particle(s) {
            Some("first part no particle")
        } else {
            None
        }
    }
}

/// The project's people to add after the seed: none may repeat a seed id or
/// name (an error); each keeps only the surnames `traps` accepts, the ones
/// left out are printed by reason. `taken` holds the seed's surnames and
/// gains each accepted one.
pub fn merge(
    people: Vec<Notable>,
    seed: &[Notable],
    taken: &mut HashSet<String>,
    traps: &Traps,
) -> Result<Vec<Notable>, String> {
    let seed_ids: HashSet<&str> = seed.iter().map(|p| p.id.as_str()).collect();
    let seed_names: HashSet<&str> = seed.iter().map(|p| p.name.as_str()).collect();
    let mut refused: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    let mut out = Vec::with_capacity(people.len());
    for mut p in people {
        if seed_ids.contains(p.id.as_str()) || seed_names.contains(p.name.as_str()) {
            return Err(format!("{} ({}) is already in the seed", p.id, p.name));
        }
        p.surnames.retain(|s| match traps.reason(s, taken) {
            Some(r) => {
                refused.entry(r).or_default().push(s.clone());
                false
            }
            None => true,
        });
        taken.extend(p.surnames.iter().cloned());
        out.push(p);
    }
    for (r, ns) in &refused {
        eprintln!(
            "notable surnames: {} left out ({r}): {}",
            ns.len(),
            ns.join(" ")
        );
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(xs: &[&str]) -> HashSet<String> {
        xs.iter().map(|x| x.to_string()).collect()
    }

    fn person(id: &str, name: &str, surnames: &[&str]) -> Notable {
        Notable {
            id: id.to_string(),
            country: "ZZ".to_string(),
            name: name.to_string(),
            aliases: vec![],
            surnames: surnames.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn trap_surnames_are_left_out_and_names_kept() {
        let (common, given) = (set(&["may", "rice"]), set(&["Jordan", "Sharon"]));
        let (places, outlets) = (set(&["Montenegro", "Costa"]), set(&["Bloomberg"]));
        let particles = set(&["de"]);
        let traps = Traps {
            common: &common,
            given: &given,
            places: &places,
            outlets: &outlets,
            particles: &particles,
        };
        let seed = vec![person("person:a-powell", "A Powell", &["Powell"])];
        let mut taken = set(&["Powell"]);
        let people = vec![
            person("person:t-may", "T May", &["May"]),
            person("person:m-jordan", "M Jordan", &["Jordan"]),
            person("person:l-montenegro", "L Montenegro", &["Montenegro"]),
            person("person:m-bloomberg", "M Bloomberg", &["Bloomberg"]),
            person("person:c-powell", "C Powell", &["Powell"]),
            person("person:a-costa", "A Costa", &["Costa"]),
            person("person:n-dlamini-zuma", "N Dlamini-Zuma", &["Dlamini-Zuma"]),
            person("person:n-mandela", "N Mandela", &["Mandela"]),
            person("person:w-mandela", "W Mandela", &["Mandela"]),
            person("person:f-de-klerk", "F de Klerk", &["de Klerk", "De Klerk"]),
        ];
        let out = merge(people, &seed, &mut taken, &traps).unwrap();
        let kept: Vec<(&str, Vec<String>)> = out
            .iter()
            .map(|p| (p.name.as_str(), p.surnames.clone()))
            .collect();
        assert_eq!(out.len(), 10);
        for (name, s) in &kept[..7] {
            assert!(s.is_empty(), "{name}: {s:?}");
        }
        assert_eq!(kept[7].1, ["Mandela"]);
        assert!(kept[8].1.is_empty());
        assert_eq!(kept[9].1, ["de Klerk", "De Klerk"]);
        assert!(taken.contains("Mandela"));
    }

    #[test]
    fn a_seed_person_is_not_added_twice() {
        let empty = HashSet::new();
        let traps = Traps {
            common: &empty,
            given: &empty,
            places: &empty,
            outlets: &empty,
            particles: &empty,
        };
        let seed = vec![person("person:x-y", "X Y", &[])];
        let again = vec![person("person:x-y-2", "X Y", &[])];
        assert!(merge(again, &seed, &mut HashSet::new(), &traps).is_err());
    }

    #[test]
    fn the_project_files_read() {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data/people");
        let people = read(&dir).unwrap();
        assert!(people.len() > 500);
        assert!(people.iter().all(|p| p.id.starts_with("person:")));
    }
}
