## Errors any server function can answer with (api::ApiError).

# $count: how many fields have a problem (2 or more).
error-fields-need-attention = { $count ->
        [one] { $count } pole si vyžaduje vašu pozornosť.
        [few] { $count } polia si vyžadujú vašu pozornosť.
        [many] { $count } poľa si vyžaduje vašu pozornosť.
       *[other] { $count } polí si vyžaduje vašu pozornosť.
    }
error-unauthenticated = Najprv sa prihláste.
error-forbidden = Na túto akciu nemáte oprávnenie.
error-login-failed = Prihlásenie zlyhalo: e-mailová adresa alebo heslo nie sú správne, alebo je konto po príliš mnohých pokusoch na 15 minút zablokované. Skontrolujte oba údaje a skúste to znova, alebo použite „Zabudli ste heslo?“.
error-cross-site = Táto požiadavka prišla z iného webového sídla a bola odmietnutá.
# $seconds: how long to wait.
error-rate-limited = Príliš veľa pokusov. Počkajte, prosím, { $seconds ->
        [one] { $seconds } sekundu
        [few] { $seconds } sekundy
        [many] { $seconds } sekundy
       *[other] { $seconds } sekúnd
    } a skúste to znova.
error-too-large = Požiadavka je príliš veľká: žiadne pole tohto formulára neprijíma viac ako niekoľko tisíc znakov. Skráťte zadaný text a skúste to znova.
error-storage-unavailable = Server teraz nemôže nič uložiť, pretože jeho úložisko je plné alebo len na čítanie. Nič z toho, čo ste zadali, sa neuložilo. Skúste to, prosím, neskôr znova; ak problém pretrváva, dajte vedieť na helpdesk.
error-internal = Na našej strane sa niečo pokazilo. Skúste to, prosím, o chvíľu znova.
error-unavailable = Nepodarilo sa spojiť so serverom. Skontrolujte pripojenie a skúste to znova.
# $detail: the decoder's words, in English.
error-unreadable-request = Požiadavku nemožno prečítať: { $detail }

## EU Login: sign-up, the e-mailed links, login and the account page.

# $minutes: how long a link works after its e-mail is sent.
error-link-expired = Platnosť tohto odkazu uplynula: odkazy fungujú { $minutes ->
        [one] { $minutes } minútu
        [few] { $minutes } minúty
        [many] { $minutes } minúty
       *[other] { $minutes } minút
    } od odoslania e-mailu. Nižšie si vyžiadajte nový e-mail.
error-link-not-valid = Tento odkaz nie je platný. Skopírujte celý odkaz z e-mailu do panela s adresou alebo si nižšie vyžiadajte nový e-mail.
error-link-used = Tento odkaz už bol použitý: každý odkaz funguje iba raz. Ak potrebujete heslo nastaviť znova, vyžiadajte si nižšie nový e-mail.
error-link-superseded = Po tomto e-maile bol odoslaný novší: funguje iba odkaz v najnovšom e-maile. Použite ten alebo si nižšie vyžiadajte nový e-mail.
error-link-not-for-password = Tento odkaz slúži na potvrdenie e-mailovej adresy, nie na nastavenie hesla.
error-link-not-for-email = Tento odkaz slúži na nastavenie hesla, nie na potvrdenie e-mailovej adresy.
error-link-used-meanwhile = Tento odkaz bol pred chvíľou použitý alebo nahradený. Vyžiadajte si nový na stránke svojho konta.
error-email-now-taken = Túto adresu teraz používa iné konto EU Login, preto nemôže byť priradená vášmu kontu. Na stránke svojho konta zvoľte inú adresu.
# $username: the username the person chose.
error-username-taken = Používateľské meno: „{ $username }“ je už obsadené. Zvoľte iné.
error-login-password-empty = Heslo: zadajte svoje heslo.
error-new-email-confirmation = Potvrdenie novej e-mailovej adresy: zadajte rovnakú adresu ako v poli „Nová e-mailová adresa“.
error-new-email-unchanged = Nová e-mailová adresa: toto už je adresa vášho konta.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-new-email-demo-address = Nová e-mailová adresa: adresy v doméne { $domain } sú určené len pre školiacu inštanciu: poštu na ne si môže ktokoľvek prečítať v ukážkovej poštovej schránke a prevziať tak vašu rolu alebo čakajúce žiadosti v produkcii. Ponechajte si vlastnú adresu.

