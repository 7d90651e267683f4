## Errors any server function can answer with (api::ApiError).

# $count: how many fields have a problem (2 or more).
error-fields-need-attention = { $count } välja vajab teie tähelepanu.
error-unauthenticated = Palun logige kõigepealt sisse.
error-forbidden = Teil ei ole õigust seda teha.
error-login-failed = Sisselogimine ebaõnnestus: e-posti aadress või parool ei ole õige või on konto pärast liiga paljusid katseid 15 minutiks lukustatud. Kontrollige mõlemat ja proovige uuesti või kasutage valikut „Unustasite parooli?“.
error-cross-site = See päring tuli teiselt veebisaidilt ja lükati tagasi.
# $seconds: how long to wait.
error-rate-limited = Liiga palju katseid. Oodake { $seconds } sekundit ja proovige uuesti.
error-too-large = Päring on liiga suur: ükski selle vormi väli ei mahuta rohkem kui paar tuhat märki. Lühendage sisestatud teksti ja proovige uuesti.
error-storage-unavailable = Server ei saa praegu midagi salvestada, sest tema andmeruum on täis või kirjutuskaitstud. Midagi sellest, mida sisestasite, ei salvestatud. Proovige hiljem uuesti; kui probleem püsib, teavitage kasutajatuge.
error-internal = Meie poolel läks midagi valesti. Proovige hetke pärast uuesti.
error-unavailable = Serveriga ei õnnestunud ühendust saada. Kontrollige oma võrguühendust ja proovige uuesti.
# $detail: the decoder's words, in English.
error-unreadable-request = Päringut ei õnnestunud lugeda: { $detail }

## EU Login: sign-up, the e-mailed links, login and the account page.

# $minutes: how long a link works after its e-mail is sent.
error-link-expired = See link on aegunud: lingid töötavad { $minutes } minutit pärast e-kirja saatmist. Tellige allpool uus e-kiri.
error-link-not-valid = See link ei kehti. Kopeerige kogu link e-kirjast aadressiribale või tellige allpool uus e-kiri.
error-link-used = Seda linki on juba kasutatud: iga link töötab ainult üks kord. Kui teil on vaja parool uuesti määrata, tellige allpool uus e-kiri.
error-link-superseded = Pärast seda e-kirja saadeti uuem: töötab ainult uusima e-kirja link. Kasutage seda või tellige allpool uus e-kiri.
error-link-not-for-password = See link on mõeldud e-posti aadressi kinnitamiseks, mitte parooli määramiseks.
error-link-not-for-email = See link on mõeldud parooli määramiseks, mitte e-posti aadressi kinnitamiseks.
error-link-used-meanwhile = Seda linki kasutati või see asendati hetk tagasi. Küsige oma konto lehel uus link.
error-email-now-taken = Seda aadressi kasutab nüüd teine EU Logini konto, seega ei saa te seda endale võtta. Valige oma konto lehel teine aadress.
# $username: the username the person chose.
error-username-taken = Kasutajanimi: „{ $username }“ on juba kasutusel. Valige mõni teine.
error-login-password-empty = Parool: sisestage oma parool.
error-new-email-confirmation = Uue e-posti kinnitus: sisestage sama aadress, mis väljal Uus e-posti aadress.
error-new-email-unchanged = Uus e-posti aadress: see on juba teie konto aadress.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-new-email-demo-address = Uus e-posti aadress: domeeni { $domain } aadressid on ainult koolituskeskkonna jaoks: nende posti saab igaüks lugeda demopostkastis ja teie rolli või ootel taotlused tootmiskeskkonnas üle võtta. Jätke endale oma aadress.

## The “Code” field of the sign-up and lost-password forms (the captcha).

error-captcha-empty = Kood: sisestage pildil olevad märgid.
error-captcha-expired = Kood: see pilt on aegunud. Sisestage uue pildi märgid.
error-captcha-used = Kood: seda pilti on juba kasutatud. Sisestage uue pildi märgid.
error-captcha-wrong = Kood: märgid ei vasta pildile. Sisestage uue pildi märgid.

## Hints of the password strength meter: the length rule, then zxcvbn's warnings and suggestions.

