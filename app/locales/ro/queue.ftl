## Step 3 of the letter: the queue of requests to decide, one request's page, the
## notifications. Request numbers ($id) are identifiers: shown as they are, never grouped.

# $id: the request's number.
queue-request = Cererea { $id }
# $id: the request's number.
queue-decided-accepted = Cererea { $id } a fost acceptată.
# $id: the request's number.
queue-decided-rejected = Cererea { $id } a fost respinsă.
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-accepted = { $count ->
        [one] { $shown } cerere acceptată: { $ids }.
        [few] { $shown } cereri acceptate: { $ids }.
       *[other] { $shown } de cereri acceptate: { $ids }.
    }
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-rejected = { $count ->
        [one] { $shown } cerere respinsă: { $ids }.
        [few] { $shown } cereri respinse: { $ids }.
       *[other] { $shown } de cereri respinse: { $ids }.
    }
# $id: the request's number.
queue-accept-request = Acceptați cererea { $id }
# $id: the request's number.
queue-reject-request = Respingeți cererea { $id }
# $id: the request's number.
queue-confirm-rejection = Confirmați respingerea cererii { $id }

## The reason of a rejection.

queue-reason-label = Motivul respingerii
queue-reason-hint = Obligatoriu pentru respingere. Solicitantul îl citește în profil și în e-mail: precizați ce nu este în regulă și ce trebuie făcut.
queue-reason-cancel = Renunțați la respingere

## Someone who decides nothing opens the queue (the words of the letter).

queue-no-scope = Nu aveți cereri de soluționat în acest mediu.
queue-no-scope-who-decides = Cererile sunt soluționate de autoritatea națională (autoritatea competentă centrală) a țării, de administratorii organizației și de Comisie.
queue-no-scope-letter = Dacă sunteți operator sau organism de control/autoritate de control, autoritatea națională sau un administrator din cadrul organizației dvs. va gestiona (accepta/respinge) cererea dvs. Dacă sunteți o autoritate națională, Comisia sau un administrator din cadrul organizației dvs. va gestiona (accepta/respinge) cererea dvs.

## The queue page.

queue-title = Cereri de soluționat
queue-lead-pending = Cererile din domeniul dvs. de competență care așteaptă o decizie. Deschideți o cerere pentru a vedea persoana, organizația și istoricul acesteia sau acceptați și respingeți cererile direct aici.
queue-lead-decided = Istoricul deciziilor: cererile din domeniul dvs. de competență care au fost acceptate, respinse, anulate sau revocate.
queue-tabs-label = Ce cereri
queue-tab-pending = Cereri în așteptare
queue-tab-decided = Istoricul deciziilor
queue-export-list = Exportați această listă (CSV)
queue-export-decisions = Exportați istoricul deciziilor (CSV)
queue-loading = Se încarcă cererile…
queue-none-pending = Cu aceste filtre, nicio cerere nu așteaptă decizia dvs.
queue-none-decided = Nicio cerere soluționată nu corespunde acestor filtre.
# $count: how many requests (1 or more); $shown: the same number as written for the reader.
queue-on-this-page = { $count ->
        [one] { $shown } cerere pe această pagină.
        [few] { $shown } cereri pe această pagină.
       *[other] { $shown } de cereri pe această pagină.
    }

## The filters of the queue.

queue-filter-form-label = Filtrați cererile
queue-filter-role = Rol
queue-filter-any-role = Orice rol
queue-filter-country = Țară
queue-filter-organisation = Organizație
queue-filter-organisation-hint = Este suficientă o parte din denumire; majusculele și diacriticele nu contează.
queue-filter-age = Vechimea cererii
queue-filter-any-age = Orice vechime
# $days: at least how many days old.
queue-filter-age-at-least = { $days ->
        [one] Cel puțin { $days } zi
        [few] Cel puțin { $days } zile
       *[other] Cel puțin { $days } de zile
    }
queue-filter-order = Ordine
queue-filter-newest-first = Cele mai noi mai întâi
queue-filter-oldest-first = Cele mai vechi mai întâi
queue-filter-apply = Aplicați filtrele
queue-filter-clear = Ștergeți filtrele

## Deciding the ticked requests at once.

queue-bulk-label = Cererile selectate
queue-bulk-accept = Acceptați cererile selectate
queue-bulk-reject = Respingeți cererile selectate
queue-bulk-none-selected = Bifați cererile pentru a accepta sau a respinge mai multe deodată.
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-selected = { $count ->
        [one] { $shown } cerere selectată.
        [few] { $shown } cereri selectate.
       *[other] { $shown } de cereri selectate.
    }
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-confirm-rejection = { $count ->
        [one] Confirmați respingerea cererii selectate
        [few] Confirmați respingerea celor { $shown } cereri selectate
       *[other] Confirmați respingerea celor { $shown } de cereri selectate
    }
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-reason-label = { $count ->
        [one] Motivul respingerii cererii selectate
        [few] Motivul respingerii celor { $shown } cereri selectate
       *[other] Motivul respingerii celor { $shown } de cereri selectate
    }

## The table of the queue.

queue-table-pending = Cereri în așteptare din domeniul dvs. de competență
queue-table-decided = Cereri soluționate din domeniul dvs. de competență
queue-select-all = Selectați toate cererile de pe această pagină
# $id: the request's number.
queue-select-request = Selectați cererea { $id }
queue-column-request = Cerere
queue-column-person = Persoană
queue-column-organisation = Organizație
queue-column-role = Rol
queue-column-country = Țară
queue-column-sent = Trimisă
queue-column-status = Stare
queue-column-decision = Decizie
queue-accept = Acceptați
queue-reject = Respingeți
# The badge of an operator created by the requester and not yet checked.
queue-new-operator = Nou
queue-new-operator-title = Acceptarea validează și operatorul
queue-first-page = Prima pagină
queue-next-page = Pagina următoare

