## The shell of every page: top bar, language chooser, footer.

language-chooser-label = Jazyk
# $problem: why the server did not take the choice.
language-not-remembered = Vaša voľba nebola uložená: { $problem }

## The tab title, the skip link, the top bar and the footer.

common-title = TRACES NT
common-title-training = ŠKOLENIE – TRACES NT
common-skip-link = Prejsť na obsah
# The short mark before the name, as on the Commission's sites.
common-brand-mark = EÚ
common-brand-name = TRACES NT
common-instance-production = Produkcia
common-instance-training = Školenie
common-training-banner-mark = ŠKOLENIE
common-training-banner = – toto je školiaca inštancia TRACES NT. Nič, čo tu urobíte, nie je skutočné ani sa nedostane do produkcie.
common-top-bar-nav-label = Účet a jazyk
common-my-profile = Môj profil TRACES
common-my-account = Môj účet
common-log-out = Odhlásiť sa
# $problem: why logging out did not work.
common-log-out-failed = Odhlásenie sa nepodarilo, stále ste prihlásení: { $problem }
# The links of the top bar with their counts. Screen readers hear the hidden name, speech input
# users say the visible words: each name starts with the words of its link.
common-nav-queue = Žiadosti na rozhodnutie
common-nav-queue-none = Žiadosti na rozhodnutie: žiadne nečakajú
# $count: how many requests wait (1 or more) and chooses the plural form; $shown: the same
# number as the badge shows it ("12", "10,000+").
common-nav-queue-pending = { $count ->
    [one] Žiadosti na rozhodnutie: { $shown } čakajúca
    [few] Žiadosti na rozhodnutie: { $shown } čakajúce
    [many] Žiadosti na rozhodnutie: { $shown } čakajúcej
   *[other] Žiadosti na rozhodnutie: { $shown } čakajúcich
}
common-nav-notifications = Oznámenia
common-nav-notifications-none = Oznámenia: žiadne neprečítané
# $count: how many notifications are unread (1 or more) and chooses the plural form; $shown:
# the same number as the badge shows it ("12", "10,000+").
common-nav-notifications-unread = { $count ->
    [one] Oznámenia: { $shown } neprečítané
    [few] Oznámenia: { $shown } neprečítané
    [many] Oznámenia: { $shown } neprečítaného
   *[other] Oznámenia: { $shown } neprečítaných
}
# $traces, $organic: the two helpdesk addresses, as links.
common-footer-helpdesk = Máte otázky? Napíšte na helpdesk: { $traces } a { $organic }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version = Verzia { $version } · schéma { $schema }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version-test-mode = Verzia { $version } · schéma { $schema } · TESTOVACÍ REŽIM
# $time: a date and time (2026-11-23 16:05) in UTC.
common-time-in-utc = { $time } (UTC)

## The page for an unknown address.

common-not-found-title = Stránka sa nenašla
common-not-found-text = Táto adresa nevedie na žiadnu stránku TRACES NT. Skontrolujte odkaz alebo začnite znova od domovskej stránky.
common-not-found-home = Prejsť na domovskú stránku

## The guided demo of the training instance: the steps of the helpdesk letter. The names in
## quotes are the names of buttons and links: use the same words as those.

common-guide-show = Sprievodca ukážkou
common-guide-hide = Skryť sprievodcu ukážkou
common-guide-title = Sprievodca ukážkou
common-guide-hint = Kroky z listu helpdesku; zvýraznený krok je táto stránka.
common-guide-part-eulogin = 1. EU Login
common-guide-part-traces = 2. TRACES NT
common-guide-part-decision = 3. Rozhodnutie
common-guide-step-sign-up = Na uvítacej stránke školenia kliknite na „zaregistrovať sa do TRACES“.
common-guide-step-create-account = Vyplňte formulár (e-mail z demonštračnej domény, napr. trainee@demo.traces-training.example) a captchu, potom kliknite na „Vytvoriť konto“.
common-guide-step-mailbox = Otvorte vstavanú poštovú schránku a kliknite na odkaz v e-maile.
common-guide-step-password = Zvoľte si heslo.
common-guide-step-log-in = Kliknite na „Prihlásiť sa do TRACES“ a zadajte e-mail a heslo.
common-guide-step-role-kind = Zvoľte druh roly: Prevádzkovateľ, Kontrolný subjekt pre ekologickú výrobu alebo Orgán.
common-guide-step-search = Vyhľadávajte (krajina, názov…), začiarknite jeden alebo viac riadkov a kliknite na „Požiadať o autorizáciu“; alebo po vyhľadávaní kliknite na „Vytvoriť nového prevádzkovateľa“.
common-guide-step-popup = V dialógovom okne skontrolujte e-mail a telefón a kliknite na „odoslať žiadosť o autorizáciu“: zobrazí sa zelená správa.
common-guide-step-profile-pending = Profil uvádza žiadosť v stave „Čaká na vybavenie“.
common-guide-step-queue = Prihláste sa ako persona „Úradník CCA“ (uvítacia stránka školenia) a otvorte „Žiadosti na rozhodnutie“.
common-guide-step-decide = Otvorte žiadosť: osoba, organizácia, história; prijmite ju, alebo ju zamietnite s uvedením dôvodu.
common-guide-step-profile-decided = Prihláste sa znova ako žiadateľ: profil ukazuje stav „Platná“ (alebo „Zamietnutá“ s dôvodom).
