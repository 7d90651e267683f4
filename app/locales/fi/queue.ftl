## Step 3 of the letter: the queue of requests to decide, one request's page, the
## notifications. Request numbers ($id) are identifiers: shown as they are, never grouped.

# $id: the request's number.
queue-request = Pyyntö { $id }
# $id: the request's number.
queue-decided-accepted = Pyyntö { $id } hyväksytty.
# $id: the request's number.
queue-decided-rejected = Pyyntö { $id } hylätty.
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-accepted =
    { $count ->
        [one] { $shown } pyyntö hyväksytty: { $ids }.
       *[other] { $shown } pyyntöä hyväksytty: { $ids }.
    }
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-rejected =
    { $count ->
        [one] { $shown } pyyntö hylätty: { $ids }.
       *[other] { $shown } pyyntöä hylätty: { $ids }.
    }
# $id: the request's number.
queue-accept-request = Hyväksy pyyntö { $id }
# $id: the request's number.
queue-reject-request = Hylkää pyyntö { $id }
# $id: the request's number.
queue-confirm-rejection = Vahvista pyynnön { $id } hylkääminen

## The reason of a rejection.

queue-reason-label = Hylkäämisen syy
queue-reason-hint = Pakollinen hylättäessä. Pyynnön esittäjä lukee sen profiilistaan ja sähköpostista: kerro, mikä on vialla ja mitä pitää tehdä.
queue-reason-cancel = Älä hylkää

## Someone who decides nothing opens the queue (the words of the letter).

queue-no-scope = Sinulla ei ole tässä ympäristössä päätettäviä pyyntöjä.
queue-no-scope-who-decides = Pyynnöistä päättävät maan kansallinen viranomainen (toimivaltainen keskusviranomainen), organisaation pääkäyttäjät ja komissio.
queue-no-scope-letter = Jos olet toimija tai valvontaelin/valvontaviranomainen, kansallinen viranomaisesi tai organisaatiosi pääkäyttäjä käsittelee (hyväksyy tai hylkää) pyyntösi. Jos olet kansallinen viranomainen, komissio tai organisaatiosi pääkäyttäjä käsittelee (hyväksyy tai hylkää) pyyntösi.

## The queue page.

queue-title = Päätettävät pyynnöt
queue-lead-pending = Toimivaltaasi kuuluvat pyynnöt, jotka odottavat päätöstä. Avaa pyyntö nähdäksesi henkilön, organisaation ja sen historian, tai hyväksy ja hylkää pyyntöjä suoraan tässä.
queue-lead-decided = Päätöshistoria: toimivaltaasi kuuluvat pyynnöt, jotka on hyväksytty, hylätty, peruttu tai mitätöity.
queue-tabs-label = Mitkä pyynnöt
queue-tab-pending = Käsiteltävänä olevat pyynnöt
queue-tab-decided = Päätöshistoria
queue-export-list = Vie tämä luettelo (CSV)
queue-export-decisions = Vie päätöshistoria (CSV)
queue-loading = Pyyntöjä ladataan…
queue-none-pending = Näillä suodattimilla yksikään pyyntö ei odota päätöstäsi.
queue-none-decided = Yksikään päätetty pyyntö ei vastaa näitä suodattimia.
# $count: how many requests (1 or more); $shown: the same number as written for the reader.
queue-on-this-page =
    { $count ->
        [one] { $shown } pyyntö tällä sivulla.
       *[other] { $shown } pyyntöä tällä sivulla.
    }

## The filters of the queue.

queue-filter-form-label = Suodata pyyntöjä
queue-filter-role = Rooli
queue-filter-any-role = Kaikki roolit
queue-filter-country = Maa
queue-filter-organisation = Organisaatio
queue-filter-organisation-hint = Osa nimestä riittää; isoilla kirjaimilla ja tarkkeilla ei ole merkitystä.
queue-filter-age = Pyynnön ikä
queue-filter-any-age = Mikä tahansa ikä
# $days: at least how many days old.
queue-filter-age-at-least =
    { $days ->
        [one] Vähintään { $days } päivän ikäinen
       *[other] Vähintään { $days } päivän ikäinen
    }
