//! The configuration file: one TOML document describing the offer, the rate
//! limits, the survey offered as a template, the publisher, the links the
//! site gives and the retention periods. Every key is optional; what is
//! absent keeps the built-in default (`portal_core::Offer`, `Publisher`,
//! `Links`, `Retention`, the end-of-phase survey in
//! `surveys/end-of-phase.json`).

use std::path::{Path, PathBuf};

use portal_core::survey::{Survey, validate_survey};
use portal_core::{Links, Offer, Publisher, Retention};
use serde::Deserialize;

use crate::error::StartError;

/// The end-of-phase survey shipped with the server: how getting started went,
/// the apps used, what is missing or too complex, whether they would
/// recommend it, free comments.
pub const DEFAULT_SURVEY: &str = include_str!("../surveys/end-of-phase.json");

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Where the portal is published.
    #[serde(default)]
    pub site: SiteAddress,
    #[serde(default)]
    pub offer: Offer,
    #[serde(default)]
    pub limits: Limits,
    #[serde(default)]
    pub surveys: Surveys,
    /// The legal notice and the data controller.
    #[serde(default)]
    pub publisher: Publisher,
    /// The help forum and the alternatives the site names.
    #[serde(default)]
    pub links: Links,
    /// How long requests keep their personal data.
    #[serde(default)]
    pub retention: Retention,
    #[serde(default)]
    pub review: Review,
    /// Where the spaces live: their domain and the labels kept aside.
    #[serde(default)]
    pub spaces: portal_core::Spaces,
    /// The hosting side that creates the spaces; without it, nothing is
    /// sent and reviewers mark each space ready by hand.
    pub provisioning: Option<Provisioning>,
    /// The mail server that sends the applicants' e-mails; without it,
    /// nothing is sent and the status page is the only channel.
    pub smtp: Option<Smtp>,
}

/// How e-mails reach the mail server. The credentials come from the
/// environment: `PORTAL_SMTP_USERNAME` and `PORTAL_SMTP_PASSWORD`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Smtp {
    pub host: String,
    /// 465 with `tls`, 587 with `starttls`, 25 with `none`, unless given.
    pub port: Option<u16>,
    #[serde(default)]
    pub tls: TlsMode,
    /// The From of every e-mail: `Frama.space <portail@example.org>`.
    pub sender: String,
    /// Seconds before the first retry of a refused e-mail; each retry waits
    /// twice as long as the one before. Also the longest a mail server may
    /// take to answer.
    #[serde(default = "Smtp::default_retry_seconds")]
    pub retry_seconds: u32,
    /// Attempts before an e-mail is given up and shown as not delivered.
    #[serde(default = "Smtp::default_attempts")]
    pub attempts: u32,
}

impl Smtp {
    fn default_retry_seconds() -> u32 {
        60
    }

    fn default_attempts() -> u32 {
        10
    }

    fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.host.trim().is_empty() {
            out.push("smtp.host is empty".to_owned());
        }
        if self.sender.parse::<lettre::message::Mailbox>().is_err() {
            out.push("smtp.sender is not an address (Name <address@example.org>)".to_owned());
        }
        if self.retry_seconds == 0 || self.attempts == 0 {
            out.push("smtp.retry_seconds and smtp.attempts must be at least 1".to_owned());
        }
        out
    }
}

/// The hosting side that creates the spaces (`[provisioning]`): accepted
/// requests are posted to `url` as Standard Webhooks messages signed with
/// `secret`, and its reports come back signed with the same secret.
#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provisioning {
    pub url: String,
    /// `whsec_` and the key in base64 (as Standard Webhooks writes it).
    pub secret: String,
    /// Seconds before the first retry; each one waits twice as long. Also
    /// the longest the hosting side may take to answer (30 at most).
    #[serde(default = "Smtp::default_retry_seconds")]
    pub retry_seconds: u32,
    /// Attempts before a message is given up and shown as failed.
    #[serde(default = "Smtp::default_attempts")]
    pub attempts: u32,
}

impl std::fmt::Debug for Provisioning {
    // The secret never reaches a log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Provisioning")
            .field("url", &self.url)
            .finish_non_exhaustive()
    }
}

impl Provisioning {
    fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        if !(self.url.starts_with("https://") || self.url.starts_with("http://"))
            || self.url.parse::<axum::http::Uri>().is_err()
        {
            out.push("provisioning.url must be an http(s):// address".to_owned());
        }
        if standardwebhooks::Webhook::new(&self.secret).is_err()
            || !self.secret.starts_with("whsec_")
        {
            out.push("provisioning.secret must be whsec_ followed by a base64 key".to_owned());
        }
        if self.retry_seconds == 0 || self.attempts == 0 {
            out.push(
                "provisioning.retry_seconds and provisioning.attempts must be at least 1"
                    .to_owned(),
            );
        }
        out
    }
}

