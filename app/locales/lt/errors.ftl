## Errors any server function can answer with (api::ApiError).

# $count: how many fields have a problem (2 or more).
error-fields-need-attention = Reikia patikrinti { $count } { $count ->
        [one] laukelį
        [few] laukelius
        [many] laukelio
       *[other] laukelių
    }.
error-unauthenticated = Pirmiausia prisijunkite.
error-forbidden = Jums neleidžiama to daryti.
error-login-failed = Prisijungti nepavyko: el. pašto adresas arba slaptažodis neteisingas, arba po per daug bandymų paskyra užblokuota 15 minučių. Patikrinkite abu ir bandykite dar kartą arba naudokite „Pamiršote slaptažodį?“.
error-cross-site = Ši užklausa atėjo iš kitos svetainės ir buvo atmesta.
# $seconds: how long to wait.
error-rate-limited = Per daug bandymų. Palaukite { $seconds } { $seconds ->
        [one] sekundę
        [few] sekundes
        [many] sekundės
       *[other] sekundžių
    } ir bandykite dar kartą.
error-too-large = Užklausa per didelė: nė viename šios formos laukelyje negali būti daugiau nei kelių tūkstančių simbolių. Sutrumpinkite įvestą tekstą ir bandykite dar kartą.
error-storage-unavailable = Serveris šiuo metu negali nieko išsaugoti, nes jo saugykla pilna arba skirta tik skaitymui. Niekas iš to, ką įvedėte, nebuvo išsaugota. Bandykite dar kartą vėliau; jei problema išlieka, praneškite pagalbos tarnybai.
error-internal = Mūsų pusėje įvyko klaida. Po akimirkos bandykite dar kartą.
error-unavailable = Nepavyko susisiekti su serveriu. Patikrinkite ryšį ir bandykite dar kartą.
# $detail: the decoder's words, in English.
error-unreadable-request = Nepavyko perskaityti užklausos: { $detail }

## EU Login: sign-up, the e-mailed links, login and the account page.

# $minutes: how long a link works after its e-mail is sent.
error-link-expired = Šios nuorodos galiojimo laikas baigėsi: nuorodos galioja { $minutes } { $minutes ->
        [one] minutę
        [few] minutes
        [many] minutės
       *[other] minučių
    } nuo el. laiško išsiuntimo. Toliau paprašykite naujo el. laiško.
error-link-not-valid = Ši nuoroda negalioja. Nukopijuokite visą nuorodą iš el. laiško į adreso juostą arba toliau paprašykite naujo el. laiško.
error-link-used = Ši nuoroda jau panaudota: kiekviena nuoroda veikia tik kartą. Jei reikia vėl nustatyti slaptažodį, toliau paprašykite naujo el. laiško.
error-link-superseded = Po šio el. laiško buvo išsiųstas naujesnis: veikia tik naujausio el. laiško nuoroda. Naudokite ją arba toliau paprašykite naujo el. laiško.
error-link-not-for-password = Ši nuoroda skirta el. pašto adresui patvirtinti, o ne slaptažodžiui.
error-link-not-for-email = Ši nuoroda skirta slaptažodžiui nustatyti, o ne el. pašto adresui patvirtinti.
error-link-used-meanwhile = Ši nuoroda ką tik buvo panaudota arba pakeista. Paprašykite naujos savo paskyros puslapyje.
error-email-now-taken = Šį adresą dabar naudoja kita EU Login paskyra, todėl jis negali tapti jūsų. Pasirinkite kitą adresą savo paskyros puslapyje.
# $username: the username the person chose.
error-username-taken = Naudotojo vardas: „{ $username }“ jau užimtas. Pasirinkite kitą.
error-login-password-empty = Slaptažodis: įveskite savo slaptažodį.
error-new-email-confirmation = Patvirtinkite naują el. paštą: įrašykite tą patį adresą kaip laukelyje „Naujas el. paštas“.
error-new-email-unchanged = Naujas el. paštas: tai jau yra jūsų paskyros adresas.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-new-email-demo-address = Naujas el. paštas: domeno { $domain } adresai skirti tik mokymo aplinkai: jų laiškus bet kas gali perskaityti demonstracinėje pašto dėžutėje ir perimti jūsų vaidmenį ar laukiančius prašymus gamybinėje aplinkoje. Palikite savo asmeninį adresą.

