//! The `newsline` command line.

use std::collections::HashSet;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use newsline::batch::{Batch, Counts};
use newsline::input::{self, InputKind};
use newsline::model::{DctSource, Record};
use newsline::output::Format;
use newsline::{Options, parse_dct};

/// Every stage builds many short strings and vectors per sentence; glibc's
/// malloc and free were an eighth of the pipeline's instructions.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "newsline",
    version,
    about = "Structured, time-normalized knowledge from English news articles"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Process articles: one output record per input document, in input order.
    Process(ProcessArgs),
    /// Merge the timelines of many articles about one story into one.
    Timeline(TimelineArgs),
    /// Print the JSON Schema of the `newsline/1` output.
    Schema,
    /// Serve the pipeline over HTTP, with a web page for readers.
    Serve(ServeArgs),
}

#[derive(clap::Args)]
struct ServeArgs {
    /// Address to listen on (loopback by default).
    #[arg(long, default_value_t = newsline::serve::default_addr())]
    addr: std::net::SocketAddr,
    /// Largest request body in bytes.
    #[arg(long, default_value_t = 16 * 1024 * 1024)]
    body_limit: usize,
    /// Seconds one document may take before the answer is a 504.
    #[arg(long, default_value_t = 30.0)]
    timeout: f64,
    /// Documents processed at once (default: one per core).
    #[arg(long, short = 'j', default_value_t = 0)]
    jobs: usize,
}

#[derive(clap::Args)]
struct ProcessArgs {
    /// Files or folders to read; `-` or nothing reads stdin.
    paths: Vec<String>,
    /// How to read the input: auto, text, jsonl, html, warc, wet.
    #[arg(long, default_value = "auto")]
    input: InputKind,
    /// Output format: json, jsonl, md, html, timeml, timelinejs, csv.
    #[arg(long, default_value = "json")]
    format: Format,
    /// Creation time for documents that state none (ISO-8601 date or date-time).
    #[arg(long)]
    dct: Option<String>,
    /// Write one file per document into this folder instead of stdout.
    #[arg(long)]
    out: Option<PathBuf>,
    /// Write the record stream to this file (atomically: `FILE.partial` until done).
    #[arg(long, short = 'o')]
    output: Option<PathBuf>,
    /// Continue an interrupted `--output` run, skipping ids already written.
    #[arg(long, requires = "output")]
    resume: bool,
    /// Worker threads (default: one per core).
    #[arg(long, short = 'j', default_value_t = 0)]
    jobs: usize,
    /// Refuse documents larger than this many bytes.
    #[arg(long, default_value_t = newsline::DEFAULT_MAX_BYTES)]
    max_bytes: usize,
    /// No progress bar and no summary.
    #[arg(long, short = 'q')]
    quiet: bool,
    /// Number of the first JSONL line (for a worker given one slice of a larger
    /// file, so line numbers and line-derived ids match a whole-file run).
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u64).range(1..))]
    first_line: u64,
}

#[derive(clap::Args)]
struct TimelineArgs {
    /// Files or folders of articles (any input `process` reads).
    paths: Vec<String>,
    /// Output format: md, json, html, csv, timelinejs.
    #[arg(long, default_value = "md")]
    format: Format,
    /// Creation time for documents that state none.
    #[arg(long)]
    dct: Option<String>,
    /// How to read the input.
    #[arg(long, default_value = "auto")]
    input: InputKind,
}

/// Exit status when stdout was closed by the reader: 128 + SIGPIPE, as a shell
/// reports a process killed by a broken pipe.
const EXIT_BROKEN_PIPE: u8 = 141;

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_default_env())
        .with_writer(io::stderr)
        .with_ansi(io::stderr().is_terminal())
        .init();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Process(args) => process(args),
        Command::Timeline(args) => timeline(args),
        Command::Serve(args) => serve(args),
        Command::Schema => {
            let mut out = io::stdout().lock();
            out.write_all(newsline::output::SCHEMA_JSON.as_bytes())
                .map(|()| ExitCode::SUCCESS)
                .map_err(CliError::Io)
        }
    };
    match result {
        Ok(code) => code,
        Err(CliError::Io(err)) if err.kind() == io::ErrorKind::BrokenPipe => {
            ExitCode::from(EXIT_BROKEN_PIPE)
        }
        Err(err) => {
            eprintln!("newsline: error: {err}");
            ExitCode::from(2)
        }
    }
}

