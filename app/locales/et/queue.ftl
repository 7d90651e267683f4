## Step 3 of the letter: the queue of requests to decide, one request's page, the
## notifications. Request numbers ($id) are identifiers: shown as they are, never grouped.

# $id: the request's number.
queue-request = Taotlus { $id }
# $id: the request's number.
queue-decided-accepted = Taotlus { $id } kiideti heaks.
# $id: the request's number.
queue-decided-rejected = Taotlus { $id } lükati tagasi.
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-accepted =
    { $count ->
        [one] { $shown } taotlus kiideti heaks: { $ids }.
       *[other] { $shown } taotlust kiideti heaks: { $ids }.
    }
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-rejected =
    { $count ->
        [one] { $shown } taotlus lükati tagasi: { $ids }.
       *[other] { $shown } taotlust lükati tagasi: { $ids }.
    }
# $id: the request's number.
queue-accept-request = Kiitke heaks taotlus { $id }
# $id: the request's number.
queue-reject-request = Lükake tagasi taotlus { $id }
# $id: the request's number.
queue-confirm-rejection = Kinnitage taotluse { $id } tagasilükkamine

## The reason of a rejection.

queue-reason-label = Tagasilükkamise põhjus
queue-reason-hint = Tagasilükkamiseks kohustuslik. Taotleja loeb seda oma profiilist ja e-kirjast: kirjutage, mis on valesti ja mida tuleb teha.
queue-reason-cancel = Ärge lükake tagasi

## Someone who decides nothing opens the queue (the words of the letter).

queue-no-scope = Teil ei ole selles keskkonnas otsustamist ootavaid taotlusi.
queue-no-scope-who-decides = Taotluste üle otsustavad riigi riiklik asutus (keskne pädev asutus), organisatsiooni administraatorid ja komisjon.
queue-no-scope-letter = Kui olete ettevõtja või kontrollorgan/kontrolliasutus, haldab (kiidab heaks / lükkab tagasi) teie taotlust teie riiklik asutus või teie organisatsiooni administraator. Kui olete riiklik asutus, haldab (kiidab heaks / lükkab tagasi) teie taotlust komisjon või teie organisatsiooni administraator.

## The queue page.

queue-title = Otsustamist ootavad taotlused
queue-lead-pending = Teie pädevusse kuuluvad taotlused, mis ootavad otsust. Avage taotlus, et näha isikut, organisatsiooni ja selle ajalugu, või kiitke taotlusi heaks ja lükake tagasi otse siin.
queue-lead-decided = Otsuste ajalugu: teie pädevusse kuuluvad taotlused, mis on heaks kiidetud, tagasi lükatud, tühistatud või kehtetuks tunnistatud.
queue-tabs-label = Millised taotlused
queue-tab-pending = Ootel taotlused
queue-tab-decided = Otsuste ajalugu
queue-export-list = Eksportige see loend (CSV)
queue-export-decisions = Eksportige otsuste ajalugu (CSV)
queue-loading = Taotlusi laaditakse…
queue-none-pending = Nende filtritega ei oota ükski taotlus teie otsust.
queue-none-decided = Ükski otsustatud taotlus ei vasta nendele filtritele.
# $count: how many requests (1 or more); $shown: the same number as written for the reader.
queue-on-this-page =
    { $count ->
        [one] { $shown } taotlus sellel leheküljel.
       *[other] { $shown } taotlust sellel leheküljel.
    }

## The filters of the queue.

queue-filter-form-label = Taotluste filtreerimine
queue-filter-role = Roll
queue-filter-any-role = Kõik rollid
queue-filter-country = Riik
queue-filter-organisation = Organisatsioon
queue-filter-organisation-hint = Piisab osast nimest; suur- ja väiketähed ning diakriitilised märgid ei ole olulised.
queue-filter-age = Taotluse vanus
queue-filter-any-age = Mis tahes vanus
# $days: at least how many days old.
queue-filter-age-at-least =
    { $days ->
        [one] Vähemalt { $days } päeva vana
       *[other] Vähemalt { $days } päeva vana
    }