## The “Code” field of the sign-up and lost-password forms (the captcha).

error-captcha-empty = Kodas: įrašykite paveikslėlyje matomus simbolius.
error-captcha-expired = Kodas: šio paveikslėlio galiojimas baigėsi. Įrašykite naujo paveikslėlio simbolius.
error-captcha-used = Kodas: šis paveikslėlis jau panaudotas. Įrašykite naujo paveikslėlio simbolius.
error-captcha-wrong = Kodas: simboliai neatitinka paveikslėlio. Įrašykite naujo paveikslėlio simbolius.

## Hints of the password strength meter: the length rule, then zxcvbn's warnings and suggestions.

# $min: the fewest characters a password may have.
error-password-too-short-hint = Naudokite bent { $min } { $min ->
        [one] simbolį
        [few] simbolius
        [many] simbolio
       *[other] simbolių
    }.
error-password-straight-rows = Tiesias klavišų eiles lengva atspėti.
error-password-short-keyboard-patterns = Trumpus klaviatūros derinius lengva atspėti.
error-password-repeats-aaa = Pasikartojimus, pvz., „aaa“, lengva atspėti.
error-password-repeats-abcabc = Pasikartojimus, pvz., „abcabcabc“, atspėti tik šiek tiek sunkiau nei „abc“.
error-password-top-10 = Tai vienas iš 10 dažniausių slaptažodžių.
error-password-top-100 = Tai vienas iš 100 dažniausių slaptažodžių.
error-password-common = Tai labai dažnas slaptažodis.
error-password-similar-to-common = Šis slaptažodis panašus į dažnai naudojamą slaptažodį.
error-password-sequences = Sekas, pvz., abc ar 6543, lengva atspėti.
error-password-recent-years = Pastaruosius metus lengva atspėti.
error-password-single-word = Vieną žodį lengva atspėti.
error-password-dates = Datas dažnai lengva atspėti.
error-password-names-by-themselves = Vien vardus ir pavardes lengva atspėti.
error-password-common-names = Dažnus vardus ir pavardes lengva atspėti.
error-password-use-a-few-words = Naudokite kelis žodžius, venkite įprastų frazių.
error-password-no-need-for-symbols = Specialiųjų simbolių, skaitmenų ar didžiųjų raidžių nereikia.
error-password-add-a-word = Pridėkite dar vieną ar du žodžius. Retesni žodžiai geriau.
error-password-capitalization = Didžiosios raidės nelabai padeda.
error-password-all-uppercase = Vien didžiąsias raides atspėti beveik taip pat lengva kaip vien mažąsias.
error-password-reversed-words = Atvirkščiai parašytus žodžius atspėti nedaug sunkiau.
error-password-substitutions = Nuspėjami pakeitimai, pvz., „@“ vietoj „a“, nelabai padeda.
error-password-longer-keyboard-pattern = Naudokite ilgesnį klaviatūros derinį su daugiau posūkių.
error-password-avoid-repeats = Venkite pasikartojančių žodžių ir simbolių.
error-password-avoid-sequences = Venkite sekų.
error-password-avoid-recent-years = Venkite pastarųjų metų.
error-password-avoid-your-years = Venkite su jumis susijusių metų.
error-password-avoid-your-dates = Venkite su jumis susijusių datų ir metų.

## The training instance.

error-persona-unknown = Tokios personos nėra. Pasirinkite vieną iš mokymo aplinkos pradžios puslapyje pateikto sąrašo.

## Addresses under /api that name nothing.

error-api-function-unknown = Tokios API funkcijos nėra.
error-export-unknown = Tokio eksporto nėra: naudokite queue.csv arba decisions.csv.

