//! The calculator's state: the form as typed, what the engine makes of it (validation, assessment,
//! suggestions) and the kept scenarios, changed only through [`Action`]s by the reducer. Plain Rust
//! over `ee_rules`, tested natively (below); the component only dispatches and renders.
use std::rc::Rc;

use ee_rules::{assess, suggest, Assessment, Date, Profile, Suggestion};
use yew::Reducible;

use super::form::{evaluate_with, ui_errors, Evaluation, Field, FieldProblem, Form};
use super::scenarios::{Scenario, MAX_SCENARIOS};

/// Everything the calculator shows, derived from the form in one place.
#[derive(Clone, PartialEq)]
pub struct CalcState {
    pub form: Rc<Form>,
    /// The profile of the last form with no error: a rejected field falls back to its value here.
    pub last_valid: Option<Rc<Profile>>,
    pub eval: Rc<Evaluation>,
    pub ui_errors: Rc<Vec<(Field, FieldProblem)>>,
    pub profile: Option<Rc<Profile>>,
    pub assessment: Option<Rc<Assessment>>,
    pub suggestions: Rc<Vec<Suggestion>>,
    pub scenarios: Rc<Vec<Scenario>>,
    pub today: Date,
}

impl CalcState {
    pub fn new(form: Form, today: Date) -> CalcState {
        let empty = CalcState {
            form: Rc::new(Form::default()),
            last_valid: evaluate_with(&Form::default(), None).profile.map(Rc::new),
            eval: Rc::new(Evaluation {
                profile: None,
                errors: Vec::new(),
            }),
            ui_errors: Rc::new(Vec::new()),
            profile: None,
            assessment: None,
            suggestions: Rc::new(Vec::new()),
            scenarios: Rc::new(Vec::new()),
            today,
        };
        empty.with_form(form)
    }

    /// Re-validates and re-scores after a form change.
    fn with_form(&self, form: Form) -> CalcState {
        let eval = evaluate_with(&form, self.last_valid.as_deref());
        let ui = ui_errors(&form, self.today);
        let profile = eval.profile.clone().map(Rc::new);
        let last_valid = if eval.errors.is_empty() && profile.is_some() {
            profile.clone()
        } else {
            self.last_valid.clone()
        };
        let assessment = profile.as_ref().map(|p| Rc::new(assess(p)));
        let suggestions = Rc::new(profile.as_ref().map(|p| suggest(p)).unwrap_or_default());
        CalcState {
            form: Rc::new(form),
            last_valid,
            eval: Rc::new(eval),
            ui_errors: Rc::new(ui),
            profile,
            assessment,
            suggestions,
            scenarios: self.scenarios.clone(),
            today: self.today,
        }
    }
}

pub enum Action {
    /// One field changed (field, new text).
    Set(Field, String),
    /// A suggestion's profile applied to the form.
    ApplyProfile(Profile),
    /// A whole form (share link, scenario).
    Replace(Form),
    /// The reader's date, once a paint rendered on another day is hydrated.
    Today(Date),
    Keep(String),
    Load(usize),
    Remove(usize),
}

impl Reducible for CalcState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Set(key, value) => {
                let mut form = (*self.form).clone();
                linked_changes(&mut form, key, &value, self.today);
                form.set(key, &value);
                Rc::new(self.with_form(form))
            }
            Action::ApplyProfile(p) => {
                let mut form = (*self.form).clone();
                form.apply_profile(&p);
                Rc::new(self.with_form(form))
            }
            Action::Replace(form) => Rc::new(self.with_form(form)),
            Action::Today(today) => {
                let mut next = (*self).clone();
                next.today = today;
                Rc::new(next.with_form((*self.form).clone()))
            }
            Action::Keep(name) => {
                let Some(a) = self.assessment.clone() else {
                    return self;
                };
                if self.scenarios.len() >= MAX_SCENARIOS {
                    return self;
                }
                let mut list = (*self.scenarios).clone();
                list.push(Scenario {
                    name,
                    form: (*self.form).clone(),
                    assessment: a,
                });
                let mut next = (*self).clone();
                next.scenarios = Rc::new(list);
                Rc::new(next)
            }
            Action::Load(i) => match self.scenarios.get(i) {
                Some(sc) => Rc::new(self.with_form(sc.form.clone())),
                None => self,
            },
            Action::Remove(i) => {
                let mut list = (*self.scenarios).clone();
                if i < list.len() {
                    list.remove(i);
                }
                let mut next = (*self).clone();
                next.scenarios = Rc::new(list);
                Rc::new(next)
            }
        }
    }
}