#[derive(Debug, thiserror::Error)]
enum CliError {
    #[error("{0}")]
    Io(#[from] io::Error),
    #[error("{0}")]
    Usage(String),
}

fn options(dct: Option<&str>, max_bytes: usize) -> Result<Options, CliError> {
    let fallback_dct = dct
        .map(|v| parse_dct(v, DctSource::Flag))
        .transpose()
        .map_err(|e| CliError::Usage(format!("--dct: {e}")))?;
    Ok(Options {
        fallback_dct,
        max_bytes,
    })
}

fn process(args: ProcessArgs) -> Result<ExitCode, CliError> {
    let options = options(args.dct.as_deref(), args.max_bytes)?;
    let paths = if args.paths.is_empty() {
        vec!["-".to_owned()]
    } else {
        args.paths.clone()
    };
    let total_bytes: u64 = paths
        .iter()
        .filter(|p| *p != "-")
        .map(|p| size_of_tree(Path::new(p)))
        .sum();
    let progress = progress_bar(args.quiet, total_bytes);
    let started = Instant::now();
    let mut batch = Batch {
        options,
        jobs: args.jobs,
        done_ids: HashSet::new(),
    };
    let units = input::units_from_line(paths, args.input, args.max_bytes, args.first_line);

    let counts = if let Some(dir) = &args.out {
        fs::create_dir_all(dir)?;
        let mut errors = Vec::new();
        let counts = batch.run_prepared(
            units,
            |record| match record {
                Record::Document(doc) => match newsline::output::render(&doc, args.format) {
                    Ok(text) => ForDir::File {
                        name: format!(
                            "{}.{}",
                            newsline::file_safe_id(&doc.id),
                            args.format.extension()
                        ),
                        text,
                    },
                    Err(e) => ForDir::Failed(e.to_string()),
                },
                Record::Error(err) => ForDir::ErrorLine(newsline::output::render_error(&err)),
            },
            |prepared, size| {
                progress.inc(size);
                match prepared {
                    ForDir::File { name, text } => {
                        write_atomically(&dir.join(name), text.as_bytes())
                    }
                    ForDir::ErrorLine(line) => {
                        errors.push(line);
                        Ok(())
                    }
                    ForDir::Failed(message) => Err(io::Error::other(message)),
                }
            },
        )?;
        if !errors.is_empty() {
            write_atomically(
                &dir.join("errors.jsonl"),
                (errors.join("\n") + "\n").as_bytes(),
            )?;
        }
        counts
    } else if let Some(path) = &args.output {
        let partial = partial_path(path);
        if args.resume {
            batch.done_ids = resume_ids(path, &partial)?;
        } else {
            File::create(&partial)?;
        }
        let file = fs::OpenOptions::new()
            .append(true)
            .create(true)
            .open(&partial)?;
        let mut writer = BufWriter::new(file);
        let counts = batch.run_prepared(
            units,
            |record| prepare_record(&record, args.format),
            |prepared, size| {
                progress.inc(size);
                write_prepared(&mut writer, prepared)
            },
        )?;
        writer.flush()?;
        writer.get_ref().sync_all()?;
        fs::rename(&partial, path)?;
        counts
    } else {
        let stdout = io::stdout();
        // A record at least as long as the buffer goes to stdout without being
        // copied into it; a JSONL line is some ten times its article, so only
        // error records and the shortest articles are gathered here.
        let mut writer = BufWriter::with_capacity(1 << 14, stdout.lock());
        let counts = batch.run_prepared(
            units,
            |record| prepare_record(&record, args.format),
            |prepared, size| {
                progress.inc(size);
                write_prepared(&mut writer, prepared)?;
                // Interactive readers see each record as it is done; a pipe gets big writes.
                if progress.is_hidden() && io::stdout().is_terminal() {
                    writer.flush()
                } else {
                    Ok(())
                }
            },
        )?;
        writer.flush()?;
        counts
    };
    progress.finish_and_clear();
    if !args.quiet {
        summarize(&counts, started.elapsed().as_secs_f64());
    }
    Ok(if counts.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// One record rendered in a stream format, ready to write. Text formats (md,
/// html, …) have no place for an error record, so their errors go to stderr.
enum Prepared {
    Stdout(String),
    Stderr(String),
    Failed(String),
}

/// One record rendered for `--out DIR`: a file of its own, or a line of
/// `errors.jsonl`.
enum ForDir {
    File { name: String, text: String },
    ErrorLine(String),
    Failed(String),
}

fn prepare_record(record: &Record, format: Format) -> Prepared {
    match (record, format) {
        (Record::Error(err), Format::Json | Format::Jsonl) => {
            let mut line = newsline::output::render_error(err);
            line.push('\n');
            Prepared::Stdout(line)
        }
        (Record::Error(err), _) => Prepared::Stderr(format!(
            "newsline: {}: {} ({})",
            err.id, err.error.message, err.error.code
        )),
        (Record::Document(doc), format) => match newsline::output::render_terminated(doc, format) {
            Ok(rendered) => Prepared::Stdout(rendered),
            Err(e) => Prepared::Failed(e.to_string()),
        },
    }
}

fn write_prepared(out: &mut impl Write, prepared: Prepared) -> io::Result<()> {
    match prepared {
        Prepared::Stdout(text) => out.write_all(text.as_bytes()),
        Prepared::Stderr(message) => {
            eprintln!("{message}");
            Ok(())
        }
        Prepared::Failed(message) => Err(io::Error::other(message)),
    }
}

fn summarize(counts: &Counts, seconds: f64) {
    let mb = counts.bytes as f64 / 1e6;
    eprintln!(
        "newsline: {} inputs: {} ok, {} failed, {} skipped ({mb:.2} MB in {seconds:.2} s, {:.1} MB/s)",
        counts.inputs(),
        counts.ok,
        counts.failed,
        counts.skipped,
        if seconds > 0.0 { mb / seconds } else { 0.0 }
    );
}

fn progress_bar(quiet: bool, total_bytes: u64) -> ProgressBar {
    if quiet || !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = if total_bytes > 0 {
        ProgressBar::new(total_bytes)
    } else {
        ProgressBar::no_length()
    };
    bar.set_draw_target(ProgressDrawTarget::stderr());
    let template = if total_bytes > 0 {
        "{bar:30} {bytes}/{total_bytes} {bytes_per_sec} ETA {eta}"
    } else {
        "{spinner} {bytes} {bytes_per_sec}"
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    bar
}

fn size_of_tree(path: &Path) -> u64 {
    match fs::metadata(path) {
        Ok(m) if m.is_file() => m.len(),
        Ok(m) if m.is_dir() => fs::read_dir(path)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| size_of_tree(&e.path()))
                    .sum()
            })
            .unwrap_or(0),
        _ => 0,
    }
}

fn partial_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".partial");
    PathBuf::from(name)
}