queue-filter-order = Järjestus
queue-filter-newest-first = Uusimad eespool
queue-filter-oldest-first = Vanimad eespool
queue-filter-apply = Rakendage filtrid
queue-filter-clear = Tühjendage filtrid

## Deciding the ticked requests at once.

queue-bulk-label = Valitud taotlused
queue-bulk-accept = Kiitke valitud heaks
queue-bulk-reject = Lükake valitud tagasi
queue-bulk-none-selected = Märkige taotlused, et mitu korraga heaks kiita või tagasi lükata.
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-selected =
    { $count ->
        [one] { $shown } taotlus valitud.
       *[other] { $shown } taotlust valitud.
    }
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-confirm-rejection =
    { $count ->
        [one] Kinnitage valitud taotluse tagasilükkamine
       *[other] Kinnitage { $shown } valitud taotluse tagasilükkamine
    }
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-reason-label =
    { $count ->
        [one] Valitud taotluse tagasilükkamise põhjus
       *[other] { $shown } valitud taotluse tagasilükkamise põhjus
    }

## The table of the queue.

queue-table-pending = Teie pädevusse kuuluvad ootel taotlused
queue-table-decided = Teie pädevusse kuuluvad otsustatud taotlused
queue-select-all = Valige kõik selle lehekülje taotlused
# $id: the request's number.
queue-select-request = Valige taotlus { $id }
queue-column-request = Taotlus
queue-column-person = Isik
queue-column-organisation = Organisatsioon
queue-column-role = Roll
queue-column-country = Riik
queue-column-sent = Saadetud
queue-column-status = Olek
queue-column-decision = Otsus
queue-accept = Kiitke heaks
queue-reject = Lükake tagasi
# The badge of an operator created by the requester and not yet checked.
queue-new-operator = Uus
queue-new-operator-title = Heakskiitmisega kinnitatakse ka ettevõtja
queue-first-page = Esimene lehekülg
queue-next-page = Järgmine lehekülg

## The keyboard shortcuts: the keys (j, k, o, x, a, r, Enter, the arrows) stay as they are.

queue-shortcuts-title = Kiirklahvid
queue-shortcuts-hint = Need toimivad, kui kursor ei ole tekstiväljas.
queue-shortcut-next-keys = j või ↓
queue-shortcut-next = Järgmine taotlus
queue-shortcut-previous-keys = k või ↑
queue-shortcut-previous = Eelmine taotlus
queue-shortcut-open-keys = Enter või o
queue-shortcut-open = Avage taotlus
queue-shortcut-tick-keys = x
queue-shortcut-tick = Märkige taotlus või eemaldage märge
queue-shortcut-accept-keys = a
queue-shortcut-accept = Kiitke taotlus heaks
queue-shortcut-reject-keys = r
queue-shortcut-reject = Lükake taotlus tagasi (avab põhjuse välja)

## One request's page.

