//! Accepting connections so that no client can hold the server, and so
//! that a crowd behind one address (a mobile carrier's shared address, a
//! school's) is still served:
//! - the server holds `total` connections at once, under the process's
//!   descriptor limit; when it is full, the connection that has waited the
//!   longest for its next request (kept alive, idle) is closed to make room;
//! - once it is half full, a client (an address, an IPv6 /64; never a
//!   trusted proxy) that holds `per_client` connections makes room among
//!   its own idle ones;
//! - a connection that finds no room is answered `503` with `Retry-After`
//!   (while `/api/health` still answers), then closed, rather than dropped
//!   unanswered; past a small reserve for those answers, it is dropped;
//! - a request's head must arrive in time (which also closes a kept-alive
//!   connection left idle), and a connection that sends and receives
//!   nothing for too long, mid-request or mid-response, is closed; one whose
//!   handler is still at work is not silent.
//!
//! The body's own deadline is the API's (`RequestBodyTimeoutLayer`).

use prometheus_client::metrics::gauge::Gauge;
use std::collections::HashMap;
use std::future::Future;
use std::io;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, Response, header};
use axum::response::IntoResponse;
use hyper::body::{Body as _, Incoming};
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Notify, watch};
use tokio::time::Sleep;
use tower::ServiceExt;

use portal_core::endpoints::{self, Endpoint as _, HealthCheck};

use crate::clients::{TrustedProxies, client_key};
use crate::error::ApiError;

/// How connections are held to account (`[limits]` of the configuration).
#[derive(Debug, Clone)]
pub struct ConnectionLimits {
    pub header: Duration,
    pub idle: Duration,
    /// Connections served at once, in all.
    pub total: usize,
    /// Connections one client keeps once the server is half full.
    pub per_client: u32,
    /// Their connections carry many clients: no per-client count.
    pub proxies: TrustedProxies,
}

/// Connections answered `503` at once, beyond `total`.
const BUSY_RESERVE: usize = 64;
/// What a `503` asks the client to wait.
pub const RETRY_AFTER_SECONDS: u64 = 5;
/// Descriptors kept for the database, logs and the busy answers.
const DESCRIPTORS_KEPT: u64 = 128 + BUSY_RESERVE as u64;

/// Raises the process's limit of open descriptors to the most it may have,
/// and returns how many connections fit under it.
pub fn connections_under_descriptor_limit() -> usize {
    let limit = match rlimit::increase_nofile_limit(u64::MAX) {
        Ok(limit) => limit,
        Err(err) => {
            tracing::warn!(error = %err, "the descriptor limit could not be read");
            1024
        }
    };
    usize::try_from(limit.saturating_sub(DESCRIPTORS_KEPT).max(16)).unwrap_or(usize::MAX)
}

/// Serves `app` on `listener` until `shutdown` resolves, then lets the open
/// connections finish (for 10 seconds at most).
pub async fn serve(
    listener: TcpListener,
    app: Router,
    limits: ConnectionLimits,
    open: Gauge,
    shutdown: impl Future<Output = ()>,
) {
    let registry = Arc::new(Registry::new(open));
    let (stop, stopping) = watch::channel(false);
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (stream, remote) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(err) => {
                    // Out of descriptors, most often: wait for some to close.
                    tracing::warn!(error = %err, "accept failed");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        // Small answers go out at once, not after the client's delayed ACK.
        if let Err(err) = stream.set_nodelay(true) {
            tracing::debug!(error = %err, "TCP_NODELAY not set");
        }
        let exempt = limits.proxies.contains(remote.ip());
        match registry.admit(client_key(remote.ip()), exempt, &limits) {
            Admission::Serve(conn) => {
                spawn_served(stream, remote, conn, &app, &limits, &registry, &stopping);
            }
            Admission::Busy => spawn_busy(stream, remote, &app, &limits, &registry),
            Admission::Drop => {
                tracing::debug!("connection dropped: no room, even to say so");
            }
        }
    }
    drop(listener);
    let _ = stop.send(true);
    // Requests under way are finished; a client that keeps one open past
    // this is not waited for.
    if tokio::time::timeout(Duration::from_secs(10), registry.emptied())
        .await
        .is_err()
    {
        tracing::warn!("connections still open at shutdown were cut");
    }
}

