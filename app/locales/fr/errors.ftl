## Errors any server function can answer with (api::ApiError).

# $count: how many fields have a problem (2 or more).
error-fields-need-attention = { $count } champs requièrent votre attention.
error-unauthenticated = Veuillez d’abord vous connecter.
error-forbidden = Vous n’êtes pas autorisé à effectuer cette action.
error-login-failed = Échec de la connexion : l’adresse électronique ou le mot de passe n’est pas correct, ou le compte est bloqué pendant 15 minutes après un trop grand nombre de tentatives. Vérifiez les deux et réessayez, ou utilisez « Mot de passe oublié ? ».
error-cross-site = Cette requête provenait d’un autre site web et a été refusée.
# $seconds: how long to wait.
error-rate-limited = Trop de tentatives. Veuillez patienter { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    } puis réessayer.
error-too-large = La requête est trop volumineuse : aucun champ de ce formulaire n’accepte plus de quelques milliers de caractères. Raccourcissez votre saisie et réessayez.
error-storage-unavailable = Le serveur ne peut rien enregistrer pour le moment, car son espace de stockage est plein ou en lecture seule. Rien de ce que vous avez saisi n’a été enregistré. Veuillez réessayer plus tard ; si le problème persiste, prévenez le service d’assistance.
error-internal = Un problème est survenu de notre côté. Veuillez réessayer dans un instant.
error-unavailable = Le serveur est injoignable. Vérifiez votre connexion et réessayez.
# $detail: the decoder's words, in English.
error-unreadable-request = La requête n’a pas pu être lue : { $detail }

## EU Login: sign-up, the e-mailed links, login and the account page.

# $minutes: how long a link works after its e-mail is sent.
error-link-expired = Ce lien a expiré : les liens fonctionnent pendant { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } après l’envoi du courriel. Demandez un nouveau courriel ci-dessous.
error-link-not-valid = Ce lien n’est pas valide. Copiez le lien complet du courriel dans la barre d’adresse, ou demandez un nouveau courriel ci-dessous.
error-link-used = Ce lien a déjà été utilisé : chaque lien ne fonctionne qu’une fois. Si vous devez à nouveau définir votre mot de passe, demandez un nouveau courriel ci-dessous.
error-link-superseded = Un courriel plus récent a été envoyé après celui-ci : seul le lien du courriel le plus récent fonctionne. Utilisez celui-là, ou demandez un nouveau courriel ci-dessous.
error-link-not-for-password = Ce lien sert à confirmer une adresse électronique, pas à définir un mot de passe.
error-link-not-for-email = Ce lien sert à définir un mot de passe, pas à confirmer une adresse électronique.
error-link-used-meanwhile = Ce lien vient d’être utilisé ou remplacé. Demandez-en un nouveau sur la page de votre compte.
error-email-now-taken = Cette adresse est désormais utilisée par un autre compte EU Login ; elle ne peut donc pas devenir la vôtre. Choisissez une autre adresse sur la page de votre compte.
# $username: the username the person chose.
error-username-taken = Nom d’utilisateur : « { $username } » est déjà pris. Choisissez-en un autre.
error-login-password-empty = Mot de passe : saisissez votre mot de passe.
error-new-email-confirmation = Confirmer la nouvelle adresse électronique : saisissez la même adresse que dans « Nouvelle adresse électronique ».
error-new-email-unchanged = Nouvelle adresse électronique : c’est déjà l’adresse de votre compte.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-new-email-demo-address = Nouvelle adresse électronique : les adresses en { $domain } sont réservées à l’environnement de formation : n’importe qui peut lire leur courrier dans la boîte aux lettres de démonstration et s’emparer de votre rôle ou de vos demandes en attente en production. Gardez une adresse qui vous appartient.

## The “Code” field of the sign-up and lost-password forms (the captcha).

error-captcha-empty = Code : saisissez les caractères que vous voyez dans l’image.
error-captcha-expired = Code : cette image a expiré. Saisissez les caractères de la nouvelle image.
error-captcha-used = Code : cette image a déjà été utilisée. Saisissez les caractères de la nouvelle image.
error-captcha-wrong = Code : les caractères ne correspondent pas à l’image. Saisissez les caractères de la nouvelle image.

## Hints of the password strength meter: the length rule, then zxcvbn's warnings and suggestions.

