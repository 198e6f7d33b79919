//! Strings shared by every element.

/// The language a widget renders in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    /// Reads a `lang` attribute value such as `fr`, `fr-CA` or `en-US`; anything else is English.
    pub fn from_tag(tag: &str) -> Lang {
        let tag = tag.trim().to_ascii_lowercase();
        if tag == "fr" || tag.starts_with("fr-") || tag.starts_with("fr_") {
            Lang::Fr
        } else {
            Lang::En
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }
}

impl From<noc_data::Lang> for Lang {
    fn from(lang: noc_data::Lang) -> Lang {
        match lang {
            noc_data::Lang::En => Lang::En,
            noc_data::Lang::Fr => Lang::Fr,
        }
    }
}

impl From<Lang> for noc_data::Lang {
    fn from(lang: Lang) -> noc_data::Lang {
        match lang {
            Lang::En => noc_data::Lang::En,
            Lang::Fr => noc_data::Lang::Fr,
        }
    }
}
