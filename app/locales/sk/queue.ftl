## Step 3 of the letter: the queue of requests to decide, one request's page, the
## notifications. Request numbers ($id) are identifiers: shown as they are, never grouped.

# $id: the request's number.
queue-request = Žiadosť { $id }
# $id: the request's number.
queue-decided-accepted = Žiadosť { $id } bola prijatá.
# $id: the request's number.
queue-decided-rejected = Žiadosť { $id } bola zamietnutá.
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-accepted = { $count ->
    [one] Prijatá { $shown } žiadosť: { $ids }.
    [few] Prijaté { $shown } žiadosti: { $ids }.
    [many] Prijatých { $shown } žiadosti: { $ids }.
   *[other] Prijatých { $shown } žiadostí: { $ids }.
}
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-rejected = { $count ->
    [one] Zamietnutá { $shown } žiadosť: { $ids }.
    [few] Zamietnuté { $shown } žiadosti: { $ids }.
    [many] Zamietnutých { $shown } žiadosti: { $ids }.
   *[other] Zamietnutých { $shown } žiadostí: { $ids }.
}
# $id: the request's number.
queue-accept-request = Prijať žiadosť { $id }
# $id: the request's number.
queue-reject-request = Zamietnuť žiadosť { $id }
# $id: the request's number.
queue-confirm-rejection = Potvrdiť zamietnutie žiadosti { $id }

## The reason of a rejection.

queue-reason-label = Dôvod zamietnutia
queue-reason-hint = Potrebný na zamietnutie. Žiadateľ si ho prečíta v profile a v e-maile: uveďte, čo je nesprávne a čo má urobiť.
queue-reason-cancel = Nezamietnuť

## Someone who decides nothing opens the queue (the words of the letter).

queue-no-scope = V tejto inštancii nemáte žiadne žiadosti na rozhodnutie.
queue-no-scope-who-decides = O žiadostiach rozhoduje vnútroštátny orgán (ústredný príslušný orgán) danej krajiny, administrátori organizácie a Komisia.
queue-no-scope-letter = Ak ste prevádzkovateľ alebo kontrolný subjekt/orgán, Vašu žiadosť vybaví (prijme alebo zamietne) Váš vnútroštátny orgán alebo administrátor vo Vašej organizácii. Ak ste vnútroštátny orgán, Vašu žiadosť vybaví (prijme alebo zamietne) Komisia alebo administrátor vo Vašej organizácii.

## The queue page.

queue-title = Žiadosti na rozhodnutie
queue-lead-pending = Žiadosti vo Vašej pôsobnosti, ktoré čakajú na rozhodnutie. Otvorte žiadosť a uvidíte osobu, organizáciu a históriu, alebo ju prijmite či zamietnite priamo tu.
queue-lead-decided = História rozhodnutí: žiadosti vo Vašej pôsobnosti, ktoré boli prijaté, zamietnuté, zrušené alebo odvolané.
queue-tabs-label = Ktoré žiadosti
queue-tab-pending = Čakajúce žiadosti
queue-tab-decided = História rozhodnutí
queue-export-list = Exportovať tento zoznam (CSV)
queue-export-decisions = Exportovať históriu rozhodnutí (CSV)
queue-loading = Načítavajú sa žiadosti…
queue-none-pending = S týmito filtrami nečaká na Vaše rozhodnutie žiadna žiadosť.
queue-none-decided = Týmto filtrom nezodpovedá žiadna rozhodnutá žiadosť.
# $count: how many requests (1 or more); $shown: the same number as written for the reader.
queue-on-this-page = { $count ->
    [one] { $shown } žiadosť na tejto stránke.
    [few] { $shown } žiadosti na tejto stránke.
    [many] { $shown } žiadosti na tejto stránke.
   *[other] { $shown } žiadostí na tejto stránke.
}

## The filters of the queue.

