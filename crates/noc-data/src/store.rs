//! `Store`: decoded blobs, filled all at once (`bundled`) or file by file (`insert`).

use crate::ai::AiRanking;
use crate::error::DataError;
use crate::model::*;
use crate::{Lang, BUILD_ID, EN_CARDS, FR_CARDS, SHARED_FILES, UNIT_FACTS};
use serde::Serialize;
use std::collections::HashMap;

pub(crate) struct Directory {
    pub classes: Vec<ClassEntry>,
    pub index: HashMap<String, usize>,
}

impl Directory {
    pub fn get(&self, code: &str) -> Option<&ClassEntry> {
        self.index.get(code).map(|&i| &self.classes[i])
    }
}

/// Titles by code for a card: the language's whole directory when a view loaded it, else the titles
/// the card files carry (`CardsBlob::titles`: every class those cards name).
#[derive(Clone, Copy)]
pub(crate) struct Names<'a> {
    pub dir: Option<&'a Directory>,
    pub cards: &'a [(String, String)],
}

impl<'a> Names<'a> {
    pub fn title(&self, code: &str) -> Option<&'a str> {
        self.dir
            .and_then(|d| d.get(code))
            .map(|c| c.title.as_str())
            .or_else(|| {
                self.cards
                    .iter()
                    .find(|(c, _)| c == code)
                    .map(|(_, t)| t.as_str())
            })
    }
}

pub(crate) struct Facts {
    pub blob: FactsBlob,
    pub ranking: AiRanking,
}

/// A unit group in a list: code, title in the language, TEER (second digit of the code).
#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
pub struct UnitGroupRef {
    pub code: String,
    pub title: String,
    pub teer: u8,
}

/// Decoded NOC data. Empty from `new()`; the web inserts the files a view needs.
#[derive(Default)]
pub struct Store {
    pub(crate) directory: [Option<Directory>; 2],
    /// Card text by unit group code, per language (one file per unit group).
    pub(crate) cards: [HashMap<String, UnitText>; 2],
    /// Titles the inserted card files carry, (code, title) per language: a few tens per card, searched
    /// in order (a map type more would cost the card-only WebAssembly its own hashing code).
    pub(crate) card_titles: [Vec<(String, String)>; 2],
    pub(crate) facts: Option<Facts>,
    /// Figures by unit group code (one file per unit group).
    pub(crate) unit_facts: HashMap<String, UnitFacts>,
    pub(crate) titles: [Option<TitlesBlob>; 2],
    pub(crate) duties: [Option<DutiesBlob>; 2],
    pub(crate) concordance: Option<ConcordanceBlob>,
    /// Every route to permanent residence with its code list (`routes.bin`, see routes.rs).
    pub(crate) routes: Option<crate::routes_model::RoutesBlob>,
    /// Rounds of invitations, newest first (`rounds.bin`).
    #[cfg(feature = "rounds")]
    pub(crate) rounds: Option<Vec<ee_rules::Round>>,
}

/// The slot a file name refers to.
enum Slot {
    Directory(Lang),
    Cards(Lang, &'static str),
    #[cfg(feature = "lists")]
    Titles(Lang),
    #[cfg(feature = "lists")]
    Duties(Lang),
    Facts,
    UnitFacts(&'static str),
    #[cfg(feature = "lists")]
    Concordance,
    #[cfg(feature = "lists")]
    Routes,
    #[cfg(feature = "rounds")]
    Rounds,
}

fn slot_of(name: &str) -> Option<Slot> {
    let name: &'static str = known_file(name)?;
    let (lang, rest) = match name.split_once('/') {
        Some((l, r)) => (Lang::parse(l), r),
        None => (None, name),
    };
    Some(match (lang, rest) {
        (None, "facts.bin") => Slot::Facts,
        #[cfg(feature = "lists")]
        (None, "concordance.bin") => Slot::Concordance,
        #[cfg(feature = "lists")]
        (None, "routes.bin") => Slot::Routes,
        #[cfg(feature = "rounds")]
        (None, "rounds.bin") => Slot::Rounds,
        (Some(l), "directory.bin") => Slot::Directory(l),
        #[cfg(feature = "lists")]
        (Some(l), "titles.bin") => Slot::Titles(l),
        #[cfg(feature = "lists")]
        (Some(l), "duties.bin") => Slot::Duties(l),
        (Some(l), r) => Slot::Cards(l, r.strip_prefix("cards-")?.strip_suffix(".bin")?),
        (None, r) => Slot::UnitFacts(r.strip_prefix("facts-")?.strip_suffix(".bin")?),
    })
}

/// The static name from `FILES` (so lists of needed files can be `&'static str`).
pub(crate) fn file(name: &str) -> &'static str {
    known_file(name).expect("file name built from the known layout")
}

/// The static name from `FILES`, if there is such a file (per-unit files exist only for the 516 codes).
fn known_file(name: &str) -> Option<&'static str> {
    if let Some(f) = SHARED_FILES.iter().copied().find(|f| *f == name) {
        return Some(f);
    }
    [EN_CARDS, FR_CARDS, UNIT_FACTS]
        .into_iter()
        .find_map(|table| find_record(table, name))
}