/// Gathers the ids an interrupted run already wrote. A finished output is moved
/// back to its partial name so the run appends to it; a last line cut off by the
/// interruption is dropped, so the file never holds half a record.
fn resume_ids(path: &Path, partial: &Path) -> Result<HashSet<String>, CliError> {
    if !partial.exists() && path.exists() {
        fs::rename(path, partial)?;
    }
    let mut ids = HashSet::new();
    let Ok(file) = File::open(partial) else {
        return Ok(ids);
    };
    let mut reader = BufReader::new(file);
    let mut complete_len: u64 = 0;
    let mut line = Vec::new();
    loop {
        line.clear();
        let n = reader.read_until(b'\n', &mut line)?;
        if n == 0 || !line.ends_with(b"\n") {
            break;
        }
        let Some(id) = std::str::from_utf8(&line)
            .ok()
            .and_then(newsline::batch::peek_record_id)
        else {
            break;
        };
        ids.insert(id);
        complete_len += n as u64;
    }
    fs::OpenOptions::new()
        .write(true)
        .open(partial)?
        .set_len(complete_len)?;
    Ok(ids)
}

/// Writes `bytes` to a temporary name beside `path` and renames it into place, so
/// an interrupted run never leaves a truncated file that looks finished.
fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let tmp = partial_path(path);
    fs::write(&tmp, bytes)?;
    fs::rename(&tmp, path)
}

fn timeline(args: TimelineArgs) -> Result<ExitCode, CliError> {
    if args.paths.is_empty() {
        return Err(CliError::Usage(
            "timeline needs at least one file or folder".to_owned(),
        ));
    }
    let options = options(args.dct.as_deref(), newsline::DEFAULT_MAX_BYTES)?;
    let batch = Batch {
        options,
        jobs: 0,
        done_ids: HashSet::new(),
    };
    let mut docs = Vec::new();
    let counts = batch.run(
        input::units(args.paths, args.input, newsline::DEFAULT_MAX_BYTES),
        |record, _| {
            match record {
                Record::Document(doc) => docs.push((**doc).clone()),
                Record::Error(err) => eprintln!(
                    "newsline: {}: {} ({})",
                    err.id, err.error.message, err.error.code
                ),
            }
            Ok::<(), io::Error>(())
        },
    )?;
    let merged = newsline::merge_timelines(&docs);
    let rendered = newsline::output::render_merged(&merged, &docs, args.format)
        .map_err(|e| CliError::Usage(e.to_string()))?;
    let mut out = io::stdout().lock();
    out.write_all(rendered.as_bytes())?;
    out.flush()?;
    Ok(if counts.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn serve(args: ServeArgs) -> Result<ExitCode, CliError> {
    let mut config = newsline::serve::ServeConfig {
        body_limit: args.body_limit,
        ..Default::default()
    };
    config.timeout = std::time::Duration::try_from_secs_f64(args.timeout)
        .map_err(|e| CliError::Usage(format!("--timeout: {e}")))?;
    if args.jobs > 0 {
        config.workers = args.jobs;
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(args.addr).await?;
        eprintln!("newsline: serving on http://{}", listener.local_addr()?);
        newsline::serve::serve(listener, config, newsline::serve::shutdown_signal()).await
    })?;
    Ok(ExitCode::SUCCESS)
}