/// Serves one connection: closed when the server stops or needs its room
/// (once its request under way, if any, is answered).
fn spawn_served(
    stream: TcpStream,
    remote: SocketAddr,
    conn: Arc<Conn>,
    app: &Router,
    limits: &ConnectionLimits,
    registry: &Arc<Registry>,
    stopping: &watch::Receiver<bool>,
) {
    let service = Tracked {
        app: app.clone(),
        conn: Arc::clone(&conn),
        remote,
    };
    let connection = hyper::server::conn::http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header)
        .serve_connection(
            TokioIo::new(Watched::new(
                stream,
                limits.idle,
                Arc::clone(&conn.handling),
            )),
            TowerToHyperService::new(service),
        );
    let registry = Arc::clone(registry);
    let mut stopping = stopping.clone();
    tokio::spawn(async move {
        let mut connection = std::pin::pin!(connection);
        let told = async {
            tokio::select! {
                () = conn.close.notified() => {}
                _ = stopping.wait_for(|stop| *stop) => {}
            }
        };
        let first = tokio::select! {
            ended = connection.as_mut() => Some(ended),
            () = told => None,
        };
        let ended = match first {
            Some(ended) => ended,
            None => {
                connection.as_mut().graceful_shutdown();
                connection.await
            }
        };
        if let Err(err) = ended {
            tracing::debug!(error = %err, "connection ended");
        }
        registry.release(&conn);
    });
}

/// Answers one request of a connection that found no room: `503` with
/// `Retry-After`, except the health check; then closes it.
fn spawn_busy(
    stream: TcpStream,
    remote: SocketAddr,
    app: &Router,
    limits: &ConnectionLimits,
    registry: &Arc<Registry>,
) {
    let app = app.clone();
    let service = tower::service_fn(move |request: Request<Incoming>| {
        let app = app.clone();
        async move {
            if request.uri().path() == HealthCheck::PATH {
                let mut request = request.map(Body::new);
                request.extensions_mut().insert(ConnectInfo(remote));
                app.oneshot(request).await
            } else {
                Ok(busy_answer(request.uri().path()))
            }
        }
    });
    let connection = hyper::server::conn::http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header)
        .keep_alive(false)
        .serve_connection(
            TokioIo::new(Watched::new(stream, limits.idle, Arc::default())),
            TowerToHyperService::new(service),
        );
    let registry = Arc::clone(registry);
    tokio::spawn(async move {
        if let Err(err) = connection.await {
            tracing::debug!(error = %err, "busy connection ended");
        }
        registry.release_busy();
    });
}

/// The answer of a connection that found no room: the API's error shape
/// under `/api`, a short page in both languages elsewhere.
fn busy_answer(path: &str) -> Response<Body> {
    let api = path
        .strip_prefix(endpoints::PREFIX)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'));
    let mut response = if api {
        ApiError::Busy.into_response()
    } else {
        use portal_core::Locale;
        let text = |locale, id| crate::texts::label(locale, id);
        let page = format!(
            "<!DOCTYPE html><html lang=fr><meta charset=utf-8>\
             <meta name=viewport content=\"width=device-width,initial-scale=1\">\
             <title>{}</title><main><h1>{}</h1><p>{}</p>\
             <div lang=en><h2>{}</h2><p>{}</p></div></main></html>",
            text(Locale::Fr, "busy-title"),
            text(Locale::Fr, "busy-title"),
            text(Locale::Fr, "busy-text"),
            text(Locale::En, "busy-title"),
            text(Locale::En, "busy-text"),
        );
        let mut response = (
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            page,
        )
            .into_response();
        response.headers_mut().insert(
            header::CACHE_CONTROL,
            header::HeaderValue::from_static("no-store"),
        );
        response
    };
    response.headers_mut().insert(
        header::RETRY_AFTER,
        header::HeaderValue::from(RETRY_AFTER_SECONDS),
    );
    response
}

