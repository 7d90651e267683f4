## TRACES NT: the landing page, the welcome page of an instance, the role choice, the searches
## for a post with the request popup, "Create new Operator", and the profile with its
## preferences. Button and link names quoted in the helpdesk letter (“Login into TRACES”,
## “sign up for TRACES”, “Request Authorisation”, “Create new Operator”, “send authorisation
## request”) are the ones users are told to click: translate them the way the letter is
## translated.

## The landing page: production or training.

traces-landing-title = TRACES NT – mahetoodete kontrollisertifikaadid
traces-landing-lead = TRACES NT tootmis- ja koolitusveebisaidid on kasutusel. Enne nende kasutamist registreeruge EU Loginis ja taotlege seejärel oma rolli TRACES NT-s. Ühel veebisaidil taotletud rolle teisele üle ei kanta.
traces-landing-production = TRACES NT tootmiskeskkond
traces-landing-production-text = Päris sertifikaatide ja päris taotluste jaoks.
traces-landing-training = TRACES NT koolituskeskkond
traces-landing-training-text = Registreerimise õppimiseks ja tutvustamiseks ilma tagajärgedeta.

## The welcome page of an instance.

traces-welcome-title = Tere tulemast TRACES NT-sse
traces-welcome-title-training = Tere tulemast TRACES NT koolituskeskkonda
traces-welcome-lead = Mahetoodete kontrollisertifikaat asub sellel veebisaidil. Sellele juurdepääsuks peate sisse logima ja end kasutajaks registreerima.
traces-welcome-log-in = Logige TRACES-süsteemi sisse
# Followed by the link “sign up for TRACES”.
traces-welcome-no-account = Teil pole veel EU Logini kontot?
traces-welcome-sign-up = registreeruge TRACES-süsteemis
traces-welcome-step-1 = Registreeruge EU Loginis.
traces-welcome-step-1-text = Kui teil on juba EU Logini (ECAS) konto, minge otse 2. sammu juurde.
traces-welcome-step-2 = Registreeruge TRACES NT-s.
traces-welcome-step-2-text = Logige sisse, valige oma roll (ettevõtja, mahepõllumajanduse kontrollorgan või asutus) ja saatke autoriseerimistaotlus.
# $name: the first and last name of the person, in bold.
traces-welcome-logged-in = Olete sisse logitud kui { $name }.
# $change: a link, traces-welcome-change-credentials; $reset: a link, traces-welcome-reset-password.
traces-welcome-credentials = EU Loginis saate vajaduse korral { $change } või { $reset }.
traces-welcome-change-credentials = muuta oma EU Logini sisselogimisandmeid
traces-welcome-reset-password = lähtestada oma parooli

## A page of an instance opened before logging in.

traces-log-in-title = Palun logige sisse
traces-log-in-needed = TRACES NT-s registreerumiseks peate sisse logima oma EU Logini kontoga.
traces-log-in-button = Logige TRACES-süsteemi sisse

## "Select your role in TRACES" on the welcome page.

traces-role-title = Valige oma roll TRACES-süsteemis
traces-role-loading = Teie rolli laaditakse…
traces-role-link-operator = Ettevõtja (importija, esimene kaubasaaja)
traces-role-link-control-body = Mahepõllumajanduse kontrollorgan (või kontrolliasutus)
traces-role-link-authority = Asutus (piiripunkt või keskne pädev asutus)
# $kind: the person's role kind (Operator, Organic Control Body, Authority), in bold.
traces-role-already = Teil on selles keskkonnas juba rolliliik { $kind }. Igal isikul saab olla ainult üks rolliliik; selle piires saate taotleda rohkem ametikohti.
traces-role-see-requests = Vaadake oma taotlusi oma profiilis
traces-role-one-kind = Pange tähele, et igal isikul saab olla ainult üks rolliliik. Oma rolli piires võite olla mitmel ametikohal: näiteks töötada kahe või enama ettevõtja heaks või kontrollorganina kontrollida mitut riiki.

## The searches for an operator, an authority or a control body.

