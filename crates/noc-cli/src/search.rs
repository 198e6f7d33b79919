//! `noc search` (skeleton)
pub fn run(_args: &[String]) -> i32 {
    eprintln!("noc search: not implemented yet");
    1
}
