//! `chitieu extract`: every document and target in the inputs, as JSON
//! Lines (default), one JSON array (`--format json`), or one file per input
//! (`--out DIR`). A bad input is reported on stderr and the batch goes on.

use std::io::{Read, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use chitieu::read::{Format, ReadOptions};
use chitieu::{Document, Rules};
use clap::{Args as ClapArgs, ValueEnum};

use super::inputs::{collect, Input};
use crate::Exit;

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum OutFormat {
    /// One document object a line.
    Jsonl,
    /// One JSON array of document objects.
    Json,
    /// One CSV row per target, with its document's number, date and issuer (for spreadsheets and database loads).
    Csv,
}

/// The CSV columns, one row per target.
const CSV_HEADER: [&str; 20] = [
    "path",
    "segment",
    "number",
    "type",
    "issuer",
    "date",
    "doc_year",
    "unit",
    "unit_key",
    "unit_group",
    "metric",
    "metric_text",
    "value",
    "unit_of_measure",
    "comparator",
    "year",
    "note",
    "kind",
    "line",
    "page",
];

/// Writes CSV rows (quoted as needed) to `out`.
fn write_csv(out: &mut impl Write, rows: &[[String; 20]]) -> std::io::Result<()> {
    let mut w = csv::WriterBuilder::new().has_headers(false).from_writer(Vec::new());
    for r in rows {
        w.write_record(r).map_err(std::io::Error::other)?;
    }
    let bytes = w.into_inner().map_err(|e| std::io::Error::other(e.to_string()))?;
    out.write_all(&bytes)
}

fn csv_rows(d: &Document) -> Vec<[String; 20]> {
    let o = |v: &Option<String>| v.clone().unwrap_or_default();
    let n = |v: Option<i32>| v.map(|y| y.to_string()).unwrap_or_default();
    d.targets
        .iter()
        .map(|t| {
            [
                d.source.path.clone(),
                d.source.segment.to_string(),
                o(&d.number),
                d.doc_type.clone(),
                o(&d.issuer),
                o(&d.date),
                n(d.year),
                o(&t.unit),
                o(&t.unit_key),
                o(&t.unit_group),
                o(&t.metric),
                t.metric_text.clone(),
                t.value.to_string(),
                t.unit_of_measure.as_deref().unwrap_or_default().to_string(),
                t.comparator.to_string(),
                n(t.year),
                o(&t.note),
                t.provenance.kind.to_string(),
                t.provenance.line.to_string(),
                t.provenance.page.map(|p| p.to_string()).unwrap_or_default(),
            ]
        })
        .collect()
}

#[derive(ClapArgs, Debug)]
pub struct Args {
    /// Files, directories (read recursively: .txt .md .html) or - for stdin.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<String>,
    /// Output format on stdout.
    #[arg(long, value_enum, default_value_t = OutFormat::Jsonl)]
    pub format: OutFormat,
    /// Write one JSON file per input into DIR instead of stdout.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Files processed in parallel (default: all cores).
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// No progress bar and no summary on stderr.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    #[command(flatten)]
    pub read: ReadArgs,
}

/// Options for the readers of scans and binary formats.
#[derive(ClapArgs, Debug, Clone)]
pub struct ReadArgs {
    /// Cache OCR results here (default: the user's cache directory, chitieu/ocr).
    #[arg(long, value_name = "DIR")]
    pub cache: Option<PathBuf>,
    /// Do not read or write the OCR cache.
    #[arg(long, conflicts_with = "cache")]
    pub no_cache: bool,
    /// Give up on one input after this many seconds (PDF, DOCX, images).
    #[arg(long, value_name = "SECS", default_value_t = 300)]
    pub timeout: u64,
}

impl ReadArgs {
    /// Reader options for a batch of `inputs` files on `jobs` workers: at
    /// most `jobs` pages OCR'd at once, and a file's pages shared over the
    /// jobs only when the files alone cannot keep them busy.
    pub fn options_for(&self, jobs: usize, inputs: usize) -> ReadOptions {
        let pages_jobs = if inputs >= jobs { 1 } else { jobs };
        ReadOptions {
            jobs: pages_jobs,
            slots: chitieu::read::Slots::new(jobs),
            ..self.options()
        }
    }

    /// Checked reader options.
    fn options(&self) -> ReadOptions {
        let ocr_cache = if self.no_cache {
            None
        } else {
            self.cache.clone().or_else(|| dirs::cache_dir().map(|d| d.join("chitieu").join("ocr")))
        };
        ReadOptions {
            ocr_cache,
            timeout: Duration::from_secs(self.timeout.max(1)),
            ..ReadOptions::default()
        }
    }
}

/// The outcome of one input.
pub type Outcome = Result<Vec<Document>, String>;

/// Extracts one input, turning a panic into an error so that the batch
/// survives a bug, and giving up on a binary format after the time limit
/// (its worker thread is left to finish on its own).
pub fn extract_one(input: &Input, rules: &Arc<Rules>, opts: &ReadOptions) -> Outcome {
    let binary = matches!(input, Input::File(p, _) if matches!(Format::from_path(p), Some(Format::Pdf | Format::Docx | Format::Image)));
    if !binary {
        return guarded(input, rules, opts);
    }
    let (tx, rx) = std::sync::mpsc::channel();
    let (input2, rules2, opts2) = (input.clone(), Arc::clone(rules), opts.clone());
    let spawned = std::thread::Builder::new().name("chitieu-reader".into()).spawn(move || {
        let _ = tx.send(guarded(&input2, &rules2, &opts2));
    });
    if spawned.is_err() {
        return guarded(input, rules, opts);
    }
    match rx.recv_timeout(opts.timeout) {
        Ok(r) => r,
        Err(_) => Err(format!("{}: gave up after {} s (--timeout)", input.display(), opts.timeout.as_secs())),
    }
}

fn guarded(input: &Input, rules: &Rules, opts: &ReadOptions) -> Outcome {
    let run = || -> Outcome {
        match input {
            Input::File(path, display) => chitieu::extract_file_with(path, display, rules, opts).map_err(|e| e.to_string()),
            Input::Stdin => {
                let mut buf = Vec::new();
                std::io::stdin().read_to_end(&mut buf).map_err(|e| format!("-: cannot read stdin: {e}"))?;
                chitieu::extract_bytes(&buf, Format::Text, "-", rules).map_err(|e| e.to_string())
            }
        }
    };
    match catch_unwind(AssertUnwindSafe(run)) {
        Ok(r) => r,
        Err(p) => {
            let msg = p.downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| p.downcast_ref::<String>().cloned()).unwrap_or_default();
            Err(format!("{}: internal error (please report): {msg}", input.display()))
        }
    }
}

