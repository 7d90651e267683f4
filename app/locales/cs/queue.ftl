## Step 3 of the letter: the queue of requests to decide, one request's page, the
## notifications. Request numbers ($id) are identifiers: shown as they are, never grouped.

# $id: the request's number.
queue-request = Žádost { $id }
# $id: the request's number.
queue-decided-accepted = Žádost { $id } byla přijata.
# $id: the request's number.
queue-decided-rejected = Žádost { $id } byla zamítnuta.
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-accepted = { $count ->
    [one] Přijata { $shown } žádost: { $ids }.
    [few] Přijaty { $shown } žádosti: { $ids }.
    [many] Přijato { $shown } žádosti: { $ids }.
   *[other] Přijato { $shown } žádostí: { $ids }.
}
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-rejected = { $count ->
    [one] Zamítnuta { $shown } žádost: { $ids }.
    [few] Zamítnuty { $shown } žádosti: { $ids }.
    [many] Zamítnuto { $shown } žádosti: { $ids }.
   *[other] Zamítnuto { $shown } žádostí: { $ids }.
}
# $id: the request's number.
queue-accept-request = Přijmout žádost { $id }
# $id: the request's number.
queue-reject-request = Zamítnout žádost { $id }
# $id: the request's number.
queue-confirm-rejection = Potvrdit zamítnutí žádosti { $id }

## The reason of a rejection.

queue-reason-label = Důvod zamítnutí
queue-reason-hint = Nutný pro zamítnutí. Žadatel si ho přečte v profilu a v e-mailu: uveďte, co je špatně a co má udělat.
queue-reason-cancel = Nezamítat

## Someone who decides nothing opens the queue (the words of the letter).

queue-no-scope = V této instanci nemáte žádné žádosti k rozhodnutí.
queue-no-scope-who-decides = O žádostech rozhoduje vnitrostátní orgán (ústřední příslušný orgán) dané země, administrátoři organizace a Komise.
queue-no-scope-letter = Pokud jste provozovatel nebo kontrolní subjekt/orgán, Vaši žádost vyřídí (přijme nebo zamítne) Váš vnitrostátní orgán nebo administrátor ve Vaší organizaci. Pokud jste vnitrostátní orgán, Vaši žádost vyřídí (přijme nebo zamítne) Komise nebo administrátor ve Vaší organizaci.

## The queue page.

queue-title = Žádosti k rozhodnutí
queue-lead-pending = Žádosti ve Vaší působnosti, které čekají na rozhodnutí. Otevřete žádost a uvidíte osobu, organizaci a historii, nebo ji přijměte či zamítněte přímo zde.
queue-lead-decided = Historie rozhodnutí: žádosti ve Vaší působnosti, které byly přijaty, zamítnuty, zrušeny nebo odvolány.
queue-tabs-label = Které žádosti
queue-tab-pending = Čekající žádosti
queue-tab-decided = Historie rozhodnutí
queue-export-list = Exportovat tento seznam (CSV)
queue-export-decisions = Exportovat historii rozhodnutí (CSV)
queue-loading = Načítání žádostí…
queue-none-pending = S těmito filtry na Vaše rozhodnutí nečeká žádná žádost.
queue-none-decided = Těmto filtrům neodpovídá žádná rozhodnutá žádost.
# $count: how many requests (1 or more); $shown: the same number as written for the reader.
queue-on-this-page = { $count ->
    [one] { $shown } žádost na této stránce.
    [few] { $shown } žádosti na této stránce.
    [many] { $shown } žádosti na této stránce.
   *[other] { $shown } žádostí na této stránce.
}

## The filters of the queue.

