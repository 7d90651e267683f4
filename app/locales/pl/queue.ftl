## Step 3 of the letter: the queue of requests to decide, one request's page, the
## notifications. Request numbers ($id) are identifiers: shown as they are, never grouped.

# $id: the request's number.
queue-request = Wniosek { $id }
# $id: the request's number.
queue-decided-accepted = Wniosek { $id } został przyjęty.
# $id: the request's number.
queue-decided-rejected = Wniosek { $id } został odrzucony.
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-accepted = { $count ->
    [one] Przyjęto { $shown } wniosek: { $ids }.
    [few] Przyjęto { $shown } wnioski: { $ids }.
    [many] Przyjęto { $shown } wniosków: { $ids }.
   *[other] Przyjęto { $shown } wniosku: { $ids }.
}
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-rejected = { $count ->
    [one] Odrzucono { $shown } wniosek: { $ids }.
    [few] Odrzucono { $shown } wnioski: { $ids }.
    [many] Odrzucono { $shown } wniosków: { $ids }.
   *[other] Odrzucono { $shown } wniosku: { $ids }.
}
# $id: the request's number.
queue-accept-request = Przyjmij wniosek { $id }
# $id: the request's number.
queue-reject-request = Odrzuć wniosek { $id }
# $id: the request's number.
queue-confirm-rejection = Potwierdź odrzucenie wniosku { $id }

## The reason of a rejection.

queue-reason-label = Powód odrzucenia
queue-reason-hint = Wymagany do odrzucenia. Wnioskodawca przeczyta go w profilu i w wiadomości e-mail: napisz, co jest nie tak i co należy zrobić.
queue-reason-cancel = Nie odrzucaj

## Someone who decides nothing opens the queue (the words of the letter).

queue-no-scope = W tej instancji nie masz wniosków do rozpatrzenia.
queue-no-scope-who-decides = O wnioskach decydują: organ krajowy (centralny właściwy organ) danego państwa, administratorzy organizacji oraz Komisja.
queue-no-scope-letter = Jeśli jesteś podmiotem lub jednostką certyfikującą/organem kontrolnym, Twoim wnioskiem zajmie się (przyjmie go lub odrzuci) organ krajowy lub administrator w Twojej organizacji. Jeśli jesteś organem krajowym, Twoim wnioskiem zajmie się (przyjmie go lub odrzuci) Komisja lub administrator w Twojej organizacji.

## The queue page.

queue-title = Wnioski do rozpatrzenia
queue-lead-pending = Wnioski z Twojego zakresu, które czekają na decyzję. Otwórz wniosek, aby zobaczyć osobę, organizację i historię, albo przyjmij lub odrzuć go tutaj.
queue-lead-decided = Historia decyzji: wnioski z Twojego zakresu, które zostały przyjęte, odrzucone, anulowane lub cofnięte.
queue-tabs-label = Które wnioski
queue-tab-pending = Wnioski oczekujące
queue-tab-decided = Historia decyzji
queue-export-list = Eksportuj tę listę (CSV)
queue-export-decisions = Eksportuj historię decyzji (CSV)
queue-loading = Wczytywanie wniosków…
queue-none-pending = Przy tych filtrach żaden wniosek nie czeka na Twoją decyzję.
queue-none-decided = Żaden rozpatrzony wniosek nie odpowiada tym filtrom.
# $count: how many requests (1 or more); $shown: the same number as written for the reader.
queue-on-this-page = { $count ->
    [one] { $shown } wniosek na tej stronie.
    [few] { $shown } wnioski na tej stronie.
    [many] { $shown } wniosków na tej stronie.
   *[other] { $shown } wniosku na tej stronie.
}

## The filters of the queue.

queue-filter-form-label = Filtruj wnioski
queue-filter-role = Rola
queue-filter-any-role = Dowolna rola
queue-filter-country = Państwo
queue-filter-organisation = Organizacja
queue-filter-organisation-hint = Wystarczy część nazwy; wielkość liter i znaki diakrytyczne nie mają znaczenia.
queue-filter-age = Wiek wniosku
queue-filter-any-age = Dowolny wiek
# $days: at least how many days old.
queue-filter-age-at-least = { $days ->
    [one] Co najmniej { $days } dzień
    [few] Co najmniej { $days } dni
    [many] Co najmniej { $days } dni
   *[other] Co najmniej { $days } dnia
}
queue-filter-order = Kolejność
queue-filter-newest-first = Od najnowszych
queue-filter-oldest-first = Od najstarszych
queue-filter-apply = Zastosuj filtry
queue-filter-clear = Wyczyść filtry