/// The app, serving the requests of one connection: it knows when the
/// connection has a request under way (it is not idle), and when that
/// request has all arrived and waits for its answer (the connection's
/// silence is then the server's, not the client's).
#[derive(Clone)]
struct Tracked {
    app: Router,
    conn: Arc<Conn>,
    remote: SocketAddr,
}

impl tower::Service<Request<Incoming>> for Tracked {
    type Response = Response<Body>;
    type Error = std::convert::Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Response<Body>, Self::Error>> + Send>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request<Incoming>) -> Self::Future {
        let in_flight = InFlight::start(&self.conn);
        let work = Arc::new(Work {
            handling: Arc::clone(&self.conn.handling),
            counted: AtomicBool::new(false),
        });
        let mut request = request.map(|body| {
            if body.is_end_stream() {
                work.arrived();
            }
            Body::new(Arrived {
                inner: body,
                work: Arc::clone(&work),
            })
        });
        request.extensions_mut().insert(ConnectInfo(self.remote));
        let app = self.app.clone();
        Box::pin(async move {
            let answer = app.oneshot(request).await;
            drop((work, in_flight));
            answer
        })
    }
}

/// A request that has all arrived and waits for its answer.
struct Work {
    handling: Arc<AtomicU32>,
    counted: AtomicBool,
}

impl Work {
    fn arrived(&self) {
        if !self.counted.swap(true, Ordering::AcqRel) {
            self.handling.fetch_add(1, Ordering::AcqRel);
        }
    }
}

impl Drop for Work {
    fn drop(&mut self) {
        if *self.counted.get_mut() {
            self.handling.fetch_sub(1, Ordering::AcqRel);
        }
    }
}

/// A request's body, telling its `Work` when it has all arrived.
struct Arrived {
    inner: Incoming,
    work: Arc<Work>,
}

impl hyper::body::Body for Arrived {
    type Data = hyper::body::Bytes;
    type Error = hyper::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<hyper::body::Frame<Self::Data>, Self::Error>>> {
        let frame = Pin::new(&mut self.inner).poll_frame(cx);
        if matches!(frame, Poll::Ready(None)) || self.inner.is_end_stream() {
            self.work.arrived();
        }
        frame
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> hyper::body::SizeHint {
        self.inner.size_hint()
    }
}

/// One open connection, as the accept loop sees it.
struct Conn {
    id: u64,
    client: IpAddr,
    /// Its requests under way, from their head to their answer.
    requests: AtomicU32,
    /// Its requests that have all arrived and wait for their answer.
    handling: Arc<AtomicU32>,
    /// When it last finished a request (or opened), by `clock`.
    last_active: AtomicU64,
    /// Told to close to make room.
    closing: AtomicBool,
    close: Notify,
    /// The registry's `idle_seen`, set when this connection goes idle.
    idle_seen: Arc<AtomicBool>,
}

impl Conn {
    fn is_idle(&self) -> bool {
        self.requests.load(Ordering::Acquire) == 0 && !self.closing.load(Ordering::Acquire)
    }
}

/// A request under way on a connection, from its head to its answer (or
/// until the connection goes).
struct InFlight(Arc<Conn>);

impl InFlight {
    fn start(conn: &Arc<Conn>) -> InFlight {
        conn.requests.fetch_add(1, Ordering::AcqRel);
        InFlight(Arc::clone(conn))
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.last_active.store(clock(), Ordering::Release);
        if self.0.requests.fetch_sub(1, Ordering::AcqRel) == 1 {
            self.0.idle_seen.store(true, Ordering::Release);
        }
    }
}

/// A monotonic clock shared by every connection, in milliseconds.
fn clock() -> u64 {
    static START: std::sync::LazyLock<Instant> = std::sync::LazyLock::new(Instant::now);
    u64::try_from(START.elapsed().as_millis()).unwrap_or(u64::MAX)
}

enum Admission {
    Serve(Arc<Conn>),
    Busy,
    Drop,
}

#[derive(Default)]
struct Table {
    open: HashMap<u64, Arc<Conn>>,
    per_client: HashMap<IpAddr, u32>,
    /// Connections being answered `503`.
    busy: usize,
    next_id: u64,
}

impl Table {
    /// The connection that has waited the longest for a request, of
    /// `client` only when given.
    fn longest_idle(&self, client: Option<IpAddr>) -> Option<&Arc<Conn>> {
        self.open
            .values()
            .filter(|conn| conn.is_idle() && client.is_none_or(|ip| conn.client == ip))
            .min_by_key(|conn| conn.last_active.load(Ordering::Acquire))
    }
}

fn gauge_value(count: usize) -> i64 {
    i64::try_from(count).unwrap_or(i64::MAX)
}

struct Registry {
    table: Mutex<Table>,
    /// Told when the last connection is gone.
    empty: Notify,
    /// Whether a connection may have gone idle since a search of the whole
    /// table found none: a full server under a flood of new connections
    /// searches again only then, not at each of them.
    idle_seen: Arc<AtomicBool>,
    /// The connections open, for the metrics.
    open: Gauge,
}

impl Registry {
    fn new(open: Gauge) -> Self {
        Registry {
            table: Mutex::new(Table::default()),
            empty: Notify::new(),
            idle_seen: Arc::new(AtomicBool::new(true)),
            open,
        }
    }

