//! One rating table rolled up to the unit groups: the unweighted mean of a unit group's profiles,
//! and each column's mean and standard deviation across unit groups (for z-scores).

use super::ratings::{parse_ratings, Block};
use super::DIR;
use crate::structure::Structure;
use crate::table::SourceDir;
use std::collections::BTreeMap;

pub struct Table {
    pub block: Block,
    /// The profile codes, sorted (every file must rate the same 900 profiles).
    pub profiles: Vec<String>,
    pub columns: Vec<String>,
    /// Unit group → mean of its profiles, per column.
    pub means: BTreeMap<String, Vec<f32>>,
    /// Per column: mean and standard deviation across unit groups.
    stats: Vec<(f64, f64)>,
}

impl Table {
    pub fn z(&self, unit: &str, i: usize) -> f64 {
        let (m, sd) = self.stats[i];
        if sd == 0.0 {
            0.0
        } else {
            (self.means[unit][i] as f64 - m) / sd
        }
    }
}

pub fn load(src: &mut SourceDir, s: &Structure, block: Block) -> Table {
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
