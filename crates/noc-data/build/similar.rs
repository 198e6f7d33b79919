//! Similar skills (issue 25, docs/similar.md): reads ESDC's OaSIS 2023 rating tables, rolls the 900
//! profiles up to the 516 unit groups (the unweighted mean of a unit group's profiles), and finds
//! each unit group's closest unit groups.
//!
//! The measure: every skill, ability, knowledge area and work activity is standardised across the
//! 516 unit groups (z-score); within each of the four blocks, an occupation's z-scores are centred on
//! their own mean (so the measure compares the *shape* of two profiles, not their overall level,
//! which mostly restates the TEER) and scaled so the block carries its weight — skills 0.30, work
//! activities 0.30, knowledge 0.25, abilities 0.15 — whatever its number of descriptors; the
//! similarity of two unit groups is the cosine of those vectors. Bands: "very close" at 0.75 or
//! more, "close" at 0.55 or more; below that a neighbour is not shown.

use crate::model::{
    CopsRow, DescriptorName, LabourMarket, NeighbourFacts, SimilarityBand, SkillsFacts, UnitText,
    WageRow, WageUnit,
};
use crate::structure::Structure;
use crate::table::SourceDir;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;

pub const DIR: &str = "oasis_2023_v1.0-ratings";

/// Block weights of the measure (sum 1).
pub const WEIGHTS: [(Block, f64); 4] = [
    (Block::Skills, 0.30),
    (Block::WorkActivities, 0.30),
    (Block::Knowledge, 0.25),
    (Block::Abilities, 0.15),
];
pub const VERY_CLOSE: f64 = 0.75;
pub const CLOSE: f64 = 0.55;
pub const MAX_SHOWN: usize = 6;
/// Listed per unit group in `similar_ranks.tsv` (the sanity test reads it).
const RANKS_LISTED: usize = 100;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Block {
    Skills,
    Abilities,
    Knowledge,
    WorkActivities,
    WorkContext,
}

impl Block {
    pub fn file(self) -> &'static str {
        match self {
            Block::Skills => "skills_oasis_2023_v1.0.csv",
            Block::Abilities => "abilities_oasis_2023_v1.0.csv",
            Block::Knowledge => "knowledges_oasis_2023_v1.0.csv",
            Block::WorkActivities => "workactivities_oasis_2023_v1.0.csv",
            Block::WorkContext => "workcontext_oasis_2023_v1.0.csv",
        }
    }
    /// Highest rating on the block's scale (PROVENANCE §8).
    pub fn max(self) -> f32 {
        match self {
            Block::Knowledge => 3.0,
            _ => 5.0,
        }
    }
    /// Category number in `DESCRIPTORS` (abilities are measured, never shown: no number).
    fn category(self) -> u8 {
        match self {
            Block::Skills => 0,
            Block::Knowledge => 1,
            Block::WorkActivities => 2,
            Block::WorkContext => 3,
            Block::Abilities => u8::MAX,
        }
    }
    /// Descriptors shown as "to build" and "already use": what a person can learn or practise.
    fn explains(self) -> bool {
        matches!(
            self,
            Block::Skills | Block::Knowledge | Block::WorkActivities
        )
    }
}

/// Work-context items the skills profile may name: ratings on a 1–5 scale that say something a
/// reader can picture (the schedule, hours and automation items use other scales; where OaSIS
/// rates an item twice, the second column, suffixed with a digit, is left out).
pub const CONTEXT_SHOWN: &[&str] = &[
    "Consequence of Error",
    "Freedom to Make Decisions",
    "Precision",
    "Tasks Repetition",
    "Time Pressure",
    "Pace Determined by Speed of Equipment",
    "Competition",
    "Biological Agents",
    "Dangerous Chemical Substances",
    "Extreme Temperatures",
    "Hazardous Conditions",
    "Hazardous Equipment, Machinery, Tools",
    "High Places",
    "In an Enclosed Vehicle or Equipment",
    "Indoors, Not Environmentally Controlled",
    "Outside, Exposed to Weather",
    "Physical Proximity",
    "Sound and Noise",
    "Specialized Safety Equipment",
    "Standard Safety Equipment",
    "Vibration",
    "Bending or Twisting the Body",
    "Climbing",
    "Cramped Work Space, Awkward Positions",
    "Handling Material Manually",
    "Making Repetitive Motions",
    "Sitting",
    "Standing",
    "Walking and Running",
    "Conflict Situations",
    "Contact With Others",
    "Deal With External Customers",
    "Deal With Physically Aggressive People",
    "Dealing With Unpleasant or Angry People",
    "Public Speaking",
    "Responsible for Others' Health and Safety",
    "Work With Work Group or Team",
];

