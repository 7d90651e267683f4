## TRACES NT: the landing page, the welcome page of an instance, the role choice, the searches
## for a post with the request popup, "Create new Operator", and the profile with its
## preferences. Button and link names quoted in the helpdesk letter (“Login into TRACES”,
## “sign up for TRACES”, “Request Authorisation”, “Create new Operator”, “send authorisation
## request”) are the ones users are told to click: translate them the way the letter is
## translated.

## The landing page: production or training.

traces-landing-title = TRACES NT – świadectwa kontroli dla produktów ekologicznych
traces-landing-lead = Dostępne są dwie strony TRACES NT: produkcyjna i szkoleniowa. Aby z nich korzystać, zarejestruj się najpierw w EU Login, a następnie złóż wniosek o rolę w TRACES NT. Role, o które wnioskowano na jednej stronie, nie są przenoszone na drugą.
traces-landing-production = TRACES NT – Produkcja
traces-landing-production-text = Dla prawdziwych świadectw i prawdziwych wniosków.
traces-landing-training = TRACES NT – Szkolenie
traces-landing-training-text = Do nauki i prezentacji rejestracji bez żadnych skutków.

## The welcome page of an instance.

traces-welcome-title = Witamy w TRACES NT
traces-welcome-title-training = Witamy w TRACES NT – Szkolenie
traces-welcome-lead = Na tej stronie znajduje się świadectwo kontroli dla produktów pochodzenia ekologicznego. Aby uzyskać do niego dostęp, musisz się zalogować i zarejestrować jako użytkownik.
traces-welcome-log-in = Zaloguj się do TRACES
# Followed by the link “sign up for TRACES”.
traces-welcome-no-account = Nie masz jeszcze konta EU Login?
traces-welcome-sign-up = zarejestruj się w TRACES
traces-welcome-step-1 = Zarejestruj się w EU Login.
traces-welcome-step-1-text = Jeśli masz już konto EU Login (ECAS), przejdź od razu do kroku 2.
traces-welcome-step-2 = Zarejestruj się w TRACES NT.
traces-welcome-step-2-text = Zaloguj się, wybierz swoją rolę (Podmiot, Jednostka certyfikująca w rolnictwie ekologicznym lub Organ) i wyślij wniosek o autoryzację.
# $name: the first and last name of the person, in bold.
traces-welcome-logged-in = Zalogowano jako { $name }.
# $change: a link, traces-welcome-change-credentials; $reset: a link, traces-welcome-reset-password.
traces-welcome-credentials = W EU Login możesz w razie potrzeby { $change } lub { $reset }.
traces-welcome-change-credentials = zmienić dane logowania do EU Login
traces-welcome-reset-password = zresetować hasło

## A page of an instance opened before logging in.

traces-log-in-title = Zaloguj się
traces-log-in-needed = Aby zarejestrować się w TRACES NT, musisz zalogować się za pomocą konta EU Login.
traces-log-in-button = Zaloguj się do TRACES

## "Select your role in TRACES" on the welcome page.

traces-role-title = Wybierz swoją rolę w TRACES
traces-role-loading = Wczytywanie Twojej roli…
traces-role-link-operator = Podmiot (importer, pierwszy odbiorca)
traces-role-link-control-body = Jednostka certyfikująca w rolnictwie ekologicznym (lub organ kontrolny)
traces-role-link-authority = Organ (punkt kontroli granicznej lub centralny właściwy organ)
# $kind: the person's role kind (Operator, Organic Control Body, Authority), in bold.
traces-role-already = Masz już w tej instancji rolę rodzaju { $kind }. Każda osoba może mieć tylko jeden rodzaj roli; w jego ramach możesz wnioskować o kolejne stanowiska.
traces-role-see-requests = Zobacz swoje wnioski w profilu
traces-role-one-kind = Uwaga: każda osoba może mieć tylko jeden rodzaj roli. W ramach swojej roli możesz zajmować kilka stanowisk: na przykład pracować dla dwóch lub więcej podmiotów albo – jako jednostka certyfikująca – prowadzić kontrole w kilku państwach.

## The searches for an operator, an authority or a control body.

