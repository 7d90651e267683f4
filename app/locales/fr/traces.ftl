## TRACES NT: the landing page, the welcome page of an instance, the role choice, the searches
## for a post with the request popup, "Create new Operator", and the profile with its
## preferences. Button and link names quoted in the helpdesk letter (“Login into TRACES”,
## “sign up for TRACES”, “Request Authorisation”, “Create new Operator”, “send authorisation
## request”) are the ones users are told to click: translate them the way the letter is
## translated.

## The landing page: production or training.

traces-landing-title = TRACES NT – Certificats d’inspection pour les produits biologiques
traces-landing-lead = Les sites de production et de formation de TRACES NT sont disponibles. Avant de pouvoir les utiliser, vous vous inscrivez sur EU Login, puis vous demandez votre rôle dans TRACES NT. Les rôles demandés sur l’un des sites ne sont pas transférés à l’autre.
traces-landing-production = TRACES NT Production
traces-landing-production-text = Pour de vrais certificats et de vraies demandes.
traces-landing-training = TRACES NT Formation
traces-landing-training-text = Pour apprendre et présenter l’inscription sans conséquences.

## The welcome page of an instance.

traces-welcome-title = Bienvenue dans TRACES NT
traces-welcome-title-training = Bienvenue dans TRACES NT Formation
traces-welcome-lead = Le certificat d’inspection pour les produits d’origine biologique se trouve sur ce site. Pour y accéder, vous devez vous connecter et vous inscrire en tant qu’utilisateur.
traces-welcome-log-in = Se connecter à TRACES
# Followed by the link “sign up for TRACES”.
traces-welcome-no-account = Pas encore de compte EU Login ?
traces-welcome-sign-up = s’inscrire à TRACES
traces-welcome-step-1 = Inscrivez-vous sur EU Login.
traces-welcome-step-1-text = Si vous avez déjà un compte EU Login (ECAS), passez directement à l’étape 2.
traces-welcome-step-2 = Inscrivez-vous dans TRACES NT.
traces-welcome-step-2-text = Connectez-vous, choisissez votre rôle (Opérateur, Organisme de contrôle biologique ou Autorité) et envoyez une demande d’autorisation.
# $name: the first and last name of the person, in bold.
traces-welcome-logged-in = Vous êtes connecté en tant que { $name }.
# $change: a link, traces-welcome-change-credentials; $reset: a link, traces-welcome-reset-password.
traces-welcome-credentials = Sur EU Login, vous pouvez { $change } si nécessaire, ou { $reset }.
traces-welcome-change-credentials = modifier vos identifiants EU Login
traces-welcome-reset-password = réinitialiser votre mot de passe

## A page of an instance opened before logging in.

traces-log-in-title = Veuillez vous connecter
traces-log-in-needed = Vous devez vous connecter avec votre compte EU Login pour vous inscrire dans TRACES NT.
traces-log-in-button = Se connecter à TRACES

## "Select your role in TRACES" on the welcome page.

traces-role-title = Sélectionnez votre rôle dans TRACES
traces-role-loading = Chargement de votre rôle…
traces-role-link-operator = Opérateur (importateur, premier destinataire)
traces-role-link-control-body = Organisme de contrôle biologique (ou autorité de contrôle)
traces-role-link-authority = Autorité (poste de contrôle frontalier ou autorité compétente centrale)
# $kind: the person's role kind (Operator, Organic Control Body, Authority), in bold.
traces-role-already = Vous avez déjà le type de rôle { $kind } dans cet environnement. Chaque personne ne peut avoir qu’un seul type de rôle ; dans ce cadre, vous pouvez demander d’autres postes.
traces-role-see-requests = Voir vos demandes dans votre profil
traces-role-one-kind = Veuillez noter que chaque personne ne peut avoir qu’un seul type de rôle. Dans le cadre de votre rôle, vous pouvez occuper plusieurs postes : par exemple travailler pour deux opérateurs ou plus, ou, en tant qu’organisme de contrôle, contrôler plusieurs pays.

## The searches for an operator, an authority or a control body.