## The “Code” field of the sign-up and lost-password forms (the captcha).

error-captcha-empty = Kód: opíšte znaky, ktoré vidíte na obrázku.
error-captcha-expired = Kód: platnosť tohto obrázka uplynula. Opíšte znaky z nového obrázka.
error-captcha-used = Kód: tento obrázok už bol použitý. Opíšte znaky z nového obrázka.
error-captcha-wrong = Kód: znaky nezodpovedajú obrázku. Opíšte znaky z nového obrázka.

## Hints of the password strength meter: the length rule, then zxcvbn's warnings and suggestions.

# $min: the fewest characters a password may have.
error-password-too-short-hint = Použite aspoň { $min ->
        [one] { $min } znak
        [few] { $min } znaky
        [many] { $min } znaku
       *[other] { $min } znakov
    }.
error-password-straight-rows = Súvislé rady klávesov sa ľahko uhádnu.
error-password-short-keyboard-patterns = Krátke vzory na klávesnici sa ľahko uhádnu.
error-password-repeats-aaa = Opakovania ako „aaa“ sa ľahko uhádnu.
error-password-repeats-abcabc = Opakovania ako „abcabcabc“ sa uhádnu len o málo ťažšie ako „abc“.
error-password-top-10 = Toto heslo patrí medzi 10 najpoužívanejších hesiel.
error-password-top-100 = Toto heslo patrí medzi 100 najpoužívanejších hesiel.
error-password-common = Toto je veľmi často používané heslo.
error-password-similar-to-common = Toto heslo sa podobá na často používané heslo.
error-password-sequences = Postupnosti ako abc alebo 6543 sa ľahko uhádnu.
error-password-recent-years = Nedávne roky sa ľahko uhádnu.
error-password-single-word = Samotné slovo sa ľahko uhádne.
error-password-dates = Dátumy sa často ľahko uhádnu.
error-password-names-by-themselves = Samotné mená a priezviská sa ľahko uhádnu.
error-password-common-names = Bežné mená a priezviská sa ľahko uhádnu.
error-password-use-a-few-words = Použite niekoľko slov a vyhnite sa bežným frázam.
error-password-no-need-for-symbols = Symboly, číslice ani veľké písmená nie sú potrebné.
error-password-add-a-word = Pridajte ešte jedno alebo dve slová. Menej bežné slová sú lepšie.
error-password-capitalization = Veľké písmená veľmi nepomôžu.
error-password-all-uppercase = Heslo písané iba veľkými písmenami sa uhádne takmer rovnako ľahko ako písané iba malými.
error-password-reversed-words = Slová písané odzadu sa uhádnu len o málo ťažšie.
error-password-substitutions = Predvídateľné zámeny, napríklad „@“ namiesto „a“, veľmi nepomôžu.
error-password-longer-keyboard-pattern = Použite dlhší vzor na klávesnici s viacerými zmenami smeru.
error-password-avoid-repeats = Vyhnite sa opakovaným slovám a znakom.
error-password-avoid-sequences = Vyhnite sa postupnostiam.
error-password-avoid-recent-years = Vyhnite sa nedávnym rokom.
error-password-avoid-your-years = Vyhnite sa rokom, ktoré s vami súvisia.
error-password-avoid-your-dates = Vyhnite sa dátumom a rokom, ktoré s vami súvisia.

## The training instance.

error-persona-unknown = Taká persona neexistuje. Vyberte jednu zo zoznamu na úvodnej stránke školiacej inštancie.

## Addresses under /api that name nothing.

