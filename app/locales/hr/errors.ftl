## Errors any server function can answer with (api::ApiError).

# $count: how many fields have a problem (2 or more).
error-fields-need-attention = { $count ->
        [one] { $count } polje zahtijeva vašu pozornost.
        [few] { $count } polja zahtijevaju vašu pozornost.
       *[other] { $count } polja zahtijeva vašu pozornost.
    }
error-unauthenticated = Najprije se prijavite.
error-forbidden = Nemate ovlasti za ovu radnju.
error-login-failed = Prijava nije uspjela: adresa e-pošte ili lozinka nisu točne ili je račun zaključan na 15 minuta nakon previše pokušaja. Provjerite oboje i pokušajte ponovno ili upotrijebite „Zaboravili ste lozinku?“.
error-cross-site = Ovaj je zahtjev došao s drugog mrežnog mjesta i odbijen je.
# $seconds: how long to wait.
error-rate-limited = Previše pokušaja. Pričekajte { $seconds ->
        [one] { $seconds } sekundu
        [few] { $seconds } sekunde
       *[other] { $seconds } sekundi
    } i pokušajte ponovno.
error-too-large = Zahtjev je prevelik: nijedno polje ovog obrasca ne prima više od nekoliko tisuća znakova. Skratite uneseni tekst i pokušajte ponovno.
error-storage-unavailable = Poslužitelj trenutačno ne može ništa spremiti jer je njegova pohrana puna ili samo za čitanje. Ništa od onoga što ste unijeli nije spremljeno. Pokušajte ponovno kasnije; ako se problem nastavi, obavijestite službu za podršku.
error-internal = Nešto je pošlo po zlu na našoj strani. Pokušajte ponovno za trenutak.
error-unavailable = Poslužitelj nije dostupan. Provjerite vezu i pokušajte ponovno.
# $detail: the decoder's words, in English.
error-unreadable-request = Zahtjev nije moguće pročitati: { $detail }

## EU Login: sign-up, the e-mailed links, login and the account page.

# $minutes: how long a link works after its e-mail is sent.
error-link-expired = Ova je poveznica istekla: poveznice vrijede { $minutes ->
        [one] { $minutes } minutu
        [few] { $minutes } minute
       *[other] { $minutes } minuta
    } od slanja poruke e-pošte. U nastavku zatražite novu poruku.
error-link-not-valid = Ova poveznica nije valjana. Kopirajte cijelu poveznicu iz poruke e-pošte u adresnu traku ili u nastavku zatražite novu poruku.
error-link-used = Ova je poveznica već upotrijebljena: svaka poveznica vrijedi samo jednom. Ako ponovno trebate postaviti lozinku, u nastavku zatražite novu poruku e-pošte.
error-link-superseded = Nakon ove poruke poslana je novija: funkcionira samo poveznica iz najnovije poruke e-pošte. Upotrijebite nju ili u nastavku zatražite novu poruku.
error-link-not-for-password = Ova poveznica služi za potvrdu adrese e-pošte, a ne za postavljanje lozinke.
error-link-not-for-email = Ova poveznica služi za postavljanje lozinke, a ne za potvrdu adrese e-pošte.
error-link-used-meanwhile = Ova je poveznica upravo upotrijebljena ili zamijenjena. Zatražite novu na stranici svojeg računa.
error-email-now-taken = Tu adresu sada upotrebljava drugi račun EU Login, pa ne može postati vaša. Na stranici svojeg računa odaberite drugu adresu.
# $username: the username the person chose.
error-username-taken = Korisničko ime: „{ $username }“ već je zauzeto. Odaberite drugo.
error-login-password-empty = Lozinka: unesite svoju lozinku.
error-new-email-confirmation = Potvrda nove adrese e-pošte: unesite istu adresu kao u polju „Nova adresa e-pošte“.
error-new-email-unchanged = Nova adresa e-pošte: to je već adresa vašeg računa.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-new-email-demo-address = Nova adresa e-pošte: adrese na domeni { $domain } namijenjene su samo instanci za osposobljavanje: svatko može čitati njihovu poštu u demonstracijskom poštanskom sandučiću i preuzeti vašu ulogu ili zahtjeve na čekanju u produkciji. Zadržite vlastitu adresu.

## The “Code” field of the sign-up and lost-password forms (the captcha).

error-captcha-empty = Kôd: upišite znakove koje vidite na slici.
error-captcha-expired = Kôd: ova je slika istekla. Upišite znakove s nove slike.
error-captcha-used = Kôd: ova je slika već upotrijebljena. Upišite znakove s nove slike.
error-captcha-wrong = Kôd: znakovi ne odgovaraju slici. Upišite znakove s nove slike.

## Hints of the password strength meter: the length rule, then zxcvbn's warnings and suggestions.