    fn lock(&self) -> MutexGuard<'_, Table> {
        self.table
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Whether a new connection of `client` is served, making room for it
    /// if need be, or answered that the server is busy.
    fn admit(&self, client: IpAddr, exempt: bool, limits: &ConnectionLimits) -> Admission {
        let mut table = self.lock();
        let open = table.open.len();
        let mine = table.per_client.get(&client).copied().unwrap_or(0);
        let crowded = !exempt && open >= limits.total / 2 && mine >= limits.per_client;
        if crowded || open >= limits.total {
            let idle = if crowded {
                table.longest_idle(Some(client))
            } else if self.idle_seen.swap(false, Ordering::AcqRel) {
                let found = table.longest_idle(None);
                // Others may be idle too: the next one searches again.
                self.idle_seen.store(found.is_some(), Ordering::Release);
                found
            } else {
                None
            };
            let Some(idle) = idle else {
                if table.busy < BUSY_RESERVE {
                    table.busy += 1;
                    return Admission::Busy;
                }
                return Admission::Drop;
            };
            idle.closing.store(true, Ordering::Release);
            idle.close.notify_one();
        }
        let id = table.next_id;
        table.next_id += 1;
        let conn = Arc::new(Conn {
            id,
            client,
            requests: AtomicU32::new(0),
            handling: Arc::default(),
            last_active: AtomicU64::new(clock()),
            closing: AtomicBool::new(false),
            close: Notify::new(),
            idle_seen: Arc::clone(&self.idle_seen),
        });
        // Not at work until its first request.
        self.idle_seen.store(true, Ordering::Release);
        table.open.insert(id, Arc::clone(&conn));
        self.open.set(gauge_value(table.open.len()));
        *table.per_client.entry(client).or_insert(0) += 1;
        Admission::Serve(conn)
    }

    fn release(&self, conn: &Conn) {
        let mut table = self.lock();
        table.open.remove(&conn.id);
        self.open.set(gauge_value(table.open.len()));
        if let Some(open) = table.per_client.get_mut(&conn.client) {
            *open = open.saturating_sub(1);
            if *open == 0 {
                table.per_client.remove(&conn.client);
            }
        }
        self.tell_if_empty(&table);
    }

    fn release_busy(&self) {
        let mut table = self.lock();
        table.busy = table.busy.saturating_sub(1);
        self.tell_if_empty(&table);
    }

    fn tell_if_empty(&self, table: &Table) {
        if table.open.is_empty() && table.busy == 0 {
            self.empty.notify_one();
        }
    }

    /// Once every connection is gone.
    async fn emptied(&self) {
        loop {
            {
                let table = self.lock();
                if table.open.is_empty() && table.busy == 0 {
                    return;
                }
            }
            self.empty.notified().await;
        }
    }
}

/// A stream that fails with `TimedOut` once it has neither read nor written
/// a byte for `idle`, while it is waited on, unless a request of it has all
/// arrived and waits for its answer (`handling` above 0): a long bulk
/// decision is not the client's silence.
pub struct Watched<S> {
    inner: S,
    idle: Duration,
    deadline: Pin<Box<Sleep>>,
    handling: Arc<AtomicU32>,
}

impl<S> Watched<S> {
    pub fn new(inner: S, idle: Duration, handling: Arc<AtomicU32>) -> Self {
        Watched {
            inner,
            idle,
            deadline: Box::pin(tokio::time::sleep(idle)),
            handling,
        }
    }