/// `name` as a slice of `table` (sorted records of `name.len()` bytes, see build/emit.rs), if there.
fn find_record(table: &'static str, name: &str) -> Option<&'static str> {
    let width = name.len();
    if table.len().checked_rem(width) != Some(0) {
        return None;
    }
    let (mut lo, mut hi) = (0, table.len() / width);
    while lo < hi {
        let mid = (lo + hi) / 2;
        let record = table.get(mid * width..(mid + 1) * width)?;
        match record.cmp(name) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => return Some(record),
        }
    }
    None
}

pub(crate) fn decode<T: serde::de::DeserializeOwned>(
    name: &str,
    bytes: &[u8],
    kind: BlobKind,
    lang: Option<Lang>,
) -> Result<T, DataError> {
    let file = name.to_string();
    if bytes.len() < HEADER_LEN {
        return Err(if bytes.len() >= 4 && bytes[..4] != MAGIC {
            DataError::BadMagic { file }
        } else {
            DataError::Truncated { file }
        });
    }
    if bytes[..4] != MAGIC {
        return Err(DataError::BadMagic { file });
    }
    let version = u16::from_le_bytes([bytes[4], bytes[5]]);
    if version != FORMAT_VERSION {
        return Err(DataError::UnsupportedVersion {
            file,
            found: version,
            expected: FORMAT_VERSION,
        });
    }
    let lang_tag = match lang {
        None => 0,
        Some(Lang::En) => 1,
        Some(Lang::Fr) => 2,
    };
    if bytes[6] != kind_byte(kind, lang_tag) {
        return Err(DataError::WrongKind { file });
    }
    let build = u32::from_le_bytes([bytes[7], bytes[8], bytes[9], bytes[10]]);
    if build != BUILD_ID {
        return Err(DataError::OtherBuild {
            file,
            found: build,
            expected: BUILD_ID,
        });
    }
    match postcard::take_from_bytes::<T>(&bytes[HEADER_LEN..]) {
        Ok((value, [])) => Ok(value),
        Ok((_, rest)) => Err(DataError::Corrupt {
            file,
            reason: format!("{} unexpected trailing bytes", rest.len()),
        }),
        Err(e) => Err(DataError::Corrupt {
            file,
            reason: e.to_string(),
        }),
    }
}

fn corrupt(name: &str, reason: &str) -> DataError {
    DataError::Corrupt {
        file: name.to_string(),
        reason: reason.to_string(),
    }
}

impl Store {
    /// An empty store (the web fills it with `insert`).
    pub fn new() -> Store {
        Store::default()
    }

    /// Every blob embedded at build time, decoded.
    #[cfg(feature = "bundled")]
    pub fn bundled() -> Store {
        let mut store = Store::new();
        for (name, bytes) in crate::BUNDLED {
            if *name == "rounds.bin" && !cfg!(feature = "rounds") {
                continue;
            }
            // The build wrote these bytes; failing here is a build bug, caught by the tests.
            store
                .insert(name, bytes)
                .unwrap_or_else(|e| panic!("bundled blob rejected: {e}"));
        }
        store
    }