/// One rating table: trimmed column names and every profile's ratings with its source line.
#[derive(Debug)]
pub struct Ratings {
    pub columns: Vec<String>,
    pub profiles: Vec<(String, Vec<f32>)>,
}

/// Parses one OaSIS rating file (BOM, headers with stray spaces trimmed). Every rating must be a
/// number from 0 to `max`; an error names the file, the line and the column.
pub fn parse_ratings(file: &str, text: &str, max: f32) -> Result<Ratings, String> {
    let (header, rows) = crate::table::records(text).map_err(|e| format!("{file} {e}"))?;
    let header: Vec<String> = header.iter().map(|h| h.trim().to_string()).collect();
    if header.len() < 3 || !header[0].starts_with("OaSIS Code") {
        return Err(format!(
            "{file} header: expected \"OaSIS Code - Final\", \"OaSIS Label - Final\" and rating columns, found {header:?}"
        ));
    }
    let columns = header[2..].to_vec();
    for (i, c) in columns.iter().enumerate() {
        if c.is_empty() {
            return Err(format!("{file} header: column {} has no name", i + 3));
        }
        if columns[..i].contains(c) {
            return Err(format!("{file} header: column {c:?} appears twice"));
        }
    }
    let mut profiles = Vec::with_capacity(rows.len());
    for row in rows {
        let text = row.data.get(0).unwrap_or("").trim();
        let code = profile_code(text).ok_or_else(|| {
            format!(
                "{file} line {}: column {:?}: {text:?} is not an OaSIS profile code like 21231.00",
                row.line, header[0]
            )
        })?;
        let mut values = Vec::with_capacity(columns.len());
        for (i, column) in columns.iter().enumerate() {
            let text = row.data.get(i + 2).unwrap_or("").trim();
            let value: f32 = match text.parse() {
                Ok(v) if (0.0..=max).contains(&v) => v,
                _ => {
                    return Err(format!(
                    "{file} line {}: column {column:?}: {text:?} is not a rating from 0 to {max}",
                    row.line
                ))
                }
            };
            values.push(value);
        }
        profiles.push((code, values));
    }
    Ok(Ratings { columns, profiles })
}

/// An OaSIS profile code ("21231.00"). Some files were saved from a spreadsheet that wrote the
/// codes as numbers: `workactivities` has "10010" for 10010.00 (327 rows) and `knowledges`
/// "31100.1" for 31100.10; the dropped zeros are put back (a number loses trailing zeros only).
pub fn profile_code(text: &str) -> Option<String> {
    let (unit, suffix) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if unit.len() != 5 || !digits(unit) || suffix.len() > 2 || !digits(suffix) {
        return None;
    }
    Some(format!("{unit}.{suffix:0<2}"))
}

/// A descriptor's stable key: its English name in snake case ("Oral Communication: Active
/// Listening" → "oral_communication_active_listening").
pub fn key_of(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('_') && !out.is_empty() {
            out.push('_');
        }
    }
    out.trim_end_matches('_').to_string()
}

struct Table {
    block: Block,
    /// The profile codes, sorted (every file must rate the same 900 profiles).
    profiles: Vec<String>,
    columns: Vec<String>,
    /// Unit group → mean of its profiles, per column.
    means: BTreeMap<String, Vec<f32>>,
    /// Per column: mean and standard deviation across unit groups.
    stats: Vec<(f64, f64)>,
}