# $min: the fewest characters a password may have.
error-password-too-short-hint = Kasutage vähemalt { $min } märki.
error-password-straight-rows = Klaviatuuri sirgeid klahviridu on lihtne ära arvata.
error-password-short-keyboard-patterns = Lühikesi klaviatuurimustreid on lihtne ära arvata.
error-password-repeats-aaa = Kordusi nagu „aaa“ on lihtne ära arvata.
error-password-repeats-abcabc = Kordusi nagu „abcabcabc“ on vaid veidi raskem ära arvata kui „abc“.
error-password-top-10 = See on üks 10 levinuimast paroolist.
error-password-top-100 = See on üks 100 levinuimast paroolist.
error-password-common = See on väga levinud parool.
error-password-similar-to-common = See sarnaneb levinud parooliga.
error-password-sequences = Jadasid nagu abc või 6543 on lihtne ära arvata.
error-password-recent-years = Viimaseid aastaid on lihtne ära arvata.
error-password-single-word = Üksikut sõna on lihtne ära arvata.
error-password-dates = Kuupäevi on sageli lihtne ära arvata.
error-password-names-by-themselves = Ees- ja perekonnanimesid üksi on lihtne ära arvata.
error-password-common-names = Levinud ees- ja perekonnanimesid on lihtne ära arvata.
error-password-use-a-few-words = Kasutage mõnda sõna ja vältige levinud väljendeid.
error-password-no-need-for-symbols = Sümboleid, numbreid ega suurtähti pole vaja.
error-password-add-a-word = Lisage veel üks või kaks sõna. Harvad sõnad on paremad.
error-password-capitalization = Suur algustäht ei aita kuigi palju.
error-password-all-uppercase = Ainult suurtähti on peaaegu sama lihtne ära arvata kui ainult väiketähti.
error-password-reversed-words = Tagurpidi kirjutatud sõnu ei ole palju raskem ära arvata.
error-password-substitutions = Etteaimatavad asendused, nagu „@“ tähe „a“ asemel, ei aita kuigi palju.
error-password-longer-keyboard-pattern = Kasutage pikemat ja rohkemate pööretega klaviatuurimustrit.
error-password-avoid-repeats = Vältige korduvaid sõnu ja märke.
error-password-avoid-sequences = Vältige jadasid.
error-password-avoid-recent-years = Vältige viimaseid aastaid.
error-password-avoid-your-years = Vältige teiega seotud aastaarve.
error-password-avoid-your-dates = Vältige teiega seotud kuupäevi ja aastaarve.

## The training instance.

error-persona-unknown = Sellist personat ei ole. Valige üks koolituskeskkonna avalehe loendist.

## Addresses under /api that name nothing.

error-api-function-unknown = Sellist API-funktsiooni ei ole.
error-export-unknown = Sellist eksporti ei ole: kasutage faili queue.csv või decisions.csv.

## The approval queue: filters, page links, export links.

error-queue-page-link = Lehekülje link ei kehti enam. Minge tagasi järjekorra esimesele leheküljele.
error-queue-organisation-too-long = Organisatsioon: sisestage nimest kõige rohkem 100 märki.
# $max: the largest age accepted, in days.
error-queue-age-too-high = Vanus: kõige rohkem { $max } päeva.
error-queue-age-not-a-number = Vanus: sisestage päevade arv täisarvuna, näiteks 7.
# $value: what the link has instead of an instance (production or training).
error-export-link-instance = Ekspordilink ei kehti: „{ $value }“ ei ole TRACES NT keskkond: kasutage väärtust „production“ või „training“.
error-export-link-no-instance = Ekspordilink ei kehti: selles ei ole keskkonda nimetatud.
# $key, $value: the setting of the link that is not one of the queue's.
error-export-link-setting = Ekspordilink ei kehti: „{ $key }={ $value }“ ei ole selle seade. Kasutage järjekorra lehe ekspordinuppu.

## Deciding requests, one or many, and the Administrator flag.

# $id: the request's number.
error-decide-not-found = Selles keskkonnas ei ole taotlust numbriga { $id }, mille kohta saaksite otsuse teha. See võib kuuluda teisele riigile või organisatsioonile; avage see oma järjekorrast.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-decide-organisation-closed = „{ $name }“ on { $status ->
        [rejected] tagasi lükatud
        [inactive] mitteaktiivne
       *[other] { $status }
    }, seega ei saa keegi sellega liituda. Lükake taotlus selle asemel põhjendusega tagasi.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-accepted = Taotluse { $id } kiitis juba heaks { $who } ({ $when }); midagi ei muudetud.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-rejected = Taotluse { $id } lükkas juba tagasi { $who } ({ $when }); midagi ei muudetud.
