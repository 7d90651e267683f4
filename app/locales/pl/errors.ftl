## Errors any server function can answer with (api::ApiError).

# $count: how many fields have a problem (2 or more).
error-fields-need-attention = { $count ->
        [one] { $count } pole wymaga poprawienia.
        [few] { $count } pola wymagają poprawienia.
        [many] { $count } pól wymaga poprawienia.
       *[other] { $count } pola wymaga poprawienia.
    }
error-unauthenticated = Najpierw się zaloguj.
error-forbidden = Nie masz uprawnień do wykonania tej czynności.
error-login-failed = Logowanie nie powiodło się: adres e-mail lub hasło są nieprawidłowe albo konto zostało zablokowane na 15 minut po zbyt wielu próbach. Sprawdź oba i spróbuj ponownie lub użyj opcji „Zapomniane hasło?”.
error-cross-site = To żądanie pochodziło z innej witryny i zostało odrzucone.
# $seconds: how long to wait.
error-rate-limited = Zbyt wiele prób. Odczekaj { $seconds ->
        [one] { $seconds } sekundę
        [few] { $seconds } sekundy
        [many] { $seconds } sekund
       *[other] { $seconds } sekundy
    } i spróbuj ponownie.
error-too-large = Żądanie jest zbyt duże: żadne pole tego formularza nie przyjmuje więcej niż kilka tysięcy znaków. Skróć wpisany tekst i spróbuj ponownie.
error-storage-unavailable = Serwer nie może teraz niczego zapisać, ponieważ jego pamięć masowa jest pełna lub tylko do odczytu. Nic z tego, co wpisano, nie zostało zapisane. Spróbuj ponownie później; jeśli problem się utrzyma, powiadom pomoc techniczną.
error-internal = Coś poszło nie tak po naszej stronie. Spróbuj ponownie za chwilę.
error-unavailable = Nie udało się połączyć z serwerem. Sprawdź połączenie i spróbuj ponownie.
# $detail: the decoder's words, in English.
error-unreadable-request = Nie udało się odczytać żądania: { $detail }

## EU Login: sign-up, the e-mailed links, login and the account page.

# $minutes: how long a link works after its e-mail is sent.
error-link-expired = Ten link wygasł: linki działają przez { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    } od wysłania wiadomości e-mail. Poproś poniżej o nową wiadomość.
error-link-not-valid = Ten link jest nieprawidłowy. Skopiuj cały link z wiadomości e-mail do paska adresu lub poproś poniżej o nową wiadomość.
error-link-used = Ten link został już użyty: każdy link działa tylko raz. Jeśli chcesz ponownie ustawić hasło, poproś poniżej o nową wiadomość e-mail.
error-link-superseded = Po tej wiadomości wysłano nowszą: działa tylko link z najnowszej wiadomości e-mail. Użyj go lub poproś poniżej o nową wiadomość.
error-link-not-for-password = Ten link służy do potwierdzenia adresu e-mail, a nie do ustawienia hasła.
error-link-not-for-email = Ten link służy do ustawienia hasła, a nie do potwierdzenia adresu e-mail.
error-link-used-meanwhile = Ten link został przed chwilą użyty lub zastąpiony. Poproś o nowy na stronie swojego konta.
error-email-now-taken = Ten adres jest teraz używany przez inne konto EU Login, więc nie może zostać przypisany do Twojego konta. Wybierz inny adres na stronie swojego konta.
# $username: the username the person chose.
error-username-taken = Nazwa użytkownika: „{ $username }” jest już zajęta. Wybierz inną.
error-login-password-empty = Hasło: wpisz swoje hasło.
error-new-email-confirmation = Potwierdź nowy adres e-mail: wpisz ten sam adres co w polu „Nowy adres e-mail”.
error-new-email-unchanged = Nowy adres e-mail: to już jest adres Twojego konta.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-new-email-demo-address = Nowy adres e-mail: adresy w domenie { $domain } są przeznaczone wyłącznie dla instancji szkoleniowej: każdy może czytać wysyłaną na nie pocztę w skrzynce demonstracyjnej i przejąć Twoją rolę lub oczekujące wnioski w instancji produkcyjnej. Zachowaj własny adres.