impl Table {
    fn z(&self, unit: &str, i: usize) -> f64 {
        let (m, sd) = self.stats[i];
        if sd == 0.0 {
            0.0
        } else {
            (self.means[unit][i] as f64 - m) / sd
        }
    }
}

fn load(src: &mut SourceDir, s: &Structure, block: Block) -> Table {
    let rel = format!("{DIR}/{}", block.file());
    let text = src.read(&rel);
    let r = parse_ratings(&rel, &text, block.max()).unwrap_or_else(|e| panic!("{e}"));
    if r.profiles.len() != 900 {
        panic!("{rel}: {} profiles, expected 900", r.profiles.len());
    }
    let mut codes: Vec<&String> = r.profiles.iter().map(|p| &p.0).collect();
    codes.sort();
    if let Some(w) = codes.windows(2).find(|w| w[0] == w[1]) {
        panic!("{rel}: profile {} appears twice", w[0]);
    }
    let mut sums: BTreeMap<String, (Vec<f64>, usize)> = BTreeMap::new();
    for (code, values) in &r.profiles {
        let unit = &code[..5];
        if !s.is_unit(unit) {
            panic!("{rel}: profile {code} is not in a NOC 2021 unit group");
        }
        let e = sums
            .entry(unit.to_string())
            .or_insert_with(|| (vec![0.0; values.len()], 0));
        for (acc, v) in e.0.iter_mut().zip(values) {
            *acc += *v as f64;
        }
        e.1 += 1;
    }
    if sums.len() != s.units.len() {
        let missing: Vec<&String> = s.units.iter().filter(|u| !sums.contains_key(*u)).collect();
        panic!("{rel}: no profile for unit groups {missing:?}");
    }
    let means: BTreeMap<String, Vec<f32>> = sums
        .into_iter()
        .map(|(u, (sum, n))| (u, sum.iter().map(|x| (x / n as f64) as f32).collect()))
        .collect();
    let n = means.len() as f64;
    let stats = (0..r.columns.len())
        .map(|i| {
            let m = means.values().map(|v| v[i] as f64).sum::<f64>() / n;
            let var = means
                .values()
                .map(|v| (v[i] as f64 - m).powi(2))
                .sum::<f64>()
                / n;
            (m, var.sqrt())
        })
        .collect();
    let mut profiles: Vec<String> = r.profiles.iter().map(|p| p.0.clone()).collect();
    profiles.sort();
    Table {
        block,
        profiles,
        columns: r.columns,
        means,
        stats,
    }
}

fn tenths(x: f32) -> u8 {
    (x * 10.0).round().clamp(0.0, 255.0) as u8
}

pub struct Similar {
    pub facts: BTreeMap<String, SkillsFacts>,
    /// `DESCRIPTORS` for generated code: (key, category, scale max).
    pub descriptors: Vec<(String, u8, u8)>,
    /// By descriptor id: (English name, French name) as cards show them.
    pub names: Vec<(String, String)>,
    /// Every unit group's closest, for the sanity test (code, neighbour, rank, similarity, band, shown).
    pub ranks_tsv: String,
}

