//! `make model`, step 3 of 4 (docs/search-model.md): fits how the model and the word matcher
//! combine (`noc_search::Blend`) on titles neither has seen. The word index is built without the
//! held-out titles (`model_common::is_held_out`), the model is the one fitted without them (step 2),
//! and the held-out titles and their noisy variants are asked; the blend with the most right
//! answers in the top five (then first) wins, from a small grid.
//!
//! `cargo run --release -p noc-search --example model_blend -- ROWS_DIR HELD_OUT_MODEL_DIR`
//! writes `ROWS_DIR/<lang>.blend` ("engine floor").
#[path = "../tests/common/mod.rs"]
mod common;
#[path = "support/model_common.rs"]
mod model_common;

use std::path::PathBuf;

use common::Lang;
use noc_search::{Blend, Index, Model};

const ENGINE: &[f32] = &[0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0];
const FLOOR: &[f32] = &[-0.5, -0.25, 0.0];

fn main() {
    let args: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    let [rows, models] = &args[..] else {
        panic!("usage: model_blend ROWS_DIR HELD_OUT_MODEL_DIR");
    };
    for lang in [Lang::En, Lang::Fr] {
        let tag = lang.code();
        let codes: Vec<String> = std::fs::read_to_string(rows.join(format!("{tag}.classes")))
            .unwrap()
            .lines()
            .map(str::to_string)
            .collect();
        let queries: Vec<(String, String)> =
            std::fs::read_to_string(rows.join(format!("{tag}.heldout")))
                .unwrap()
                .lines()
                .filter_map(|l| l.split_once('\t'))
                .map(|(c, q)| (codes[c.parse::<usize>().unwrap()].clone(), q.to_string()))
                .collect();
        let docs = common::docs(lang)
            .into_iter()
            .filter(|d| !model_common::is_held_out(&d.title, d.kind))
            .collect();
        let bytes = std::fs::read(models.join(format!("model-{tag}.bin"))).unwrap();
        let mut index =
            Index::build(docs, common::successors()).with_model(Model::from_bytes(&bytes).unwrap());
        let mut best: Option<((usize, usize), Blend)> = None;
        for engine in ENGINE {
            for floor in FLOOR {
                let blend = Blend {
                    engine: *engine,
                    floor: *floor,
                };
                index.set_blend(blend);
                let (mut at1, mut at5) = (0, 0);
                for (code, q) in &queries {
                    let hits = index.search(q, 5);
                    at1 += usize::from(hits.first().is_some_and(|h| &h.code == code));
                    at5 += usize::from(hits.iter().any(|h| &h.code == code));
                }
                println!(
                    "{tag} engine {engine:4} floor {floor:5}: first {:.1} %, top 5 {:.1} % of {}",
                    100.0 * at1 as f64 / queries.len() as f64,
                    100.0 * at5 as f64 / queries.len() as f64,
                    queries.len()
                );
                if best.as_ref().is_none_or(|(s, _)| (at5, at1) > *s) {
                    best = Some(((at5, at1), blend));
                }
            }
        }
        let (_, b) = best.unwrap();
        std::fs::write(
            rows.join(format!("{tag}.blend")),
            format!("{} {}\n", b.engine, b.floor),
        )
        .unwrap();
        println!("{tag}: blend engine {} floor {}", b.engine, b.floor);
    }
}
