## EU Login, the identity service (pages/eulogin): sign-up, the e-mailed links, login, the
## account page, help and privacy. "EU Login", "TRACES NT" and "ECAS" are names.

# The mark above each EU Login page's heading.
eulogin-brand = EU Login
# Heading, button and link of the sign-up form (the helpdesk letter names it).
eulogin-create-account = Créer un compte
# Links and buttons that lead to logging in.
eulogin-log-in = Se connecter
# Heading of its page and the link to it.
eulogin-lost-password = Mot de passe oublié ?
eulogin-help-link = Aide : le courriel n’est pas arrivé
eulogin-send-again = Renvoyer le courriel
eulogin-nothing-arrived = Vous n’avez rien reçu ?
# The text of a link, inside sentences.
eulogin-account-page-link = la page de votre compte EU Login
# After a link that opens in a new tab, for screen readers.
eulogin-opens-in-new-tab = (s’ouvre dans un nouvel onglet)
# Heading of a page whose e-mailed link is expired, used, replaced or unknown.
eulogin-link-broken = Ce lien ne fonctionne pas
eulogin-link-checking = Vérification de votre lien…
eulogin-link-no-code = Cette adresse ne contient aucun code de lien. Ouvrez à nouveau le lien depuis le courriel, ou copiez le lien complet dans la barre d’adresse.

## Field labels and hints.

eulogin-field-username = Nom d’utilisateur
eulogin-field-first-name = Prénom
eulogin-field-last-name = Nom de famille
eulogin-field-email = Adresse électronique
eulogin-field-email-confirm = Confirmer l’adresse électronique
eulogin-field-email-language = Langue des courriels
eulogin-field-interface-language = Langue de l’interface
eulogin-field-password = Mot de passe
eulogin-field-current-password = Mot de passe actuel
eulogin-field-new-password = Nouveau mot de passe
eulogin-field-confirm-password = Confirmer le mot de passe
eulogin-field-new-email = Nouvelle adresse électronique
eulogin-field-confirm-new-email = Confirmer la nouvelle adresse électronique
eulogin-name-hint = Tel qu’il figure sur votre pièce d’identité.
eulogin-email-language-hint = La langue des courriels que vous envoie EU Login.
eulogin-interface-language-hint = La langue de ces pages chaque fois que vous êtes connecté.
eulogin-password-rule = Au moins 12 caractères, au plus 128. Aucune règle sur les types de caractères : une phrase de plusieurs mots sans rapport entre eux est robuste et facile à retenir.

## Create an account (/eulogin/signup).

eulogin-signup-own-name = Ouvrez le compte à votre propre nom.
# $person: "REAL PERSON" (eulogin-signup-real-person), in bold.
eulogin-signup-own-name-why = Les données que vous saisissez ici figureront sur les certificats que vous signez dans TRACES NT, qui ont une valeur juridique. Ouvrez le compte EU Login au nom d’une { $person }, et NON au nom de votre poste de contrôle frontalier, de votre opérateur ou de votre organisme de contrôle.
eulogin-signup-real-person = PERSONNE PHYSIQUE
eulogin-signup-own-address = Utilisez votre adresse électronique professionnelle individuelle.
eulogin-signup-own-address-why = C’est avec cette adresse que vous vous connecterez à TRACES NT.
# Followed by the link "Log in".
eulogin-signup-already = Vous avez déjà un compte EU Login ?
eulogin-signup-all-required = Tous les champs sont obligatoires.
eulogin-signup-username-hint = De 4 à 32 caractères : lettres a–z, chiffres, points, traits d’union et traits de soulignement, en commençant par une lettre.
eulogin-signup-email-hint = Votre adresse professionnelle individuelle : c’est avec elle que vous vous connecterez.
eulogin-signup-email-confirm-hint = Saisissez à nouveau la même adresse.
eulogin-signup-privacy-accept = J’ai lu et j’accepte la déclaration de confidentialité
eulogin-signup-privacy-read = Lire la déclaration de confidentialité
eulogin-signup-progress = Création de votre compte…

## Check your e-mail (/eulogin/signup/sent), after "Create an account".

