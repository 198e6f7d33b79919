//! `window.NocWidget`: search, occupation, assess, suggest for page scripts. The loader wraps these so
//! every method returns a Promise; bad arguments reject with an `Error` whose message starts with the
//! field name ("limit: must be a whole number from 1 to 100") and whose `field` property holds it.
#[cfg(feature = "full")]
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[cfg(feature = "full")]
use super::js_error::field_error;

#[cfg(feature = "full")]
/// Plain JS objects (not `Map`s), `null` for `None`, as `JSON.parse` of the CLI's output would give.
pub(crate) fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| field_error("", &format!("cannot convert the result: {e}")))
}

#[cfg(feature = "full")]
fn rules_error(error: ee_rules::ProfileError) -> JsValue {
    let js = field_error(&error.field, &error.message);
    let _ = js_sys::Reflect::set(
        &js,
        &JsValue::from_str("code"),
        &JsValue::from_str(error.code.key()),
    );
    js
}

#[cfg(feature = "full")]
fn profile_from_js(profile: JsValue) -> Result<ee_rules::Profile, JsValue> {
    if !profile.is_object() || super::input::is_list(&profile) {
        return Err(field_error(
            "profile",
            "must be an object (see docs/profile.md)",
        ));
    }
    let raw = super::input::read(profile, "profile", ee_rules::bounded::Limits::PROFILE)?;
    let v = ee_rules::validate(&raw, None);
    match (v.profile, v.errors.first()) {
        (Some(p), None) => Ok(p),
        (_, Some(first)) => {
            // `field`, `message`, `code` of the first error, as before; `errors` lists them all.
            let js = rules_error(first.clone());
            if let Ok(list) = to_js(&v.errors) {
                let _ = js_sys::Reflect::set(&js, &JsValue::from_str("errors"), &list);
            }
            Err(js)
        }
        (None, None) => Err(field_error("profile", "cannot be read")),
    }
}

#[cfg(feature = "full")]
/// `NocWidget.assess(profile)`: the assessment of docs/profile.md, the same as `noc assess`.
#[wasm_bindgen(js_name = apiAssess)]
pub fn api_assess(profile: JsValue) -> Result<JsValue, JsValue> {
    let profile = profile_from_js(profile)?;
    to_js(&ee_rules::assess(&profile))
}

#[cfg(feature = "full")]
/// `NocWidget.suggest(profile)`: changes that would raise the CRS score, best first.
#[wasm_bindgen(js_name = apiSuggest)]
pub fn api_suggest(profile: JsValue) -> Result<JsValue, JsValue> {
    let profile = profile_from_js(profile)?;
    to_js(&ee_rules::suggest(&profile))
}

/// The NOC data release the widget carries.
#[wasm_bindgen(js_name = dataVersion)]
pub fn data_version() -> String {
    noc_data::DATA_VERSION.to_owned()
}

#[cfg(feature = "full")]
/// Reads `options.lang` ("en", "fr", or a tag such as "fr-CA"; default "en").
fn lang_option(options: &JsValue) -> Result<noc_data::Lang, JsValue> {
    let value = option(options, "lang")?;
    if value.is_undefined() || value.is_null() {
        return Ok(noc_data::Lang::En);
    }
    super::input::text(&value, "lang", 100)?
        .and_then(|tag| noc_data::Lang::parse(&tag))
        .ok_or_else(|| field_error("lang", "must be \"en\" or \"fr\""))
}

#[cfg(feature = "full")]
/// `options[name]`, undefined when options is undefined/null; an error when options is not an object.
fn option(options: &JsValue, name: &str) -> Result<JsValue, JsValue> {
    if options.is_undefined() || options.is_null() {
        return Ok(JsValue::UNDEFINED);
    }
    if !options.is_object() || super::input::is_list(options) {
        return Err(field_error(
            "options",
            "must be an object such as { lang: \"en\" }",
        ));
    }
    super::input::property(options, name).ok_or_else(|| field_error("options", "cannot be read"))
}

#[cfg(feature = "full")]
/// `NocWidget.occupation(code, {lang})`: the occupation card (the same data `noc show --json` prints).
#[wasm_bindgen(js_name = apiOccupation)]
pub async fn api_occupation(code: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let lang = lang_option(&options)?;
    let code = super::input::text(&code, "code", 100)?.ok_or_else(|| {
        field_error(
            "code",
            "must be a five-digit NOC 2021 code as a string, such as \"22220\"",
        )
    })?;
    let code = code.trim().to_owned();
    if code.len() != 5 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(field_error(
            "code",
            &format!("must be five digits, such as \"22220\"; got {code:?}"),
        ));
    }
    let store = super::data::ensure_files(&noc_data::Store::files_for_card(&code, lang))
        .await
        .map_err(|e| field_error("", &format!("data could not be loaded: {e}")))?;
    let occupation = store.borrow().occupation(&code, lang);
    match occupation {
        Ok(occupation) => to_js(&occupation),
        Err(e @ (noc_data::CardError::Malformed { .. } | noc_data::CardError::Unknown { .. })) => {
            Err(field_error("code", &e.to_string()))
        }
        Err(e) => Err(field_error("", &e.to_string())),
    }
}

