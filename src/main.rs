//! The `promptwall` command line. `anyhow` lives only here.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};

use promptwall::config::Config;

#[derive(Parser, Debug)]
#[command(name = "promptwall", version, about = "Egress filter for AI traffic")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Run the proxy (the default when no command is given).
    Run {
        /// Config file; without it the built-in default (deploy/promptwall.yaml).
        #[arg(long)]
        config: Option<PathBuf>,
    },
    /// Manage the interception CA.
    Ca {
        #[command(subcommand)]
        command: CaCommand,
    },
    /// Validate a config file; exits non-zero with file, line and reason.
    Check {
        #[arg(long)]
        config: Option<PathBuf>,
    },
    /// Run the detectors offline on files or stdin; exit 1 when something is found.
    Scan(promptwall::inspect::scan::ScanArgs),
    /// Passive report of AI usage by source address (live capture or pcap).
    Discover(promptwall::discover::DiscoverArgs),
}

#[derive(Subcommand, Debug)]
enum CaCommand {
    /// Create a new CA (certificate + 0600 key), name-constrained to the catalogue.
    Init {
        #[arg(long, default_value = "certs")]
        dir: PathBuf,
        /// Config whose catalogue sets the name constraints.
        #[arg(long)]
        config: Option<PathBuf>,
        /// Create a CA without name constraints (it can then sign for any name).
        #[arg(long)]
        no_name_constraints: bool,
        /// Replace an existing CA in DIR.
        #[arg(long)]
        force: bool,
    },
    /// Print subject, fingerprint, constraints and expiry.
    Show {
        #[arg(long, default_value = "certs")]
        dir: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command.unwrap_or(Command::Run { config: None }) {
        Command::Run { config } => run(config),
        Command::Ca { command } => ca(command),
        Command::Check { config } => check(config),
        Command::Scan(args) => promptwall::inspect::scan::run(&args)
            .map(ExitCode::from)
            .map_err(anyhow::Error::from),
        Command::Discover(args) => promptwall::discover::run(&args).map_err(anyhow::Error::from),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("promptwall: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn run(config: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    let cfg = Config::load_or_builtin(config.as_deref())?;
    promptwall::telemetry::logging::init(&cfg.log).context("setting up logging")?;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the tokio runtime")?;
    rt.block_on(promptwall::app::run(cfg, config))?;
    Ok(ExitCode::SUCCESS)
}

fn ca(command: CaCommand) -> anyhow::Result<ExitCode> {
    use promptwall::tls::ca;
    match command {
        CaCommand::Init {
            dir,
            config,
            no_name_constraints,
            force,
        } => {
            let cfg = Config::load_or_builtin(config.as_deref())?;
            let domains = if no_name_constraints {
                Vec::new()
            } else {
                cfg.catalogue.constraint_domains()
            };
            let paths = ca::init(&dir, &domains, force)?;
            println!("CA certificate: {}", paths.cert.display());
            println!(
                "CA key (mode 0600, keep it secret): {}",
                paths.key.display()
            );
            println!(
                "name constraints: {}",
                if domains.is_empty() {
                    "none (this CA can sign for any name)".to_string()
                } else {
                    format!("{} permitted DNS subtrees", domains.len())
                }
            );
        }
        CaCommand::Show { dir } => {
            print!("{}", ca::describe(&dir)?);
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn check(config: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    match Config::load_or_builtin(config.as_deref()) {
        Ok(cfg) => {
            println!("{}: ok", cfg.source);
            println!(
                "catalogue: {} services (built-in {})",
                cfg.catalogue.services().len(),
                promptwall::config::catalogue::BUILTIN_VERSION
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(err) => {
            eprintln!("{err}");
            Ok(ExitCode::from(1))
        }
    }
}