/// Fields that follow another one, so the reader does not type the same fact twice.
pub(crate) fn linked_changes(form: &mut Form, field: Field, value: &str, today: Date) {
    match field {
        // A birth date gives the age today.
        Field::BirthDate => {
            if let Some(age) = Date::parse(value.trim()).and_then(|b| b.whole_years_until(today)) {
                form.set(Field::Age, &age.to_string());
            }
        }
        // The TEER is the NOC code's second digit.
        Field::Noc => {
            let code = value.trim();
            if ee_rules::validate::is_noc_code(code) {
                form.set(Field::WorkTeer, &code[1..2]);
            }
        }
        // A spouse is one more person for proof of funds.
        Field::SpouseHas => match (value, form.get(Field::FamilySize)) {
            ("true", "1") => form.set(Field::FamilySize, "2"),
            ("false", "2") => form.set(Field::FamilySize, "1"),
            _ => {}
        },
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    const TODAY: Date = Date::new(2026, 3, 1);

    fn reduce(state: CalcState, actions: Vec<Action>) -> Rc<CalcState> {
        actions.into_iter().fold(Rc::new(state), |s, a| s.reduce(a))
    }

    #[test]
    fn the_default_form_is_scored() {
        let s = CalcState::new(Form::default(), TODAY);
        assert!(s.eval.errors.is_empty());
        assert!(s.assessment.is_some() && s.last_valid.is_some());
        assert!(s.scenarios.is_empty());
    }

    #[test]
    fn a_birth_date_sets_the_age_on_the_state_s_day() {
        let s = reduce(
            CalcState::new(Form::default(), TODAY),
            vec![Action::Set(Field::BirthDate, "1990-03-02".into())],
        );
        assert_eq!(s.form.get(Field::Age), "35");
        assert_eq!(s.profile.as_ref().unwrap().age, 35);
        // The reader's day moves the age too.
        let s = s.reduce(Action::Today(Date::new(2026, 3, 2)));
        assert_eq!(s.form.get(Field::BirthDate), "1990-03-02");
        assert_eq!(s.today, Date::new(2026, 3, 2));
    }

    #[test]
    fn a_noc_code_gives_the_teer_and_a_spouse_the_family_size() {
        let s = reduce(
            CalcState::new(Form::default(), TODAY),
            vec![
                Action::Set(Field::Noc, " 72200 ".into()),
                Action::Set(Field::SpouseHas, "true".into()),
            ],
        );
        assert_eq!(s.form.get(Field::WorkTeer), "2");
        assert_eq!(s.form.get(Field::FamilySize), "2");
        let s = s.reduce(Action::Set(Field::SpouseHas, "false".into()));
        assert_eq!(s.form.get(Field::FamilySize), "1");
        // Not a code: the TEER stays.
        let s = s.reduce(Action::Set(Field::Noc, "7220".into()));
        assert_eq!(s.form.get(Field::WorkTeer), "2");
    }

    #[test]
    fn a_rejected_field_falls_back_to_the_last_valid_profile() {
        let s = reduce(
            CalcState::new(Form::default(), TODAY),
            vec![
                Action::Set(Field::Age, "40".into()),
                Action::Set(Field::Age, "4000".into()),
            ],
        );
        assert!(s.eval.error_for(Field::Age).is_some());
        assert_eq!(s.profile.as_ref().unwrap().age, 40);
        assert_eq!(s.last_valid.as_ref().unwrap().age, 40);
    }

    #[test]
    fn scenarios_are_kept_loaded_and_removed() {
        let s = reduce(
            CalcState::new(Form::default(), TODAY),
            vec![
                Action::Keep("now".into()),
                Action::Set(Field::Age, "45".into()),
                Action::Keep("later".into()),
            ],
        );
        let names: Vec<&str> = s.scenarios.iter().map(|sc| sc.name.as_str()).collect();
        assert_eq!(names, ["now", "later"]);
        let s = s.reduce(Action::Load(0));
        assert_eq!(s.form.get(Field::Age), "29");
        let s = s.reduce(Action::Remove(0)).reduce(Action::Remove(7));
        assert_eq!(s.scenarios.len(), 1);
        assert_eq!(s.scenarios[0].name, "later");
        let full = (0..MAX_SCENARIOS + 2).fold(s, |s, i| s.reduce(Action::Keep(format!("{i}"))));
        assert_eq!(full.scenarios.len(), MAX_SCENARIOS);
    }
}
