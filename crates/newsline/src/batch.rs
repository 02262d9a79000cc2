//! Running many documents: a reader thread cuts the input into chunks, a thread
//! pool processes one chunk while the sink writes the results of the one before,
//! and results reach the sink in input order. At most [`IN_FLIGHT`] + 2 chunks
//! exist at once, so memory is bounded by the chunk size, not by the corpus.

use std::collections::HashSet;
use std::sync::mpsc;

use newsline_model::Record;
use rayon::prelude::*;

use crate::Options;
use crate::input::Unit;

/// Chunks queued between the reader and the workers, besides the one in work.
pub const IN_FLIGHT: usize = 2;
/// A chunk closes at this many documents …
const CHUNK_DOCS: usize = 256;
/// … or at this many input bytes, whichever comes first.
const CHUNK_BYTES: usize = 8 * 1024 * 1024;

/// A document's prepared record (`None` when `--resume` skipped it; `true` for an
/// error record) and its input size.
type Processed<T> = (Option<(bool, T)>, u64);

/// The results of a chunk's worker thread; a panic there goes on here, as it
/// would have without the thread.
fn join_results<T>(
    done: std::thread::ScopedJoinHandle<'_, Vec<Processed<T>>>,
) -> Vec<Processed<T>> {
    done.join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}

/// What a batch did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Documents processed without an error record.
    pub ok: u64,
    /// Error records written.
    pub failed: u64,
    /// Inputs skipped because `--resume` found them already done.
    pub skipped: u64,
    /// Input bytes read.
    pub bytes: u64,
}

impl Counts {
    /// Every input the batch saw.
    pub fn inputs(&self) -> u64 {
        self.ok + self.failed + self.skipped
    }
}

/// Settings of one batch run.
#[derive(Debug, Clone, Default)]
pub struct Batch {
    /// Per-document options.
    pub options: Options,
    /// Worker threads; 0 means one per available core.
    pub jobs: usize,
    /// Ids already in the output (`--resume`): their inputs are skipped.
    pub done_ids: HashSet<String>,
}

impl Batch {
    /// Processes every unit and hands each record to `sink`, in input order.
    /// `sink` returning an error (say, a closed stdout) stops the run at once.
    pub fn run<E: Send>(
        &self,
        units: impl Iterator<Item = Unit> + Send,
        mut sink: impl FnMut(&Record, u64) -> Result<(), E>,
    ) -> Result<Counts, E> {
        self.run_prepared(units, |record| record, |record, size| sink(&record, size))
    }

    /// Like [`Batch::run`], but `prepare` turns each record into what the sink
    /// needs (rendered bytes, say) on the worker threads. Rendering is a tenth
    /// of the work, and done by the sink it would run on one thread while the
    /// workers wait for the next chunk.
    pub fn run_prepared<T: Send, E: Send>(
        &self,
        units: impl Iterator<Item = Unit> + Send,
        prepare: impl Fn(Record) -> T + Sync,
        mut sink: impl FnMut(T, u64) -> Result<(), E>,
    ) -> Result<Counts, E> {
        let jobs = if self.jobs == 0 {
            std::thread::available_parallelism().map_or(1, |n| n.get())
        } else {
            self.jobs
        };
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(jobs)
            .build()
            .ok();
        let mut counts = Counts::default();
        let work = |chunk: Vec<(Unit, u64)>| -> Vec<Processed<T>> {
            chunk
                .into_par_iter()
                .map(|(unit, size)| {
                    let prepared = self.process_unit(unit).map(|record| {
                        let failed = matches!(record, Record::Error(_));
                        (failed, prepare(record))
                    });
                    (prepared, size)
                })
                .collect()
        };
        std::thread::scope(|scope| {
            let (tx, rx) = mpsc::sync_channel::<Vec<(Unit, u64)>>(IN_FLIGHT);
            scope.spawn(move || {
                let mut chunk = Vec::new();
                let mut chunk_bytes = 0;
                for unit in units {
                    let size = unit_size(&unit);
                    chunk_bytes += size;
                    chunk.push((unit, size as u64));
                    if chunk.len() >= CHUNK_DOCS || chunk_bytes >= CHUNK_BYTES {
                        if tx.send(std::mem::take(&mut chunk)).is_err() {
                            return;
                        }
                        chunk_bytes = 0;
                    }
                }
                if !chunk.is_empty() {
                    let _ = tx.send(chunk);
                }
            });
            let (work, pool) = (&work, &pool);
            // The sink writes one chunk's results while the pool works on the
            // next: writing is serial, and done between chunks it would leave
            // every worker idle meanwhile.
            let mut in_work: Option<std::thread::ScopedJoinHandle<'_, Vec<Processed<T>>>> = None;
            let mut hand_over = |results: Vec<Processed<T>>| -> Result<(), E> {
                for (prepared, size) in results {
                    counts.bytes += size;
                    match prepared {
                        None => counts.skipped += 1,
                        Some((failed, prepared)) => {
                            if failed {
                                counts.failed += 1;
                            } else {
                                counts.ok += 1;
                            }
                            sink(prepared, size)?;
                        }
                    }
                }
                Ok(())
            };
            for chunk in rx {
                let next = scope.spawn(move || match pool {
                    Some(pool) => pool.install(|| work(chunk)),
                    None => work(chunk),
                });
                if let Some(done) = in_work.replace(next) {
                    hand_over(join_results(done))?;
                }
            }
            if let Some(done) = in_work {
                hand_over(join_results(done))?;
            }
            Ok(counts)
        })
    }

    fn process_unit(&self, unit: Unit) -> Option<Record> {
        if !self.done_ids.is_empty() {
            let id = match &unit {
                Unit::Line { line, .. } => peek_record_id(line),
                other => other.id().map(str::to_owned),
            };
            if id.is_some_and(|id| self.done_ids.contains(&id)) {
                return None;
            }
        }
        Some(unit.process(&self.options))
    }
}

fn unit_size(unit: &Unit) -> usize {
    match unit {
        Unit::Whole { bytes, .. } => bytes.len(),
        Unit::Line { line, .. } => line.len() + 1,
        Unit::Warc { record, .. } => record.payload.len(),
        Unit::Unreadable { .. } => 0,
    }
}

/// The id of a JSONL line, read without building the rest of the record.
pub fn peek_record_id(line: &str) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct IdOnly {
        id: Option<String>,
    }
    serde_json::from_str::<IdOnly>(line).ok()?.id
}