eulogin-sent-title = Consultez votre messagerie
# Instead of the address, when the page does not know it.
eulogin-sent-unknown-address = l’adresse que vous avez saisie
# $address: the e-mail address, in bold.
eulogin-sent-lead = Nous avons envoyé à { $address } un courriel contenant un lien pour définir votre mot de passe.
# $minutes: how long the link works.
eulogin-sent-link-valid = Le lien fonctionne pendant { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } après l’envoi du courriel, et une seule fois. Une fois votre mot de passe défini, revenez dans TRACES NT et connectez-vous avec cette adresse électronique.
eulogin-sent-advice-wait = Patientez quelques minutes : les courriels peuvent mettre un certain temps à arriver.
eulogin-sent-advice-spam = Regardez dans votre dossier de courrier indésirable (spam).
eulogin-sent-advice-it = Demandez à votre service informatique d’autoriser les courriels d’EU Login (en ajoutant l’expéditeur à la liste des expéditeurs autorisés, la « liste blanche »).
eulogin-sent-advice-address = Vérifiez l’adresse ci-dessus. Si elle est erronée, créez à nouveau le compte avec la bonne adresse.
eulogin-sent-replaces = Un nouveau courriel remplace le précédent : seul le lien du courriel le plus récent fonctionne.

## Help with EU Login (/eulogin/help), where the helpdesk letter points when the e-mail does not arrive.

eulogin-help-title = Aide sur EU Login
eulogin-help-no-email = Le courriel pour définir votre mot de passe n’est pas arrivé
eulogin-help-no-email-intro = Après « Créer un compte », EU Login vous envoie un courriel contenant un lien pour définir votre mot de passe. S’il ne se trouve pas dans votre boîte de réception :
# Each piece of advice: a short instruction in bold, then why.
eulogin-help-wait = Patientez quelques minutes.
eulogin-help-wait-why = Les serveurs de messagerie retiennent parfois un certain temps les messages d’un nouvel expéditeur avant de les distribuer.
eulogin-help-spam = Regardez dans votre dossier de courrier indésirable (spam).
eulogin-help-spam-why = Si vous y trouvez le courriel, marquez-le comme « non indésirable » pour que les suivants arrivent dans votre boîte de réception.
eulogin-help-it = Demandez à votre service informatique d’autoriser nos courriels.
eulogin-help-it-why = Les organisations filtrent souvent les courriels venant de l’extérieur. Demandez que l’expéditeur d’EU Login soit ajouté à la liste des expéditeurs autorisés (« liste blanche »).
eulogin-help-address = Vérifiez l’adresse.
# $link: a link to the sign-up form, "create the account again" (eulogin-help-address-link).
eulogin-help-address-why = Une faute de frappe envoie le courriel ailleurs. Si l’adresse était erronée, { $link } avec la bonne adresse.
eulogin-help-address-link = créez à nouveau le compte
# $action: "Send the e-mail again" (eulogin-help-again-action), in bold.
eulogin-help-again = { $action } à l’aide du formulaire ci-dessous.
eulogin-help-again-action = Renvoyer le courriel
eulogin-help-link-broken = Le lien ne fonctionne pas
# $minutes: how long a link works.
eulogin-help-link-broken-why = Un lien fonctionne pendant { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } après l’envoi du courriel, et une seule fois. Lorsqu’un nouveau courriel est envoyé, les liens des courriels précédents cessent de fonctionner : utilisez toujours le courriel le plus récent. Si votre logiciel de messagerie coupe le lien en deux, copiez le lien complet dans la barre d’adresse de votre navigateur.
eulogin-help-send-again-intro = Saisissez l’adresse électronique de votre compte EU Login. Si elle est enregistrée, nous vous envoyons un nouveau lien pour définir votre mot de passe.
eulogin-help-have-account = Vous avez déjà un compte ?
# $login: a link, "log in" (eulogin-help-have-account-log-in); $lost: a link, "Lost your password?" (eulogin-lost-password).
eulogin-help-have-account-why = Si vous avez déjà un compte EU Login (ECAS), vous n’avez pas besoin d’en créer un nouveau : { $login }. Si vous avez oublié votre mot de passe, utilisez « { $lost } ».
eulogin-help-have-account-log-in = connectez-vous
eulogin-help-contact = Contacter le service d’assistance
eulogin-help-contact-intro = Si rien de tout cela ne vous aide, ou pour toute question sur TRACES NT et le certificat d’inspection, écrivez à :
# $address: the helpdesk's e-mail address, a link.
eulogin-help-contact-traces = { $address } (TRACES NT et EU Login)
# $address: the e-mail address of the organic products helpdesk, a link.
eulogin-help-contact-organic = { $address } (le certificat d’inspection pour les produits biologiques)
eulogin-help-contact-advice = Indiquez l’adresse électronique que vous avez utilisée, et n’envoyez jamais votre mot de passe.