queue-filter-order = Järjestys
queue-filter-newest-first = Uusimmat ensin
queue-filter-oldest-first = Vanhimmat ensin
queue-filter-apply = Käytä suodattimia
queue-filter-clear = Tyhjennä suodattimet

## Deciding the ticked requests at once.

queue-bulk-label = Valitut pyynnöt
queue-bulk-accept = Hyväksy valitut
queue-bulk-reject = Hylkää valitut
queue-bulk-none-selected = Rastita pyynnöt, jos haluat hyväksyä tai hylätä useita kerralla.
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-selected =
    { $count ->
        [one] { $shown } pyyntö valittu.
       *[other] { $shown } pyyntöä valittu.
    }
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-confirm-rejection =
    { $count ->
        [one] Vahvista valitun pyynnön hylkääminen
       *[other] Vahvista { $shown } valitun pyynnön hylkääminen
    }
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-reason-label =
    { $count ->
        [one] Valitun pyynnön hylkäämisen syy
       *[other] { $shown } valitun pyynnön hylkäämisen syy
    }

## The table of the queue.

queue-table-pending = Toimivaltaasi kuuluvat käsiteltävänä olevat pyynnöt
queue-table-decided = Toimivaltaasi kuuluvat päätetyt pyynnöt
queue-select-all = Valitse kaikki tämän sivun pyynnöt
# $id: the request's number.
queue-select-request = Valitse pyyntö { $id }
queue-column-request = Pyyntö
queue-column-person = Henkilö
queue-column-organisation = Organisaatio
queue-column-role = Rooli
queue-column-country = Maa
queue-column-sent = Lähetetty
queue-column-status = Tila
queue-column-decision = Päätös
queue-accept = Hyväksy
queue-reject = Hylkää
# The badge of an operator created by the requester and not yet checked.
queue-new-operator = Uusi
queue-new-operator-title = Hyväksyminen vahvistaa myös toimijan
queue-first-page = Ensimmäinen sivu
queue-next-page = Seuraava sivu

## The keyboard shortcuts: the keys (j, k, o, x, a, r, Enter, the arrows) stay as they are.

queue-shortcuts-title = Pikanäppäimet
queue-shortcuts-hint = Ne toimivat, kun kohdistin ei ole tekstikentässä.
queue-shortcut-next-keys = j tai ↓
queue-shortcut-next = Seuraava pyyntö
queue-shortcut-previous-keys = k tai ↑
queue-shortcut-previous = Edellinen pyyntö
queue-shortcut-open-keys = Enter tai o
queue-shortcut-open = Avaa pyyntö
queue-shortcut-tick-keys = x
queue-shortcut-tick = Rastita pyyntö tai poista rasti
queue-shortcut-accept-keys = a
queue-shortcut-accept = Hyväksy pyyntö
queue-shortcut-reject-keys = r
queue-shortcut-reject = Hylkää pyyntö (avaa syykentän)

## One request's page.

