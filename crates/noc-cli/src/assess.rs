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

/// `noc assess [--pretty] < profiles.jsonl`
#[derive(Debug, clap::Args)]
#[command(
    after_help = "One profile JSON (docs/profile.md) per stdin line in; one result or {\"error\": ...} per line out, in order."
)]
pub struct Args {
    /// Read one (possibly multi-line) profile from stdin and indent the result.
    #[arg(long)]
    pub pretty: bool,
}

pub fn run(args: &Args) -> i32 {
    let pretty = args.pretty;
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let code = match run_io(pretty, &mut stdin.lock(), &mut out) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("noc assess: {e}");
            1
        }
    };
    if out.flush().is_err() {
        return 1;
    }
    code
}

/// The loop behind `run`, on any reader/writer so it can be tested.
pub fn run_io(pretty: bool, input: &mut impl BufRead, out: &mut impl Write) -> std::io::Result<()> {
    if pretty {
        // A single (possibly multi-line) profile.
        let mut bytes = Vec::new();
        input.read_to_end(&mut bytes)?;
        let answer = match std::str::from_utf8(&bytes) {
            Ok(text) => assess_json(text, true),
            Err(_) => not_utf8(),
        };
        return writeln!(out, "{answer}");
    }
    let mut bytes = Vec::new();
    loop {
        bytes.clear();
        if input.read_until(b'\n', &mut bytes)? == 0 {
            return Ok(());
        }
        if bytes.last() == Some(&b'\n') {
            bytes.pop();
        }
        // Not UTF-8: answer this line with an error and keep going.
        let answer = match std::str::from_utf8(&bytes) {
            Ok(line) => assess_json(line.strip_suffix('\r').unwrap_or(line), false),
            Err(_) => not_utf8(),
        };
        writeln!(out, "{answer}")?;
    }
}

fn not_utf8() -> String {
    let err = ProfileError::new("", ErrorCode::InvalidInput, "the line is not UTF-8 text");
    serde_json::to_string(&err.envelope()).unwrap_or_default()
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
            v["error"]["message"],
            "the profile must be an object, not a list"
        );
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

    #[test]
    fn one_answer_per_line_in_order_and_bad_lines_do_not_stop_the_rest() {
        let bad = CONTRACT.replace("\"age\":29", "\"age\":29.0");
        let older = CONTRACT.replace("\"age\":29", "\"age\":30");
        let mut input: Vec<u8> = Vec::new();
        for chunk in [
            CONTRACT.as_bytes(),
            b"\n",
            bad.as_bytes(),
            b"\n\n",
            &[0xff, 0xfe],
            b"\n",
            older.as_bytes(),
            b"\r\n",
        ] {
            input.extend_from_slice(chunk);
        }
        let mut out = Vec::new();
        super::run_io(false, &mut &input[..], &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let answers: Vec<serde_json::Value> = text.lines().map(parse).collect();
        assert_eq!(answers.len(), 5);
        assert_eq!(answers[0]["crs"]["total"], 462);
        assert_eq!(answers[1]["error"]["field"], "age");
        assert_eq!(answers[2]["error"]["code"], "invalid_input");
        assert_eq!(answers[3]["error"]["message"], "the line is not UTF-8 text");
        assert_eq!(answers[4]["crs"]["total"], 457, "age 30 loses 5 points");
        // --pretty: one profile over several lines.
        let mut out = Vec::new();
        let spread = CONTRACT.replace(',', ",\n");
        super::run_io(true, &mut spread.as_bytes(), &mut out).unwrap();
        assert_eq!(parse(&String::from_utf8(out).unwrap())["crs"]["total"], 462);
    }
}
