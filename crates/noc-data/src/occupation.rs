//! The occupation view: one shape for `noc show CODE --json` and `NocWidget.occupation(code)`.
use crate::{Card, CardError, Lang, Store};
use serde::Serialize;

/// The occupation card plus the Express Entry verdicts for its code (`immigration`), as both the
/// command line and the JavaScript API return it. A serialised contract (docs/embedding.md): fields
/// are only ever added.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Occupation {
    #[serde(flatten)]
    pub card: Card,
    /// What `ee_rules::occupation_programs` says experience in this unit group counts for.
    pub immigration: ee_rules::OccupationPrograms,
}

impl Occupation {
    pub fn of(card: Card) -> Occupation {
        let immigration = ee_rules::occupation_programs(&card.code);
        Occupation { card, immigration }
    }
}

impl Store {
    /// [`Store::card`] with the Express Entry verdicts: the occupation view.
    pub fn occupation(&self, code: &str, lang: Lang) -> Result<Occupation, CardError> {
        self.card(code, lang).map(Occupation::of)
    }
}