## The “Code” field of the sign-up and lost-password forms (the captcha).

error-captcha-empty = Kod: wpisz znaki widoczne na obrazku.
error-captcha-expired = Kod: ten obrazek wygasł. Wpisz znaki z nowego obrazka.
error-captcha-used = Kod: ten obrazek został już użyty. Wpisz znaki z nowego obrazka.
error-captcha-wrong = Kod: znaki nie zgadzają się z obrazkiem. Wpisz znaki z nowego obrazka.

## Hints of the password strength meter: the length rule, then zxcvbn's warnings and suggestions.

# $min: the fewest characters a password may have.
error-password-too-short-hint = Wpisz co najmniej { $min ->
        [one] { $min } znak
        [few] { $min } znaki
        [many] { $min } znaków
       *[other] { $min } znaku
    }.
error-password-straight-rows = Proste rzędy klawiszy łatwo odgadnąć.
error-password-short-keyboard-patterns = Krótkie układy klawiszy łatwo odgadnąć.
error-password-repeats-aaa = Powtórzenia typu „aaa” łatwo odgadnąć.
error-password-repeats-abcabc = Powtórzenia typu „abcabcabc” są tylko nieznacznie trudniejsze do odgadnięcia niż „abc”.
error-password-top-10 = To hasło należy do 10 najczęściej używanych haseł.
error-password-top-100 = To hasło należy do 100 najczęściej używanych haseł.
error-password-common = To bardzo często używane hasło.
error-password-similar-to-common = To hasło jest podobne do często używanego hasła.
error-password-sequences = Sekwencje typu abc lub 6543 łatwo odgadnąć.
error-password-recent-years = Ostatnie lata łatwo odgadnąć.
error-password-single-word = Pojedyncze słowo łatwo odgadnąć.
error-password-dates = Daty często łatwo odgadnąć.
error-password-names-by-themselves = Same imiona i nazwiska łatwo odgadnąć.
error-password-common-names = Popularne imiona i nazwiska łatwo odgadnąć.
error-password-use-a-few-words = Użyj kilku słów, unikaj popularnych zwrotów.
error-password-no-need-for-symbols = Symbole, cyfry i wielkie litery nie są potrzebne.
error-password-add-a-word = Dodaj jeszcze jedno lub dwa słowa. Rzadziej używane słowa są lepsze.
error-password-capitalization = Wielkie litery niewiele pomagają.
error-password-all-uppercase = Hasło pisane samymi wielkimi literami jest niemal tak samo łatwe do odgadnięcia jak pisane samymi małymi.
error-password-reversed-words = Słowa pisane wspak nie są dużo trudniejsze do odgadnięcia.
error-password-substitutions = Przewidywalne zamiany, takie jak „@” zamiast „a”, niewiele pomagają.
error-password-longer-keyboard-pattern = Użyj dłuższego układu klawiszy z większą liczbą zmian kierunku.
error-password-avoid-repeats = Unikaj powtarzających się słów i znaków.
error-password-avoid-sequences = Unikaj sekwencji.
error-password-avoid-recent-years = Unikaj ostatnich lat.
error-password-avoid-your-years = Unikaj lat, które są z Tobą związane.
error-password-avoid-your-dates = Unikaj dat i lat, które są z Tobą związane.

## The training instance.

error-persona-unknown = Nie ma takiej persony. Wybierz jedną z listy na stronie powitalnej instancji szkoleniowej.

## Addresses under /api that name nothing.

error-api-function-unknown = Nie ma takiej funkcji API.
error-export-unknown = Nie ma takiego eksportu: użyj queue.csv lub decisions.csv.

## The approval queue: filters, page links, export links.