queue-detail-back = Tagasi järjekorda
queue-detail-loading = Taotlust laaditakse…
queue-detail-status = Olek:
# Followed by the moment of the decision. $person: who decided (name and e-mail).
queue-detail-decided-by-on = – otsustas { $person }
# Followed by the moment of the decision.
queue-detail-decided-on = – otsustatud
queue-detail-rejection-reason = Tagasilükkamise põhjus
queue-detail-person-title = Isik
queue-detail-person-name = Nimi (EU Login)
queue-detail-person-email = E-post (EU Login)
queue-detail-post-title = Taotletud ametikoht
queue-detail-role = Roll
queue-detail-scope = Ulatus (riik)
queue-detail-sent = Saadetud
queue-detail-organisation-title = Organisatsioon
queue-detail-new-operator = Selle ettevõtja olek on Uus.
queue-detail-new-operator-explained = Taotleja lõi selle ja keegi ei ole seda veel kontrollinud. Selle taotluse heakskiitmisega kinnitatakse ka ettevõtja (selle olekuks saab Kehtiv); tagasilükkamisega lükatakse tagasi ka ettevõtja, kui keegi teine ei taotle sellega liitumist.
queue-detail-organisation-name = Nimi
queue-detail-organisation-kind = Liik
queue-detail-organisation-status = Olek
queue-detail-organisation-country = Riik
queue-detail-authority-role = Asutuse roll
queue-detail-control-body-code = Kontrollorgani kood
queue-detail-section = Jaotis
queue-detail-activity = Tegevuse liik
queue-detail-address = Aadress
queue-detail-eori = EORI number
queue-detail-phone = Telefon
queue-detail-fax = Faks
queue-detail-email = E-post
queue-detail-website = Veebisait
queue-detail-request-title = Taotluse andmed
queue-detail-additional-info = Lisateave
queue-detail-contact-email = Kontakt-e-post
queue-detail-contact-phone = Kontakttelefon
queue-detail-none-given = Ei ole esitatud
queue-organisation-status-new = Uus (taotleja loodud, veel kontrollimata)
queue-organisation-status-valid = Kehtiv
queue-organisation-status-rejected = Tagasi lükatud
queue-organisation-status-inactive = Mitteaktiivne
queue-detail-decide-title = Teie otsus
queue-detail-sending = Saadetakse…
queue-detail-admin-title = Administraator
queue-detail-admin-label = Organisatsiooni administraator
# $organisation: the organisation's name.
queue-detail-admin-hint = Organisatsiooni „{ $organisation }“ administraator kiidab heaks või lükkab tagasi sellega liitumise taotlused.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-granted = { $person } on nüüd organisatsiooni „{ $organisation }“ administraator.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-removed = { $person } ei ole enam organisatsiooni „{ $organisation }“ administraator.

## The history of a request (also the "action" column of the decision history's CSV file).

queue-history-title = Taotluse ajalugu
# $id: the request's number.
queue-history-caption = Taotluse { $id } ajalugu
queue-history-when = Millal
queue-history-who = Kes
queue-history-what = Mis
queue-history-change = Muudatus
queue-history-reason = Põhjus või märkus
queue-audit-request-created = Taotlus saadetud
queue-audit-request-cancelled = Taotleja tühistas taotluse
queue-audit-request-accepted = Taotlus kiideti heaks
queue-audit-request-rejected = Taotlus lükati tagasi
queue-audit-admin-granted = Administraatori õigus antud
queue-audit-admin-removed = Administraatori õigus eemaldatud
queue-audit-operator-validated = Ettevõtja kinnitatud (Uus → Kehtiv)
queue-audit-operator-rejected = Ettevõtja tagasi lükatud (Uus → Tagasi lükatud)
queue-audit-commission-granted = Komisjoni kasutaja loodud

## The links of the CSV exports.


## The notifications page.

queue-notifications-title = Teavitused
queue-notifications-mark-all-read = Märkige kõik loetuks
queue-notifications-all-read = Kõik teavitused on märgitud loetuks.
queue-notifications-none = Teil ei ole selles keskkonnas veel teavitusi.
queue-notifications-loading = Teie teavitusi laaditakse…
queue-notifications-unread-none = Lugemata teavitusi ei ole.
# $count: how many notifications are unread (1 or more); $shown: the same number as written for the reader.
queue-notifications-unread =
    { $count ->
        [one] { $shown } lugemata teavitus.
       *[other] { $shown } lugemata teavitust.
    }
queue-notification-unread = Lugemata
# $id: the request's number.
queue-notification-open-request = Avage taotlus { $id }
# $id: the request's number.
queue-notification-see-in-profile = Vaadake taotlust { $id } oma profiilis
queue-history-system = Süsteem