# $min: the fewest characters a password may have.
error-password-too-short-hint = Upotrijebite najmanje { $min ->
        [one] { $min } znak
        [few] { $min } znaka
       *[other] { $min } znakova
    }.
error-password-straight-rows = Ravne redove tipki lako je pogoditi.
error-password-short-keyboard-patterns = Kratke uzorke na tipkovnici lako je pogoditi.
error-password-repeats-aaa = Ponavljanja poput „aaa“ lako je pogoditi.
error-password-repeats-abcabc = Ponavljanja poput „abcabcabc“ tek je malo teže pogoditi nego „abc“.
error-password-top-10 = Ova je lozinka među 10 najčešćih lozinki.
error-password-top-100 = Ova je lozinka među 100 najčešćih lozinki.
error-password-common = Ovo je vrlo česta lozinka.
error-password-similar-to-common = Ova je lozinka slična često upotrebljavanoj lozinki.
error-password-sequences = Nizove poput abc ili 6543 lako je pogoditi.
error-password-recent-years = Nedavne godine lako je pogoditi.
error-password-single-word = Samu riječ lako je pogoditi.
error-password-dates = Datume je često lako pogoditi.
error-password-names-by-themselves = Sama imena i prezimena lako je pogoditi.
error-password-common-names = Česta imena i prezimena lako je pogoditi.
error-password-use-a-few-words = Upotrijebite nekoliko riječi i izbjegavajte uobičajene fraze.
error-password-no-need-for-symbols = Nisu potrebni simboli, znamenke ni velika slova.
error-password-add-a-word = Dodajte još jednu ili dvije riječi. Neuobičajene riječi su bolje.
error-password-capitalization = Velika početna slova ne pomažu mnogo.
error-password-all-uppercase = Lozinku napisanu samo velikim slovima gotovo je jednako lako pogoditi kao onu napisanu samo malim slovima.
error-password-reversed-words = Riječi napisane unatrag nije mnogo teže pogoditi.
error-password-substitutions = Predvidljive zamjene poput „@“ umjesto „a“ ne pomažu mnogo.
error-password-longer-keyboard-pattern = Upotrijebite dulji uzorak na tipkovnici s više promjena smjera.
error-password-avoid-repeats = Izbjegavajte ponavljanje riječi i znakova.
error-password-avoid-sequences = Izbjegavajte nizove.
error-password-avoid-recent-years = Izbjegavajte nedavne godine.
error-password-avoid-your-years = Izbjegavajte godine povezane s vama.
error-password-avoid-your-dates = Izbjegavajte datume i godine povezane s vama.

## The training instance.

error-persona-unknown = Takva persona ne postoji. Odaberite jednu s popisa na početnoj stranici instance za osposobljavanje.

## Addresses under /api that name nothing.

error-api-function-unknown = Takva funkcija API-ja ne postoji.
error-export-unknown = Takav izvoz ne postoji: upotrijebite queue.csv ili decisions.csv.

## The approval queue: filters, page links, export links.

error-queue-page-link = Poveznica na stranicu više nije valjana. Vratite se na prvu stranicu reda čekanja.
error-queue-organisation-too-long = Organizacija: upišite najviše 100 znakova naziva.
# $max: the largest age accepted, in days.
error-queue-age-too-high = Starost: najviše { $max ->
        [one] { $max } dan
        [few] { $max } dana
       *[other] { $max } dana
    }.
error-queue-age-not-a-number = Starost: navedite cijeli broj dana, na primjer 7.
# $value: what the link has instead of an instance (production or training).
error-export-link-instance = Poveznica za izvoz nije valjana: „{ $value }“ nije instanca sustava TRACES NT: upotrijebite „production“ ili „training“.
error-export-link-no-instance = Poveznica za izvoz nije valjana: ne navodi nijednu instancu.
# $key, $value: the setting of the link that is not one of the queue's.
error-export-link-setting = Poveznica za izvoz nije valjana: „{ $key }={ $value }“ nije jedna od njezinih postavki. Upotrijebite gumb za izvoz na stranici reda čekanja.

## Deciding requests, one or many, and the Administrator flag.

# $id: the request's number.
error-decide-not-found = U ovoj instanci ne postoji zahtjev broj { $id } o kojem možete odlučiti. Možda pripada drugoj zemlji ili organizaciji; otvorite ga iz svojeg reda čekanja.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-decide-organisation-closed = Organizacija „{ $name }“ je { $status ->
        [rejected] odbijena
        [inactive] neaktivna
       *[other] { $status }
    }, pa joj se nitko ne može pridružiti. Umjesto toga odbijte zahtjev i navedite razlog.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-accepted = Zahtjev { $id } već je odobrio korisnik { $who } ({ $when }); ništa nije promijenjeno.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-rejected = Zahtjev { $id } već je odbio korisnik { $who } ({ $when }); ništa nije promijenjeno.
