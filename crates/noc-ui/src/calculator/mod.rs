//! `<ee-calculator>`: the Express Entry calculator. The form is text ([`form::Form`]); every change
//! is validated and scored by `ee_rules` in the reducer, and the results re-render as you type.
//! Parts: `sections` (the form), `results` (CRS, FSW grid, programs, levels, funds), `context`
//! (draws, categories, notices), `whatif`, `scenarios`, `timeline`, `share` (URL fragment).
use std::rc::Rc;

use ee_rules::{assess, suggest, Assessment, Date, Profile, Suggestion};
use yew::prelude::*;

use crate::host::{use_emitter, use_host};
use noc_data::Lang;
use noc_text::calculator::{self as t, tr};

pub mod context;
pub mod fields;
pub mod form;
pub mod results;
pub mod scenarios;
pub mod sections;
pub mod share;
pub mod timeline;
pub mod whatif;

use form::{evaluate_with, ui_errors, Evaluation, FieldProblem, Form};
use scenarios::{Scenario, MAX_SCENARIOS};

/// Everything the calculator shows, derived from the form in one place.
#[derive(Clone, PartialEq)]
pub struct CalcState {
    pub form: Rc<Form>,
    /// The profile of the last form with no error: a rejected field falls back to its value here.
    pub last_valid: Option<Rc<Profile>>,
    pub eval: Rc<Evaluation>,
    pub ui_errors: Rc<Vec<(&'static str, FieldProblem)>>,
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
    /// One field changed (key, new text).
    Set(&'static str, String),
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
fn linked_changes(form: &mut Form, key: &str, value: &str, today: Date) {
    match key {
        // A birth date gives the age today.
        "birth_date" => {
            if let Some(age) = Date::parse(value.trim()).and_then(|b| b.whole_years_until(today)) {
                form.set("age", &age.to_string());
            }
        }
        // The TEER is the NOC code's second digit.
        "noc" => {
            let code = value.trim();
            if ee_rules::validate::is_noc_code(code) {
                form.set("work_teer", &code[1..2]);
            }
        }
        // A spouse is one more person for proof of funds.
        "spouse.has" => match (value, form.get("family_size")) {
            ("true", "1") => form.set("family_size", "2"),
            ("false", "2") => form.set("family_size", "1"),
            _ => {}
        },
        _ => {}
    }
}

/// Level name (CLB/NCLC) of a language result slot in the form.
fn level_name_of(form: &Form, prefix: &str) -> AttrValue {
    t::level_name(form.get(&format!("{prefix}.test"))).into()
}

#[derive(Properties, PartialEq, Clone, Default)]
pub struct CalculatorProps {
    /// Overrides the element's `lang` (tests); normally read from the embed context.
    #[prop_or_default]
    pub lang: Option<Lang>,
    /// Overrides the element's `noc` attribute.
    #[prop_or_default]
    pub noc: Option<AttrValue>,
}

#[function_component(EeCalculator)]
pub fn ee_calculator(props: &CalculatorProps) -> Html {
    let embed = use_host();
    let page = embed.page.clone();
    let emitter = use_emitter();
    let lang = props.lang.unwrap_or(embed.lang());
    let noc_attr = props.noc.clone().or_else(|| embed.config.noc.clone());
    let s = tr(lang);

    let state = {
        let noc_attr = noc_attr.clone();
        let page = page.clone();
        let paint_date = embed.config.paint_date;
        use_reducer(move || {
            let base = Form::with_noc(noc_attr.as_deref());
            let form = share::decode(&page.read_fragment(), &base).unwrap_or(base);
            // Hydrating a paint rendered on another day: render that day first (so the DOM matches),
            // then the effect below moves to the reader's today.
            let today = paint_date.unwrap_or_else(|| page.today());
            CalcState::new(form, today)
        })
    };
    {
        let state = state.clone();
        let page = page.clone();
        use_effect_with((), move |_| {
            let today = page.today();
            if today != state.today {
                state.dispatch(Action::Today(today));
            }
        });
    }

    // A later change of the `noc` attribute (e.g. the card's "check my eligibility") fills the field;
    // the first render already used it (unless a share link said otherwise).
    {
        let state = state.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(noc_attr.clone(), move |noc| {
            let was_first = std::mem::replace(&mut *first.borrow_mut(), false);
            if let Some(code) = noc
                .as_deref()
                .filter(|c| ee_rules::validate::is_noc_code(c.trim()))
            {
                if !was_first {
                    state.dispatch(Action::Set("noc", code.trim().to_owned()));
                }
            }
        });
    }

    // Keep the entries outside the instance on every change: if it ever traps, the loader re-mounts
    // this element with them (src/embed: state kept by the loader, not the page).
    {
        let page = page.clone();
        use_effect_with(state.form.clone(), move |form| {
            page.keep_state(&share::encode(form))
        });
    }

    // Tell the page whenever the assessment changes.
    {
        let assessment = state.assessment.clone();
        use_effect_with(assessment, move |a| {
            if let Some(a) = a {
                emitter.ee_change(a);
            }
        });
    }

    // Announce the new score politely, once typing pauses.
    let announcement = use_state(String::new);
    {
        let announcement = announcement.clone();
        let total = state.assessment.as_ref().map(|a| a.crs.total);
        let quebec = state.form.quebec();
        let page = page.clone();
        use_effect_with((total, quebec, lang), move |(total, quebec, lang)| {
            let text = if *quebec {
                tr(*lang).quebec_heading.to_owned()
            } else {
                total.map(|t| t::live_score(*lang, t)).unwrap_or_default()
            };
            let timeout = page.after(900, Box::new(move || announcement.set(text)));
            move || drop(timeout)
        });
    }

    let on_change = {
        let state = state.clone();
        Callback::from(move |(key, value): (&'static str, String)| {
            state.dispatch(Action::Set(key, value))
        })
    };
    let on_apply = {
        let state = state.clone();
        Callback::from(move |p: Profile| state.dispatch(Action::ApplyProfile(p)))
    };
    let share_url = use_state(|| None::<String>);
    let on_share = {
        let form = state.form.clone();
        let share_url = share_url.clone();
        let page = page.clone();
        Callback::from(move |_| share_url.set(page.write_fragment(&share::encode(&form))))
    };
    let on_print = {
        let page = page.clone();
        Callback::from(move |_| page.print())
    };

    let form_view = html! {
        <sections::CalculatorForm lang={lang} form={state.form.clone()} eval={state.eval.clone()}
            ui_errors={state.ui_errors.clone()} on_change={on_change} />
    };

    let mut pending: Vec<&str> = Vec::new();
    if state.profile.is_some() {
        for label in state.eval.errors.iter().map(|e| label_of(lang, e.key)) {
            if !pending.contains(&label) {
                pending.push(label);
            }
        }
    }
    // Levels typed directly (no test yet) make the score an estimate.
    let estimate = ["first_language.test", "second_language.test"]
        .iter()
        .any(|k| matches!(state.form.get(k), "clb" | "nclc"));
    let valid_noc = {
        let code = state.form.get("noc").trim().to_owned();
        ee_rules::validate::is_noc_code(&code).then(|| AttrValue::from(code))
    };

    let results = if state.form.quebec() {
        html! {
            <section class="ee-quebec" aria-labelledby="ee-quebec-h">
                <h3 id="ee-quebec-h">{ s.quebec_heading }</h3>
                <p>{ s.quebec_text }</p>
                <p><a href={s.quebec_url} target="_blank" rel="noopener">{ s.quebec_link }</a></p>
            </section>
        }
    } else if let (Some(profile), Some(a)) = (state.profile.clone(), state.assessment.clone()) {
        html! {
            <>
                <results::ScoreSummary lang={lang} assessment={a.clone()} />
                if !pending.is_empty() { <p class="ee-pending nw-error" role="status">{ t::uses_last_valid(lang, &pending.join(", ")) }</p> }
                if estimate { <p class="ee-estimate ee-note">{ s.estimate_note }</p> }
                <results::Breakdown lang={lang} assessment={a.clone()} />
                <results::Programs lang={lang} assessment={a.clone()} />
                <results::LanguageLevels lang={lang} assessment={a.clone()} names={[
                    level_name_of(&state.form, "first_language"), level_name_of(&state.form, "second_language"),
                    level_name_of(&state.form, "spouse.first_language")]} />
                <results::Funds lang={lang} assessment={a.clone()} family_size={profile.family_size} />
                <context::Draws lang={lang} profile={profile.clone()} assessment={a.clone()} noc={valid_noc.clone()} today={Some(state.today)} />
                <context::Categories lang={lang} profile={profile.clone()} assessment={a.clone()} noc={valid_noc.clone()} />
                <whatif::WhatIf lang={lang} suggestions={state.suggestions.clone()} on_apply={on_apply} />
                <timeline::Timeline lang={lang} profile={profile.clone()} form={state.form.clone()} total={a.crs.total} today={state.today} />
            </>
        }
    } else {
        html! { <p class="ee-pending nw-error" role="status">{ s.fix_fields }</p> }
    };

    let scenarios_view = {
        let st = state.clone();
        let on_keep = Callback::from(move |name: String| st.dispatch(Action::Keep(name)));
        let st = state.clone();
        let on_load = Callback::from(move |i: usize| st.dispatch(Action::Load(i)));
        let st = state.clone();
        let on_remove = Callback::from(move |i: usize| st.dispatch(Action::Remove(i)));
        html! {
            <scenarios::Scenarios lang={lang} scenarios={state.scenarios.clone()} can_keep={state.assessment.is_some()}
                {on_keep} {on_load} {on_remove} />
        }
    };

    let rules_line = state
        .assessment
        .as_ref()
        .map(|a| t::rules_as_of(lang, a.rules_as_of, a.rule_set))
        .unwrap_or_else(|| {
            let r = ee_rules::ruleset::current();
            t::rules_as_of(lang, r.rules_as_of(), r.id)
        });

    html! {
        <div class={classes!("ee-calc", state.form.quebec().then_some("ee-is-quebec"))} lang={lang.code()}>
            <header class="ee-header">
                <h2>{ s.title }</h2>
                <p class="ee-intro nw-no-print">{ s.intro }</p>
                <p class="ee-print-only">{ format!("{} {} · {}", s.printed_on, state.today, rules_line) }</p>
            </header>
            <div class="ee-layout">
                { form_view }
                <div class="ee-results" aria-labelledby="ee-results-h">
                    <h3 id="ee-results-h" class="nw-visually-hidden">{ s.results_heading }</h3>
                    { results }
                    if let Some(a) = state.assessment.clone() {
                        if !state.form.quebec() && !a.notices.is_empty() {
                            <context::Notices lang={lang} assessment={a} />
                        }
                    }
                    if !state.form.quebec() { { scenarios_view } }
                    <section class="ee-share nw-no-print" aria-labelledby="ee-share-h">
                        <h3 id="ee-share-h">{ s.share_heading }</h3>
                        <p class="ee-help">{ s.share_help }</p>
                        <div class="ee-actions">
                            <button type="button" class="ee-share-button" onclick={on_share}>{ s.share_button }</button>
                            <button type="button" class="ee-print-button ee-secondary" onclick={on_print}>{ s.print_button }</button>
                        </div>
                        if let Some(url) = (*share_url).clone() {
                            <label for="ee-share-link">{ s.share_link_label }</label>
                            <input id="ee-share-link" class="ee-share-link" type="text" readonly=true value={url} />
                        }
                    </section>
                </div>
            </div>
            <footer class="ee-footer">
                <p class="ee-rules-as-of">{ rules_line }</p>
                <p class="ee-disclaimer"><strong>{ s.disclaimer }</strong></p>
            </footer>
            <p class="nw-visually-hidden ee-live" aria-live="polite" aria-atomic="true">{ (*announcement).clone() }</p>
        </div>
    }
}

/// The visible label of a form field, for "results use your previous entry for: …".
fn label_of(lang: Lang, key: &str) -> &'static str {
    let s = tr(lang);
    match key {
        "age" => s.age_label,
        "canadian_work_years" => s.canadian_work_label,
        "foreign_work_years" => s.foreign_work_label,
        "trade_work_years" => s.trade_work_label,
        "family_size" => s.family_size_label,
        "settlement_funds_cad" => s.funds_label,
        "job_offer.noc" => s.job_offer_noc_label,
        "spouse.canadian_work_years" => s.spouse_cwe_label,
        "second_language.test" => s.second_test_label,
        k if k.starts_with("first_language.") => s.scores_legend_first,
        k if k.starts_with("second_language.") => s.scores_legend_second,
        k if k.starts_with("spouse.first_language.") => s.scores_legend_spouse,
        _ => s.form_label,
    }
}