traces-search-title-operator = Wniosek o autoryzację: Podmiot
traces-search-title-authority = Wniosek o autoryzację: Organ
traces-search-title-control-body = Wniosek o autoryzację: Jednostka certyfikująca w rolnictwie ekologicznym
traces-search-back = Powrót do wyboru roli
traces-search-country = Państwo
traces-search-any-country = Dowolne państwo
traces-search-section = Sekcja
traces-search-any-section = Dowolna sekcja
traces-search-activity = Rodzaj działalności
traces-search-any-activity = Dowolny rodzaj działalności
traces-search-role = Rola
traces-search-any-role = Dowolna rola
traces-search-name = Nazwa
traces-search-name-hint = Wystarczy część nazwy; wielkość liter i znaki diakrytyczne nie mają znaczenia.
traces-search-button = Szukaj
traces-operator-lead = Wyszukaj podmiot, dla którego pracujesz, zaznacz pole obok niego i kliknij „Złóż wniosek o autoryzację”. Możesz zaznaczyć kilka podmiotów, także na kilku stronach.
traces-operator-create-new-hint = Jeśli masz pewność, że nie możesz znaleźć podmiotu, dla którego pracujesz, możesz go utworzyć.
traces-operator-create-new = Utwórz nowy podmiot
traces-authority-lead = Wyszukaj swój organ, zaznacz pole obok niego i kliknij „Złóż wniosek o autoryzację”.
traces-control-body-lead = Wyszukaj swoją jednostkę certyfikującą. Jeśli prowadzisz certyfikację dla jednego państwa, zaznacz pole tego państwa; jeśli prowadzisz certyfikację dla wszystkich państw, w których certyfikuje Twoja jednostka, zaznacz „Wszystkie państwa” na górze jej listy. Następnie kliknij „Złóż wniosek o autoryzację”.
traces-control-body-country-hint = Państwo, w którym jednostka certyfikująca prowadzi certyfikację.
traces-control-body-name-hint = Wystarczy część nazwy lub kodu.

## The results of a search, "Request Authorisation" and the popup.

traces-posts-request = Złóż wniosek o autoryzację
traces-posts-none-selected = Najpierw zaznacz w wynikach pole swojego stanowiska.
# $count: how many posts are ticked (1 or more).
traces-posts-selected =
    { $count ->
        [one] Zaznaczono { $count } stanowisko.
        [few] Zaznaczono { $count } stanowiska.
        [many] Zaznaczono { $count } stanowisk.
       *[other] Zaznaczono { $count } stanowiska.
    }
traces-posts-searching = Wyszukiwanie…
traces-posts-no-results = Żadna organizacja nie odpowiada kryteriom wyszukiwania.
# $count: how many organisations this page of results shows (1 or more).
traces-posts-results =
    { $count ->
        [one] { $count } wynik na tej stronie.
        [few] { $count } wyniki na tej stronie.
        [many] { $count } wyników na tej stronie.
       *[other] { $count } wyniku na tej stronie.
    }
traces-posts-first-page = Pierwsza strona
traces-posts-next-page = Następna strona
traces-posts-caption = Wyniki wyszukiwania
traces-posts-column-name = Nazwa
traces-posts-column-country = Państwo
traces-posts-column-city = Miejscowość
traces-posts-column-activity = Rodzaj działalności
traces-posts-column-eori = Numer EORI
traces-posts-column-select = Wybierz
traces-posts-column-role = Rola
traces-posts-column-code = Kod
traces-posts-column-certified = Państwa objęte certyfikacją (wybierz)
# $code: the role's code (BCP, CCA); $name: its name; $acts: what it acts as.
traces-posts-authority-role = { $code } ({ $name }, działa jako { $acts })
traces-posts-all-countries = Wszystkie państwa
# The name of a tick box. $organisation: the control body's name.
traces-posts-all-countries-of = { $organisation }: wszystkie państwa
# $count: how many requests were sent (1 or more). Followed by the link “Open my profile”.
traces-posts-sent =
    { $count ->
        [one] Wniosek o autoryzację został wysłany. Możesz śledzić jego stan w swoim profilu.
        [few] Wysłano { $count } wnioski o autoryzację. Możesz śledzić ich stan w swoim profilu.
        [many] Wysłano { $count } wniosków o autoryzację. Możesz śledzić ich stan w swoim profilu.
       *[other] Wysłano { $count } wniosku o autoryzację. Możesz śledzić ich stan w swoim profilu.
    }
