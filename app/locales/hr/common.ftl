## The shell of every page: top bar, language chooser, footer.

language-chooser-label = Jezik
# $problem: why the server did not take the choice.
language-not-remembered = Vaš odabir nije zapamćen: { $problem }

## The tab title, the skip link, the top bar and the footer.

common-title = TRACES NT
common-title-training = OSPOSOBLJAVANJE – TRACES NT
common-skip-link = Prijeđi na sadržaj
# The short mark before the name, as on the Commission's sites.
common-brand-mark = EU
common-brand-name = TRACES NT
common-instance-production = Produkcija
common-instance-training = Osposobljavanje
common-training-banner-mark = OSPOSOBLJAVANJE
common-training-banner = – ovo je instanca sustava TRACES NT za osposobljavanje. Ništa što se ovdje učini nije stvarno niti dospijeva u produkciju.
common-top-bar-nav-label = Račun i jezik
common-my-profile = Moj profil u sustavu TRACES
common-my-account = Moj račun
common-log-out = Odjava
# $problem: why logging out did not work.
common-log-out-failed = I dalje ste prijavljeni: { $problem }
# The links of the top bar with their counts. Screen readers hear the hidden name, speech input
# users say the visible words: each name starts with the words of its link.
common-nav-queue = Zahtjevi za odlučivanje
common-nav-queue-none = Zahtjevi za odlučivanje: nijedan nije na čekanju
# $count: how many requests wait (1 or more) and chooses the plural form; $shown: the same
# number as the badge shows it ("12", "10,000+").
common-nav-queue-pending = { $count ->
    [one] Zahtjevi za odlučivanje: { $shown } na čekanju
    [few] Zahtjevi za odlučivanje: { $shown } na čekanju
   *[other] Zahtjevi za odlučivanje: { $shown } na čekanju
}
common-nav-notifications = Obavijesti
common-nav-notifications-none = Obavijesti: nema nepročitanih
# $count: how many notifications are unread (1 or more) and chooses the plural form; $shown:
# the same number as the badge shows it ("12", "10,000+").
common-nav-notifications-unread = { $count ->
    [one] Obavijesti: { $shown } nepročitana
    [few] Obavijesti: { $shown } nepročitane
   *[other] Obavijesti: { $shown } nepročitanih
}
# $traces, $organic: the two helpdesk addresses, as links.
common-footer-helpdesk = Imate pitanja? Pišite službi za podršku: { $traces } i { $organic }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version = Verzija { $version } · shema { $schema }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version-test-mode = Verzija { $version } · shema { $schema } · TESTNI NAČIN
# $time: a date and time (2026-11-23 16:05) in UTC.
common-time-in-utc = { $time } (UTC)

## The page for an unknown address.

common-not-found-title = Stranica nije pronađena
common-not-found-text = Ova adresa ne vodi ni na jednu stranicu sustava TRACES NT. Provjerite poveznicu ili počnite ponovno s početne stranice.
common-not-found-home = Idi na početnu stranicu

## The guided demo of the training instance: the steps of the helpdesk letter. The names in
## quotes are the names of buttons and links: use the same words as those.

common-guide-show = Vođena demonstracija
common-guide-hide = Sakrij vođenu demonstraciju
common-guide-title = Vođena demonstracija
common-guide-hint = Koraci iz dopisa službe za podršku; istaknuti korak je ova stranica.
common-guide-part-eulogin = 1. EU Login
common-guide-part-traces = 2. TRACES NT
common-guide-part-decision = 3. Odluka
common-guide-step-sign-up = Na početnoj stranici instance za osposobljavanje kliknite „Registrirajte se u TRACES“.
common-guide-step-create-account = Ispunite obrazac (adresa e-pošte demonstracijske domene, npr. trainee@demo.traces-training.example) i kôd captcha, a zatim kliknite „Izradi račun“.
common-guide-step-mailbox = Otvorite ugrađeni poštanski sandučić i slijedite poveznicu iz poruke e-pošte.
common-guide-step-password = Odaberite lozinku.
common-guide-step-log-in = Kliknite „Prijava u TRACES“ i prijavite se adresom e-pošte i lozinkom.
common-guide-step-role-kind = Odaberite vrstu uloge: Subjekt, Kontrolno tijelo za ekološku proizvodnju ili Tijelo.
common-guide-step-search = Pretražite (zemlja, naziv…), označite jedan ili više redaka, a zatim kliknite „Zatraži autorizaciju“; ili nakon pretraživanja kliknite „Izradi novi subjekt“.
common-guide-step-popup = U skočnom prozoru provjerite adresu e-pošte i telefon, a zatim kliknite „pošalji zahtjev za autorizaciju“: pojavit će se zelena poruka.
common-guide-step-profile-pending = U profilu je zahtjev naveden sa statusom „Na čekanju“.
common-guide-step-queue = Prijavite se kao persona „Službenik CCA-a“ (početna stranica instance za osposobljavanje) i otvorite „Zahtjevi za odlučivanje“.
common-guide-step-decide = Otvorite zahtjev: osoba, organizacija, povijest; odobrite ga ili ga odbijte uz navođenje razloga.
common-guide-step-profile-decided = Ponovno se prijavite kao podnositelj zahtjeva: profil prikazuje status „Valjan“ (ili „Odbijen“ s razlogom).
