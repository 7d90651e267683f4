## The shell of every page: top bar, language chooser, footer.

language-chooser-label = Język
# $problem: why the server did not take the choice.
language-not-remembered = Twój wybór nie został zapamiętany: { $problem }

## The tab title, the skip link, the top bar and the footer.

common-title = TRACES NT
common-title-training = SZKOLENIE – TRACES NT
common-skip-link = Przejdź do treści
# The short mark before the name, as on the Commission's sites.
common-brand-mark = UE
common-brand-name = TRACES NT
common-instance-production = Produkcja
common-instance-training = Szkolenie
common-training-banner-mark = SZKOLENIE
common-training-banner = – to jest instancja szkoleniowa TRACES NT. Nic, co zostanie tu zrobione, nie jest prawdziwe ani nie trafia do instancji produkcyjnej.
common-top-bar-nav-label = Konto i język
common-my-profile = Mój profil TRACES
common-my-account = Moje konto
common-log-out = Wyloguj się
# $problem: why logging out did not work.
common-log-out-failed = Wylogowanie się nie powiodło, sesja jest nadal aktywna: { $problem }
# The links of the top bar with their counts. Screen readers hear the hidden name, speech input
# users say the visible words: each name starts with the words of its link.
common-nav-queue = Wnioski do rozpatrzenia
common-nav-queue-none = Wnioski do rozpatrzenia: brak oczekujących
# $count: how many requests wait (1 or more) and chooses the plural form; $shown: the same
# number as the badge shows it ("12", "10,000+").
common-nav-queue-pending = { $count ->
    [one] Wnioski do rozpatrzenia: { $shown } oczekujący
    [few] Wnioski do rozpatrzenia: { $shown } oczekujące
    [many] Wnioski do rozpatrzenia: { $shown } oczekujących
   *[other] Wnioski do rozpatrzenia: { $shown } oczekującego
}
common-nav-notifications = Powiadomienia
common-nav-notifications-none = Powiadomienia: brak nieprzeczytanych
# $count: how many notifications are unread (1 or more) and chooses the plural form; $shown:
# the same number as the badge shows it ("12", "10,000+").
common-nav-notifications-unread = { $count ->
    [one] Powiadomienia: { $shown } nieprzeczytane
    [few] Powiadomienia: { $shown } nieprzeczytane
    [many] Powiadomienia: { $shown } nieprzeczytanych
   *[other] Powiadomienia: { $shown } nieprzeczytanego
}
# $traces, $organic: the two helpdesk addresses, as links.
common-footer-helpdesk = Pytania? Napisz do pomocy technicznej: { $traces } i { $organic }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version = Wersja { $version } · schemat { $schema }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version-test-mode = Wersja { $version } · schemat { $schema } · TRYB TESTOWY
# $time: a date and time (2026-11-23 16:05) in UTC.
common-time-in-utc = { $time } (UTC)

## The page for an unknown address.

common-not-found-title = Nie znaleziono strony
common-not-found-text = Ten adres nie prowadzi do żadnej strony TRACES NT. Sprawdź link lub zacznij ponownie od strony głównej.
common-not-found-home = Przejdź do strony głównej

## The guided demo of the training instance: the steps of the helpdesk letter. The names in
## quotes are the names of buttons and links: use the same words as those.

common-guide-show = Demonstracja z przewodnikiem
common-guide-hide = Ukryj demonstrację z przewodnikiem
common-guide-title = Demonstracja z przewodnikiem
common-guide-hint = Kroki z pisma pomocy technicznej; wyróżniony krok to ta strona.
common-guide-part-eulogin = 1. EU Login
common-guide-part-traces = 2. TRACES NT
common-guide-part-decision = 3. Decyzja
common-guide-step-sign-up = Na stronie powitalnej szkolenia kliknij „zarejestruj się w TRACES”.
common-guide-step-create-account = Wypełnij formularz (adres e-mail z domeny demonstracyjnej, np. trainee@demo.traces-training.example), captcha, a następnie kliknij „Utwórz konto”.
common-guide-step-mailbox = Otwórz wbudowaną skrzynkę pocztową i kliknij link z wiadomości e-mail.
common-guide-step-password = Wybierz hasło.
common-guide-step-log-in = Kliknij „Zaloguj się do TRACES” i podaj adres e-mail oraz hasło.
common-guide-step-role-kind = Wybierz rodzaj roli: Podmiot, Jednostka certyfikująca w rolnictwie ekologicznym lub Organ.
common-guide-step-search = Wyszukaj (państwo, nazwa…), zaznacz jeden lub więcej wierszy, a następnie kliknij „Złóż wniosek o autoryzację”; albo po wyszukiwaniu kliknij „Utwórz nowy podmiot”.
common-guide-step-popup = W oknie podręcznym sprawdź adres e-mail i telefon, a następnie kliknij „wyślij wniosek o autoryzację”: pojawi się zielony komunikat.
common-guide-step-profile-pending = W profilu wniosek ma status „Oczekujący”.
common-guide-step-queue = Zaloguj się jako persona „Urzędnik CCA” (strona powitalna szkolenia) i otwórz „Wnioski do rozpatrzenia”.
common-guide-step-decide = Otwórz wniosek: osoba, organizacja, historia; przyjmij go lub odrzuć, podając powód.
common-guide-step-profile-decided = Zaloguj się ponownie jako wnioskodawca: profil pokazuje status „Ważny” (lub „Odrzucony” wraz z powodem).