    /// Decodes one blob (`file_name` as in `FILES`) and keeps it. Replaces a blob inserted before.
    pub fn insert(&mut self, file_name: &str, bytes: &[u8]) -> Result<(), DataError> {
        let slot = slot_of(file_name).ok_or_else(|| DataError::UnknownFile {
            file: file_name.to_string(),
        })?;
        match slot {
            Slot::Directory(lang) => {
                let blob: DirectoryBlob =
                    decode(file_name, bytes, BlobKind::Directory, Some(lang))?;
                let index = blob
                    .classes
                    .iter()
                    .enumerate()
                    .map(|(i, c)| (c.code.clone(), i))
                    .collect();
                self.directory[lang.index()] = Some(Directory {
                    classes: blob.classes,
                    index,
                });
            }
            Slot::Cards(lang, code) => {
                let blob: CardsBlob = decode(file_name, bytes, BlobKind::Cards, Some(lang))?;
                let u = blob.unit;
                if u.code != code {
                    return Err(corrupt(file_name, "text of another unit group"));
                }
                if !blob.titles.iter().any(|c| c.code == u.code) {
                    return Err(corrupt(file_name, "no title for its own unit group"));
                }
                if u.illustrative_examples
                    .iter()
                    .any(|e| e.resolve(&u.all_examples).is_none())
                {
                    return Err(corrupt(
                        file_name,
                        "illustrative example points past the list of examples",
                    ));
                }
                let titles = &mut self.card_titles[lang.index()];
                for c in blob.titles {
                    if !titles.iter().any(|(code, _)| *code == c.code) {
                        titles.push((c.code, c.title));
                    }
                }
                self.cards[lang.index()].insert(u.code.clone(), u);
            }
            Slot::Facts => {
                let blob: FactsBlob = decode(file_name, bytes, BlobKind::Facts, None)?;
                let ranking = AiRanking::new(&blob.ai_scores);
                self.facts = Some(Facts { blob, ranking });
            }
            Slot::UnitFacts(code) => {
                let blob: UnitFactsBlob = decode(file_name, bytes, BlobKind::UnitFacts, None)?;
                if blob.unit.code != code {
                    return Err(corrupt(file_name, "figures of another unit group"));
                }
                self.unit_facts.insert(blob.unit.code.clone(), blob.unit);
            }
            #[cfg(feature = "lists")]
            Slot::Titles(lang) => {
                self.titles[lang.index()] =
                    Some(decode(file_name, bytes, BlobKind::Titles, Some(lang))?)
            }
            #[cfg(feature = "lists")]
            Slot::Duties(lang) => {
                self.duties[lang.index()] =
                    Some(decode(file_name, bytes, BlobKind::Duties, Some(lang))?)
            }
            #[cfg(feature = "lists")]
            Slot::Concordance => {
                self.concordance = Some(decode(file_name, bytes, BlobKind::Concordance, None)?)
            }
            #[cfg(feature = "lists")]
            Slot::Routes => self.insert_routes(file_name, bytes)?,
            #[cfg(feature = "rounds")]
            Slot::Rounds => {
                let blob: RoundsBlob = decode(file_name, bytes, BlobKind::Rounds, None)?;
                let rounds =
                    crate::rounds_bin::decode(&blob.bytes).map_err(|e| corrupt(file_name, &e))?;
                self.rounds = Some(rounds);
            }
        }
        Ok(())
    }

    /// Whether a file of `FILES` has been inserted.
    pub fn is_loaded(&self, file_name: &str) -> bool {
        match slot_of(file_name) {
            Some(Slot::Directory(l)) => self.directory[l.index()].is_some(),
            Some(Slot::Cards(l, code)) => self.cards[l.index()].contains_key(code),
            Some(Slot::UnitFacts(code)) => self.unit_facts.contains_key(code),
            #[cfg(feature = "lists")]
            Some(Slot::Titles(l)) => self.titles[l.index()].is_some(),
            #[cfg(feature = "lists")]
            Some(Slot::Duties(l)) => self.duties[l.index()].is_some(),
            Some(Slot::Facts) => self.facts.is_some(),
            #[cfg(feature = "lists")]
            Some(Slot::Concordance) => self.concordance.is_some(),
            #[cfg(feature = "lists")]
            Some(Slot::Routes) => self.routes.is_some(),
            #[cfg(feature = "rounds")]
            Some(Slot::Rounds) => self.rounds.is_some(),
            None => false,
        }
    }