    fn progressed(&mut self) {
        let next = tokio::time::Instant::now() + self.idle;
        self.deadline.as_mut().reset(next);
    }

    fn waiting<T>(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<T>> {
        if self.deadline.as_mut().poll(cx).is_pending() {
            return Poll::Pending;
        }
        if self.handling.load(Ordering::Acquire) == 0 {
            return Poll::Ready(Err(io::ErrorKind::TimedOut.into()));
        }
        // Its answer is being made: wait another while, woken then.
        self.progressed();
        let _ = self.deadline.as_mut().poll(cx);
        Poll::Pending
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for Watched<S> {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let before = buf.filled().len();
        match Pin::new(&mut this.inner).poll_read(cx, buf) {
            Poll::Ready(result) => {
                if buf.filled().len() > before {
                    this.progressed();
                }
                Poll::Ready(result)
            }
            Poll::Pending => this.waiting(cx),
        }
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Watched<S> {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        data: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        match Pin::new(&mut this.inner).poll_write(cx, data) {
            Poll::Ready(result) => {
                if result.as_ref().is_ok_and(|n| *n > 0) {
                    this.progressed();
                }
                Poll::Ready(result)
            }
            Poll::Pending => this.waiting(cx),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        match Pin::new(&mut this.inner).poll_flush(cx) {
            Poll::Pending => this.waiting(cx),
            ready => ready,
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_shutdown(cx)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        match Pin::new(&mut this.inner).poll_write_vectored(cx, bufs) {
            Poll::Ready(result) => {
                if result.as_ref().is_ok_and(|n| *n > 0) {
                    this.progressed();
                }
                Poll::Ready(result)
            }
            Poll::Pending => this.waiting(cx),
        }
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    #[tokio::test(start_paused = true)]
    async fn a_silent_stream_times_out_and_a_busy_one_does_not() {
        let (near, mut far) = tokio::io::duplex(64);
        let mut watched = Watched::new(near, Duration::from_secs(5), Arc::default());
        let mut buf = [0u8; 8];
        // Bytes every 3 s keep it alive past 5 s.
        for _ in 0..3 {
            tokio::time::sleep(Duration::from_secs(3)).await;
            far.write_all(b"x").await.unwrap();
            assert_eq!(watched.read(&mut buf).await.unwrap(), 1);
        }
        let err = watched.read(&mut buf).await.unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::TimedOut);
    }

    #[tokio::test(start_paused = true)]
    async fn a_reader_that_stops_reading_times_the_writer_out() {
        let (near, _far) = tokio::io::duplex(16);
        let mut watched = Watched::new(near, Duration::from_secs(5), Arc::default());
        let err = watched.write_all(&[0u8; 1024]).await.unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::TimedOut);
    }

    #[tokio::test(start_paused = true)]
    async fn a_stream_whose_request_is_at_work_is_not_silent() {
        let (near, mut far) = tokio::io::duplex(64);
        let handling = Arc::new(AtomicU32::new(1));
        let mut watched = Watched::new(near, Duration::from_secs(5), Arc::clone(&handling));
        let mut buf = [0u8; 8];
        // A handler works for a minute: the connection waits for it.
        let read = tokio::time::timeout(Duration::from_secs(60), watched.read(&mut buf)).await;
        assert!(read.is_err(), "the read ended while the handler worked");
        far.write_all(b"x").await.unwrap();
        assert_eq!(watched.read(&mut buf).await.unwrap(), 1);
        // Its answer made, silence counts again.
        handling.store(0, Ordering::Release);
        let err = watched.read(&mut buf).await.unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::TimedOut);
    }

    fn limits(total: usize, per_client: u32) -> ConnectionLimits {
        ConnectionLimits {
            header: Duration::from_secs(1),
            idle: Duration::from_secs(1),
            total,
            per_client,
            proxies: TrustedProxies::default(),
        }
    }

    fn served(admission: Admission) -> Arc<Conn> {
        match admission {
            Admission::Serve(conn) => conn,
            Admission::Busy => panic!("answered busy"),
            Admission::Drop => panic!("dropped"),
        }
    }

    #[test]
    fn a_crowd_behind_one_address_is_served_while_there_is_room() {
        let registry = Registry::new(Gauge::default());
        let limits = limits(1000, 4);
        let shared: IpAddr = "192.0.2.1".parse().unwrap();
        // 400 connections of one address, all at work: under half the
        // server, no count per client.
        let conns: Vec<_> = (0..400)
            .map(|_| served(registry.admit(shared, false, &limits)))
            .collect();
        let _work: Vec<_> = conns.iter().map(InFlight::start).collect();
        assert!(conns.iter().all(|c| !c.closing.load(Ordering::Acquire)));
        assert_eq!(registry.lock().open.len(), 400);
    }

    #[test]
    fn past_half_a_client_over_its_share_makes_room_among_its_own_idle_or_is_told_busy() {
        let registry = Registry::new(Gauge::default());
        let limits = limits(10, 2);
        let a: IpAddr = "192.0.2.1".parse().unwrap();
        let b: IpAddr = "2001:db8::1".parse().unwrap();
        let others: Vec<_> = (0..4)
            .map(|_| served(registry.admit(b, false, &limits)))
            .collect();
        let _others_work: Vec<_> = others.iter().map(InFlight::start).collect();
        let first = served(registry.admit(a, false, &limits));
        let second = served(registry.admit(a, false, &limits));
        let _second_work = InFlight::start(&second);
        // Half full and `a` holds two: its idle one is closed for the third.
        let third = served(registry.admit(a, false, &limits));
        assert!(first.closing.load(Ordering::Acquire));
        assert!(!second.closing.load(Ordering::Acquire));
        let _third_work = InFlight::start(&third);
        // Nothing of its own idle any more: busy.
        assert!(matches!(registry.admit(a, false, &limits), Admission::Busy));
        // A trusted proxy's connections are many clients: no share.
        served(registry.admit(a, true, &limits));
        // Its share given back, `a` is served again.
        registry.release(&first);
        registry.release(&second);
        served(registry.admit(a, false, &limits));
    }

    #[test]
    fn a_full_server_closes_the_longest_idle_then_answers_busy_then_drops() {
        let registry = Registry::new(Gauge::default());
        let limits = limits(4, 100);
        let conns: Vec<_> = (1..=4u8)
            .map(|n| served(registry.admit(IpAddr::from([192, 0, 2, n]), false, &limits)))
            .collect();
        let work: Vec<_> = conns[..3].iter().map(InFlight::start).collect();
        // Only the fourth is idle: it goes for a newcomer.
        let newcomer: IpAddr = "198.51.100.1".parse().unwrap();
        served(registry.admit(newcomer, false, &limits));
        assert!(conns[3].closing.load(Ordering::Acquire));
        assert!(!conns[0].closing.load(Ordering::Acquire));
        // Once idle connections are there again, one more of them goes.
        drop(work);
        served(registry.admit(newcomer, false, &limits));
        let closing = |registry: &Registry| {
            let table = registry.lock();
            let open = table.open.values();
            open.filter(|c| c.closing.load(Ordering::Acquire)).count()
        };
        assert_eq!(closing(&registry), 2);
        // Everyone at work: busy answers, up to the reserve, then drops.
        let _all: Vec<_> = registry
            .lock()
            .open
            .values()
            .filter(|c| c.is_idle())
            .map(InFlight::start)
            .collect();
        for _ in 0..BUSY_RESERVE {
            assert!(matches!(
                registry.admit(newcomer, false, &limits),
                Admission::Busy
            ));
        }
        assert!(matches!(
            registry.admit(newcomer, false, &limits),
            Admission::Drop
        ));
        registry.release_busy();
        assert!(matches!(
            registry.admit(newcomer, false, &limits),
            Admission::Busy
        ));
    }
}