error-queue-page-link = Link do strony jest już nieprawidłowy. Wróć do pierwszej strony kolejki.
error-queue-organisation-too-long = Organizacja: wpisz maksymalnie 100 znaków nazwy.
# $max: the largest age accepted, in days.
error-queue-age-too-high = Wiek: maksymalnie { $max ->
        [one] { $max } dzień
        [few] { $max } dni
        [many] { $max } dni
       *[other] { $max } dnia
    }.
error-queue-age-not-a-number = Wiek: podaj liczbę dni jako liczbę całkowitą, np. 7.
# $value: what the link has instead of an instance (production or training).
error-export-link-instance = Link eksportu jest nieprawidłowy: „{ $value }” nie jest instancją TRACES NT: użyj „production” lub „training”.
error-export-link-no-instance = Link eksportu jest nieprawidłowy: nie wskazuje żadnej instancji.
# $key, $value: the setting of the link that is not one of the queue's.
error-export-link-setting = Link eksportu jest nieprawidłowy: „{ $key }={ $value }” nie jest jednym z jego ustawień. Użyj przycisku eksportu na stronie kolejki.

## Deciding requests, one or many, and the Administrator flag.

# $id: the request's number.
error-decide-not-found = W tej instancji nie ma wniosku o numerze { $id }, w sprawie którego możesz podjąć decyzję. Może on dotyczyć innego kraju lub innej organizacji; otwórz go ze swojej kolejki.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-decide-organisation-closed = Organizacja „{ $name }” jest { $status ->
        [rejected] odrzucona
        [inactive] nieaktywna
       *[other] { $status }
    }, więc nikt nie może do niej dołączyć. Zamiast tego odrzuć wniosek, podając uzasadnienie.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-accepted = Wniosek { $id } został już zaakceptowany przez użytkownika { $who } ({ $when }); niczego nie zmieniono.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-rejected = Wniosek { $id } został już odrzucony przez użytkownika { $who } ({ $when }); niczego nie zmieniono.
# $id: the request's number; $when: the date and time (UTC) or “earlier”.
error-decide-already-cancelled = Wniosek { $id } został już anulowany przez wnioskodawcę ({ $when }); niczego nie zmieniono.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-revoked = Wniosek { $id } został już cofnięty przez użytkownika { $who } ({ $when }); niczego nie zmieniono.
# $id: the request's number; $status: its status, a code the schema does not know (in English); $when: the date and time (UTC) or “earlier”.
error-decide-already-other = Wniosek { $id } ma już status { $status } ({ $when }); niczego nie zmieniono.
# Stands for the person who decided, when the account is gone.
error-decide-by-unknown = o usuniętym koncie
# Stands for the time of a decision, when it was not recorded.
error-decide-at-unknown = wcześniej
# $id: the request's number.
error-decide-meanwhile = W międzyczasie podjęto decyzję w sprawie wniosku { $id }; niczego nie zmieniono. Odśwież stronę, aby zobaczyć decyzję.
error-decide-none-selected = Zaznacz co najmniej jeden wniosek w kolejce, a następnie zaakceptuj go lub odrzuć.
# $max: how many requests can be decided at once; $count: how many were selected.
error-decide-too-many = Zaznacz naraz maksymalnie { $max ->
        [one] { $max } wniosek
        [few] { $max } wnioski
        [many] { $max } wniosków
       *[other] { $max } wniosku
    }; zaznaczono { $count }.
# $id: the request's number.
error-decide-selected-twice = Wniosek { $id } jest zaznaczony dwukrotnie; zaznacz każdy wniosek tylko raz.
# $failed: how many of the selected requests cannot be decided; $count: how many were selected.
error-decide-nothing-decided = Nie podjęto żadnej decyzji: nie można rozpatrzyć { $failed } z { $count ->
        [one] { $count } zaznaczonego wniosku
        [few] { $count } zaznaczonych wniosków
        [many] { $count } zaznaczonych wniosków
       *[other] { $count } zaznaczonych wniosków
    }. Odznacz je i spróbuj ponownie.
