## Step 3 of the letter: the queue of requests to decide, one request's page, the
## notifications. Request numbers ($id) are identifiers: shown as they are, never grouped.

# $id: the request's number.
queue-request = Iarratas { $id }
# $id: the request's number.
queue-decided-accepted = Glacadh le hiarratas { $id }.
# $id: the request's number.
queue-decided-rejected = Diúltaíodh d’iarratas { $id }.
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-accepted = { $count ->
    [one] Glacadh le { $shown } iarratas: { $ids }.
    [two] Glacadh le { $shown } iarratas: { $ids }.
    [few] Glacadh le { $shown } iarratas: { $ids }.
    [many] Glacadh le { $shown } n-iarratas: { $ids }.
   *[other] Glacadh le { $shown } iarratas: { $ids }.
}
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-rejected = { $count ->
    [one] Diúltaíodh do { $shown } iarratas: { $ids }.
    [two] Diúltaíodh do { $shown } iarratas: { $ids }.
    [few] Diúltaíodh do { $shown } iarratas: { $ids }.
    [many] Diúltaíodh do { $shown } n-iarratas: { $ids }.
   *[other] Diúltaíodh do { $shown } iarratas: { $ids }.
}
# $id: the request's number.
queue-accept-request = Glac le hiarratas { $id }
# $id: the request's number.
queue-reject-request = Diúltaigh d’iarratas { $id }
# $id: the request's number.
queue-confirm-rejection = Deimhnigh an diúltú d’iarratas { $id }

## The reason of a rejection.

queue-reason-label = Cúis an diúltaithe
queue-reason-hint = Riachtanach chun diúltú. Léann an t-iarrthóir í sa phróifíl agus sa ríomhphost: abair cad atá mícheart agus cad atá le déanamh.
queue-reason-cancel = Ná diúltaigh

## Someone who decides nothing opens the queue (the words of the letter).

queue-no-scope = Níl aon iarratais agat le cinneadh sa timpeallacht seo.
queue-no-scope-who-decides = Is iad Údarás Náisiúnta na tíre (an tÚdarás Inniúil Lárnach), Riarthóirí na heagraíochta agus an Coimisiún a chinneann iarratais.
queue-no-scope-letter = Más oibreoir nó comhlacht rialaithe/údarás rialaithe thú, is é d’Údarás Náisiúnta nó Riarthóir laistigh de d’eagraíocht a bhainisteoidh d’iarratas (glacadh leis nó diúltú dó). Más Údarás Náisiúnta thú, is é an Coimisiún nó Riarthóir laistigh de d’eagraíocht a bhainisteoidh d’iarratas (glacadh leis nó diúltú dó).

## The queue page.

queue-title = Iarratais le cinneadh
queue-lead-pending = Na hiarratais i do raon atá ag fanacht le cinneadh. Oscail ceann acu chun an duine, an eagraíocht agus a stair a fheiceáil, nó glac leo agus diúltaigh dóibh anseo.
queue-lead-decided = Stair na gcinntí: na hiarratais i do raon ar glacadh leo, ar diúltaíodh dóibh, a cealaíodh nó a cúlghaireadh.
queue-tabs-label = Cé na hiarratais
queue-tab-pending = Iarratais ar feitheamh
queue-tab-decided = Stair na gcinntí
queue-export-list = Easpórtáil an liosta seo (CSV)
queue-export-decisions = Easpórtáil stair na gcinntí (CSV)
queue-loading = Na hiarratais á lódáil…
queue-none-pending = Níl aon iarratas ag fanacht le do chinneadh leis na scagairí seo.
queue-none-decided = Níl aon iarratas a bhfuil cinneadh déanta air ag teacht leis na scagairí seo.
# $count: how many requests (1 or more); $shown: the same number as written for the reader.
queue-on-this-page = { $count ->
    [one] { $shown } iarratas ar an leathanach seo.
    [two] { $shown } iarratas ar an leathanach seo.
    [few] { $shown } iarratas ar an leathanach seo.
    [many] { $shown } n-iarratas ar an leathanach seo.
   *[other] { $shown } iarratas ar an leathanach seo.
}

## The filters of the queue.

