## The shell of every page: top bar, language chooser, footer.

language-chooser-label = Jezik
# $problem: why the server did not take the choice.
language-not-remembered = Vaša izbira ni bila shranjena: { $problem }

## The tab title, the skip link, the top bar and the footer.

common-title = TRACES NT
common-title-training = USPOSABLJANJE – TRACES NT
common-skip-link = Preskoči na vsebino
# The short mark before the name, as on the Commission's sites.
common-brand-mark = EU
common-brand-name = TRACES NT
common-instance-production = Produkcija
common-instance-training = Usposabljanje
common-training-banner-mark = USPOSABLJANJE
common-training-banner = – to je instanca TRACES NT za usposabljanje. Nič, kar storite tukaj, ni resnično in nič ne pride v produkcijo.
common-top-bar-nav-label = Račun in jezik
common-my-profile = Moj profil TRACES
common-my-account = Moj račun
common-log-out = Odjava
# $problem: why logging out did not work.
common-log-out-failed = Še vedno ste prijavljeni: { $problem }
# The links of the top bar with their counts. Screen readers hear the hidden name, speech input
# users say the visible words: each name starts with the words of its link.
common-nav-queue = Zahteve za odločitev
common-nav-queue-none = Zahteve za odločitev: nobena ne čaka
# $count: how many requests wait (1 or more) and chooses the plural form; $shown: the same
# number as the badge shows it ("12", "10,000+").
common-nav-queue-pending = { $count ->
    [one] Zahteve za odločitev: { $shown } čaka
    [two] Zahteve za odločitev: { $shown } čakata
    [few] Zahteve za odločitev: { $shown } čakajo
   *[other] Zahteve za odločitev: { $shown } čaka
}
common-nav-notifications = Obvestila
common-nav-notifications-none = Obvestila: nobeno ni neprebrano
# $count: how many notifications are unread (1 or more) and chooses the plural form; $shown:
# the same number as the badge shows it ("12", "10,000+").
common-nav-notifications-unread = { $count ->
    [one] Obvestila: { $shown } neprebrano
    [two] Obvestila: { $shown } neprebrani
    [few] Obvestila: { $shown } neprebrana
   *[other] Obvestila: { $shown } neprebranih
}
# $traces, $organic: the two helpdesk addresses, as links.
common-footer-helpdesk = Imate vprašanja? Pišite službi za pomoč uporabnikom: { $traces } in { $organic }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version = Različica { $version } · shema { $schema }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version-test-mode = Različica { $version } · shema { $schema } · TESTNI NAČIN
# $time: a date and time (2026-11-23 16:05) in UTC.
common-time-in-utc = { $time } (UTC)

## The page for an unknown address.

common-not-found-title = Strani ni mogoče najti
common-not-found-text = Ta naslov ne vodi do nobene strani TRACES NT. Preverite povezavo ali začnite znova na domači strani.
common-not-found-home = Na domačo stran

## The guided demo of the training instance: the steps of the helpdesk letter. The names in
## quotes are the names of buttons and links: use the same words as those.

common-guide-show = Vodena predstavitev
common-guide-hide = Skrij vodeno predstavitev
common-guide-title = Vodena predstavitev
common-guide-hint = Koraki iz dopisa službe za pomoč uporabnikom; označeni korak je ta stran.
common-guide-part-eulogin = 1. EU Login
common-guide-part-traces = 2. TRACES NT
common-guide-part-decision = 3. Odločitev
common-guide-step-sign-up = Na pozdravni strani instance za usposabljanje kliknite „Registrirajte se v TRACES“.
common-guide-step-create-account = Izpolnite obrazec (e-poštni naslov predstavitvene domene, npr. trainee@demo.traces-training.example) in kodo captcha, nato kliknite „Ustvari račun“.
common-guide-step-mailbox = Odprite vgrajeni poštni predal in sledite povezavi v e-poštnem sporočilu.
common-guide-step-password = Izberite geslo.
common-guide-step-log-in = Kliknite „Prijava v TRACES“ in se prijavite z e-poštnim naslovom in geslom.
common-guide-step-role-kind = Izberite vrsto vloge: Izvajalec dejavnosti, Izvajalec nadzora za ekološko pridelavo ali Organ.
common-guide-step-search = Iščite (država, naziv …), označite eno ali več vrstic, nato kliknite „Zahtevaj avtorizacijo“; ali pa po iskanju kliknite „Ustvari novega izvajalca dejavnosti“.
common-guide-step-popup = V pojavnem oknu preverite e-poštni naslov in telefon, nato kliknite „pošlji zahtevo za avtorizacijo“: prikaže se zeleno sporočilo.
common-guide-step-profile-pending = V profilu je zahteva navedena s statusom „V obravnavi“.
common-guide-step-queue = Prijavite se kot persona „Uradnik CCA“ (pozdravna stran instance za usposabljanje) in odprite „Zahteve za odločitev“.
common-guide-step-decide = Odprite zahtevo: oseba, organizacija, zgodovina; zahtevo odobrite ali pa jo zavrnite z navedbo razloga.
common-guide-step-profile-decided = Znova se prijavite kot vložnik: profil prikazuje status „Veljavna“ (ali „Zavrnjena“ z razlogom).
