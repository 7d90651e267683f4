## The trainer's tools on the training welcome page: the personas and the reset.

training-personas-title = Koolituspersonad
# Followed by the personas' password (Training-Demo-2026), then training-personas-intro-end.
training-personas-intro = Demomaailma valmis EU Logini kontod. Need on olemas ainult koolituse jaoks: tootmiskeskkond ei näita neid kunagi ja käsitleb neid sisselogimata kasutajatena. Igaühega neist saab EU Logini lehel sisse logida ka selle e-posti aadressi ja parooliga
# What follows the password: the end of the sentence.
training-personas-intro-end = .
# $problem: why.
training-personas-not-loaded = Personasid ei õnnestunud laadida: { $problem }
training-column-persona = Persona
training-column-role = Roll demos
training-column-log-in = Sisselogimine
# $name: the persona's name.
training-log-in-as = Logige sisse kui { $name }
# $name: the persona's name; $problem: why.
training-log-in-as-failed = Sisselogimine kui { $name } ebaõnnestus: { $problem }
# $time: when, in UTC.
training-last-reset = Demomaailm laaditi viimati { $time }.
training-never-reset = Demomaailma ei ole veel laaditud.

## The personas: what each does in the demo (names of organisations stay as they are).

training-persona-importer-role = Importija (ettevõtja)
training-persona-importer-description = Ametikohta veel ei ole: näitab kirja 2. sammu algusest peale (ettevõtja, otsing, märkimine, „Taotlege autoriseerimist“, „Saatke autoriseerimistaotlus“).
training-persona-inspector-role = Kontrollorgani inspektor
training-persona-inspector-description = Kehtiv ametikoht kontrollorganis „Fiktiv Kontrollstelle Öko“ (DE-OKO-901) Saksamaa jaoks; saab taotleda selle kontrollorgani teisi riike.
training-persona-bcp-role = Piiripunkti ametnik
training-persona-bcp-description = Kehtiv ametikoht piiripunktis „PCF Fittizio Genova Porto“ (Itaalia), rollis EAOC.
training-persona-cca-role = Keskse pädeva asutuse ametnik – otsustab taotluste üle
training-persona-cca-description = Saksamaa keskse pädeva asutuse administraator: otsustab kõigi Saksamaa ettevõtjate, kontrollorganite ja piiripunktide taotluste üle.
training-persona-admin-role = Ettevõtja administraator
training-persona-admin-description = Ettevõtja „Fiktiv Grünwaren KG“ (Saksamaa) administraator: otsustab sellega liitumise taotluste üle.
training-persona-commission-role = Komisjoni kasutaja ja koolitaja
training-persona-commission-description = Komisjon (fiktiivne üksus „DG SANTE G.5 training“): otsustab kõigi taotluste üle, sealhulgas kesksete pädevate asutuste taotluste üle; võib koolituskeskkonna lähtestada.

## Resetting the training instance (trainers only).

training-reset-title = Koolituskeskkonna lähtestamine
training-reset-explained = Asendab ühe sammuga kõik koolitusandmed (organisatsioonid, taotlused, otsused, teavitused, demo e-kirjad) demomaailmaga.
training-reset-accounts-kept = Seansi ajal loodud EU Logini kontod säilitatakse, sest neid kasutab ka tootmiskeskkond; nende koolitustaotlused eemaldatakse. Tootmiskeskkonda ei puudutata.
training-reset-button = Lähtestage koolituskeskkond…
training-reset-confirm-question = Kas lähtestada koolituskeskkond kohe?
training-reset-confirm-explained = Kõik, mis on koolituskeskkonnas pärast viimast lähtestamist tehtud, asendatakse.
training-reset-confirm = Jah, lähtestage koolituskeskkond
training-resetting = Lähtestatakse…
training-reset-cancel = Loobuge
# $took: milliseconds (as written for the reader); $organisations, $requests, $accounts:
# counts that choose the plural forms; $organisations_shown, $requests_shown,
# $accounts_shown: the same counts as written for the reader.
training-reset-done = Koolituskeskkond lähtestati { $took } ms jooksul: demomaailmast laaditi { $organisations ->
        [one] { $organisations_shown } organisatsioon
       *[other] { $organisations_shown } organisatsiooni
    } ja { $requests ->
        [one] { $requests_shown } taotlus
       *[other] { $requests_shown } taotlust
    }; osalejate { $accounts ->
        [one] { $accounts_shown } EU Logini konto
       *[other] { $accounts_shown } EU Logini kontot
    } säilitati.
# $problem: why.
training-reset-failed = Lähtestamine ei toimunud: { $problem }