# $id: the request's number; $status: its status (a stored code, chooses the words).
error-admin-not-valid = Wniosek { $id } nie dotyczy ważnego stanowiska (wniosek jest { $status ->
        [pending] oczekujący
        [rejected] odrzucony
        [cancelled] anulowany
        [revoked] cofnięty
       *[other] { $status }
    }): Administratorem może być tylko osoba zajmująca ważne stanowisko.
# $id: the request's number.
error-admin-changed-meanwhile = Wniosek { $id } zmienił się w międzyczasie; odśwież stronę.

## Notifications in the app (not errors, but sentences the server composes too).

# $first, $last: the requester's names; $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-new-request = { $first } { $last } prosi o dołączenie do organizacji „{ $organisation }” ({ $country }).
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-accepted = Twój wniosek o dołączenie do organizacji „{ $organisation }” ({ $country }) został zaakceptowany
# $organisation: the organisation's name; $country: the ISO code of the post's country; $reason: the decider's words.
error-notification-rejected = Twój wniosek o dołączenie do organizacji „{ $organisation }” ({ $country }) został odrzucony: { $reason }
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-rejected-no-reason = Twój wniosek o dołączenie do organizacji „{ $organisation }” ({ $country }) został odrzucony bez podania uzasadnienia
# $organisation: the organisation's name; $country: the ISO code of the post's country; $status: the request's status (a stored code, chooses the words).
error-notification-other = Twój wniosek o dołączenie do organizacji „{ $organisation }” ({ $country }) jest teraz { $status ->
        [pending] oczekujący
        [cancelled] anulowany
        [revoked] cofnięty
       *[other] { $status }
    }

## TRACES: the directory search and authorisation requests.

error-search-page-link = Strona: ten link do strony jest już nieprawidłowy; wyszukaj ponownie od pierwszej strony.
error-search-name-too-long = Nazwa: do wyszukiwania użyj maksymalnie 120 znaków nazwy.
# $max: the most characters allowed.
error-additional-info-too-long = Informacje dodatkowe: wpisz maksymalnie { $max ->
        [one] { $max } znak
        [few] { $max } znaki
        [many] { $max } znaków
       *[other] { $max } znaku
    }.
error-submission-key = Klucz zgłoszenia: wyślij od 8 do 64 liter, cyfr, znaków - lub _ (strona tworzy go sama; odśwież ją i spróbuj ponownie).
error-submission-other-instance = Ten wniosek został już wysłany w drugiej instancji. Odśwież stronę i wyślij go ponownie.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-demo-address-production = Adresy w domenie { $domain } są przeznaczone wyłącznie dla instancji szkoleniowej: każdy może czytać wysyłaną na nie pocztę w skrzynce demonstracyjnej i przejąć konto. Aby złożyć wniosek o autoryzację w instancji produkcyjnej, najpierw zmień adres e-mail swojego konta na własny adres.
error-posts-none = Stanowiska: zaznacz na liście co najmniej jedną organizację, a następnie wyślij wniosek.
# $max: how many posts one request can have.
error-posts-too-many = Stanowiska: zaznacz naraz maksymalnie { $max }; pozostałe wyślij w kolejnym wniosku.
error-posts-twice = Stanowiska: to samo stanowisko jest zaznaczone dwukrotnie; zaznacz każde stanowisko tylko raz.
error-posts-one-kind = Stanowiska: zaznacz organizacje tylko jednego typu roli (podmioty, jednostki certyfikujące lub organy).
# $name: the control body; $country: the country's name; $code: its ISO code.
error-posts-not-certified = Stanowiska: „{ $name }” nie prowadzi certyfikacji w kraju { $country } ({ $code }); zaznacz jeden z krajów wymienionych dla tej jednostki.
# $name: the organisation; $country: the name of its country.
error-posts-other-country = Stanowiska: „{ $name }” ma siedzibę w kraju { $country }; stanowisko w tej organizacji obejmuje tylko ten kraj.
# $id: the number that was sent.
error-organisation-not-found = Organizacja o numerze { $id } nie istnieje w tej instancji. Wyszukaj ponownie i zaznacz ją na liście.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-organisation-closed = Organizacja „{ $name }” jest { $status ->
        [rejected] odrzucona
        [inactive] nieaktywna
       *[other] { $status }
    } i nie przyjmuje nowych wniosków. Wyszukaj ponownie i zaznacz inną organizację.
