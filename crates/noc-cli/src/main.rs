//! `noc`: the command-line face of the widget's core. Each subcommand lives in its own module.
mod assess;
mod export;
#[cfg(test)]
mod golden;
mod immigration;
mod rounds;
mod search;
mod show;

const USAGE: &str = "usage:
  noc show CODE [--lang en|fr] [--json]
  noc search QUERY [--lang en|fr] [--limit N] [--json]
  noc assess [--pretty]            (profiles as JSON lines on stdin)
  noc export-data DIR              (write the data files the widget loads)
  noc rounds [--category C] [--since YYYY-MM-DD] [--json] [--data DIR]
  noc rounds import FILE [--data DIR]   (refresh data/ircc from IRCC's feed)";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (command, rest) = match args.split_first() {
        Some((c, r)) => (c.as_str(), r.to_vec()),
        None => {
            eprintln!("{USAGE}");
            std::process::exit(2);
        }
    };
    let code = match command {
        "show" => show::run(&rest),
        "search" => search::run(&rest),
        "assess" => assess::run(&rest),
        "export-data" => export::run(&rest),
        "rounds" => rounds::run(&rest),
        "-h" | "--help" | "help" => {
            println!("{USAGE}");
            0
        }
        other => {
            eprintln!("noc: unknown command '{other}'\n{USAGE}");
            2
        }
    };
    std::process::exit(code);
}