queue-detail-back = Takaisin jonoon
queue-detail-loading = Pyyntöä ladataan…
queue-detail-status = Tila:
# Followed by the moment of the decision. $person: who decided (name and e-mail).
queue-detail-decided-by-on = – päätöksen teki { $person }
# Followed by the moment of the decision.
queue-detail-decided-on = – päätetty
queue-detail-rejection-reason = Hylkäämisen syy
queue-detail-person-title = Henkilö
queue-detail-person-name = Nimi (EU Login)
queue-detail-person-email = Sähköposti (EU Login)
queue-detail-post-title = Pyydetty tehtävä
queue-detail-role = Rooli
queue-detail-scope = Alue (maa)
queue-detail-sent = Lähetetty
queue-detail-organisation-title = Organisaatio
queue-detail-new-operator = Tämän toimijan tila on Uusi.
queue-detail-new-operator-explained = Pyynnön esittäjä loi sen, eikä kukaan ole vielä tarkistanut sitä. Tämän pyynnön hyväksyminen vahvistaa myös toimijan (sen tilaksi tulee Voimassa); hylkääminen hylkää toimijan, jos kukaan muu ei pyydä liittyä siihen.
queue-detail-organisation-name = Nimi
queue-detail-organisation-kind = Laji
queue-detail-organisation-status = Tila
queue-detail-organisation-country = Maa
queue-detail-authority-role = Viranomaisen rooli
queue-detail-control-body-code = Valvontaelimen koodi
queue-detail-section = Osio
queue-detail-activity = Toiminnan laji
queue-detail-address = Osoite
queue-detail-eori = EORI-numero
queue-detail-phone = Puhelin
queue-detail-fax = Faksi
queue-detail-email = Sähköposti
queue-detail-website = Verkkosivusto
queue-detail-request-title = Pyynnön tiedot
queue-detail-additional-info = Lisätietoja
queue-detail-contact-email = Yhteyssähköposti
queue-detail-contact-phone = Yhteyspuhelin
queue-detail-none-given = Ei annettu
queue-organisation-status-new = Uusi (pyynnön esittäjän luoma, ei vielä tarkistettu)
queue-organisation-status-valid = Voimassa
queue-organisation-status-rejected = Hylätty
queue-organisation-status-inactive = Passiivinen
queue-detail-decide-title = Päätöksesi
queue-detail-sending = Lähetetään…
queue-detail-admin-title = Pääkäyttäjä
queue-detail-admin-label = Organisaation pääkäyttäjä
# $organisation: the organisation's name.
queue-detail-admin-hint = Organisaation ”{ $organisation }” pääkäyttäjä hyväksyy tai hylkää pyynnöt liittyä siihen.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-granted = { $person } on nyt organisaation ”{ $organisation }” pääkäyttäjä.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-removed = { $person } ei ole enää organisaation ”{ $organisation }” pääkäyttäjä.

## The history of a request (also the "action" column of the decision history's CSV file).

queue-history-title = Pyynnön historia
# $id: the request's number.
queue-history-caption = Pyynnön { $id } historia
queue-history-when = Milloin
queue-history-who = Kuka
queue-history-what = Mitä
queue-history-change = Muutos
queue-history-reason = Syy tai huomautus
queue-audit-request-created = Pyyntö lähetetty
queue-audit-request-cancelled = Pyynnön esittäjä perui pyynnön
queue-audit-request-accepted = Pyyntö hyväksytty
queue-audit-request-rejected = Pyyntö hylätty
queue-audit-admin-granted = Pääkäyttäjäoikeus myönnetty
queue-audit-admin-removed = Pääkäyttäjäoikeus poistettu
queue-audit-operator-validated = Toimija vahvistettu (Uusi → Voimassa)
queue-audit-operator-rejected = Toimija hylätty (Uusi → Hylätty)
queue-audit-commission-granted = Komission käyttäjä luotu

## The links of the CSV exports.


## The notifications page.

queue-notifications-title = Ilmoitukset
queue-notifications-mark-all-read = Merkitse kaikki luetuiksi
queue-notifications-all-read = Kaikki ilmoitukset on merkitty luetuiksi.
queue-notifications-none = Sinulla ei ole vielä ilmoituksia tässä ympäristössä.
queue-notifications-loading = Ilmoituksiasi ladataan…
queue-notifications-unread-none = Ei lukemattomia ilmoituksia.
# $count: how many notifications are unread (1 or more); $shown: the same number as written for the reader.
queue-notifications-unread =
    { $count ->
        [one] { $shown } lukematon ilmoitus.
       *[other] { $shown } lukematonta ilmoitusta.
    }
queue-notification-unread = Lukematon
# $id: the request's number.
queue-notification-open-request = Avaa pyyntö { $id }
# $id: the request's number.
queue-notification-see-in-profile = Katso pyyntö { $id } profiilissani
queue-history-system = Järjestelmä
