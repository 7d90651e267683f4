## Errors any server function can answer with (api::ApiError).

# $count: how many fields have a problem (2 or more).
error-fields-need-attention = { $count ->
        [one] { $count } polje zahteva vašo pozornost.
        [two] { $count } polji zahtevata vašo pozornost.
        [few] { $count } polja zahtevajo vašo pozornost.
       *[other] { $count } polj zahteva vašo pozornost.
    }
error-unauthenticated = Najprej se prijavite.
error-forbidden = Za to dejanje nimate dovoljenja.
error-login-failed = Prijava ni uspela: e-poštni naslov ali geslo ni pravilno ali pa je račun po preveč poskusih zaklenjen za 15 minut. Preverite oboje in poskusite znova ali uporabite „Ste pozabili geslo?“.
error-cross-site = Ta zahtevek je prišel z drugega spletnega mesta in je bil zavrnjen.
# $seconds: how long to wait.
error-rate-limited = Preveč poskusov. Počakajte { $seconds ->
        [one] { $seconds } sekundo
        [two] { $seconds } sekundi
        [few] { $seconds } sekunde
       *[other] { $seconds } sekund
    } in poskusite znova.
error-too-large = Zahtevek je prevelik: nobeno polje tega obrazca ne sprejme več kot nekaj tisoč znakov. Skrajšajte vneseno besedilo in poskusite znova.
error-storage-unavailable = Strežnik trenutno ne more ničesar shraniti, ker je njegov pomnilniški prostor poln ali samo za branje. Nič od tega, kar ste vnesli, ni bilo shranjeno. Poskusite znova pozneje; če se težava nadaljuje, obvestite službo za pomoč uporabnikom.
error-internal = Pri nas je šlo nekaj narobe. Poskusite znova čez trenutek.
error-unavailable = Strežnika ni bilo mogoče doseči. Preverite povezavo in poskusite znova.
# $detail: the decoder's words, in English.
error-unreadable-request = Zahtevka ni bilo mogoče prebrati: { $detail }

## EU Login: sign-up, the e-mailed links, login and the account page.

# $minutes: how long a link works after its e-mail is sent.
error-link-expired = Ta povezava je potekla: povezave delujejo { $minutes ->
        [one] { $minutes } minuto
        [two] { $minutes } minuti
        [few] { $minutes } minute
       *[other] { $minutes } minut
    } od pošiljanja e-poštnega sporočila. Spodaj zahtevajte novo sporočilo.
error-link-not-valid = Ta povezava ni veljavna. Celotno povezavo iz e-poštnega sporočila kopirajte v naslovno vrstico ali pa spodaj zahtevajte novo sporočilo.
error-link-used = Ta povezava je bila že uporabljena: vsaka povezava deluje samo enkrat. Če morate geslo znova nastaviti, spodaj zahtevajte novo e-poštno sporočilo.
error-link-superseded = Po tem sporočilu je bilo poslano novejše: deluje samo povezava v najnovejšem e-poštnem sporočilu. Uporabite njo ali pa spodaj zahtevajte novo sporočilo.
error-link-not-for-password = Ta povezava je namenjena potrditvi e-poštnega naslova, ne nastavitvi gesla.
error-link-not-for-email = Ta povezava je namenjena nastavitvi gesla, ne potrditvi e-poštnega naslova.
error-link-used-meanwhile = Ta povezava je bila pravkar uporabljena ali zamenjana. Novo zahtevajte na strani svojega računa.
error-email-now-taken = Ta naslov zdaj uporablja drug račun EU Login, zato ne more postati vaš. Na strani svojega računa izberite drug naslov.
# $username: the username the person chose.
error-username-taken = Uporabniško ime: „{ $username }“ je že zasedeno. Izberite drugo.
error-login-password-empty = Geslo: vnesite svoje geslo.
error-new-email-confirmation = Potrditev novega e-poštnega naslova: vnesite enak naslov kot v polju „Novi e-poštni naslov“.
error-new-email-unchanged = Novi e-poštni naslov: to je že naslov vašega računa.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-new-email-demo-address = Novi e-poštni naslov: naslovi v domeni { $domain } so namenjeni samo instanci za usposabljanje: pošto zanje lahko kdor koli prebere v predstavitvenem poštnem predalu in prevzame vašo vlogo ali čakajoče zahteve v produkciji. Obdržite svoj lastni naslov.

## The “Code” field of the sign-up and lost-password forms (the captcha).

error-captcha-empty = Koda: vnesite znake, ki jih vidite na sliki.
error-captcha-expired = Koda: ta slika je potekla. Vnesite znake z nove slike.
error-captcha-used = Koda: ta slika je bila že uporabljena. Vnesite znake z nove slike.
error-captcha-wrong = Koda: znaki se ne ujemajo s sliko. Vnesite znake z nove slike.