error-api-function-unknown = Taká funkcia API neexistuje.
error-export-unknown = Taký export neexistuje: použite queue.csv alebo decisions.csv.

## The approval queue: filters, page links, export links.

error-queue-page-link = Odkaz na stránku už nie je platný. Vráťte sa na prvú stránku frontu.
error-queue-organisation-too-long = Organizácia: zadajte najviac 100 znakov názvu.
# $max: the largest age accepted, in days.
error-queue-age-too-high = Vek: najviac { $max ->
        [one] { $max } deň
        [few] { $max } dni
        [many] { $max } dňa
       *[other] { $max } dní
    }.
error-queue-age-not-a-number = Vek: zadajte celý počet dní, napríklad 7.
# $value: what the link has instead of an instance (production or training).
error-export-link-instance = Odkaz na export nie je platný: „{ $value }“ nie je inštancia TRACES NT: použite „production“ alebo „training“.
error-export-link-no-instance = Odkaz na export nie je platný: neuvádza žiadnu inštanciu.
# $key, $value: the setting of the link that is not one of the queue's.
error-export-link-setting = Odkaz na export nie je platný: „{ $key }={ $value }“ nepatrí medzi jeho nastavenia. Použite tlačidlo exportu na stránke frontu.

## Deciding requests, one or many, and the Administrator flag.

# $id: the request's number.
error-decide-not-found = V tejto inštancii neexistuje žiadosť číslo { $id }, o ktorej môžete rozhodnúť. Môže patriť inej krajine alebo organizácii; otvorte ju zo svojho frontu.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-decide-organisation-closed = Organizácia „{ $name }“ je { $status ->
        [rejected] zamietnutá
        [inactive] neaktívna
       *[other] { $status }
    }, takže sa k nej nikto nemôže pripojiť. Namiesto toho žiadosť zamietnite s odôvodnením.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-accepted = Žiadosť { $id } už schválil používateľ { $who } ({ $when }); nič sa nezmenilo.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-rejected = Žiadosť { $id } už zamietol používateľ { $who } ({ $when }); nič sa nezmenilo.
# $id: the request's number; $when: the date and time (UTC) or “earlier”.
error-decide-already-cancelled = Žiadosť { $id } už zrušil žiadateľ ({ $when }); nič sa nezmenilo.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-revoked = Žiadosť { $id } už odvolal používateľ { $who } ({ $when }); nič sa nezmenilo.
# $id: the request's number; $status: its status, a code the schema does not know (in English); $when: the date and time (UTC) or “earlier”.
error-decide-already-other = Žiadosť { $id } už má stav { $status } ({ $when }); nič sa nezmenilo.
# Stands for the person who decided, when the account is gone.
error-decide-by-unknown = so zrušeným kontom
# Stands for the time of a decision, when it was not recorded.
error-decide-at-unknown = skôr
# $id: the request's number.
error-decide-meanwhile = O žiadosti { $id } sa medzitým rozhodlo; nič sa nezmenilo. Načítajte ju znova, aby ste videli rozhodnutie.
error-decide-none-selected = Vyberte vo fronte aspoň jednu žiadosť a potom ju schváľte alebo zamietnite.
# $max: how many requests can be decided at once; $count: how many were selected.
error-decide-too-many = Vyberte naraz najviac { $max ->
        [one] { $max } žiadosť
        [few] { $max } žiadosti
        [many] { $max } žiadosti
       *[other] { $max } žiadostí
    }; vybrali ste { $count }.
# $id: the request's number.
error-decide-selected-twice = Žiadosť { $id } je vybraná dvakrát; vyberte každú žiadosť iba raz.
# $failed: how many of the selected requests cannot be decided; $count: how many were selected.
error-decide-nothing-decided = O ničom sa nerozhodlo: o { $failed } z { $count ->
        [one] { $count } vybranej žiadosti
        [few] { $count } vybraných žiadostí
       *[other] { $count } vybraných žiadostí
    } nemožno rozhodnúť. Zrušte ich výber a skúste to znova.
