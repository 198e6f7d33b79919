//! Native benchmark: `cargo run --release -p ee-rules --example bench`.
//! Measures profiles/second for parse+assess and for assess alone, and the time per `suggest`.
use std::time::Instant;

fn main() {
    let seed = r#"{"age":29,"education":"bachelors_or_three_year","canadian_education":"none","first_language":{"test":"ielts_general","speaking":7.0,"listening":8.0,"reading":7.0,"writing":6.5},"second_language":null,"canadian_work_years":1,"foreign_work_years":3,"work_teer":1,"trade_certificate":false,"trade_work_years":0,"job_offer":null,"sibling_in_canada":false,"relative_in_canada":false,"provincial_nomination":false,"spouse":null,"family_size":1,"settlement_funds_cad":16000}"#;
    // Vary age and years so the optimizer cannot fold the work away.
    let lines: Vec<String> = (0..1000)
        .map(|i| {
            seed.replace("\"age\":29", &format!("\"age\":{}", 18 + i % 40))
                .replace(
                    "\"canadian_work_years\":1",
                    &format!("\"canadian_work_years\":{}", i % 6),
                )
        })
        .collect();
    let profiles: Vec<ee_rules::Profile> = lines
        .iter()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();

    let n = 200_000;
    let t = Instant::now();
    let mut sum = 0u64;
    for i in 0..n {
        let mut de = serde_json::Deserializer::from_str(&lines[i % lines.len()]);
        let p = ee_rules::profile_from(&mut de).unwrap();
        sum += ee_rules::assess(&p).crs.total as u64;
    }
    let parse_assess = n as f64 / t.elapsed().as_secs_f64();

    let t = Instant::now();
    for i in 0..n {
        sum += ee_rules::assess(&profiles[i % profiles.len()]).crs.total as u64;
    }
    let assess_only = n as f64 / t.elapsed().as_secs_f64();

    let m = 20_000;
    let t = Instant::now();
    let mut count = 0;
    for i in 0..m {
        count += ee_rules::suggest(&profiles[i % profiles.len()]).len();
    }
    let per_suggest_us = t.elapsed().as_secs_f64() * 1e6 / m as f64;

    println!("parse+assess: {parse_assess:.0} profiles/s");
    println!("assess only:  {assess_only:.0} profiles/s");
    println!(
        "suggest:      {per_suggest_us:.1} µs per call ({:.1} suggestions on average)",
        count as f64 / m as f64
    );
    println!("(checksum {sum})");
}
