//! The hosting side, which creates the spaces: the messages of the
//! deliveries outbox go to `[provisioning] url` as Standard Webhooks
//! (`webhook-id` the same on every attempt, `webhook-timestamp`,
//! `webhook-signature`), retried with growing waits; a 2xx is delivered, a
//! 410 stops every delivery until a reviewer resumes them. Its reports come
//! back signed with the same secret (`api::spaces`).

use std::time::Duration;

use portal_core::{
    ApplicationInput, Locale, Offer, SpaceEvent, SpaceMessage, SpaceOrder, Spaces,
    space::FirstAccount,
};
use standardwebhooks::Webhook;

use crate::config::Provisioning;
use crate::error::StartError;
use crate::store::{ClaimedDelivery, Store, StoreError, retry_after};

/// Messages taken at once.
const BATCH: u32 = 20;
/// The longest an error kept for reviewers, in characters.
const ERROR_MAX: usize = 300;

pub struct Deliverer {
    client: reqwest::Client,
    url: String,
    webhook: Webhook,
    retry: Duration,
    attempts: u32,
    storage_gb: u32,
    accounts: u32,
    spaces: Spaces,
}

impl Deliverer {
    pub fn new(
        provisioning: &Provisioning,
        offer: &Offer,
        spaces: &Spaces,
    ) -> Result<Deliverer, StartError> {
        let webhook = Webhook::new(&provisioning.secret)
            .map_err(|_| StartError::Other("provisioning.secret is not a key".to_owned()))?;
        let retry = Duration::from_secs(u64::from(provisioning.retry_seconds));
        let client = reqwest::Client::builder()
            .timeout(retry.min(Duration::from_secs(30)))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|err| StartError::Other(format!("HTTP client: {err}")))?;
        Ok(Deliverer {
            client,
            url: provisioning.url.clone(),
            webhook,
            retry,
            attempts: provisioning.attempts,
            storage_gb: offer.storage_gb,
            accounts: offer.max_accounts,
            spaces: spaces.clone(),
        })
    }

    /// Sends what is due, every second, as long as the server runs.
    pub async fn run(self, store: Store) {
        loop {
            match self.send_due(&store).await {
                Ok(n) if n == BATCH as usize => continue,
                Ok(_) => {}
                Err(err) => tracing::warn!(error = %err, "delivering to the hosting side failed"),
            }
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
    }

    pub async fn send_due(&self, store: &Store) -> Result<usize, StoreError> {
        let claimed = store
            .claim_deliveries(&now(), BATCH, self.attempts, |n| retry_after(self.retry, n))
            .await?;
        for item in &claimed {
            let Some(body) = self.body(item) else {
                let error = "the request has no address: give it one on its page";
                store
                    .not_delivered(item.id, None, error, true, &now())
                    .await?;
                continue;
            };
            let (status, error) = self.post(item, &body).await;
            match status {
                Some(code) if (200..300).contains(&code) => {
                    tracing::info!(delivery = item.id, event = item.event.as_str(), "delivered");
                    store.delivered(item.id, code, &now()).await?;
                }
                _ => {
                    let last = item.attempts >= self.attempts;
                    tracing::warn!(
                        delivery = item.id,
                        attempt = item.attempts,
                        status,
                        last,
                        "not delivered"
                    );
                    let error: String = error.chars().take(ERROR_MAX).collect();
                    store
                        .not_delivered(item.id, status, &error, last, &now())
                        .await?;
                }
            }
        }
        Ok(claimed.len())
    }

    /// Posts `body`, signed: the status of the answer if one came, and what
    /// went wrong otherwise.
    async fn post(&self, item: &ClaimedDelivery, body: &str) -> (Option<u16>, String) {
        let timestamp = time::OffsetDateTime::now_utc().unix_timestamp();
        let signature = match self
            .webhook
            .sign(&item.webhook_id, timestamp, body.as_bytes())
        {
            Ok(signature) => signature,
            Err(err) => return (None, format!("cannot sign: {err}")),
        };
        let sent = self
            .client
            .post(&self.url)
            .header("content-type", "application/json")
            .header("webhook-id", &item.webhook_id)
            .header("webhook-timestamp", timestamp.to_string())
            .header("webhook-signature", signature)
            .body(body.to_owned())
            .send()
            .await;
        match sent {
            Ok(answer) => {
                let status = answer.status();
                (
                    Some(status.as_u16()),
                    format!("answered {}", status.as_u16()),
                )
            }
            Err(err) if err.is_timeout() => (None, "no answer in time".to_owned()),
            Err(err) if err.is_connect() => (None, "cannot connect".to_owned()),
            Err(_) => (None, "the exchange failed".to_owned()),
        }
    }

    /// The JSON of `item`'s message, made from the request as it stands;
    /// none when it has no address to give.
    fn body(&self, item: &ClaimedDelivery) -> Option<String> {
        let address = item.address.clone()?;
        let contact = match item.event {
            SpaceEvent::Cancelled => None,
            SpaceEvent::Requested | SpaceEvent::Updated => item
                .answers
                .as_deref()
                .and_then(|json| serde_json::from_str::<ApplicationInput>(json).ok())
                .map(|answers| FirstAccount {
                    name: answers.contact.name.trim().to_owned(),
                    email: answers.contact.email.trim().to_owned(),
                }),
        };
        let message = SpaceMessage {
            kind: item.event,
            timestamp: item.created_at.clone(),
            data: SpaceOrder {
                reference: item.reference.clone(),
                url: self.spaces.url(&address),
                address,
                storage_gb: self.storage_gb,
                accounts: self.accounts,
                locale: Locale::parse(&item.locale).unwrap_or_default(),
                contact,
            },
        };
        serde_json::to_string(&message).ok()
    }
}

fn now() -> String {
    crate::api::now().unwrap_or_default()
}