/// Runs the extraction over the inputs on `jobs` threads (this one and
/// `jobs - 1` workers), each also turning its outcome into what is written
/// (`work`: the JSON or CSV bytes), and hands the results to `sink` in
/// input order on this thread. No input is started more than a window
/// ahead of the first one not yet handed on, so memory does not grow with
/// the batch.
pub fn for_each_in_order<T: Send>(inputs: &[Input], rules: &Arc<Rules>, opts: &ReadOptions, jobs: usize, work: impl Fn(&Input, Outcome) -> T + Sync, mut sink: impl FnMut(&Input, T)) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::{mpsc, Condvar, Mutex};
    let window = jobs.max(1) * 8;
    let next = AtomicUsize::new(0);
    // How many results have been handed on, and how many workers wait for
    // that to grow (woken only if some do).
    let handed = (Mutex::new((0usize, 0usize)), Condvar::new());
    let (tx, rx) = mpsc::channel::<(usize, T)>();
    std::thread::scope(|s| {
        // This thread is one of the jobs: it reads too, between handing on
        // what the other jobs send.
        for _ in 1..jobs.max(1) {
            let (tx, next, handed, work) = (tx.clone(), &next, &handed, &work);
            s.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= inputs.len() {
                    break;
                }
                {
                    let mut state = handed.0.lock().unwrap_or_else(|e| e.into_inner());
                    while i >= state.0 + window {
                        state.1 += 1;
                        state = handed.1.wait(state).unwrap_or_else(|e| e.into_inner());
                        state.1 -= 1;
                    }
                }
                if tx.send((i, work(&inputs[i], extract_one(&inputs[i], rules, opts)))).is_err() {
                    return;
                }
            });
        }
        drop(tx);
        let mut pending: std::collections::BTreeMap<usize, T> = std::collections::BTreeMap::new();
        let mut want = 0;
        let mut hand_on = |pending: &mut std::collections::BTreeMap<usize, T>| {
            let before = want;
            while let Some(r) = pending.remove(&want) {
                sink(&inputs[want], r);
                want += 1;
            }
            if want > before {
                let mut state = handed.0.lock().unwrap_or_else(|e| e.into_inner());
                state.0 = want;
                if state.1 > 0 {
                    handed.1.notify_all();
                }
            }
            want
        };
        loop {
            while let Ok((i, r)) = rx.try_recv() {
                pending.insert(i, r);
            }
            let done = hand_on(&mut pending);
            let i = next.load(Ordering::Relaxed);
            if i >= inputs.len() {
                break;
            }
            if i >= done + window {
                // The window is full: wait for the input it starts at.
                match rx.recv() {
                    Ok((k, r)) => {
                        pending.insert(k, r);
                        continue;
                    }
                    Err(_) => break,
                }
            }
            let i = next.fetch_add(1, Ordering::Relaxed);
            if i >= inputs.len() {
                break;
            }
            pending.insert(i, work(&inputs[i], extract_one(&inputs[i], rules, opts)));
        }
        for (i, r) in rx {
            pending.insert(i, r);
            hand_on(&mut pending);
        }
        hand_on(&mut pending);
    });
}

