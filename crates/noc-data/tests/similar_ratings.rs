//! Reading the OaSIS rating tables (build/similar.rs): the quirks of the real files (BOM, headers
//! with stray spaces, profile codes saved as numbers) and a bad value, which must stop the build
//! naming the file, the line and the column.

#[path = "../src/model.rs"]
#[allow(dead_code)]
mod model;
#[path = "../src/routes_model.rs"]
#[allow(dead_code)]
mod routes_model;
#[path = "../build/similar.rs"]
#[allow(dead_code)]
mod similar;
#[path = "../build/structure.rs"]
#[allow(dead_code)]
mod structure;
#[path = "../build/table.rs"]
#[allow(dead_code)]
mod table;

const FILE: &str = "oasis_2023_v1.0-ratings/skills_oasis_2023_v1.0.csv";

#[test]
fn reads_bom_trimmed_headers_and_number_codes() {
    let text = "\u{feff}OaSIS Code - Final,OaSIS Label - Final,Writing  , Digital Literacy\n\
                00010.00,Legislators,4,4.5\n\
                10010,Financial managers,3,2\n\
                31100.1,\"Physical medicine, rehabilitation\",5,0\n";
    let r = similar::ratings::parse_ratings(FILE, text, 5.0).unwrap();
    assert_eq!(r.columns, ["Writing", "Digital Literacy"]);
    let codes: Vec<&str> = r.profiles.iter().map(|p| p.0.as_str()).collect();
    assert_eq!(codes, ["00010.00", "10010.00", "31100.10"]);
    assert_eq!(r.profiles[0].1, [4.0, 4.5]);
}

#[test]
fn a_bad_value_names_file_line_and_column() {
    let text = "\u{feff}OaSIS Code - Final,OaSIS Label - Final,Writing  , Digital Literacy\n\
                00010.00,Legislators,4,4\n\
                00011.00,Senior government managers and officials,5,high\n";
    let e = similar::ratings::parse_ratings(FILE, text, 5.0).unwrap_err();
    assert_eq!(
        e,
        "oasis_2023_v1.0-ratings/skills_oasis_2023_v1.0.csv line 3: column \"Digital Literacy\": \"high\" is not a rating from 0 to 5"
    );
    // Out of the scale (knowledge is rated 0–3), empty, negative.
    for (value, max) in [("4", 3.0), ("", 5.0), ("-1", 5.0)] {
        let text = format!("OaSIS Code - Final,OaSIS Label - Final,Law\n41100.00,Judges,{value}\n");
        let e = similar::ratings::parse_ratings(FILE, &text, max).unwrap_err();
        assert!(e.contains("line 2: column \"Law\""), "{e}");
    }
    // A code that is not a profile code.
    let text = "OaSIS Code - Final,OaSIS Label - Final,Law\n4110,Judges,2\n";
    let e = similar::ratings::parse_ratings(FILE, text, 3.0).unwrap_err();
    assert!(e.contains("line 2: column \"OaSIS Code - Final\""), "{e}");
    // A missing field.
    let text = "OaSIS Code - Final,OaSIS Label - Final,Law,Arts\n41100.00,Judges,2\n";
    let e = similar::ratings::parse_ratings(FILE, text, 3.0).unwrap_err();
    assert!(e.starts_with(FILE) && e.contains("line 2"), "{e}");
}

#[test]
fn keys_are_snake_case_names() {
    assert_eq!(
        similar::ratings::key_of("Oral Communication: Active Listening   "),
        "oral_communication_active_listening"
    );
    assert_eq!(
        similar::ratings::key_of("Livestock, Farm animals & Wildlife"),
        "livestock_farm_animals_wildlife"
    );
}
