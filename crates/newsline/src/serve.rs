//! `newsline serve`: the pipeline over HTTP, and a web page for readers.
//!
//! tokio and axum handle connections; the CPU work of each document runs on the
//! blocking pool behind a semaphore with one permit per worker, so a slow article
//! never stalls the accept loop and the server never takes more work than it has
//! cores for. Every error body is `{"error": {"code", "message"}}`.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use futures_util::StreamExt;
use newsline_model::{DctSource, Document, Record, Source, SourceFormat};
use newsline_output::Format;
use serde::Deserialize;
use tokio::net::TcpListener;
use tokio::sync::{Semaphore, mpsc};

use crate::{Options, ProcessError};

/// How the server behaves.
#[derive(Debug, Clone)]
pub struct ServeConfig {
    /// Largest request body accepted by `/v1/process` (and largest line of `/v1/batch`).
    pub body_limit: usize,
    /// Longest a single document may take before the client gets a 504.
    pub timeout: Duration,
    /// Documents processed at once.
    pub workers: usize,
}

impl Default for ServeConfig {
    fn default() -> Self {
        ServeConfig {
            body_limit: 16 * 1024 * 1024,
            timeout: Duration::from_secs(30),
            workers: std::thread::available_parallelism().map_or(1, |n| n.get()),
        }
    }
}

struct AppState {
    config: ServeConfig,
    permits: Arc<Semaphore>,
    next_request: AtomicU64,
}

/// The application's routes, for serving or for tests.
pub fn router(config: ServeConfig) -> Router {
    let state = Arc::new(AppState {
        permits: Arc::new(Semaphore::new(config.workers.max(1))),
        config,
        next_request: AtomicU64::new(1),
    });
    Router::new()
        .route("/", get(page))
        .route(
            "/healthz",
            get(|| async { axum::Json(serde_json::json!({"status": "ok"})) }),
        )
        .route("/v1/schema", get(schema))
        .route("/v1/process", post(process))
        .route("/v1/batch", post(batch))
        .fallback(|| async { error(StatusCode::NOT_FOUND, "not-found", "no such endpoint") })
        .layer(middleware::from_fn_with_state(state.clone(), log_request))
        .with_state(state)
}

/// Serves on `listener` until `shutdown` completes; requests in flight then
/// finish, new connections are refused.
pub async fn serve(
    listener: TcpListener,
    config: ServeConfig,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let addr = listener.local_addr()?;
    tracing::info!(%addr, workers = config.workers, "newsline serve listening");
    axum::serve(listener, router(config))
        .with_graceful_shutdown(shutdown)
        .await
}

/// Completes on SIGINT or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}

/// The address `serve` binds by default: loopback only.
pub fn default_addr() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 8080))
}

async fn log_request(State(state): State<Arc<AppState>>, request: Request, next: Next) -> Response {
    let id = state.next_request.fetch_add(1, Ordering::Relaxed);
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let bytes_in = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    let started = Instant::now();
    let mut response = next.run(request).await;
    if let Ok(value) = HeaderValue::from_str(&id.to_string()) {
        response.headers_mut().insert("x-request-id", value);
    }
    tracing::info!(
        request_id = id,
        %method,
        path,
        status = response.status().as_u16(),
        bytes_in,
        duration_ms = started.elapsed().as_secs_f64() * 1000.0,
        "request"
    );
    response
}

fn error(status: StatusCode, code: &str, message: impl Into<String>) -> Response {
    let body = serde_json::json!({"error": {"code": code, "message": message.into()}});
    (status, axum::Json(body)).into_response()
}

async fn page() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], PAGE)
}

async fn schema() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "application/schema+json")],
        newsline_output::SCHEMA_JSON,
    )
}

/// Query parameters of `/v1/process`.
#[derive(Debug, Default, Deserialize)]
struct ProcessQuery {
    format: Option<String>,
    dct: Option<String>,
    id: Option<String>,
    url: Option<String>,
}

/// A JSON request body of `/v1/process`.
#[derive(Debug, Deserialize)]
struct ProcessBody {
    id: Option<String>,
    text: Option<String>,
    html: Option<String>,
    dct: Option<String>,
    url: Option<String>,
}

