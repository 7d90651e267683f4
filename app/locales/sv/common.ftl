## The shell of every page: top bar, language chooser, footer.

language-chooser-label = Språk
# $problem: why the server did not take the choice.
language-not-remembered = Ditt val har inte sparats: { $problem }

## The tab title, the skip link, the top bar and the footer.

common-title = TRACES NT
common-title-training = UTBILDNING – TRACES NT
common-skip-link = Gå till innehållet
# The short mark before the name, as on the Commission's sites.
common-brand-mark = EU
common-brand-name = TRACES NT
common-instance-production = Produktion
common-instance-training = Utbildning
common-training-banner-mark = UTBILDNING
common-training-banner = – det här är utbildningsmiljön i TRACES NT. Inget som görs här är på riktigt eller når produktionsmiljön.
common-top-bar-nav-label = Konto och språk
common-my-profile = Min TRACES-profil
common-my-account = Mitt konto
common-log-out = Logga ut
# $problem: why logging out did not work.
common-log-out-failed = Du är fortfarande inloggad: { $problem }
# The links of the top bar with their counts. Screen readers hear the hidden name, speech input
# users say the visible words: each name starts with the words of its link.
common-nav-queue = Ansökningar att besluta om
common-nav-queue-none = Ansökningar att besluta om: inga väntande
# $count: how many requests wait (1 or more) and chooses the plural form; $shown: the same
# number as the badge shows it ("12", "10,000+").
common-nav-queue-pending = { $count ->
    [one] Ansökningar att besluta om: { $shown } väntande
   *[other] Ansökningar att besluta om: { $shown } väntande
}
common-nav-notifications = Aviseringar
common-nav-notifications-none = Aviseringar: inga olästa
# $count: how many notifications are unread (1 or more) and chooses the plural form; $shown:
# the same number as the badge shows it ("12", "10,000+").
common-nav-notifications-unread = { $count ->
    [one] Aviseringar: { $shown } oläst
   *[other] Aviseringar: { $shown } olästa
}
# $traces, $organic: the two helpdesk addresses, as links.
common-footer-helpdesk = Frågor? Skriv till helpdesken: { $traces } och { $organic }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version = Version { $version } · schema { $schema }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version-test-mode = Version { $version } · schema { $schema } · TESTLÄGE
# $time: a date and time (2026-11-23 16:05) in UTC.
common-time-in-utc = { $time } (UTC)

## The page for an unknown address.

common-not-found-title = Sidan hittades inte
common-not-found-text = Den här adressen leder inte till någon sida i TRACES NT. Kontrollera länken eller börja om från startsidan.
common-not-found-home = Gå till startsidan

## The guided demo of the training instance: the steps of the helpdesk letter. The names in
## quotes are the names of buttons and links: use the same words as those.

common-guide-show = Guidad demo
common-guide-hide = Dölj den guidade demon
common-guide-title = Guidad demo
common-guide-hint = Stegen i helpdeskens brev; det markerade steget är den här sidan.
common-guide-part-eulogin = 1. EU Login
common-guide-part-traces = 2. TRACES NT
common-guide-part-decision = 3. Beslutet
common-guide-step-sign-up = Klicka på ”registrera dig för TRACES” på utbildningsmiljöns välkomstsida.
common-guide-step-create-account = Fyll i formuläret (en e-postadress i demodomänen, till exempel trainee@demo.traces-training.example) och koden från bilden och klicka sedan på ”Skapa ett konto”.
common-guide-step-mailbox = Öppna den inbyggda postlådan och följ länken i e-postmeddelandet.
common-guide-step-password = Välj ett lösenord.
common-guide-step-log-in = Klicka på ”Logga in i TRACES” och logga in med e-postadressen och lösenordet.
common-guide-step-role-kind = Välj typ av roll: Aktör, Ekologiskt kontrollorgan eller Myndighet.
common-guide-step-search = Sök (land, namn …), kryssa för en eller flera rader och klicka sedan på ”Ansök om behörighet”; eller klicka efter en sökning på ”Skapa ny aktör”.
common-guide-step-popup = Kontrollera e-postadress och telefonnummer i popup-fönstret och klicka sedan på ”skicka ansökan om behörighet”: ett grönt meddelande visas.
common-guide-step-profile-pending = Profilen visar ansökan som ”Under behandling”.
common-guide-step-queue = Logga in som personan ”CCA-handläggare” (utbildningsmiljöns välkomstsida) och öppna ”Ansökningar att besluta om”.
common-guide-step-decide = Öppna ansökan: personen, organisationen, historiken; godkänn den eller avslå den med ett skäl.
common-guide-step-profile-decided = Logga in som sökanden igen: profilen visar ”Giltig” (eller ”Avslagen” med skälet).