# $min: the fewest characters a password may have.
error-password-too-short-hint = Utilisez au moins { $min } caractères.
error-password-straight-rows = Les rangées de touches alignées sont faciles à deviner.
error-password-short-keyboard-patterns = Les motifs de clavier courts sont faciles à deviner.
error-password-repeats-aaa = Les répétitions comme « aaa » sont faciles à deviner.
error-password-repeats-abcabc = Les répétitions comme « abcabcabc » sont à peine plus difficiles à deviner que « abc ».
error-password-top-10 = C’est l’un des 10 mots de passe les plus courants.
error-password-top-100 = C’est l’un des 100 mots de passe les plus courants.
error-password-common = C’est un mot de passe très courant.
error-password-similar-to-common = Ce mot de passe ressemble à un mot de passe couramment utilisé.
error-password-sequences = Les suites comme abc ou 6543 sont faciles à deviner.
error-password-recent-years = Les années récentes sont faciles à deviner.
error-password-single-word = Un mot seul est facile à deviner.
error-password-dates = Les dates sont souvent faciles à deviner.
error-password-names-by-themselves = Les prénoms et noms de famille seuls sont faciles à deviner.
error-password-common-names = Les prénoms et noms de famille courants sont faciles à deviner.
error-password-use-a-few-words = Utilisez quelques mots, évitez les expressions courantes.
error-password-no-need-for-symbols = Inutile d’utiliser des symboles, des chiffres ou des majuscules.
error-password-add-a-word = Ajoutez un ou deux mots. Les mots peu courants sont préférables.
error-password-capitalization = Les majuscules n’aident pas beaucoup.
error-password-all-uppercase = Tout en majuscules est presque aussi facile à deviner que tout en minuscules.
error-password-reversed-words = Les mots écrits à l’envers ne sont guère plus difficiles à deviner.
error-password-substitutions = Les substitutions prévisibles comme « @ » au lieu de « a » n’aident pas beaucoup.
error-password-longer-keyboard-pattern = Utilisez un motif de clavier plus long, avec plus de changements de direction.
error-password-avoid-repeats = Évitez les mots et les caractères répétés.
error-password-avoid-sequences = Évitez les suites.
error-password-avoid-recent-years = Évitez les années récentes.
error-password-avoid-your-years = Évitez les années qui vous sont associées.
error-password-avoid-your-dates = Évitez les dates et les années qui vous sont associées.

## The training instance.

error-persona-unknown = Cette persona n’existe pas. Choisissez-en une dans la liste de la page d’accueil de l’instance de formation.

## Addresses under /api that name nothing.

error-api-function-unknown = Cette fonction de l’API n’existe pas.
error-export-unknown = Cet export n’existe pas : utilisez queue.csv ou decisions.csv.

## The approval queue: filters, page links, export links.

error-queue-page-link = Le lien de page n’est plus valide. Revenez à la première page de la file d’approbation.
error-queue-organisation-too-long = Organisation : saisissez au plus 100 caractères du nom.
# $max: the largest age accepted, in days.
error-queue-age-too-high = Ancienneté : { $max } jours au plus.
error-queue-age-not-a-number = Ancienneté : indiquez un nombre entier de jours, par exemple 7.
# $value: what the link has instead of an instance (production or training).
error-export-link-instance = Le lien d’export n’est pas valide : « { $value } » n’est pas une instance de TRACES NT : utilisez « production » ou « training ».
error-export-link-no-instance = Le lien d’export n’est pas valide : il n’indique aucune instance.
# $key, $value: the setting of the link that is not one of the queue's.
error-export-link-setting = Le lien d’export n’est pas valide : « { $key }={ $value } » ne fait pas partie de ses paramètres. Utilisez le bouton d’export de la page de la file d’approbation.

## Deciding requests, one or many, and the Administrator flag.

# $id: the request's number.
error-decide-not-found = Il n’existe aucune demande numéro { $id } sur laquelle vous pouvez statuer dans cette instance. Elle appartient peut-être à un autre pays ou à une autre organisation ; ouvrez-la depuis votre file d’approbation.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-decide-organisation-closed = L’organisation « { $name } » { $status ->
        [rejected] a été refusée
        [inactive] est inactive
       *[other] a le statut { $status }
    } ; personne ne peut donc la rejoindre. Refusez plutôt la demande en indiquant un motif.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-accepted = La demande { $id } a déjà été acceptée par { $who }, date : { $when }. Rien n’a été modifié.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-rejected = La demande { $id } a déjà été refusée par { $who }, date : { $when }. Rien n’a été modifié.
