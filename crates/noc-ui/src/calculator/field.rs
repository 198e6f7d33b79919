//! The calculator's form fields as one enum: a misspelt field is a compile error, not a silent
//! no-op. A field's key is the profile's dotted path where there is one (`spouse.first_language.test`);
//! it names the field in share links (`#ee=age:41`) and in its control's id (`ee-<key>`, dots as
//! dashes: [`super::fields::field_id`]), both contracts that stay byte for byte.
use ee_rules::validate::{ranges, IntRange};
use ee_rules::Ability;

ee_rules::key_enum! {
    /// One field of the form, in the form's order (`ALL`).
    pub enum Field {
        Quebec = "quebec",
        BirthDate = "birth_date",
        Age = "age",
        SpouseHas = "spouse.has",
        Education = "education",
        CanadianEducation = "canadian_education",
        EcaDate = "eca_date",
        FirstTest = "first_language.test",
        FirstSpeaking = "first_language.speaking",
        FirstListening = "first_language.listening",
        FirstReading = "first_language.reading",
        FirstWriting = "first_language.writing",
        TestDate = "test_date",
        SecondTest = "second_language.test",
        SecondSpeaking = "second_language.speaking",
        SecondListening = "second_language.listening",
        SecondReading = "second_language.reading",
        SecondWriting = "second_language.writing",
        Noc = "noc",
        WorkTeer = "work_teer",
        CanadianWorkYears = "canadian_work_years",
        CweStart = "cwe_start",
        ForeignWorkYears = "foreign_work_years",
        TradeCertificate = "trade_certificate",
        TradeWorkYears = "trade_work_years",
        JobOfferHas = "job_offer.has",
        JobOfferNoc = "job_offer.noc",
        SpouseAccompanying = "spouse.accompanying",
        SpouseCitizenOrPr = "spouse.canadian_citizen_or_pr",
        SpouseEducation = "spouse.education",
        SpouseTest = "spouse.first_language.test",
        SpouseSpeaking = "spouse.first_language.speaking",
        SpouseListening = "spouse.first_language.listening",
        SpouseReading = "spouse.first_language.reading",
        SpouseWriting = "spouse.first_language.writing",
        SpouseCanadianWorkYears = "spouse.canadian_work_years",
        SpouseCanadianStudy = "spouse.canadian_study",
        SiblingInCanada = "sibling_in_canada",
        RelativeInCanada = "relative_in_canada",
        ProvincialNomination = "provincial_nomination",
        FamilySize = "family_size",
        SettlementFundsCad = "settlement_funds_cad",
    }
}

/// How a form value becomes a raw profile value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// Whole number, in the engine's range for the field (`ee_rules::validate::ranges`, the one
    /// `validate` checks), used for the input hint and messages.
    Int(IntRange),
    /// A test score of one language result on the test's own scale (a decimal comma is accepted).
    Score(Slot, Ability),
    /// The test of one language result (a `LanguageTest` key, or `none`).
    Test(Slot),
    /// One of the engine's enum keys.
    Choice,
    /// `true` / `false`.
    Flag,
    /// A UI-only date (YYYY-MM-DD, may be empty); never part of the profile.
    Date,
    /// UI-only free text.
    Text,
}

/// One of the three language results the form holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    First,
    Second,
    Spouse,
}

impl Slot {
    /// The field of the result's test.
    pub const fn test(self) -> Field {
        match self {
            Slot::First => Field::FirstTest,
            Slot::Second => Field::SecondTest,
            Slot::Spouse => Field::SpouseTest,
        }
    }

    /// The fields of the result's four scores, in `Ability::ALL`'s order.
    pub const fn scores(self) -> [Field; 4] {
        use Field::*;
        match self {
            Slot::First => [FirstSpeaking, FirstListening, FirstReading, FirstWriting],
            Slot::Second => [
                SecondSpeaking,
                SecondListening,
                SecondReading,
                SecondWriting,
            ],
            Slot::Spouse => [
                SpouseSpeaking,
                SpouseListening,
                SpouseReading,
                SpouseWriting,
            ],
        }
    }

    /// The field of one score.
    pub fn score(self, ability: Ability) -> Field {
        let at = Ability::ALL.iter().position(|a| *a == ability);
        self.scores()[at.expect("one of ALL")]
    }
}

