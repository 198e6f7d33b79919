//! What a card says of a unit group's ratings: its top skills and work context, and for each
//! neighbour the descriptors to build and those already used (ratings in tenths).

use super::ratings::Block;
use super::units::Table;
use std::collections::BTreeMap;

fn tenths(x: f32) -> u8 {
    (x * 10.0).round().clamp(0.0, 255.0) as u8
}

pub type Explained = Vec<(u8, u8, u8)>;

/// "To build": descriptors the other occupation rates at least one full point higher, and at 60%
/// of the scale or more, by the size of the gap (at most 5). "Already use": rated at 80% of the
/// scale or more in both, the most distinctive first (the lower of the two z-scores; at most 3).
pub fn explain(
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
pub fn top_skills(t: &Table, id_of: &BTreeMap<(Block, usize), u8>, u: &str) -> Vec<(u8, u8)> {
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
pub fn context(t: &Table, id_of: &BTreeMap<(Block, usize), u8>, u: &str) -> Vec<(u8, u8)> {
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