## The approval queue: filters, page links, export links.

error-queue-page-link = Puslapio nuoroda nebegalioja. Grįžkite į pirmąjį eilės puslapį.
error-queue-organisation-too-long = Organizacija: įrašykite ne daugiau kaip 100 pavadinimo simbolių.
# $max: the largest age accepted, in days.
error-queue-age-too-high = Senumas: ne daugiau kaip { $max } { $max ->
        [one] diena
        [few] dienos
        [many] dienos
       *[other] dienų
    }.
error-queue-age-not-a-number = Senumas: nurodykite sveiką dienų skaičių, pvz., 7.
# $value: what the link has instead of an instance (production or training).
error-export-link-instance = Eksporto nuoroda negalioja: „{ $value }“ nėra TRACES NT aplinka: naudokite „production“ arba „training“.
error-export-link-no-instance = Eksporto nuoroda negalioja: joje nenurodyta aplinka.
# $key, $value: the setting of the link that is not one of the queue's.
error-export-link-setting = Eksporto nuoroda negalioja: „{ $key }={ $value }“ nėra vienas iš jos nustatymų. Naudokite eilės puslapio eksporto mygtuką.

## Deciding requests, one or many, and the Administrator flag.

# $id: the request's number.
error-decide-not-found = Šioje aplinkoje nėra prašymo Nr. { $id }, dėl kurio galėtumėte priimti sprendimą. Jis gali priklausyti kitai šaliai ar organizacijai; atidarykite jį iš savo eilės.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-decide-organisation-closed = Organizacija „{ $name }“ yra { $status ->
        [rejected] atmesta
        [inactive] neaktyvi
       *[other] { $status }
    }, todėl niekas negali prie jos prisijungti. Vietoj to atmeskite prašymą nurodydami priežastį.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-accepted = Prašymą { $id } jau priėmė { $who } ({ $when }); niekas nepakeista.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-rejected = Prašymą { $id } jau atmetė { $who } ({ $when }); niekas nepakeista.
# $id: the request's number; $when: the date and time (UTC) or “earlier”.
error-decide-already-cancelled = Prašymą { $id } prašymo teikėjas jau atšaukė ({ $when }); niekas nepakeista.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-revoked = Prašymą { $id } jau panaikino { $who } ({ $when }); niekas nepakeista.
# $id: the request's number; $status: its status, a code the schema does not know (in English); $when: the date and time (UTC) or “earlier”.
error-decide-already-other = Prašymo { $id } būsena jau yra „{ $status }“ ({ $when }); niekas nepakeista.
# Stands for the person who decided, when the account is gone.
error-decide-by-unknown = kažkas
# Stands for the time of a decision, when it was not recorded.
error-decide-at-unknown = anksčiau
# $id: the request's number.
error-decide-meanwhile = Dėl prašymo { $id } tuo metu jau buvo priimtas sprendimas; niekas nepakeista. Įkelkite jį iš naujo, kad pamatytumėte sprendimą.
error-decide-none-selected = Eilėje pažymėkite bent vieną prašymą, tada jį priimkite arba atmeskite.
# $max: how many requests can be decided at once; $count: how many were selected.
error-decide-too-many = Vienu metu pažymėkite ne daugiau kaip { $max } { $max ->
        [one] prašymą
        [few] prašymus
        [many] prašymo
       *[other] prašymų
    }; pažymėjote { $count }.
# $id: the request's number.
error-decide-selected-twice = Prašymas { $id } pažymėtas du kartus; kiekvieną prašymą pažymėkite tik kartą.
# $failed: how many of the selected requests cannot be decided; $count: how many were selected.
error-decide-nothing-decided = Nieko neišspręsta: dėl { $failed } iš { $count } pažymėtų prašymų negalima priimti sprendimo. Panaikinkite jų žymėjimą ir bandykite dar kartą.
# $id: the request's number; $status: its status (a stored code, chooses the words).
error-admin-not-valid = Prašymas { $id } nėra galiojanti pareigybė (jis { $status ->
        [pending] laukia sprendimo
        [rejected] atmestas
        [cancelled] atšauktas
        [revoked] panaikintas
       *[other] { $status }
    }): administratoriumi gali būti tik galiojančios pareigybės turėtojas.
