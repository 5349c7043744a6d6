//! Related requests: two requests that share an identifier (RNA, SIREN —
//! a SIRET counts as its SIREN), a contact address, a website, a space
//! address or a near-identical name are shown to reviewers side by side, so that a
//! second request of one collective, or a neighbour's, is seen before a
//! decision. Each request gives a few match keys; requests sharing a key are
//! related. The server stores the keys hashed, in an index, and looks up a
//! request's keys, never every request.

use serde::{Deserialize, Serialize};

use crate::closed_list::closed_list;
use crate::identifiers::{Identifier, normalize, parse_french};
use crate::{ApplicationInput, ApplicationStatus};

closed_list! {
    /// What two related requests share.
    Likeness {
        /// The same RNA number, or the same SIREN (a SIRET's first nine
        /// digits), or the same foreign registration number.
        Identifier = "identifier",
        /// The same contact address (case and `+tag` ignored).
        Email = "email",
        /// The same website (scheme, `www.` and path ignored; on a shared
        /// platform such as Facebook, the page's name counts).
        Website = "website",
        /// The same name once accents, case, punctuation, articles and the
        /// word "association" are set aside.
        Name = "name",
        /// The same space address (a refused request's, asked again).
        Address = "address",
    }
}

/// One key of a request: requests with an equal key are related.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct MatchKey {
    pub likeness: Likeness,
    /// The normalised value, prefixed so that keys of two kinds never meet.
    pub value: String,
}

impl MatchKey {
    /// The text the server hashes and indexes.
    pub fn text(&self) -> String {
        format!("{}:{}", self.likeness.as_str(), self.value)
    }
}

/// A request related to the one a reviewer reads, with what they share.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RelatedRequest {
    pub reference: String,
    pub status: ApplicationStatus,
    pub phase: Option<u32>,
    /// `None` once erased.
    pub structure_name: Option<String>,
    /// RFC 3339.
    pub created_at: String,
    /// What the two requests share, at least one.
    pub likeness: Vec<Likeness>,
}

/// At most this many related requests are listed on a request's page.
pub const RELATED_MAX: u32 = 50;

/// The keys of a request's answers, each kind at most once.
pub fn match_keys(input: &ApplicationInput) -> Vec<MatchKey> {
    let structure = &input.structure;
    let keys = [
        (
            Likeness::Identifier,
            structure
                .identifier
                .as_deref()
                .and_then(|id| identifier_key(&structure.country, id)),
        ),
        (Likeness::Email, email_key(&input.contact.email)),
        (
            Likeness::Website,
            structure.website.as_deref().and_then(website_key),
        ),
        (Likeness::Name, name_key(&structure.name)),
        (
            Likeness::Address,
            crate::application::present(&structure.address).map(str::to_ascii_lowercase),
        ),
    ];
    keys.into_iter()
        .filter_map(|(likeness, value)| {
            Some(MatchKey {
                likeness,
                value: value?,
            })
        })
        .collect()
}

/// `rna:W…` or `siren:…` for a French number (a SIRET gives its SIREN);
/// `CC:…` (letters and digits only) for another country's.
pub fn identifier_key(country: &str, identifier: &str) -> Option<String> {
    let country = country.trim().to_ascii_uppercase();
    if country == "FR" {
        return match parse_french(identifier).ok()? {
            Identifier::Rna(rna) => Some(format!("rna:{rna}")),
            Identifier::Siren(siren) => Some(format!("siren:{siren}")),
            Identifier::Siret(siret) => Some(format!("siren:{}", &siret[..9])),
        };
    }
    let number: String = normalize(identifier)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    (number.len() >= 4).then(|| format!("{country}:{number}"))
}

/// The address in lower case, without a `+tag` in its local part.
pub fn email_key(email: &str) -> Option<String> {
    let email = email.trim().to_lowercase();
    let (local, domain) = email.rsplit_once('@')?;
    let local = local.split('+').next().unwrap_or(local);
    (!local.is_empty() && domain.contains('.')).then(|| format!("{local}@{domain}"))
}

