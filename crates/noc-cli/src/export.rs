//! `noc export-data DIR [--no-compress]`: writes every data blob the widget loads, with a size
//! table (raw bytes, and brotli -q 11 when a `brotli` command exists, else gzip -9;
//! `--no-compress` skips the measurement, which takes a few seconds).

use std::io::Write as _;
use std::process::{Command, Stdio};

/// `noc export-data DIR [--no-compress]`
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Directory to write the data files into (created if missing).
    #[arg(value_name = "DIR")]
    pub dir: std::path::PathBuf,
    /// Skip measuring compressed sizes (brotli or gzip), which takes a few seconds.
    #[arg(long)]
    pub no_compress: bool,
}

pub fn run(args: &Args) -> i32 {
    let measure = !args.no_compress;
    let dir = args.dir.as_path();
    let compressor = if measure { pick_compressor() } else { None };
    let mut blobs: Vec<(&str, &[u8])> = Vec::new();
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
        blobs.push((name, bytes));
    }
    let compressed = match compressor {
        Some((_, cmd, cargs)) => measure_all(cmd, cargs, &blobs),
        None => vec![None; blobs.len()],
    };
    println!(
        "{:<24} {:>10} {:>10}",
        "file",
        "raw",
        compressor.map(|c| c.0).unwrap_or("compressed")
    );
    let (mut total_raw, mut total_comp) = (0usize, 0usize);
    for ((name, bytes), comp) in blobs.iter().zip(&compressed) {
        total_raw += bytes.len();
        total_comp += comp.unwrap_or(0);
        println!(
            "{name:<24} {:>10} {:>10}",
            bytes.len(),
            comp.map(|c| c.to_string()).unwrap_or("-".into())
        );
    }
    println!(
        "{:<24} {total_raw:>10} {:>10}",
        "total",
        if compressor.is_some() {
            total_comp.to_string()
        } else {
            "-".into()
        }
    );
    0
}

/// Compressed sizes, one worker per core.
fn measure_all(cmd: &str, args: &[&str], blobs: &[(&str, &[u8])]) -> Vec<Option<usize>> {
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results = std::sync::Mutex::new(vec![None; blobs.len()]);
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some((_, bytes)) = blobs.get(i) else {
                    break;
                };
                let len = compressed_len(cmd, args, bytes);
                results.lock().unwrap()[i] = len;
            });
        }
    });
    results.into_inner().unwrap()
}

/// brotli when the command exists, else gzip, else none.
fn pick_compressor() -> Option<(&'static str, &'static str, &'static [&'static str])> {
    let candidates: [(&str, &str, &[&str]); 2] = [
        ("brotli", "brotli", &["-c", "-q", "11"]),
        ("gzip -9", "gzip", &["-c", "-9"]),
    ];
    candidates.into_iter().find(|(_, cmd, _)| {
        Command::new(cmd)
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    })
}

fn compressed_len(cmd: &str, args: &[&str], bytes: &[u8]) -> Option<usize> {
    let mut child = Command::new(cmd)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let mut stdin = child.stdin.take()?;
    let data = bytes.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&data));
    let out = child.wait_with_output().ok()?;
    writer.join().ok()?.ok()?;
    out.status.success().then_some(out.stdout.len())
}

#[cfg(test)]
mod tests {
    #[test]
    fn writes_every_file_and_the_store_reads_them_back() {
        let dir = std::env::temp_dir().join(format!("noc-export-test-{}", std::process::id()));
        let args = super::Args {
            dir: dir.clone(),
            no_compress: true,
        };
        assert_eq!(super::run(&args), 0);
        let mut store = noc_data::Store::new();
        for name in noc_data::FILES {
            let bytes = std::fs::read(dir.join(name)).unwrap();
            store.insert(name, &bytes).unwrap();
        }
        assert_eq!(
            store.card("22221", noc_data::Lang::Fr).unwrap().code,
            "22221"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