traces-search-title-operator = Demander une autorisation : Opérateur
traces-search-title-authority = Demander une autorisation : Autorité
traces-search-title-control-body = Demander une autorisation : Organisme de contrôle biologique
traces-search-back = Retour au choix du rôle
traces-search-country = Pays
traces-search-any-country = Tous les pays
traces-search-section = Section
traces-search-any-section = Toutes les sections
traces-search-activity = Type d’activité
traces-search-any-activity = Tous les types d’activité
traces-search-role = Rôle
traces-search-any-role = Tous les rôles
traces-search-name = Nom
traces-search-name-hint = Une partie du nom suffit ; les majuscules et les accents n’ont pas d’importance.
traces-search-button = Rechercher
traces-operator-lead = Recherchez l’opérateur pour lequel vous travaillez, cochez la case correspondante et cliquez sur « Demander une autorisation ». Vous pouvez cocher plusieurs opérateurs, y compris sur plusieurs pages.
traces-operator-create-new-hint = Si vous êtes certain de ne pas pouvoir trouver l’opérateur pour lequel vous travaillez, vous pouvez le créer.
traces-operator-create-new = Créer un nouvel opérateur
traces-authority-lead = Recherchez votre autorité, cochez la case correspondante et cliquez sur « Demander une autorisation ».
traces-control-body-lead = Recherchez votre organisme de contrôle. Si vous certifiez pour un seul pays, cochez la case de ce pays ; si vous certifiez pour tous les pays dans lesquels votre organisme de contrôle certifie, cochez « Tous les pays » en haut de sa liste. Cliquez ensuite sur « Demander une autorisation ».
traces-control-body-country-hint = Un pays dans lequel l’organisme de contrôle certifie.
traces-control-body-name-hint = Une partie du nom ou le code suffit.

## The results of a search, "Request Authorisation" and the popup.

traces-posts-request = Demander une autorisation
traces-posts-none-selected = Cochez d’abord la case de votre poste dans les résultats.
# $count: how many posts are ticked (1 or more).
traces-posts-selected =
    { $count ->
        [one] { $count } poste sélectionné.
        [many] { $count } postes sélectionnés.
       *[other] { $count } postes sélectionnés.
    }
traces-posts-searching = Recherche en cours…
traces-posts-no-results = Aucune organisation ne correspond à votre recherche.
# $count: how many organisations this page of results shows (1 or more).
traces-posts-results =
    { $count ->
        [one] { $count } résultat sur cette page.
        [many] { $count } résultats sur cette page.
       *[other] { $count } résultats sur cette page.
    }
traces-posts-first-page = Première page
traces-posts-next-page = Page suivante
traces-posts-caption = Résultats de la recherche
traces-posts-column-name = Nom
traces-posts-column-country = Pays
traces-posts-column-city = Ville
traces-posts-column-activity = Type d’activité
traces-posts-column-eori = Numéro EORI
traces-posts-column-select = Sélectionner
traces-posts-column-role = Rôle
traces-posts-column-code = Code
traces-posts-column-certified = Pays certifiés (sélectionner)
# $code: the role's code (BCP, CCA); $name: its name; $acts: what it acts as.
traces-posts-authority-role = { $code } ({ $name }, agit en tant que { $acts })
traces-posts-all-countries = Tous les pays
# The name of a tick box. $organisation: the control body's name.
traces-posts-all-countries-of = { $organisation } : tous les pays
# $count: how many requests were sent (1 or more). Followed by the link “Open my profile”.
traces-posts-sent =
    { $count ->
        [one] Votre demande d’autorisation a été envoyée. Vous pouvez la suivre dans votre profil.
        [many] Vos { $count } demandes d’autorisation ont été envoyées. Vous pouvez les suivre dans votre profil.
       *[other] Vos { $count } demandes d’autorisation ont été envoyées. Vous pouvez les suivre dans votre profil.
    }