## Hints of the password strength meter: the length rule, then zxcvbn's warnings and suggestions.

# $min: the fewest characters a password may have.
error-password-too-short-hint = Uporabite vsaj { $min ->
        [one] { $min } znak
        [two] { $min } znaka
        [few] { $min } znake
       *[other] { $min } znakov
    }.
error-password-straight-rows = Ravne vrste tipk je lahko uganiti.
error-password-short-keyboard-patterns = Kratke vzorce na tipkovnici je lahko uganiti.
error-password-repeats-aaa = Ponovitve, kot je „aaa“, je lahko uganiti.
error-password-repeats-abcabc = Ponovitve, kot je „abcabcabc“, je le malo težje uganiti kot „abc“.
error-password-top-10 = To geslo je med 10 najpogostejšimi gesli.
error-password-top-100 = To geslo je med 100 najpogostejšimi gesli.
error-password-common = To je zelo pogosto geslo.
error-password-similar-to-common = To geslo je podobno pogosto uporabljenemu geslu.
error-password-sequences = Zaporedja, kot sta abc ali 6543, je lahko uganiti.
error-password-recent-years = Zadnja leta je lahko uganiti.
error-password-single-word = Posamezno besedo je lahko uganiti.
error-password-dates = Datume je pogosto lahko uganiti.
error-password-names-by-themselves = Imena in priimke same po sebi je lahko uganiti.
error-password-common-names = Pogosta imena in priimke je lahko uganiti.
error-password-use-a-few-words = Uporabite nekaj besed in se izogibajte pogostim besednim zvezam.
error-password-no-need-for-symbols = Simboli, števke ali velike črke niso potrebni.
error-password-add-a-word = Dodajte še eno ali dve besedi. Redkejše besede so boljše.
error-password-capitalization = Velike začetnice ne pomagajo veliko.
error-password-all-uppercase = Geslo iz samih velikih črk je skoraj tako lahko uganiti kot geslo iz samih malih.
error-password-reversed-words = Besed, zapisanih nazaj, ni veliko težje uganiti.
error-password-substitutions = Predvidljive zamenjave, kot je „@“ namesto „a“, ne pomagajo veliko.
error-password-longer-keyboard-pattern = Uporabite daljši vzorec na tipkovnici z več spremembami smeri.
error-password-avoid-repeats = Izogibajte se ponavljanju besed in znakov.
error-password-avoid-sequences = Izogibajte se zaporedjem.
error-password-avoid-recent-years = Izogibajte se zadnjim letom.
error-password-avoid-your-years = Izogibajte se letnicam, povezanim z vami.
error-password-avoid-your-dates = Izogibajte se datumom in letnicam, povezanim z vami.

## The training instance.

error-persona-unknown = Takšna persona ne obstaja. Izberite eno s seznama na pozdravni strani instance za usposabljanje.

## Addresses under /api that name nothing.

error-api-function-unknown = Takšna funkcija API ne obstaja.
error-export-unknown = Takšen izvoz ne obstaja: uporabite queue.csv ali decisions.csv.

## The approval queue: filters, page links, export links.

error-queue-page-link = Povezava do strani ni več veljavna. Vrnite se na prvo stran čakalne vrste.
error-queue-organisation-too-long = Organizacija: vnesite največ 100 znakov naziva.
# $max: the largest age accepted, in days.
error-queue-age-too-high = Starost: največ { $max ->
        [one] { $max } dan
        [two] { $max } dneva
        [few] { $max } dni
       *[other] { $max } dni
    }.
error-queue-age-not-a-number = Starost: vnesite celo število dni, na primer 7.
# $value: what the link has instead of an instance (production or training).
error-export-link-instance = Povezava za izvoz ni veljavna: „{ $value }“ ni instanca TRACES NT: uporabite „production“ ali „training“.
error-export-link-no-instance = Povezava za izvoz ni veljavna: ne navaja nobene instance.
# $key, $value: the setting of the link that is not one of the queue's.
error-export-link-setting = Povezava za izvoz ni veljavna: „{ $key }={ $value }“ ni ena od njenih nastavitev. Uporabite gumb za izvoz na strani čakalne vrste.

## Deciding requests, one or many, and the Administrator flag.

# $id: the request's number.
error-decide-not-found = V tej instanci ni zahteve številka { $id }, o kateri lahko odločate. Morda se nanaša na drugo državo ali organizacijo; odprite jo iz svoje čakalne vrste.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-decide-organisation-closed = Organizacija „{ $name }“ je { $status ->
        [rejected] zavrnjena
        [inactive] neaktivna
       *[other] { $status }
    }, zato se ji nihče ne more pridružiti. Namesto tega zahtevo zavrnite in navedite razlog.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-accepted = Zahtevo { $id } je že odobril uporabnik { $who } ({ $when }); nič ni bilo spremenjeno.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-rejected = Zahtevo { $id } je že zavrnil uporabnik { $who } ({ $when }); nič ni bilo spremenjeno.