queue-filter-form-label = Filtrovať žiadosti
queue-filter-role = Rola
queue-filter-any-role = Akákoľvek rola
queue-filter-country = Krajina
queue-filter-organisation = Organizácia
queue-filter-organisation-hint = Stačí časť názvu; na veľkých písmenách a diakritike nezáleží.
queue-filter-age = Vek žiadosti
queue-filter-any-age = Akýkoľvek vek
# $days: at least how many days old.
queue-filter-age-at-least = { $days ->
    [one] Najmenej { $days } deň
    [few] Najmenej { $days } dni
    [many] Najmenej { $days } dňa
   *[other] Najmenej { $days } dní
}
queue-filter-order = Poradie
queue-filter-newest-first = Od najnovších
queue-filter-oldest-first = Od najstarších
queue-filter-apply = Použiť filtre
queue-filter-clear = Vymazať filtre

## Deciding the ticked requests at once.

queue-bulk-label = Vybraté žiadosti
queue-bulk-accept = Prijať vybraté
queue-bulk-reject = Zamietnuť vybraté
queue-bulk-none-selected = Začiarknite žiadosti, ktoré chcete prijať alebo zamietnuť naraz.
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-selected = { $count ->
    [one] Vybratá { $shown } žiadosť.
    [few] Vybraté { $shown } žiadosti.
    [many] Vybratých { $shown } žiadosti.
   *[other] Vybratých { $shown } žiadostí.
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-confirm-rejection = { $count ->
    [one] Potvrdiť zamietnutie vybratej žiadosti
    [few] Potvrdiť zamietnutie { $shown } vybratých žiadostí
    [many] Potvrdiť zamietnutie { $shown } vybratej žiadosti
   *[other] Potvrdiť zamietnutie { $shown } vybratých žiadostí
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-reason-label = { $count ->
    [one] Dôvod zamietnutia vybratej žiadosti
    [few] Dôvod zamietnutia { $shown } vybratých žiadostí
    [many] Dôvod zamietnutia { $shown } vybratej žiadosti
   *[other] Dôvod zamietnutia { $shown } vybratých žiadostí
}

## The table of the queue.

queue-table-pending = Čakajúce žiadosti vo Vašej pôsobnosti
queue-table-decided = Rozhodnuté žiadosti vo Vašej pôsobnosti
queue-select-all = Vybrať všetky žiadosti na tejto stránke
# $id: the request's number.
queue-select-request = Vybrať žiadosť { $id }
queue-column-request = Žiadosť
queue-column-person = Osoba
queue-column-organisation = Organizácia
queue-column-role = Rola
queue-column-country = Krajina
queue-column-sent = Odoslané
queue-column-status = Stav
queue-column-decision = Rozhodnutie
queue-accept = Prijať
queue-reject = Zamietnuť
# The badge of an operator created by the requester and not yet checked.
queue-new-operator = Nová
queue-new-operator-title = Prijatím sa overí aj prevádzkovateľ
queue-first-page = Prvá stránka
queue-next-page = Ďalšia stránka

## The keyboard shortcuts: the keys (j, k, o, x, a, r, Enter, the arrows) stay as they are.

queue-shortcuts-title = Klávesové skratky
queue-shortcuts-hint = Fungujú, keď kurzor nie je v textovom poli.
queue-shortcut-next-keys = j alebo ↓
queue-shortcut-next = Ďalšia žiadosť
queue-shortcut-previous-keys = k alebo ↑
queue-shortcut-previous = Predchádzajúca žiadosť
queue-shortcut-open-keys = Enter alebo o
queue-shortcut-open = Otvoriť žiadosť
queue-shortcut-tick-keys = x
queue-shortcut-tick = Začiarknuť alebo zrušiť začiarknutie žiadosti
queue-shortcut-accept-keys = a
queue-shortcut-accept = Prijať žiadosť
queue-shortcut-reject-keys = r
queue-shortcut-reject = Zamietnuť žiadosť (otvorí pole pre dôvod)

## One request's page.

queue-detail-back = Späť do zoznamu
queue-detail-loading = Načítava sa žiadosť…
queue-detail-status = Stav:
# Followed by the moment of the decision. $person: who decided (name and e-mail).
queue-detail-decided-by-on = – rozhodnutie: { $person }, dňa
# Followed by the moment of the decision.
queue-detail-decided-on = dňa
queue-detail-rejection-reason = Dôvod zamietnutia
queue-detail-person-title = Osoba
queue-detail-person-name = Meno (EU Login)
queue-detail-person-email = E-mail (EU Login)
queue-detail-post-title = Požadovaná pozícia
queue-detail-role = Rola
queue-detail-scope = Rozsah (krajina)
queue-detail-sent = Odoslané
queue-detail-organisation-title = Organizácia
queue-detail-new-operator = Tento prevádzkovateľ je v stave „Nová“.
queue-detail-new-operator-explained = Vytvoril ho žiadateľ a zatiaľ ho nikto neskontroloval. Prijatím tejto žiadosti sa overí aj prevádzkovateľ (jeho stav sa zmení na „Platná“); zamietnutím sa prevádzkovateľ zamietne, ak o pripojenie k nemu nežiada nikto iný.
queue-detail-organisation-name = Názov
queue-detail-organisation-kind = Druh
queue-detail-organisation-status = Stav
queue-detail-organisation-country = Krajina
queue-detail-authority-role = Rola orgánu
queue-detail-control-body-code = Kód kontrolného subjektu
queue-detail-section = Sekcia
queue-detail-activity = Druh činnosti
queue-detail-address = Adresa
queue-detail-eori = Číslo EORI
queue-detail-phone = Telefón
queue-detail-fax = Fax
queue-detail-email = E-mail
queue-detail-website = Webová stránka
queue-detail-request-title = Zo žiadosti
queue-detail-additional-info = Doplňujúce informácie
queue-detail-contact-email = Kontaktný e-mail
queue-detail-contact-phone = Kontaktný telefón
queue-detail-none-given = Neuvedené
queue-organisation-status-new = Nová (vytvorená žiadateľom, zatiaľ neskontrolovaná)
queue-organisation-status-valid = Platná
queue-organisation-status-rejected = Zamietnutá
queue-organisation-status-inactive = Neaktívna
queue-detail-decide-title = Vaše rozhodnutie
queue-detail-sending = Odosiela sa…
queue-detail-admin-title = Administrátor
queue-detail-admin-label = Administrátor organizácie
# $organisation: the organisation's name.
queue-detail-admin-hint = Administrátor organizácie { $organisation } prijíma alebo zamieta žiadosti o pripojenie k nej.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-granted = { $person } je teraz administrátorom organizácie { $organisation }.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-removed = { $person } už nie je administrátorom organizácie { $organisation }.

## The history of a request (also the "action" column of the decision history's CSV file).

queue-history-title = História žiadosti
# $id: the request's number.
queue-history-caption = História žiadosti { $id }
queue-history-when = Kedy
queue-history-who = Kto
queue-history-what = Čo
queue-history-change = Zmena
queue-history-reason = Dôvod alebo poznámka
queue-audit-request-created = Žiadosť odoslaná
queue-audit-request-cancelled = Žiadosť zrušená žiadateľom
queue-audit-request-accepted = Žiadosť prijatá
queue-audit-request-rejected = Žiadosť zamietnutá
queue-audit-admin-granted = Udelené oprávnenie administrátora
queue-audit-admin-removed = Odobraté oprávnenie administrátora
queue-audit-operator-validated = Prevádzkovateľ overený (Nová → Platná)
queue-audit-operator-rejected = Prevádzkovateľ zamietnutý (Nová → Zamietnutá)
queue-audit-commission-granted = Vytvorený používateľ Komisie

## The links of the CSV exports.


## The notifications page.

queue-notifications-title = Oznámenia
queue-notifications-mark-all-read = Označiť všetko ako prečítané
queue-notifications-all-read = Všetky oznámenia sú označené ako prečítané.
queue-notifications-none = V tejto inštancii zatiaľ nemáte žiadne oznámenia.
queue-notifications-loading = Načítavajú sa oznámenia…
queue-notifications-unread-none = Žiadne neprečítané oznámenie.
# $count: how many notifications are unread (1 or more); $shown: the same number as written for the reader.
queue-notifications-unread = { $count ->
    [one] { $shown } neprečítané oznámenie.
    [few] { $shown } neprečítané oznámenia.
    [many] { $shown } neprečítaného oznámenia.
   *[other] { $shown } neprečítaných oznámení.
}
queue-notification-unread = Neprečítané
# $id: the request's number.
queue-notification-open-request = Otvoriť žiadosť { $id }
# $id: the request's number.
queue-notification-see-in-profile = Zobraziť žiadosť { $id } v mojom profile
queue-history-system = Systém
