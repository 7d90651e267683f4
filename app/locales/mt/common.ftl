## The shell of every page: top bar, language chooser, footer.

language-chooser-label = Lingwa
# $problem: why the server did not take the choice.
language-not-remembered = L-għażla tiegħek ma nżammitx: { $problem }

## The tab title, the skip link, the top bar and the footer.

common-title = TRACES NT
common-title-training = TAĦRIĠ – TRACES NT
common-skip-link = Aqbeż għall-kontenut
# The short mark before the name, as on the Commission's sites.
common-brand-mark = UE
common-brand-name = TRACES NT
common-instance-production = Produzzjoni
common-instance-training = Taħriġ
common-training-banner-mark = TAĦRIĠ
common-training-banner = – dan huwa l-ambjent tat-taħriġ tat-TRACES NT. Xejn minn dak li jsir hawn mhu reali u xejn ma jasal fl-ambjent tal-produzzjoni.
common-top-bar-nav-label = Kont u lingwa
common-my-profile = Il-profil TRACES tiegħi
common-my-account = Il-kont tiegħi
common-log-out = Oħroġ
# $problem: why logging out did not work.
common-log-out-failed = Għadek dieħel: { $problem }
# The links of the top bar with their counts. Screen readers hear the hidden name, speech input
# users say the visible words: each name starts with the words of its link.
common-nav-queue = Talbiet għad-deċiżjoni
common-nav-queue-none = Talbiet għad-deċiżjoni: l-ebda waħda pendenti
# $count: how many requests wait (1 or more) and chooses the plural form; $shown: the same
# number as the badge shows it ("12", "10,000+").
common-nav-queue-pending = { $count ->
    [one] Talbiet għad-deċiżjoni: { $shown } pendenti
    [two] Talbiet għad-deċiżjoni: { $shown } pendenti
    [few] Talbiet għad-deċiżjoni: { $shown } pendenti
    [many] Talbiet għad-deċiżjoni: { $shown } pendenti
   *[other] Talbiet għad-deċiżjoni: { $shown } pendenti
}
common-nav-notifications = Notifiki
common-nav-notifications-none = Notifiki: l-ebda waħda mhux moqrija
# $count: how many notifications are unread (1 or more) and chooses the plural form; $shown:
# the same number as the badge shows it ("12", "10,000+").
common-nav-notifications-unread = { $count ->
    [one] Notifiki: { $shown } mhux moqrija
    [two] Notifiki: { $shown } mhux moqrija
    [few] Notifiki: { $shown } mhux moqrija
    [many] Notifiki: { $shown } mhux moqrija
   *[other] Notifiki: { $shown } mhux moqrija
}
# $traces, $organic: the two helpdesk addresses, as links.
common-footer-helpdesk = Mistoqsijiet? Ikteb lis-servizz ta' għajnuna: { $traces } u { $organic }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version = Verżjoni { $version } · skema { $schema }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version-test-mode = Verżjoni { $version } · skema { $schema } · MODALITÀ TA' TEST
# $time: a date and time (2026-11-23 16:05) in UTC.
common-time-in-utc = { $time } (UTC)

## The page for an unknown address.

common-not-found-title = Il-paġna ma nstabitx
common-not-found-text = Dan l-indirizz ma jwassal għall-ebda paġna tat-TRACES NT. Iċċekkja l-link, jew erġa' ibda mill-paġna ewlenija.
common-not-found-home = Mur il-paġna ewlenija

## The guided demo of the training instance: the steps of the helpdesk letter. The names in
## quotes are the names of buttons and links: use the same words as those.

common-guide-show = Demo gwidata
common-guide-hide = Aħbi d-demo gwidata
common-guide-title = Demo gwidata
common-guide-hint = Il-passi tal-ittra tas-servizz ta' għajnuna; dak enfasizzat huwa din il-paġna.
common-guide-part-eulogin = 1. EU Login
common-guide-part-traces = 2. TRACES NT
common-guide-part-decision = 3. Id-deċiżjoni
common-guide-step-sign-up = Fil-paġna ta' merħba tat-taħriġ, ikklikkja “irreġistra għat-TRACES”.
common-guide-step-create-account = Imla l-formola (email tad-dominju tad-demo, eż. trainee@demo.traces-training.example) u l-kodiċi (captcha), imbagħad “Oħloq kont”.
common-guide-step-mailbox = Iftaħ il-kaxxa postali integrata u segwi l-link tal-email.
common-guide-step-password = Agħżel password.
common-guide-step-log-in = “Idħol fit-TRACES” bl-email u bil-password.
common-guide-step-role-kind = Agħżel it-tip ta' rwol: Operatur, Korp ta' Kontroll Organiku jew Awtorità.
common-guide-step-search = Fittex (pajjiż, isem…), immarka ringiela waħda jew aktar, imbagħad “Itlob Awtorizzazzjoni”; jew “Oħloq Operatur ġdid” wara tfittxija.
common-guide-step-popup = Fit-tieqa pop-up, iċċekkja l-email u t-telefon, imbagħad “ibgħat talba għal awtorizzazzjoni”: jidher messaġġ aħdar.
common-guide-step-profile-pending = Il-profil juri t-talba bħala Pendenti.
common-guide-step-queue = Idħol bħala l-persona Uffiċjal tas-CCA (paġna ta' merħba tat-taħriġ) u iftaħ “Talbiet għad-deċiżjoni”.
common-guide-step-decide = Iftaħ it-talba: il-persuna, l-organizzazzjoni, l-istorja; aċċettaha, jew iċħadha b'raġuni.
common-guide-step-profile-decided = Erġa' idħol bħala min għamel it-talba: il-profil juri Valida (jew Miċħuda, bir-raġuni).
