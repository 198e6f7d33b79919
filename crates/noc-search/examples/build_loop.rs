//! Profiling aid: builds the French title index repeatedly.
#[path = "../tests/common/mod.rs"]
mod common;
fn main() {
    let docs = common::docs(common::Lang::Fr);
    let succ = common::successors();
    let t = std::time::Instant::now();
    for _ in 0..20 {
        std::hint::black_box(noc_search::Index::build(docs.clone(), succ.clone()));
    }
    println!("{:?} per build", t.elapsed() / 20);
}
