//! `prerender DIST`: writes the first paint of every element (yew's server renderer, the same
//! components the WebAssembly runs) into `DIST/prerender/{en,fr}/…html`, and the widget's stylesheet
//! into `DIST/noc-widget.css`. Run by scripts/dist.sh (`cargo run --profile prerender --features ssr
//! --bin prerender`).
use std::fs;
use std::path::PathBuf;
use std::process::ExitCode;

use noc_data::Lang;
use noc_ui::ssr;

fn main() -> ExitCode {
    let Some(dist) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: prerender DIST_DIR");
        return ExitCode::from(2);
    };
    let today = ssr::today();
    let result = ssr::block_on(async {
        let mut count = 0usize;
        let mut bytes = 0usize;
        for lang in [Lang::En, Lang::Fr] {
            let dir = dist.join("prerender").join(lang.code());
            fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            for (name, config) in ssr::first_paints(lang) {
                let html = ssr::render(config, today).await;
                let path = dist.join("prerender").join(&name);
                fs::write(&path, &html).map_err(|e| format!("{}: {e}", path.display()))?;
                count += 1;
                bytes += html.len();
            }
        }
        let css = noc_widget_app::embed::styles::css();
        let path = dist.join("noc-widget.css");
        fs::write(&path, css).map_err(|e| format!("{}: {e}", path.display()))?;
        Ok::<_, String>((count, bytes))
    });
    match result {
        Ok((count, bytes)) => {
            println!(
                "[prerender] {count} first paints ({} KB), dated {today}",
                bytes / 1024
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}