queue-filter-form-label = Filtrovat žádosti
queue-filter-role = Role
queue-filter-any-role = Jakákoli role
queue-filter-country = Země
queue-filter-organisation = Organizace
queue-filter-organisation-hint = Stačí část názvu; na velkých písmenech a diakritice nezáleží.
queue-filter-age = Stáří žádosti
queue-filter-any-age = Jakékoli stáří
# $days: at least how many days old.
queue-filter-age-at-least = { $days ->
    [one] Nejméně { $days } den
    [few] Nejméně { $days } dny
    [many] Nejméně { $days } dne
   *[other] Nejméně { $days } dní
}
queue-filter-order = Řazení
queue-filter-newest-first = Od nejnovějších
queue-filter-oldest-first = Od nejstarších
queue-filter-apply = Použít filtry
queue-filter-clear = Vymazat filtry

## Deciding the ticked requests at once.

queue-bulk-label = Vybrané žádosti
queue-bulk-accept = Přijmout vybrané
queue-bulk-reject = Zamítnout vybrané
queue-bulk-none-selected = Zaškrtněte žádosti, které chcete přijmout nebo zamítnout najednou.
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-selected = { $count ->
    [one] Vybrána { $shown } žádost.
    [few] Vybrány { $shown } žádosti.
    [many] Vybráno { $shown } žádosti.
   *[other] Vybráno { $shown } žádostí.
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-confirm-rejection = { $count ->
    [one] Potvrdit zamítnutí vybrané žádosti
    [few] Potvrdit zamítnutí { $shown } vybraných žádostí
    [many] Potvrdit zamítnutí { $shown } vybrané žádosti
   *[other] Potvrdit zamítnutí { $shown } vybraných žádostí
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-reason-label = { $count ->
    [one] Důvod zamítnutí vybrané žádosti
    [few] Důvod zamítnutí { $shown } vybraných žádostí
    [many] Důvod zamítnutí { $shown } vybrané žádosti
   *[other] Důvod zamítnutí { $shown } vybraných žádostí
}

## The table of the queue.

queue-table-pending = Čekající žádosti ve Vaší působnosti
queue-table-decided = Rozhodnuté žádosti ve Vaší působnosti
queue-select-all = Vybrat všechny žádosti na této stránce
# $id: the request's number.
queue-select-request = Vybrat žádost { $id }
queue-column-request = Žádost
queue-column-person = Osoba
queue-column-organisation = Organizace
queue-column-role = Role
queue-column-country = Země
queue-column-sent = Odesláno
queue-column-status = Stav
queue-column-decision = Rozhodnutí
queue-accept = Přijmout
queue-reject = Zamítnout
# The badge of an operator created by the requester and not yet checked.
queue-new-operator = Nová
queue-new-operator-title = Přijetím se ověří i provozovatel
queue-first-page = První stránka
queue-next-page = Další stránka

## The keyboard shortcuts: the keys (j, k, o, x, a, r, Enter, the arrows) stay as they are.

queue-shortcuts-title = Klávesové zkratky
queue-shortcuts-hint = Fungují, pokud kurzor není v textovém poli.
queue-shortcut-next-keys = j nebo ↓
queue-shortcut-next = Další žádost
queue-shortcut-previous-keys = k nebo ↑
queue-shortcut-previous = Předchozí žádost
queue-shortcut-open-keys = Enter nebo o
queue-shortcut-open = Otevřít žádost
queue-shortcut-tick-keys = x
queue-shortcut-tick = Zaškrtnout nebo odškrtnout žádost
queue-shortcut-accept-keys = a
queue-shortcut-accept = Přijmout žádost
queue-shortcut-reject-keys = r
queue-shortcut-reject = Zamítnout žádost (otevře pole pro důvod)

## One request's page.

queue-detail-back = Zpět do fronty
queue-detail-loading = Načítání žádosti…
queue-detail-status = Stav:
# Followed by the moment of the decision. $person: who decided (name and e-mail).
queue-detail-decided-by-on = – rozhodnutí: { $person }, dne
# Followed by the moment of the decision.
queue-detail-decided-on = dne
queue-detail-rejection-reason = Důvod zamítnutí
queue-detail-person-title = Osoba
queue-detail-person-name = Jméno (EU Login)
queue-detail-person-email = E-mail (EU Login)
queue-detail-post-title = Požadovaná pozice
queue-detail-role = Role
queue-detail-scope = Rozsah (země)
queue-detail-sent = Odesláno
queue-detail-organisation-title = Organizace
queue-detail-new-operator = Tento provozovatel je ve stavu „Nová“.
queue-detail-new-operator-explained = Vytvořil ho žadatel a zatím ho nikdo nezkontroloval. Přijetím této žádosti se ověří i provozovatel (jeho stav se změní na „Platná“); zamítnutím se provozovatel zamítne, pokud o připojení k němu nežádá nikdo další.
queue-detail-organisation-name = Název
queue-detail-organisation-kind = Druh
queue-detail-organisation-status = Stav
queue-detail-organisation-country = Země
queue-detail-authority-role = Role orgánu
queue-detail-control-body-code = Kód kontrolního subjektu
queue-detail-section = Sekce
queue-detail-activity = Druh činnosti
queue-detail-address = Adresa
queue-detail-eori = Číslo EORI
queue-detail-phone = Telefon
queue-detail-fax = Fax
queue-detail-email = E-mail
queue-detail-website = Webové stránky
queue-detail-request-title = Ze žádosti
queue-detail-additional-info = Doplňující informace
queue-detail-contact-email = Kontaktní e-mail
queue-detail-contact-phone = Kontaktní telefon
queue-detail-none-given = Neuvedeno
queue-organisation-status-new = Nová (vytvořená žadatelem, dosud nezkontrolovaná)
queue-organisation-status-valid = Platná
queue-organisation-status-rejected = Zamítnutá
queue-organisation-status-inactive = Neaktivní
queue-detail-decide-title = Vaše rozhodnutí
queue-detail-sending = Odesílání…
queue-detail-admin-title = Administrátor
queue-detail-admin-label = Administrátor organizace
# $organisation: the organisation's name.
queue-detail-admin-hint = Administrátor organizace { $organisation } přijímá nebo zamítá žádosti o připojení k ní.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-granted = { $person } je nyní administrátorem organizace { $organisation }.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-removed = { $person } již není administrátorem organizace { $organisation }.

## The history of a request (also the "action" column of the decision history's CSV file).

queue-history-title = Historie žádosti
# $id: the request's number.
queue-history-caption = Historie žádosti { $id }
queue-history-when = Kdy
queue-history-who = Kdo
queue-history-what = Co
queue-history-change = Změna
queue-history-reason = Důvod nebo poznámka
queue-audit-request-created = Žádost odeslána
queue-audit-request-cancelled = Žádost zrušena žadatelem
queue-audit-request-accepted = Žádost přijata
queue-audit-request-rejected = Žádost zamítnuta
queue-audit-admin-granted = Uděleno oprávnění administrátora
queue-audit-admin-removed = Odebráno oprávnění administrátora
queue-audit-operator-validated = Provozovatel ověřen (Nová → Platná)
queue-audit-operator-rejected = Provozovatel zamítnut (Nová → Zamítnutá)
queue-audit-commission-granted = Vytvořen uživatel Komise

## The links of the CSV exports.


## The notifications page.

queue-notifications-title = Oznámení
queue-notifications-mark-all-read = Označit vše jako přečtené
queue-notifications-all-read = Všechna oznámení jsou označena jako přečtená.
queue-notifications-none = V této instanci zatím nemáte žádná oznámení.
queue-notifications-loading = Načítání oznámení…
queue-notifications-unread-none = Žádné nepřečtené oznámení.
# $count: how many notifications are unread (1 or more); $shown: the same number as written for the reader.
queue-notifications-unread = { $count ->
    [one] { $shown } nepřečtené oznámení.
    [few] { $shown } nepřečtená oznámení.
    [many] { $shown } nepřečteného oznámení.
   *[other] { $shown } nepřečtených oznámení.
}
queue-notification-unread = Nepřečtené
# $id: the request's number.
queue-notification-open-request = Otevřít žádost { $id }
# $id: the request's number.
queue-notification-see-in-profile = Zobrazit žádost { $id } v mém profilu
queue-history-system = Systém
