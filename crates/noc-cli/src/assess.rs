//! `noc assess`: one profile JSON per stdin line -> one result (or error) JSON per stdout line,
//! in order. A bad line yields `{"error": {...}}` and the next lines carry on.
use ee_rules::{assess, profile_from, ErrorCode, ProfileError};
use std::io::{BufRead, Write};

/// Assesses one JSON text; always returns one JSON object (a result or an error).
pub fn assess_json(line: &str, pretty: bool) -> String {
    let mut de = serde_json::Deserializer::from_str(line);
    let parsed = profile_from(&mut de).and_then(|p| {
        de.end().map_err(|e| ProfileError::new("", ErrorCode::InvalidInput, format!("not valid JSON: {e}")))?;
        Ok(p)
    });
    let out = match parsed {
        Ok(profile) => {
            let result = assess(&profile);
            if pretty { serde_json::to_string_pretty(&result) } else { serde_json::to_string(&result) }
        }
        Err(err) => {
            let err = if err.code == ErrorCode::InvalidInput && !err.message.starts_with("not valid JSON") {
                // serde_json syntax errors surface as "not a readable profile"; say JSON plainly.
                ProfileError { message: err.message.replacen("not a readable profile", "not valid JSON", 1), ..err }
            } else {
                err
            };
            if pretty { serde_json::to_string_pretty(&err.envelope()) } else { serde_json::to_string(&err.envelope()) }
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
                let err = ProfileError::new("", ErrorCode::InvalidInput, format!("cannot read line: {e}"));
                let _ = writeln!(out, "{}", serde_json::to_string(&err.envelope()).unwrap_or_default());
                continue;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        if writeln!(out, "{}", assess_json(&line, false)).is_err() {
            return 1;
        }
    }
    let _ = out.flush();
    0
}
