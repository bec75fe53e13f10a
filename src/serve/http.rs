//! HTTP: the site in memory, served over axum. Only GET and HEAD; paths
//! cannot leave the site; HTML gets the live-reload script; `/__dossier/`
//! holds the script and the event stream (server-sent events). Also the
//! listener: which address and port the server binds.

use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, PoisonError, RwLock};

use anyhow::Context as _;
use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use futures_util::stream::{self, Stream, StreamExt};
use tokio::sync::broadcast;
use tokio_stream::wrappers::BroadcastStream;

use super::live::{Live, Message, Served};
use super::signal::Stopping;
use crate::cli::ServeArgs;

/// The live-reload script.
pub const LIVE_JS: &str = include_str!("live.js");

/// Path of the script and of the event stream.
pub const SCRIPT_PATH: &str = "/__dossier/live.js";
pub const EVENTS_PATH: &str = "/__dossier/events";

/// What every handler shares.
#[derive(Clone)]
pub struct AppState {
    pub live: Arc<RwLock<Live>>,
    pub events: broadcast::Sender<Message>,
    /// Turned on when the server stops: every event stream ends.
    pub stopping: Stopping,
}

/// The server's routes.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route(SCRIPT_PATH, get(live_js))
        .route(EVENTS_PATH, get(events))
        .fallback(site)
        .with_state(state)
}

async fn live_js() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        LIVE_JS,
    )
        .into_response()
}

async fn events(
    State(state): State<AppState>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let first = {
        let live = state.live.read().unwrap_or_else(PoisonError::into_inner);
        live.status()
    };
    let rx = BroadcastStream::new(state.events.subscribe());
    let updates = rx.filter_map(|m| async move { m.ok() });
    // A stream never ends by itself: the server ends it when it stops,
    // or it would wait for the browser to go away.
    let stream = stream::once(async move { first })
        .chain(updates)
        .take_until(state.stopping.clone().wait())
        .map(|m| Ok(Event::default().data(serde_json::to_string(&m).unwrap_or_default())));
    Sse::new(stream).keep_alive(KeepAlive::default())
}

/// `127.0.0.1:1111`, or `[::1]:1111`: an address as a URL holds it.
pub fn display_addr(addr: SocketAddr) -> String {
    match addr.ip() {
        IpAddr::V6(ip) => format!("[{ip}]:{}", addr.port()),
        IpAddr::V4(ip) => format!("{ip}:{}", addr.port()),
    }
}