/// Where the portal is published (`[site]`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteAddress {
    /// Its public address (`https://portail.example.org`): the links of
    /// the e-mails, and HSTS when it is https.
    pub url: Option<String>,
}

/// How the connection to the mail server is protected.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TlsMode {
    /// TLS from the first byte (port 465).
    Tls,
    /// A plain connection upgraded to TLS, which the server must offer.
    #[default]
    Starttls,
    /// No encryption: only for a relay on the same machine or network.
    None,
}

/// How reviewing goes.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Review {
    /// Days a reviewers' question waits for its answer before the request
    /// may be refused for want of one (`no_answer`).
    pub answer_days: u32,
    /// Hours without a request after which a reviewer's session ends.
    pub session_hours: u32,
    /// Days a sign-in token may go unused before it stops working.
    pub token_days: u32,
    /// The host's OpenID Connect provider, through which members may sign
    /// in (`[review.oidc]`); tokens only without it.
    pub oidc: Option<Oidc>,
}

/// The host's OpenID Connect provider (`[review.oidc]`). The portal is
/// registered there as a confidential client whose redirect URI is
/// `{site.url}/api/review/sso/callback`.
#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Oidc {
    /// Where its discovery document lives (`{issuer}/.well-known/openid-configuration`).
    pub issuer: String,
    pub client_id: String,
    pub client_secret: String,
}

impl std::fmt::Debug for Oidc {
    // The secret never reaches a log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Oidc")
            .field("issuer", &self.issuer)
            .field("client_id", &self.client_id)
            .finish_non_exhaustive()
    }
}

impl Oidc {
    fn problems(&self, site: Option<&str>) -> Vec<String> {
        let mut out = Vec::new();
        if !(self.issuer.starts_with("https://") || self.issuer.starts_with("http://"))
            || self.issuer.parse::<axum::http::Uri>().is_err()
        {
            out.push("review.oidc.issuer must be an http(s):// address".to_owned());
        }
        if self.client_id.trim().is_empty() || self.client_secret.trim().is_empty() {
            out.push(
                "review.oidc.client_id and review.oidc.client_secret must not be empty".to_owned(),
            );
        }
        if site.is_none() {
            out.push("review.oidc: [review.oidc] needs [site] url, where the provider sends members back".to_owned());
        }
        out
    }
}

impl Default for Review {
    fn default() -> Self {
        Review {
            answer_days: portal_core::review::DEFAULT_ANSWER_DAYS,
            session_hours: 12,
            token_days: 180,
            oidc: None,
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Surveys {
    /// A JSON survey definition that new surveys start from, instead of the
    /// built-in end-of-phase survey. Relative to the configuration file.
    pub template: Option<PathBuf>,
}

/// Per-client rate limits.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Limits {
    /// Status lookups and withdrawals allowed at once…
    pub lookup_burst: u32,
    /// …then per minute.
    pub lookups_per_minute: u32,
    /// Space addresses a client may ask about at once (the wizard asks
    /// while the address is typed) …
    pub address_burst: u32,
    /// … and how many more each minute.
    pub addresses_per_minute: u32,
    /// Saves of survey drafts allowed at once (a collective's browser saves
    /// as it answers)…
    pub draft_burst: u32,
    /// …then per minute.
    pub drafts_per_minute: u32,
    /// Failed reviewer sign-ins allowed at once…
    pub sign_in_burst: u32,
    /// …then per minute.
    pub sign_ins_per_minute: u32,
    /// New pre-registrations allowed at once…
    pub submission_burst: u32,
    /// …then per minute.
    pub submissions_per_minute: u32,
    /// The wizard says how long its draft took; faster than this, a
    /// submission is taken for a bot's (0 turns the check off).
    pub min_fill_seconds: u32,
    /// The addresses (or CIDR networks) of your proxies in front of the
    /// server. A connection from one of them is counted as the client its
    /// `X-Forwarded-For` names (the address the proxy saw, past any other of
    /// yours); from anywhere else, the header is ignored.
    pub trusted_proxies: Vec<String>,
    /// Seconds a client has to send a request's head, counted from when the
    /// connection waits for one: also the longest a kept-alive connection
    /// stays open unused.
    pub header_seconds: u32,
    /// Seconds a client has to send a request's body, from its head.
    pub body_seconds: u32,
    /// Seconds a connection may send and receive nothing, in the middle of
    /// a request or a response too (a client that stopped reading).
    pub idle_seconds: u32,
    /// Connections served at once, in all; without it, as many as the
    /// process's descriptor limit allows (raised to its maximum at start).
    pub connections: Option<u32>,
    /// Connections one client (an address, an IPv6 /64) keeps once the
    /// server holds half its connections: past it, its idle ones make room
    /// or it is told to come back (503). Never applied to a trusted proxy.
    pub connections_per_client: u32,
    /// Seconds the public counts per phase (which read every request) are
    /// served again before being counted anew; 0 counts at each visit.
    pub counts_seconds: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            lookup_burst: 10,
            sign_in_burst: 10,
            sign_ins_per_minute: 5,
            lookups_per_minute: 10,
            address_burst: 30,
            addresses_per_minute: 30,
            draft_burst: 30,
            drafts_per_minute: 30,
            submission_burst: 20,
            submissions_per_minute: 10,
            min_fill_seconds: 10,
            trusted_proxies: Vec::new(),
            header_seconds: 10,
            body_seconds: 30,
            idle_seconds: 60,
            connections: None,
            connections_per_client: 64,
            counts_seconds: 60,
        }
    }
}

