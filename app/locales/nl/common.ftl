## The shell of every page: top bar, language chooser, footer.

language-chooser-label = Taal
# $problem: why the server did not take the choice.
language-not-remembered = Uw keuze is niet onthouden: { $problem }

## The tab title, the skip link, the top bar and the footer.

common-title = TRACES NT
common-title-training = TRAINING – TRACES NT
common-skip-link = Naar de inhoud
# The short mark before the name, as on the Commission's sites.
common-brand-mark = EU
common-brand-name = TRACES NT
common-instance-production = Productie
common-instance-training = Training
common-training-banner-mark = TRAINING
common-training-banner = – dit is de trainingsomgeving van TRACES NT. Niets wat u hier doet, is echt of komt in de productieomgeving terecht.
common-top-bar-nav-label = Account en taal
common-my-profile = Mijn TRACES-profiel
common-my-account = Mijn account
common-log-out = Uitloggen
# $problem: why logging out did not work.
common-log-out-failed = U bent nog steeds ingelogd: { $problem }
# The links of the top bar with their counts. Screen readers hear the hidden name, speech input
# users say the visible words: each name starts with the words of its link.
common-nav-queue = Te beslissen verzoeken
common-nav-queue-none = Te beslissen verzoeken: geen in behandeling
# $count: how many requests wait (1 or more) and chooses the plural form; $shown: the same
# number as the badge shows it ("12", "10,000+").
common-nav-queue-pending = { $count ->
    [one] Te beslissen verzoeken: { $shown } in behandeling
   *[other] Te beslissen verzoeken: { $shown } in behandeling
}
common-nav-notifications = Meldingen
common-nav-notifications-none = Meldingen: geen ongelezen
# $count: how many notifications are unread (1 or more) and chooses the plural form; $shown:
# the same number as the badge shows it ("12", "10,000+").
common-nav-notifications-unread = { $count ->
    [one] Meldingen: { $shown } ongelezen
   *[other] Meldingen: { $shown } ongelezen
}
# $traces, $organic: the two helpdesk addresses, as links.
common-footer-helpdesk = Vragen? Schrijf naar de helpdesk: { $traces } en { $organic }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version = Versie { $version } · schema { $schema }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version-test-mode = Versie { $version } · schema { $schema } · TESTMODUS
# $time: a date and time (2026-11-23 16:05) in UTC.
common-time-in-utc = { $time } (UTC)

## The page for an unknown address.

common-not-found-title = Pagina niet gevonden
common-not-found-text = Dit adres leidt niet naar een pagina van TRACES NT. Controleer de link of begin opnieuw vanaf de startpagina.
common-not-found-home = Naar de startpagina

## The guided demo of the training instance: the steps of the helpdesk letter. The names in
## quotes are the names of buttons and links: use the same words as those.

common-guide-show = Rondleiding
common-guide-hide = Rondleiding verbergen
common-guide-title = Rondleiding
common-guide-hint = De stappen uit de brief van de helpdesk; de gemarkeerde stap is deze pagina.
common-guide-part-eulogin = 1. EU Login
common-guide-part-traces = 2. TRACES NT
common-guide-part-decision = 3. De beslissing
common-guide-step-sign-up = Klik op de welkomstpagina van de training op ‘registreren voor TRACES’.
common-guide-step-create-account = Vul het formulier in (e-mailadres van het demodomein, bv. trainee@demo.traces-training.example) en de captcha, en klik daarna op ‘Account aanmaken’.
common-guide-step-mailbox = Open het ingebouwde postvak en volg de link in de e-mail.
common-guide-step-password = Kies een wachtwoord.
common-guide-step-log-in = Klik op ‘Inloggen bij TRACES’ en log in met het e-mailadres en het wachtwoord.
common-guide-step-role-kind = Kies de soort rol: Marktdeelnemer, Biologisch controleorgaan of Autoriteit.
common-guide-step-search = Zoek (land, naam…), vink een of meer rijen aan en klik daarna op ‘Autorisatie aanvragen’; of klik na een zoekopdracht op ‘Nieuwe marktdeelnemer aanmaken’.
common-guide-step-popup = Controleer in het pop-upvenster het e-mailadres en het telefoonnummer en klik daarna op ‘autorisatieverzoek verzenden’: er verschijnt een groene melding.
common-guide-step-profile-pending = Het profiel toont het verzoek als ‘In behandeling’.
common-guide-step-queue = Log in als de persona ‘Medewerker centrale bevoegde autoriteit’ (welkomstpagina van de training) en open ‘Te beslissen verzoeken’.
common-guide-step-decide = Open het verzoek: de persoon, de organisatie, de geschiedenis; aanvaard het, of wijs het af met een reden.
common-guide-step-profile-decided = Log opnieuw in als de aanvrager: het profiel toont ‘Geldig’ (of ‘Afgewezen’ met de reden).