/// Binds the listener: an explicit port must be free; the default port
/// moves to the next free one, and says so.
pub async fn bind(args: &ServeArgs) -> anyhow::Result<tokio::net::TcpListener> {
    let ip: IpAddr = args
        .bind
        .parse()
        .with_context(|| format!("--bind {} is not an IP address (try 127.0.0.1)", args.bind))?;
    let (first, tries) = match args.port {
        Some(port) => (port, 1),
        None => (crate::cli::DEFAULT_PORT, 20),
    };
    for port in first..first.saturating_add(tries) {
        match tokio::net::TcpListener::bind((ip, port)).await {
            Ok(l) => {
                if port != first {
                    eprintln!("note: port {first} is in use; using port {port}");
                }
                return Ok(l);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => continue,
            Err(e) => return Err(e).with_context(|| format!("cannot listen on {ip}:{port}")),
        }
    }
    if args.port.is_some() {
        anyhow::bail!(
            "port {first} on {ip} is in use; pass --port with a free port, or stop the program using it"
        );
    }
    anyhow::bail!(
        "ports {first} to {} on {ip} are all in use; pass --port with a free port",
        first + tries - 1
    )
}

/// Why a request path is refused.
#[derive(Debug, PartialEq, Eq)]
pub enum BadPath {
    /// Not valid percent-encoding or UTF-8, or a NUL byte.
    Malformed,
    /// A `..` or `.` segment, a backslash, or an encoded `/`: never inside the site.
    Traversal,
}

/// The file a request path names, relative to the site root, or why it is
/// refused. `base_path` is the site's path (`/` or `/research/`); `None`
/// inside `Ok` means the path is outside the base path.
pub fn file_of(path: &str, base_path: &str) -> Result<Option<String>, BadPath> {
    if path.contains('\\')
        || path.to_ascii_lowercase().contains("%2f")
        || path.to_ascii_lowercase().contains("%5c")
    {
        return Err(BadPath::Traversal);
    }
    let decoded = percent_decode(path).ok_or(BadPath::Malformed)?;
    // An empty segment (`//etc/passwd`) is no file of the site.
    if decoded.contains('\0') || decoded.contains("//") {
        return Err(BadPath::Malformed);
    }
    if decoded.split('/').any(|s| s == ".." || s == ".") || decoded.contains('\\') {
        return Err(BadPath::Traversal);
    }
    let Some(rest) = decoded.strip_prefix(base_path) else {
        return Ok(None);
    };
    Ok(Some(if rest.is_empty() || rest.ends_with('/') {
        format!("{rest}index.html")
    } else {
        rest.to_string()
    }))
}

fn percent_decode(path: &str) -> Option<String> {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = path.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

async fn site(
    State(state): State<AppState>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return (
            StatusCode::METHOD_NOT_ALLOWED,
            [(header::ALLOW, "GET, HEAD")],
            "only GET and HEAD\n",
        )
            .into_response();
    }
    let gzip_ok = headers
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .is_some_and(accepts_gzip);
    let live = state
        .live
        .read()
        .unwrap_or_else(PoisonError::into_inner)
        .clone();
    let path = uri.path();
    let file = match file_of(path, &live.base_path) {
        Err(_) => return (StatusCode::BAD_REQUEST, "bad path\n").into_response(),
        Ok(None) if path == "/" || path == live.base_path.trim_end_matches('/') => {
            return redirect(&live.base_path);
        }
        Ok(None) => return not_found(&live, gzip_ok).await,
        Ok(Some(file)) => file,
    };
    if let Some(served) = live.output.files.get(file.as_str()) {
        return respond(&file, served, StatusCode::OK, gzip_ok).await;
    }
    // `/skills/go` → `/skills/go/` when that is a page.
    if !file.ends_with("index.html")
        && live
            .output
            .files
            .contains_key(format!("{file}/index.html").as_str())
    {
        return redirect(&format!("{path}/"));
    }
    not_found(&live, gzip_ok).await
}

fn redirect(to: &str) -> Response {
    (
        StatusCode::MOVED_PERMANENTLY,
        [(header::LOCATION, to.to_string())],
    )
        .into_response()
}

async fn not_found(live: &Live, gzip_ok: bool) -> Response {
    match live.output.files.get("404.html") {
        Some(served) => respond("404.html", served, StatusCode::NOT_FOUND, gzip_ok).await,
        None => (StatusCode::NOT_FOUND, "not found\n").into_response(),
    }
}

fn internal_error() -> Response {
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        "could not make the file\n",
    )
        .into_response()
}

/// Answers with `served`: a file kept compressed goes out as it is to a
/// client that accepts gzip (`gzip_ok`), but HTML, which gets the reload
/// script, and everything else go out decompressed.
async fn respond(file: &str, served: &Served, status: StatusCode, gzip_ok: bool) -> Response {
    let (bytes, compressed) = match served {
        Served::Gzip(b) => (b.clone(), true),
        Served::Deferred(d) => {
            let d = d.clone();
            // Made on a worker of the pool that builds the site (the
            // scope runs there): its allocator already holds the memory a
            // build frees, which a thread of its own would not reuse.
            match tokio::task::spawn_blocking(move || rayon::scope(|_| d.gzip())).await {
                Ok(b) => (b, true),
                Err(_) => return internal_error(),
            }
        }
        Served::File(path) => match tokio::fs::read(path).await {
            Ok(b) => (Arc::new(b), false),
            Err(_) => return (StatusCode::NOT_FOUND, "not found\n").into_response(),
        },
    };
    let mime = mime_guess::from_path(file).first_or_octet_stream();
    let is_html = mime.essence_str() == "text/html";
    let content_type = if mime.type_() == "text"
        || mime.essence_str() == "application/javascript"
        || mime.essence_str() == "image/svg+xml"
        || mime.essence_str() == "application/json"
        || mime.essence_str() == "application/xml"
    {
        format!("{}; charset=utf-8", mime.essence_str())
    } else {
        mime.essence_str().to_string()
    };
    let encoded = compressed && gzip_ok && !is_html;
    let body = if encoded {
        Body::from(Bytes::from_owner(ArcBytes(bytes)))
    } else {
        let plain = if compressed {
            match crate::gzip::decompress(&bytes) {
                Ok(plain) => plain,
                Err(_) => return internal_error(),
            }
        } else {
            Arc::unwrap_or_clone(bytes)
        };
        Body::from(if is_html {
            inject_script(&plain)
        } else {
            plain
        })
    };
    let mut response = Response::new(body);
    *response.status_mut() = status;
    let headers = response.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&content_type) {
        headers.insert(header::CONTENT_TYPE, v);
    }
    if encoded {
        headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
    }
    if compressed && !is_html {
        headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}

