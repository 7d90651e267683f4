## The trainer's tools on the training welcome page: the personas and the reset.

training-personas-title = Personas tat-taħriġ
# Followed by the personas' password (Training-Demo-2026), then training-personas-intro-end.
training-personas-intro = Kontijiet EU Login lesti tad-dinja tad-demo. Jeżistu biss għat-taħriġ: l-ambjent tal-produzzjoni qatt ma jelenkahom u jittrattahom bħala mhux dieħla. Kull persona tista' tidħol ukoll fil-paġna tal-EU Login bl-email tagħha u bil-password
# What follows the password: the end of the sentence.
training-personas-intro-end = .
# $problem: why.
training-personas-not-loaded = Il-personas ma setgħux jitgħabbew: { $problem }
training-column-persona = Persona
training-column-role = Rwol fid-demo
training-column-log-in = Idħol
# $name: the persona's name.
training-log-in-as = Idħol bħala { $name }
# $name: the persona's name; $problem: why.
training-log-in-as-failed = Ma kienx possibbli tidħol bħala { $name }: { $problem }
# $time: when, in UTC.
training-last-reset = Id-dinja tad-demo ġiet mgħobbija l-aħħar darba fi { $time }.
training-never-reset = Id-dinja tad-demo għadha ma ġietx mgħobbija.

## The personas: what each does in the demo (names of organisations stay as they are).

training-persona-importer-role = Importatur (operatur)
training-persona-importer-description = Għad m'għandu l-ebda kariga: juri l-pass 2 tal-ittra mill-bidu (Operatur, tfittxija, marka, “Itlob Awtorizzazzjoni”, “ibgħat talba għal awtorizzazzjoni”).
training-persona-inspector-role = Spettur ta' korp ta' kontroll
training-persona-inspector-description = Kariga valida f'“Fiktiv Kontrollstelle Öko” (DE-OKO-901) għall-Ġermanja; jista' jitlob aktar pajjiżi ta' dan il-korp.
training-persona-bcp-role = Uffiċjal ta' post ta' kontroll fil-fruntiera
training-persona-bcp-description = Kariga valida fil-post ta' kontroll fil-fruntiera “PCF Fittizio Genova Porto” (l-Italja), li jaġixxi bħala EAOC.
training-persona-cca-role = Uffiċjal tas-CCA – jiddeċiedi dwar it-talbiet
training-persona-cca-description = Amministratur tal-Awtorità Kompetenti Ċentrali tal-Ġermanja: jiddeċiedi dwar kull talba għal operaturi, korpi ta' kontroll u postijiet ta' kontroll fil-fruntiera Ġermaniżi.
training-persona-admin-role = Amministratur tal-Operatur
training-persona-admin-description = Amministratur tal-operatur “Fiktiv Grünwaren KG” (il-Ġermanja): jiddeċiedi dwar it-talbiet ta' sħubija fih.
training-persona-commission-role = Utent tal-Kummissjoni u formatur
training-persona-commission-description = Il-Kummissjoni (unità fittizja “DG SANTE G.5 training”): tiddeċiedi dwar kull talba, inklużi dawk għall-Awtoritajiet Kompetenti Ċentrali; tista' terġa' tissettja l-ambjent tat-taħriġ.

## Resetting the training instance (trainers only).

training-reset-title = Erġa' ssettja l-ambjent tat-taħriġ
training-reset-explained = Jissostitwixxi d-data kollha tat-taħriġ (organizzazzjonijiet, talbiet, deċiżjonijiet, notifiki, l-emails tad-demo) bid-dinja tad-demo, f'pass wieħed.
training-reset-accounts-kept = Il-kontijiet EU Login maħluqa matul is-sessjoni jinżammu, għax l-ambjent tal-produzzjoni jużahom ukoll; it-talbiet tat-taħriġ tagħhom jitneħħew. L-ambjent tal-produzzjoni ma jintmessx.
training-reset-button = Erġa' ssettja t-taħriġ…
training-reset-confirm-question = Trid terġa' tissettja l-ambjent tat-taħriġ issa?
training-reset-confirm-explained = Kull ma sar fl-ambjent tat-taħriġ mill-aħħar issettjar mill-ġdid 'l hawn jiġi sostitwit.
training-reset-confirm = Iva, erġa' ssettja t-taħriġ
training-resetting = Qed jerġa' jiġi ssettjat…
training-reset-cancel = Ikkanċella
# $took: milliseconds (as written for the reader); $organisations, $requests, $accounts:
# counts that choose the plural forms; $organisations_shown, $requests_shown,
# $accounts_shown: the same counts as written for the reader.
training-reset-done = It-taħriġ reġa' ġie ssettjat f'{ $took } ms: { $organisations ->
        [one] { $organisations_shown } organizzazzjoni
        [two] { $organisations_shown } organizzazzjonijiet
        [few] { $organisations_shown } organizzazzjonijiet
        [many] { $organisations_shown } organizzazzjoni
       *[other] { $organisations_shown } organizzazzjoni
    } u { $requests ->
        [one] { $requests_shown } talba
        [two] { $requests_shown } talbiet
        [few] { $requests_shown } talbiet
        [many] { $requests_shown } talba
       *[other] { $requests_shown } talba
    } tad-dinja tad-demo; { $accounts ->
        [one] { $accounts_shown } kont EU Login tal-parteċipanti nżamm
        [two] { $accounts_shown } kontijiet EU Login tal-parteċipanti nżammu
        [few] { $accounts_shown } kontijiet EU Login tal-parteċipanti nżammu
        [many] { $accounts_shown } kont EU Login tal-parteċipanti nżammu
       *[other] { $accounts_shown } kont EU Login tal-parteċipanti nżammu
    }.
# $problem: why.
training-reset-failed = L-issettjar mill-ġdid ma sarx: { $problem }