impl Limits {
    /// The proxies, as the configuration's check read them.
    pub fn proxies(&self) -> crate::clients::TrustedProxies {
        crate::clients::TrustedProxies::parse(&self.trusted_proxies).unwrap_or_default()
    }

    /// The limits of connections, at most `most` in all.
    pub fn connections(&self, most: usize) -> crate::serve::ConnectionLimits {
        let seconds = |n: u32| std::time::Duration::from_secs(u64::from(n));
        let configured = self.connections.map_or(most, |n| n as usize);
        crate::serve::ConnectionLimits {
            header: seconds(self.header_seconds),
            idle: seconds(self.idle_seconds),
            total: configured.min(most),
            per_client: self.connections_per_client,
            proxies: self.proxies(),
        }
    }
}

/// Problems of the portal's public address: an http(s) address without a
/// query or a fragment.
fn site_url_problems(url: &str) -> Option<String> {
    let site = url.trim_end_matches('/');
    let scheme = site
        .strip_prefix("https://")
        .or_else(|| site.strip_prefix("http://"));
    (scheme.is_none_or(str::is_empty) || site.contains(['#', '?', ' ']))
        .then(|| "site.url is not an http(s) address".to_owned())
}

impl Config {
    /// The portal's public address without its trailing slash.
    pub fn site_url(&self) -> Option<&str> {
        self.site
            .url
            .as_deref()
            .map(|url| url.trim_end_matches('/'))
    }

    /// Whether browsers reach the portal over https only.
    pub fn over_https(&self) -> bool {
        self.site_url()
            .is_some_and(|url| url.starts_with("https://"))
    }

    pub fn load(path: Option<&Path>) -> Result<Self, StartError> {
        let config = match path {
            None => Config::default(),
            Some(path) => {
                let text =
                    std::fs::read_to_string(path).map_err(|source| StartError::ConfigRead {
                        path: path.display().to_string(),
                        source,
                    })?;
                Self::parse(&text).map_err(|message| StartError::Config {
                    path: path.display().to_string(),
                    message,
                })?
            }
        };
        Ok(config)
    }

    /// The survey new surveys start from: the configured file, or the
    /// built-in end-of-phase survey.
    pub fn survey_template(&self, config_path: Option<&Path>) -> Result<Survey, StartError> {
        let (path, text) = match &self.surveys.template {
            None => ("(built-in)".to_owned(), DEFAULT_SURVEY.to_owned()),
            Some(template) => {
                let path = config_path
                    .and_then(Path::parent)
                    .map_or_else(|| template.clone(), |dir| dir.join(template));
                let text =
                    std::fs::read_to_string(&path).map_err(|source| StartError::ConfigRead {
                        path: path.display().to_string(),
                        source,
                    })?;
                (path.display().to_string(), text)
            }
        };
        let invalid = |message: String| StartError::Config {
            path: path.clone(),
            message,
        };
        let survey: Survey = serde_json::from_str(&text).map_err(|e| invalid(e.to_string()))?;
        let problems = validate_survey(&survey);
        if !problems.is_empty() {
            let list: Vec<String> = problems
                .iter()
                .map(|p| format!("{}: {}", p.field, p.code.as_str()))
                .collect();
            return Err(invalid(list.join("; ")));
        }
        Ok(survey)
    }

    pub fn parse(text: &str) -> Result<Self, String> {
        Self::check(text)
            .map(|(config, _)| config)
            .map_err(|errors| errors.join("; "))
    }

