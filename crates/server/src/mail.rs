//! Sends the outbox's e-mails (`store::notifications`) through the mail
//! server of `[smtp]`, with lettre: every second, the e-mails that are due,
//! in the applicant's language; a refused one is tried again later, each
//! wait twice the one before, until `attempts` are used or the server
//! refuses it for good. Without `[smtp]`, nothing runs and nothing is sent.

use std::time::Duration;

use lettre::message::{Mailbox, header::ContentType};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use portal_core::{ApplicationInput, ApplicationStatus, Locale, NotificationKind, messages};

use crate::config::{Smtp, TlsMode};
use crate::error::StartError;
use crate::store::{Claimed, Store, StoreError};
use crate::texts;

/// E-mails taken at once by one sender.
const BATCH: u32 = 10;
/// The longest a refusal kept for reviewers may be.
const REFUSAL_MAX: usize = 300;

pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    sender: Mailbox,
    /// The status page, without the reference.
    status_url: String,
    retry: Duration,
    /// The longest the mail server may take to answer.
    timeout: Duration,
    attempts: u32,
}

impl Mailer {
    /// The sender of `smtp`, with the credentials of the environment
    /// (`PORTAL_SMTP_USERNAME`, `PORTAL_SMTP_PASSWORD`), if any.
    pub fn new(smtp: &Smtp, site: &str) -> Result<Mailer, StartError> {
        let invalid = |e: &dyn std::fmt::Display| StartError::Other(format!("[smtp]: {e}"));
        let host = smtp.host.trim();
        let builder = match smtp.tls {
            TlsMode::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(host),
            TlsMode::Starttls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(host),
            TlsMode::None => Ok(AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(
                host,
            )),
        }
        .map_err(|e| invalid(&e))?;
        let retry = Duration::from_secs(u64::from(smtp.retry_seconds));
        // A mail server slower than the first retry would see the e-mail
        // taken again by another sender meanwhile.
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
        Ok(Mailer {
            transport: builder.build(),
            sender: smtp.sender.parse().map_err(|e| invalid(&e))?,
            status_url: format!("{site}/status"),
            retry,
            timeout,
            attempts: smtp.attempts,
        })
    }

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

    /// Milliseconds before attempt `attempt + 1`: the first retry waits
    /// `retry`, each one after twice as long as the one before.
    fn retry_after(&self, attempt: u32) -> i64 {
        let factor = 1u32 << attempt.saturating_sub(1).min(16);
        i64::try_from(self.retry.as_millis())
            .unwrap_or(i64::MAX)
            .saturating_mul(i64::from(factor))
    }

    async fn send_due(&self, store: &Store) -> Result<usize, StoreError> {
        let claimed = store
            .claim(&now(), BATCH, self.attempts, |n| self.retry_after(n))
            .await?;
        for item in &claimed {
            let Some(message) = self.message(item) else {
                // Erased since it was queued: there is no address any more.
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

    /// The e-mail of `item`, in the request's language; `None` when the
    /// request no longer has an address.
    fn message(&self, item: &Claimed) -> Option<Message> {
        let answers: ApplicationInput = serde_json::from_str(item.answers.as_deref()?).ok()?;
        let to = Mailbox::new(
            Some(answers.contact.name.trim().to_owned()).filter(|n| !n.is_empty()),
            answers.contact.email.trim().parse().ok()?,
        );
        let kind = NotificationKind::parse(&item.kind)?;
        let locale = Locale::parse(&item.locale).unwrap_or_default();
        let status = ApplicationStatus::parse(&item.status)
            .map(|s| texts::label(locale, messages::status(s)))
            .unwrap_or_default();
        let link = format!("{}#{}", self.status_url, item.reference);
        let args = [
            ("reference", item.reference.as_str()),
            ("status", status.as_str()),
            ("link", link.as_str()),
        ];
        let text = |id: &str| texts::mail(locale, id, &args);
        let (subject, sentence) = texts_of(kind);
        let body = format!(
            "{}\n\n{}\n\n{}\n{}\n\n-- \n{}\n",
            text("mail-hello"),
            text(sentence),
            text("mail-follow"),
            text("mail-secret"),
            text("mail-why"),
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
            .body(body)
            .ok()
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
    }
}

fn now() -> String {
    crate::api::now().unwrap_or_default()
}