/// A shared file's bytes as a response body, without a copy.
struct ArcBytes(Arc<Vec<u8>>);

impl AsRef<[u8]> for ArcBytes {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

/// Adds the live-reload script before `</body>` (or at the end).
pub fn inject_script(html: &[u8]) -> Vec<u8> {
    let tag = format!("<script src=\"{SCRIPT_PATH}\" defer></script>");
    let at = html
        .windows(7)
        .rposition(|w| w.eq_ignore_ascii_case(b"</body>"))
        .unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + tag.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(tag.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

/// `true` when an `Accept-Encoding` header value takes gzip: `gzip` (or
/// `x-gzip`, or `*`) listed without `q=0`.
pub fn accepts_gzip(accept_encoding: &str) -> bool {
    accept_encoding.split(',').any(|item| {
        let mut parts = item.split(';').map(str::trim);
        let name = parts.next().unwrap_or("");
        let named = ["gzip", "x-gzip", "*"]
            .iter()
            .any(|n| name.eq_ignore_ascii_case(n));
        let refused = parts.any(|p| {
            p.split_once('=').is_some_and(|(k, v)| {
                k.trim().eq_ignore_ascii_case("q")
                    && v.trim().parse::<f32>().is_ok_and(|q| q <= 0.0)
            })
        });
        named && !refused
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_paths_map_to_files_or_are_refused() {
        for (path, base, want) in [
            ("/", "/", Ok(Some("index.html".to_string()))),
            ("/skills/go/", "/", Ok(Some("skills/go/index.html".into()))),
            ("/style.css", "/", Ok(Some("style.css".into()))),
            ("/notes/a%20b.svg", "/", Ok(Some("notes/a b.svg".into()))),
            (
                "/research/skills/",
                "/research/",
                Ok(Some("skills/index.html".into())),
            ),
            ("/other/", "/research/", Ok(None)),
            ("/../etc/passwd", "/", Err(BadPath::Traversal)),
            ("/%2e%2e/etc/passwd", "/", Err(BadPath::Traversal)),
            ("/a/%2E%2E/%2e%2e/x", "/", Err(BadPath::Traversal)),
            ("/..%2fetc", "/", Err(BadPath::Traversal)),
            ("/..%5cetc", "/", Err(BadPath::Traversal)),
            ("/a\\..\\b", "/", Err(BadPath::Traversal)),
            ("/./a", "/", Err(BadPath::Traversal)),
            ("/a%00b", "/", Err(BadPath::Malformed)),
            ("//etc/passwd", "/", Err(BadPath::Malformed)),
            ("/a/%2F/b", "/", Err(BadPath::Traversal)),
            ("/a%zz", "/", Err(BadPath::Malformed)),
            ("/%ff", "/", Err(BadPath::Malformed)),
            // Double encoding decodes once: a file literally named `%2e%2e`, which no page is.
            ("/%252e%252e/etc", "/", Ok(Some("%2e%2e/etc".into()))),
        ] {
            assert_eq!(file_of(path, base), want, "path: {path:?}");
        }
    }

    #[test]
    fn script_goes_before_the_last_body_end() {
        let out = inject_script(b"<html><body><p>x</p></BODY></html>");
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "<html><body><p>x</p><script src=\"/__dossier/live.js\" defer></script></BODY></html>"
        );
        let out = inject_script(b"fragment");
        assert!(String::from_utf8(out).unwrap().ends_with("defer></script>"));
    }

    #[test]
    fn accept_encoding_is_read_like_a_browser_sends_it() {
        for (header, want) in [
            ("gzip, deflate, br, zstd", true),
            ("br;q=1.0, gzip;q=0.8", true),
            ("GZIP", true),
            ("x-gzip", true),
            ("*", true),
            ("identity", false),
            ("", false),
            ("br", false),
            ("gzip;q=0", false),
            ("gzip; q=0.000", false),
            ("deflate, gzip;q=0, *;q=0", false),
            ("gzipped", false),
        ] {
            assert_eq!(accepts_gzip(header), want, "header: {header:?}");
        }
    }
}
