## The shell of every page: top bar, language chooser, footer.

language-chooser-label = Jazyk
# $problem: why the server did not take the choice.
language-not-remembered = Vaše volba nebyla uložena: { $problem }

## The tab title, the skip link, the top bar and the footer.

common-title = TRACES NT
common-title-training = ŠKOLENÍ – TRACES NT
common-skip-link = Přejít na obsah
# The short mark before the name, as on the Commission's sites.
common-brand-mark = EU
common-brand-name = TRACES NT
common-instance-production = Produkce
common-instance-training = Školení
common-training-banner-mark = ŠKOLENÍ
common-training-banner = – toto je školicí instance TRACES NT. Nic, co zde uděláte, není skutečné ani se nedostane do produkce.
common-top-bar-nav-label = Účet a jazyk
common-my-profile = Můj profil TRACES
common-my-account = Můj účet
common-log-out = Odhlásit se
# $problem: why logging out did not work.
common-log-out-failed = Odhlášení se nezdařilo, stále jste přihlášeni: { $problem }
# The links of the top bar with their counts. Screen readers hear the hidden name, speech input
# users say the visible words: each name starts with the words of its link.
common-nav-queue = Žádosti k rozhodnutí
common-nav-queue-none = Žádosti k rozhodnutí: žádné nečekají
# $count: how many requests wait (1 or more) and chooses the plural form; $shown: the same
# number as the badge shows it ("12", "10,000+").
common-nav-queue-pending = { $count ->
    [one] Žádosti k rozhodnutí: { $shown } čekající
    [few] Žádosti k rozhodnutí: { $shown } čekající
    [many] Žádosti k rozhodnutí: { $shown } čekající
   *[other] Žádosti k rozhodnutí: { $shown } čekajících
}
common-nav-notifications = Oznámení
common-nav-notifications-none = Oznámení: žádná nepřečtená
# $count: how many notifications are unread (1 or more) and chooses the plural form; $shown:
# the same number as the badge shows it ("12", "10,000+").
common-nav-notifications-unread = { $count ->
    [one] Oznámení: { $shown } nepřečtené
    [few] Oznámení: { $shown } nepřečtená
    [many] Oznámení: { $shown } nepřečteného
   *[other] Oznámení: { $shown } nepřečtených
}
# $traces, $organic: the two helpdesk addresses, as links.
common-footer-helpdesk = Máte dotazy? Napište na helpdesk: { $traces } a { $organic }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version = Verze { $version } · schéma { $schema }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version-test-mode = Verze { $version } · schéma { $schema } · TESTOVACÍ REŽIM
# $time: a date and time (2026-11-23 16:05) in UTC.
common-time-in-utc = { $time } (UTC)

## The page for an unknown address.

common-not-found-title = Stránka nenalezena
common-not-found-text = Tato adresa nevede na žádnou stránku TRACES NT. Zkontrolujte odkaz nebo začněte znovu od domovské stránky.
common-not-found-home = Přejít na domovskou stránku

## The guided demo of the training instance: the steps of the helpdesk letter. The names in
## quotes are the names of buttons and links: use the same words as those.

common-guide-show = Průvodce ukázkou
common-guide-hide = Skrýt průvodce ukázkou
common-guide-title = Průvodce ukázkou
common-guide-hint = Kroky z dopisu helpdesku; zvýrazněný krok je tato stránka.
common-guide-part-eulogin = 1. EU Login
common-guide-part-traces = 2. TRACES NT
common-guide-part-decision = 3. Rozhodnutí
common-guide-step-sign-up = Na uvítací stránce školení klikněte na „zaregistrovat se do TRACES“.
common-guide-step-create-account = Vyplňte formulář (e-mail z demonstrační domény, např. trainee@demo.traces-training.example) a captchu, poté klikněte na „Vytvořit účet“.
common-guide-step-mailbox = Otevřete vestavěnou poštovní schránku a klikněte na odkaz v e-mailu.
common-guide-step-password = Zvolte si heslo.
common-guide-step-log-in = Klikněte na „Přihlásit se do TRACES“ a zadejte e-mail a heslo.
common-guide-step-role-kind = Zvolte druh role: Provozovatel, Kontrolní subjekt pro ekologickou produkci nebo Orgán.
common-guide-step-search = Vyhledávejte (země, název…), zaškrtněte jeden nebo více řádků a klikněte na „Požádat o autorizaci“; nebo po hledání klikněte na „Vytvořit nového provozovatele“.
common-guide-step-popup = V dialogovém okně zkontrolujte e-mail a telefon a klikněte na „odeslat žádost o autorizaci“: zobrazí se zelená zpráva.
common-guide-step-profile-pending = Profil uvádí žádost ve stavu „Čeká na vyřízení“.
common-guide-step-queue = Přihlaste se jako persona „Úředník CCA“ (uvítací stránka školení) a otevřete „Žádosti k rozhodnutí“.
common-guide-step-decide = Otevřete žádost: osoba, organizace, historie; přijměte ji, nebo ji zamítněte s uvedením důvodu.
common-guide-step-profile-decided = Přihlaste se znovu jako žadatel: profil ukazuje stav „Platná“ (nebo „Zamítnutá“ s důvodem).
