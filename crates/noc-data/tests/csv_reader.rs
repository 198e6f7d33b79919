//! The build's CSV reader on the awkward cases the sources have.

#[path = "../build/csv.rs"]
mod csv;

fn fields(text: &str) -> Vec<Vec<String>> {
    csv::parse(text).unwrap().into_iter().map(|r| r.fields).collect()
}

#[test]
fn bom_crlf_quotes_and_newlines() {
    let text = "\u{feff}a,b,c\r\n00010,\"x, y\",\"say \"\"hi\"\"\"\r\n2,\"line1\r\nline2\",\r\n";
    assert_eq!(
        fields(text),
        vec![
            vec!["a", "b", "c"],
            vec!["00010", "x, y", "say \"hi\""],
            vec!["2", "line1\nline2", ""],
        ]
    );
    let recs = csv::parse(text).unwrap();
    assert_eq!(recs[2].line, 3);
}

#[test]
fn last_line_without_newline_and_blank_lines() {
    assert_eq!(fields("a,b\n\n1,2"), vec![vec!["a", "b"], vec!["1", "2"]]);
    assert_eq!(fields("a\n\"\"\n"), vec![vec!["a"], vec![""]]);
}

#[test]
fn malformed_input_is_an_error_with_a_line() {
    let e = csv::parse("a,b\n1,\"open\n").unwrap_err();
    assert_eq!(e.line, 2);
    let e = csv::parse("a,b\n1,\"x\"y\n").unwrap_err();
    assert!(e.message.contains("closing quote"));
    assert!(csv::parse("a,b\n1,x\"y\n").is_err());
}
