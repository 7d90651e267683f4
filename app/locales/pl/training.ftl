## The trainer's tools on the training welcome page: the personas and the reset.

training-personas-title = Persony szkoleniowe
# Followed by the personas' password (Training-Demo-2026), then training-personas-intro-end.
training-personas-intro = Gotowe konta EU Login świata demonstracyjnego. Istnieją wyłącznie na potrzeby szkolenia: instancja produkcyjna nigdy ich nie wyświetla i traktuje je jak niezalogowane. Każda persona może też zalogować się na stronie EU Login za pomocą swojego adresu e-mail i hasła
# What follows the password: the end of the sentence.
training-personas-intro-end = .
# $problem: why.
training-personas-not-loaded = Nie udało się wczytać person: { $problem }
training-column-persona = Persona
training-column-role = Rola w demonstracji
training-column-log-in = Logowanie
# $name: the persona's name.
training-log-in-as = Zaloguj się jako { $name }
# $name: the persona's name; $problem: why.
training-log-in-as-failed = Nie udało się zalogować jako { $name }: { $problem }
# $time: when, in UTC.
training-last-reset = Świat demonstracyjny wczytano ostatnio: { $time }.
training-never-reset = Świat demonstracyjny nie został jeszcze wczytany.

## The personas: what each does in the demo (names of organisations stay as they are).

training-persona-importer-role = Importer (podmiot)
training-persona-importer-description = Nie ma jeszcze stanowiska: pokazuje od początku krok 2 pisma pomocy technicznej (Podmiot, wyszukiwanie, zaznaczenie, „Złóż wniosek o autoryzację”, „wyślij wniosek o autoryzację”).
training-persona-inspector-role = Inspektor jednostki certyfikującej
training-persona-inspector-description = Ważne stanowisko w „Fiktiv Kontrollstelle Öko” (DE-OKO-901) dla Niemiec; może wnioskować o kolejne państwa tej jednostki.
training-persona-bcp-role = Urzędnik punktu kontroli granicznej
training-persona-bcp-description = Ważne stanowisko w punkcie kontroli granicznej „PCF Fittizio Genova Porto” (Włochy), działającym jako EAOC.
training-persona-cca-role = Urzędnik CCA – rozpatruje wnioski
training-persona-cca-description = Administrator centralnego właściwego organu (CCA) Niemiec: rozpatruje wszystkie wnioski niemieckich podmiotów, jednostek certyfikujących i punktów kontroli granicznej.
training-persona-admin-role = Administrator podmiotu
training-persona-admin-description = Administrator podmiotu „Fiktiv Grünwaren KG” (Niemcy): rozpatruje wnioski o dołączenie do niego.
training-persona-commission-role = Użytkownik Komisji i szkoleniowiec
training-persona-commission-description = Komisja (fikcyjna jednostka „DG SANTE G.5 training”): rozpatruje wszystkie wnioski, w tym wnioski centralnych właściwych organów; może resetować instancję szkoleniową.

## Resetting the training instance (trainers only).

training-reset-title = Resetowanie instancji szkoleniowej
training-reset-explained = Zastępuje w jednym kroku wszystkie dane szkoleniowe (organizacje, wnioski, decyzje, powiadomienia, wiadomości e-mail demonstracji) światem demonstracyjnym.
training-reset-accounts-kept = Konta EU Login utworzone podczas sesji są zachowywane, ponieważ korzysta z nich również instancja produkcyjna; ich wnioski szkoleniowe są usuwane. Instancja produkcyjna pozostaje nienaruszona.
training-reset-button = Resetuj szkolenie…
training-reset-confirm-question = Zresetować teraz instancję szkoleniową?
training-reset-confirm-explained = Wszystko, co zrobiono w instancji szkoleniowej od ostatniego resetu, zostanie zastąpione.
training-reset-confirm = Tak, resetuj szkolenie
training-resetting = Resetowanie…
training-reset-cancel = Anuluj
# $took: milliseconds (as written for the reader); $organisations, $requests, $accounts:
# counts that choose the plural forms; $organisations_shown, $requests_shown,
# $accounts_shown: the same counts as written for the reader.
training-reset-done = Szkolenie zresetowano w { $took } ms: świat demonstracyjny zawiera { $organisations ->
        [one] { $organisations_shown } organizację
        [few] { $organisations_shown } organizacje
        [many] { $organisations_shown } organizacji
       *[other] { $organisations_shown } organizacji
    } i { $requests ->
        [one] { $requests_shown } wniosek
        [few] { $requests_shown } wnioski
        [many] { $requests_shown } wniosków
       *[other] { $requests_shown } wniosku
    }; zachowano { $accounts ->
        [one] { $accounts_shown } konto EU Login
        [few] { $accounts_shown } konta EU Login
        [many] { $accounts_shown } kont EU Login
       *[other] { $accounts_shown } konta EU Login
    } uczestników.
# $problem: why.
training-reset-failed = Reset nie został wykonany: { $problem }