/// Platforms where many collectives have a page: the page, not the host,
/// tells them apart.
const PLATFORMS: [&str; 10] = [
    "facebook.com",
    "instagram.com",
    "helloasso.com",
    "linkedin.com",
    "linktr.ee",
    "twitter.com",
    "x.com",
    "youtube.com",
    "sites.google.com",
    "mastodon.social",
];

/// Path segments of a platform's address that name no page.
const GENERIC_SEGMENTS: [&str; 9] = [
    "associations",
    "company",
    "groups",
    "pages",
    "c",
    "channel",
    "p",
    "pg",
    "view",
];

/// The host without `www.` or `m.`, lower case; on a platform, with the
/// page's name (`facebook.com/amisduvelo`).
pub fn website_key(url: &str) -> Option<String> {
    let url = url.trim().to_lowercase();
    let rest = url.split_once("://").map_or(url.as_str(), |(_, rest)| rest);
    let (authority, path) = rest
        .split_once(['/', '?', '#'])
        .map_or((rest, ""), |(host, path)| (host, path));
    let host = authority.rsplit('@').next().unwrap_or(authority);
    let host = host.split(':').next().unwrap_or(host).trim_end_matches('.');
    let host = host
        .strip_prefix("www.")
        .or_else(|| host.strip_prefix("m."))
        .unwrap_or(host);
    if !host.contains('.') || host.starts_with('.') {
        return None;
    }
    if !PLATFORMS.contains(&host) {
        return Some(host.to_owned());
    }
    let page = path
        .split(['/', '?', '#'])
        .map(|segment| segment.trim_start_matches('@'))
        .find(|segment| !segment.is_empty() && !GENERIC_SEGMENTS.contains(segment))?;
    Some(format!("{host}/{page}"))
}

/// Words a name may have or not and stay the same name.
const NAME_FILLERS: [&str; 13] = [
    "l",
    "le",
    "la",
    "les",
    "d",
    "de",
    "du",
    "des",
    "et",
    "the",
    "of",
    "association",
    "asso",
];

