//! Sends the outbox's e-mails (`store::notifications`) through the mail
//! server of `[smtp]`, with lettre: every second, the e-mails that are due,
//! in the applicant's language; a refused one is tried again later, each
//! wait twice the one before, until `attempts` are used or the server
//! refuses it for good. Without `[smtp]`, nothing runs and nothing is sent.
//!
//! An address gets nothing it did not ask for (`store::consent`): the first
//! e-mail to it also asks its owner to confirm, with a single-use link, and
//! the next ones wait for that; each e-mail is addressed to the address
//! alone (no name chosen by whoever filled the form), and carries a link,
//! and the `List-Unsubscribe` headers of RFC 8058, that stop the request's
//! e-mails without its secret.

use std::time::Duration;

use lettre::message::Mailbox;
use lettre::message::header::{ContentType, Header, HeaderName, HeaderValue};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use portal_core::{ApplicationInput, ApplicationStatus, Locale, NotificationKind, messages};

use crate::config::{Smtp, TlsMode};
use crate::error::StartError;
use crate::secrets;
use crate::store::{Claimed, Form, Store, StoreError, retry_after};
use crate::texts;

/// E-mails taken at once by one sender.
const BATCH: u32 = 10;
/// The longest a refusal kept for reviewers may be.
const REFUSAL_MAX: usize = 300;

pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    sender: Mailbox,
    /// The portal's address, without a trailing slash.
    site: String,
    /// What the links that stop the e-mails are signed with.
    key: Vec<u8>,
    retry: Duration,
    /// The longest the mail server may take to answer.
    timeout: Duration,
    attempts: u32,
}

impl Mailer {
    /// The sender of `smtp`, with the credentials of the environment
    /// (`PORTAL_SMTP_USERNAME`, `PORTAL_SMTP_PASSWORD`), if any.
    pub fn new(smtp: &Smtp, site: &str, key: Vec<u8>) -> Result<Mailer, StartError> {
        let invalid = |e: &dyn std::fmt::Display| StartError::Other(format!("[smtp]: {e}"));
        let (transport, retry, timeout) = transport(smtp).map_err(|e| invalid(&e))?;
        Ok(Mailer {
            transport,
            sender: smtp.sender.parse().map_err(|e| invalid(&e))?,
            site: site.to_owned(),
            key,
            retry,
            timeout,
            attempts: smtp.attempts,
        })
    }

    /// Whether the mail server of `smtp` answers (and takes the
    /// credentials): `check --try-smtp`.
    pub async fn reachable(smtp: &Smtp) -> Result<(), String> {
        let (transport, _, timeout) = transport(smtp).map_err(|e| e.to_string())?;
        match tokio::time::timeout(timeout, transport.test_connection()).await {
            Ok(Ok(true)) => Ok(()),
            Ok(Ok(false)) => Err("it does not answer as a mail server".to_owned()),
            Ok(Err(e)) => Err(e.to_string()),
            Err(_) => Err(format!("no answer within {} s", timeout.as_secs())),
        }
    }
}

/// The connection to the mail server of `smtp`, its first retry's delay and
/// its timeout.
fn transport(
    smtp: &Smtp,
) -> Result<(Transport, Duration, Duration), lettre::transport::smtp::Error> {
    let host = smtp.host.trim();
    let builder = match smtp.tls {
        TlsMode::Tls => Transport::relay(host)?,
        TlsMode::Starttls => Transport::starttls_relay(host)?,
        TlsMode::None => Transport::builder_dangerous(host),
    };
    let retry = Duration::from_secs(u64::from(smtp.retry_seconds));
    // A mail server slower than the first retry would see the e-mail taken
    // again by another sender meanwhile.
    let timeout = retry.min(Duration::from_secs(60));
    let mut builder = builder.timeout(Some(timeout));
    if let Some(port) = smtp.port {
        builder = builder.port(port);
    }
    if let (Ok(user), Ok(password)) = (
        std::env::var("PORTAL_SMTP_USERNAME"),
        std::env::var("PORTAL_SMTP_PASSWORD"),
    ) {
        builder = builder.credentials(Credentials::new(user, password));
    }
    Ok((builder.build(), retry, timeout))
}

type Transport = AsyncSmtpTransport<Tokio1Executor>;