pub fn derive(
    src: &mut SourceDir,
    s: &Structure,
    wages: &BTreeMap<String, Vec<WageRow>>,
    cops: &BTreeMap<String, CopsRow>,
) -> Similar {
    let tables: Vec<Table> = [
        Block::Skills,
        Block::Abilities,
        Block::Knowledge,
        Block::WorkActivities,
        Block::WorkContext,
    ]
    .into_iter()
    .map(|b| load(src, s, b))
    .collect();
    let table = |b: Block| tables.iter().find(|t| t.block == b).expect("loaded");
    for t in &tables[1..] {
        if t.profiles != tables[0].profiles {
            panic!(
                "{DIR}/{}: not the same profiles as {}",
                t.block.file(),
                tables[0].block.file()
            );
        }
    }
    let units = &s.units;

    // Descriptor ids: shown descriptors only (skills, knowledge, work activities, chosen context).
    let mut descriptors: Vec<(String, u8, u8)> = Vec::new();
    let mut id_of: BTreeMap<(Block, usize), u8> = BTreeMap::new();
    for t in &tables {
        for (i, c) in t.columns.iter().enumerate() {
            let shown = t.block.explains()
                || (t.block == Block::WorkContext && CONTEXT_SHOWN.contains(&c.as_str()));
            if !shown {
                continue;
            }
            let key = key_of(c);
            if descriptors.iter().any(|(k, _, _)| *k == key) {
                panic!("{DIR}: two descriptors have the key {key}");
            }
            id_of.insert((t.block, i), descriptors.len() as u8);
            descriptors.push((key, t.block.category(), t.block.max() as u8));
        }
    }
    for c in CONTEXT_SHOWN {
        if !table(Block::WorkContext).columns.iter().any(|x| x == c) {
            panic!("{DIR}/{}: no column {c:?}", Block::WorkContext.file());
        }
    }
    let mut oasis_names: Vec<&str> = vec![""; descriptors.len()];
    for (&(block, i), &id) in &id_of {
        oasis_names[id as usize] = table(block).columns[i].as_str();
    }
    let names = names(src, &descriptors, &oasis_names);

    // The measure's vectors.
    let vectors: BTreeMap<&String, Vec<f64>> = units
        .iter()
        .map(|u| {
            let mut v = Vec::new();
            for (block, weight) in WEIGHTS {
                let t = table(block);
                let z: Vec<f64> = (0..t.columns.len()).map(|i| t.z(u, i)).collect();
                let mean = z.iter().sum::<f64>() / z.len() as f64;
                let scale = (weight / z.len() as f64).sqrt();
                v.extend(z.iter().map(|x| (x - mean) * scale));
            }
            let norm = v.iter().map(|x| x * x).sum::<f64>().sqrt();
            if norm == 0.0 {
                panic!("{DIR}: unit group {u} has the same rating on every descriptor");
            }
            (u, v.into_iter().map(|x| x / norm).collect())
        })
        .collect();

    let mut facts = BTreeMap::new();
    let mut ranks_tsv =
        String::from("# code\tneighbour\trank\tsimilarity\tband\tshown (build/similar.rs)\n");
    for u in units {
        let mine = &vectors[u];
        let mut scored: Vec<(f64, &String)> = units
            .iter()
            .filter(|o| *o != u)
            .map(|o| (mine.iter().zip(&vectors[o]).map(|(a, b)| a * b).sum(), o))
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
        let band = |x: f64| {
            if x >= VERY_CLOSE {
                Some(SimilarityBand::VeryClose)
            } else if x >= CLOSE {
                Some(SimilarityBand::Close)
            } else {
                None
            }
        };
        let mut neighbours = Vec::new();
        for (rank, (x, o)) in scored.iter().enumerate() {
            let shown = rank < MAX_SHOWN && band(*x).is_some();
            if rank < RANKS_LISTED {
                let _ = writeln!(
                    ranks_tsv,
                    "{u}\t{o}\t{}\t{x:.3}\t{}\t{}",
                    rank + 1,
                    match band(*x) {
                        Some(SimilarityBand::VeryClose) => "very_close",
                        Some(SimilarityBand::Close) => "close",
                        None => "loose",
                    },
                    if shown { "shown" } else { "-" }
                );
            }
            if shown {
                let (to_build, shared) = explain(&tables, &id_of, u, o);
                neighbours.push(NeighbourFacts {
                    code: (*o).clone(),
                    band: band(*x).expect("shown"),
                    to_build,
                    shared,
                    median_wage: wages.get(*o).and_then(|rows| {
                        rows.iter()
                            .find(|w| w.geo == crate::model::Geo::NAT)
                            .and_then(|w| w.median_cents.map(|c| (w.unit, c)))
                    }),
                    outlook: cops
                        .get(*o)
                        .map_or(LabourMarket::NotAvailable, |c| c.future),
                });
            }
        }
        facts.insert(
            u.clone(),
            SkillsFacts {
                top_skills: top_skills(table(Block::Skills), &id_of, u),
                context: context(table(Block::WorkContext), &id_of, u),
                neighbours,
            },
        );
    }
    let _ = WageUnit::Hourly; // the wage unit travels with the figure
    Similar {
        facts,
        descriptors,
        names,
        ranks_tsv,
    }
}