# $id: the request's number; $when: the date and time (UTC) or “earlier”.
error-decide-already-cancelled = Taotleja tühistas taotluse { $id } juba ({ $when }); midagi ei muudetud.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-revoked = Taotluse { $id } tunnistas juba kehtetuks { $who } ({ $when }); midagi ei muudetud.
# $id: the request's number; $status: its status, a code the schema does not know (in English); $when: the date and time (UTC) or “earlier”.
error-decide-already-other = Taotluse { $id } olek on juba { $status } ({ $when }); midagi ei muudetud.
# Stands for the person who decided, when the account is gone.
error-decide-by-unknown = keegi
# Stands for the time of a decision, when it was not recorded.
error-decide-at-unknown = varem
# $id: the request's number.
error-decide-meanwhile = Taotluse { $id } kohta tehti vahepeal otsus; midagi ei muudetud. Laadige see uuesti, et otsust näha.
error-decide-none-selected = Valige järjekorrast vähemalt üks taotlus ning kiitke see heaks või lükake tagasi.
# $max: how many requests can be decided at once; $count: how many were selected.
error-decide-too-many = Valige korraga kõige rohkem { $max } taotlust; te valisite { $count }.
# $id: the request's number.
error-decide-selected-twice = Taotlus { $id } on valitud kaks korda; valige iga taotlus ainult üks kord.
# $failed: how many of the selected requests cannot be decided; $count: how many were selected.
error-decide-nothing-decided = Midagi ei otsustatud: { $count } valitud taotlusest { $failed } puhul ei saa otsust teha. Tühistage nende valik ja proovige uuesti.
# $id: the request's number; $status: its status (a stored code, chooses the words).
error-admin-not-valid = Taotlus { $id } ei ole kehtiv ametikoht (see on { $status ->
        [pending] ootel
        [rejected] tagasi lükatud
        [cancelled] tühistatud
        [revoked] kehtetuks tunnistatud
       *[other] { $status }
    }): administraator saab olla ainult kehtiva ametikoha omanik.
# $id: the request's number.
error-admin-changed-meanwhile = Taotlus { $id } on vahepeal muutunud; laadige see uuesti.

## Notifications in the app (not errors, but sentences the server composes too).

# $first, $last: the requester's names; $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-new-request = { $first } { $last } soovib liituda organisatsiooniga „{ $organisation }“ ({ $country }).
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-accepted = Teie taotlus liituda organisatsiooniga „{ $organisation }“ ({ $country }) kiideti heaks
# $organisation: the organisation's name; $country: the ISO code of the post's country; $reason: the decider's words.
error-notification-rejected = Teie taotlus liituda organisatsiooniga „{ $organisation }“ ({ $country }) lükati tagasi: { $reason }
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-rejected-no-reason = Teie taotlus liituda organisatsiooniga „{ $organisation }“ ({ $country }) lükati tagasi: põhjust ei esitatud
# $organisation: the organisation's name; $country: the ISO code of the post's country; $status: the request's status (a stored code, chooses the words).
error-notification-other = Teie taotlus liituda organisatsiooniga „{ $organisation }“ ({ $country }) on nüüd { $status ->
        [pending] ootel
        [cancelled] tühistatud
        [revoked] kehtetuks tunnistatud
       *[other] { $status }
    }

## TRACES: the directory search and authorisation requests.