traces-search-title-operator = Autoriseerimise taotlemine: ettevõtja
traces-search-title-authority = Autoriseerimise taotlemine: asutus
traces-search-title-control-body = Autoriseerimise taotlemine: mahepõllumajanduse kontrollorgan
traces-search-back = Tagasi rolli valiku juurde
traces-search-country = Riik
traces-search-any-country = Kõik riigid
traces-search-section = Jaotis
traces-search-any-section = Kõik jaotised
traces-search-activity = Tegevuse liik
traces-search-any-activity = Kõik tegevuse liigid
traces-search-role = Roll
traces-search-any-role = Kõik rollid
traces-search-name = Nimi
traces-search-name-hint = Piisab osast nimest; suur- ja väiketähed ning diakriitilised märgid ei ole olulised.
traces-search-button = Otsige
traces-operator-lead = Otsige ettevõtja, kelle heaks töötate, märkige selle taga olev ruut ja klõpsake nuppu „Taotlege autoriseerimist“. Võite märkida mitu ettevõtjat, ka mitmel leheküljel.
traces-operator-create-new-hint = Kui olete kindel, et te ei leia ettevõtjat, kelle heaks töötate, võite selle luua.
traces-operator-create-new = Looge uus ettevõtja
traces-authority-lead = Otsige oma asutus, märkige selle taga olev ruut ja klõpsake nuppu „Taotlege autoriseerimist“.
traces-control-body-lead = Otsige oma kontrollorgan. Kui sertifitseerite ühes riigis, märkige selle riigi ruut; kui sertifitseerite kõigis riikides, kus teie kontrollorgan sertifitseerib, märkige selle riikide loendi kohal „Kõik riigid“. Seejärel klõpsake nuppu „Taotlege autoriseerimist“.
traces-control-body-country-hint = Riik, kus kontrollorgan sertifitseerib.
traces-control-body-name-hint = Piisab osast nimest või koodist.

## The results of a search, "Request Authorisation" and the popup.

traces-posts-request = Taotlege autoriseerimist
traces-posts-none-selected = Märkige esmalt tulemuste hulgas oma ametikoha ruut.
# $count: how many posts are ticked (1 or more).
traces-posts-selected =
    { $count ->
        [one] { $count } ametikoht valitud.
       *[other] { $count } ametikohta valitud.
    }
traces-posts-searching = Otsitakse…
traces-posts-no-results = Teie otsingule ei vasta ükski organisatsioon.
# $count: how many organisations this page of results shows (1 or more).
traces-posts-results =
    { $count ->
        [one] { $count } tulemus sellel leheküljel.
       *[other] { $count } tulemust sellel leheküljel.
    }
traces-posts-first-page = Esimene lehekülg
traces-posts-next-page = Järgmine lehekülg
traces-posts-caption = Otsingutulemused
traces-posts-column-name = Nimi
traces-posts-column-country = Riik
traces-posts-column-city = Linn
traces-posts-column-activity = Tegevuse liik
traces-posts-column-eori = EORI number
traces-posts-column-select = Valik
traces-posts-column-role = Roll
traces-posts-column-code = Kood
traces-posts-column-certified = Sertifitseeritud riigid (valik)
# $code: the role's code (BCP, CCA); $name: its name; $acts: what it acts as.
traces-posts-authority-role = { $code } ({ $name }, täidab rolli { $acts })
traces-posts-all-countries = Kõik riigid
# The name of a tick box. $organisation: the control body's name.
traces-posts-all-countries-of = { $organisation }: kõik riigid
# $count: how many requests were sent (1 or more). Followed by the link “Open my profile”.
traces-posts-sent =
    { $count ->
        [one] Teie autoriseerimistaotlus on saadetud. Selle käiku saate jälgida oma profiilis.
       *[other] Teie { $count } autoriseerimistaotlust on saadetud. Nende käiku saate jälgida oma profiilis.
    }
traces-open-profile = Avage oma profiil
traces-popup-asking-for = Taotlete autoriseerimist järgmistele ametikohtadele:
traces-request-additional-info = Lisateave (valikuline)
traces-request-additional-info-hint = Kõik, mis aitab teie taotlust kontrollivat isikut.
traces-popup-email = E-post
traces-popup-phone = Telefon (valikuline)
traces-popup-send = Saatke autoriseerimistaotlus
traces-popup-cancel = Loobuge
traces-popup-sending = Saadetakse…

