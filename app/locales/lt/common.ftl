## The shell of every page: top bar, language chooser, footer.

language-chooser-label = Kalba
# $problem: why the server did not take the choice.
language-not-remembered = Jūsų pasirinkimas neįsimintas: { $problem }

## The tab title, the skip link, the top bar and the footer.

common-title = TRACES NT
common-title-training = MOKYMAI – TRACES NT
common-skip-link = Pereiti prie turinio
# The short mark before the name, as on the Commission's sites.
common-brand-mark = ES
common-brand-name = TRACES NT
common-instance-production = Gamybinė aplinka
common-instance-training = Mokymo aplinka
common-training-banner-mark = MOKYMAI
common-training-banner = – tai TRACES NT mokymo aplinka. Niekas, kas čia daroma, nėra tikra ir nepatenka į gamybinę aplinką.
common-top-bar-nav-label = Paskyra ir kalba
common-my-profile = Mano TRACES profilis
common-my-account = Mano paskyra
common-log-out = Atsijungti
# $problem: why logging out did not work.
common-log-out-failed = Atsijungti nepavyko, vis dar esate prisijungę: { $problem }
# The links of the top bar with their counts. Screen readers hear the hidden name, speech input
# users say the visible words: each name starts with the words of its link.
common-nav-queue = Prašymai sprendimui
common-nav-queue-none = Prašymai sprendimui: laukiančių nėra
# $count: how many requests wait (1 or more) and chooses the plural form; $shown: the same
# number as the badge shows it ("12", "10,000+").
common-nav-queue-pending = { $count ->
    [one] Prašymai sprendimui: { $shown } laukiantis
    [few] Prašymai sprendimui: { $shown } laukiantys
    [many] Prašymai sprendimui: { $shown } laukiančio
   *[other] Prašymai sprendimui: { $shown } laukiančių
}
common-nav-notifications = Pranešimai
common-nav-notifications-none = Pranešimai: neperskaitytų nėra
# $count: how many notifications are unread (1 or more) and chooses the plural form; $shown:
# the same number as the badge shows it ("12", "10,000+").
common-nav-notifications-unread = { $count ->
    [one] Pranešimai: { $shown } neperskaitytas
    [few] Pranešimai: { $shown } neperskaityti
    [many] Pranešimai: { $shown } neperskaityto
   *[other] Pranešimai: { $shown } neperskaitytų
}
# $traces, $organic: the two helpdesk addresses, as links.
common-footer-helpdesk = Turite klausimų? Rašykite pagalbos tarnybai: { $traces } ir { $organic }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version = Versija { $version } · schema { $schema }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version-test-mode = Versija { $version } · schema { $schema } · BANDOMASIS REŽIMAS
# $time: a date and time (2026-11-23 16:05) in UTC.
common-time-in-utc = { $time } (UTC)

## The page for an unknown address.

common-not-found-title = Puslapis nerastas
common-not-found-text = Šiuo adresu TRACES NT puslapio nėra. Patikrinkite nuorodą arba pradėkite iš naujo nuo pradžios puslapio.
common-not-found-home = Eiti į pradžios puslapį

## The guided demo of the training instance: the steps of the helpdesk letter. The names in
## quotes are the names of buttons and links: use the same words as those.

common-guide-show = Demonstracija su nurodymais
common-guide-hide = Slėpti demonstraciją su nurodymais
common-guide-title = Demonstracija su nurodymais
common-guide-hint = Pagalbos tarnybos laiško žingsniai; paryškintas žingsnis atitinka šį puslapį.
common-guide-part-eulogin = 1. EU Login
common-guide-part-traces = 2. TRACES NT
common-guide-part-decision = 3. Sprendimas
common-guide-step-sign-up = Mokymo aplinkos pradžios puslapyje spustelėkite „užsiregistruoti TRACES“.
common-guide-step-create-account = Užpildykite formą (demonstracinio domeno el. pašto adresas, pvz., trainee@demo.traces-training.example), įrašykite paveikslėlyje matomą kodą, tada spustelėkite „Sukurti paskyrą“.
common-guide-step-mailbox = Atidarykite integruotą pašto dėžutę ir spustelėkite el. laiške esančią nuorodą.
common-guide-step-password = Pasirinkite slaptažodį.
common-guide-step-log-in = Spustelėkite „Prisijungti prie TRACES“ ir prisijunkite el. pašto adresu ir slaptažodžiu.
common-guide-step-role-kind = Pasirinkite vaidmens rūšį: Veiklos vykdytojas, Ekologinės gamybos kontrolės institucija arba Valdžios institucija.
common-guide-step-search = Ieškokite (šalis, pavadinimas…), pažymėkite vieną ar kelias eilutes, tada spustelėkite „Prašyti autorizacijos“; arba po paieškos spustelėkite „Sukurti naują veiklos vykdytoją“.
common-guide-step-popup = Iškylančiajame lange patikrinkite el. pašto adresą ir telefoną, tada spustelėkite „siųsti autorizacijos prašymą“: pasirodys žalias pranešimas.
common-guide-step-profile-pending = Profilyje prašymas rodomas su būsena „Laukia sprendimo“.
common-guide-step-queue = Prisijunkite kaip persona „CCA pareigūnas“ (mokymo aplinkos pradžios puslapyje) ir atidarykite „Prašymai sprendimui“.
common-guide-step-decide = Atidarykite prašymą: matysite prašymo teikėją, organizaciją ir istoriją; priimkite prašymą arba atmeskite jį nurodydami priežastį.
common-guide-step-profile-decided = Vėl prisijunkite kaip prašymo teikėjas: profilyje rodoma būsena „Galioja“ (arba „Atmestas“ su priežastimi).
