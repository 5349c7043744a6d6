## Forms: the words of every form, and the generic message of each problem code (`messages::code`)
form-optional = (optional)
form-error-prefix = Error:
form-error-summary-title = There is a problem
form-too-many = Too many attempts from your connection. Try again in { $seconds } seconds.

## Errors: generic messages, by code
error-required = Answer this question.
error-too-short = Write at least { $min } characters.
error-too-long = Write at most { $max } characters.
error-control-characters = This text contains invisible characters that are not allowed: type it again.
error-invalid-email = Enter a full e-mail address, like name@example.org.
error-invalid-country = Choose a country from the list.
error-invalid-postal-code = This postcode does not have the expected form for this country.
error-invalid-url = Enter a full web address, starting with https://
error-invalid-rna = An RNA number is W followed by 9 digits, like W751234567.
error-invalid-siren = This SIREN number is not valid: its 9 digits do not make a possible number. Check them, or leave the field empty.
error-invalid-siret = This SIRET number is not valid: its 14 digits do not make a possible number. Check them, or leave the field empty.
error-invalid-identifier = Enter an RNA (W and 9 digits), SIREN (9 digits) or SIRET (14 digits) number, or leave it empty.
error-rna-only-for-associations = An RNA number only applies to associations: give a SIREN or SIRET instead, or leave it empty.
error-cooperative-kind-required = Say which kind of cooperative it is.
error-cooperative-kind-not-applicable = The kind of cooperative only applies to cooperatives.
error-out-of-range = Enter a number between { $min } and { $max }.
error-must-accept = Tick the box to accept the commitments.
error-duplicate-app = A tool is ticked twice.
error-unknown-field = This information is not expected.
error-invalid-value = This value is not valid.
error-refused-kind = { $kind ->
    [company] Companies cannot get a space: they can usually afford paid hosting.
    [school] Schools and universities cannot get a space: their institution provides their tools.
    [administration] Government administrations cannot get a space: the offer is kept for collectives.
    [local_authority] Local authorities cannot get a space: the offer is kept for collectives.
    [public_service] Public services cannot get a space: the offer is kept for collectives.
    [individual] Individuals cannot get a space: the offer is for groups acting together.
    [family] Families cannot get a space: the offer is for committed collectives.
   *[other] This form of organisation cannot get a space.
}
error-not-french-speaking = The offer is kept for organisations that work in French, because support is only available in French.
error-too-many-accounts = A space has at most { $max } accounts. Many collectives keep accounts for their most active members and share the rest with links, which need no account: give the number of accounts you would need that way.
error-too-much-storage = A space offers at most { $max } GB, shared between all its accounts. Keep heavy archives and videos elsewhere, and give what you need day to day.
error-cooperative-case-by-case = Cooperatives are reviewed case by case.
error-kind-case-by-case = Your organisation will be examined case by case, from its description.
error-duplicate-value = The same value appears twice.
error-invalid-condition = The condition must be on a choice or scale question placed before.
error-invalid-choice = Choose among the answers offered.
error-not-applicable = This answer matches no question shown.
error-unknown-placeholder = “{ $placeholder }” is not a known placeholder: use { "{" }structure{ "}" } or { "{" }phase{ "}" }.

## The page the server sends when it has no room for one more visitor (`serve::busy_answer`)
busy-title = The portal is very busy right now
busy-text = Too many people are using it at once. Nothing is lost: reload the page in a few seconds.
error-invalid-address = An address is written with lower-case letters without accents, digits and hyphens (not at either end), like friends-of-bikes.
error-address-reserved = This address is kept for the service itself: choose another one.
error-address-taken = Another request has already taken this address: choose another one.