queue-filter-form-label = Scag na hiarratais
queue-filter-role = Ról
queue-filter-any-role = Aon ról
queue-filter-country = Tír
queue-filter-organisation = Eagraíocht
queue-filter-organisation-hint = Is leor cuid den ainm; is cuma faoi cheannlitreacha agus faoi shínte fada.
queue-filter-age = Aois an iarratais
queue-filter-any-age = Aon aois
# $days: at least how many days old.
queue-filter-age-at-least = { $days ->
    [one] { $days } lá d’aois ar a laghad
    [two] { $days } lá d’aois ar a laghad
    [few] { $days } lá d’aois ar a laghad
    [many] { $days } lá d’aois ar a laghad
   *[other] { $days } lá d’aois ar a laghad
}
queue-filter-order = Ord
queue-filter-newest-first = An ceann is nuaí ar dtús
queue-filter-oldest-first = An ceann is sine ar dtús
queue-filter-apply = Cuir na scagairí i bhfeidhm
queue-filter-clear = Glan na scagairí

## Deciding the ticked requests at once.

queue-bulk-label = Iarratais roghnaithe
queue-bulk-accept = Glac leis na cinn roghnaithe
queue-bulk-reject = Diúltaigh do na cinn roghnaithe
queue-bulk-none-selected = Cuir tic le hiarratais chun glacadh le roinnt acu nó diúltú dóibh in éineacht.
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-selected = { $count ->
    [one] { $shown } iarratas roghnaithe.
    [two] { $shown } iarratas roghnaithe.
    [few] { $shown } iarratas roghnaithe.
    [many] { $shown } n-iarratas roghnaithe.
   *[other] { $shown } iarratas roghnaithe.
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-confirm-rejection = { $count ->
    [one] Deimhnigh an diúltú don iarratas roghnaithe
    [two] Deimhnigh an diúltú do na { $shown } iarratas roghnaithe
    [few] Deimhnigh an diúltú do na { $shown } iarratas roghnaithe
    [many] Deimhnigh an diúltú do na { $shown } n-iarratas roghnaithe
   *[other] Deimhnigh an diúltú do na { $shown } iarratas roghnaithe
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-reason-label = { $count ->
    [one] Cúis leis an iarratas roghnaithe a dhiúltú
    [two] Cúis leis na { $shown } iarratas roghnaithe a dhiúltú
    [few] Cúis leis na { $shown } iarratas roghnaithe a dhiúltú
    [many] Cúis leis na { $shown } n-iarratas roghnaithe a dhiúltú
   *[other] Cúis leis na { $shown } iarratas roghnaithe a dhiúltú
}

## The table of the queue.

queue-table-pending = Iarratais ar feitheamh i do raon
queue-table-decided = Iarratais i do raon a bhfuil cinneadh déanta orthu
queue-select-all = Roghnaigh gach iarratas ar an leathanach seo
# $id: the request's number.
queue-select-request = Roghnaigh iarratas { $id }
queue-column-request = Iarratas
queue-column-person = Duine
queue-column-organisation = Eagraíocht
queue-column-role = Ról
queue-column-country = Tír
queue-column-sent = Seolta
queue-column-status = Stádas
queue-column-decision = Cinneadh
queue-accept = Glac leis
queue-reject = Diúltaigh
# The badge of an operator created by the requester and not yet checked.
queue-new-operator = Nua
queue-new-operator-title = Má ghlactar leis, bailíochtaítear an t-oibreoir freisin
queue-first-page = An chéad leathanach
queue-next-page = An chéad leathanach eile

## The keyboard shortcuts: the keys (j, k, o, x, a, r, Enter, the arrows) stay as they are.

queue-shortcuts-title = Aicearraí méarchláir
queue-shortcuts-hint = Oibríonn siad nuair nach bhfuil an cúrsóir i réimse téacs.
queue-shortcut-next-keys = j nó ↓
queue-shortcut-next = An chéad iarratas eile
queue-shortcut-previous-keys = k nó ↑
queue-shortcut-previous = An t-iarratas roimhe seo
queue-shortcut-open-keys = Enter nó o
queue-shortcut-open = Oscail an t-iarratas
queue-shortcut-tick-keys = x
queue-shortcut-tick = Cuir tic leis an iarratas nó bain an tic de
queue-shortcut-accept-keys = a
queue-shortcut-accept = Glac leis an iarratas
queue-shortcut-reject-keys = r
queue-shortcut-reject = Diúltaigh don iarratas (osclaíonn sé réimse na cúise)

## One request's page.

queue-detail-back = Ar ais go dtí an scuaine
queue-detail-loading = An t-iarratas á lódáil…
queue-detail-status = Stádas:
# Followed by the moment of the decision. $person: who decided (name and e-mail).
queue-detail-decided-by-on = ag { $person } ar
# Followed by the moment of the decision.
queue-detail-decided-on = ar
queue-detail-rejection-reason = Cúis an diúltaithe
queue-detail-person-title = An duine
queue-detail-person-name = Ainm (EU Login)
queue-detail-person-email = Ríomhphost (EU Login)
queue-detail-post-title = An post a iarradh
queue-detail-role = Ról
queue-detail-scope = Raon (tír)
queue-detail-sent = Seolta
queue-detail-organisation-title = An eagraíocht
queue-detail-new-operator = Tá an t-oibreoir seo Nua.
queue-detail-new-operator-explained = Chruthaigh an t-iarrthóir é agus níor sheiceáil aon duine é fós. Má ghlactar leis an iarratas seo, bailíochtaítear an t-oibreoir freisin (beidh an stádas Bailí aige); má dhiúltaítear dó, diúltaítear don oibreoir mura bhfuil aon duine eile ag iarraidh dul isteach ann.
queue-detail-organisation-name = Ainm
queue-detail-organisation-kind = Cineál
queue-detail-organisation-status = Stádas
queue-detail-organisation-country = Tír
queue-detail-authority-role = Ról an údaráis
queue-detail-control-body-code = Cód an chomhlachta rialaithe
queue-detail-section = Rannán
queue-detail-activity = Cineál gníomhaíochta
queue-detail-address = Seoladh
queue-detail-eori = Uimhir EORI
queue-detail-phone = Teileafón
queue-detail-fax = Facs
queue-detail-email = Ríomhphost
queue-detail-website = Suíomh gréasáin
queue-detail-request-title = Ón iarratas
queue-detail-additional-info = Faisnéis bhreise
queue-detail-contact-email = Ríomhphost teagmhála
queue-detail-contact-phone = Teileafón teagmhála
queue-detail-none-given = Níor tugadh aon cheann
queue-organisation-status-new = Nua (cruthaithe ag an iarrthóir, gan seiceáil fós)
queue-organisation-status-valid = Bailí
queue-organisation-status-rejected = Diúltaithe
queue-organisation-status-inactive = Neamhghníomhach
queue-detail-decide-title = Do chinneadh
queue-detail-sending = Á sheoladh…
queue-detail-admin-title = Riarthóir
queue-detail-admin-label = Riarthóir na heagraíochta
# $organisation: the organisation's name.
queue-detail-admin-hint = Glacann Riarthóir de chuid { $organisation } le hiarratais chun dul isteach san eagraíocht, nó diúltaíonn sé dóibh.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-granted = Tá { $person } ina Riarthóir ar { $organisation } anois.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-removed = Níl { $person } ina Riarthóir ar { $organisation } a thuilleadh.

## The history of a request (also the "action" column of the decision history's CSV file).

queue-history-title = Stair an iarratais
# $id: the request's number.
queue-history-caption = Stair iarratais { $id }
queue-history-when = Cathain
queue-history-who = Cé
queue-history-what = Cad
queue-history-change = Athrú
queue-history-reason = Cúis nó nóta
queue-audit-request-created = Seoladh an t-iarratas
queue-audit-request-cancelled = Chealaigh an t-iarrthóir an t-iarratas
queue-audit-request-accepted = Glacadh leis an iarratas
queue-audit-request-rejected = Diúltaíodh don iarratas
queue-audit-admin-granted = Tugadh stádas Riarthóra
queue-audit-admin-removed = Baineadh stádas Riarthóra
queue-audit-operator-validated = Bailíochtaíodh an t-oibreoir (Nua → Bailí)
queue-audit-operator-rejected = Diúltaíodh don oibreoir (Nua → Diúltaithe)
queue-audit-commission-granted = Cruthaíodh úsáideoir de chuid an Choimisiúin

## The links of the CSV exports.


## The notifications page.

queue-notifications-title = Fógraí
queue-notifications-mark-all-read = Marcáil gach ceann mar léite
queue-notifications-all-read = Tá gach fógra marcáilte mar léite.
queue-notifications-none = Níl aon fhógra agat sa timpeallacht seo fós.
queue-notifications-loading = Do chuid fógraí á lódáil…
queue-notifications-unread-none = Níl aon fhógra neamhléite.
# $count: how many notifications are unread (1 or more); $shown: the same number as written for the reader.
queue-notifications-unread = { $count ->
    [one] { $shown } fhógra neamhléite.
    [two] { $shown } fhógra neamhléite.
    [few] { $shown } fhógra neamhléite.
    [many] { $shown } bhfógra neamhléite.
   *[other] { $shown } fógra neamhléite.
}
queue-notification-unread = Neamhléite
# $id: the request's number.
queue-notification-open-request = Oscail iarratas { $id }
# $id: the request's number.
queue-notification-see-in-profile = Féach ar iarratas { $id } i mo phróifíl
queue-history-system = Córas
