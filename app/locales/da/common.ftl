## The shell of every page: top bar, language chooser, footer.

language-chooser-label = Sprog
# $problem: why the server did not take the choice.
language-not-remembered = Dit valg er ikke gemt: { $problem }

## The tab title, the skip link, the top bar and the footer.

common-title = TRACES NT
common-title-training = TRÆNING – TRACES NT
common-skip-link = Gå til indholdet
# The short mark before the name, as on the Commission's sites.
common-brand-mark = EU
common-brand-name = TRACES NT
common-instance-production = Produktion
common-instance-training = Træning
common-training-banner-mark = TRÆNING
common-training-banner = – dette er træningsmiljøet i TRACES NT. Intet, der gøres her, er virkeligt eller når frem til produktionsmiljøet.
common-top-bar-nav-label = Konto og sprog
common-my-profile = Min TRACES-profil
common-my-account = Min konto
common-log-out = Log ud
# $problem: why logging out did not work.
common-log-out-failed = Du er stadig logget ind: { $problem }
# The links of the top bar with their counts. Screen readers hear the hidden name, speech input
# users say the visible words: each name starts with the words of its link.
common-nav-queue = Anmodninger til afgørelse
common-nav-queue-none = Anmodninger til afgørelse: ingen under behandling
# $count: how many requests wait (1 or more) and chooses the plural form; $shown: the same
# number as the badge shows it ("12", "10,000+").
common-nav-queue-pending = { $count ->
    [one] Anmodninger til afgørelse: { $shown } under behandling
   *[other] Anmodninger til afgørelse: { $shown } under behandling
}
common-nav-notifications = Notifikationer
common-nav-notifications-none = Notifikationer: ingen ulæste
# $count: how many notifications are unread (1 or more) and chooses the plural form; $shown:
# the same number as the badge shows it ("12", "10,000+").
common-nav-notifications-unread = { $count ->
    [one] Notifikationer: { $shown } ulæst
   *[other] Notifikationer: { $shown } ulæste
}
# $traces, $organic: the two helpdesk addresses, as links.
common-footer-helpdesk = Spørgsmål? Skriv til helpdesken: { $traces } og { $organic }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version = Version { $version } · skema { $schema }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version-test-mode = Version { $version } · skema { $schema } · TESTTILSTAND
# $time: a date and time (2026-11-23 16:05) in UTC.
common-time-in-utc = { $time } (UTC)

## The page for an unknown address.

common-not-found-title = Siden blev ikke fundet
common-not-found-text = Denne adresse fører ikke til en side i TRACES NT. Kontrollér linket, eller start forfra fra forsiden.
common-not-found-home = Gå til forsiden

## The guided demo of the training instance: the steps of the helpdesk letter. The names in
## quotes are the names of buttons and links: use the same words as those.

common-guide-show = Guidet demo
common-guide-hide = Skjul den guidede demo
common-guide-title = Guidet demo
common-guide-hint = Trinnene fra helpdeskens brev; det fremhævede trin er denne side.
common-guide-part-eulogin = 1. EU Login
common-guide-part-traces = 2. TRACES NT
common-guide-part-decision = 3. Afgørelsen
common-guide-step-sign-up = Klik på »tilmeld dig TRACES« på træningsmiljøets velkomstside.
common-guide-step-create-account = Udfyld formularen (en e-mailadresse i demodomænet, f.eks. trainee@demo.traces-training.example) og koden fra billedet, og klik derefter på »Opret en konto«.
common-guide-step-mailbox = Åbn den indbyggede postkasse, og følg linket i e-mailen.
common-guide-step-password = Vælg en adgangskode.
common-guide-step-log-in = Klik på »Log ind i TRACES«, og log ind med e-mailadressen og adgangskoden.
common-guide-step-role-kind = Vælg rolletype: Aktør, Økologisk kontrolorgan eller Myndighed.
common-guide-step-search = Søg (land, navn …), sæt kryds ved en eller flere rækker, og klik derefter på »Anmod om autorisation«; eller klik efter en søgning på »Opret ny aktør«.
common-guide-step-popup = Kontrollér e-mail og telefon i pop op-vinduet, og klik derefter på »send autorisationsanmodning«: der vises en grøn meddelelse.
common-guide-step-profile-pending = Profilen viser anmodningen som »Under behandling«.
common-guide-step-queue = Log ind som personaen »CCA-medarbejder« (træningsmiljøets velkomstside), og åbn »Anmodninger til afgørelse«.
common-guide-step-decide = Åbn anmodningen: personen, organisationen, historikken; godkend den, eller afvis den med en begrundelse.
common-guide-step-profile-decided = Log ind som ansøgeren igen: profilen viser »Gyldig« (eller »Afvist« med begrundelsen).