## Privacy statement (/eulogin/privacy).

eulogin-privacy-title = Déclaration de confidentialité
eulogin-privacy-lead = EU Login vous permet de prouver votre identité à TRACES NT. Cette page indique ce que nous conservons à votre sujet, pourquoi, et ce que vous pouvez faire à cet égard.
eulogin-privacy-stored = Ce que nous conservons
eulogin-privacy-stored-names = Votre nom d’utilisateur, votre prénom et votre nom de famille.
eulogin-privacy-stored-email = Votre adresse électronique, qui est aussi votre identifiant de connexion.
eulogin-privacy-stored-languages = La langue des courriels que nous vous envoyons et la langue de l’interface.
eulogin-privacy-stored-password = Votre mot de passe, uniquement sous forme hachée : une transformation à sens unique qui ne permet pas de retrouver le mot de passe. Personne, pas même le service d’assistance, ne peut voir votre mot de passe.
eulogin-privacy-stored-session = Pendant que vous êtes connecté, un cookie de session et l’heure de votre dernière activité, afin que la session prenne fin lorsque vous cessez de l’utiliser ou que vous vous déconnectez.
eulogin-privacy-why = Pourquoi
eulogin-privacy-why-identify = Pour vous identifier lorsque vous vous connectez à TRACES NT et vous envoyer les courriels nécessaires au service (le lien pour définir votre mot de passe, la confirmation d’une nouvelle adresse).
eulogin-privacy-why-certificates = Vos prénom et nom figurent sur les certificats que vous signez dans TRACES NT. Les certificats ont une valeur juridique ; le compte doit donc être au nom de la personne physique qui signe.
eulogin-privacy-no-other-use = Nous n’utilisons vos données à aucune autre fin, et nous ne les vendons ni ne les partageons à des fins de marketing.
eulogin-privacy-rights = Vos droits
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-privacy-rights-text = Une fois connecté, vous pouvez à tout moment consulter et corriger vos noms, vos langues, votre adresse électronique et votre mot de passe sur { $link }. Pour demander une copie de vos données ou la suppression de votre compte, écrivez au service d’assistance.
eulogin-privacy-contact = Contact
# $address: the helpdesk's e-mail address, a link.
eulogin-privacy-helpdesk = Service d’assistance : { $address }

## Log in (/eulogin/login), where "Login into TRACES" leads.

eulogin-login-title = Se connecter
eulogin-login-lead = Connectez-vous avec l’adresse électronique de votre compte EU Login.
# Next to the password field when it is empty ("Password" is the field's label).
eulogin-login-password-missing = Mot de passe : saisissez votre mot de passe.
# Followed by the link "Create an account".
eulogin-login-no-account = Pas encore de compte ?

## Lost your password? (/eulogin/lost-password)

