//! `noc export-data DIR`: writes every data blob the widget loads, with a size table.

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

pub fn run(args: &[String]) -> i32 {
    let [dir] = args else {
        eprintln!("usage: noc export-data DIR");
        return 2;
    };
    let dir = Path::new(dir);
    let compressor = pick_compressor();
    println!("{:<24} {:>10} {:>10}", "file", "raw", compressor.map(|c| c.0).unwrap_or("compressed"));
    let (mut total_raw, mut total_comp) = (0usize, 0usize);
    for name in noc_data::FILES {
        let Some(bytes) = noc_data::bundled_bytes(name) else {
            eprintln!("noc export-data: {name} is not bundled in this build");
            return 1;
        };
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            if let Err(e) = std::fs::create_dir_all(parent) {
                eprintln!("noc export-data: cannot create {}: {e}", parent.display());
                return 1;
            }
        }
        if let Err(e) = std::fs::write(&path, bytes) {
            eprintln!("noc export-data: cannot write {}: {e}", path.display());
            return 1;
        }
        let comp = compressor.and_then(|(_, cmd, args)| compressed_len(cmd, args, bytes));
        total_raw += bytes.len();
        total_comp += comp.unwrap_or(0);
        println!("{name:<24} {:>10} {:>10}", bytes.len(), comp.map(|c| c.to_string()).unwrap_or("-".into()));
    }
    println!("{:<24} {total_raw:>10} {total_comp:>10}", "total");
    0
}

/// brotli when the command exists, else gzip, else none.
fn pick_compressor() -> Option<(&'static str, &'static str, &'static [&'static str])> {
    let candidates: [(&str, &str, &[&str]); 2] = [("brotli", "brotli", &["-c", "-q", "11"]), ("gzip -9", "gzip", &["-c", "-9"])];
    candidates.into_iter().find(|(_, cmd, _)| {
        Command::new(cmd).arg("--version").stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok_and(|s| s.success())
    })
}

fn compressed_len(cmd: &str, args: &[&str], bytes: &[u8]) -> Option<usize> {
    let mut child = Command::new(cmd).args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::null()).spawn().ok()?;
    let mut stdin = child.stdin.take()?;
    let data = bytes.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&data));
    let out = child.wait_with_output().ok()?;
    writer.join().ok()?.ok()?;
    out.status.success().then_some(out.stdout.len())
}