/// One document to process, however it arrived.
struct Job {
    id: String,
    content: String,
    format: SourceFormat,
    dct: Option<String>,
    url: Option<String>,
}

async fn process(
    State(state): State<Arc<AppState>>,
    Query(query): Query<ProcessQuery>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let format = match query.format.as_deref().unwrap_or("json").parse::<Format>() {
        Ok(f) => f,
        Err(e) => return error(StatusCode::BAD_REQUEST, "bad-format", e.to_string()),
    };
    let bytes = match axum::body::to_bytes(body, state.config.body_limit).await {
        Ok(b) => b,
        Err(_) => {
            return error(
                StatusCode::PAYLOAD_TOO_LARGE,
                "too-large",
                format!(
                    "request body over the {}-byte limit",
                    state.config.body_limit
                ),
            );
        }
    };
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("text/plain")
        .to_ascii_lowercase();
    let job = if content_type.starts_with("application/json") {
        let body: ProcessBody = match serde_json::from_slice(&bytes) {
            Ok(b) => b,
            Err(e) => {
                return error(
                    StatusCode::BAD_REQUEST,
                    "invalid-json",
                    format!("line {}, column {}: {e}", e.line(), e.column()),
                );
            }
        };
        let (content, source_format) = match (body.text, body.html) {
            (Some(text), _) => (text, SourceFormat::Text),
            (None, Some(html)) => (html, SourceFormat::Html),
            (None, None) => {
                return error(
                    StatusCode::BAD_REQUEST,
                    "missing-text",
                    "the body needs a \"text\" or \"html\" field",
                );
            }
        };
        Job {
            id: body.id.or(query.id).unwrap_or_else(|| "request".to_owned()),
            content,
            format: source_format,
            dct: body.dct.or(query.dct),
            url: body.url.or(query.url),
        }
    } else {
        let Ok(content) = String::from_utf8(bytes.to_vec()) else {
            return error(
                StatusCode::BAD_REQUEST,
                "invalid-utf8",
                "the body is not UTF-8",
            );
        };
        let source_format = if content_type.starts_with("text/html") {
            SourceFormat::Html
        } else {
            SourceFormat::Text
        };
        Job {
            id: query.id.unwrap_or_else(|| "request".to_owned()),
            content,
            format: source_format,
            dct: query.dct,
            url: query.url,
        }
    };
    match run_job(&state, job).await {
        Ok(Record::Document(doc)) => match newsline_output::render(&doc, format) {
            Ok(rendered) => {
                ([(header::CONTENT_TYPE, content_type_of(format))], rendered).into_response()
            }
            Err(e) => error(StatusCode::INTERNAL_SERVER_ERROR, "output", e.to_string()),
        },
        Ok(Record::Error(record)) => error(
            StatusCode::UNPROCESSABLE_ENTITY,
            &record.error.code,
            record.error.message,
        ),
        Err(response) => response,
    }
}

fn content_type_of(format: Format) -> &'static str {
    match format {
        Format::Json | Format::Jsonl | Format::TimelineJs => "application/json",
        Format::Markdown => "text/markdown; charset=utf-8",
        Format::Html => "text/html; charset=utf-8",
        Format::TimeMl => "application/xml",
        Format::Csv => "text/csv; charset=utf-8",
    }
}

/// Runs one job on the blocking pool, within the worker limit and the timeout.
async fn run_job(state: &Arc<AppState>, job: Job) -> Result<Record, Response> {
    let Ok(permit) = state.permits.clone().acquire_owned().await else {
        return Err(error(
            StatusCode::SERVICE_UNAVAILABLE,
            "shutting-down",
            "the server is shutting down",
        ));
    };
    let task = tokio::task::spawn_blocking(move || {
        let _permit = permit;
        process_job(job)
    });
    match tokio::time::timeout(state.config.timeout, task).await {
        Ok(Ok(record)) => Ok(record),
        Ok(Err(e)) => Err(error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            e.to_string(),
        )),
        Err(_) => Err(error(
            StatusCode::GATEWAY_TIMEOUT,
            "timeout",
            format!(
                "processing took longer than {} s",
                state.config.timeout.as_secs_f64()
            ),
        )),
    }
}