impl Field {
    /// The field's kind and its text in a new form.
    pub const fn spec(self) -> (FieldKind, &'static str) {
        use Ability::{Listening, Reading, Speaking, Writing};
        use Field::*;
        use FieldKind::*;
        use Slot::{First, Second, Spouse};
        match self {
            Quebec => (Flag, "false"),
            BirthDate => (Date, ""),
            Age => (Int(ranges::AGE), "29"),
            SpouseHas => (Flag, "false"),
            Education => (Choice, "bachelors_or_three_year"),
            CanadianEducation => (Choice, "none"),
            EcaDate => (Date, ""),
            FirstTest => (Test(First), "ielts_general"),
            FirstSpeaking => (Score(First, Speaking), "7"),
            FirstListening => (Score(First, Listening), "8"),
            FirstReading => (Score(First, Reading), "7"),
            FirstWriting => (Score(First, Writing), "7"),
            TestDate => (Date, ""),
            SecondTest => (Test(Second), "none"),
            SecondSpeaking => (Score(Second, Speaking), ""),
            SecondListening => (Score(Second, Listening), ""),
            SecondReading => (Score(Second, Reading), ""),
            SecondWriting => (Score(Second, Writing), ""),
            Noc => (Text, ""),
            WorkTeer => (Choice, "1"),
            CanadianWorkYears => (Int(ranges::WORK_YEARS), "0"),
            CweStart => (Date, ""),
            ForeignWorkYears => (Int(ranges::WORK_YEARS), "3"),
            TradeCertificate => (Flag, "false"),
            TradeWorkYears => (Int(ranges::WORK_YEARS), "0"),
            JobOfferHas => (Flag, "false"),
            JobOfferNoc => (Text, ""),
            SpouseAccompanying => (Flag, "true"),
            SpouseCitizenOrPr => (Flag, "false"),
            SpouseEducation => (Choice, "secondary"),
            SpouseTest => (Test(Spouse), "none"),
            SpouseSpeaking => (Score(Spouse, Speaking), ""),
            SpouseListening => (Score(Spouse, Listening), ""),
            SpouseReading => (Score(Spouse, Reading), ""),
            SpouseWriting => (Score(Spouse, Writing), ""),
            SpouseCanadianWorkYears => (Int(ranges::WORK_YEARS), "0"),
            SpouseCanadianStudy => (Flag, "false"),
            SiblingInCanada => (Flag, "false"),
            RelativeInCanada => (Flag, "false"),
            ProvincialNomination => (Flag, "false"),
            FamilySize => (Int(ranges::FAMILY_SIZE), "1"),
            SettlementFundsCad => (Int(ranges::SETTLEMENT_FUNDS_CAD), "16000"),
        }
    }

    pub const fn kind(self) -> FieldKind {
        self.spec().0
    }

    /// The field's text in a new form.
    pub const fn default_text(self) -> &'static str {
        self.spec().1
    }

    /// The language result a test or score field belongs to.
    pub const fn slot(self) -> Option<Slot> {
        match self.kind() {
            FieldKind::Score(slot, _) | FieldKind::Test(slot) => Some(slot),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn a_slot_s_fields_carry_its_path_and_abilities() {
        for (slot, path) in [
            (Slot::First, "first_language"),
            (Slot::Second, "second_language"),
            (Slot::Spouse, "spouse.first_language"),
        ] {
            assert_eq!(slot.test().key(), format!("{path}.test"));
            assert_eq!(slot.test().kind(), FieldKind::Test(slot));
            for ability in Ability::ALL {
                let field = slot.score(ability);
                assert_eq!(field.key(), format!("{path}.{}", ability.key()));
                assert_eq!(field.kind(), FieldKind::Score(slot, ability));
                assert_eq!(field.slot(), Some(slot));
            }
        }
        assert_eq!(Field::Age.slot(), None);
    }

    #[test]
    fn keys_are_unique_and_the_enum_order_is_the_index() {
        for (i, field) in Field::ALL.into_iter().enumerate() {
            assert_eq!(field as usize, i);
            assert_eq!(Field::from_key(field.key()), Some(field));
        }
        assert_eq!(Field::from_key("spouse.has"), Some(Field::SpouseHas));
        assert_eq!(Field::from_key("bogus"), None);
    }
}