## The keyboard shortcuts: the keys (j, k, o, x, a, r, Enter, the arrows) stay as they are.

queue-shortcuts-title = Comenzi rapide de la tastatură
queue-shortcuts-hint = Funcționează atunci când cursorul nu se află într-un câmp de text.
queue-shortcut-next-keys = j sau ↓
queue-shortcut-next = Cererea următoare
queue-shortcut-previous-keys = k sau ↑
queue-shortcut-previous = Cererea anterioară
queue-shortcut-open-keys = Enter sau o
queue-shortcut-open = Deschideți cererea
queue-shortcut-tick-keys = x
queue-shortcut-tick = Bifați sau debifați cererea
queue-shortcut-accept-keys = a
queue-shortcut-accept = Acceptați cererea
queue-shortcut-reject-keys = r
queue-shortcut-reject = Respingeți cererea (deschide câmpul pentru motiv)

## One request's page.

queue-detail-back = Înapoi la lista de așteptare
queue-detail-loading = Se încarcă cererea…
queue-detail-status = Stare:
# Followed by the moment of the decision. $person: who decided (name and e-mail).
queue-detail-decided-by-on = de către { $person }, la
# Followed by the moment of the decision.
queue-detail-decided-on = la
queue-detail-rejection-reason = Motivul respingerii
queue-detail-person-title = Persoana
queue-detail-person-name = Nume (EU Login)
queue-detail-person-email = E-mail (EU Login)
queue-detail-post-title = Postul solicitat
queue-detail-role = Rol
queue-detail-scope = Acoperire (țară)
queue-detail-sent = Trimisă
queue-detail-organisation-title = Organizația
queue-detail-new-operator = Acest operator are starea „Nou”.
queue-detail-new-operator-explained = Solicitantul l-a creat și nimeni nu l-a verificat încă. Acceptarea acestei cereri validează și operatorul (starea sa devine „Valabil”); respingerea cererii respinge și operatorul, dacă nimeni altcineva nu solicită să i se alăture.
queue-detail-organisation-name = Denumire
queue-detail-organisation-kind = Tip
queue-detail-organisation-status = Stare
queue-detail-organisation-country = Țară
queue-detail-authority-role = Rolul autorității
queue-detail-control-body-code = Codul organismului de control
queue-detail-section = Secțiune
queue-detail-activity = Tip de activitate
queue-detail-address = Adresă
queue-detail-eori = Număr EORI
queue-detail-phone = Telefon
queue-detail-fax = Fax
queue-detail-email = E-mail
queue-detail-website = Site web
queue-detail-request-title = Din cerere
queue-detail-additional-info = Informații suplimentare
queue-detail-contact-email = E-mail de contact
queue-detail-contact-phone = Telefon de contact
queue-detail-none-given = Nespecificat
queue-organisation-status-new = Nou (creat de solicitant, neverificat încă)
queue-organisation-status-valid = Valabil
queue-organisation-status-rejected = Respins
queue-organisation-status-inactive = Inactiv
queue-detail-decide-title = Decizia dvs.
queue-detail-sending = Se trimite…
queue-detail-admin-title = Administrator
queue-detail-admin-label = Administrator al organizației
# $organisation: the organisation's name.
queue-detail-admin-hint = Un administrator al organizației { $organisation } acceptă sau respinge cererile de alăturare la aceasta.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-granted = { $person } este acum administrator al organizației { $organisation }.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-removed = { $person } nu mai este administrator al organizației { $organisation }.

## The history of a request (also the "action" column of the decision history's CSV file).

queue-history-title = Istoricul cererii
# $id: the request's number.
queue-history-caption = Istoricul cererii { $id }
queue-history-when = Când
queue-history-who = Cine
queue-history-what = Ce
queue-history-change = Modificare
queue-history-reason = Motiv sau notă
queue-audit-request-created = Cerere trimisă
queue-audit-request-cancelled = Cerere anulată de solicitant
queue-audit-request-accepted = Cerere acceptată
queue-audit-request-rejected = Cerere respinsă
queue-audit-admin-granted = Calitate de administrator acordată
queue-audit-admin-removed = Calitate de administrator retrasă
queue-audit-operator-validated = Operator validat (Nou → Valabil)
queue-audit-operator-rejected = Operator respins (Nou → Respins)
queue-audit-commission-granted = Utilizator al Comisiei creat

## The links of the CSV exports.


## The notifications page.

queue-notifications-title = Notificări
queue-notifications-mark-all-read = Marcați toate ca citite
queue-notifications-all-read = Toate notificările sunt marcate ca citite.
queue-notifications-none = Nu aveți încă notificări în acest mediu.
queue-notifications-loading = Se încarcă notificările dvs.…
queue-notifications-unread-none = Nicio notificare necitită.
# $count: how many notifications are unread (1 or more); $shown: the same number as written for the reader.
queue-notifications-unread = { $count ->
        [one] { $shown } notificare necitită.
        [few] { $shown } notificări necitite.
       *[other] { $shown } de notificări necitite.
    }
queue-notification-unread = Necitită
# $id: the request's number.
queue-notification-open-request = Deschideți cererea { $id }
# $id: the request's number.
queue-notification-see-in-profile = Vedeți cererea { $id } în profilul dvs.
queue-history-system = Sistem