fn process_job(job: Job) -> Record {
    let dct = match job
        .dct
        .as_deref()
        .map(|d| crate::parse_dct(d, DctSource::Record))
        .transpose()
    {
        Ok(dct) => dct,
        Err(e) => return Record::Error(e.into_record(job.id, None, None)),
    };
    let source = Source {
        path: None,
        url: job.url,
        format: job.format,
        line: None,
        offset_map: Vec::new(),
    };
    let result: Result<Document, ProcessError> = crate::process_bytes(
        &job.id,
        job.content.as_bytes(),
        source,
        dct,
        &Options::default(),
    );
    match result {
        Ok(doc) => Record::Document(Box::new(doc)),
        Err(e) => Record::Error(e.into_record(job.id, None, None)),
    }
}

/// JSONL in, JSONL out, streamed: lines are processed as they arrive, at most a
/// bounded number at once, and answered in input order as they finish.
async fn batch(State(state): State<Arc<AppState>>, body: Body) -> Response {
    const QUEUED: usize = 64;
    let (tx, rx) = mpsc::channel::<tokio::task::JoinHandle<String>>(QUEUED);
    let limit = state.config.body_limit;
    let permits = state.permits.clone();
    tokio::spawn(async move {
        let mut stream = body.into_data_stream();
        let mut pending: Vec<u8> = Vec::new();
        let mut line_no = 0u64;
        let dispatch = |line: Vec<u8>, line_no: u64| {
            let permits = permits.clone();
            tokio::spawn(async move {
                let Ok(permit) = permits.acquire_owned().await else {
                    return String::new();
                };
                tokio::task::spawn_blocking(move || {
                    let _permit = permit;
                    let record = match String::from_utf8(line) {
                        Ok(line) => crate::process_jsonl_line(
                            &line,
                            line_no,
                            Some("request"),
                            &Options::default(),
                        ),
                        Err(_) => Record::Error(newsline_model::ErrorRecord::new(
                            format!("line-{line_no}"),
                            newsline_model::ErrorInfo {
                                code: "jsonl/invalid-utf8".to_owned(),
                                message: format!("line {line_no} is not valid UTF-8"),
                                input: Some("request".to_owned()),
                                line: Some(line_no),
                            },
                        )),
                    };
                    render_record(&record)
                })
                .await
                .unwrap_or_default()
            })
        };
        while let Some(chunk) = stream.next().await {
            let Ok(chunk) = chunk else { break };
            pending.extend_from_slice(&chunk);
            while let Some(end) = pending.iter().position(|b| *b == b'\n') {
                let mut line: Vec<u8> = pending.drain(..=end).collect();
                line.pop();
                line_no += 1;
                if line.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                if tx.send(dispatch(line, line_no)).await.is_err() {
                    return;
                }
            }
            if pending.len() > limit {
                line_no += 1;
                let message = format!("line {line_no} is over the {limit}-byte limit");
                let record = newsline_model::ErrorRecord::new(
                    format!("line-{line_no}"),
                    newsline_model::ErrorInfo {
                        code: "input/too-large".to_owned(),
                        message,
                        input: Some("request".to_owned()),
                        line: Some(line_no),
                    },
                );
                let rendered = newsline_output::render_error(&record);
                let _ = tx.send(tokio::spawn(async move { rendered })).await;
                return;
            }
        }
        if !pending.iter().all(u8::is_ascii_whitespace) {
            line_no += 1;
            let _ = tx.send(dispatch(pending, line_no)).await;
        }
    });
    let stream = futures_util::stream::unfold(rx, |mut rx| async move {
        let handle = rx.recv().await?;
        let mut line = handle.await.unwrap_or_default();
        line.push('\n');
        Some((Ok::<Bytes, std::convert::Infallible>(Bytes::from(line)), rx))
    });
    (
        [(header::CONTENT_TYPE, "application/x-ndjson")],
        Body::from_stream(stream),
    )
        .into_response()
}

fn render_record(record: &Record) -> String {
    match record {
        Record::Document(doc) => {
            newsline_output::render(doc, Format::Jsonl).unwrap_or_else(|e| e.to_string())
        }
        Record::Error(err) => newsline_output::render_error(err),
    }
}

/// The reader's page: paste or drop an article, see its timeline. The result is
/// the very page `--format html` writes, fetched and placed into this one, so
/// there is one timeline view, not two.
const PAGE: &str = include_str!("page.html");
