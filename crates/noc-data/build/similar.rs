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

#[path = "similar/explain.rs"]
mod explain;
#[path = "similar/measure.rs"]
mod measure;
#[path = "similar/names.rs"]
pub mod names;
#[path = "similar/ratings.rs"]
pub mod ratings;
#[path = "similar/units.rs"]
mod units;

use crate::model::{CopsRow, LabourMarket, NeighbourFacts, SimilarityBand, SkillsFacts, WageRow};
use crate::structure::Structure;
use crate::table::SourceDir;
use ratings::Block;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use units::Table;

pub const DIR: &str = "oasis_2023_v1.0-ratings";
pub const MAX_SHOWN: usize = 6;
/// Listed per unit group in `similar_ranks.tsv` (the sanity test reads it).
const RANKS_LISTED: usize = 100;

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
    .map(|b| units::load(src, s, b))
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
    let (descriptors, id_of) = names::ids(&tables);
    let names = names::names(src, &tables, &descriptors, &id_of);
    let vectors = measure::vectors(&tables, &s.units);

    let mut facts = BTreeMap::new();
    let mut ranks_tsv =
        String::from("# code\tneighbour\trank\tsimilarity\tband\tshown (build/similar.rs)\n");
    for u in &s.units {
        let mut neighbours = Vec::new();
        for (rank, (x, o)) in measure::nearest(&vectors, u).into_iter().enumerate() {
            let band = measure::band(x);
            let shown = rank < MAX_SHOWN && band.is_some();
            if rank < RANKS_LISTED {
                let _ = writeln!(
                    ranks_tsv,
                    "{u}\t{o}\t{}\t{x:.3}\t{}\t{}",
                    rank + 1,
                    match band {
                        Some(SimilarityBand::VeryClose) => "very_close",
                        Some(SimilarityBand::Close) => "close",
                        None => "loose",
                    },
                    if shown { "shown" } else { "-" }
                );
            }
            if let (true, Some(band)) = (shown, band) {
                let (to_build, shared) = explain::explain(&tables, &id_of, u, o);
                neighbours.push(NeighbourFacts {
                    code: o.clone(),
                    band,
                    to_build,
                    shared,
                    // The wage unit (hourly or yearly) travels with the figure.
                    median_wage: wages.get(o).and_then(|rows| {
                        rows.iter()
                            .find(|w| w.geo == crate::model::Geo::NAT)
                            .and_then(|w| w.median_cents.map(|c| (w.unit, c)))
                    }),
                    outlook: cops.get(o).map_or(LabourMarket::NotAvailable, |c| c.future),
                });
            }
        }
        facts.insert(
            u.clone(),
            SkillsFacts {
                top_skills: explain::top_skills(table(Block::Skills), &id_of, u),
                context: explain::context(table(Block::WorkContext), &id_of, u),
                neighbours,
            },
        );
    }
    Similar {
        facts,
        descriptors,
        names,
        ranks_tsv,
    }
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
