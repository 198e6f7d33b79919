//! `noc export` (skeleton)
pub fn run(_args: &[String]) -> i32 {
    eprintln!("noc export: not implemented yet");
    1
}