# $id: the request's number; $status: its status (a stored code, chooses the words).
error-admin-not-valid = Žiadosť { $id } nepredstavuje platnú pozíciu (žiadosť je { $status ->
        [pending] čakajúca na vybavenie
        [rejected] zamietnutá
        [cancelled] zrušená
        [revoked] odvolaná
       *[other] { $status }
    }): administrátorom môže byť iba držiteľ platnej pozície.
# $id: the request's number.
error-admin-changed-meanwhile = Žiadosť { $id } sa medzitým zmenila; načítajte ju znova.

## Notifications in the app (not errors, but sentences the server composes too).

# $first, $last: the requester's names; $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-new-request = { $first } { $last } žiada o pripojenie k organizácii „{ $organisation }“ ({ $country }).
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-accepted = Vaša žiadosť o pripojenie k organizácii „{ $organisation }“ ({ $country }) bola schválená
# $organisation: the organisation's name; $country: the ISO code of the post's country; $reason: the decider's words.
error-notification-rejected = Vaša žiadosť o pripojenie k organizácii „{ $organisation }“ ({ $country }) bola zamietnutá: { $reason }
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-rejected-no-reason = Vaša žiadosť o pripojenie k organizácii „{ $organisation }“ ({ $country }) bola zamietnutá bez uvedenia dôvodu
# $organisation: the organisation's name; $country: the ISO code of the post's country; $status: the request's status (a stored code, chooses the words).
error-notification-other = Vaša žiadosť o pripojenie k organizácii „{ $organisation }“ ({ $country }) je teraz { $status ->
        [pending] čakajúca na vybavenie
        [cancelled] zrušená
        [revoked] odvolaná
       *[other] { $status }
    }

## TRACES: the directory search and authorisation requests.

error-search-page-link = Stránka: tento odkaz na stránku už nie je platný; vyhľadávajte znova od prvej stránky.
error-search-name-too-long = Názov: na vyhľadávanie použite najviac 120 znakov názvu.
# $max: the most characters allowed.
error-additional-info-too-long = Doplňujúce informácie: použite najviac { $max ->
        [one] { $max } znak
        [few] { $max } znaky
        [many] { $max } znaku
       *[other] { $max } znakov
    }.
error-submission-key = Kľúč podania: odošlite 8 až 64 písmen, číslic, znakov - alebo _ (stránka ho vytvára sama; načítajte ju znova a skúste to znova).
error-submission-other-instance = Táto žiadosť už bola odoslaná v druhej inštancii. Načítajte stránku znova a odošlite ju znova.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-demo-address-production = Adresy v doméne { $domain } sú určené len pre školiacu inštanciu: poštu na ne si môže ktokoľvek prečítať v ukážkovej poštovej schránke a prevziať tak konto. Ak chcete požiadať o autorizáciu v produkcii, najprv zmeňte e-mail svojho konta na svoju vlastnú adresu.
error-posts-none = Pozície: začiarknite v zozname aspoň jednu organizáciu a potom žiadosť odošlite.
# $max: how many posts one request can have.
error-posts-too-many = Pozície: začiarknite naraz najviac { $max }; ostatné odošlite v ďalšej žiadosti.
error-posts-twice = Pozície: rovnaká pozícia je začiarknutá dvakrát; začiarknite každú pozíciu iba raz.
error-posts-one-kind = Pozície: začiarknite organizácie iba jedného druhu roly (prevádzkovateľov, kontrolné subjekty alebo orgány).
# $name: the control body; $country: the country's name; $code: its ISO code.
error-posts-not-certified = Pozície: „{ $name }“ nevykonáva certifikáciu v krajine { $country } ({ $code }); začiarknite jednu z krajín, ktoré sú pri ňom uvedené.
# $name: the organisation; $country: the name of its country.
error-posts-other-country = Pozície: „{ $name }“ sídli v krajine { $country }; pozícia v tejto organizácii sa vzťahuje iba na túto krajinu.
# $id: the number that was sent.
error-organisation-not-found = Organizácia s číslom { $id } v tejto inštancii neexistuje. Vyhľadajte ju znova a začiarknite ju v zozname.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-organisation-closed = Organizácia „{ $name }“ je { $status ->
        [rejected] zamietnutá
        [inactive] neaktívna
       *[other] { $status }
    } a neprijíma nové žiadosti. Vyhľadávajte znova a začiarknite inú organizáciu.
