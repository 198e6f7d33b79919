//! `noc show CODE [--lang en|fr] [--json | --html]`: the occupation card as text, JSON, or a copy-paste
//! `<noc-card>` block with the pre-rendered card in a declarative shadow root.

use noc_data::{Card, Lang};

/// `noc show CODE [--lang en|fr] [--json]`
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Five-digit NOC 2021 unit-group code, e.g. 22220.
    #[arg(value_name = "CODE")]
    pub code: String,
    /// Language of the card.
    #[arg(long, value_name = "en|fr", default_value = "en", value_parser = crate::lang_arg)]
    pub lang: Lang,
    /// Print the card as JSON (with the Express Entry verdicts for the occupation).
    #[arg(long, conflicts_with = "html")]
    pub json: bool,
    /// Print a `<noc-card>` block to paste into a page: the card pre-rendered in a declarative shadow
    /// root (readable with JavaScript off), which the widget's loader takes over when present.
    #[arg(long)]
    pub html: bool,
    /// Where the widget's files (`make dist`'s dist/) are served, for the stylesheet link of `--html`.
    #[arg(
        long,
        value_name = "URL",
        default_value = "/noc-widget/",
        requires = "html"
    )]
    pub widget_url: String,
}

pub fn run(args: &Args) -> i32 {
    crate::output::print_card("show", &args.code, args.lang, |card| {
        if args.html {
            Ok(html_block(&card.code, args.lang, &args.widget_url))
        } else if args.json {
            card_json(card).map_err(|e| e.to_string())
        } else {
            Ok(render(card))
        }
    })
}

/// `noc show CODE --html`: the card as the widget's pre-renderer writes it (the same yew components).
fn html_block(code: &str, lang: Lang, widget_url: &str) -> String {
    let base = if widget_url.ends_with('/') {
        widget_url.to_owned()
    } else {
        format!("{widget_url}/")
    };
    noc_ui::ssr::card_snippet(
        code,
        lang,
        &format!("{base}noc-widget.css"),
        noc_ui::ssr::today(),
    )
}

/// The text `noc show CODE --json` prints: the occupation view (`noc_data::Occupation`, the card plus
/// the rules engine's verdicts), the same value `NocWidget.occupation` returns; keys sorted.
pub fn card_json(card: &Card) -> Result<String, serde_json::Error> {
    let v = serde_json::to_value(noc_data::Occupation::of(card.clone()))?;
    Ok(serde_json::to_string_pretty(&v)? + "\n")
}

/// The card as text, in the words and number formats of the widget's card (`noc_text::plain`).
pub fn render(card: &Card) -> String {
    noc_text::plain::card(card)
}

#[cfg(test)]
mod tests {
    use super::*;
    use noc_data::Store;

    /// `noc show ARGS...` parsed as the binary parses it.
    fn args(a: &[&str]) -> Result<Args, clap::Error> {
        match crate::parse_from(["noc", "show"].iter().chain(a))?.command {
            crate::Command::Show(args) => Ok(args),
            other => panic!("parsed as {other:?}"),
        }
    }

    #[test]
    fn the_text_card_is_the_text_crates() {
        // The words and formats are tested in noc-text (`plain`); here: the command prints them.
        let card = Store::bundled().card("22220", Lang::Fr).unwrap();
        assert_eq!(render(&card), noc_text::plain::card(&card));
        assert!(render(&card).starts_with(
            "Techniciens/techniciennes de réseau informatique et Web — CNP 2021 22220\nFÉER 2"
        ));
    }

    #[test]
    fn exit_codes() {
        assert_eq!(run(&args(&["22220", "--json"]).unwrap()), 0);
        assert_eq!(run(&args(&["22229"]).unwrap()), 1);
        assert_eq!(run(&args(&["22x20", "--lang", "fr"]).unwrap()), 1);
        let a = args(&["22220", "--lang=FR"]).unwrap();
        assert_eq!(
            (a.code.as_str(), a.lang, a.json),
            ("22220", Lang::Fr, false)
        );
        // Usage errors exit 2 (clap's code for them).
        for bad in [
            &["22220", "--lang", "de"][..],
            &[],
            &["22220", "22221"],
            &["22220", "--colour"],
            &["22220", "--lang", "--json"],
        ] {
            assert_eq!(args(bad).unwrap_err().exit_code(), 2, "{bad:?}");
        }
    }
}
