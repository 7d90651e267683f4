## The shell of every page: top bar, language chooser, footer.

language-chooser-label = Langue
# $problem: why the server did not take the choice.
language-not-remembered = Votre choix n’a pas été enregistré : { $problem }

## The tab title, the skip link, the top bar and the footer.

common-title = TRACES NT
common-title-training = FORMATION – TRACES NT
common-skip-link = Aller au contenu
# The short mark before the name, as on the Commission's sites.
common-brand-mark = UE
common-brand-name = TRACES NT
common-instance-production = Production
common-instance-training = Formation
common-training-banner-mark = FORMATION
common-training-banner = – ceci est l’environnement de formation de TRACES NT. Rien de ce qui est fait ici n’est réel ni n’atteint l’environnement de production.
common-top-bar-nav-label = Compte et langue
common-my-profile = Mon profil TRACES
common-my-account = Mon compte
common-log-out = Se déconnecter
# $problem: why logging out did not work.
common-log-out-failed = Vous êtes toujours connecté : { $problem }
# The links of the top bar with their counts. Screen readers hear the hidden name, speech input
# users say the visible words: each name starts with the words of its link.
common-nav-queue = Demandes à traiter
common-nav-queue-none = Demandes à traiter : aucune en attente
# $count: how many requests wait (1 or more) and chooses the plural form; $shown: the same
# number as the badge shows it ("12", "10,000+").
common-nav-queue-pending = { $count ->
    [one] Demandes à traiter : { $shown } en attente
    [many] Demandes à traiter : { $shown } en attente
   *[other] Demandes à traiter : { $shown } en attente
}
common-nav-notifications = Notifications
common-nav-notifications-none = Notifications : aucune non lue
# $count: how many notifications are unread (1 or more) and chooses the plural form; $shown:
# the same number as the badge shows it ("12", "10,000+").
common-nav-notifications-unread = { $count ->
    [one] Notifications : { $shown } non lue
    [many] Notifications : { $shown } non lues
   *[other] Notifications : { $shown } non lues
}
# $traces, $organic: the two helpdesk addresses, as links.
common-footer-helpdesk = Des questions ? Écrivez au service d’assistance : { $traces } et { $organic }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version = Version { $version } · schéma { $schema }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version-test-mode = Version { $version } · schéma { $schema } · MODE TEST
# $time: a date and time (2026-11-23 16:05) in UTC.
common-time-in-utc = { $time } (UTC)

## The page for an unknown address.

common-not-found-title = Page introuvable
common-not-found-text = Cette adresse ne mène à aucune page de TRACES NT. Vérifiez le lien ou recommencez à partir de la page d’accueil.
common-not-found-home = Aller à la page d’accueil

## The guided demo of the training instance: the steps of the helpdesk letter. The names in
## quotes are the names of buttons and links: use the same words as those.

common-guide-show = Démonstration guidée
common-guide-hide = Masquer la démonstration guidée
common-guide-title = Démonstration guidée
common-guide-hint = Les étapes de la lettre du service d’assistance ; celle qui est mise en évidence correspond à cette page.
common-guide-part-eulogin = 1. EU Login
common-guide-part-traces = 2. TRACES NT
common-guide-part-decision = 3. La décision
common-guide-step-sign-up = Sur la page d’accueil de l’environnement de formation, cliquez sur « s’inscrire à TRACES ».
common-guide-step-create-account = Remplissez le formulaire (adresse électronique du domaine de démonstration, par exemple trainee@demo.traces-training.example), saisissez le code de l’image, puis cliquez sur « Créer un compte ».
common-guide-step-mailbox = Ouvrez la boîte aux lettres intégrée et suivez le lien du courriel.
common-guide-step-password = Choisissez un mot de passe.
common-guide-step-log-in = Cliquez sur « Se connecter à TRACES » et connectez-vous avec l’adresse électronique et le mot de passe.
common-guide-step-role-kind = Choisissez le type de rôle : Opérateur, Organisme de contrôle biologique ou Autorité.
common-guide-step-search = Lancez une recherche (pays, nom…), cochez une ou plusieurs lignes, puis cliquez sur « Demander une autorisation » ; ou, après une recherche, sur « Créer un nouvel opérateur ».
common-guide-step-popup = Dans la fenêtre contextuelle, vérifiez l’adresse électronique et le téléphone, puis cliquez sur « envoyer la demande d’autorisation » : un message vert s’affiche.
common-guide-step-profile-pending = Le profil indique la demande comme « En attente ».
common-guide-step-queue = Connectez-vous avec le persona « Agent de l’autorité compétente centrale » (page d’accueil de l’environnement de formation) et ouvrez « Demandes à traiter ».
common-guide-step-decide = Ouvrez la demande : la personne, l’organisation, l’historique ; acceptez-la, ou refusez-la en indiquant un motif.
common-guide-step-profile-decided = Reconnectez-vous en tant que demandeur : le profil indique « Valide » (ou « Refusée » avec le motif).
