//! Sanity pairs for the "similar skills" measure, written before the measure was tuned (issue 25).
//!
//! Each pair says what a reader who knows the occupations expects, and why. The measure is judged
//! on all of them at once; the thresholds below were fixed with the list, not after seeing results:
//!
//! * **near** (A, B): B is among the 10 unit groups closest to A (of 515) by the build's measure;
//! * **far** (A, B): B is not shown on A's card and is not among A's 100 closest.
//!
//! The build writes every unit group's 100 closest (code, similarity, band) to
//! `OUT_DIR/similar_ranks.tsv`; that file is what the cards' lists are cut from.

const RANKS: &str = include_str!(concat!(env!("OUT_DIR"), "/similar_ranks.tsv"));

/// (A, B, why B belongs near A)
const NEAR: &[(&str, &str, &str)] = &[
    (
        "31301",
        "31302",
        "nurse practitioners are registered nurses with advanced training",
    ),
    (
        "31301",
        "32101",
        "licensed practical nurses give the same bedside care at a narrower scope",
    ),
    (
        "72200",
        "72201",
        "the same electrical trade, in buildings rather than plants",
    ),
    (
        "63200",
        "62200",
        "chefs run the kitchens cooks work in, with the same cooking skills",
    ),
    (
        "22221",
        "22220",
        "both keep computers and networks running for their users",
    ),
    (
        "21232",
        "21231",
        "software developers and software engineers write and design the same kind of code",
    ),
    (
        "21234",
        "21232",
        "web developers are programmers of one platform",
    ),
    (
        "11100",
        "12200",
        "accounting technicians and bookkeepers keep the books accountants audit",
    ),
    (
        "41220",
        "41221",
        "secondary and elementary teachers do the same job with different ages",
    ),
    (
        "72310",
        "72311",
        "cabinetmakers are woodworkers with the carpenter's tools and measures",
    ),
    (
        "72300",
        "72301",
        "pipefitters and plumbers install and repair piping systems",
    ),
    (
        "73300",
        "73301",
        "truck and bus drivers both drive heavy vehicles all day",
    ),
    (
        "31102",
        "31100",
        "family physicians and clinical specialists are both physicians",
    ),
    (
        "32111",
        "33100",
        "dental assistants work chairside with dental hygienists",
    ),
    (
        "65200",
        "64301",
        "bartenders and servers serve food and drink to customers",
    ),
    (
        "65100",
        "64100",
        "cashiers and retail salespersons serve the same store customers",
    ),
    (
        "42100",
        "43201",
        "correctional officers, like police, keep order and custody under conflict",
    ),
    (
        "72410",
        "72401",
        "heavy-duty and automotive mechanics repair engines and vehicle systems",
    ),
    (
        "21300",
        "22300",
        "civil engineering technologists work on the civil engineers' projects",
    ),
    (
        "13110",
        "14100",
        "general office support workers do much of the administrative assistant's work",
    ),
    (
        "51110",
        "51111",
        "editors and writers both work on written text",
    ),
    (
        "52120",
        "52111",
        "graphic arts technicians produce what graphic designers design",
    ),
    (
        "33102",
        "44101",
        "home support workers give personal care like nurse aides, at home",
    ),
    (
        "75110",
        "75119",
        "both are helpers and labourers in the trades",
    ),
    (
        "21211",
        "21210",
        "data scientists use the statistics and mathematics of statisticians",
    ),
    (
        "63210",
        "63211",
        "hairstylists and estheticians give personal care services to clients",
    ),
    (
        "72106",
        "72104",
        "fabricators and fitters weld and assemble the same structural metal",
    ),
    (
        "31120",
        "32124",
        "pharmacy technicians prepare the medications pharmacists dispense",
    ),
    (
        "42202",
        "44100",
        "home child care providers and early childhood educators both care for young children",
    ),
    (
        "21220",
        "21222",
        "cybersecurity and information systems specialists secure and run the same systems",
    ),
];

/// (A, B, why they must not be close)
const FAR: &[(&str, &str, &str)] = &[
    (
        "31101",
        "65100",
        "a surgeon and a cashier share almost no skills",
    ),
    (
        "21231",
        "85100",
        "software engineering and livestock labour share almost no skills",
    ),
    (
        "41100",
        "65312",
        "judges and janitors: law and reasoning against cleaning and physical work",
    ),
    (
        "53120",
        "11100",
        "dancers and accountants: performance against financial records",
    ),
    (
        "72600",
        "42202",
        "air pilots and early childhood educators: aircraft against children",
    ),
    (
        "31301",
        "73400",
        "nurses and heavy equipment operators: care against machines",
    ),
    (
        "21211",
        "73110",
        "data scientists and roofers: analysis against physical trade work",
    ),
];

struct Neighbour {
    code: String,
    shown: bool,
}

fn ranks() -> std::collections::HashMap<String, Vec<Neighbour>> {
    let mut out: std::collections::HashMap<String, Vec<Neighbour>> = Default::default();
    for line in RANKS.lines().filter(|l| !l.starts_with('#')) {
        // code, neighbour, rank, similarity, band, shown
        let f: Vec<&str> = line.split('\t').collect();
        out.entry(f[0].to_string()).or_default().push(Neighbour {
            code: f[1].to_string(),
            shown: f[5] == "shown",
        });
    }
    out
}

/// 1-based rank of `b` among `a`'s closest (None past the 100 the build lists).
fn rank(r: &std::collections::HashMap<String, Vec<Neighbour>>, a: &str, b: &str) -> Option<usize> {
    r[a].iter().position(|n| n.code == b).map(|i| i + 1)
}

#[test]
fn sanity_pairs() {
    let r = ranks();
    assert_eq!(r.len(), 516, "every unit group has a ranking");
    let mut held = 0;
    let mut report = String::new();
    for (a, b, why) in NEAR {
        let k = rank(&r, a, b);
        let ok = k.is_some_and(|k| k <= 10);
        held += ok as usize;
        let shown = r[*a].iter().any(|n| n.code == *b && n.shown);
        report.push_str(&format!(
            "{} near {a} {b} (rank {}, {}): {why}\n",
            if ok { "held" } else { "FAILED" },
            k.map_or("> 100".to_string(), |k| k.to_string()),
            if shown { "shown" } else { "not shown" }
        ));
    }
    let mut far_held = 0;
    for (a, b, why) in FAR {
        let shown = r[*a].iter().any(|n| n.code == *b && n.shown);
        let k = rank(&r, a, b);
        let ok = !shown && k.is_none();
        far_held += ok as usize;
        report.push_str(&format!(
            "{} far {a} {b} (rank {}): {why}\n",
            if ok { "held" } else { "FAILED" },
            k.map_or("> 100".to_string(), |k| k.to_string())
        ));
    }
    let total = NEAR.len() + FAR.len();
    println!(
        "{report}sanity pairs held: {}/{total} (near {held}/{}, far {far_held}/{})",
        held + far_held,
        NEAR.len(),
        FAR.len()
    );
    assert!(NEAR.len() + FAR.len() >= 30);
    assert_eq!(far_held, FAR.len(), "every far pair holds\n{report}");
    assert!(
        held * 10 >= NEAR.len() * 9,
        "at least 90% of near pairs hold\n{report}"
    );
}
