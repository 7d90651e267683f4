## Step 3 of the letter: the queue of requests to decide, one request's page, the
## notifications. Request numbers ($id) are identifiers: shown as they are, never grouped.

# $id: the request's number.
queue-request = Talba { $id }
# $id: the request's number.
queue-decided-accepted = It-talba { $id } ġiet aċċettata.
# $id: the request's number.
queue-decided-rejected = It-talba { $id } ġiet miċħuda.
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-accepted = { $count ->
    [one] { $shown } talba ġiet aċċettata: { $ids }.
    [two] { $shown } talbiet ġew aċċettati: { $ids }.
    [few] { $shown } talbiet ġew aċċettati: { $ids }.
    [many] { $shown } talba ġew aċċettati: { $ids }.
   *[other] { $shown } talba ġew aċċettati: { $ids }.
}
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-rejected = { $count ->
    [one] { $shown } talba ġiet miċħuda: { $ids }.
    [two] { $shown } talbiet ġew miċħuda: { $ids }.
    [few] { $shown } talbiet ġew miċħuda: { $ids }.
    [many] { $shown } talba ġew miċħuda: { $ids }.
   *[other] { $shown } talba ġew miċħuda: { $ids }.
}
# $id: the request's number.
queue-accept-request = Aċċetta t-talba { $id }
# $id: the request's number.
queue-reject-request = Iċħad it-talba { $id }
# $id: the request's number.
queue-confirm-rejection = Ikkonferma ċ-ċaħda tat-talba { $id }

## The reason of a rejection.

queue-reason-label = Raġuni għaċ-ċaħda
queue-reason-hint = Meħtieġa biex tiċħad. Min għamel it-talba jaqraha fil-profil u fl-email: għid x'inhu ħażin u x'għandu jsir.
queue-reason-cancel = Tiċħadx

## Someone who decides nothing opens the queue (the words of the letter).

queue-no-scope = M'għandek l-ebda talba x'tiddeċiedi f'dan l-ambjent.
queue-no-scope-who-decides = It-talbiet jiġu deċiżi mill-Awtorità Nazzjonali (l-Awtorità Kompetenti Ċentrali) tal-pajjiż, mill-Amministraturi tal-organizzazzjoni u mill-Kummissjoni.
queue-no-scope-letter = Jekk inti operatur jew korp/awtorità ta' kontroll, l-Awtorità Nazzjonali tiegħek jew Amministratur fi ħdan l-organizzazzjoni tiegħek se jimmaniġġja (jaċċetta/jiċħad) it-talba tiegħek. Jekk inti Awtorità Nazzjonali, il-Kummissjoni jew Amministratur fi ħdan l-organizzazzjoni tiegħek se jimmaniġġja (jaċċetta/jiċħad) it-talba tiegħek.

## The queue page.

queue-title = Talbiet għad-deċiżjoni
queue-lead-pending = It-talbiet fl-ambitu tiegħek li qed jistennew deċiżjoni. Iftaħ waħda biex tara l-persuna, l-organizzazzjoni u l-istorja tagħha, jew aċċetta u iċħad direttament minn hawn.
queue-lead-decided = L-istorja tad-deċiżjonijiet: it-talbiet fl-ambitu tiegħek li ġew aċċettati, miċħuda, ikkanċellati jew revokati.
queue-tabs-label = Liema talbiet
queue-tab-pending = Talbiet pendenti
queue-tab-decided = Storja tad-deċiżjonijiet
queue-export-list = Esporta din il-lista (CSV)
queue-export-decisions = Esporta l-istorja tad-deċiżjonijiet (CSV)
queue-loading = It-talbiet qed jitgħabbew…
queue-none-pending = B'dawn il-filtri, l-ebda talba ma qed tistenna d-deċiżjoni tiegħek.
queue-none-decided = L-ebda talba deċiża ma taqbel ma' dawn il-filtri.
# $count: how many requests (1 or more); $shown: the same number as written for the reader.
queue-on-this-page = { $count ->
    [one] { $shown } talba f'din il-paġna.
    [two] { $shown } talbiet f'din il-paġna.
    [few] { $shown } talbiet f'din il-paġna.
    [many] { $shown } talba f'din il-paġna.
   *[other] { $shown } talba f'din il-paġna.
}

## The filters of the queue.

