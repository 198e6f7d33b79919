//! `noc show` (skeleton)
pub fn run(_args: &[String]) -> i32 {
    eprintln!("noc show: not implemented yet");
    1
}