## "Create new Operator".

traces-new-operator-back = Tagasi ettevõtja otsingu juurde
traces-new-operator-title = Looge uus ettevõtja
# $operator: the name of the operator just created.
traces-new-operator-created = Ettevõtja { $operator } on loodud ja teie taotlus sellega liituda on registreeritud.
traces-new-operator-duplicates-title = Kas see on üks neist?
traces-new-operator-duplicates-text = Need ettevõtjad sarnanevad sellele, mida loote. Kui töötate neist ühe heaks, märkige see ja klõpsake selle asemel nuppu „Taotlege autoriseerimist“. Kui ükski neist ei ole teie oma, klõpsake uuesti nuppu „Looge uus ettevõtja“.
traces-new-operator-lead = Tärniga * tähistatud väljad on kohustuslikud. EORI number on mahetoodete importijatele kohustuslik.
traces-new-operator-create = Looge uus ettevõtja
traces-new-operator-checking = Kontrollitakse…
traces-new-operator-operator = Ettevõtja
traces-new-operator-name = Nimi
traces-new-operator-country = Riik
traces-new-operator-choose-country = Valige riik
traces-new-operator-address = Aadress
traces-new-operator-city = Linn
traces-new-operator-postcode = Postiindeks
traces-new-operator-section = Jaotis
traces-new-operator-activity = Tegevuse liik
traces-new-operator-choose-activity = Valige tegevuse liik
traces-new-operator-eori = EORI number
traces-new-operator-eori-hint = Kahetäheline riigikood, seejärel kuni 15 tähte või numbrit (DE1234567890). Importijatele kohustuslik.
traces-new-operator-eori-mandatory = Importija puhul on EORI number kohustuslik.
traces-new-operator-contact = Ettevõtja kontaktandmed
traces-new-operator-contact-rule = Kohustuslik: märkige vähemalt üks järgmistest: telefon, faks, e-post või veebisait.
traces-new-operator-phone = Telefon
traces-new-operator-fax = Faks
traces-new-operator-email = E-post
traces-new-operator-website = Veebisait
traces-new-operator-request = Teie taotlus selle ettevõtjaga liituda
traces-new-operator-request-hint = Teie taotlust kontrolliv isik näeb neid andmeid ja kasutab neid teiega ühenduse võtmiseks.
traces-new-operator-your-email = Teie e-posti aadress
traces-new-operator-your-email-hint = Teie EU Logini kontolt; selle taotluse jaoks võite märkida ka muu aadressi.
traces-new-operator-your-phone = Teie telefon (valikuline)

## "My TRACES profile".

traces-profile-title = Minu TRACES-profiil
traces-profile-requests = Minu taotlused
traces-profile-loading = Teie taotlusi laaditakse…
traces-profile-no-requests = Te ei ole selles keskkonnas veel ühtegi rolli taotlenud.
traces-profile-column-organisation = Organisatsioon
traces-profile-column-role = Roll
traces-profile-column-scope = Ulatus
traces-profile-column-requested = Taotletud
traces-profile-column-decided = Otsustatud
traces-profile-column-status = Olek
traces-profile-column-reason = Põhjus
traces-profile-column-action = Toiming
traces-profile-cancel = Tühistage
# The name of the “Cancel” button of one request. $organisation: the organisation's name.
traces-profile-cancel-label = Tühistage taotlus organisatsiooni „{ $organisation }“ kohta
# $organisation: the organisation's name.
traces-profile-cancelled = Teie taotlus organisatsiooni „{ $organisation }“ kohta on tühistatud.
# $zone: an IANA time zone name, like Europe/Brussels.
traces-profile-time-zone = Kuupäevad ja kellaajad on esitatud teie ajavööndis { $zone }. Saate seda muuta jaotises Eelistused.
traces-profile-new-role = Taotlege uut rolli
# $problem: why, as the server says it.
traces-profile-preferences-failed = Teie eelistusi ei saa kuvada: { $problem }

## The preferences of the profile page.