# $id: the request's number; $when: the date and time (UTC) or “earlier”.
error-decide-already-cancelled = Zahtevo { $id } je že preklical vložnik ({ $when }); nič ni bilo spremenjeno.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-revoked = Zahtevo { $id } je že razveljavil uporabnik { $who } ({ $when }); nič ni bilo spremenjeno.
# $id: the request's number; $status: its status, a code the schema does not know (in English); $when: the date and time (UTC) or “earlier”.
error-decide-already-other = Zahteva { $id } ima že status { $status } ({ $when }); nič ni bilo spremenjeno.
# Stands for the person who decided, when the account is gone.
error-decide-by-unknown = z izbrisanim računom
# Stands for the time of a decision, when it was not recorded.
error-decide-at-unknown = prej
# $id: the request's number.
error-decide-meanwhile = O zahtevi { $id } je bilo medtem že odločeno; nič ni bilo spremenjeno. Znova jo naložite, da vidite odločitev.
error-decide-none-selected = V čakalni vrsti izberite vsaj eno zahtevo, nato jo odobrite ali zavrnite.
# $max: how many requests can be decided at once; $count: how many were selected.
error-decide-too-many = Naenkrat izberite največ { $max ->
        [one] { $max } zahtevo
        [two] { $max } zahtevi
        [few] { $max } zahteve
       *[other] { $max } zahtev
    }; izbrali ste jih { $count }.
# $id: the request's number.
error-decide-selected-twice = Zahteva { $id } je izbrana dvakrat; vsako zahtevo izberite samo enkrat.
# $failed: how many of the selected requests cannot be decided; $count: how many were selected.
error-decide-nothing-decided = Nič ni bilo odločeno: o { $failed } od { $count ->
        [one] { $count } izbrane zahteve
        [few] { $count } izbranih zahtev
        [two] { $count } izbranih zahtev
       *[other] { $count } izbranih zahtev
    } ni mogoče odločiti. Odstranite jih iz izbora in poskusite znova.
# $id: the request's number; $status: its status (a stored code, chooses the words).
error-admin-not-valid = Zahteva { $id } ni veljaven položaj (zahteva je { $status ->
        [pending] v obravnavi
        [rejected] zavrnjena
        [cancelled] preklicana
        [revoked] razveljavljena
       *[other] { $status }
    }): skrbnik je lahko samo imetnik veljavnega položaja.
# $id: the request's number.
error-admin-changed-meanwhile = Zahteva { $id } se je medtem spremenila; znova jo naložite.

## Notifications in the app (not errors, but sentences the server composes too).

# $first, $last: the requester's names; $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-new-request = { $first } { $last } prosi za pridružitev organizaciji „{ $organisation }“ ({ $country }).
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-accepted = Vaša zahteva za pridružitev organizaciji „{ $organisation }“ ({ $country }) je bila odobrena
# $organisation: the organisation's name; $country: the ISO code of the post's country; $reason: the decider's words.
error-notification-rejected = Vaša zahteva za pridružitev organizaciji „{ $organisation }“ ({ $country }) je bila zavrnjena: { $reason }
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-rejected-no-reason = Vaša zahteva za pridružitev organizaciji „{ $organisation }“ ({ $country }) je bila zavrnjena brez navedbe razloga
# $organisation: the organisation's name; $country: the ISO code of the post's country; $status: the request's status (a stored code, chooses the words).
error-notification-other = Vaša zahteva za pridružitev organizaciji „{ $organisation }“ ({ $country }) je zdaj { $status ->
        [pending] v obravnavi
        [cancelled] preklicana
        [revoked] razveljavljena
       *[other] { $status }
    }

## TRACES: the directory search and authorisation requests.

error-search-page-link = Stran: ta povezava do strani ni več veljavna; znova iščite od prve strani.
error-search-name-too-long = Naziv: za iskanje uporabite največ 120 znakov naziva.
# $max: the most characters allowed.
error-additional-info-too-long = Dodatne informacije: uporabite največ { $max ->
        [one] { $max } znak
        [two] { $max } znaka
        [few] { $max } znake
       *[other] { $max } znakov
    }.
