//! `noc`: the command-line face of the widget's core. Each subcommand lives in its own module, with
//! its arguments (a `clap::Args` struct) next to its code; this file only dispatches.
use clap::{Parser, Subcommand};
use noc_data::Lang;

mod assess;
mod export;
mod output;
mod rounds;
mod routes_cmd;
mod search;
mod show;
mod similar;

/// NOC 2021 occupations and the Express Entry rules, on the same core as the widget.
#[derive(Debug, Parser)]
#[command(name = "noc", version, arg_required_else_help = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show one occupation card (unit group) as text or JSON.
    Show(show::Args),
    /// Search occupations by title, NOC 2021 or 2016 code, or duties.
    Search(search::Args),
    /// Assess Express Entry profiles: one profile JSON per stdin line, one result or error per line out.
    Assess(assess::Args),
    /// Write the data files the widget loads into DIR, with a size table.
    ExportData(export::Args),
    /// List Express Entry rounds of invitations, or import a newer copy of IRCC's feed.
    Rounds(rounds::Args),
    /// Occupations with the closest OaSIS skill ratings: what each asks more, what you already use.
    Similar(similar::Args),
    /// Routes to permanent residence beyond Express Entry (provincial nominee streams, federal pilots, Québec) for an occupation, or every program (--list).
    Routes(routes_cmd::Args),
}

/// `--lang en|fr` (also `EN`, `fr-CA`: the language part of a tag).
pub fn lang_arg(value: &str) -> Result<Lang, String> {
    Lang::parse(value).ok_or_else(|| format!("'{value}' is not en or fr"))
}

/// Parses a command line (the program name first); usage errors and `--help` come back as errors.
pub fn parse_from<I, T>(args: I) -> Result<Cli, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    Cli::try_parse_from(args)
}

/// The usage line(s) of `noc` or of `noc SUBCOMMAND`, as `--help` starts them.
fn usage_of(subcommand: Option<&str>) -> String {
    use clap::CommandFactory;
    let mut cli = Cli::command();
    cli.build();
    match subcommand.and_then(|name| cli.find_subcommand_mut(name)) {
        Some(cmd) => cmd.render_usage().to_string(),
        None => cli.render_usage().to_string(),
    }
}

/// Prints `noc SUBCOMMAND: message` and that command's usage to stderr; returns the exit code 2.
pub fn usage_error(subcommand: &str, message: &str) -> i32 {
    eprintln!("error: {message}\n\n{}", usage_of(Some(subcommand)));
    2
}

fn main() {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        // `--help`, `-h`, `help`, `--version`: to stdout, exit 0.
        Err(e) if !e.use_stderr() => e.exit(),
        // Every usage error: clap's message, the usage of the command concerned, exit 2.
        Err(e) => {
            let mut message = e.render().to_string();
            if !message.contains("Usage:") {
                let usage = usage_of(std::env::args().nth(1).as_deref());
                match message.find("\nFor more information") {
                    Some(at) => message.insert_str(at, &format!("\n{usage}\n")),
                    None => message.push_str(&format!("\n{usage}\n")),
                }
            }
            eprint!("{message}");
            std::process::exit(2);
        }
    };
    let code = match &cli.command {
        Command::Show(args) => show::run(args),
        Command::Search(args) => search::run(args),
        Command::Assess(args) => assess::run(args),
        Command::ExportData(args) => export::run(args),
        Command::Rounds(args) => rounds::run(args),
        Command::Similar(args) => similar::run(args),
        Command::Routes(args) => routes_cmd::run(args),
    };
    std::process::exit(code);
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn the_command_line_definition_is_consistent() {
        super::Cli::command().debug_assert();
    }
}
