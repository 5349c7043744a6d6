## Forms: the words of every form, and the generic message of each problem code (`messages::code`)
form-optional = (facultatif)
form-error-prefix = Erreur :
form-error-summary-title = Il y a un problème
form-too-many = Trop d’essais depuis votre connexion. Réessayez dans { $seconds } secondes.

## Errors: generic messages, by code
error-required = Répondez à cette question.
error-too-short = Écrivez au moins { $min } caractères.
error-too-long = Écrivez au plus { $max } caractères.
error-control-characters = Ce texte contient des caractères invisibles non autorisés : retapez-le.
error-invalid-email = Saisissez une adresse électronique complète, comme nom@exemple.fr.
error-invalid-country = Choisissez un pays dans la liste.
error-invalid-postal-code = Ce code postal n’a pas la forme attendue pour ce pays.
error-invalid-url = Saisissez une adresse web complète, commençant par https://
error-invalid-rna = Un numéro RNA s’écrit W suivi de 9 chiffres, comme W751234567.
error-invalid-siren = Ce numéro SIREN n’est pas valide : ses 9 chiffres ne forment pas un numéro possible. Vérifiez-les, ou laissez le champ vide.
error-invalid-siret = Ce numéro SIRET n’est pas valide : ses 14 chiffres ne forment pas un numéro possible. Vérifiez-les, ou laissez le champ vide.
error-invalid-identifier = Saisissez un numéro RNA (W et 9 chiffres), SIREN (9 chiffres) ou SIRET (14 chiffres), ou laissez vide.
error-rna-only-for-associations = Un numéro RNA ne concerne que les associations : indiquez plutôt un SIREN ou un SIRET, ou laissez vide.
error-cooperative-kind-required = Précisez de quelle coopérative il s’agit.
error-cooperative-kind-not-applicable = La forme de coopérative ne concerne que les coopératives.
error-out-of-range = Saisissez un nombre entre { $min } et { $max }.
error-must-accept = Cochez la case pour accepter les engagements.
error-duplicate-app = Un outil est coché deux fois.
error-unknown-field = Cette information n’est pas attendue.
error-invalid-value = Cette valeur n’est pas valable.
error-refused-kind = { $kind ->
    [company] Les entreprises ne peuvent pas obtenir d’espace : elles ont en général les moyens de payer un hébergement.
    [school] Les établissements scolaires et universitaires ne peuvent pas obtenir d’espace : ils disposent d’outils fournis par leur institution.
    [administration] Les administrations ne peuvent pas obtenir d’espace : l’offre est réservée aux collectifs.
    [local_authority] Les collectivités territoriales ne peuvent pas obtenir d’espace : l’offre est réservée aux collectifs.
    [public_service] Les services publics ne peuvent pas obtenir d’espace : l’offre est réservée aux collectifs.
    [individual] Les particuliers ne peuvent pas obtenir d’espace : l’offre est faite pour les groupes qui agissent ensemble.
    [family] Les familles ne peuvent pas obtenir d’espace : l’offre est faite pour les collectifs qui s’engagent.
   *[other] Cette forme de structure ne peut pas obtenir d’espace.
}
error-not-french-speaking = L’offre est réservée aux structures qui fonctionnent en français, car l’assistance n’existe qu’en français.
error-too-many-accounts = Un espace compte au plus { $max } comptes. Beaucoup de collectifs réservent les comptes aux personnes les plus actives et partagent le reste par des liens, qui ne demandent pas de compte : indiquez le nombre de comptes dont vous auriez besoin ainsi.
error-too-much-storage = Un espace offre au plus { $max } Go, partagés entre tous ses comptes. Gardez ailleurs les archives et les vidéos lourdes, et indiquez ce dont vous avez besoin au quotidien.
error-cooperative-case-by-case = Les coopératives sont étudiées au cas par cas.
error-kind-case-by-case = Votre structure sera étudiée au cas par cas, à partir de sa description.
error-duplicate-value = La même valeur apparaît deux fois.
error-invalid-condition = La condition doit porter sur une question à choix ou à échelle placée avant.
error-invalid-choice = Choisissez parmi les réponses proposées.
error-not-applicable = Cette réponse ne correspond à aucune question affichée.
error-unknown-placeholder = « { $placeholder } » n’est pas un emplacement connu : utilisez { "{" }structure{ "}" } ou { "{" }phase{ "}" }.

## The page the server sends when it has no room for one more visitor (`serve::busy_answer`)
busy-title = Le portail est très demandé en ce moment
busy-text = Trop de personnes le consultent à la fois. Rien n’est perdu : rechargez la page dans quelques secondes.
error-invalid-address = Une adresse s’écrit avec des lettres minuscules sans accent, des chiffres et des tirets (pas au début ni à la fin), comme amis-du-velo.
error-address-reserved = Cette adresse est réservée au service lui-même : choisissez-en une autre.
error-address-taken = Une autre demande a déjà pris cette adresse : choisissez-en une autre.
