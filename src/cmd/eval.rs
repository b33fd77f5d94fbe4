//! `chitieu eval --gold DIR INPUT…`: extracts the inputs and scores them
//! against hand-checked answers, listing every miss and extra. With
//! `--pred FILE` it scores an extraction already written instead.

use std::path::PathBuf;

use chitieu::eval::{prf, score};
use chitieu::Rules;
use clap::Args as ClapArgs;
use serde_json::Value;

use super::extract::{for_each_in_order, ReadArgs};
use super::inputs::collect;
use crate::Exit;

#[derive(ClapArgs, Debug)]
pub struct Args {
    /// Gold answers: a directory of JSON files, or one file.
    #[arg(long, value_name = "DIR")]
    pub gold: PathBuf,
    /// Score this extraction (JSON Lines or a JSON array) instead of extracting.
    #[arg(long, value_name = "FILE", conflicts_with = "inputs")]
    pub pred: Vec<PathBuf>,
    /// Inputs to extract and score.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<String>,
    /// Print every miss, extra and wrong field (default: the first 60).
    #[arg(long, short = 'v')]
    pub verbose: bool,
    /// Exit 1 when targets F1 falls below this.
    #[arg(long, value_name = "F1")]
    pub min_f1: Option<f64>,
    /// Exit 1 when the header-field rate falls below this.
    #[arg(long, value_name = "RATE")]
    pub min_fields: Option<f64>,
    /// Files processed in parallel.
    #[arg(long, short = 'j')]
    pub jobs: Option<usize>,
    #[command(flatten)]
    pub read: ReadArgs,
}

fn load_pred(paths: &[PathBuf]) -> Result<Vec<Value>, String> {
    let mut out = Vec::new();
    for p in paths {
        let text = std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
        let t = text.trim();
        if t.is_empty() {
            continue;
        }
        if t.starts_with('[') {
            let v: Vec<Value> = serde_json::from_str(t).map_err(|e| format!("{}: {e}", p.display()))?;
            out.extend(v);
        } else {
            for (i, l) in t.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
                out.push(serde_json::from_str(l).map_err(|e| format!("{}:{}: {e}", p.display(), i + 1))?);
            }
        }
    }
    Ok(out)
}

pub fn run(args: Args, rules: &std::sync::Arc<Rules>) -> Exit {
    let mut failed = false;
    let pred: Vec<Value> = if !args.pred.is_empty() {
        match load_pred(&args.pred) {
            Ok(p) => p,
            Err(e) => {
                eprintln!("chitieu: {e}");
                return Exit::Usage;
            }
        }
    } else {
        if args.inputs.is_empty() {
            eprintln!("chitieu: eval needs INPUT files or --pred FILE");
            return Exit::Usage;
        }
        let (inputs, errors) = collect(&args.inputs);
        for e in &errors {
            eprintln!("chitieu: {e}");
            failed = true;
        }
        let jobs = args.jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())).max(1);
        let mut pred = Vec::new();
        let opts = args.read.options_for(jobs, inputs.len());
        for_each_in_order(
            &inputs,
            rules,
            &opts,
            jobs,
            |_, outcome| outcome,
            |_, outcome| match outcome {
                Ok(docs) => pred.extend(docs.iter().filter_map(|d| serde_json::to_value(d).ok())),
                Err(e) => {
                    eprintln!("chitieu: {e}");
                    failed = true;
                }
            },
        );
        pred
    };
    let report = match score(&args.gold, &pred) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("chitieu: {e}");
            return Exit::Usage;
        }
    };
    let shown = if args.verbose { report.lines.len() } else { report.lines.len().min(60) };
    for l in &report.lines[..shown] {
        println!("{l}");
    }
    if shown < report.lines.len() {
        println!("  ... {} more (use -v)", report.lines.len() - shown);
    }
    for (k, c) in &report.kinds {
        let (p, r, f) = prf(*c);
        println!("{k:6} targets: tp={} fp={} fn={}  P={p:.3} R={r:.3} F1={f:.3}", c.tp, c.fp, c.fn_);
    }
    println!(
        "documents found {}/{}; header fields {}/{}; comparators {}/{}; years {}/{}",
        report.found_docs, report.gold_docs, report.fields_ok, report.fields_total, report.comparators_ok, report.comparators_total, report.years_ok, report.years_total
    );
    println!("{}", report.score_line());
    let (_, _, f1) = prf(report.total());
    let below = args.min_f1.is_some_and(|m| f1 < m)
        || args.min_fields.is_some_and(|m| report.field_rate() < m)
        || (report.found_docs < report.gold_docs && (args.min_f1.is_some() || args.min_fields.is_some()));
    if below || failed {
        Exit::SomeFailed
    } else {
        Exit::Ok
    }
}