    /// The files a card view needs: the unit group's text in the language (which carries the titles
    /// of every class the card names), the shared facts and the unit group's figures. For a code
    /// that is not one of the 516 unit groups, the language's directory and the shared facts (enough
    /// to explain and suggest).
    pub fn files_for_card(code: &str, lang: Lang) -> Vec<&'static str> {
        let l = lang.code();
        let code = code.trim();
        match unit_files(code, lang) {
            Some((text, figures)) => vec![text, file("facts.bin"), figures],
            None => vec![file(&format!("{l}/directory.bin")), file("facts.bin")],
        }
    }

    /// Titles by code for a card in `lang` (see [`Names`]).
    pub(crate) fn names(&self, lang: Lang) -> Names<'_> {
        Names {
            dir: self.directory[lang.index()].as_ref(),
            cards: &self.card_titles[lang.index()],
        }
    }

    /// The files search needs: directory, titles and duties of the language, and the concordance.
    pub fn files_for_search(lang: Lang) -> Vec<&'static str> {
        let mut files = Store::files_for_title_search(lang);
        files.push(file(&format!("{}/duties.bin", lang.code())));
        files
    }

    /// What search by title or code needs: the directory, the titles and the 2016 concordance.
    pub fn files_for_title_search(lang: Lang) -> Vec<&'static str> {
        let l = lang.code();
        vec![
            file(&format!("{l}/directory.bin")),
            file(&format!("{l}/titles.bin")),
            file("concordance.bin"),
        ]
    }

    /// What search by duties needs: the directory (for titles) and the duties.
    pub fn files_for_duty_search(lang: Lang) -> Vec<&'static str> {
        let l = lang.code();
        vec![
            file(&format!("{l}/directory.bin")),
            file(&format!("{l}/duties.bin")),
        ]
    }

    /// What the views that show rounds of invitations need (the calculator's draws, `noc rounds`).
    #[cfg(feature = "rounds")]
    pub fn files_for_rounds() -> Vec<&'static str> {
        vec![file("rounds.bin")]
    }

    /// Express Entry rounds of invitations, newest first (empty until `rounds.bin` is inserted).
    #[cfg(feature = "rounds")]
    pub fn rounds(&self) -> &[ee_rules::Round] {
        self.rounds.as_deref().unwrap_or(&[])
    }

    /// Those of `files` not inserted yet.
    pub fn missing<'a>(&self, files: &[&'a str]) -> Vec<&'a str> {
        files
            .iter()
            .copied()
            .filter(|f| !self.is_loaded(f))
            .collect()
    }

    /// The 516 unit groups in code order (empty until the language's directory is inserted).
    pub fn unit_groups(&self, lang: Lang) -> Vec<UnitGroupRef> {
        let Some(dir) = &self.directory[lang.index()] else {
            return Vec::new();
        };
        let mut out: Vec<UnitGroupRef> = dir
            .classes
            .iter()
            .filter(|c| c.code.len() == 5)
            .map(|c| UnitGroupRef {
                code: c.code.clone(),
                title: c.title.clone(),
                teer: teer_of(&c.code),
            })
            .collect();
        out.sort_by(|a, b| a.code.cmp(&b.code));
        out
    }

    /// Title of a class at any level ("2", "22", … "22220"), if the directory is loaded or a card
    /// file that names the class is.
    pub fn title(&self, code: &str, lang: Lang) -> Option<String> {
        self.names(lang).title(code.trim()).map(str::to_owned)
    }

    /// Every class at the five levels, in the official order (empty until loaded).
    pub fn classes(&self, lang: Lang) -> Vec<ClassEntry> {
        self.directory[lang.index()]
            .as_ref()
            .map(|d| d.classes.clone())
            .unwrap_or_default()
    }

    /// Search documents of the language (empty until `<lang>/titles.bin` is inserted).
    pub fn titles(&self, lang: Lang) -> Vec<TitleEntry> {
        let Some(t) = &self.titles[lang.index()] else {
            return Vec::new();
        };
        t.groups
            .iter()
            .flat_map(|(code, entries)| {
                entries.iter().map(move |(kind, title)| TitleEntry {
                    code: code.clone(),
                    title: title.clone(),
                    kind: *kind,
                })
            })
            .collect()
    }

    /// NOC 2016 → 2021 correspondence rows (empty until `concordance.bin` is inserted).
    pub fn concordance(&self) -> Vec<ConcordanceRow> {
        self.concordance
            .as_ref()
            .map(|c| c.rows.clone())
            .unwrap_or_default()
    }

    /// (unit group code, main-duty item) pairs (empty until `<lang>/duties.bin` is inserted).
    pub fn duties(&self, lang: Lang) -> Vec<(String, String)> {
        let Some(d) = &self.duties[lang.index()] else {
            return Vec::new();
        };
        d.groups
            .iter()
            .flat_map(|(code, items)| items.iter().map(move |i| (code.clone(), i.clone())))
            .collect()
    }

    /// Data version string, e.g. "NOC 2021 V1.0 · Job Bank wages 2025 · …".
    pub fn data_version(&self) -> &'static str {
        crate::DATA_VERSION
    }

    /// Sources with versions, dates and licences (needs facts.bin).
    pub fn sources(&self) -> Vec<SourceInfo> {
        self.facts
            .as_ref()
            .map(|f| f.blob.meta.sources.clone())
            .unwrap_or_default()
    }

    /// Official TEER label (from the COPS file) in the language (needs facts.bin).
    pub fn teer_label(&self, level: u8, lang: Lang) -> Option<String> {
        let f = self.facts.as_ref()?;
        let l = f.blob.teer_labels.iter().find(|t| t.level == level)?;
        Some(match lang {
            Lang::En => l.en.clone(),
            Lang::Fr => l.fr.clone(),
        })
    }
}

/// The text and figures files of `code` when it is one of the 516 unit groups.
pub(crate) fn unit_files(code: &str, lang: Lang) -> Option<(&'static str, &'static str)> {
    if code.len() != 5 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((
        known_file(&format!("{}/cards-{code}.bin", lang.code()))?,
        known_file(&format!("facts-{code}.bin"))?,
    ))
}

/// TEER category of a unit group: its second digit.
pub(crate) fn teer_of(code: &str) -> u8 {
    code.as_bytes()
        .get(1)
        .map(|b| b.saturating_sub(b'0'))
        .unwrap_or(0)
}