# $id: the request's number; $when: the date and time (UTC) or “earlier”.
error-decide-already-cancelled = La demande { $id } a déjà été annulée par le demandeur, date : { $when }. Rien n’a été modifié.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-revoked = La demande { $id } a déjà été révoquée par { $who }, date : { $when }. Rien n’a été modifié.
# $id: the request's number; $status: its status, a code the schema does not know (in English); $when: the date and time (UTC) or “earlier”.
error-decide-already-other = La demande { $id } a déjà le statut « { $status } », date : { $when }. Rien n’a été modifié.
# Stands for the person who decided, when the account is gone.
error-decide-by-unknown = quelqu’un
# Stands for the time of a decision, when it was not recorded.
error-decide-at-unknown = non enregistrée
# $id: the request's number.
error-decide-meanwhile = La demande { $id } a été traitée entre-temps ; rien n’a été modifié. Rechargez-la pour voir la décision.
error-decide-none-selected = Sélectionnez au moins une demande dans la file d’approbation, puis acceptez ou refusez.
# $max: how many requests can be decided at once; $count: how many were selected.
error-decide-too-many = Sélectionnez au plus { $max } demandes à la fois ; vous en avez sélectionné { $count }.
# $id: the request's number.
error-decide-selected-twice = La demande { $id } est sélectionnée deux fois ; sélectionnez chaque demande une seule fois.
# $failed: how many of the selected requests cannot be decided; $count: how many were selected.
error-decide-nothing-decided = Aucune décision n’a été prise : { $failed } des { $count } demandes sélectionnées ne peuvent pas être traitées. Désélectionnez-les et réessayez.
# $id: the request's number; $status: its status (a stored code, chooses the words).
error-admin-not-valid = La demande { $id } n’est pas un poste valide (elle est { $status ->
        [pending] en attente
        [rejected] refusée
        [cancelled] annulée
        [revoked] révoquée
       *[other] au statut { $status }
    }) : seul le titulaire d’un poste valide peut être administrateur.
# $id: the request's number.
error-admin-changed-meanwhile = La demande { $id } a été modifiée entre-temps ; rechargez-la.

## Notifications in the app (not errors, but sentences the server composes too).

# $first, $last: the requester's names; $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-new-request = { $first } { $last } demande un poste dans « { $organisation } » ({ $country }).
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-accepted = Votre demande de poste dans « { $organisation } » ({ $country }) a été acceptée
# $organisation: the organisation's name; $country: the ISO code of the post's country; $reason: the decider's words.
error-notification-rejected = Votre demande de poste dans « { $organisation } » ({ $country }) a été refusée : { $reason }
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-rejected-no-reason = Votre demande de poste dans « { $organisation } » ({ $country }) a été refusée : aucun motif indiqué
# $organisation: the organisation's name; $country: the ISO code of the post's country; $status: the request's status (a stored code, chooses the words).
error-notification-other = Votre demande de poste dans « { $organisation } » ({ $country }) est désormais { $status ->
        [pending] en attente
        [cancelled] annulée
        [revoked] révoquée
       *[other] au statut { $status }
    }

## TRACES: the directory search and authorisation requests.