# $id: the request's number.
error-admin-changed-meanwhile = Prašymas { $id } tuo metu pasikeitė; įkelkite jį iš naujo.

## Notifications in the app (not errors, but sentences the server composes too).

# $first, $last: the requester's names; $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-new-request = { $first } { $last } prašo prisijungti prie „{ $organisation }“ ({ $country }).
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-accepted = Jūsų prašymas prisijungti prie „{ $organisation }“ ({ $country }) priimtas
# $organisation: the organisation's name; $country: the ISO code of the post's country; $reason: the decider's words.
error-notification-rejected = Jūsų prašymas prisijungti prie „{ $organisation }“ ({ $country }) atmestas: { $reason }
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-rejected-no-reason = Jūsų prašymas prisijungti prie „{ $organisation }“ ({ $country }) atmestas: priežastis nenurodyta
# $organisation: the organisation's name; $country: the ISO code of the post's country; $status: the request's status (a stored code, chooses the words).
error-notification-other = Jūsų prašymas prisijungti prie „{ $organisation }“ ({ $country }) dabar { $status ->
        [pending] laukia sprendimo
        [cancelled] atšauktas
        [revoked] panaikintas
       *[other] yra { $status }
    }

## TRACES: the directory search and authorisation requests.

error-search-page-link = Puslapis: ši puslapio nuoroda nebegalioja; ieškokite dar kartą nuo pirmojo puslapio.
error-search-name-too-long = Pavadinimas: ieškokite naudodami ne daugiau kaip 120 pavadinimo simbolių.
# $max: the most characters allowed.
error-additional-info-too-long = Papildoma informacija: ne daugiau kaip { $max } { $max ->
        [one] simbolis
        [few] simboliai
        [many] simbolio
       *[other] simbolių
    }.
error-submission-key = Pateikimo raktas: siųskite nuo 8 iki 64 raidžių, skaitmenų, - arba _ (puslapis jį sukuria pats; įkelkite puslapį iš naujo ir bandykite dar kartą).
error-submission-other-instance = Šis prašymas jau buvo išsiųstas kitoje aplinkoje. Įkelkite puslapį iš naujo ir išsiųskite prašymą dar kartą.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-demo-address-production = Domeno { $domain } adresai skirti tik mokymo aplinkai: jų laiškus bet kas gali perskaityti demonstracinėje pašto dėžutėje ir perimti paskyrą. Norėdami prašyti autorizacijos gamybinėje aplinkoje, pirmiausia pakeiskite savo paskyros el. pašto adresą savo asmeniniu adresu.
error-posts-none = Pareigybės: sąraše pažymėkite bent vieną organizaciją, tada išsiųskite prašymą.
# $max: how many posts one request can have.
error-posts-too-many = Pareigybės: vienu metu pažymėkite ne daugiau kaip { $max }; kitas išsiųskite antru prašymu.
error-posts-twice = Pareigybės: ta pati pareigybė pažymėta du kartus; kiekvieną pareigybę pažymėkite tik kartą.
error-posts-one-kind = Pareigybės: pažymėkite tik vienos vaidmens rūšies organizacijas (veiklos vykdytojus, kontrolės institucijas arba valdžios institucijas).
# $name: the control body; $country: the country's name; $code: its ISO code.
error-posts-not-certified = Pareigybės: „{ $name }“ neatlieka sertifikavimo šioje šalyje: { $country } ({ $code }); pažymėkite vieną iš jai nurodytų šalių.
# $name: the organisation; $country: the name of its country.
error-posts-other-country = Pareigybės: „{ $name }“ yra šioje šalyje: { $country }; jos pareigybė apima tik šią šalį.
# $id: the number that was sent.
error-organisation-not-found = Organizacijos Nr. { $id } šioje aplinkoje nėra. Ieškokite dar kartą ir pažymėkite ją sąraše.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-organisation-closed = Organizacija „{ $name }“ yra { $status ->
        [rejected] atmesta
        [inactive] neaktyvi
       *[other] { $status }
    } ir naujų prašymų nepriima. Ieškokite dar kartą ir pažymėkite kitą organizaciją.