eulogin-lost-lead = Saisissez l’adresse électronique de votre compte EU Login. Si elle est enregistrée, nous vous envoyons un courriel contenant un lien pour définir un nouveau mot de passe.
# $minutes: how long the link works.
eulogin-lost-link-valid = Le lien fonctionne pendant { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, et une seule fois. Votre mot de passe actuel reste valable jusqu’à ce que vous définissiez le nouveau.
eulogin-lost-submit = M’envoyer un lien
eulogin-lost-back = Retour à « Se connecter »

## Set your password (/eulogin/password), from the e-mailed link.

eulogin-password-title = Définir votre mot de passe
# $name: the person's first name; $username: their username, in bold.
eulogin-password-lead = Bonjour { $name }, choisissez le mot de passe du compte EU Login { $username }.
eulogin-password-submit = Définir mon mot de passe
eulogin-password-set = Votre mot de passe est défini
eulogin-password-set-next = Vous pouvez maintenant vous connecter avec votre adresse électronique et votre nouveau mot de passe.
eulogin-password-new-email = Recevoir un nouveau courriel
eulogin-password-new-email-intro = Saisissez l’adresse électronique de votre compte EU Login pour recevoir un nouveau lien permettant de définir votre mot de passe.

## Confirm your new e-mail address (/eulogin/email), from the e-mailed link.

eulogin-email-title = Confirmer votre nouvelle adresse électronique
# $name: the person's first name; $username: their username, in bold; $email: the new address, in bold.
eulogin-email-lead = Bonjour { $name }. L’identifiant de connexion du compte EU Login { $username } deviendra { $email }.
eulogin-email-old-stops = Dès que vous aurez confirmé, votre ancienne adresse ne permettra plus de vous connecter.
eulogin-email-submit = Confirmer ma nouvelle adresse électronique
eulogin-email-changed = Votre adresse électronique a été modifiée
# $email: the new address, in bold.
eulogin-email-changed-next = Désormais, connectez-vous avec { $email }.
eulogin-email-back-to-account = Retour à mon compte
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-email-link-broken-next = Votre adresse électronique n’a pas été modifiée. Pour obtenir un nouveau lien de confirmation, connectez-vous et demandez-le à nouveau sur { $link }.

## My EU Login account (/eulogin/account).

eulogin-account-title = Mon compte EU Login
eulogin-account-loading = Chargement de votre compte…
eulogin-account-back = Retour à TRACES NT
eulogin-account-log-in-first = Veuillez vous connecter pour consulter et modifier votre compte EU Login.
# $name: first and last name; $username; $email: the login address. All three in bold.
eulogin-account-who = Connecté en tant que { $name } (nom d’utilisateur { $username }, adresse électronique { $email }).
eulogin-account-details = Vos données
eulogin-account-details-intro = Vos noms figurent sur les certificats que vous signez dans TRACES NT : utilisez vos vrais noms, tels qu’ils figurent sur votre pièce d’identité.
eulogin-account-details-submit = Enregistrer mes données
eulogin-account-details-saved = Vos données sont enregistrées.
eulogin-account-password = Modifier le mot de passe
# Next to the field when it is empty ("Current password" is the field's label).
eulogin-account-current-password-missing = Mot de passe actuel : saisissez le mot de passe que vous utilisez actuellement.
eulogin-account-password-submit = Modifier mon mot de passe
eulogin-account-password-changed = Votre mot de passe a été modifié. Toutes les autres sessions ouvertes sur votre compte (dans un autre navigateur ou sur un autre ordinateur) ont été fermées.
eulogin-account-email = Modifier l’adresse électronique
eulogin-account-email-intro = Votre adresse électronique est votre identifiant de connexion. Nous envoyons un lien à la nouvelle adresse pour vérifier qu’elle vous appartient.
# Next to "Confirm new e-mail" ("Confirm new e-mail" and "New e-mail" are the fields' labels).
eulogin-account-email-confirm-differs = Confirmer la nouvelle adresse électronique : saisissez la même adresse que dans « Nouvelle adresse électronique ».
eulogin-account-email-confirm-missing = Confirmer la nouvelle adresse électronique : saisissez à nouveau la nouvelle adresse.
eulogin-account-email-submit = Envoyer le lien de confirmation
# $address: the new address, in bold; $minutes: how long the link works; $current: the present login address.
eulogin-account-email-sent = Nous avons envoyé un lien à { $address }. Suivez-le dans un délai de { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }. Votre identifiant de connexion ne change qu’une fois le lien suivi ; d’ici là, continuez à vous connecter avec { $current }.
