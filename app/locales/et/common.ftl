## The shell of every page: top bar, language chooser, footer.

language-chooser-label = Keel
# $problem: why the server did not take the choice.
language-not-remembered = Teie valikut ei jäetud meelde: { $problem }

## The tab title, the skip link, the top bar and the footer.

common-title = TRACES NT
common-title-training = KOOLITUS – TRACES NT
common-skip-link = Liikuge sisu juurde
# The short mark before the name, as on the Commission's sites.
common-brand-mark = EU
common-brand-name = TRACES NT
common-instance-production = Tootmiskeskkond
common-instance-training = Koolituskeskkond
common-training-banner-mark = KOOLITUS
common-training-banner = – see on TRACES NT koolituskeskkond. Miski siin tehtu ei ole päris ega jõua tootmiskeskkonda.
common-top-bar-nav-label = Konto ja keel
common-my-profile = Minu TRACES-profiil
common-my-account = Minu konto
common-log-out = Logige välja
# $problem: why logging out did not work.
common-log-out-failed = Olete endiselt sisse logitud: { $problem }
# The links of the top bar with their counts. Screen readers hear the hidden name, speech input
# users say the visible words: each name starts with the words of its link.
common-nav-queue = Otsustamist ootavad taotlused
common-nav-queue-none = Otsustamist ootavad taotlused: ootel ei ole ühtegi
# $count: how many requests wait (1 or more) and chooses the plural form; $shown: the same
# number as the badge shows it ("12", "10,000+").
common-nav-queue-pending =
    { $count ->
        [one] Otsustamist ootavad taotlused: { $shown } ootel
       *[other] Otsustamist ootavad taotlused: { $shown } ootel
    }
common-nav-notifications = Teavitused
common-nav-notifications-none = Teavitused: lugemata ei ole
# $count: how many notifications are unread (1 or more) and chooses the plural form; $shown:
# the same number as the badge shows it ("12", "10,000+").
common-nav-notifications-unread =
    { $count ->
        [one] Teavitused: { $shown } lugemata
       *[other] Teavitused: { $shown } lugemata
    }
# $traces, $organic: the two helpdesk addresses, as links.
common-footer-helpdesk = Küsimusi? Kirjutage kasutajatoele: { $traces } ja { $organic }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version = Versioon { $version } · skeem { $schema }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version-test-mode = Versioon { $version } · skeem { $schema } · TESTIREŽIIM
# $time: a date and time (2026-11-23 16:05) in UTC.
common-time-in-utc = { $time } (UTC)

## The page for an unknown address.

common-not-found-title = Lehekülge ei leitud
common-not-found-text = See aadress ei vii ühelegi TRACES NT leheküljele. Kontrollige linki või alustage uuesti avalehelt.
common-not-found-home = Minge avalehele

## The guided demo of the training instance: the steps of the helpdesk letter. The names in
## quotes are the names of buttons and links: use the same words as those.

common-guide-show = Juhendatud demo
common-guide-hide = Peitke juhendatud demo
common-guide-title = Juhendatud demo
common-guide-hint = Kasutajatoe kirja sammud; esile tõstetud samm on see lehekülg.
common-guide-part-eulogin = 1. EU Login
common-guide-part-traces = 2. TRACES NT
common-guide-part-decision = 3. Otsus
common-guide-step-sign-up = Klõpsake koolituskeskkonna avalehel linki „registreeruge TRACES-süsteemis“.
common-guide-step-create-account = Täitke vorm (demodomeeni e-posti aadress, nt trainee@demo.traces-training.example), sisestage pildil olev kood ja klõpsake seejärel nuppu „Looge konto“.
common-guide-step-mailbox = Avage sisseehitatud postkast ja järgige e-kirjas olevat linki.
common-guide-step-password = Valige parool.
common-guide-step-log-in = Klõpsake nuppu „Logige TRACES-süsteemi sisse“ ja logige sisse e-posti aadressi ja parooliga.
common-guide-step-role-kind = Valige rolliliik: ettevõtja, mahepõllumajanduse kontrollorgan või asutus.
common-guide-step-search = Otsige (riik, nimi…), märkige üks või mitu rida ja klõpsake seejärel nuppu „Taotlege autoriseerimist“; või klõpsake pärast otsingut nuppu „Looge uus ettevõtja“.
common-guide-step-popup = Kontrollige hüpikaknas e-posti aadressi ja telefoni ning klõpsake seejärel nuppu „Saatke autoriseerimistaotlus“: ilmub roheline teade.
common-guide-step-profile-pending = Profiilis on taotluse olek Ootel.
common-guide-step-queue = Logige sisse personana „Keskse pädeva asutuse ametnik“ (koolituskeskkonna avalehel) ja avage „Otsustamist ootavad taotlused“.
common-guide-step-decide = Avage taotlus: isik, organisatsioon, ajalugu; kiitke see heaks või lükake see põhjendusega tagasi.
common-guide-step-profile-decided = Logige uuesti sisse taotlejana: profiilis on olek Kehtiv (või Tagasi lükatud koos põhjusega).
