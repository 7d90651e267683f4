## Step 3 of the letter: the queue of requests to decide, one request's page, the
## notifications. Request numbers ($id) are identifiers: shown as they are, never grouped.

# $id: the request's number.
queue-request = { $id }. számú kérelem
# $id: the request's number.
queue-decided-accepted = A(z) { $id }. számú kérelem elfogadva.
# $id: the request's number.
queue-decided-rejected = A(z) { $id }. számú kérelem elutasítva.
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-accepted = { $count ->
        [one] { $shown } kérelem elfogadva: { $ids }.
       *[other] { $shown } kérelem elfogadva: { $ids }.
    }
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-rejected = { $count ->
        [one] { $shown } kérelem elutasítva: { $ids }.
       *[other] { $shown } kérelem elutasítva: { $ids }.
    }
# $id: the request's number.
queue-accept-request = A(z) { $id }. számú kérelem elfogadása
# $id: the request's number.
queue-reject-request = A(z) { $id }. számú kérelem elutasítása
# $id: the request's number.
queue-confirm-rejection = A(z) { $id }. számú kérelem elutasításának megerősítése

## The reason of a rejection.

queue-reason-label = Az elutasítás indoklása
queue-reason-hint = Az elutasításhoz szükséges. A kérelmező a profiljában és az e-mailben olvassa el: írja le, mi a probléma, és mit kell tennie.
queue-reason-cancel = Elutasítás megszakítása

## Someone who decides nothing opens the queue (the words of the letter).

queue-no-scope = Ebben a környezetben nincs olyan kérelem, amelyről Önnek kellene döntenie.
queue-no-scope-who-decides = A kérelmekről az adott ország nemzeti hatósága (központi illetékes hatósága), a szervezet adminisztrátorai és a Bizottság döntenek.
queue-no-scope-letter = Ha Ön vállalkozó vagy ellenőrző szerv/hatóság, kérelmét a nemzeti hatóság vagy a szervezetén belüli adminisztrátor kezeli (fogadja el/utasítja el). Ha Ön nemzeti hatóság, kérelmét a Bizottság vagy a szervezetén belüli adminisztrátor kezeli (fogadja el/utasítja el).

## The queue page.

queue-title = Döntésre váró kérelmek
queue-lead-pending = Az Ön hatáskörébe tartozó, döntésre váró kérelmek. Nyisson meg egyet a személy, a szervezet és az előzmények megtekintéséhez, vagy fogadja el, illetve utasítsa el a kérelmeket itt.
queue-lead-decided = A döntési előzmények: az Ön hatáskörébe tartozó elfogadott, elutasított, törölt vagy visszavont kérelmek.
queue-tabs-label = Mely kérelmek
queue-tab-pending = Függőben lévő kérelmek
queue-tab-decided = Döntési előzmények
queue-export-list = A lista exportálása (CSV)
queue-export-decisions = Döntési előzmények exportálása (CSV)
queue-loading = Kérelmek betöltése…
queue-none-pending = Ezekkel a szűrőkkel egyetlen kérelem sem vár az Ön döntésére.
queue-none-decided = Egyetlen eldöntött kérelem sem felel meg ezeknek a szűrőknek.
# $count: how many requests (1 or more); $shown: the same number as written for the reader.
queue-on-this-page = { $count ->
        [one] { $shown } kérelem ezen az oldalon.
       *[other] { $shown } kérelem ezen az oldalon.
    }

## The filters of the queue.

queue-filter-form-label = Kérelmek szűrése
queue-filter-role = Szerepkör
queue-filter-any-role = Bármely szerepkör
queue-filter-country = Ország
queue-filter-organisation = Szervezet
queue-filter-organisation-hint = Elég a név egy része; a kis- és nagybetűk, valamint az ékezetek nem számítanak.
queue-filter-age = A kérelem kora
queue-filter-any-age = Bármilyen korú
# $days: at least how many days old.
queue-filter-age-at-least = { $days ->
        [one] Legalább { $days } napos
       *[other] Legalább { $days } napos
    }
