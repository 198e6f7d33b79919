//! Debug helper: `cargo run -p ee-rules --example assess < profile.json` prints the result
//! (the real command is `noc assess`).
fn main() {
    let mut text = String::new();
    std::io::Read::read_to_string(&mut std::io::stdin(), &mut text).unwrap();
    let mut de = serde_json::Deserializer::from_str(&text);
    match ee_rules::profile_from(&mut de) {
        Ok(p) => {
            println!(
                "{}",
                serde_json::to_string_pretty(&ee_rules::assess(&p)).unwrap()
            );
            for s in ee_rules::suggest(&p) {
                println!("+{} {} {:?}", s.points, s.field, s.detail);
            }
        }
        Err(e) => println!("{}", serde_json::to_string(&e.envelope()).unwrap()),
    }
}
