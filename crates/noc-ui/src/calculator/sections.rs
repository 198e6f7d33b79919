//! The form, in short sections: you, education, languages, work, spouse (only when there is one),
//! other factors. Every value is text in [`Form`]; messages come from the engine's error codes.
use std::rc::Rc;

use ee_rules::language::scale;
use ee_rules::{Ability, LanguageTest};
use yew::prelude::*;

use super::fields::{CheckField, SelectField, TextField};
use super::form::{Evaluation, Field, FieldKind, Form, Slot};
use noc_data::Lang;
use noc_text::calculator::{self as t, tr};

#[derive(Properties, PartialEq, Clone)]
pub struct FormProps {
    pub lang: Lang,
    pub form: Rc<Form>,
    pub eval: Rc<Evaluation>,
    pub ui_errors: Rc<Vec<(Field, super::form::FieldProblem)>>,
    pub on_change: Callback<(Field, String)>,
}

/// The message next to `key`, if its value was rejected.
fn error_for(p: &FormProps, key: Field) -> Option<AttrValue> {
    if let Some((_, problem)) = p.ui_errors.iter().find(|(k, _)| *k == key) {
        return Some(t::field_error(p.lang, *problem, false, None, None).into());
    }
    let e = p.eval.error_for(key)?;
    let (range, test) = match key.kind() {
        FieldKind::Int(range) => (
            Some((
                t::int(p.lang, range.min as u64),
                t::int(p.lang, range.max as u64),
            )),
            None,
        ),
        FieldKind::Score(slot, ability) => {
            let test_key = p.form.get(slot.test()).to_owned();
            let range = LanguageTest::from_key(&test_key).map(|test| {
                let s = scale(test, ability);
                (num(s.min), num(s.max))
            });
            (range, Some(test_key))
        }
        _ => (None, None),
    };
    Some(
        t::field_error(
            p.lang,
            t::FieldProblem::Rules(e.error.code),
            e.empty,
            range,
            test.as_deref(),
        )
        .into(),
    )
}