type Explained = Vec<(u8, u8, u8)>;

/// "To build": descriptors the other occupation rates at least one full point higher, and at 60%
/// of the scale or more, by the size of the gap (at most 5). "Already use": rated at 80% of the
/// scale or more in both, the most distinctive first (the lower of the two z-scores; at most 3).
fn explain(
    tables: &[Table],
    id_of: &BTreeMap<(Block, usize), u8>,
    here: &str,
    there: &str,
) -> (Explained, Explained) {
    let mut build: Vec<(f32, f32, u8, u8, u8)> = Vec::new();
    let mut shared: Vec<(f64, u8, u8, u8)> = Vec::new();
    for t in tables.iter().filter(|t| t.block.explains()) {
        let max = t.block.max();
        for i in 0..t.columns.len() {
            let (a, b) = (t.means[here][i], t.means[there][i]);
            let id = id_of[&(t.block, i)];
            if b - a >= 1.0 && b >= 0.6 * max {
                build.push(((b - a) / max, b / max, id, tenths(a), tenths(b)));
            }
            // A descriptor to build is not also "already used" (both high, one clearly higher).
            if a >= 0.8 * max && b >= 0.8 * max && b - a < 1.0 {
                shared.push((t.z(here, i).min(t.z(there, i)), id, tenths(a), tenths(b)));
            }
        }
    }
    build.sort_by(|x, y| {
        y.0.total_cmp(&x.0)
            .then(y.1.total_cmp(&x.1))
            .then(x.2.cmp(&y.2))
    });
    shared.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
    (
        build.iter().take(5).map(|b| (b.2, b.3, b.4)).collect(),
        shared.iter().take(3).map(|s| (s.1, s.2, s.3)).collect(),
    )
}

/// The 8 highest-rated skills (ties: the more distinctive first).
fn top_skills(t: &Table, id_of: &BTreeMap<(Block, usize), u8>, u: &str) -> Vec<(u8, u8)> {
    let mut v: Vec<(f32, f64, usize)> = (0..t.columns.len())
        .filter(|&i| t.means[u][i] > 0.0)
        .map(|i| (t.means[u][i], t.z(u, i), i))
        .collect();
    v.sort_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then(b.1.total_cmp(&a.1))
            .then(a.2.cmp(&b.2))
    });
    v.iter()
        .take(8)
        .map(|&(x, _, i)| (id_of[&(Block::Skills, i)], tenths(x)))
        .collect()
}

/// Up to 4 work-context facts: items rated 3.5 or more on their 1–5 scale, the most distinctive
/// for this occupation (z-score) first.
fn context(t: &Table, id_of: &BTreeMap<(Block, usize), u8>, u: &str) -> Vec<(u8, u8)> {
    let mut v: Vec<(f64, usize)> = (0..t.columns.len())
        .filter(|&i| id_of.contains_key(&(Block::WorkContext, i)) && t.means[u][i] >= 3.5)
        .map(|i| (t.z(u, i), i))
        .collect();
    v.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    v.iter()
        .take(4)
        .map(|&(_, i)| (id_of[&(Block::WorkContext, i)], tenths(t.means[u][i])))
        .collect()
}

const NAMES_FILE: &str = "derived/oasis_2023_descriptor_names_en_fr.csv";

/// A row of the descriptor names file (PROVENANCE §8): English as OaSIS names it in the rating
/// headers, as the card writes it, and in French (this project's translation).
#[derive(Deserialize)]
struct NameRow {
    key: String,
    category: String,
    oasis_name: String,
    name_en: String,
    name_fr: String,
}

