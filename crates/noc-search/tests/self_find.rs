//! The NOC finds itself (issue 22): with the shipped indexes (each language's titles and fitted
//! ranker), every unit group's own title ranks that group first, and at least 99 % of all titles
//! of the index (class titles, illustrative examples, all examples, inclusions; English and French)
//! bring their group into the top five. Misses are printed (`--nocapture`).

mod common;

use common::Lang;

#[test]
fn every_unit_group_title_ranks_its_own_group_first() {
    for lang in [Lang::En, Lang::Fr] {
        let index = common::shipped_index(lang);
        assert!(
            index.has_model(),
            "{lang:?}: the shipped index has no fitted ranker"
        );
        let mut misses = Vec::new();
        let units = common::store().unit_groups(lang);
        assert_eq!(units.len(), 516);
        for u in &units {
            let hits = index.search(&u.title, 5);
            if hits.first().map(|h| h.code.as_str()) != Some(u.code.as_str()) {
                misses.push(format!(
                    "{} {:?} -> {:?}",
                    u.code,
                    u.title,
                    hits.iter().map(|h| h.code.as_str()).collect::<Vec<_>>()
                ));
            }
        }
        assert!(misses.is_empty(), "{lang:?}: {misses:#?}");
    }
}

#[test]
fn ninety_nine_percent_of_all_index_titles_find_their_group_in_the_top_five() {
    for lang in [Lang::En, Lang::Fr] {
        let index = common::shipped_index(lang);
        let docs = common::docs(lang);
        let (mut n, mut top5) = (0usize, 0usize);
        let mut shown = 0;
        for d in &docs {
            let hits = index.search(&d.title, 5);
            n += 1;
            if hits.iter().any(|h| h.code == d.code) {
                top5 += 1;
            } else if shown < 30 {
                shown += 1;
                println!("{lang:?} miss: {} {:?}", d.code, d.title);
            }
        }
        let share = top5 as f64 / n as f64;
        println!(
            "{lang:?}: {top5} of {n} titles ({:.2} %) find their group in the top five",
            100.0 * share
        );
        assert!(
            share >= 0.99,
            "{lang:?}: only {:.2} % of {n}",
            100.0 * share
        );
    }
}

#[test]
fn food_service_supervisors_find_their_group() {
    let index = common::shipped_index(Lang::En);
    let hits = index.search("Food service supervisors", 5);
    assert_eq!(hits[0].code, "62020", "{hits:?}");
}
