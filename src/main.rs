//! The `chitieu` command: parses arguments, builds checked options, calls
//! the library, maps the outcome to an exit status.

mod cmd;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Exit statuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Every input extracted.
    Ok = 0,
    /// Some inputs failed; the others were extracted.
    SomeFailed = 1,
    /// Bad usage or options (clap also exits 2).
    Usage = 2,
}

impl From<Exit> for ExitCode {
    fn from(e: Exit) -> ExitCode {
        ExitCode::from(e as u8)
    }
}

/// Vietnamese government decisions and dispatches → structured target records (chitieu/1).
#[derive(Parser)]
#[command(name = "chitieu", version, about, long_about = None)]
struct Cli {
    /// Rules directory to load instead of the built-in rules (also CHITIEU_RULES).
    #[arg(long, global = true, env = "CHITIEU_RULES", value_name = "DIR")]
    rules: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract documents and targets from files, directories or stdin (-).
    Extract(cmd::extract::Args),
    /// Score an extraction against hand-checked gold answers.
    Eval(cmd::eval::Args),
    /// Print the JSON Schema of the output (chitieu/1).
    Schema,
    /// Check the rules directory: every file loads and every pattern compiles.
    CheckRules,
    /// Say which readers are available and what to install for the others.
    Doctor,
}

/// Extraction allocates many short strings; mimalloc serves them in about
/// 10 % less time than the system allocator (measured on bench-out/).
#[global_allocator]
static GLOBAL: chitieu::alloc::MiMalloc = chitieu::alloc::MiMalloc;

/// mimalloc asks Linux for transparent huge pages, and the kernel zeroes a
/// whole 2 MiB page at the first touch of each: 6 % of a run's time on a
/// working set of 20 MiB, and twice the resident memory (measured with perf
/// on bench-out/). The process opts out once, before the work starts.
fn disable_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE takes integer arguments and touches no
    // memory of ours; on a kernel without it the call fails and nothing
    // changes.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

fn main() -> ExitCode {
    disable_huge_pages();
    let cli = Cli::parse();
    let rules = match &cli.rules {
        Some(dir) => chitieu::Rules::load(dir),
        None => chitieu::Rules::builtin(),
    };
    let rules = match rules {
        Ok(r) => std::sync::Arc::new(r),
        Err(e) => {
            eprintln!("chitieu: {e}");
            return Exit::Usage.into();
        }
    };
    let exit = match cli.command {
        Command::Extract(args) => cmd::extract::run(args, &rules),
        Command::Eval(args) => cmd::eval::run(args, &rules),
        Command::Schema => cmd::schema::run(),
        Command::Doctor => cmd::doctor::run(),
        Command::CheckRules => {
            println!("rules ok: {} indicators", rules.indicators.len());
            Exit::Ok
        }
    };
    exit.into()
}