queue-filter-order = Sorrend
queue-filter-newest-first = Legújabbak elöl
queue-filter-oldest-first = Legrégebbiek elöl
queue-filter-apply = Szűrők alkalmazása
queue-filter-clear = Szűrők törlése

## Deciding the ticked requests at once.

queue-bulk-label = Kijelölt kérelmek
queue-bulk-accept = Kijelöltek elfogadása
queue-bulk-reject = Kijelöltek elutasítása
queue-bulk-none-selected = Jelöljön be kérelmeket, hogy egyszerre többet fogadjon el vagy utasítson el.
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-selected = { $count ->
        [one] { $shown } kérelem kijelölve.
       *[other] { $shown } kérelem kijelölve.
    }
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-confirm-rejection = { $count ->
        [one] A kijelölt kérelem elutasításának megerősítése
       *[other] A kijelölt { $shown } kérelem elutasításának megerősítése
    }
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-reason-label = { $count ->
        [one] A kijelölt kérelem elutasításának indoklása
       *[other] A kijelölt { $shown } kérelem elutasításának indoklása
    }

## The table of the queue.

queue-table-pending = Az Ön hatáskörébe tartozó, függőben lévő kérelmek
queue-table-decided = Az Ön hatáskörébe tartozó, eldöntött kérelmek
queue-select-all = Az oldalon lévő összes kérelem kijelölése
# $id: the request's number.
queue-select-request = A(z) { $id }. számú kérelem kijelölése
queue-column-request = Kérelem
queue-column-person = Személy
queue-column-organisation = Szervezet
queue-column-role = Szerepkör
queue-column-country = Ország
queue-column-sent = Elküldve
queue-column-status = Állapot
queue-column-decision = Döntés
queue-accept = Elfogadás
queue-reject = Elutasítás
# The badge of an operator created by the requester and not yet checked.
queue-new-operator = Új
queue-new-operator-title = Az elfogadás a vállalkozót is jóváhagyja
queue-first-page = Első oldal
queue-next-page = Következő oldal

## The keyboard shortcuts: the keys (j, k, o, x, a, r, Enter, the arrows) stay as they are.

queue-shortcuts-title = Billentyűparancsok
queue-shortcuts-hint = Akkor működnek, ha a kurzor nem szövegmezőben van.
queue-shortcut-next-keys = j vagy ↓
queue-shortcut-next = Következő kérelem
queue-shortcut-previous-keys = k vagy ↑
queue-shortcut-previous = Előző kérelem
queue-shortcut-open-keys = Enter vagy o
queue-shortcut-open = A kérelem megnyitása
queue-shortcut-tick-keys = x
queue-shortcut-tick = A kérelem bejelölése vagy a jelölés törlése
queue-shortcut-accept-keys = a
queue-shortcut-accept = A kérelem elfogadása
queue-shortcut-reject-keys = r
queue-shortcut-reject = A kérelem elutasítása (megnyitja az indoklás mezőjét)

## One request's page.