fn num(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

fn yes_no(lang: Lang) -> Vec<(AttrValue, AttrValue)> {
    vec![
        ("false".into(), tr(lang).no.into()),
        ("true".into(), tr(lang).yes.into()),
    ]
}

fn test_options(lang: Lang, with_none: bool) -> Vec<(AttrValue, AttrValue)> {
    let mut v: Vec<(AttrValue, AttrValue)> = Vec::new();
    if with_none {
        v.push(("none".into(), t::no_test(lang).into()));
    }
    for test in LanguageTest::ALL {
        v.push((test.key().into(), t::test_name(lang, test).into()));
    }
    v
}

/// Label with "(optional)".
fn optional(lang: Lang, label: &str) -> AttrValue {
    format!("{label} ({})", tr(lang).optional).into()
}

/// Four scores of one language result, each with its CLB/NCLC level beside it.
fn scores(p: &FormProps, slot: Slot, legend: &'static str) -> Html {
    let lang = p.lang;
    let test_key = p.form.get(slot.test()).to_owned();
    let Some(test) = LanguageTest::from_key(&test_key) else {
        return html! {};
    };
    html! {
        <fieldset class="ee-scores">
            <legend>{ legend }</legend>
            <p class="ee-help">{ tr(lang).scores_help }</p>
            <div class="ee-score-grid">
            { for Ability::ALL.into_iter().zip(slot.scores()).map(|(ability, key)| {
                let value = p.form.get(key).to_owned();
                let error = error_for(p, key);
                let sc = scale(test, ability);
                let level = (error.is_none())
                    .then(|| value.trim().replace(',', ".").parse::<f64>().ok())
                    .flatten()
                    .and_then(|v| ee_rules::to_clb(test, ability, v).ok())
                    .map(|l| AttrValue::from(t::level_beside(&test_key, l)));
                html! {
                    <TextField key_name={key} label={t::ability(lang, ability)} value={value}
                        help={Some(AttrValue::from(t::scale_hint(lang, sc.min, sc.max, sc.step)))}
                        inputmode={if sc.step == 0.5 { "decimal" } else { "numeric" }}
                        beside={level} {error} on_change={p.on_change.clone()} />
                }
            }) }
            </div>
        </fieldset>
    }
}

#[function_component(CalculatorForm)]
pub fn calculator_form(p: &FormProps) -> Html {
    let lang = p.lang;
    let s = tr(lang);
    let f = &p.form;
    let cb = p.on_change.clone();
    let text = |key: Field, label: &str, help: Option<&str>, mode: &'static str| {
        html! { <TextField key_name={key} label={AttrValue::from(label.to_owned())} value={AttrValue::from(f.get(key).to_owned())}
        help={help.map(|h| AttrValue::from(h.to_owned()))} inputmode={mode} error={error_for(p, key)} on_change={cb.clone()} /> }
    };
    let date = |key: Field, label: &str, help: &str| {
        html! { <TextField key_name={key} label={optional(lang, label)} value={AttrValue::from(f.get(key).to_owned())}
        help={Some(AttrValue::from(help.to_owned()))} input_type="date" error={error_for(p, key)} on_change={cb.clone()} /> }
    };
    let check = |key: Field, label: &str, help: Option<&str>| {
        html! { <CheckField key_name={key} label={AttrValue::from(label.to_owned())} checked={f.flag(key)}
        help={help.map(|h| AttrValue::from(h.to_owned()))} on_change={cb.clone()} /> }
    };
    let select = |key: Field,
                  label: &str,
                  help: Option<&str>,
                  options: Vec<(AttrValue, AttrValue)>| {
        html! { <SelectField key_name={key} label={AttrValue::from(label.to_owned())} value={AttrValue::from(f.get(key).to_owned())}
        {options} help={help.map(|h| AttrValue::from(h.to_owned()))} error={error_for(p, key)} on_change={cb.clone()} /> }
    };
    let educations = |lang: Lang| -> Vec<(AttrValue, AttrValue)> {
        ee_rules::Education::ALL
            .into_iter()
            .map(|e| {
                (
                    AttrValue::from(e.key()),
                    AttrValue::from(t::education(lang, e)),
                )
            })
            .collect()
    };
    let canadian: Vec<(AttrValue, AttrValue)> = ee_rules::CanadianEducation::ALL
        .into_iter()
        .map(|e| {
            (
                AttrValue::from(e.key()),
                AttrValue::from(t::canadian_education(lang, e)),
            )
        })
        .collect();
    let teers: Vec<(AttrValue, AttrValue)> = (0..=5)
        .map(|i: u8| {
            (
                AttrValue::from(i.to_string()),
                AttrValue::from(format!("{} {i}", noc_text::card::text(lang).teer)),
            )
        })
        .collect();
    let quebec = f.quebec();
    let spouse = f.flag(Field::SpouseHas);
    let spouse_counts =
        spouse && f.flag(Field::SpouseAccompanying) && !f.flag(Field::SpouseCitizenOrPr);

    html! {
        <form class="ee-form nw-no-print" aria-label={s.form_label} novalidate=true onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <fieldset class="ee-section">
                <legend>{ s.sec_you }</legend>
                { check(Field::Quebec, s.quebec_label, None) }
                if !quebec {
                    { date(Field::BirthDate, s.birth_date_label, s.birth_date_help) }
                    { text(Field::Age, s.age_label, Some(s.age_help), "numeric") }
                    { select(Field::SpouseHas, s.spouse_has_label, None, yes_no(lang)) }
                }
            </fieldset>
            if !quebec {
                <fieldset class="ee-section">
                    <legend>{ s.sec_education }</legend>
                    { select(Field::Education, s.education_label, Some(s.education_help), educations(lang)) }
                    { select(Field::CanadianEducation, s.canadian_education_label, None, canadian.clone()) }
                    { date(Field::EcaDate, s.eca_date_label, &t::eca_date_help(lang)) }
                </fieldset>
                <fieldset class="ee-section">
                    <legend>{ s.sec_languages }</legend>
                    { select(Field::FirstTest, s.first_test_label, None, test_options(lang, false)) }
                    { scores(p, Slot::First, s.scores_legend_first) }
                    { date(Field::TestDate, s.test_date_label, &t::test_date_help(lang)) }
                    { select(Field::SecondTest, s.second_test_label, None, test_options(lang, true)) }
                    { scores(p, Slot::Second, s.scores_legend_second) }
                </fieldset>
                <fieldset class="ee-section">
                    <legend>{ s.sec_work }</legend>
                    { text(Field::Noc, &optional(lang, s.noc_label), Some(s.noc_help), "numeric") }
                    { select(Field::WorkTeer, s.work_teer_label, Some(s.work_teer_help), teers) }
                    { text(Field::CanadianWorkYears, s.canadian_work_label, Some(&t::canadian_work_help(lang)), "numeric") }
                    { date(Field::CweStart, s.cwe_start_label, s.cwe_start_help) }
                    { text(Field::ForeignWorkYears, s.foreign_work_label, None, "numeric") }
                    { text(Field::TradeWorkYears, s.trade_work_label, None, "numeric") }
                    { check(Field::TradeCertificate, s.trade_certificate_label, None) }
                    { check(Field::JobOfferHas, s.job_offer_label, None) }
                    if f.flag(Field::JobOfferHas) {
                        { text(Field::JobOfferNoc, s.job_offer_noc_label, Some(&t::job_offer_noc_help(lang)), "numeric") }
                    }
                </fieldset>
                if spouse {
                    <fieldset class="ee-section">
                        <legend>{ s.sec_spouse }</legend>
                        { check(Field::SpouseAccompanying, s.spouse_accompanying_label, None) }
                        { check(Field::SpouseCitizenOrPr, s.spouse_pr_label, None) }
                        if spouse_counts {
                            { select(Field::SpouseEducation, s.spouse_education_label, None, educations(lang)) }
                            { select(Field::SpouseTest, s.spouse_test_label, None, test_options(lang, true)) }
                            { scores(p, Slot::Spouse, s.scores_legend_spouse) }
                            { text(Field::SpouseCanadianWorkYears, s.spouse_cwe_label, None, "numeric") }
                            { check(Field::SpouseCanadianStudy, s.spouse_study_label, None) }
                        }
                    </fieldset>
                }
                <fieldset class="ee-section">
                    <legend>{ s.sec_extras }</legend>
                    { check(Field::ProvincialNomination, s.pnp_label, None) }
                    { check(Field::SiblingInCanada, s.sibling_label, None) }
                    { check(Field::RelativeInCanada, s.relative_label, Some(s.relative_help)) }
                    { text(Field::FamilySize, s.family_size_label, Some(s.family_size_help), "numeric") }
                    { text(Field::SettlementFundsCad, s.funds_label, None, "numeric") }
                </fieldset>
            }
        </form>
    }
}