    /// Reads a configuration with everything wrong in it: its errors (the
    /// server does not start on them), or the configuration and what the
    /// host should look at (warnings). Each message starts with the key it
    /// is about (`limits.lookup_burst …`).
    pub fn check(text: &str) -> Result<(Self, Vec<String>), Vec<String>> {
        let config: Config = toml::from_str(text).map_err(|e| vec![e.to_string()])?;
        let limits = &config.limits;
        let zero = [
            ("lookup_burst", limits.lookup_burst),
            ("lookups_per_minute", limits.lookups_per_minute),
            ("address_burst", limits.address_burst),
            ("addresses_per_minute", limits.addresses_per_minute),
            ("draft_burst", limits.draft_burst),
            ("drafts_per_minute", limits.drafts_per_minute),
            ("sign_in_burst", limits.sign_in_burst),
            ("sign_ins_per_minute", limits.sign_ins_per_minute),
            ("submission_burst", limits.submission_burst),
            ("submissions_per_minute", limits.submissions_per_minute),
            ("header_seconds", limits.header_seconds),
            ("body_seconds", limits.body_seconds),
            ("idle_seconds", limits.idle_seconds),
            ("connections_per_client", limits.connections_per_client),
            ("connections", limits.connections.unwrap_or(1)),
        ]
        .into_iter()
        .filter(|(_, value)| *value == 0)
        .map(|(key, _)| format!("limits.{key} must be at least 1"));
        let proxies = crate::clients::TrustedProxies::parse(&limits.trusted_proxies)
            .err()
            .map(|wrong| {
                format!(
                    "limits.trusted_proxies: not an address or a network: {}",
                    wrong.join(", ")
                )
            });
        let review = &config.review;
        let answer_days = [
            ("answer_days", review.answer_days),
            ("session_hours", review.session_hours),
            ("token_days", review.token_days),
        ]
        .into_iter()
        .find(|(_, value)| *value == 0)
        .map(|(key, _)| format!("review.{key} must be at least 1"));
        let mut smtp = config.smtp.as_ref().map(Smtp::problems).unwrap_or_default();
        if config.smtp.is_some() && config.site.url.is_none() {
            smtp.push("smtp: [smtp] needs [site] url, the address its links lead to".to_owned());
        }
        let site = config.site.url.as_deref().and_then(site_url_problems);
        let oidc = review
            .oidc
            .as_ref()
            .map(|o| o.problems(config.site.url.as_deref()))
            .unwrap_or_default();
        let errors: Vec<String> = [
            config.offer.validate().err().unwrap_or_default(),
            zero.collect(),
            proxies.into_iter().collect(),
            answer_days.into_iter().collect(),
            config.links.problems(),
            config.retention.problems(),
            config.spaces.problems(),
            config
                .provisioning
                .as_ref()
                .map(Provisioning::problems)
                .unwrap_or_default(),
            smtp,
            oidc,
            site.into_iter().collect(),
        ]
        .concat();
        if !errors.is_empty() {
            return Err(errors);
        }
        let warnings = config.warnings();
        Ok((config, warnings))
    }

    /// What a host should look at, though the server starts.
    fn warnings(&self) -> Vec<String> {
        let mut warnings: Vec<String> = self
            .publisher
            .missing()
            .into_iter()
            .map(|field| {
                format!(
                    "publisher.{field} is empty: the legal notice and the privacy page go without it"
                )
            })
            .collect();
        if let Some(url) = self.site_url()
            && !url.starts_with("https://")
        {
            warnings.push(
                "site.url is not https: the portal is reached unencrypted, and without HSTS"
                    .to_owned(),
            );
        }
        warnings
    }
}

