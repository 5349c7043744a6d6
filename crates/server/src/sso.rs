//! Single sign-on for the team through the host's OpenID Connect provider
//! (`[review.oidc]`): the authorization code flow with PKCE, the provider
//! read from its discovery document at each sign-in, and its ID token
//! checked by `openidconnect` (signature, issuer, audience, expiry, nonce).

use openidconnect::core::{CoreClient, CoreProviderMetadata, CoreResponseType};
use openidconnect::{
    AuthenticationFlow, AuthorizationCode, ClientId, ClientSecret, CsrfToken, IssuerUrl, Nonce,
    OAuth2TokenResponse, PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope, TokenResponse,
};

use crate::config::Oidc;
use crate::error::chain;

#[derive(Debug, thiserror::Error)]
pub enum SsoError {
    #[error("the provider's discovery document could not be read: {0}")]
    Discovery(String),
    #[error("the provider did not exchange the code: {0}")]
    Exchange(String),
    #[error("the provider's answer holds no valid ID token: {0}")]
    Token(String),
    #[error("the single sign-on configuration is not usable: {0}")]
    Config(String),
}

/// The provider, as configured.
pub struct Sso {
    issuer: IssuerUrl,
    client_id: ClientId,
    client_secret: ClientSecret,
    redirect: RedirectUrl,
    http: reqwest::Client,
}

/// A sign-in sent to the provider: where the browser goes, and what its
/// answer is checked against.
pub struct Started {
    pub url: String,
    pub state: String,
    pub verifier: String,
    pub nonce: String,
}

/// Who the provider says signed in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub subject: String,
    /// Only an address the provider did not say is unverified.
    pub email: Option<String>,
}

impl std::fmt::Debug for Sso {
    // The client's secret never reaches a log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sso")
            .field("issuer", &self.issuer)
            .finish_non_exhaustive()
    }
}

impl Sso {
    /// The provider of `config`, answering to `{site}/api/review/sso/callback`.
    pub fn new(config: &Oidc, site: &str) -> Result<Sso, SsoError> {
        use portal_core::endpoints::{Endpoint as _, FinishSso};
        let issuer = IssuerUrl::new(config.issuer.trim_end_matches('/').to_owned())
            .map_err(|e| SsoError::Config(format!("issuer: {e}")))?;
        let redirect =
            RedirectUrl::new(format!("{}{}", site.trim_end_matches('/'), FinishSso::PATH))
                .map_err(|e| SsoError::Config(format!("redirect: {e}")))?;
        let http = reqwest::Client::builder()
            // Following redirects would let the provider's answers lead
            // the server anywhere.
            .redirect(reqwest::redirect::Policy::none())
            .timeout(std::time::Duration::from_secs(15))
            .build()
            .map_err(|e| SsoError::Config(e.to_string()))?;
        Ok(Sso {
            issuer,
            client_id: ClientId::new(config.client_id.clone()),
            client_secret: ClientSecret::new(config.client_secret.clone()),
            redirect,
            http,
        })
    }

    async fn metadata(&self) -> Result<CoreProviderMetadata, SsoError> {
        CoreProviderMetadata::discover_async(self.issuer.clone(), &self.http)
            .await
            .map_err(|e| SsoError::Discovery(chain(&e)))
    }

    /// A sign-in: the provider's address to send the browser to.
    pub async fn start(&self) -> Result<Started, SsoError> {
        let client = CoreClient::from_provider_metadata(
            self.metadata().await?,
            self.client_id.clone(),
            Some(self.client_secret.clone()),
        )
        .set_redirect_uri(self.redirect.clone());
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let (url, state, nonce) = client
            .authorize_url(
                AuthenticationFlow::<CoreResponseType>::AuthorizationCode,
                CsrfToken::new_random,
                Nonce::new_random,
            )
            .add_scope(Scope::new("email".to_owned()))
            .set_pkce_challenge(challenge)
            .url();
        Ok(Started {
            url: url.to_string(),
            state: state.secret().clone(),
            verifier: verifier.secret().clone(),
            nonce: nonce.secret().clone(),
        })
    }

    /// The identity the provider's `code` stands for, checked against the
    /// sign-in's `verifier` and `nonce`.
    pub async fn finish(
        &self,
        code: String,
        verifier: String,
        nonce: &str,
    ) -> Result<Identity, SsoError> {
        let client = CoreClient::from_provider_metadata(
            self.metadata().await?,
            self.client_id.clone(),
            Some(self.client_secret.clone()),
        )
        .set_redirect_uri(self.redirect.clone());
        let token = client
            .exchange_code(AuthorizationCode::new(code))
            .map_err(|e| SsoError::Config(e.to_string()))?
            .set_pkce_verifier(PkceCodeVerifier::new(verifier))
            .request_async(&self.http)
            .await
            .map_err(|e| SsoError::Exchange(chain(&e)))?;
        let id_token = token
            .id_token()
            .ok_or_else(|| SsoError::Token("none in the answer".to_owned()))?;
        let claims = id_token
            .claims(&client.id_token_verifier(), &Nonce::new(nonce.to_owned()))
            .map_err(|e| SsoError::Token(chain(&e)))?;
        let subject = claims.subject().clone();
        let verified = |email: Option<&openidconnect::EndUserEmail>, verified: Option<bool>| {
            email
                .filter(|_| verified != Some(false))
                .map(|e| e.as_str().to_owned())
        };
        let mut email = verified(claims.email(), claims.email_verified());
        // A provider may keep the address to its user info endpoint (the
        // ID token of a code flow need not hold it): asked there, for the
        // same subject.
        if email.is_none()
            && let Ok(request) =
                client.user_info(token.access_token().clone(), Some(subject.clone()))
        {
            let info: openidconnect::core::CoreUserInfoClaims = request
                .request_async(&self.http)
                .await
                .map_err(|e| SsoError::Token(chain(&e)))?;
            email = verified(info.email(), info.email_verified());
        }
        Ok(Identity {
            subject: subject.as_str().to_owned(),
            email,
        })
    }
}
