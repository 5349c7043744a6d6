//! A real SMTP server on loopback (mailin-embedded) that keeps what it is
//! sent, for the tests of the e-mails: it can refuse every message for a
//! while (451, a temporary refusal), as a busy mail server does.

use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use mailin_embedded::{Handler, Response, Server};

/// An e-mail as the sink received it.
#[derive(Debug, Clone)]
pub struct Mail {
    pub to: Vec<String>,
    /// The whole message, as it came (headers and encoded body).
    pub raw: String,
    pub subject: String,
    pub message_id: String,
    /// The decoded text.
    pub body: String,
}

#[derive(Default)]
struct Shared {
    received: Vec<Mail>,
    refusing: bool,
    refusals: usize,
}

#[derive(Clone)]
struct Session {
    shared: Arc<Mutex<Shared>>,
    to: Vec<String>,
    data: Vec<u8>,
}

impl Handler for Session {
    // Refused at the recipient, as a greylisting server does (a refusal at
    // the end of the data leaves mailin reading the next command as data).
    fn rcpt(&mut self, _to: &str) -> Response {
        let mut shared = self.shared.lock().unwrap();
        if shared.refusing {
            shared.refusals += 1;
            return Response::custom(451, "4.7.1 Mailbox busy, try again later".to_owned());
        }
        mailin_embedded::response::OK
    }

    fn data_start(&mut self, _domain: &str, _from: &str, _is8bit: bool, to: &[String]) -> Response {
        self.to = to.to_vec();
        self.data.clear();
        mailin_embedded::response::OK
    }

    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.data.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> Response {
        let mut shared = self.shared.lock().unwrap();
        let parsed = mailparse::parse_mail(&self.data).unwrap();
        let header = |name: &str| {
            mailparse::MailHeaderMap::get_first_value(&parsed.headers[..], name).unwrap_or_default()
        };
        shared.received.push(Mail {
            to: self.to.clone(),
            raw: String::from_utf8_lossy(&self.data).into_owned(),
            subject: header("Subject"),
            message_id: header("Message-ID"),
            body: parsed.get_body().unwrap(),
        });
        mailin_embedded::response::OK
    }
}

pub struct Sink {
    pub port: u16,
    shared: Arc<Mutex<Shared>>,
}

impl Sink {
    /// Starts a sink on a free port; it runs until the test binary ends.
    pub fn start() -> Sink {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let shared = Arc::new(Mutex::new(Shared::default()));
        let mut server = Server::new(Session {
            shared: shared.clone(),
            to: Vec::new(),
            data: Vec::new(),
        });
        server.with_name("sink.test").with_tcp_listener(listener);
        std::thread::spawn(move || {
            let _ = server.serve();
        });
        Sink { port, shared }
    }

    /// The `[smtp]` section that sends to this sink, first retry after one
    /// second, `attempts` in all.
    pub fn config(&self, attempts: u32) -> String {
        format!(
            "[site]\nurl = 'https://portail.example.org/'\n\
             [smtp]\nhost = '127.0.0.1'\nport = {}\ntls = 'none'\nsender = 'Frama.space <portail@example.org>'\n\
             retry_seconds = 1\nattempts = {attempts}\n",
            self.port
        )
    }

    /// Refuse every message from now on (451), or take them again.
    pub fn refuse(&self, refusing: bool) {
        self.shared.lock().unwrap().refusing = refusing;
    }

    pub fn refusals(&self) -> usize {
        self.shared.lock().unwrap().refusals
    }

    pub fn received(&self) -> Vec<Mail> {
        self.shared.lock().unwrap().received.clone()
    }

    /// Waits until `count` messages in all were received (ten seconds at
    /// most), then returns them all.
    pub async fn wait_for(&self, count: usize) -> Vec<Mail> {
        for _ in 0..200 {
            if self.received().len() >= count {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let received = self.received();
        assert!(
            received.len() >= count,
            "{} of {count} e-mails received",
            received.len()
        );
        received
    }

    /// Waits until the sink has refused `count` messages in all.
    pub async fn wait_for_refusals(&self, count: usize) {
        for _ in 0..200 {
            if self.refusals() >= count {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("{} of {count} refusals", self.refusals());
    }
}