traces-open-profile = Ouvrir mon profil
traces-popup-asking-for = Vous demandez à être autorisé pour :
traces-request-additional-info = Informations complémentaires (facultatif)
traces-request-additional-info-hint = Tout ce qui peut aider la personne qui examine votre demande.
traces-popup-email = Adresse électronique
traces-popup-phone = Téléphone (facultatif)
traces-popup-send = envoyer la demande d’autorisation
traces-popup-cancel = Annuler
traces-popup-sending = Envoi en cours…

## "Create new Operator".

traces-new-operator-back = Retour à la recherche d’opérateurs
traces-new-operator-title = Créer un nouvel opérateur
# $operator: the name of the operator just created.
traces-new-operator-created = L’opérateur { $operator } a été créé et votre demande pour le rejoindre a été enregistrée.
traces-new-operator-duplicates-title = S’agit-il de l’un d’eux ?
traces-new-operator-duplicates-text = Ces opérateurs ressemblent à celui que vous créez. Si vous travaillez pour l’un d’eux, cochez-le et cliquez plutôt sur « Demander une autorisation ». Si aucun d’eux n’est le vôtre, cliquez à nouveau sur « créer un nouvel opérateur ».
traces-new-operator-lead = Les champs marqués d’un * sont obligatoires. Le numéro EORI est obligatoire pour les importateurs de produits biologiques.
traces-new-operator-create = créer un nouvel opérateur
traces-new-operator-checking = Vérification…
traces-new-operator-operator = L’opérateur
traces-new-operator-name = Nom
traces-new-operator-country = Pays
traces-new-operator-choose-country = Choisissez un pays
traces-new-operator-address = Adresse
traces-new-operator-city = Ville
traces-new-operator-postcode = Code postal
traces-new-operator-section = Section
traces-new-operator-activity = Type d’activité
traces-new-operator-choose-activity = Choisissez un type d’activité
traces-new-operator-eori = Numéro EORI
traces-new-operator-eori-hint = Le code pays à deux lettres, puis jusqu’à 15 lettres ou chiffres (DE1234567890). Obligatoire pour les importateurs.
traces-new-operator-eori-mandatory = Pour un importateur, le numéro EORI est obligatoire.
traces-new-operator-contact = Coordonnées de l’opérateur
traces-new-operator-contact-rule = Obligatoire : indiquez au moins un des éléments suivants : téléphone, fax, adresse électronique ou site web.
traces-new-operator-phone = Téléphone
traces-new-operator-fax = Fax
traces-new-operator-email = Adresse électronique
traces-new-operator-website = Site web
traces-new-operator-request = Votre demande pour rejoindre cet opérateur
traces-new-operator-request-hint = La personne qui examine votre demande voit ces informations et les utilise pour vous contacter.
traces-new-operator-your-email = Votre adresse électronique
traces-new-operator-your-email-hint = Celle de votre compte EU Login ; vous pouvez en indiquer une autre pour cette demande.
traces-new-operator-your-phone = Votre téléphone (facultatif)

## "My TRACES profile".

traces-profile-title = Mon profil TRACES
traces-profile-requests = Mes demandes
traces-profile-loading = Chargement de vos demandes…
traces-profile-no-requests = Vous n’avez encore demandé aucun rôle dans cet environnement.
traces-profile-column-organisation = Organisation
traces-profile-column-role = Rôle
traces-profile-column-scope = Périmètre
traces-profile-column-requested = Demandé le
traces-profile-column-decided = Décidé le
traces-profile-column-status = Statut
traces-profile-column-reason = Motif
traces-profile-column-action = Action
traces-profile-cancel = Annuler
# The name of the “Cancel” button of one request. $organisation: the organisation's name.
traces-profile-cancel-label = Annuler la demande pour { $organisation }
# $organisation: the organisation's name.
traces-profile-cancelled = Votre demande pour { $organisation } a été annulée.
# $zone: an IANA time zone name, like Europe/Brussels.
traces-profile-time-zone = Les dates et heures sont affichées dans votre fuseau horaire, { $zone }. Vous pouvez le modifier sous Préférences.
traces-profile-new-role = Demander un nouveau rôle
# $problem: why, as the server says it.
traces-profile-preferences-failed = Vos préférences ne peuvent pas être affichées : { $problem }