# $name: the control body.
error-no-certified-countries = Kontrolný subjekt „{ $name }“ zatiaľ nemá žiadne krajiny certifikácie, preto v ňom nemožno žiadať o pozíciu.
# $name: the organisation; $country: the name of the post's country.
error-post-already-held = „{ $name }“ ({ $country }): túto pozíciu už zastávate. Zrušte jej začiarknutie a odošlite žiadosť znova; svoje žiadosti nájdete na stránke svojho profilu.
# $name: the organisation; $country: the name of the post's country.
error-post-already-pending = „{ $name }“ ({ $country }): vaša žiadosť o túto pozíciu už čaká na vybavenie. Zrušte jej začiarknutie a odošlite žiadosť znova; svoje žiadosti nájdete na stránke svojho profilu.
error-own-request-not-found = Medzi vašimi žiadosťami taká žiadosť nie je. Načítajte znova stránku svojho profilu.
# $organisation: the organisation's name; $status: the request's status (a stored code, chooses the words).
error-cancel-not-pending = Vaša žiadosť týkajúca sa organizácie „{ $organisation }“ je { $status ->
        [pending] čakajúca na vybavenie
        [valid] platná
        [rejected] zamietnutá
        [cancelled] zrušená
        [revoked] odvolaná
       *[other] { $status }
    } a už ju nemožno zrušiť; zrušiť možno iba žiadosti čakajúce na vybavenie.
error-time-zone = Časové pásmo: vyberte pásmo v tvare Europe/Brussels (Oblasť/Mesto, najviac 64 znakov) alebo UTC.

## New organisations: the directory import and "create a new operator".

error-import-status = Stav: použite valid, new, rejected alebo inactive (prázdna hodnota znamená valid).
error-import-kind = Druh: použite operator, control_body alebo authority.
error-certified-countries-empty = Krajiny certifikácie: Krajina: vyberte krajinu zo zoznamu.
# $code: what was given instead of a country code.
error-certified-countries-shape = Krajiny certifikácie: Krajina: „{ $code }“ nie je kód krajiny; použite dvojpísmenový kód podľa ISO 3166-1 (DE, FR, US) alebo vyberte krajinu zo zoznamu.
# $code: what was given instead of a country code.
error-certified-countries-unknown = Krajiny certifikácie: Krajina: „{ $code }“ nie je pridelený kód krajiny podľa ISO 3166-1; vyberte krajinu zo zoznamu.
# $alias: the code EU documents use (EL, UK); $iso: the ISO 3166-1 code; $name: the country's name.
error-certified-countries-eu-alias = Krajiny certifikácie: Krajina: dokumenty EÚ používajú kód { $alias }, ale ISO 3166-1 a TRACES používajú kód { $iso }; vyberte { $iso } ({ $name }).
# $code: the control body code; $other: the organisation that has it.
error-control-body-code-taken = Kód kontrolného subjektu: { $code } je už kódom subjektu „{ $other }“.
# $eori: the EORI number; $other: the operator that has it.
error-eori-taken = Číslo EORI: { $eori } je už zaregistrované pre prevádzkovateľa „{ $other }“; vyhľadajte ho a požiadajte o autorizáciu namiesto toho, aby ste ho vytvárali znova.
error-demo-person-shared = Toto je osoba zo školiacej ukážky, ktorú zdieľajú všetci v miestnosti: jej meno, e-mail ani heslo nemožno zmeniť. Ak si to chcete vyskúšať, zaregistrujte si vlastný účet.