# $name: the control body.
error-no-certified-countries = Jednostka „{ $name }” nie ma jeszcze żadnych krajów certyfikacji, więc nie można złożyć wniosku o stanowisko w tej jednostce.
# $name: the organisation; $country: the name of the post's country.
error-post-already-held = „{ $name }” ({ $country }): już zajmujesz to stanowisko. Odznacz je i wyślij wniosek ponownie; Twoje wnioski są widoczne na stronie profilu.
# $name: the organisation; $country: the name of the post's country.
error-post-already-pending = „{ $name }” ({ $country }): Twój wniosek o to stanowisko już oczekuje na rozpatrzenie. Odznacz je i wyślij wniosek ponownie; Twoje wnioski są widoczne na stronie profilu.
error-own-request-not-found = Wśród Twoich wniosków nie ma takiego wniosku. Odśwież stronę profilu.
# $organisation: the organisation's name; $status: the request's status (a stored code, chooses the words).
error-cancel-not-pending = Twój wniosek dotyczący organizacji „{ $organisation }” jest { $status ->
        [pending] oczekujący
        [valid] ważny
        [rejected] odrzucony
        [cancelled] anulowany
        [revoked] cofnięty
       *[other] { $status }
    } i nie można go już anulować; anulować można tylko oczekujące wnioski.
error-time-zone = Strefa czasowa: wybierz strefę, np. Europe/Brussels (Obszar/Miasto, maksymalnie 64 znaki), lub UTC.

## New organisations: the directory import and "create a new operator".

error-import-status = Status: użyj valid, new, rejected lub inactive (puste pole oznacza valid).
error-import-kind = Rodzaj: użyj operator, control_body lub authority.
error-certified-countries-empty = Kraje certyfikacji: Kraj: wybierz kraj z listy.
# $code: what was given instead of a country code.
error-certified-countries-shape = Kraje certyfikacji: Kraj: „{ $code }” nie jest kodem kraju; użyj dwuliterowego kodu ISO 3166-1 (DE, FR, US) lub wybierz kraj z listy.
# $code: what was given instead of a country code.
error-certified-countries-unknown = Kraje certyfikacji: Kraj: „{ $code }” nie jest przypisanym kodem kraju ISO 3166-1; wybierz kraj z listy.
# $alias: the code EU documents use (EL, UK); $iso: the ISO 3166-1 code; $name: the country's name.
error-certified-countries-eu-alias = Kraje certyfikacji: Kraj: w dokumentach UE stosuje się kod { $alias }, ale ISO 3166-1 i TRACES używają kodu { $iso }; wybierz { $iso } ({ $name }).
# $code: the control body code; $other: the organisation that has it.
error-control-body-code-taken = Kod jednostki certyfikującej: { $code } jest już kodem jednostki „{ $other }”.
# $eori: the EORI number; $other: the operator that has it.
error-eori-taken = Numer EORI: { $eori } jest już zarejestrowany dla podmiotu „{ $other }”; wyszukaj go i złóż wniosek o autoryzację, zamiast tworzyć go ponownie.
error-demo-person-shared = To osoba z pokazu szkoleniowego, wspólna dla wszystkich na sali: jej imienia i nazwiska, adresu e-mail ani hasła nie można zmienić. Aby to wypróbować, zarejestruj własne konto.