error-search-page-link = Page : ce lien de page n’est plus valide ; relancez la recherche depuis la première page.
error-search-name-too-long = Nom : recherchez avec 120 caractères du nom au plus.
# $max: the most characters allowed.
error-additional-info-too-long = Informations complémentaires : utilisez au plus { $max } caractères.
error-submission-key = Clé d’envoi : envoyez de 8 à 64 lettres, chiffres, - ou _ (la page en crée une ; rechargez-la et réessayez).
error-submission-other-instance = Cette demande a déjà été envoyée sur l’autre instance. Rechargez la page et envoyez-la à nouveau.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-demo-address-production = Les adresses en { $domain } sont réservées à l’environnement de formation : n’importe qui peut lire leur courrier dans la boîte aux lettres de démonstration et prendre le contrôle du compte. Pour demander une autorisation en production, remplacez d’abord l’adresse électronique de votre compte par votre propre adresse.
error-posts-none = Postes : cochez au moins une organisation dans la liste, puis envoyez la demande.
# $max: how many posts one request can have.
error-posts-too-many = Postes : cochez-en au plus { $max } à la fois ; envoyez les autres dans une deuxième demande.
error-posts-twice = Postes : le même poste est coché deux fois ; cochez chaque poste une seule fois.
error-posts-one-kind = Postes : cochez uniquement des organisations d’un seul type de rôle (opérateurs, organismes de contrôle ou autorités).
# $name: the control body; $country: the country's name; $code: its ISO code.
error-posts-not-certified = Postes : « { $name } » ne certifie pas dans ce pays : { $country } ({ $code }) ; cochez l’un des pays indiqués pour cet organisme.
# $name: the organisation; $country: the name of its country.
error-posts-other-country = Postes : « { $name } » est situé dans le pays suivant : { $country } ; son poste ne couvre que ce pays.
# $id: the number that was sent.
error-organisation-not-found = L’organisation portant le numéro { $id } n’existe pas dans cette instance. Relancez la recherche et cochez-la dans la liste.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-organisation-closed = L’organisation « { $name } » { $status ->
        [rejected] a été refusée
        [inactive] est inactive
       *[other] a le statut { $status }
    } et n’accepte pas de nouvelles demandes. Relancez la recherche et cochez une autre organisation.
# $name: the control body.
error-no-certified-countries = « { $name } » n’a pas encore de pays certifiés ; aucun poste ne peut donc y être demandé.
# $name: the organisation; $country: the name of the post's country.
error-post-already-held = « { $name } » ({ $country }) : vous occupez déjà ce poste. Décochez-le et envoyez à nouveau la demande ; vos demandes figurent sur la page de votre profil.
# $name: the organisation; $country: the name of the post's country.
error-post-already-pending = « { $name } » ({ $country }) : votre demande pour ce poste est déjà en attente. Décochez-le et envoyez à nouveau la demande ; vos demandes figurent sur la page de votre profil.
error-own-request-not-found = Cette demande ne figure pas parmi les vôtres. Rechargez la page de votre profil.
# $organisation: the organisation's name; $status: the request's status (a stored code, chooses the words).
error-cancel-not-pending = Votre demande pour « { $organisation } » est { $status ->
        [pending] en attente
        [valid] valide
        [rejected] refusée
        [cancelled] annulée
        [revoked] révoquée
       *[other] au statut { $status }
    } et ne peut plus être annulée ; seules les demandes en attente peuvent l’être.
error-time-zone = Fuseau horaire : choisissez un fuseau comme Europe/Brussels (Zone/Ville, 64 caractères au plus), ou UTC.

## New organisations: the directory import and "create a new operator".

error-import-status = Statut : utilisez valid, new, rejected ou inactive (vide signifie valid).
error-import-kind = Type : utilisez operator, control_body ou authority.
error-certified-countries-empty = Pays certifiés : Pays : choisissez un pays dans la liste.
# $code: what was given instead of a country code.
error-certified-countries-shape = Pays certifiés : Pays : « { $code } » n’est pas un code pays ; utilisez les deux lettres de l’ISO 3166-1 (DE, FR, US) ou choisissez un pays dans la liste.
# $code: what was given instead of a country code.
error-certified-countries-unknown = Pays certifiés : Pays : « { $code } » n’est pas un code pays ISO 3166-1 attribué ; choisissez un pays dans la liste.
# $alias: the code EU documents use (EL, UK); $iso: the ISO 3166-1 code; $name: the country's name.
error-certified-countries-eu-alias = Pays certifiés : Pays : les documents de l’UE écrivent { $alias }, mais l’ISO 3166-1 et TRACES utilisent { $iso } ; choisissez { $iso } ({ $name }).
# $code: the control body code; $other: the organisation that has it.
error-control-body-code-taken = Code de l’organisme de contrôle : { $code } est déjà le code de « { $other } ».
# $eori: the EORI number; $other: the operator that has it.
error-eori-taken = Numéro EORI : { $eori } est déjà enregistré pour l’opérateur « { $other } » ; recherchez-le et demandez une autorisation au lieu de le créer à nouveau.
error-demo-person-shared = Il s’agit d’une personne de la démonstration de formation, partagée par toute la salle : son nom, son adresse électronique et son mot de passe ne peuvent pas être modifiés. Inscrivez-vous avec votre propre compte pour essayer.
