//! Who publishes the site and answers for the data, where the alternatives
//! it names are, and how long requests are kept: what each installation
//! decides, from the configuration (`[publisher]`, `[links]`, `[retention]`),
//! with the host association as the shipped default. The pages quote it;
//! nothing of it is written in the texts.

use serde::{Deserialize, Serialize};

use crate::ApplicationStatus;

/// The legal notice and the data controller. An empty field is left out of
/// the pages (and named by the server when it starts).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Publisher {
    /// The association that publishes the site.
    pub name: String,
    /// Its postal address, one line.
    pub address: String,
    /// The person responsible for what is published (directeur de la
    /// publication).
    pub director: String,
    /// Where to write, for the site and for the rights over personal data.
    pub contact_email: String,
    /// The company or association whose servers run the site.
    pub host_name: String,
    pub host_address: String,
    /// Who decides what is done with the data (responsable de traitement):
    /// the publisher when empty.
    pub controller: String,
    /// The legal ground of each processing (GDPR article 6).
    pub basis_requests: LegalBasis,
    pub basis_surveys: LegalBasis,
}

impl Default for Publisher {
    fn default() -> Self {
        Publisher {
            name: "Framasoft".to_owned(),
            address: String::new(),
            director: String::new(),
            contact_email: String::new(),
            host_name: String::new(),
            host_address: String::new(),
            controller: String::new(),
            basis_requests: LegalBasis::PreContract,
            basis_surveys: LegalBasis::Consent,
        }
    }
}

impl Publisher {
    /// The data controller: the one configured, or the publisher.
    pub fn controller(&self) -> &str {
        if self.controller.trim().is_empty() {
            &self.name
        } else {
            &self.controller
        }
    }

    /// The fields left empty that the legal notice needs.
    pub fn missing(&self) -> Vec<&'static str> {
        [
            ("name", &self.name),
            ("address", &self.address),
            ("director", &self.director),
            ("contact_email", &self.contact_email),
            ("host_name", &self.host_name),
            ("host_address", &self.host_address),
        ]
        .into_iter()
        .filter(|(_, value)| value.trim().is_empty())
        .map(|(name, _)| name)
        .collect()
    }
}

/// The grounds of GDPR article 6.1 a processing may rest on here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum LegalBasis {
    /// 6.1.a: the person agreed.
    Consent,
    /// 6.1.b: steps taken at the person's request before an agreement.
    PreContract,
    /// 6.1.f: the legitimate interest of the controller.
    LegitimateInterest,
}

impl LegalBasis {
    pub fn as_str(self) -> &'static str {
        match self {
            LegalBasis::Consent => "consent",
            LegalBasis::PreContract => "pre_contract",
            LegalBasis::LegitimateInterest => "legitimate_interest",
        }
    }
}

/// The alternatives and the help the site points to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Links {
    /// The community forum where collectives help each other.
    pub forum: String,
    /// The CHATONS collective's list of its member hosts.
    pub chatons: String,
    /// A list of hosts offering Nextcloud for a fee.
    pub paid_hosts: String,
    /// Where to complain about the use of personal data (the CNIL in France).
    pub authority: String,
    /// Where to turn when an accessibility problem is not solved (the
    /// Défenseur des droits in France).
    pub rights_defender: String,
}

impl Default for Links {
    fn default() -> Self {
        Links {
            forum: "https://framacolibri.org/".to_owned(),
            chatons: "https://www.chatons.org/".to_owned(),
            paid_hosts: "https://www.frama.space/abc/fr/faq#q-partners".to_owned(),
            authority: "https://www.cnil.fr/fr/plaintes".to_owned(),
            rights_defender: "https://formulaire.defenseurdesdroits.fr/".to_owned(),
        }
    }
}

impl Links {
    /// Each address must be an `https://` link (or empty: then left out).
    pub fn problems(&self) -> Vec<String> {
        [
            ("forum", &self.forum),
            ("chatons", &self.chatons),
            ("paid_hosts", &self.paid_hosts),
            ("authority", &self.authority),
            ("rights_defender", &self.rights_defender),
        ]
        .into_iter()
        .filter(|(_, url)| !url.is_empty() && !is_link(url))
        .map(|(name, _)| format!("links.{name} must be an https:// address"))
        .collect()
    }
}