queue-filter-form-label = Iffiltra t-talbiet
queue-filter-role = Rwol
queue-filter-any-role = Kwalunkwe rwol
queue-filter-country = Pajjiż
queue-filter-organisation = Organizzazzjoni
queue-filter-organisation-hint = Biżżejjed parti mill-isem; l-ittri kbar u l-aċċenti ma jagħmlux differenza.
queue-filter-age = Età tat-talba
queue-filter-any-age = Kwalunkwe età
# $days: at least how many days old.
queue-filter-age-at-least = { $days ->
    [one] Ta' mill-inqas { $days } jum
    [two] Ta' mill-inqas { $days } jiem
    [few] Ta' mill-inqas { $days } jiem
    [many] Ta' mill-inqas { $days } jum
   *[other] Ta' mill-inqas { $days } jum
}
queue-filter-order = Ordni
queue-filter-newest-first = L-aktar ġodda l-ewwel
queue-filter-oldest-first = L-eqdem l-ewwel
queue-filter-apply = Applika l-filtri
queue-filter-clear = Neħħi l-filtri

## Deciding the ticked requests at once.

queue-bulk-label = Talbiet magħżula
queue-bulk-accept = Aċċetta l-magħżula
queue-bulk-reject = Iċħad il-magħżula
queue-bulk-none-selected = Immarka t-talbiet biex taċċetta jew tiċħad diversi f'daqqa.
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-selected = { $count ->
    [one] { $shown } talba magħżula.
    [two] { $shown } talbiet magħżula.
    [few] { $shown } talbiet magħżula.
    [many] { $shown } talba magħżula.
   *[other] { $shown } talba magħżula.
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-confirm-rejection = { $count ->
    [one] Ikkonferma ċ-ċaħda tat-talba magħżula
    [two] Ikkonferma ċ-ċaħda tat-talbiet magħżula ({ $shown })
    [few] Ikkonferma ċ-ċaħda tat-talbiet magħżula ({ $shown })
    [many] Ikkonferma ċ-ċaħda tat-talbiet magħżula ({ $shown })
   *[other] Ikkonferma ċ-ċaħda tat-talbiet magħżula ({ $shown })
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-reason-label = { $count ->
    [one] Raġuni għaċ-ċaħda tat-talba magħżula
    [two] Raġuni għaċ-ċaħda tat-talbiet magħżula ({ $shown })
    [few] Raġuni għaċ-ċaħda tat-talbiet magħżula ({ $shown })
    [many] Raġuni għaċ-ċaħda tat-talbiet magħżula ({ $shown })
   *[other] Raġuni għaċ-ċaħda tat-talbiet magħżula ({ $shown })
}

## The table of the queue.

queue-table-pending = Talbiet pendenti fl-ambitu tiegħek
queue-table-decided = Talbiet deċiżi fl-ambitu tiegħek
queue-select-all = Agħżel it-talbiet kollha f'din il-paġna
# $id: the request's number.
queue-select-request = Agħżel it-talba { $id }
queue-column-request = Talba
queue-column-person = Persuna
queue-column-organisation = Organizzazzjoni
queue-column-role = Rwol
queue-column-country = Pajjiż
queue-column-sent = Mibgħuta
queue-column-status = Status
queue-column-decision = Deċiżjoni
queue-accept = Aċċetta
queue-reject = Iċħad
# The badge of an operator created by the requester and not yet checked.
queue-new-operator = Ġdid
queue-new-operator-title = L-aċċettazzjoni tivvalida wkoll l-operatur
queue-first-page = L-ewwel paġna
queue-next-page = Il-paġna li jmiss

## The keyboard shortcuts: the keys (j, k, o, x, a, r, Enter, the arrows) stay as they are.

queue-shortcuts-title = Tasti ta' aċċess rapidu
queue-shortcuts-hint = Jaħdmu meta l-kursur ma jkunx f'qasam tat-test.
queue-shortcut-next-keys = j jew ↓
queue-shortcut-next = It-talba li jmiss
queue-shortcut-previous-keys = k jew ↑
queue-shortcut-previous = It-talba ta' qabel
queue-shortcut-open-keys = Enter jew o
queue-shortcut-open = Iftaħ it-talba
queue-shortcut-tick-keys = x
queue-shortcut-tick = Immarka t-talba jew neħħi l-marka
queue-shortcut-accept-keys = a
queue-shortcut-accept = Aċċetta t-talba
queue-shortcut-reject-keys = r
queue-shortcut-reject = Iċħad it-talba (jiftaħ il-qasam tar-raġuni)

## One request's page.

queue-detail-back = Lura għall-kju
queue-detail-loading = It-talba qed titgħabba…
queue-detail-status = Status:
# Followed by the moment of the decision. $person: who decided (name and e-mail).
queue-detail-decided-by-on = minn { $person } fi
# Followed by the moment of the decision.
queue-detail-decided-on = fi
queue-detail-rejection-reason = Raġuni għaċ-ċaħda
queue-detail-person-title = Il-persuna
queue-detail-person-name = Isem (EU Login)
queue-detail-person-email = Email (EU Login)
queue-detail-post-title = Il-kariga mitluba
queue-detail-role = Rwol
queue-detail-scope = Ambitu (pajjiż)
queue-detail-sent = Mibgħuta
queue-detail-organisation-title = L-organizzazzjoni
queue-detail-new-operator = Dan l-operatur huwa Ġdid.
queue-detail-new-operator-explained = Min għamel it-talba ħoloq l-operatur u ħadd għadu ma ċċekkjah. L-aċċettazzjoni ta' din it-talba tivvalida wkoll l-operatur (l-istatus tiegħu jsir Valida); iċ-ċaħda tagħha tiċħad l-operatur jekk ħadd ieħor ma jkun qed jitlob li jingħaqad miegħu.
queue-detail-organisation-name = Isem
queue-detail-organisation-kind = Tip
queue-detail-organisation-status = Status
queue-detail-organisation-country = Pajjiż
queue-detail-authority-role = Rwol tal-awtorità
queue-detail-control-body-code = Kodiċi tal-korp ta' kontroll
queue-detail-section = Taqsima
queue-detail-activity = Tip ta' attività
queue-detail-address = Indirizz
queue-detail-eori = Numru EORI
queue-detail-phone = Telefon
queue-detail-fax = Faks
queue-detail-email = Email
queue-detail-website = Sit web
queue-detail-request-title = Mit-talba
queue-detail-additional-info = Informazzjoni addizzjonali
queue-detail-contact-email = Email ta' kuntatt
queue-detail-contact-phone = Telefon ta' kuntatt
queue-detail-none-given = Ma ngħata xejn
queue-organisation-status-new = Ġdida (maħluqa minn min għamel it-talba, għadha mhix iċċekkjata)
queue-organisation-status-valid = Valida
queue-organisation-status-rejected = Miċħuda
queue-organisation-status-inactive = Inattiva
queue-detail-decide-title = Id-deċiżjoni tiegħek
queue-detail-sending = Qed tintbagħat…
queue-detail-admin-title = Amministratur
queue-detail-admin-label = Amministratur tal-organizzazzjoni
# $organisation: the organisation's name.
queue-detail-admin-hint = Amministratur ta' { $organisation } jaċċetta jew jiċħad it-talbiet ta' sħubija fl-organizzazzjoni.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-granted = Id-drittijiet ta' Amministratur ta' { $organisation } ingħataw lil { $person }.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-removed = Id-drittijiet ta' Amministratur ta' { $organisation } ġew irtirati minn għand { $person }.

## The history of a request (also the "action" column of the decision history's CSV file).

queue-history-title = Storja tat-talba
# $id: the request's number.
queue-history-caption = Storja tat-talba { $id }
queue-history-when = Meta
queue-history-who = Min
queue-history-what = X'ġara
queue-history-change = Bidla
queue-history-reason = Raġuni jew nota
queue-audit-request-created = Talba mibgħuta
queue-audit-request-cancelled = Talba kkanċellata minn min għamilha
queue-audit-request-accepted = Talba aċċettata
queue-audit-request-rejected = Talba miċħuda
queue-audit-admin-granted = Drittijiet ta' Amministratur mogħtija
queue-audit-admin-removed = Drittijiet ta' Amministratur imneħħija
queue-audit-operator-validated = Operatur ivvalidat (Ġdida → Valida)
queue-audit-operator-rejected = Operatur miċħud (Ġdida → Miċħuda)
queue-audit-commission-granted = Utent tal-Kummissjoni maħluq

## The links of the CSV exports.


## The notifications page.

queue-notifications-title = Notifiki
queue-notifications-mark-all-read = Immarkahom kollha bħala moqrija
queue-notifications-all-read = In-notifiki kollha huma mmarkati bħala moqrija.
queue-notifications-none = Għad m'għandek l-ebda notifika f'dan l-ambjent.
queue-notifications-loading = In-notifiki tiegħek qed jitgħabbew…
queue-notifications-unread-none = L-ebda notifika mhux moqrija.
# $count: how many notifications are unread (1 or more); $shown: the same number as written for the reader.
queue-notifications-unread = { $count ->
    [one] { $shown } notifika mhux moqrija.
    [two] { $shown } notifiki mhux moqrija.
    [few] { $shown } notifiki mhux moqrija.
    [many] { $shown } notifika mhux moqrija.
   *[other] { $shown } notifika mhux moqrija.
}
queue-notification-unread = Mhux moqrija
# $id: the request's number.
queue-notification-open-request = Iftaħ it-talba { $id }
# $id: the request's number.
queue-notification-see-in-profile = Ara t-talba { $id } fil-profil tiegħi
queue-history-system = Sistema