## The preferences of the profile page.

traces-preferences-title = Préférences
traces-preferences-notifications-title = Fuseau horaire et notifications
# $instance: production or training (only chooses the text).
traces-preferences-instance-only =
    { $instance ->
        [training] Ces préférences ne valent que pour l’environnement de formation.
       *[production] Ces préférences ne valent que pour l’environnement de production.
    }
traces-preferences-time-zone = Fuseau horaire
traces-preferences-time-zone-hint = Les dates et heures de vos demandes sont affichées dans ce fuseau horaire.
traces-preferences-zone-utc = UTC (temps universel coordonné)
traces-preferences-zones-eu = Union européenne
traces-preferences-zones-other = Autres pays
# A time zone in the list. $country: the country's name; $zone: the IANA name (Europe/Vienna).
traces-preferences-zone = { $country } ({ $zone })
# $country: the country's name; $place: a region of it (Azores); $zone: the IANA name.
traces-preferences-zone-region = { $country }, { $place } ({ $zone })
# $country: the country's name; $place: a city of it (Chicago); $zone: the IANA name.
traces-preferences-zone-city = { $country } ({ $place }) ({ $zone })
traces-preferences-place-azores = Açores
traces-preferences-place-madeira = Madère
traces-preferences-place-canary-islands = Îles Canaries
traces-preferences-place-sydney = Sydney
traces-preferences-place-sao-paulo = São Paulo
traces-preferences-place-toronto = Toronto
traces-preferences-place-chicago = Chicago
traces-preferences-place-los-angeles = Los Angeles
traces-preferences-place-new-york = New York
# $browser: the browser's time zone; $saved: the saved one (IANA names, like Europe/Brussels).
traces-preferences-browser-zone = Votre navigateur est réglé sur { $browser } ; ce fuseau est donc choisi ici. Votre fuseau horaire enregistré reste { $saved } jusqu’à ce que vous cliquiez sur « Enregistrer les préférences ».
traces-preferences-events = Événements à me signaler
traces-preferences-notify-decisions = Décisions sur mes demandes (acceptées, refusées, révoquées)
traces-preferences-notify-new-requests = Nouvelles demandes en attente de ma décision (si vous statuez sur des demandes : autorités et administrateurs d’une organisation)
traces-preferences-channels = Moyens de notification
traces-preferences-notify-in-app = Dans l’application
traces-preferences-notify-email = Par courriel (à l’adresse de votre compte EU Login)
traces-preferences-no-channel = Si ni « Dans l’application » ni « Par courriel » n’est coché, vous ne serez informé de rien.
traces-preferences-save = Enregistrer les préférences
traces-preferences-saving = Enregistrement…
# $zone: the time zone just saved (an IANA name, like America/New_York).
traces-preferences-saved = Vos préférences sont enregistrées. Les dates et heures sont désormais affichées dans le fuseau { $zone }.
traces-preferences-language-title = Langue
# $account: a link, traces-preferences-my-account.
traces-preferences-language-text = Vos langues sont liées à votre compte EU Login : elles sont les mêmes en production et en formation. Vous pouvez aussi les modifier, ainsi que vos nom et prénom, sous { $account }.
traces-preferences-my-account = Mon compte
traces-preferences-interface-language = Langue de l’interface
traces-preferences-interface-language-hint = La langue de ces pages chaque fois que vous êtes connecté.
traces-preferences-email-language = Langue des courriels
traces-preferences-email-language-hint = La langue des courriels que vous recevez, notifications comprises.
traces-preferences-save-languages = Enregistrer les langues
traces-preferences-languages-saved = Vos langues sont enregistrées.

## Statuses, as the profile, the search results and the queue show them.

traces-status-pending = En attente
traces-status-valid = Valide
traces-status-rejected = Refusée
traces-status-cancelled = Annulée
traces-status-revoked = Révoquée
traces-status-organisation-new = Nouveau
traces-status-organisation-valid = Valide
traces-status-organisation-rejected = Refusé
traces-status-organisation-inactive = Inactif