# $id: the request's number; $when: the date and time (UTC) or “earlier”.
error-decide-already-cancelled = Zahtjev { $id } već je otkazao podnositelj ({ $when }); ništa nije promijenjeno.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-revoked = Zahtjev { $id } već je opozvao korisnik { $who } ({ $when }); ništa nije promijenjeno.
# $id: the request's number; $status: its status, a code the schema does not know (in English); $when: the date and time (UTC) or “earlier”.
error-decide-already-other = Zahtjev { $id } već ima status { $status } ({ $when }); ništa nije promijenjeno.
# Stands for the person who decided, when the account is gone.
error-decide-by-unknown = s izbrisanim računom
# Stands for the time of a decision, when it was not recorded.
error-decide-at-unknown = ranije
# $id: the request's number.
error-decide-meanwhile = O zahtjevu { $id } u međuvremenu je odlučeno; ništa nije promijenjeno. Ponovno ga učitajte da biste vidjeli odluku.
error-decide-none-selected = Odaberite barem jedan zahtjev u redu čekanja, a zatim ga odobrite ili odbijte.
# $max: how many requests can be decided at once; $count: how many were selected.
error-decide-too-many = Odaberite najviše { $max ->
        [one] { $max } zahtjev
        [few] { $max } zahtjeva
       *[other] { $max } zahtjeva
    } odjednom; odabrali ste ih { $count }.
# $id: the request's number.
error-decide-selected-twice = Zahtjev { $id } odabran je dvaput; odaberite svaki zahtjev samo jednom.
# $failed: how many of the selected requests cannot be decided; $count: how many were selected.
error-decide-nothing-decided = Ništa nije odlučeno: o { $failed } od { $count ->
        [one] { $count } odabranog zahtjeva
        [few] { $count } odabranih zahtjeva
       *[other] { $count } odabranih zahtjeva
    } nije moguće odlučiti. Poništite njihov odabir i pokušajte ponovno.
# $id: the request's number; $status: its status (a stored code, chooses the words).
error-admin-not-valid = Zahtjev { $id } nije valjan položaj (zahtjev je { $status ->
        [pending] na čekanju
        [rejected] odbijen
        [cancelled] otkazan
        [revoked] opozvan
       *[other] { $status }
    }): administrator može biti samo nositelj valjanog položaja.
# $id: the request's number.
error-admin-changed-meanwhile = Zahtjev { $id } u međuvremenu se promijenio; ponovno ga učitajte.

## Notifications in the app (not errors, but sentences the server composes too).

# $first, $last: the requester's names; $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-new-request = { $first } { $last } traži pridruživanje organizaciji „{ $organisation }“ ({ $country }).
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-accepted = Vaš zahtjev za pridruživanje organizaciji „{ $organisation }“ ({ $country }) je odobren
# $organisation: the organisation's name; $country: the ISO code of the post's country; $reason: the decider's words.
error-notification-rejected = Vaš zahtjev za pridruživanje organizaciji „{ $organisation }“ ({ $country }) je odbijen: { $reason }
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-rejected-no-reason = Vaš zahtjev za pridruživanje organizaciji „{ $organisation }“ ({ $country }) je odbijen bez navođenja razloga
# $organisation: the organisation's name; $country: the ISO code of the post's country; $status: the request's status (a stored code, chooses the words).
error-notification-other = Vaš zahtjev za pridruživanje organizaciji „{ $organisation }“ ({ $country }) sada je { $status ->
        [pending] na čekanju
        [cancelled] otkazan
        [revoked] opozvan
       *[other] { $status }
    }

## TRACES: the directory search and authorisation requests.

error-search-page-link = Stranica: ova poveznica na stranicu više nije valjana; ponovno pretražite od prve stranice.
error-search-name-too-long = Naziv: za pretraživanje upotrijebite najviše 120 znakova naziva.
# $max: the most characters allowed.
error-additional-info-too-long = Dodatne informacije: upotrijebite najviše { $max ->
        [one] { $max } znak
        [few] { $max } znaka
       *[other] { $max } znakova
    }.
