//! The build's CSV reading (the `csv` crate behind build/table.rs) on the awkward cases the sources
//! have.

#[path = "../build/table.rs"]
#[allow(dead_code)]
mod table;

fn fields(text: &str) -> Vec<Vec<String>> {
    let (header, rows) = table::records(text).unwrap();
    std::iter::once(header)
        .chain(
            rows.iter()
                .map(|r| r.data.iter().map(str::to_string).collect()),
        )
        .collect()
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
    let (_, rows) = table::records(text).unwrap();
    assert_eq!((rows[0].line, rows[1].line), (2, 3));
}

#[test]
fn last_line_without_newline_and_blank_lines() {
    assert_eq!(fields("a,b\n\n1,2"), vec![vec!["a", "b"], vec!["1", "2"]]);
    assert_eq!(fields("a\n\"\"\n"), vec![vec!["a"], vec![""]]);
    let (_, rows) = table::records("a,b\n\n\n1,2\n").unwrap();
    assert_eq!(rows[0].line, 4, "blank lines still count");
}

#[test]
fn typed_rows_by_header_name() {
    #[derive(serde::Deserialize, Debug, PartialEq)]
    struct R {
        #[serde(rename = "Code")]
        code: String,
        n: u8,
    }
    let (_, rows) = table::parse::<R>("Code,n\n\"00010\",7\n", &["Code", "n"]).unwrap();
    assert_eq!(
        rows[0].data,
        R {
            code: "00010".into(),
            n: 7
        }
    );
    assert_eq!(rows[0].code, "00010", "rows deref to their data");
    let e = table::parse::<R>("Code,n\n1,300\n", &["Code", "n"])
        .err()
        .unwrap();
    assert!(e.starts_with("line 2: ") && e.contains('n'), "{e}");
    let e = table::parse::<R>("Code,m\n1,3\n", &["Code", "n"])
        .err()
        .unwrap();
    assert!(e.starts_with("header: unexpected header"), "{e}");
}

#[test]
fn malformed_input_is_an_error_with_a_line() {
    let e = table::records("a,b\n1,\"open\n").err().unwrap();
    assert!(e.starts_with("line 2: malformed CSV"), "{e}");
    let e = table::records("a,b\n1,2\n1,\"x\"y\n").err().unwrap();
    assert!(e.starts_with("line 3: malformed CSV"), "{e}");
    assert!(table::records("a,b\n1,x\"y\n").is_err());
    let e = table::records("a,b\n1\n").err().unwrap();
    assert_eq!(e, "line 2: 1 fields, expected 2");
    assert_eq!(table::records("").err().unwrap(), "header: empty file");
}
