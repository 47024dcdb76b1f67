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
    /// Validate a config file and print the effective policy; exits 1 with file, line and reason.
    Check {
        #[arg(long)]
        config: Option<PathBuf>,
    },
    /// Print the fingerprint of an API key read from stdin, for policy.api_keys.
    Fingerprint {
        #[arg(long)]
        config: Option<PathBuf>,
    },
    /// Print a users-file line (argon2id) for USER with the password read from stdin.
    Passwd { user: String },
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
        Command::Fingerprint { config } => fingerprint(config),
        Command::Passwd { user } => passwd(user),
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
    let cfg = match Config::load_or_builtin(config.as_deref()) {
        Ok(cfg) => cfg,
        Err(err) => {
            eprintln!("{err}");
            return Ok(ExitCode::from(1));
        }
    };
    let source = cfg.source.clone();
    let live = match promptwall::enforce::Live::build(cfg, None) {
        Ok(l) => l,
        Err(err) => {
            eprintln!("{err}");
            return Ok(ExitCode::from(1));
        }
    };
    println!("{source}: ok (version {})", live.version);
    println!(
        "catalogue: {} services (built-in {}), detectors: {}",
        live.config.catalogue.services().len(),
        promptwall::config::catalogue::BUILTIN_VERSION,
        live.inspector.engine().detectors().len()
    );
    print!("{}", promptwall::enforce::live::effective_policy(&live));
    Ok(ExitCode::SUCCESS)
}

fn fingerprint(config: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    let cfg = Config::load_or_builtin(config.as_deref())?;
    let inspector = promptwall::inspect::Inspector::new(&cfg.detect)?;
    let mut key = String::new();
    std::io::stdin()
        .read_line(&mut key)
        .context("reading the API key from stdin")?;
    let key = key.trim();
    anyhow::ensure!(
        !key.is_empty(),
        "give the API key on stdin, e.g. `printf %s \"$KEY\" | promptwall fingerprint`"
    );
    println!(
        "{}",
        promptwall::enforce::request::fingerprint(&inspector, key)
    );
    Ok(ExitCode::SUCCESS)
}

fn passwd(user: String) -> anyhow::Result<ExitCode> {
    anyhow::ensure!(
        !user.is_empty() && !user.contains(':'),
        "user name must be non-empty and contain no ':'"
    );
    let mut pw = String::new();
    std::io::stdin()
        .read_line(&mut pw)
        .context("reading the password from stdin")?;
    let pw = pw.trim_end_matches(['\n', '\r']);
    anyhow::ensure!(!pw.is_empty(), "give the password on stdin");
    let hash = promptwall::identity::users::hash_password(pw).map_err(anyhow::Error::msg)?;
    println!("{user}:{hash}");
    Ok(ExitCode::SUCCESS)
}