/// The names of every shown descriptor, by id; the file must name each one once, under the OaSIS
/// name the rating file's header has.
fn names(
    src: &mut SourceDir,
    descriptors: &[(String, u8, u8)],
    oasis_names: &[&str],
) -> Vec<(String, String)> {
    let t = src.table::<NameRow>(
        NAMES_FILE,
        &["key", "category", "oasis_name", "name_en", "name_fr"],
    );
    t.expect_rows(descriptors.len());
    let categories = ["skill", "knowledge", "work_activity", "work_context"];
    let mut out = vec![None; descriptors.len()];
    for r in &t.rows {
        let Some(id) = descriptors.iter().position(|d| d.0 == r.key) else {
            t.fail(
                r,
                format!(
                    "column \"key\": {:?} is not a descriptor the cards show",
                    r.key
                ),
            );
        };
        if categories.get(descriptors[id].1 as usize) != Some(&r.category.as_str()) {
            t.fail(
                r,
                format!(
                    "column \"category\": {:?} is not the category of {}",
                    r.category, r.key
                ),
            );
        }
        if r.oasis_name != oasis_names[id] {
            t.fail(
                r,
                format!(
                    "column \"oasis_name\": {:?}, the rating header says {:?}",
                    r.oasis_name, oasis_names[id]
                ),
            );
        }
        if r.name_en.trim().is_empty() || r.name_fr.trim().is_empty() {
            t.fail(r, "a name is empty");
        }
        if out[id]
            .replace((r.name_en.clone(), r.name_fr.clone()))
            .is_some()
        {
            t.fail(r, format!("column \"key\": {} named twice", r.key));
        }
    }
    out.into_iter()
        .map(|n| n.expect("every row checked"))
        .collect()
}

/// The card text of a unit group with the names of the descriptors its facts cite, in `lang`.
pub fn with_names(unit: &UnitText, similar: &Similar, lang: &str) -> UnitText {
    let mut ids: Vec<u8> = Vec::new();
    if let Some(f) = similar.facts.get(&unit.code) {
        ids.extend(f.top_skills.iter().chain(&f.context).map(|x| x.0));
        for n in &f.neighbours {
            ids.extend(n.to_build.iter().chain(&n.shared).map(|x| x.0));
        }
    }
    ids.sort_unstable();
    ids.dedup();
    let mut out = unit.clone();
    out.descriptors = ids
        .into_iter()
        .map(|id| {
            let (en, fr) = &similar.names[id as usize];
            DescriptorName {
                id,
                key: similar.descriptors[id as usize].0.clone(),
                name: if lang == "fr" { fr.clone() } else { en.clone() },
            }
        })
        .collect();
    out
}

/// `similar_generated.rs`: the descriptor table the library decodes ids with (keys and names are in
/// the card blobs).
pub fn generated(descriptors: &[(String, u8, u8)]) -> String {
    let mut rs = String::from(
        "// Generated by build.rs (build/similar.rs).\n/// Shown OaSIS descriptors by id: (category: 0 skill, 1 knowledge, 2 work activity, 3 work context; scale max).\npub const DESCRIPTORS: &[(u8, u8)] = &[\n",
    );
    for (_, c, m) in descriptors {
        let _ = writeln!(rs, "    ({c}, {m}),");
    }
    rs.push_str("];\n");
    rs
}

/// Derives the facts and writes `similar_generated.rs` and `similar_ranks.tsv` into OUT_DIR.
pub fn write(
    src: &mut SourceDir,
    s: &Structure,
    wages: &BTreeMap<String, Vec<WageRow>>,
    cops: &BTreeMap<String, CopsRow>,
    out_dir: &std::path::Path,
) -> Similar {
    let similar = derive(src, s, wages, cops);
    std::fs::write(
        out_dir.join("similar_generated.rs"),
        generated(&similar.descriptors),
    )
    .expect("writing similar_generated.rs");
    std::fs::write(out_dir.join("similar_ranks.tsv"), &similar.ranks_tsv)
        .expect("writing similar_ranks.tsv");
    similar
}
