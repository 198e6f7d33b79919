//! A small RFC 4180 CSV reader: quoted fields, doubled quotes, embedded newlines, a leading
//! byte-order mark and CRLF or LF line endings. Shared by the build script and the tests.

#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// 1-based physical line where the record starts (the header is line 1).
    pub line: usize,
    pub fields: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CsvError {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for CsvError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// Parses a whole file. Blank lines between records are skipped; a final record without a
/// newline is kept.
pub fn parse(text: &str) -> Result<Vec<Record>, CsvError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let mut fields: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut line = 1usize;
    let mut record_line = 1usize;
    // State of the current field: never started, plain, inside quotes, or after the closing quote.
    #[derive(PartialEq)]
    enum State {
        Start,
        Plain,
        Quoted,
        AfterQuote,
    }
    let mut state = State::Start;
    let mut record_has_content = false;

    while let Some(c) = chars.next() {
        match state {
            State::Quoted => match c {
                '"' => {
                    if chars.peek() == Some(&'"') {
                        chars.next();
                        field.push('"');
                    } else {
                        state = State::AfterQuote;
                    }
                }
                '\r' => {
                    // Normalise CRLF inside a quoted field to LF.
                    if chars.peek() == Some(&'\n') {
                        chars.next();
                    }
                    field.push('\n');
                    line += 1;
                }
                '\n' => {
                    field.push('\n');
                    line += 1;
                }
                _ => field.push(c),
            },
            _ => match c {
                ',' => {
                    fields.push(std::mem::take(&mut field));
                    state = State::Start;
                    record_has_content = true;
                }
                '\r' | '\n' => {
                    if c == '\r' && chars.peek() == Some(&'\n') {
                        chars.next();
                    }
                    if record_has_content || state != State::Start {
                        fields.push(std::mem::take(&mut field));
                        records.push(Record { line: record_line, fields: std::mem::take(&mut fields) });
                    }
                    line += 1;
                    record_line = line;
                    state = State::Start;
                    record_has_content = false;
                }
                '"' if state == State::Start => {
                    state = State::Quoted;
                    record_has_content = true;
                }
                '"' => {
                    return Err(CsvError { line, message: "quote inside an unquoted field".into() });
                }
                _ if state == State::AfterQuote => {
                    return Err(CsvError {
                        line,
                        message: format!("character {c:?} after a closing quote (expected , or end of line)"),
                    });
                }
                _ => {
                    field.push(c);
                    state = State::Plain;
                    record_has_content = true;
                }
            },
        }
    }
    if state == State::Quoted {
        return Err(CsvError { line: record_line, message: "quoted field never closed".into() });
    }
    if record_has_content || state != State::Start {
        fields.push(field);
        records.push(Record { line: record_line, fields });
    }
    Ok(records)
}