traces-open-profile = Otwórz mój profil
traces-popup-asking-for = Wnioskujesz o autoryzację dla:
traces-request-additional-info = Informacje dodatkowe (opcjonalnie)
traces-request-additional-info-hint = Wszystko, co pomoże osobie rozpatrującej Twój wniosek.
traces-popup-email = E-mail
traces-popup-phone = Telefon (opcjonalnie)
traces-popup-send = wyślij wniosek o autoryzację
traces-popup-cancel = Anuluj
traces-popup-sending = Wysyłanie…

## "Create new Operator".

traces-new-operator-back = Powrót do wyszukiwania podmiotów
traces-new-operator-title = Utwórz nowy podmiot
# $operator: the name of the operator just created.
traces-new-operator-created = Podmiot { $operator } został utworzony, a Twój wniosek o dołączenie do niego został zarejestrowany.
traces-new-operator-duplicates-title = Czy to jeden z tych podmiotów?
traces-new-operator-duplicates-text = Te podmioty są podobne do tego, który tworzysz. Jeśli pracujesz dla jednego z nich, zaznacz go i kliknij „Złóż wniosek o autoryzację”. Jeśli żaden z nich nie jest Twój, ponownie kliknij „utwórz nowy podmiot”.
traces-new-operator-lead = Pola oznaczone * są obowiązkowe. Numer EORI jest obowiązkowy dla importerów produktów ekologicznych.
traces-new-operator-create = utwórz nowy podmiot
traces-new-operator-checking = Sprawdzanie…
traces-new-operator-operator = Podmiot
traces-new-operator-name = Nazwa
traces-new-operator-country = Państwo
traces-new-operator-choose-country = Wybierz państwo
traces-new-operator-address = Adres
traces-new-operator-city = Miejscowość
traces-new-operator-postcode = Kod pocztowy
traces-new-operator-section = Sekcja
traces-new-operator-activity = Rodzaj działalności
traces-new-operator-choose-activity = Wybierz rodzaj działalności
traces-new-operator-eori = Numer EORI
traces-new-operator-eori-hint = Dwuliterowy kod państwa, a po nim do 15 liter lub cyfr (DE1234567890). Obowiązkowy dla importerów.
traces-new-operator-eori-mandatory = W przypadku importera numer EORI jest obowiązkowy.
traces-new-operator-contact = Dane kontaktowe podmiotu
traces-new-operator-contact-rule = Obowiązkowo: podaj co najmniej jedno z następujących: telefon, faks, e-mail lub strona internetowa.
traces-new-operator-phone = Telefon
traces-new-operator-fax = Faks
traces-new-operator-email = E-mail
traces-new-operator-website = Strona internetowa
traces-new-operator-request = Twój wniosek o dołączenie do tego podmiotu
traces-new-operator-request-hint = Osoba rozpatrująca Twój wniosek zobaczy te dane i użyje ich, aby się z Tobą skontaktować.
traces-new-operator-your-email = Twój e-mail
traces-new-operator-your-email-hint = Z Twojego konta EU Login; na potrzeby tego wniosku możesz podać inny.
traces-new-operator-your-phone = Twój telefon (opcjonalnie)

## "My TRACES profile".

traces-profile-title = Mój profil TRACES
traces-profile-requests = Moje wnioski
traces-profile-loading = Wczytywanie Twoich wniosków…
traces-profile-no-requests = Nie złożono jeszcze wniosku o żadną rolę w tej instancji.
traces-profile-column-organisation = Organizacja
traces-profile-column-role = Rola
traces-profile-column-scope = Zakres
traces-profile-column-requested = Data wniosku
traces-profile-column-decided = Data decyzji
traces-profile-column-status = Status
traces-profile-column-reason = Powód
traces-profile-column-action = Działanie
traces-profile-cancel = Anuluj
# The name of the “Cancel” button of one request. $organisation: the organisation's name.
traces-profile-cancel-label = Anuluj wniosek dotyczący organizacji { $organisation }
# $organisation: the organisation's name.
traces-profile-cancelled = Twój wniosek dotyczący organizacji { $organisation } został anulowany.
# $zone: an IANA time zone name, like Europe/Brussels.
traces-profile-time-zone = Daty i godziny są wyświetlane w Twojej strefie czasowej: { $zone }. Możesz ją zmienić w sekcji Preferencje.
traces-profile-new-role = Złóż wniosek o nową rolę
# $problem: why, as the server says it.
traces-profile-preferences-failed = Nie można wyświetlić Twoich preferencji: { $problem }

