## The shell of every page: top bar, language chooser, footer.

language-chooser-label = Nyelv
# $problem: why the server did not take the choice.
language-not-remembered = Választását nem sikerült megjegyezni: { $problem }

## The tab title, the skip link, the top bar and the footer.

common-title = TRACES NT
common-title-training = KÉPZÉS – TRACES NT
common-skip-link = Ugrás a tartalomra
# The short mark before the name, as on the Commission's sites.
common-brand-mark = EU
common-brand-name = TRACES NT
common-instance-production = Éles
common-instance-training = Képzés
common-training-banner-mark = KÉPZÉS
common-training-banner = – ez a TRACES NT képzési környezete. Semmi, ami itt történik, nem valós, és nem kerül át az éles környezetbe.
common-top-bar-nav-label = Fiók és nyelv
common-my-profile = TRACES-profilom
common-my-account = Fiókom
common-log-out = Kijelentkezés
# $problem: why logging out did not work.
common-log-out-failed = Még mindig be van jelentkezve: { $problem }
# The links of the top bar with their counts. Screen readers hear the hidden name, speech input
# users say the visible words: each name starts with the words of its link.
common-nav-queue = Döntésre váró kérelmek
common-nav-queue-none = Döntésre váró kérelmek: nincs függőben lévő
# $count: how many requests wait (1 or more) and chooses the plural form; $shown: the same
# number as the badge shows it ("12", "10,000+").
common-nav-queue-pending = { $count ->
        [one] Döntésre váró kérelmek: { $shown } függőben
       *[other] Döntésre váró kérelmek: { $shown } függőben
    }
common-nav-notifications = Értesítések
common-nav-notifications-none = Értesítések: nincs olvasatlan
# $count: how many notifications are unread (1 or more) and chooses the plural form; $shown:
# the same number as the badge shows it ("12", "10,000+").
common-nav-notifications-unread = { $count ->
        [one] Értesítések: { $shown } olvasatlan
       *[other] Értesítések: { $shown } olvasatlan
    }
# $traces, $organic: the two helpdesk addresses, as links.
common-footer-helpdesk = Kérdése van? Írjon az ügyfélszolgálatnak: { $traces } és { $organic }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version = Verzió: { $version } · séma: { $schema }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version-test-mode = Verzió: { $version } · séma: { $schema } · TESZTÜZEMMÓD
# $time: a date and time (2026-11-23 16:05) in UTC.
common-time-in-utc = { $time } (UTC)

## The page for an unknown address.

common-not-found-title = Az oldal nem található
common-not-found-text = Ez a cím nem a TRACES NT egyik oldalára mutat. Ellenőrizze a hivatkozást, vagy kezdje újra a kezdőlapról.
common-not-found-home = Ugrás a kezdőlapra

## The guided demo of the training instance: the steps of the helpdesk letter. The names in
## quotes are the names of buttons and links: use the same words as those.

common-guide-show = Vezetett bemutató
common-guide-hide = A vezetett bemutató elrejtése
common-guide-title = Vezetett bemutató
common-guide-hint = Az ügyfélszolgálati levél lépései; a kiemelt lépés ez az oldal.
common-guide-part-eulogin = 1. EU Login
common-guide-part-traces = 2. TRACES NT
common-guide-part-decision = 3. A döntés
common-guide-step-sign-up = A képzési környezet kezdőoldalán kattintson a „regisztráció a TRACES-be” hivatkozásra.
common-guide-step-create-account = Töltse ki az űrlapot (a demótartomány egy e-mail-címével, pl. trainee@demo.traces-training.example) és a képen látható kódot, majd kattintson a „Fiók létrehozása” gombra.
common-guide-step-mailbox = Nyissa meg a beépített postafiókot, és kövesse az e-mailben lévő hivatkozást.
common-guide-step-password = Válasszon jelszót.
common-guide-step-log-in = Kattintson a „Bejelentkezés a TRACES-be” gombra, és jelentkezzen be az e-mail-címmel és a jelszóval.
common-guide-step-role-kind = Válassza ki a szerepkör típusát: Vállalkozó, Ökológiai ellenőrző szerv vagy Hatóság.
common-guide-step-search = Keressen (ország, név…), jelöljön be egy vagy több sort, majd kattintson az „Engedélyezés kérése” gombra; vagy egy keresés után az „Új vállalkozó létrehozása” gombra.
common-guide-step-popup = Az előugró ablakban ellenőrizze az e-mail-címet és a telefonszámot, majd kattintson az „engedélyezési kérelem elküldése” gombra: zöld üzenet jelenik meg.
common-guide-step-profile-pending = A profilban a kérelem állapota: Függőben.
common-guide-step-queue = Jelentkezzen be a „Központi illetékes hatósági tisztviselő” mintaszemélyként (a képzési környezet kezdőoldalán), és nyissa meg a „Döntésre váró kérelmek” oldalt.
common-guide-step-decide = Nyissa meg a kérelmet: a személy, a szervezet, az előzmények; fogadja el, vagy indoklással utasítsa el.
common-guide-step-profile-decided = Jelentkezzen be ismét kérelmezőként: a profilban az Érvényes (vagy indoklással együtt az Elutasítva) állapot látható.