/// The date of the Express Entry rules the calculator applies (YYYY-MM-DD).
#[wasm_bindgen(js_name = rulesAsOf)]
pub fn rules_as_of() -> String {
    ee_rules::ruleset::current().rules_as_of().to_owned()
}

#[cfg(feature = "full")]
/// One search result as page scripts receive it.
#[derive(Serialize)]
struct SearchResult<'a> {
    code: &'a str,
    /// The unit group's title in the requested language.
    title: String,
    /// The title, example or code that matched the query.
    matched: &'a str,
    /// Why it matched: `{ type: "code2021" }`, `{ type: "code2016", code2016, change }`, `{ type: "title", ... }`.
    kind: &'a noc_search::HitKind,
    score: f32,
}

#[cfg(feature = "full")]
/// `NocWidget.search(query, {lang, limit})`: ranked unit groups for a title, 2021 code or 2016 code.
#[wasm_bindgen(js_name = apiSearch)]
pub async fn api_search(query: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    // 200 characters are at most 400 UTF-16 code units: longer text is refused before it is copied.
    let query = super::input::text(&query, "query", 400)
        .map_err(|_| field_error("query", "must be at most 200 characters"))?
        .ok_or_else(|| field_error("query", "must be a string"))?;
    if query.chars().count() > 200 {
        return Err(field_error("query", "must be at most 200 characters"));
    }
    let lang = lang_option(&options)?;
    let limit = option(&options, "limit")?;
    let limit = if limit.is_undefined() || limit.is_null() {
        10
    } else {
        match limit.as_f64() {
            Some(n) if n.fract() == 0.0 && (1.0..=100.0).contains(&n) => n as usize,
            _ => return Err(field_error("limit", "must be a whole number from 1 to 100")),
        }
    };
    if query.trim().is_empty() {
        return to_js::<[SearchResult]>(&[]);
    }
    let store = super::data::ensure_files(&noc_data::Store::files_for_title_search(lang))
        .await
        .map_err(|e| field_error("", &format!("data could not be loaded: {e}")))?;
    let index = noc_ui::search::indexes::title_index(&store.borrow(), lang);
    // As `<noc-search>` and `noc search` do: when the page language's titles cover the query
    // poorly, the other language's are loaded and asked too ("luthier" on an English page).
    // One search of the page language: its coverage decides whether the other is needed.
    let own = noc_search::search_own(&index, &query, limit);
    let other = if own.needs_other_language(&query) {
        let other_lang = if lang == noc_data::Lang::En {
            noc_data::Lang::Fr
        } else {
            noc_data::Lang::En
        };
        match super::data::ensure_files(&noc_data::Store::files_for_title_search(other_lang)).await
        {
            Ok(s) => Some(noc_ui::search::indexes::title_index(
                &s.borrow(),
                other_lang,
            )),
            Err(_) => None,
        }
    } else {
        None
    };
    let store = store.borrow();
    let hits = own.with_other(other.as_deref(), &query, limit);
    let results: Vec<SearchResult> = hits
        .iter()
        .map(|hit| SearchResult {
            code: &hit.code,
            title: store.title(&hit.code, lang).unwrap_or_default(),
            matched: &hit.matched,
            kind: &hit.kind,
            score: hit.score,
        })
        .collect();
    to_js(&results)
}

/// Test builds only: traps the instance at once (as a stack overflow or a panic under
/// `panic = "abort"` would), so tests can check that the loader restarts it.
#[cfg(feature = "test-hooks")]
#[wasm_bindgen(js_name = testTrap)]
pub fn test_trap() {
    #[cfg(target_arch = "wasm32")]
    core::arch::wasm32::unreachable();
}

/// Test builds only: traps later, inside a task of the async executor (not in the call itself), as
/// a failure while data loads would.
#[cfg(feature = "test-hooks")]
#[wasm_bindgen(js_name = testTrapLater)]
pub async fn test_trap_later() -> Result<JsValue, JsValue> {
    let tick = js_sys::Promise::resolve(&JsValue::NULL);
    let _ = wasm_bindgen_futures::JsFuture::from(tick).await;
    #[cfg(target_arch = "wasm32")]
    core::arch::wasm32::unreachable();
    #[allow(unreachable_code)]
    Ok(JsValue::UNDEFINED)
}
