//! Data compiler: reads `data/noc2021/*.csv`, validates them (panicking with the file and row on
//! any problem), and writes compact postcard blobs into OUT_DIR, split so that a page loads only
//! what it shows. See docs/data.md.

#[path = "build/ai.rs"]
mod ai;
// The same comparison picker the card uses, so a card's file carries the titles it shows.
#[path = "src/ai.rs"]
#[allow(dead_code)]
mod ai_ranking;
#[path = "build/card_titles.rs"]
mod card_titles;
#[path = "build/duty_groups.rs"]
mod duty_groups;
#[path = "build/elements.rs"]
mod elements;
#[path = "build/emit.rs"]
mod emit;
#[path = "build/facts.rs"]
mod facts;
#[path = "src/feed.rs"]
mod feed;
#[path = "src/feed_dates.rs"]
mod feed_dates;
#[path = "src/model.rs"]
#[allow(dead_code)]
mod model;
#[path = "build/rounds.rs"]
mod rounds;
#[path = "src/rounds_bin.rs"]
mod rounds_bin;
#[path = "build/routes.rs"]
mod routes;
#[path = "src/routes_model.rs"]
#[allow(dead_code)]
mod routes_model;
#[path = "build/similar.rs"]
mod similar;
#[path = "src/small_sort.rs"]
#[allow(dead_code)]
mod small_sort;
#[path = "build/sources.rs"]
mod sources;
#[path = "build/structure.rs"]
mod structure;
#[path = "build/table.rs"]
mod table;
#[path = "build/titles.rs"]
mod titles;