impl Mailer {
    /// Sends what is due, every second, as long as the server runs.
    pub async fn run(self, store: Store) {
        loop {
            match self.send_due(&store).await {
                // A full batch: more may be waiting.
                Ok(n) if n == BATCH as usize => continue,
                Ok(_) => {}
                Err(err) => tracing::warn!(error = %err, "sending e-mails failed"),
            }
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
    }

    async fn send_due(&self, store: &Store) -> Result<usize, StoreError> {
        let claimed = store
            .claim(&now(), BATCH, self.attempts, |n| retry_after(self.retry, n))
            .await?;
        for item in &claimed {
            let address = item
                .answers
                .as_deref()
                .and_then(|json| serde_json::from_str::<ApplicationInput>(json).ok())
                .map(|answers| answers.contact.email.trim().to_owned());
            let Some(address) = address else {
                // Erased since it was queued: there is no address any more.
                store.drop_notification(item.id).await?;
                continue;
            };
            let link = secrets::random_token().map_err(StoreError::from)?;
            let form = store
                .mail_form(
                    item.id,
                    item.application_id,
                    &secrets::address_digest(&address),
                    &secrets::confirm_fingerprint(&link),
                    &now(),
                )
                .await?;
            let confirm = match form {
                Form::Held => continue,
                Form::Plain => None,
                Form::Ask => Some(link),
            };
            let Some(message) = self.message(item, &address, confirm.as_deref()) else {
                store.drop_notification(item.id).await?;
                continue;
            };
            // lettre's timeout is per read and write: a mail server that
            // trickles its answers is cut off here.
            let sent = tokio::time::timeout(self.timeout * 4, self.transport.send(message)).await;
            let refusal = match sent {
                Ok(Ok(_)) => None,
                Ok(Err(err)) => Some((
                    err.is_permanent(),
                    err.status().map(|code| code.to_string()),
                    err.to_string(),
                )),
                Err(_) => Some((
                    false,
                    None,
                    "no answer from the mail server in time".to_owned(),
                )),
            };
            match refusal {
                None => {
                    tracing::info!(notification = item.id, kind = %item.kind, "e-mail sent");
                    store.mark_sent(item.id, &now()).await?;
                }
                Some((permanent, code, text)) => {
                    let last = permanent || item.attempts >= self.attempts;
                    // The refusal may quote the address: it goes to the
                    // request page, not to the logs.
                    tracing::warn!(
                        notification = item.id,
                        attempt = item.attempts,
                        last,
                        code,
                        "e-mail refused"
                    );
                    let text: String = text.chars().take(REFUSAL_MAX).collect();
                    store.mark_refused(item.id, &text, last, &now()).await?;
                }
            }
        }
        Ok(claimed.len())
    }

    /// The e-mail of `item` to `address`, in the request's language, asking
    /// to confirm the address with the single-use link `confirm` when
    /// given; `None` when the address does not read.
    fn message(&self, item: &Claimed, address: &str, confirm: Option<&str>) -> Option<Message> {
        let to = Mailbox::new(None, address.parse().ok()?);
        let kind = NotificationKind::parse(&item.kind)?;
        let locale = Locale::parse(&item.locale).unwrap_or_default();
        let status = ApplicationStatus::parse(&item.status)
            .map(|s| texts::label(locale, messages::status(s)))
            .unwrap_or_default();
        let site = &self.site;
        let stop = secrets::stop_token(&self.key, &item.reference);
        let link = format!("{site}/status#{}", item.reference);
        let stop_link = format!("{site}/emails#stop={stop}");
        let confirm_link = confirm.map(|token| format!("{site}/emails#confirm={token}"));
        let args = [
            ("reference", item.reference.as_str()),
            ("status", status.as_str()),
            ("link", link.as_str()),
            ("stop", stop_link.as_str()),
            ("confirm", confirm_link.as_deref().unwrap_or_default()),
        ];
        let text = |id: &str| texts::mail(locale, id, &args);
        let (subject, sentence) = texts_of(kind);
        let (ask, why) = match confirm {
            Some(_) => (
                format!("{}\n\n", text("mail-confirm")),
                text("mail-why-asked"),
            ),
            None => (String::new(), text("mail-why")),
        };
        let body = format!(
            "{}\n\n{}\n\n{ask}{}\n{}\n\n-- \n{why}\n{}\n",
            text("mail-hello"),
            text(sentence),
            text("mail-follow"),
            text("mail-secret"),
            text("mail-stop"),
        );
        // The same id at every attempt: a mailbox that got it twice (the
        // server crashed between the mail server's yes and its record)
        // shows it once.
        let domain = self.sender.email.domain();
        Message::builder()
            .from(self.sender.clone())
            .to(to)
            .subject(text(subject))
            .message_id(Some(format!("<{}.{}@{domain}>", item.id, item.reference)))
            .header(ContentType::TEXT_PLAIN)
            .header(ListUnsubscribe(format!(
                "<{site}/api/emails/stop?token={stop}>"
            )))
            .header(ListUnsubscribePost)
            .body(body)
            .ok()
    }
}

/// `List-Unsubscribe`: where a mailbox's own button stops the e-mails.
#[derive(Clone)]
struct ListUnsubscribe(String);

impl Header for ListUnsubscribe {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe")
    }

    fn parse(text: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ListUnsubscribe(text.to_owned()))
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), self.0.clone())
    }
}

/// `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058): that
/// button stops them with one POST, without a page to go through.
#[derive(Clone)]
struct ListUnsubscribePost;

impl Header for ListUnsubscribePost {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe-Post")
    }

    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ListUnsubscribePost)
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "List-Unsubscribe=One-Click".to_owned())
    }
}

/// The subject and the sentence of an e-mail of this kind, in `mail.ftl`
/// (the server's file: the app never shows it).
fn texts_of(kind: NotificationKind) -> (&'static str, &'static str) {
    match kind {
        NotificationKind::Received => ("mail-received-subject", "mail-received"),
        NotificationKind::Question => ("mail-question-subject", "mail-question"),
        NotificationKind::Message => ("mail-message-subject", "mail-message"),
        NotificationKind::Decision => ("mail-decision-subject", "mail-decision"),
        NotificationKind::Survey => ("mail-survey-subject", "mail-survey"),
        NotificationKind::SpaceReady => ("mail-space-ready-subject", "mail-space-ready"),
    }
}

fn now() -> String {
    crate::api::now().unwrap_or_default()
}