# $name: the control body.
error-no-certified-countries = Kontrolės institucija „{ $name }“ dar neturi šalių, kuriose atlieka sertifikavimą, todėl joje negalima prašyti pareigybės.
# $name: the organisation; $country: the name of the post's country.
error-post-already-held = „{ $name }“ ({ $country }): šią pareigybę jau turite. Panaikinkite jos žymėjimą ir išsiųskite prašymą dar kartą; savo prašymus matysite profilio puslapyje.
# $name: the organisation; $country: the name of the post's country.
error-post-already-pending = „{ $name }“ ({ $country }): jūsų prašymas dėl šios pareigybės jau laukia sprendimo. Panaikinkite jos žymėjimą ir išsiųskite prašymą dar kartą; savo prašymus matysite profilio puslapyje.
error-own-request-not-found = Tarp jūsų prašymų tokio nėra. Įkelkite savo profilio puslapį iš naujo.
# $organisation: the organisation's name; $status: the request's status (a stored code, chooses the words).
error-cancel-not-pending = Jūsų prašymas dėl „{ $organisation }“ { $status ->
        [pending] laukia sprendimo
        [valid] galioja
        [rejected] atmestas
        [cancelled] atšauktas
        [revoked] panaikintas
       *[other] yra { $status }
    } ir jo nebegalima atšaukti; atšaukti galima tik sprendimo laukiančius prašymus.
error-time-zone = Laiko juosta: pasirinkite juostą, pvz., Europe/Brussels (Regionas/Miestas, ne daugiau kaip 64 simboliai), arba UTC.

## New organisations: the directory import and "create a new operator".

error-import-status = Būsena: naudokite valid, new, rejected arba inactive (tuščias laukelis reiškia valid).
error-import-kind = Rūšis: naudokite operator, control_body arba authority.
error-certified-countries-empty = Sertifikavimo šalys: Šalis: pasirinkite šalį iš sąrašo.
# $code: what was given instead of a country code.
error-certified-countries-shape = Sertifikavimo šalys: Šalis: „{ $code }“ nėra šalies kodas; naudokite dviejų raidžių ISO 3166-1 kodą (DE, FR, US) arba pasirinkite šalį iš sąrašo.
# $code: what was given instead of a country code.
error-certified-countries-unknown = Sertifikavimo šalys: Šalis: „{ $code }“ nėra priskirtas ISO 3166-1 šalies kodas; pasirinkite šalį iš sąrašo.
# $alias: the code EU documents use (EL, UK); $iso: the ISO 3166-1 code; $name: the country's name.
error-certified-countries-eu-alias = Sertifikavimo šalys: Šalis: ES dokumentuose rašoma { $alias }, tačiau ISO 3166-1 ir TRACES naudoja { $iso }; pasirinkite { $iso } ({ $name }).
# $code: the control body code; $other: the organisation that has it.
error-control-body-code-taken = Kontrolės institucijos kodas: { $code } jau yra organizacijos „{ $other }“ kodas.
# $eori: the EORI number; $other: the operator that has it.
error-eori-taken = EORI numeris: { $eori } jau užregistruotas veiklos vykdytojui „{ $other }“; suraskite jį ir paprašykite leidimo, užuot kūrę jį iš naujo.
error-demo-person-shared = Tai mokymų demonstracijos asmuo, kuriuo naudojasi visi salėje esantys: jo vardo, el. pašto adreso ir slaptažodžio pakeisti negalima. Norėdami tai išbandyti, užsiregistruokite savo paskyrą.