## The preferences of the profile page.

traces-preferences-title = Preferencje
traces-preferences-notifications-title = Strefa czasowa i powiadomienia
# $instance: production or training (only chooses the text).
traces-preferences-instance-only =
    { $instance ->
        [training] Te preferencje dotyczą wyłącznie instancji szkoleniowej.
       *[production] Te preferencje dotyczą wyłącznie instancji produkcyjnej.
    }
traces-preferences-time-zone = Strefa czasowa
traces-preferences-time-zone-hint = Daty i godziny Twoich wniosków są wyświetlane w tej strefie czasowej.
traces-preferences-zone-utc = UTC (uniwersalny czas koordynowany)
traces-preferences-zones-eu = Unia Europejska
traces-preferences-zones-other = Inne państwa
# A time zone in the list. $country: the country's name; $zone: the IANA name (Europe/Vienna).
traces-preferences-zone = { $country } ({ $zone })
# $country: the country's name; $place: a region of it (Azores); $zone: the IANA name.
traces-preferences-zone-region = { $country }, { $place } ({ $zone })
# $country: the country's name; $place: a city of it (Chicago); $zone: the IANA name.
traces-preferences-zone-city = { $country } ({ $place }) ({ $zone })
traces-preferences-place-azores = Azory
traces-preferences-place-madeira = Madera
traces-preferences-place-canary-islands = Wyspy Kanaryjskie
traces-preferences-place-sydney = Sydney
traces-preferences-place-sao-paulo = São Paulo
traces-preferences-place-toronto = Toronto
traces-preferences-place-chicago = Chicago
traces-preferences-place-los-angeles = Los Angeles
traces-preferences-place-new-york = Nowy Jork
# $browser: the browser's time zone; $saved: the saved one (IANA names, like Europe/Brussels).
traces-preferences-browser-zone = Twoja przeglądarka jest ustawiona na strefę { $browser }, dlatego jest ona tu wybrana. Zapisana strefa czasowa pozostaje { $saved }, dopóki nie klikniesz „Zapisz preferencje”.
traces-preferences-events = Powiadamiaj mnie o
traces-preferences-notify-decisions = Decyzjach w sprawie moich wniosków (przyjęcie, odrzucenie, cofnięcie)
traces-preferences-notify-new-requests = Nowych wnioskach oczekujących na moją decyzję (jeśli rozpatrujesz wnioski: organy i administratorzy organizacji)
traces-preferences-channels = Jak mnie powiadamiać
traces-preferences-notify-in-app = W aplikacji
traces-preferences-notify-email = E-mailem (na adres Twojego konta EU Login)
traces-preferences-no-channel = Jeśli nie zaznaczysz ani „W aplikacji”, ani „E-mailem”, nie otrzymasz żadnych powiadomień.
traces-preferences-save = Zapisz preferencje
traces-preferences-saving = Zapisywanie…
# $zone: the time zone just saved (an IANA name, like America/New_York).
traces-preferences-saved = Twoje preferencje zostały zapisane. Daty i godziny są teraz wyświetlane w strefie { $zone }.
traces-preferences-language-title = Język
# $account: a link, traces-preferences-my-account.
traces-preferences-language-text = Twoje języki są przypisane do konta EU Login: są takie same w instancji produkcyjnej i szkoleniowej. Możesz je też zmienić, wraz z imieniem i nazwiskiem, na stronie { $account }.
traces-preferences-my-account = Moje konto
traces-preferences-interface-language = Język interfejsu
traces-preferences-interface-language-hint = Język tych stron po zalogowaniu.
traces-preferences-email-language = Język wiadomości e-mail
traces-preferences-email-language-hint = Język otrzymywanych wiadomości e-mail, w tym powiadomień.
traces-preferences-save-languages = Zapisz języki
traces-preferences-languages-saved = Twoje języki zostały zapisane.

## Statuses, as the profile, the search results and the queue show them.

traces-status-pending = Oczekujący
traces-status-valid = Ważny
traces-status-rejected = Odrzucony
traces-status-cancelled = Anulowany
traces-status-revoked = Cofnięty
traces-status-organisation-new = Nowy
traces-status-organisation-valid = Ważny
traces-status-organisation-rejected = Odrzucony
traces-status-organisation-inactive = Nieaktywny