error-submission-key = Ključ oddaje: pošljite od 8 do 64 črk, števk, znakov - ali _ (stran ga ustvari sama; znova jo naložite in poskusite znova).
error-submission-other-instance = Ta zahteva je bila že poslana v drugi instanci. Znova naložite stran in jo pošljite znova.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-demo-address-production = Naslovi v domeni { $domain } so namenjeni samo instanci za usposabljanje: pošto zanje lahko kdor koli prebere v predstavitvenem poštnem predalu in prevzame račun. Če želite zahtevati avtorizacijo v produkciji, najprej spremenite e-poštni naslov svojega računa v svoj lastni naslov.
error-posts-none = Položaji: na seznamu označite vsaj eno organizacijo in nato pošljite zahtevo.
# $max: how many posts one request can have.
error-posts-too-many = Položaji: naenkrat označite največ { $max }; ostale pošljite v drugi zahtevi.
error-posts-twice = Položaji: isti položaj je označen dvakrat; vsak položaj označite samo enkrat.
error-posts-one-kind = Položaji: označite organizacije samo ene vrste vloge (izvajalce dejavnosti, izvajalce nadzora ali organe).
# $name: the control body; $country: the country's name; $code: its ISO code.
error-posts-not-certified = Položaji: „{ $name }“ ne izvaja certificiranja v državi { $country } ({ $code }); označite eno od držav, navedenih zanj.
# $name: the organisation; $country: the name of its country.
error-posts-other-country = Položaji: „{ $name }“ ima sedež v državi { $country }; položaj v tej organizaciji zajema samo to državo.
# $id: the number that was sent.
error-organisation-not-found = Organizacija s številko { $id } v tej instanci ne obstaja. Znova jo poiščite in jo označite na seznamu.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-organisation-closed = Organizacija „{ $name }“ je { $status ->
        [rejected] zavrnjena
        [inactive] neaktivna
       *[other] { $status }
    } in ne sprejema novih zahtev. Znova iščite in označite drugo organizacijo.
# $name: the control body.
error-no-certified-countries = Izvajalec nadzora „{ $name }“ še nima nobene države certificiranja, zato pri njem ni mogoče zahtevati položaja.
# $name: the organisation; $country: the name of the post's country.
error-post-already-held = „{ $name }“ ({ $country }): ta položaj že imate. Odznačite ga in znova pošljite zahtevo; svoje zahteve najdete na strani svojega profila.
# $name: the organisation; $country: the name of the post's country.
error-post-already-pending = „{ $name }“ ({ $country }): vaša zahteva za ta položaj je že v obravnavi. Odznačite ga in znova pošljite zahtevo; svoje zahteve najdete na strani svojega profila.
error-own-request-not-found = Med vašimi zahtevami ni takšne zahteve. Znova naložite stran svojega profila.
# $organisation: the organisation's name; $status: the request's status (a stored code, chooses the words).
error-cancel-not-pending = Vaša zahteva za organizacijo „{ $organisation }“ je { $status ->
        [pending] v obravnavi
        [valid] veljavna
        [rejected] zavrnjena
        [cancelled] preklicana
        [revoked] razveljavljena
       *[other] { $status }
    } in je ni več mogoče preklicati; preklicati je mogoče samo zahteve v obravnavi.
error-time-zone = Časovni pas: izberite pas v obliki Europe/Brussels (Območje/Mesto, največ 64 znakov) ali UTC.

## New organisations: the directory import and "create a new operator".

error-import-status = Status: uporabite valid, new, rejected ali inactive (prazno pomeni valid).
error-import-kind = Vrsta: uporabite operator, control_body ali authority.
error-certified-countries-empty = Države certificiranja: Država: izberite državo s seznama.
# $code: what was given instead of a country code.
error-certified-countries-shape = Države certificiranja: Država: „{ $code }“ ni koda države; uporabite dvočrkovno kodo po ISO 3166-1 (DE, FR, US) ali izberite državo s seznama.
# $code: what was given instead of a country code.
error-certified-countries-unknown = Države certificiranja: Država: „{ $code }“ ni dodeljena koda države po ISO 3166-1; izberite državo s seznama.
# $alias: the code EU documents use (EL, UK); $iso: the ISO 3166-1 code; $name: the country's name.
error-certified-countries-eu-alias = Države certificiranja: Država: dokumenti EU uporabljajo kodo { $alias }, ISO 3166-1 in TRACES pa kodo { $iso }; izberite { $iso } ({ $name }).
# $code: the control body code; $other: the organisation that has it.
error-control-body-code-taken = Koda izvajalca nadzora: { $code } je že koda izvajalca „{ $other }“.
# $eori: the EORI number; $other: the operator that has it.
error-eori-taken = Številka EORI: { $eori } je že registrirana za izvajalca dejavnosti „{ $other }“; poiščite ga in zahtevajte pooblastilo, namesto da bi ga znova ustvarili.
error-demo-person-shared = To je oseba iz predstavitve za usposabljanje, ki si jo delijo vsi v prostoru: njenega imena, e-poštnega naslova in gesla ni mogoče spremeniti. Če želite to preizkusiti, se registrirajte z lastnim računom.