queue-detail-back = Vissza a várólistához
queue-detail-loading = A kérelem betöltése…
queue-detail-status = Állapot:
# Followed by the moment of the decision. $person: who decided (name and e-mail).
queue-detail-decided-by-on = – döntéshozó: { $person }, időpont:
# Followed by the moment of the decision.
queue-detail-decided-on = – időpont:
queue-detail-rejection-reason = Az elutasítás indoklása
queue-detail-person-title = A személy
queue-detail-person-name = Név (EU Login)
queue-detail-person-email = E-mail-cím (EU Login)
queue-detail-post-title = A kért pozíció
queue-detail-role = Szerepkör
queue-detail-scope = Hatókör (ország)
queue-detail-sent = Elküldve
queue-detail-organisation-title = A szervezet
queue-detail-new-operator = A vállalkozó állapota: Új.
queue-detail-new-operator-explained = A kérelmező hozta létre, és még senki sem ellenőrizte. A kérelem elfogadása a vállalkozót is jóváhagyja (állapota Érvényes lesz); elutasítása a vállalkozót is elutasítja, ha senki más nem kéri a hozzá való csatlakozást.
queue-detail-organisation-name = Név
queue-detail-organisation-kind = Típus
queue-detail-organisation-status = Állapot
queue-detail-organisation-country = Ország
queue-detail-authority-role = Hatósági szerepkör
queue-detail-control-body-code = Ellenőrző szerv kódja
queue-detail-section = Szakasz
queue-detail-activity = Tevékenységtípus
queue-detail-address = Cím
queue-detail-eori = EORI-szám
queue-detail-phone = Telefon
queue-detail-fax = Fax
queue-detail-email = E-mail-cím
queue-detail-website = Weboldal
queue-detail-request-title = A kérelemből
queue-detail-additional-info = További információk
queue-detail-contact-email = Kapcsolattartási e-mail-cím
queue-detail-contact-phone = Kapcsolattartási telefonszám
queue-detail-none-given = Nincs megadva
queue-organisation-status-new = Új (a kérelmező hozta létre, még nem ellenőrizték)
queue-organisation-status-valid = Érvényes
queue-organisation-status-rejected = Elutasított
queue-organisation-status-inactive = Inaktív
queue-detail-decide-title = Az Ön döntése
queue-detail-sending = Küldés…
queue-detail-admin-title = Adminisztrátor
queue-detail-admin-label = A szervezet adminisztrátora
# $organisation: the organisation's name.
queue-detail-admin-hint = A(z) { $organisation } szervezet adminisztrátora fogadja el vagy utasítja el a szervezethez való csatlakozási kérelmeket.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-granted = { $person } mostantól a(z) { $organisation } szervezet adminisztrátora.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-removed = { $person } már nem a(z) { $organisation } szervezet adminisztrátora.

## The history of a request (also the "action" column of the decision history's CSV file).

queue-history-title = A kérelem előzményei
# $id: the request's number.
queue-history-caption = A(z) { $id }. számú kérelem előzményei
queue-history-when = Időpont
queue-history-who = Ki
queue-history-what = Mi
queue-history-change = Változás
queue-history-reason = Indoklás vagy megjegyzés
queue-audit-request-created = Kérelem elküldve
queue-audit-request-cancelled = A kérelmező törölte a kérelmet
queue-audit-request-accepted = Kérelem elfogadva
queue-audit-request-rejected = Kérelem elutasítva
queue-audit-admin-granted = Adminisztrátori jogosultság megadva
queue-audit-admin-removed = Adminisztrátori jogosultság visszavonva
queue-audit-operator-validated = Vállalkozó jóváhagyva (Új → Érvényes)
queue-audit-operator-rejected = Vállalkozó elutasítva (Új → Elutasított)
queue-audit-commission-granted = Bizottsági felhasználó létrehozva

## The links of the CSV exports.


## The notifications page.

queue-notifications-title = Értesítések
queue-notifications-mark-all-read = Összes megjelölése olvasottként
queue-notifications-all-read = Minden értesítés olvasottként van megjelölve.
queue-notifications-none = Ebben a környezetben még nincs értesítése.
queue-notifications-loading = Értesítéseinek betöltése…
queue-notifications-unread-none = Nincs olvasatlan értesítés.
# $count: how many notifications are unread (1 or more); $shown: the same number as written for the reader.
queue-notifications-unread = { $count ->
        [one] { $shown } olvasatlan értesítés.
       *[other] { $shown } olvasatlan értesítés.
    }
queue-notification-unread = Olvasatlan
# $id: the request's number.
queue-notification-open-request = A(z) { $id }. számú kérelem megnyitása
# $id: the request's number.
queue-notification-see-in-profile = A(z) { $id }. számú kérelem megtekintése a profilomban
queue-history-system = Rendszer
