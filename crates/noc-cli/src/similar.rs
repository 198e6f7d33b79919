//! `noc similar CODE [--lang en|fr] [--json]`: the occupations with the closest OaSIS skill ratings
//! (issue 25, docs/similar.md), from the same data as the card's "Similar skills" section and
//! `NocWidget.occupation(code).similar`.

use noc_data::Lang;

/// `noc similar CODE [--lang en|fr] [--json]`
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Five-digit NOC 2021 unit-group code, e.g. 22221.
    #[arg(value_name = "CODE")]
    pub code: String,
    /// Language of titles, labels and descriptor names.
    #[arg(long, value_name = "en|fr", default_value = "en", value_parser = crate::lang_arg)]
    pub lang: Lang,
    /// Print JSON: the card's `similar` and `skills_profile` (as `noc show --json` has them).
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: &Args) -> i32 {
    crate::output::print_card("similar", &args.code, args.lang, |card| {
        if args.json {
            json(card).map_err(|e| e.to_string())
        } else {
            Ok(noc_text::similar::plain(card.lang, card))
        }
    })
}

/// `{code, title, lang, similar, skills_profile}`: the card's fields, as `noc show --json` has them.
pub fn json(card: &noc_data::Card) -> Result<String, serde_json::Error> {
    let v = serde_json::json!({
        "code": card.code,
        "title": card.title,
        "lang": card.lang,
        "similar": card.similar,
        "skills_profile": card.skills_profile,
    });
    Ok(serde_json::to_string_pretty(&v)? + "\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use noc_data::Store;

    fn args(a: &[&str]) -> Result<Args, clap::Error> {
        match crate::parse_from(["noc", "similar"].iter().chain(a))?.command {
            crate::Command::Similar(args) => Ok(args),
            other => panic!("parsed as {other:?}"),
        }
    }

    #[test]
    fn user_support_technicians_are_near_network_technicians() {
        let card = Store::bundled().card("22221", Lang::En).unwrap();
        let v: serde_json::Value = serde_json::from_str(&json(&card).unwrap()).unwrap();
        let first = &v["similar"][0];
        assert_eq!(first["code"], "22220");
        assert_eq!(first["teer"], 2);
        assert!(first["band"] == "very_close" || first["band"] == "close");
        assert!(first["to_build"][0]["name"]
            .as_str()
            .is_some_and(|n| !n.is_empty()));
        let text = noc_text::similar::plain(noc_data::Lang::En, &card);
        assert!(
            text.contains("22220 Computer network and web technicians"),
            "{text}"
        );
        let fr = Store::bundled().card("22221", Lang::Fr).unwrap();
        assert!(
            noc_text::similar::plain(noc_data::Lang::Fr, &fr).starts_with("Compétences semblables")
        );
    }

    #[test]
    fn exit_codes() {
        assert_eq!(run(&args(&["22221", "--json"]).unwrap()), 0);
        assert_eq!(run(&args(&["22229"]).unwrap()), 1);
        assert_eq!(args(&["22221", "--lang", "de"]).unwrap_err().exit_code(), 2);
        assert_eq!(args(&[]).unwrap_err().exit_code(), 2);
    }
}
