## The trainer's tools on the training welcome page: the personas and the reset.

training-personas-title = Pearsana oiliúna
# Followed by the personas' password (Training-Demo-2026), then training-personas-intro-end.
training-personas-intro = Cuntais EU Login réamhdhéanta de chuid an domhain taispeántais. Níl siad ann ach le haghaidh oiliúna: ní liostaíonn an timpeallacht táirgthe riamh iad agus caitheann sí leo amhail is nach bhfuil siad logáilte isteach. Is féidir le gach pearsa logáil isteach freisin ar leathanach EU Login lena ríomhphost agus leis an bpasfhocal
# What follows the password: the end of the sentence.
training-personas-intro-end = .
# $problem: why.
training-personas-not-loaded = Níorbh fhéidir na pearsana a lódáil: { $problem }
training-column-persona = Pearsa
training-column-role = Ról sa taispeántas
training-column-log-in = Logáil isteach
# $name: the persona's name.
training-log-in-as = Logáil isteach mar { $name }
# $name: the persona's name; $problem: why.
training-log-in-as-failed = Níorbh fhéidir logáil isteach mar { $name }: { $problem }
# $time: when, in UTC.
training-last-reset = Lódáladh an domhan taispeántais go deireanach ar { $time }.
training-never-reset = Níor lódáladh an domhan taispeántais fós.

## The personas: what each does in the demo (names of organisations stay as they are).

training-persona-importer-role = Allmhaireoir (oibreoir)
training-persona-importer-description = Gan post fós: taispeánann sé céim 2 den litir ón tús (Oibreoir, cuardach, tic, “Iarr Údarú”, “seol iarratas ar údarú”).
training-persona-inspector-role = Cigire comhlachta rialaithe
training-persona-inspector-description = Post bailí ag “Fiktiv Kontrollstelle Öko” (DE-OKO-901) don Ghearmáin; is féidir leis tuilleadh de thíortha an chomhlachta sin a iarraidh.
training-persona-bcp-role = Oifigeach poist rialaithe teorann
training-persona-bcp-description = Post bailí ag an bpost rialaithe teorann “PCF Fittizio Genova Porto” (an Iodáil), ag gníomhú mar EAOC.
training-persona-cca-role = Oifigeach CCA – cinneann sé iarratais
training-persona-cca-description = Riarthóir Údarás Inniúil Lárnach na Gearmáine: cinneann sé gach iarratas d’oibreoirí, do chomhlachtaí rialaithe agus do phoist rialaithe teorann sa Ghearmáin.
training-persona-admin-role = Riarthóir Oibreora
training-persona-admin-description = Riarthóir an oibreora “Fiktiv Grünwaren KG” (an Ghearmáin): cinneann sé iarratais chun dul isteach ann.
training-persona-commission-role = Úsáideoir de chuid an Choimisiúin agus oiliúnóir
training-persona-commission-description = An Coimisiún (aonad ficseanúil “DG SANTE G.5 training”): cinneann sé gach iarratas, iarratais ó Údaráis Inniúla Lárnacha san áireamh; is féidir leis an timpeallacht oiliúna a athshocrú.

## Resetting the training instance (trainers only).

training-reset-title = Athshocraigh an timpeallacht oiliúna
training-reset-explained = Cuireann sé an domhan taispeántais in áit na sonraí oiliúna go léir (eagraíochtaí, iarratais, cinntí, fógraí, ríomhphoist an taispeántais), in aon chéim amháin.
training-reset-accounts-kept = Coinnítear na cuntais EU Login a cruthaíodh le linn an tseisiúin, toisc go n-úsáideann an timpeallacht táirgthe iad freisin; baintear a gcuid iarratas oiliúna. Ní athraítear aon rud sa timpeallacht táirgthe.
training-reset-button = Athshocraigh an oiliúint…
training-reset-confirm-question = An bhfuil tú ag iarraidh an timpeallacht oiliúna a athshocrú anois?
training-reset-confirm-explained = Cuirfear an domhan taispeántais in áit gach a ndearnadh sa timpeallacht oiliúna ón athshocrú deireanach.
training-reset-confirm = Tá, athshocraigh an oiliúint
training-resetting = Á athshocrú…
training-reset-cancel = Cealaigh
# $took: milliseconds (as written for the reader); $organisations, $requests, $accounts:
# counts that choose the plural forms; $organisations_shown, $requests_shown,
# $accounts_shown: the same counts as written for the reader.
training-reset-done = Athshocraíodh an oiliúint i { $took } ms: { $organisations ->
        [one] { $organisations_shown } eagraíocht
        [two] { $organisations_shown } eagraíocht
        [few] { $organisations_shown } eagraíocht
        [many] { $organisations_shown } n-eagraíocht
       *[other] { $organisations_shown } eagraíocht
    } agus { $requests ->
        [one] { $requests_shown } iarratas
        [two] { $requests_shown } iarratas
        [few] { $requests_shown } iarratas
        [many] { $requests_shown } n-iarratas
       *[other] { $requests_shown } iarratas
    } den domhan taispeántais; coinníodh { $accounts ->
        [one] { $accounts_shown } chuntas EU Login
        [two] { $accounts_shown } chuntas EU Login
        [few] { $accounts_shown } chuntas EU Login
        [many] { $accounts_shown } gcuntas EU Login
       *[other] { $accounts_shown } cuntas EU Login
    } de chuid na rannpháirtithe.
# $problem: why.
training-reset-failed = Níor athshocraíodh an oiliúint: { $problem }