use elements::Lang;
use model::*;
use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=../../data/search/model-en.bin");
    println!("cargo:rerun-if-changed=../../data/search/model-fr.bin");
    println!("cargo:rerun-if-changed=build");
    println!("cargo:rerun-if-changed=src/model.rs");
    let mut src = table::SourceDir::new(manifest.join("../../data/noc2021"));
    src.read("PROVENANCE.md"); // part of the release: a changed note changes the build id
    for code in [
        "build.rs",
        "src/model.rs",
        "src/feed.rs",
        "src/feed_dates.rs",
        "src/rounds_bin.rs",
        "../ee-rules/src/rounds.rs",
    ] {
        src.hash_code_file(&manifest.join(code));
    }
    for f in files_under(&manifest.join("build")) {
        src.hash_code_file(&f);
    }

    // Rounds of invitations (data/ircc): their bytes join the build id like every source file.
    let mut ircc = table::SourceDir::new(manifest.join("../../data/ircc"));
    ircc.hash = src.hash;
    let all_rounds = rounds::load(&mut ircc);
    src.hash = ircc.hash;

    let structure = structure::load(&mut src);
    let labels = elements::oasis_labels(&mut src);
    let en = elements::load(&mut src, Lang::En, &structure, &labels);
    let fr = elements::load(&mut src, Lang::Fr, &structure, &labels);
    let wages = facts::wages(&mut src, &structure);
    let outlooks = facts::outlooks(&mut src, &structure);
    let cops = facts::cops(&mut src, &structure);
    let census = facts::census(&mut src, &structure);
    let concordance = facts::concordance(&mut src, &structure);
    let ai = ai::derive(&mut src, &structure);
    let skills = similar::write(&mut src, &structure, &wages, &cops.rows, &out_dir);
    let route_programs = load_routes(&manifest, &mut src, &structure);

    // EN and FR sub-headings come from separate heuristics; the tests check they agree (they do
    // for 515 of 516 unit groups, see docs/data.md), so no build output here.
    let _ = (&en.heading_counts, &fr.heading_counts);

    let units: Vec<UnitFacts> = structure
        .units
        .iter()
        .map(|code| UnitFacts {
            code: code.clone(),
            wages: wages.get(code).cloned().unwrap_or_default(),
            outlooks: outlooks[code].clone(),
            cops: cops.rows.get(code).cloned(),
            census: census[code].clone(),
            ai: ai[code].clone(),
            skills: skills.facts.get(code).cloned().unwrap_or_default(),
            routes: route_programs
                .iter()
                .filter_map(|p| p.route_for(code))
                .collect(),
        })
        .collect();

    let ai_scores: Vec<AiScoreEntry> = units
        .iter()
        .filter_map(|u| {
            u.ai.scores.map(|s| AiScoreEntry {
                code: u.code.clone(),
                human_beta: s.human_beta,
                gpt4_beta: s.gpt4_beta,
            })
        })
        .collect();
    let ai_ranking = ai_ranking::AiRanking::new(&ai_scores);
    let mut emit = emit::Emitter {
        out_dir: &out_dir,
        build_id: src.hash ^ FORMAT_VERSION as u32,
        files: Vec::new(),
    };
    for (lang, classes, elems) in [("en", &structure.en, &en), ("fr", &structure.fr, &fr)] {
        emit.write(
            &format!("{lang}/directory.bin"),
            BlobKind::Directory,
            &DirectoryBlob {
                classes: classes.clone(),
            },
        );
        // One file per unit group: a lone card downloads a few KB, not a whole broad category.
        for unit in elems.units.values() {
            emit.write(
                &format!("{lang}/cards-{}.bin", unit.code),
                BlobKind::Cards,
                &CardsBlob {
                    unit: similar::names::with_names(unit, &skills, lang),
                    titles: card_titles::titles(unit, classes, &skills, &ai_ranking),
                },
            );
        }
        emit.write(
            &format!("{lang}/titles.bin"),
            BlobKind::Titles,
            &TitlesBlob {
                groups: titles::titles(classes, &elems.units),
                ranker: ranker_model(lang),
            },
        );
        emit.write(
            &format!("{lang}/duties.bin"),
            BlobKind::Duties,
            &DutiesBlob {
                groups: titles::duties(&elems.units),
            },
        );
    }
    emit.write(
        "facts.bin",
        BlobKind::Facts,
        &FactsBlob {
            ai_scores,
            cops_labels: cops.labels,
            teer_labels: cops.teer,
            meta: sources::meta(),
        },
    );
    for unit in units {
        emit.write(
            &format!("facts-{}.bin", unit.code),
            BlobKind::UnitFacts,
            &UnitFactsBlob { unit },
        );
    }
    emit.write(
        "concordance.bin",
        BlobKind::Concordance,
        &ConcordanceBlob { rows: concordance },
    );
    emit.write(
        "rounds.bin",
        BlobKind::Rounds,
        &RoundsBlob {
            bytes: rounds::encode(&all_rounds),
        },
    );
    emit.write(
        "routes.bin",
        BlobKind::Routes,
        &routes_model::RoutesBlob {
            programs: route_programs,
        },
    );
    emit.finish(sources::DATA_VERSION);
}

/// The fitted search ranker of `lang` (`make model` writes it; see docs/search-model.md), shipped in
/// the titles file; none when the file is absent.
fn ranker_model(lang: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("../../data/search/model-{lang}.bin"));
    std::fs::read(path).unwrap_or_default()
}

/// `data/routes/*.toml`, validated (a problem stops the build with the file and line); each file
/// joins the build id.
fn load_routes(
    manifest: &std::path::Path,
    src: &mut table::SourceDir,
    structure: &structure::Structure,
) -> Vec<routes_model::RouteProgram> {
    let dir = manifest.join("../../data/routes");
    println!("cargo:rerun-if-changed={}", dir.display());
    let units = structure.units.iter().cloned().collect();
    let mut routes_src = table::SourceDir::new(dir.clone());
    routes_src.hash = src.hash;
    routes_src.read("PROVENANCE.md");
    let programs = routes::load_dir(&dir, &units, &mut |name| routes_src.read(name))
        .unwrap_or_else(|e| panic!("{e}"));
    src.hash = routes_src.hash;
    programs
}

/// Every file under `dir` and its folders (`build/similar/`), sorted by path.
fn files_under(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(files_under(&path));
        } else {
            files.push(path);
        }
    }
    files.sort();
    files
}
