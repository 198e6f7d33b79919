//! What `noc show` and `noc similar` share: one bundled card looked up and printed.
use noc_data::{Card, Lang, Store};

/// Prints what `text` makes of the card of `code` in `lang`. An unknown code or a failed conversion
/// prints `noc COMMAND: reason` on stderr instead, with exit status 1.
pub fn print_card(
    command: &str,
    code: &str,
    lang: Lang,
    text: impl FnOnce(&Card) -> Result<String, String>,
) -> i32 {
    let result = Store::bundled()
        .card(code, lang)
        .map_err(|e| e.to_string())
        .and_then(|card| text(&card));
    match result {
        Ok(text) => {
            // A closed pipe (`noc show … | head`) is not an error worth a panic.
            use std::io::Write as _;
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            0
        }
        Err(e) => {
            eprintln!("noc {command}: {e}");
            1
        }
    }
}