/// The name folded (accents, case), its words kept (letters and digits),
/// articles and "association" dropped; none when under four characters
/// remain, as such names say too little.
pub fn name_key(name: &str) -> Option<String> {
    let folded = crate::text::folded(name);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty() && !NAME_FILLERS.contains(word))
        .collect();
    let key = words.join(" ");
    (key.chars().filter(|c| *c != ' ').count() >= 4).then_some(key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_siret_is_related_to_its_siren_and_an_rna_to_itself() {
        // 732 829 320 is a valid SIREN; 732 829 320 00074 a SIRET of it.
        assert_eq!(
            identifier_key("FR", "732 829 320"),
            Some("siren:732829320".into())
        );
        assert_eq!(
            identifier_key("fr", "73282932000074"),
            identifier_key("FR", "732829320")
        );
        assert_eq!(
            identifier_key("FR", "w751 234 567"),
            Some("rna:W751234567".into())
        );
        assert_eq!(identifier_key("FR", "123"), None);
        assert_eq!(
            identifier_key("BE", "0 123.456-789"),
            Some("BE:0123456789".into())
        );
        assert_ne!(
            identifier_key("BE", "0123456789"),
            identifier_key("CH", "0123456789")
        );
        assert_eq!(identifier_key("BE", "1 2"), None);
    }

    #[test]
    fn addresses_match_without_case_or_tag() {
        assert_eq!(
            email_key(" Tresorier+portail@Exemple.ORG "),
            Some("tresorier@exemple.org".into())
        );
        assert_eq!(email_key("tresorier@exemple"), None);
        assert_eq!(email_key("@exemple.org"), None);
        assert_ne!(email_key("a@exemple.org"), email_key("b@exemple.org"));
    }

    #[test]
    fn websites_match_by_host_and_by_page_on_a_platform() {
        for url in [
            "https://www.amisduvelo.fr/",
            "http://amisduvelo.fr/contact?x=1",
            "AMISDUVELO.FR",
            "https://amisduvelo.fr:443",
        ] {
            assert_eq!(website_key(url), Some("amisduvelo.fr".into()), "{url}");
        }
        assert_eq!(
            website_key("https://m.facebook.com/AmisDuVelo/"),
            Some("facebook.com/amisduvelo".into())
        );
        assert_eq!(
            website_key("https://www.helloasso.com/associations/amis-du-velo"),
            Some("helloasso.com/amis-du-velo".into())
        );
        // Two pages of one platform are not one collective.
        assert_ne!(
            website_key("https://facebook.com/amisduvelo"),
            website_key("https://facebook.com/voisins")
        );
        assert_eq!(website_key("https://facebook.com/"), None);
        assert_eq!(website_key("localhost"), None);
    }

    #[test]
    fn names_match_without_accents_articles_or_punctuation() {
        let key = name_key("Les Amis du Vélo");
        assert_eq!(key, Some("amis velo".into()));
        for name in [
            "Association les amis du vélo",
            "LES AMIS DU VELO !",
            "Les amis — du vélo",
            "amis-du-vélo",
        ] {
            assert_eq!(name_key(name), key, "{name}");
        }
        assert_ne!(name_key("Les Amis du Vélo"), name_key("Les Amis du Vélo 2"));
        assert_ne!(name_key("Les Amis du Vélo"), name_key("Les Amies du Vélo"));
        assert_eq!(name_key("Asso A"), None);
    }

    fn input(name: &str, email: &str, website: Option<&str>, id: Option<&str>) -> ApplicationInput {
        let mut input = ApplicationInput::default();
        input.structure.name = name.into();
        input.structure.country = "FR".into();
        input.structure.website = website.map(Into::into);
        input.structure.identifier = id.map(Into::into);
        input.contact.email = email.into();
        input
    }

    #[test]
    fn a_request_has_one_key_of_each_kind_it_can() {
        let mut full = input(
            "Les Amis du Vélo",
            "a@b.org",
            Some("amis.fr"),
            Some("W751234567"),
        );
        full.structure.address = Some("amis-du-velo".into());
        let keys = match_keys(&full);
        assert_eq!(keys[4].text(), "address:amis-du-velo");
        let kinds: Vec<Likeness> = keys.iter().map(|k| k.likeness).collect();
        assert_eq!(kinds, Likeness::ALL.to_vec());
        assert_eq!(keys[0].text(), "identifier:rna:W751234567");
        let few = match_keys(&input("AB", "a@b.org", None, None));
        assert_eq!(few.len(), 1);
        assert_eq!(few[0].likeness, Likeness::Email);
    }

    proptest! {
        #[test]
        fn a_name_keeps_its_key_through_case_and_punctuation(
            words in proptest::collection::vec("[a-zé]{2,8}", 1..5),
            separator in "[ .,!'’-]{1,3}",
        ) {
            let plain = words.join(" ");
            let noisy = words
                .iter()
                .map(|w| w.to_uppercase())
                .collect::<Vec<_>>()
                .join(&separator);
            prop_assert_eq!(name_key(&plain), name_key(&noisy));
        }

        #[test]
        fn a_website_keeps_its_key_through_scheme_www_and_path(
            host in "[a-z]{3,10}\\.(fr|org|net)",
            path in "(/[a-z0-9]{0,6}){0,3}",
            www in any::<bool>(),
            secure in any::<bool>(),
        ) {
            let url = format!(
                "{}{}{host}{path}",
                if secure { "https://" } else { "http://" },
                if www { "www." } else { "" },
            );
            prop_assert_eq!(website_key(&url), Some(host));
        }
    }
}
