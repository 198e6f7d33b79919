//! The widget's stylesheet: base (host reset, theme properties) plus each area's CSS, compiled in.
//! The loader puts it into one constructable stylesheet per page, adopted by every shadow root, so it
//! works under a strict `style-src` and is parsed once however many elements the page has.

#[cfg(feature = "full")]
const PARTS: [&str; 5] = [
    include_str!("../../static/css/base.css"),
    include_str!("../../static/css/card.css"),
    include_str!("../../static/css/search.css"),
    include_str!("../../static/css/calculator.css"),
    include_str!("../../static/css/widget.css"),
];

/// The card-only build carries only what a card uses; the loader never lets it replace the full
/// build's stylesheet.
#[cfg(not(feature = "full"))]
const PARTS: [&str; 2] = [
    include_str!("../../static/css/base.css"),
    include_str!("../../static/css/card.css"),
];

/// All of the widget's CSS, base first so areas can use its custom properties.
pub fn css() -> String {
    PARTS.join("\n")
}