traces-preferences-title = Eelistused
traces-preferences-notifications-title = Ajavöönd ja teavitused
# $instance: production or training (only chooses the text).
traces-preferences-instance-only =
    { $instance ->
        [training] Need eelistused kehtivad ainult koolituskeskkonnas.
       *[production] Need eelistused kehtivad ainult tootmiskeskkonnas.
    }
traces-preferences-time-zone = Ajavöönd
traces-preferences-time-zone-hint = Teie taotluste kuupäevad ja kellaajad on esitatud selles ajavööndis.
traces-preferences-zone-utc = UTC (koordineeritud maailmaaeg)
traces-preferences-zones-eu = Euroopa Liit
traces-preferences-zones-other = Muud riigid
# A time zone in the list. $country: the country's name; $zone: the IANA name (Europe/Vienna).
traces-preferences-zone = { $country } ({ $zone })
# $country: the country's name; $place: a region of it (Azores); $zone: the IANA name.
traces-preferences-zone-region = { $country }, { $place } ({ $zone })
# $country: the country's name; $place: a city of it (Chicago); $zone: the IANA name.
traces-preferences-zone-city = { $country } ({ $place }) ({ $zone })
traces-preferences-place-azores = Assoorid
traces-preferences-place-madeira = Madeira
traces-preferences-place-canary-islands = Kanaari saared
traces-preferences-place-sydney = Sydney
traces-preferences-place-sao-paulo = São Paulo
traces-preferences-place-toronto = Toronto
traces-preferences-place-chicago = Chicago
traces-preferences-place-los-angeles = Los Angeles
traces-preferences-place-new-york = New York
# $browser: the browser's time zone; $saved: the saved one (IANA names, like Europe/Brussels).
traces-preferences-browser-zone = Teie brauseri ajavöönd on { $browser }, seega on see siin valitud. Teie salvestatud ajavööndiks jääb { $saved }, kuni klõpsate nuppu „Salvestage eelistused“.
traces-preferences-events = Teavitage mind
traces-preferences-notify-decisions = Otsustest minu taotluste kohta (heaks kiidetud, tagasi lükatud, kehtetuks tunnistatud)
traces-preferences-notify-new-requests = Uutest taotlustest, mis ootavad minu otsust (kui teete taotluste kohta otsuseid: asutused ja organisatsioonide administraatorid)
traces-preferences-channels = Kuidas mind teavitada
traces-preferences-notify-in-app = Rakenduses
traces-preferences-notify-email = E-posti teel (teie EU Logini konto aadressile)
traces-preferences-no-channel = Kui ei „Rakenduses“ ega „E-posti teel“ ole märgitud, ei teavitata teid millestki.
traces-preferences-save = Salvestage eelistused
traces-preferences-saving = Salvestatakse…
# $zone: the time zone just saved (an IANA name, like America/New_York).
traces-preferences-saved = Teie eelistused on salvestatud. Kuupäevad ja kellaajad on nüüd esitatud ajavööndis { $zone }.
traces-preferences-language-title = Keel
# $account: a link, traces-preferences-my-account.
traces-preferences-language-text = Teie keeled kuuluvad teie EU Logini konto juurde: need on tootmis- ja koolituskeskkonnas samad. Neid saate koos oma nimedega muuta ka lehel { $account }.
traces-preferences-my-account = Minu konto
traces-preferences-interface-language = Kasutajaliidese keel
traces-preferences-interface-language-hint = Nende lehtede keel, kui olete sisse logitud.
traces-preferences-email-language = E-kirjade keel
traces-preferences-email-language-hint = Teile saadetavate e-kirjade keel, sealhulgas teavitused.
traces-preferences-save-languages = Salvestage keeled
traces-preferences-languages-saved = Teie keeled on salvestatud.

## Statuses, as the profile, the search results and the queue show them.

traces-status-pending = Ootel
traces-status-valid = Kehtiv
traces-status-rejected = Tagasi lükatud
traces-status-cancelled = Tühistatud
traces-status-revoked = Kehtetuks tunnistatud
traces-status-organisation-new = Uus
traces-status-organisation-valid = Kehtiv
traces-status-organisation-rejected = Tagasi lükatud
traces-status-organisation-inactive = Mitteaktiivne
