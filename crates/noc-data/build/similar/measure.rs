//! The measure (docs/similar.md): per block, z-scores centred on the occupation's own mean and
//! scaled to the block's weight; the similarity of two unit groups is the cosine of their vectors.

use super::ratings::Block;
use super::units::Table;
use super::DIR;
use crate::model::SimilarityBand;
use std::collections::BTreeMap;

/// Block weights of the measure (sum 1).
pub const WEIGHTS: [(Block, f64); 4] = [
    (Block::Skills, 0.30),
    (Block::WorkActivities, 0.30),
    (Block::Knowledge, 0.25),
    (Block::Abilities, 0.15),
];
pub const VERY_CLOSE: f64 = 0.75;
pub const CLOSE: f64 = 0.55;

/// Every unit group's vector, of length 1.
pub fn vectors<'a>(tables: &[Table], units: &'a [String]) -> BTreeMap<&'a String, Vec<f64>> {
    units
        .iter()
        .map(|u| {
            let mut v = Vec::new();
            for (block, weight) in WEIGHTS {
                let t = tables.iter().find(|t| t.block == block).expect("loaded");
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
        .collect()
}

/// The other unit groups by similarity to `u`, closest first (ties: by code).
pub fn nearest<'a>(vectors: &BTreeMap<&'a String, Vec<f64>>, u: &String) -> Vec<(f64, &'a String)> {
    let mine = &vectors[u];
    let mut scored: Vec<(f64, &String)> = vectors
        .iter()
        .filter(|(o, _)| **o != u)
        .map(|(o, v)| (mine.iter().zip(v).map(|(a, b)| a * b).sum(), *o))
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored
}

/// The band of a similarity, or `None` below "close" (not shown).
pub fn band(x: f64) -> Option<SimilarityBand> {
    if x >= VERY_CLOSE {
        Some(SimilarityBand::VeryClose)
    } else if x >= CLOSE {
        Some(SimilarityBand::Close)
    } else {
        None
    }
}
