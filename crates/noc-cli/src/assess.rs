//! `noc assess`: one profile JSON per stdin line -> one result (or error) JSON per stdout line,
//! in order. A bad line yields `{"error": {...}}` and the next lines carry on.
use ee_rules::{assess, profile_from_raw, ErrorCode, ProfileError};
use std::io::{BufRead, Write};

/// Assesses one JSON text; always returns one JSON object (a result or an error).
pub fn assess_json(line: &str, pretty: bool) -> String {
    if line.trim().is_empty() {
        let err = ProfileError::new(
            "",
            ErrorCode::InvalidInput,
            "empty line: expected one profile as a JSON object",
        );
        return serde_json::to_string(&err.envelope()).unwrap_or_default();
    }
    // Read the whole line as JSON first (so trailing junk is a JSON error), then validate.
    let mut de = serde_json::Deserializer::from_str(line);
    let parsed = serde::Deserialize::deserialize(&mut de)
        .and_then(|raw: ee_rules::raw::Raw| de.end().map(|_| raw))
        .map_err(|e| ProfileError::new("", ErrorCode::InvalidInput, format!("not valid JSON: {e}")))
        .and_then(|raw| profile_from_raw(&raw));
    let out = match parsed {
        Ok(profile) => {
            let result = assess(&profile);
            if pretty {
                serde_json::to_string_pretty(&result)
            } else {
                serde_json::to_string(&result)
            }
        }
        Err(err) => {
            if pretty {
                serde_json::to_string_pretty(&err.envelope())
            } else {
                serde_json::to_string(&err.envelope())
            }
        }
    };
    out.unwrap_or_else(|e| format!("{{\"error\":{{\"field\":\"\",\"message\":\"cannot write result: {e}\",\"code\":\"invalid_input\"}}}}"))
}

pub fn run(args: &[String]) -> i32 {
    let mut pretty = false;
    for a in args {
        match a.as_str() {
            "--pretty" => pretty = true,
            "-h" | "--help" => {
                println!("usage: noc assess [--pretty] < profiles.jsonl\n  one profile JSON per line in, one result or {{\"error\": ...}} per line out");
                return 0;
            }
            other => {
                eprintln!("noc assess: unknown option '{other}'");
                return 2;
            }
        }
    }
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if pretty {
        // A single (possibly multi-line) profile.
        let mut text = String::new();
        if let Err(e) = std::io::Read::read_to_string(&mut stdin.lock(), &mut text) {
            eprintln!("noc assess: cannot read stdin: {e}");
            return 1;
        }
        let _ = writeln!(out, "{}", assess_json(&text, true));
        return 0;
    }
    for line in stdin.lock().lines() {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                // Not UTF-8 or unreadable: report it on this line and keep going.
                let err = ProfileError::new(
                    "",
                    ErrorCode::InvalidInput,
                    format!("cannot read line: {e}"),
                );
                let _ = writeln!(
                    out,
                    "{}",
                    serde_json::to_string(&err.envelope()).unwrap_or_default()
                );
                continue;
            }
        };
        // Blank lines get an error too, so output line N always answers input line N.
        if writeln!(out, "{}", assess_json(&line, false)).is_err() {
            return 1;
        }
    }
    let _ = out.flush();
    0
}

#[cfg(test)]
mod tests {
    use super::assess_json;

    const CONTRACT: &str = r#"{"age":29,"education":"bachelors_or_three_year","canadian_education":"none","first_language":{"test":"ielts_general","speaking":7.0,"listening":8.0,"reading":7.0,"writing":6.5},"second_language":null,"canadian_work_years":1,"foreign_work_years":3,"work_teer":1,"trade_certificate":false,"trade_work_years":0,"job_offer":null,"sibling_in_canada":false,"relative_in_canada":false,"provincial_nomination":false,"spouse":null,"family_size":1,"settlement_funds_cad":16000}"#;

    fn parse(s: &str) -> serde_json::Value {
        serde_json::from_str(s).expect("output is JSON")
    }

    #[test]
    fn contract_example_scores_462_on_one_line() {
        let out = assess_json(CONTRACT, false);
        assert!(!out.contains('\n'));
        let v = parse(&out);
        assert_eq!(v["crs"]["total"], 462);
        assert_eq!(v["fsw"]["points"], 79);
        assert_eq!(
            v["fst"]["unmet"],
            serde_json::json!(["trade_work_years", "job_offer_or_certificate"])
        );
        assert_eq!(v["rules_as_of"], "2025-07-07");
        assert!(assess_json(CONTRACT, true).contains('\n'));
    }

    #[test]
    fn errors_are_objects_naming_the_field() {
        let bad = CONTRACT.replace("\"writing\":6.5", "\"writing\":6.3");
        let v = parse(&assess_json(&bad, false));
        assert_eq!(v["error"]["field"], "first_language.writing");
        assert_eq!(v["error"]["code"], "not_half_band");
        for junk in [
            "",
            "   ",
            "not json",
            "{\"age\":29",
            "{} {}",
            &format!("{CONTRACT} x"),
        ] {
            let v = parse(&assess_json(junk, false));
            assert_eq!(v["error"]["field"], "", "{junk}");
            assert_eq!(v["error"]["code"], "invalid_input", "{junk}");
        }
        let v = parse(&assess_json("[1,2]", false));
        assert_eq!(
            (v["error"]["field"].as_str(), v["error"]["code"].as_str()),
            (Some(""), Some("wrong_type"))
        );
        // Trailing whitespace after a valid profile is fine.
        assert_eq!(
            parse(&assess_json(&format!("{CONTRACT}  "), false))["crs"]["total"],
            462
        );
    }
}