fn is_link(url: &str) -> bool {
    url.strip_prefix("https://")
        .is_some_and(|rest| !rest.is_empty() && !rest.chars().any(char::is_whitespace))
}

/// How long the personal data of a request are kept, in days after its last
/// decision; the server erases them then (a withdrawal erases at once).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Retention {
    pub refused_days: u16,
    pub waitlisted_days: u16,
    pub accepted_days: u16,
    /// Requests never decided (received, under review).
    pub undecided_days: u16,
    /// The rows of the reviewers' audit log (who did what, when).
    pub audit_days: u16,
}

impl Default for Retention {
    fn default() -> Self {
        Retention {
            refused_days: 365,
            waitlisted_days: 1095,
            accepted_days: 1095,
            undecided_days: 1095,
            audit_days: 365,
        }
    }
}

impl Retention {
    /// How long a request in `status` keeps its personal data after its
    /// last change; none for a withdrawn one, erased at once. Requests not
    /// decided yet (received, under review, waiting for an answer) share a
    /// period.
    pub fn days(&self, status: ApplicationStatus) -> Option<u16> {
        use ApplicationStatus::*;
        match status {
            Refused => Some(self.refused_days),
            Waitlisted => Some(self.waitlisted_days),
            Accepted => Some(self.accepted_days),
            Received | UnderReview | InformationRequested => Some(self.undecided_days),
            Withdrawn => None,
        }
    }

    pub fn problems(&self) -> Vec<String> {
        [
            ("refused_days", self.refused_days),
            ("waitlisted_days", self.waitlisted_days),
            ("accepted_days", self.accepted_days),
            ("undecided_days", self.undecided_days),
            ("audit_days", self.audit_days),
        ]
        .into_iter()
        .filter(|(_, days)| *days == 0)
        .map(|(name, _)| format!("retention.{name} must be at least 1"))
        .collect()
    }
}

/// What the public pages need of the configuration beyond the offer.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Site {
    pub publisher: Publisher,
    pub links: Links,
    pub retention: Retention,
    /// Where the spaces live: the domain of their addresses, the reserved
    /// labels.
    #[serde(default)]
    pub spaces: crate::Spaces,
    /// The server sends e-mails to the applicants who ask for them (a mail
    /// server is configured); otherwise the status page is the only channel.
    #[serde(default)]
    pub emails: bool,
    /// Members of the team may sign in through the host's OpenID Connect
    /// provider (`[review.oidc]`).
    #[serde(default)]
    pub sso: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_but_withdrawn_has_a_retention_period() {
        let retention = Retention::default();
        for status in ApplicationStatus::ALL {
            assert_eq!(
                retention.days(status).is_none(),
                status == ApplicationStatus::Withdrawn,
                "{status:?}"
            );
        }
        assert_eq!(
            retention.days(ApplicationStatus::InformationRequested),
            Some(retention.undecided_days)
        );
    }

    #[test]
    fn the_defaults_name_the_host_and_say_what_is_missing() {
        let publisher = Publisher::default();
        assert_eq!(publisher.controller(), "Framasoft");
        assert_eq!(
            publisher.missing(),
            vec![
                "address",
                "director",
                "contact_email",
                "host_name",
                "host_address"
            ]
        );
        assert!(Links::default().problems().is_empty());
        assert!(Retention::default().problems().is_empty());
    }

    #[test]
    fn links_are_https_addresses() {
        let links = Links {
            forum: "http://forum.example".into(),
            chatons: String::new(),
            paid_hosts: "https:// spaced".into(),
            authority: "https://cnil.example/plaintes".into(),
            rights_defender: String::new(),
        };
        assert_eq!(
            links.problems(),
            vec![
                "links.forum must be an https:// address",
                "links.paid_hosts must be an https:// address"
            ]
        );
    }
}