fn out_name(dir: &Path, input: &Input, taken: &mut std::collections::HashSet<PathBuf>) -> PathBuf {
    let base = match input {
        Input::File(p, _) => p.file_name().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "input".into()),
        Input::Stdin => "stdin".into(),
    };
    let mut candidate = dir.join(format!("{base}.json"));
    let mut n = 2;
    while !taken.insert(candidate.clone()) {
        candidate = dir.join(format!("{base}.{n}.json"));
        n += 1;
    }
    candidate
}

pub fn run(args: Args, rules: &Arc<Rules>) -> Exit {
    let jobs = args.jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())).max(1);
    let (inputs, errors) = collect(&args.inputs);
    let mut failed = errors.len();
    for e in &errors {
        eprintln!("chitieu: {e}");
    }
    if let Some(dir) = &args.out {
        if let Err(e) = std::fs::create_dir_all(dir) {
            eprintln!("chitieu: {}: cannot create output directory: {e}", dir.display());
            return Exit::Usage;
        }
    }
    let progress = if !args.quiet && inputs.len() > 20 && std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        let pb = indicatif::ProgressBar::new(inputs.len() as u64);
        pb.set_style(indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} files {per_sec} eta {eta}").unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()));
        Some(pb)
    } else {
        None
    };
    let stdout = std::io::stdout();
    // Into a file or a pipe, a large buffer: one write for many documents,
    // not one or two each. On a terminal, documents show as they come.
    let capacity = if std::io::IsTerminal::is_terminal(&stdout) { 8 << 10 } else { 1 << 20 };
    let mut out = std::io::BufWriter::with_capacity(capacity, stdout.lock());
    let mut first = true;
    if args.out.is_none() && args.format == OutFormat::Json {
        let _ = out.write_all(b"[");
    }
    let csv_mode = args.out.is_none() && args.format == OutFormat::Csv;
    if csv_mode {
        let _ = write_csv(&mut out, &[CSV_HEADER.map(String::from)]);
    }
    let (mut n_docs, mut n_targets) = (0usize, 0usize);
    let mut taken = std::collections::HashSet::new();
    let mut write_error: Option<std::io::Error> = None;
    let opts = args.read.options_for(jobs, inputs.len());
    // Each worker writes its documents into bytes (JSON or CSV); this
    // thread only puts the bytes in order.
    let render = |_: &Input, outcome: Outcome| -> Result<(usize, usize, std::io::Result<Vec<u8>>), String> {
        let docs = outcome?;
        let counts = (docs.len(), docs.iter().map(|d| d.targets.len()).sum::<usize>());
        // Room for what is written (a document's head, ~600 bytes a
        // target), so that the buffer is not copied as it grows.
        let mut buf = Vec::with_capacity(4096 * counts.0 + 640 * counts.1);
        let res = if args.out.is_some() {
            serde_json::to_writer_pretty(&mut buf, &docs).map_err(std::io::Error::other)
        } else {
            docs.iter().enumerate().try_for_each(|(k, d)| {
                if csv_mode {
                    return write_csv(&mut buf, &csv_rows(d));
                }
                if args.format == OutFormat::Json && k > 0 {
                    buf.push(b',');
                }
                chitieu::json::write_document(&mut buf, d);
                buf.push(b'\n');
                Ok(())
            })
        };
        Ok((counts.0, counts.1, res.map(|()| buf)))
    };
    for_each_in_order(&inputs, rules, &opts, jobs, render, |input, rendered| {
        if let Some(pb) = &progress {
            pb.inc(1);
        }
        let (docs, targets, bytes) = match rendered {
            Ok(r) => r,
            Err(e) => {
                failed += 1;
                match &progress {
                    Some(pb) => pb.println(format!("chitieu: {e}")),
                    None => eprintln!("chitieu: {e}"),
                }
                return;
            }
        };
        n_docs += docs;
        n_targets += targets;
        let res = bytes.and_then(|b| {
            if let Some(dir) = &args.out {
                return std::fs::write(out_name(dir, input, &mut taken), b);
            }
            if args.format == OutFormat::Json && docs > 0 {
                if !first {
                    out.write_all(b",")?;
                }
                first = false;
            }
            out.write_all(&b)
        });
        if let Err(e) = res {
            write_error.get_or_insert(e);
        }
    });
    if let Some(pb) = progress {
        pb.finish_and_clear();
    }
    if args.out.is_none() && args.format == OutFormat::Json {
        let _ = out.write_all(b"]\n");
    }
    if let Err(e) = out.flush() {
        write_error.get_or_insert(e);
    }
    if let Some(e) = write_error {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("chitieu: cannot write output: {e}");
        }
        return Exit::SomeFailed;
    }
    if !args.quiet {
        eprintln!("chitieu: {} input(s), {} document(s), {} target(s), {} failed", inputs.len() + errors.len(), n_docs, n_targets, failed);
    }
    if failed > 0 {
        Exit::SomeFailed
    } else {
        Exit::Ok
    }
}
