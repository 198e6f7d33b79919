//! The widget's stylesheet: base (host reset, theme properties) plus each area's CSS, compiled into the
//! full build. The loader puts it into one constructable stylesheet per page, adopted by every shadow
//! root, so it works under a strict `style-src` and is parsed once however many elements the page has.
//! `make dist` also writes it as `noc-widget.css`, which the pre-rendered paints use; the card-only build
//! carries no CSS of its own (it only ever ships beside that file, and the loader fetches it for it).

const PARTS: [&str; 6] = [
    include_str!("../../static/css/base.css"),
    include_str!("../../static/css/card.css"),
    include_str!("../../static/css/search.css"),
    include_str!("../../static/css/calculator.css"),
    include_str!("../../static/css/widget.css"),
    // Last: forced colours override the areas' colours.
    include_str!("../../static/css/forced-colors.css"),
];

/// All of the widget's CSS, base first so areas can use its custom properties.
pub fn css() -> String {
    PARTS.join("\n")
}