/// The line (from 1) of the key a message of `Config::check` starts with
/// (`section.key`), or of its section; none when the text has neither.
pub fn line_of(text: &str, message: &str) -> Option<usize> {
    let path = message.split([' ', ':']).next().unwrap_or_default();
    let (section, key) = path.split_once('.').unwrap_or((path, ""));
    let mut current = "";
    let mut header = None;
    for (number, line) in text.lines().enumerate() {
        let line = line.trim();
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = name.trim();
            if current == section {
                header = Some(number + 1);
            }
            continue;
        }
        let is_key = line
            .strip_prefix(key)
            .is_some_and(|rest| rest.trim_start().starts_with('='));
        if current == section && !key.is_empty() && is_key {
            return Some(number + 1);
        }
    }
    header
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_file_keeps_the_defaults() {
        let config = Config::parse("").unwrap();
        assert_eq!(config.offer, Offer::default());
    }

    #[test]
    fn a_partial_offer_overrides_only_what_it_names() {
        let config = Config::parse("[offer]\nstorage_gb = 50\n").unwrap();
        assert_eq!(config.offer.storage_gb, 50);
        assert_eq!(config.offer.max_accounts, Offer::default().max_accounts);
    }

    #[test]
    fn unknown_keys_are_refused() {
        assert!(Config::parse("[offer]\nstorage = 50\n").is_err());
        assert!(Config::parse("colour = 'red'\n").is_err());
    }

    #[test]
    fn the_built_in_survey_template_loads() {
        let survey = Config::default().survey_template(None).unwrap();
        assert!(survey.questions.len() >= 6);
    }

    #[test]
    fn a_configured_survey_template_is_read_next_to_the_config_and_checked() {
        let dir = tempfile::tempdir().unwrap();
        let config_path = dir.path().join("portal.toml");
        let config = Config::parse("[surveys]\ntemplate = 'mine.json'\n").unwrap();
        assert!(config.survey_template(Some(&config_path)).is_err());
        std::fs::write(
            dir.path().join("mine.json"),
            DEFAULT_SURVEY.replace("\"min\": 1", "\"min\": 7"),
        )
        .unwrap();
        assert!(config.survey_template(Some(&config_path)).is_err());
        std::fs::write(dir.path().join("mine.json"), DEFAULT_SURVEY).unwrap();
        assert!(config.survey_template(Some(&config_path)).is_ok());
    }

    #[test]
    fn links_and_retention_are_checked() {
        assert!(Config::parse("[links]\nforum = 'javascript:alert(1)'\n").is_err());
        assert!(Config::parse("[retention]\nrefused_days = 0\n").is_err());
        assert!(Config::parse("[review]\nanswer_days = 0\n").is_err());
        let config = Config::parse("[review]\nanswer_days = 14\n").map(|c| c.review.answer_days);
        assert_eq!(config, Ok(14));
        let config = Config::parse("[publisher]\naddress = '1 rue Exemple'\n").unwrap();
        assert_eq!(config.publisher.name, "Framasoft");
        assert!(!config.publisher.missing().contains(&"address"));
    }

    #[test]
    fn the_mail_server_is_optional_and_checked() {
        assert!(Config::parse("").unwrap().smtp.is_none());
        let smtp = "[site]\nurl = 'https://portail.example.org'\n[smtp]\nhost = 'mail.example.org'\nsender = 'Portail <portail@example.org>'\n";
        let config = Config::parse(smtp).unwrap().smtp.unwrap();
        assert_eq!(
            (config.tls, config.port, config.attempts),
            (TlsMode::Starttls, None, 10)
        );
        assert!(Config::parse(&smtp.replace("Portail <portail@example.org>", "portail")).is_err());
        assert!(Config::parse(&smtp.replace("https://", "ftp://")).is_err());
        assert!(Config::parse(&format!("{smtp}tls = 'sometimes'\n")).is_err());
        // E-mails need the address their links lead to.
        assert!(Config::parse(&smtp.replace("url = 'https://portail.example.org'", "")).is_err());
    }

    #[test]
    fn the_site_address_and_the_proxies_are_checked() {
        assert!(!Config::parse("").unwrap().over_https());
        let site = |url: &str| Config::parse(&format!("[site]\nurl = '{url}'\n"));
        let config = site("https://portail.example.org/").unwrap();
        assert_eq!(config.site_url(), Some("https://portail.example.org"));
        assert!(config.over_https());
        assert!(!site("http://127.0.0.1:8080").unwrap().over_https());
        assert!(site("portail.example.org").is_err());
        assert!(site("https://").is_err());
        let proxies = "[limits]\ntrusted_proxies = ['127.0.0.1', '10.0.0.0/8', '2001:db8::/32']\n";
        let limits = Config::parse(proxies).unwrap().limits;
        assert!(limits.proxies().contains("10.9.8.7".parse().unwrap()));
        let wrong = Config::parse("[limits]\ntrusted_proxies = ['10.0.0.0/40']\n").unwrap_err();
        assert!(wrong.contains("10.0.0.0/40"), "{wrong}");
        assert!(Config::parse("[limits]\nconnections = 0\n").is_err());
        let connections = Config::parse("[limits]\nconnections = 300\n")
            .unwrap()
            .limits;
        assert_eq!(connections.connections(1000).total, 300);
        assert_eq!(connections.connections(200).total, 200);
        assert_eq!(Limits::default().connections(5000).total, 5000);
    }

    #[test]
    fn an_inconsistent_offer_is_refused() {
        assert!(Config::parse("[offer]\nmax_accounts = 0\n").is_err());
    }
}
