//! `noc assess` (skeleton)
pub fn run(_args: &[String]) -> i32 {
    eprintln!("noc assess: not implemented yet");
    1
}