## Deciding the ticked requests at once.

queue-bulk-label = Zaznaczone wnioski
queue-bulk-accept = Przyjmij zaznaczone
queue-bulk-reject = Odrzuć zaznaczone
queue-bulk-none-selected = Zaznacz wnioski, aby przyjąć lub odrzucić kilka naraz.
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-selected = { $count ->
    [one] Zaznaczono { $shown } wniosek.
    [few] Zaznaczono { $shown } wnioski.
    [many] Zaznaczono { $shown } wniosków.
   *[other] Zaznaczono { $shown } wniosku.
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-confirm-rejection = { $count ->
    [one] Potwierdź odrzucenie zaznaczonego wniosku
    [few] Potwierdź odrzucenie { $shown } zaznaczonych wniosków
    [many] Potwierdź odrzucenie { $shown } zaznaczonych wniosków
   *[other] Potwierdź odrzucenie { $shown } zaznaczonych wniosków
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-reason-label = { $count ->
    [one] Powód odrzucenia zaznaczonego wniosku
    [few] Powód odrzucenia { $shown } zaznaczonych wniosków
    [many] Powód odrzucenia { $shown } zaznaczonych wniosków
   *[other] Powód odrzucenia { $shown } zaznaczonych wniosków
}

## The table of the queue.

queue-table-pending = Wnioski oczekujące z Twojego zakresu
queue-table-decided = Wnioski rozpatrzone z Twojego zakresu
queue-select-all = Zaznacz wszystkie wnioski na tej stronie
# $id: the request's number.
queue-select-request = Zaznacz wniosek { $id }
queue-column-request = Wniosek
queue-column-person = Osoba
queue-column-organisation = Organizacja
queue-column-role = Rola
queue-column-country = Państwo
queue-column-sent = Wysłano
queue-column-status = Status
queue-column-decision = Decyzja
queue-accept = Przyjmij
queue-reject = Odrzuć
# The badge of an operator created by the requester and not yet checked.
queue-new-operator = Nowy
queue-new-operator-title = Przyjęcie wniosku zatwierdza również podmiot
queue-first-page = Pierwsza strona
queue-next-page = Następna strona

## The keyboard shortcuts: the keys (j, k, o, x, a, r, Enter, the arrows) stay as they are.

queue-shortcuts-title = Skróty klawiaturowe
queue-shortcuts-hint = Działają, gdy kursor nie znajduje się w polu tekstowym.
queue-shortcut-next-keys = j lub ↓
queue-shortcut-next = Następny wniosek
queue-shortcut-previous-keys = k lub ↑
queue-shortcut-previous = Poprzedni wniosek
queue-shortcut-open-keys = Enter lub o
queue-shortcut-open = Otwórz wniosek
queue-shortcut-tick-keys = x
queue-shortcut-tick = Zaznacz lub odznacz wniosek
queue-shortcut-accept-keys = a
queue-shortcut-accept = Przyjmij wniosek
queue-shortcut-reject-keys = r
queue-shortcut-reject = Odrzuć wniosek (otwiera pole powodu)

## One request's page.

queue-detail-back = Powrót do kolejki
queue-detail-loading = Wczytywanie wniosku…
queue-detail-status = Status:
# Followed by the moment of the decision. $person: who decided (name and e-mail).
queue-detail-decided-by-on = – decyzja: { $person }, dnia
# Followed by the moment of the decision.
queue-detail-decided-on = dnia
queue-detail-rejection-reason = Powód odrzucenia
queue-detail-person-title = Osoba
queue-detail-person-name = Imię i nazwisko (EU Login)
queue-detail-person-email = E-mail (EU Login)
queue-detail-post-title = Wnioskowane stanowisko
queue-detail-role = Rola
queue-detail-scope = Zakres (państwo)
queue-detail-sent = Wysłano
queue-detail-organisation-title = Organizacja
queue-detail-new-operator = Ten podmiot ma status „Nowy”.
queue-detail-new-operator-explained = Utworzył go wnioskodawca i nikt go jeszcze nie sprawdził. Przyjęcie tego wniosku zatwierdza również podmiot (jego status zmieni się na „Ważny”); odrzucenie wniosku odrzuca podmiot, jeśli nikt inny nie wnioskuje o dołączenie do niego.
queue-detail-organisation-name = Nazwa
queue-detail-organisation-kind = Rodzaj
queue-detail-organisation-status = Status
queue-detail-organisation-country = Państwo
queue-detail-authority-role = Rola organu
queue-detail-control-body-code = Kod jednostki certyfikującej
queue-detail-section = Sekcja
queue-detail-activity = Rodzaj działalności
queue-detail-address = Adres
queue-detail-eori = Numer EORI
queue-detail-phone = Telefon
queue-detail-fax = Faks
queue-detail-email = E-mail
queue-detail-website = Strona internetowa
queue-detail-request-title = Z wniosku
queue-detail-additional-info = Informacje dodatkowe
queue-detail-contact-email = E-mail kontaktowy
queue-detail-contact-phone = Telefon kontaktowy
queue-detail-none-given = Nie podano
queue-organisation-status-new = Nowy (utworzony przez wnioskodawcę, jeszcze niesprawdzony)
queue-organisation-status-valid = Ważny
queue-organisation-status-rejected = Odrzucony
queue-organisation-status-inactive = Nieaktywny
queue-detail-decide-title = Twoja decyzja
queue-detail-sending = Wysyłanie…
queue-detail-admin-title = Administrator
queue-detail-admin-label = Administrator organizacji
# $organisation: the organisation's name.
queue-detail-admin-hint = Administrator organizacji { $organisation } przyjmuje lub odrzuca wnioski o dołączenie do niej.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-granted = { $person } jest teraz administratorem organizacji { $organisation }.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-removed = { $person } nie jest już administratorem organizacji { $organisation }.

## The history of a request (also the "action" column of the decision history's CSV file).

queue-history-title = Historia wniosku
# $id: the request's number.
queue-history-caption = Historia wniosku { $id }
queue-history-when = Kiedy
queue-history-who = Kto
queue-history-what = Co
queue-history-change = Zmiana
queue-history-reason = Powód lub uwaga
queue-audit-request-created = Wniosek wysłany
queue-audit-request-cancelled = Wniosek anulowany przez wnioskodawcę
queue-audit-request-accepted = Wniosek przyjęty
queue-audit-request-rejected = Wniosek odrzucony
queue-audit-admin-granted = Nadano uprawnienia administratora
queue-audit-admin-removed = Odebrano uprawnienia administratora
queue-audit-operator-validated = Podmiot zatwierdzony (Nowy → Ważny)
queue-audit-operator-rejected = Podmiot odrzucony (Nowy → Odrzucony)
queue-audit-commission-granted = Utworzono użytkownika Komisji

## The links of the CSV exports.


## The notifications page.

queue-notifications-title = Powiadomienia
queue-notifications-mark-all-read = Oznacz wszystkie jako przeczytane
queue-notifications-all-read = Wszystkie powiadomienia zostały oznaczone jako przeczytane.
queue-notifications-none = Nie masz jeszcze powiadomień w tej instancji.
queue-notifications-loading = Wczytywanie powiadomień…
queue-notifications-unread-none = Brak nieprzeczytanych powiadomień.
# $count: how many notifications are unread (1 or more); $shown: the same number as written for the reader.
queue-notifications-unread = { $count ->
    [one] { $shown } nieprzeczytane powiadomienie.
    [few] { $shown } nieprzeczytane powiadomienia.
    [many] { $shown } nieprzeczytanych powiadomień.
   *[other] { $shown } nieprzeczytanego powiadomienia.
}
queue-notification-unread = Nieprzeczytane
# $id: the request's number.
queue-notification-open-request = Otwórz wniosek { $id }
# $id: the request's number.
queue-notification-see-in-profile = Zobacz wniosek { $id } w moim profilu
queue-history-system = System