error-submission-key = Ključ podnošenja: pošaljite od 8 do 64 slova, znamenaka, znakova - ili _ (stranica ga izrađuje sama; ponovno je učitajte i pokušajte ponovno).
error-submission-other-instance = Ovaj je zahtjev već poslan u drugoj instanci. Ponovno učitajte stranicu i pošaljite ga ponovno.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-demo-address-production = Adrese na domeni { $domain } namijenjene su samo instanci za osposobljavanje: svatko može čitati njihovu poštu u demonstracijskom poštanskom sandučiću i preuzeti račun. Da biste zatražili autorizaciju u produkciji, najprije promijenite adresu e-pošte svojeg računa u vlastitu adresu.
error-posts-none = Položaji: označite barem jednu organizaciju na popisu, a zatim pošaljite zahtjev.
# $max: how many posts one request can have.
error-posts-too-many = Položaji: označite najviše { $max } odjednom; ostale pošaljite u drugom zahtjevu.
error-posts-twice = Položaji: isti je položaj označen dvaput; označite svaki položaj samo jednom.
error-posts-one-kind = Položaji: označite organizacije samo jedne vrste uloge (subjekte, kontrolna tijela ili tijela).
# $name: the control body; $country: the country's name; $code: its ISO code.
error-posts-not-certified = Položaji: „{ $name }“ ne provodi certifikaciju u zemlji { $country } ({ $code }); označite jednu od zemalja navedenih za to tijelo.
# $name: the organisation; $country: the name of its country.
error-posts-other-country = Položaji: „{ $name }“ nalazi se u zemlji { $country }; položaj u toj organizaciji obuhvaća samo tu zemlju.
# $id: the number that was sent.
error-organisation-not-found = Organizacija s brojem { $id } ne postoji u ovoj instanci. Ponovno je potražite i označite na popisu.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-organisation-closed = Organizacija „{ $name }“ je { $status ->
        [rejected] odbijena
        [inactive] neaktivna
       *[other] { $status }
    } i ne prima nove zahtjeve. Ponovno pretražite i označite drugu organizaciju.
# $name: the control body.
error-no-certified-countries = Kontrolno tijelo „{ $name }“ još nema nijednu zemlju certifikacije, pa u njemu nije moguće zatražiti položaj.
# $name: the organisation; $country: the name of the post's country.
error-post-already-held = „{ $name }“ ({ $country }): već imate ovaj položaj. Uklonite oznaku i ponovno pošaljite zahtjev; svoje zahtjeve možete vidjeti na stranici svojeg profila.
# $name: the organisation; $country: the name of the post's country.
error-post-already-pending = „{ $name }“ ({ $country }): vaš je zahtjev za ovaj položaj već na čekanju. Uklonite oznaku i ponovno pošaljite zahtjev; svoje zahtjeve možete vidjeti na stranici svojeg profila.
error-own-request-not-found = Među vašim zahtjevima nema takvog zahtjeva. Ponovno učitajte stranicu svojeg profila.
# $organisation: the organisation's name; $status: the request's status (a stored code, chooses the words).
error-cancel-not-pending = Vaš zahtjev za organizaciju „{ $organisation }“ je { $status ->
        [pending] na čekanju
        [valid] valjan
        [rejected] odbijen
        [cancelled] otkazan
        [revoked] opozvan
       *[other] { $status }
    } i više ga nije moguće otkazati; otkazati se mogu samo zahtjevi na čekanju.
error-time-zone = Vremenska zona: odaberite zonu u obliku Europe/Brussels (Područje/Grad, najviše 64 znaka) ili UTC.

## New organisations: the directory import and "create a new operator".

error-import-status = Status: upotrijebite valid, new, rejected ili inactive (prazno znači valid).
error-import-kind = Vrsta: upotrijebite operator, control_body ili authority.
error-certified-countries-empty = Zemlje certifikacije: Zemlja: odaberite zemlju s popisa.
# $code: what was given instead of a country code.
error-certified-countries-shape = Zemlje certifikacije: Zemlja: „{ $code }“ nije oznaka zemlje; upotrijebite dvoslovnu oznaku prema normi ISO 3166-1 (DE, FR, US) ili odaberite zemlju s popisa.
# $code: what was given instead of a country code.
error-certified-countries-unknown = Zemlje certifikacije: Zemlja: „{ $code }“ nije dodijeljena oznaka zemlje prema normi ISO 3166-1; odaberite zemlju s popisa.
# $alias: the code EU documents use (EL, UK); $iso: the ISO 3166-1 code; $name: the country's name.
error-certified-countries-eu-alias = Zemlje certifikacije: Zemlja: u dokumentima EU-a upotrebljava se oznaka { $alias }, ali ISO 3166-1 i TRACES upotrebljavaju oznaku { $iso }; odaberite { $iso } ({ $name }).
# $code: the control body code; $other: the organisation that has it.
error-control-body-code-taken = Šifra kontrolnog tijela: { $code } već je šifra tijela „{ $other }“.
# $eori: the EORI number; $other: the operator that has it.
error-eori-taken = Broj EORI: { $eori } već je registriran za subjekt „{ $other }“; potražite ga i zatražite autorizaciju umjesto da ga ponovno izrađujete.
error-demo-person-shared = Ovo je osoba iz demonstracije za osposobljavanje koju dijele svi u prostoriji: njezino ime, e-adresa i lozinka ne mogu se promijeniti. Registrirajte vlastiti račun da biste to isprobali.
