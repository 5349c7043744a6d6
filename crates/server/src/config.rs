//! The configuration file: one TOML document describing the offer. Every key is
//! optional; what is absent keeps the built-in default of `portal_core::Offer`.

use std::path::Path;

use portal_core::Offer;
use serde::Deserialize;

use crate::error::StartError;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub offer: Offer,
    #[serde(default)]
    pub limits: Limits,
}

/// Per-client rate limits.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Limits {
    /// Status lookups and withdrawals allowed at once…
    pub lookup_burst: u32,
    /// …then per minute.
    pub lookups_per_minute: u32,
    /// Failed reviewer sign-ins allowed at once…
    pub sign_in_burst: u32,
    /// …then per minute.
    pub sign_ins_per_minute: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            lookup_burst: 10,
            sign_in_burst: 10,
            sign_ins_per_minute: 5,
            lookups_per_minute: 10,
        }
    }
}

impl Config {
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

    pub fn parse(text: &str) -> Result<Self, String> {
        let config: Config = toml::from_str(text).map_err(|e| e.to_string())?;
        config
            .offer
            .validate()
            .map_err(|problems| problems.join("; "))?;
        let limits = &config.limits;
        if [
            limits.lookup_burst,
            limits.lookups_per_minute,
            limits.sign_in_burst,
            limits.sign_ins_per_minute,
        ]
        .contains(&0)
        {
            return Err("limits must be at least 1".to_owned());
        }
        Ok(config)
    }
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
    fn an_inconsistent_offer_is_refused() {
        assert!(Config::parse("[offer]\nmax_accounts = 0\n").is_err());
    }
}