error-search-page-link = Lehekülg: see lehekülje link ei kehti enam; otsige uuesti esimeselt leheküljelt.
error-search-name-too-long = Nimi: kasutage otsinguks kõige rohkem 120 märki nimest.
# $max: the most characters allowed.
error-additional-info-too-long = Lisateave: kasutage kõige rohkem { $max } märki.
error-submission-key = Esitamisvõti: saatke 8–64 tähte, numbrit, - või _ (leht loob võtme ise; laadige leht uuesti ja proovige uuesti).
error-submission-other-instance = See taotlus on juba teises keskkonnas saadetud. Laadige leht uuesti ja saatke taotlus uuesti.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-demo-address-production = Domeeni { $domain } aadressid on ainult koolituskeskkonna jaoks: nende posti saab igaüks lugeda demopostkastis ja konto üle võtta. Tootmiskeskkonnas autoriseerimise taotlemiseks muutke kõigepealt oma konto e-posti aadress enda aadressiks.
error-posts-none = Ametikohad: märkige loendis vähemalt üks organisatsioon ja saatke seejärel taotlus.
# $max: how many posts one request can have.
error-posts-too-many = Ametikohad: märkige korraga kõige rohkem { $max }; saatke ülejäänud uue taotlusega.
error-posts-twice = Ametikohad: sama ametikoht on märgitud kaks korda; märkige iga ametikoht ainult üks kord.
error-posts-one-kind = Ametikohad: märkige ainult ühe rolliliigi organisatsioone (ettevõtjad, kontrollorganid või asutused).
# $name: the control body; $country: the country's name; $code: its ISO code.
error-posts-not-certified = Ametikohad: „{ $name }“ ei sertifitseeri riigis { $country } ({ $code }); märkige üks selle jaoks loetletud riikidest.
# $name: the organisation; $country: the name of its country.
error-posts-other-country = Ametikohad: „{ $name }“ asub riigis { $country }; selle ametikoht hõlmab ainult seda riiki.
# $id: the number that was sent.
error-organisation-not-found = Organisatsiooni numbriga { $id } selles keskkonnas ei ole. Otsige uuesti ja märkige see loendis.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-organisation-closed = „{ $name }“ on { $status ->
        [rejected] tagasi lükatud
        [inactive] mitteaktiivne
       *[other] { $status }
    } ega võta uusi taotlusi vastu. Otsige uuesti ja märkige mõni teine organisatsioon.
# $name: the control body.
error-no-certified-countries = Kontrollorganil „{ $name }“ ei ole veel sertifitseeritud riike, seega ei saa selles ametikohta taotleda.
# $name: the organisation; $country: the name of the post's country.
error-post-already-held = „{ $name }“ ({ $country }): teil on see ametikoht juba olemas. Eemaldage märge ja saatke taotlus uuesti; teie taotlused on teie profiililehel.
# $name: the organisation; $country: the name of the post's country.
error-post-already-pending = „{ $name }“ ({ $country }): teie taotlus selle ametikoha kohta on juba ootel. Eemaldage märge ja saatke taotlus uuesti; teie taotlused on teie profiililehel.
error-own-request-not-found = Teie taotluste hulgas sellist taotlust ei ole. Laadige oma profiilileht uuesti.
# $organisation: the organisation's name; $status: the request's status (a stored code, chooses the words).
error-cancel-not-pending = Teie taotlus organisatsiooni „{ $organisation }“ kohta on { $status ->
        [pending] ootel
        [valid] kehtiv
        [rejected] tagasi lükatud
        [cancelled] tühistatud
        [revoked] kehtetuks tunnistatud
       *[other] { $status }
    } ja seda ei saa enam tühistada; tühistada saab ainult ootel taotlusi.
error-time-zone = Ajavöönd: valige vöönd, näiteks Europe/Brussels (Piirkond/Linn, kõige rohkem 64 märki), või UTC.

## New organisations: the directory import and "create a new operator".

error-import-status = Olek: kasutage väärtust valid, new, rejected või inactive (tühi väärtus tähendab valid).
error-import-kind = Liik: kasutage väärtust operator, control_body või authority.
error-certified-countries-empty = Sertifitseeritud riigid: Riik: valige riik loendist.
# $code: what was given instead of a country code.
error-certified-countries-shape = Sertifitseeritud riigid: Riik: „{ $code }“ ei ole riigikood; kasutage ISO 3166-1 kahetähelist koodi (DE, FR, US) või valige riik loendist.
# $code: what was given instead of a country code.
error-certified-countries-unknown = Sertifitseeritud riigid: Riik: „{ $code }“ ei ole määratud ISO 3166-1 riigikood; valige riik loendist.
# $alias: the code EU documents use (EL, UK); $iso: the ISO 3166-1 code; $name: the country's name.
error-certified-countries-eu-alias = Sertifitseeritud riigid: Riik: ELi dokumentides kirjutatakse { $alias }, kuid ISO 3166-1 ja TRACES kasutavad koodi { $iso }; valige { $iso } ({ $name }).
# $code: the control body code; $other: the organisation that has it.
error-control-body-code-taken = Kontrollorgani kood: { $code } on juba organisatsiooni „{ $other }“ kood.
# $eori: the EORI number; $other: the operator that has it.
error-eori-taken = EORI number: { $eori } on juba registreeritud ettevõtjale „{ $other }“; otsige see ettevõtja üles ja taotlege volitust, selle asemel et seda uuesti luua.
error-demo-person-shared = See on koolitusdemo isik, keda jagavad kõik ruumis viibijad: tema nime, e-posti aadressi ja parooli ei saa muuta. Selle proovimiseks registreerige oma konto.
