## Errors any server function can answer with (api::ApiError).

# $count: how many fields have a problem (2 or more).
error-fields-need-attention = Jāpārbauda { $count } { $count ->
        [one] lauks
        [zero] lauki
       *[other] lauki
    }.
error-unauthenticated = Lūdzu, vispirms piesakieties.
error-forbidden = Jums nav atļauts to darīt.
error-login-failed = Pieteikšanās neizdevās: e-pasta adrese vai parole nav pareiza, vai arī konts pēc pārāk daudziem mēģinājumiem ir bloķēts uz 15 minūtēm. Pārbaudiet abus un mēģiniet vēlreiz vai izmantojiet „Aizmirsāt paroli?”.
error-cross-site = Šis pieprasījums tika saņemts no citas tīmekļvietnes un tika noraidīts.
# $seconds: how long to wait.
error-rate-limited = Pārāk daudz mēģinājumu. Lūdzu, uzgaidiet { $seconds } { $seconds ->
        [one] sekundi
        [zero] sekundes
       *[other] sekundes
    } un mēģiniet vēlreiz.
error-too-large = Pieprasījums ir pārāk liels: neviens šīs veidlapas lauks nepieņem vairāk par dažiem tūkstošiem rakstzīmju. Saīsiniet ievadīto tekstu un mēģiniet vēlreiz.
error-storage-unavailable = Serveris pašlaik nevar neko saglabāt, jo tā krātuve ir pilna vai tikai lasāma. Nekas no jūsu ievadītā netika saglabāts. Lūdzu, mēģiniet vēlreiz vēlāk; ja problēma saglabājas, paziņojiet palīdzības dienestam.
error-internal = Mūsu pusē radās kļūda. Lūdzu, pēc brīža mēģiniet vēlreiz.
error-unavailable = Nevarēja sazināties ar serveri. Pārbaudiet savienojumu un mēģiniet vēlreiz.
# $detail: the decoder's words, in English.
error-unreadable-request = Pieprasījumu nevarēja nolasīt: { $detail }

## EU Login: sign-up, the e-mailed links, login and the account page.

# $minutes: how long a link works after its e-mail is sent.
error-link-expired = Šīs saites derīguma termiņš ir beidzies: saites darbojas { $minutes } { $minutes ->
        [one] minūti
        [zero] minūtes
       *[other] minūtes
    } pēc e-pasta nosūtīšanas. Pieprasiet jaunu e-pastu tālāk.
error-link-not-valid = Šī saite nav derīga. Iekopējiet visu saiti no e-pasta vēstules adreses joslā vai pieprasiet jaunu e-pastu tālāk.
error-link-used = Šī saite jau ir izmantota: katra saite darbojas tikai vienu reizi. Ja jums atkal jāiestata parole, pieprasiet jaunu e-pastu tālāk.
error-link-superseded = Pēc šī e-pasta tika nosūtīts jaunāks: darbojas tikai jaunākā e-pasta saite. Izmantojiet to vai pieprasiet jaunu e-pastu tālāk.
error-link-not-for-password = Šī saite ir paredzēta e-pasta adreses apstiprināšanai, nevis parolei.
error-link-not-for-email = Šī saite ir paredzēta paroles iestatīšanai, nevis e-pasta adreses apstiprināšanai.
error-link-used-meanwhile = Šī saite tikko tika izmantota vai aizstāta. Pieprasiet jaunu savā konta lapā.
error-email-now-taken = Šo adresi tagad izmanto cits EU Login konts, tāpēc tā nevar kļūt par jūsu adresi. Izvēlieties citu adresi savā konta lapā.
# $username: the username the person chose.
error-username-taken = Lietotājvārds: „{ $username }” jau ir aizņemts. Izvēlieties citu.
error-login-password-empty = Parole: ievadiet savu paroli.
error-new-email-confirmation = Apstiprināt jauno e-pastu: ierakstiet to pašu adresi, kas laukā „Jaunais e-pasts”.
error-new-email-unchanged = Jaunais e-pasts: šī jau ir jūsu konta adrese.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-new-email-demo-address = Jaunais e-pasts: domēna { $domain } adreses ir paredzētas tikai apmācību videi: to pastu ikviens var izlasīt demonstrācijas pastkastē un pārņemt jūsu lomu vai gaidošos pieprasījumus ražošanas vidē. Paturiet savu adresi.

## The “Code” field of the sign-up and lost-password forms (the captcha).

error-captcha-empty = Kods: ierakstiet attēlā redzamās rakstzīmes.
error-captcha-expired = Kods: šī attēla derīguma termiņš ir beidzies. Ierakstiet jaunā attēla rakstzīmes.
error-captcha-used = Kods: šis attēls jau ir izmantots. Ierakstiet jaunā attēla rakstzīmes.
error-captcha-wrong = Kods: rakstzīmes neatbilst attēlam. Ierakstiet jaunā attēla rakstzīmes.

## Hints of the password strength meter: the length rule, then zxcvbn's warnings and suggestions.

# $min: the fewest characters a password may have.
error-password-too-short-hint = Izmantojiet vismaz { $min } { $min ->
        [one] rakstzīmi
        [zero] rakstzīmes
       *[other] rakstzīmes
    }.
error-password-straight-rows = Taisnas taustiņu rindas ir viegli uzminēt.
error-password-short-keyboard-patterns = Īsas tastatūras kombinācijas ir viegli uzminēt.
error-password-repeats-aaa = Atkārtojumus, piemēram, „aaa”, ir viegli uzminēt.
error-password-repeats-abcabc = Atkārtojumus, piemēram, „abcabcabc”, uzminēt ir tikai nedaudz grūtāk nekā „abc”.
error-password-top-10 = Šī ir viena no 10 visbiežāk lietotajām parolēm.
error-password-top-100 = Šī ir viena no 100 visbiežāk lietotajām parolēm.
error-password-common = Šī ir ļoti bieži lietota parole.
error-password-similar-to-common = Šī parole ir līdzīga bieži lietotai parolei.
error-password-sequences = Virknes, piemēram, abc vai 6543, ir viegli uzminēt.
error-password-recent-years = Pēdējos gadus ir viegli uzminēt.
error-password-single-word = Atsevišķu vārdu ir viegli uzminēt.
error-password-dates = Datumus bieži ir viegli uzminēt.
error-password-names-by-themselves = Vārdus un uzvārdus vienus pašus ir viegli uzminēt.
error-password-common-names = Izplatītus vārdus un uzvārdus ir viegli uzminēt.
error-password-use-a-few-words = Izmantojiet dažus vārdus, izvairieties no izplatītām frāzēm.
error-password-no-need-for-symbols = Simboli, cipari vai lielie burti nav vajadzīgi.
error-password-add-a-word = Pievienojiet vēl vienu vai divus vārdus. Neparasti vārdi ir labāki.
error-password-capitalization = Lielie burti daudz nelīdz.
error-password-all-uppercase = Tikai lielos burtus ir gandrīz tikpat viegli uzminēt kā tikai mazos.
error-password-reversed-words = Apgrieztus vārdus nav daudz grūtāk uzminēt.
error-password-substitutions = Paredzamas aizstāšanas, piemēram, „@” burta „a” vietā, daudz nelīdz.
error-password-longer-keyboard-pattern = Izmantojiet garāku tastatūras kombināciju ar vairāk pagriezieniem.
error-password-avoid-repeats = Izvairieties no atkārtotiem vārdiem un rakstzīmēm.
error-password-avoid-sequences = Izvairieties no virknēm.
error-password-avoid-recent-years = Izvairieties no pēdējiem gadiem.
error-password-avoid-your-years = Izvairieties no gadiem, kas saistīti ar jums.
error-password-avoid-your-dates = Izvairieties no datumiem un gadiem, kas saistīti ar jums.

## The training instance.

error-persona-unknown = Šādas personas nav. Izvēlieties kādu no apmācību vides sākumlapas saraksta.

## Addresses under /api that name nothing.

error-api-function-unknown = Šādas API funkcijas nav.
error-export-unknown = Šāda eksporta nav: izmantojiet queue.csv vai decisions.csv.

## The approval queue: filters, page links, export links.

error-queue-page-link = Lapas saite vairs nav derīga. Atgriezieties rindas pirmajā lapā.
error-queue-organisation-too-long = Organizācija: ierakstiet ne vairāk kā 100 nosaukuma rakstzīmes.
# $max: the largest age accepted, in days.
error-queue-age-too-high = Vecums: ne vairāk kā { $max } { $max ->
        [one] diena
        [zero] dienas
       *[other] dienas
    }.
error-queue-age-not-a-number = Vecums: norādiet veselu dienu skaitu, piemēram, 7.
# $value: what the link has instead of an instance (production or training).
error-export-link-instance = Eksporta saite nav derīga: „{ $value }” nav TRACES NT vide: izmantojiet „production” vai „training”.
error-export-link-no-instance = Eksporta saite nav derīga: tajā nav norādīta vide.
# $key, $value: the setting of the link that is not one of the queue's.
error-export-link-setting = Eksporta saite nav derīga: „{ $key }={ $value }” nav neviens no tās iestatījumiem. Izmantojiet rindas lapas eksporta pogu.

## Deciding requests, one or many, and the Administrator flag.

# $id: the request's number.
error-decide-not-found = Šajā vidē nav pieprasījuma ar numuru { $id }, par kuru jūs varat pieņemt lēmumu. Tas var attiekties uz citu valsti vai organizāciju; atveriet to no savas rindas.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-decide-organisation-closed = Organizācija „{ $name }” ir { $status ->
        [rejected] noraidīta
        [inactive] neaktīva
       *[other] { $status }
    }, tāpēc neviens tai nevar pievienoties. Tā vietā noraidiet pieprasījumu, norādot iemeslu.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-accepted = Pieprasījumu { $id } jau apstiprināja { $who } ({ $when }); nekas netika mainīts.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-rejected = Pieprasījumu { $id } jau noraidīja { $who } ({ $when }); nekas netika mainīts.
# $id: the request's number; $when: the date and time (UTC) or “earlier”.
error-decide-already-cancelled = Pieprasījumu { $id } pieprasītājs jau atcēla ({ $when }); nekas netika mainīts.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-revoked = Pieprasījumu { $id } jau atsauca { $who } ({ $when }); nekas netika mainīts.
# $id: the request's number; $status: its status, a code the schema does not know (in English); $when: the date and time (UTC) or “earlier”.
error-decide-already-other = Pieprasījumam { $id } jau ir statuss „{ $status }” ({ $when }); nekas netika mainīts.
# Stands for the person who decided, when the account is gone.
error-decide-by-unknown = kāds
# Stands for the time of a decision, when it was not recorded.
error-decide-at-unknown = agrāk
# $id: the request's number.
error-decide-meanwhile = Par pieprasījumu { $id } pa to laiku jau tika pieņemts lēmums; nekas netika mainīts. Ielādējiet to no jauna, lai redzētu lēmumu.
error-decide-none-selected = Atlasiet rindā vismaz vienu pieprasījumu un tad apstipriniet vai noraidiet.
# $max: how many requests can be decided at once; $count: how many were selected.
error-decide-too-many = Vienlaikus atlasiet ne vairāk kā { $max } { $max ->
        [one] pieprasījumu
        [zero] pieprasījumus
       *[other] pieprasījumus
    }; jūs atlasījāt { $count }.
# $id: the request's number.
error-decide-selected-twice = Pieprasījums { $id } ir atlasīts divreiz; atlasiet katru pieprasījumu tikai vienu reizi.
# $failed: how many of the selected requests cannot be decided; $count: how many were selected.
error-decide-nothing-decided = Nekas netika izlemts: par { $failed } no { $count } atlasītajiem pieprasījumiem nevar pieņemt lēmumu. Noņemiet to atlasi un mēģiniet vēlreiz.
# $id: the request's number; $status: its status (a stored code, chooses the words).
error-admin-not-valid = Pieprasījums { $id } nav derīgs amats (tas ir { $status ->
        [pending] vēl neizskatīts
        [rejected] noraidīts
        [cancelled] atcelts
        [revoked] atsaukts
       *[other] { $status }
    }): administrators var būt tikai derīga amata turētājs.
# $id: the request's number.
error-admin-changed-meanwhile = Pieprasījums { $id } pa to laiku ir mainījies; ielādējiet to no jauna.

## Notifications in the app (not errors, but sentences the server composes too).

# $first, $last: the requester's names; $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-new-request = { $first } { $last } lūdz pievienoties organizācijai „{ $organisation }” ({ $country }).
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-accepted = Jūsu pieprasījums pievienoties organizācijai „{ $organisation }” ({ $country }) tika apstiprināts
# $organisation: the organisation's name; $country: the ISO code of the post's country; $reason: the decider's words.
error-notification-rejected = Jūsu pieprasījums pievienoties organizācijai „{ $organisation }” ({ $country }) tika noraidīts: { $reason }
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-rejected-no-reason = Jūsu pieprasījums pievienoties organizācijai „{ $organisation }” ({ $country }) tika noraidīts: iemesls nav norādīts
# $organisation: the organisation's name; $country: the ISO code of the post's country; $status: the request's status (a stored code, chooses the words).
error-notification-other = Jūsu pieprasījums pievienoties organizācijai „{ $organisation }” ({ $country }) tagad ir { $status ->
        [pending] vēl neizskatīts
        [cancelled] atcelts
        [revoked] atsaukts
       *[other] { $status }
    }

## TRACES: the directory search and authorisation requests.

error-search-page-link = Lapa: šī lapas saite vairs nav derīga; meklējiet vēlreiz no pirmās lapas.
error-search-name-too-long = Nosaukums: meklēšanai izmantojiet ne vairāk kā 120 nosaukuma rakstzīmes.
# $max: the most characters allowed.
error-additional-info-too-long = Papildu informācija: izmantojiet ne vairāk kā { $max } { $max ->
        [one] rakstzīmi
        [zero] rakstzīmes
       *[other] rakstzīmes
    }.
error-submission-key = Iesniegšanas atslēga: nosūtiet 8 līdz 64 burtus, ciparus, - vai _ (lapa to izveido pati; ielādējiet lapu no jauna un mēģiniet vēlreiz).
error-submission-other-instance = Šis pieprasījums jau tika nosūtīts otrā vidē. Ielādējiet lapu no jauna un nosūtiet to vēlreiz.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-demo-address-production = Domēna { $domain } adreses ir paredzētas tikai apmācību videi: to pastu ikviens var izlasīt demonstrācijas pastkastē un pārņemt kontu. Lai pieprasītu autorizāciju ražošanas vidē, vispirms nomainiet sava konta e-pasta adresi uz savu adresi.
error-posts-none = Amati: atzīmējiet sarakstā vismaz vienu organizāciju un tad nosūtiet pieprasījumu.
# $max: how many posts one request can have.
error-posts-too-many = Amati: vienlaikus atzīmējiet ne vairāk kā { $max }; pārējos nosūtiet otrā pieprasījumā.
error-posts-twice = Amati: viens un tas pats amats ir atzīmēts divreiz; atzīmējiet katru amatu tikai vienu reizi.
error-posts-one-kind = Amati: atzīmējiet tikai viena lomas veida organizācijas (uzņēmējus, kontroles institūcijas vai iestādes).
# $name: the control body; $country: the country's name; $code: its ISO code.
error-posts-not-certified = Amati: „{ $name }” neveic sertifikāciju šajā valstī: { $country } ({ $code }); atzīmējiet kādu no tai norādītajām valstīm.
# $name: the organisation; $country: the name of its country.
error-posts-other-country = Amati: „{ $name }” atrodas šajā valstī: { $country }; tās amats attiecas tikai uz šo valsti.
# $id: the number that was sent.
error-organisation-not-found = Organizācija ar numuru { $id } šajā vidē nepastāv. Meklējiet vēlreiz un atzīmējiet to sarakstā.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-organisation-closed = Organizācija „{ $name }” ir { $status ->
        [rejected] noraidīta
        [inactive] neaktīva
       *[other] { $status }
    } un jaunus pieprasījumus nepieņem. Meklējiet vēlreiz un atzīmējiet citu organizāciju.
# $name: the control body.
error-no-certified-countries = Kontroles institūcijai „{ $name }” vēl nav nevienas valsts, kurā tā veic sertifikāciju, tāpēc tajā nevar pieprasīt amatu.
# $name: the organisation; $country: the name of the post's country.
error-post-already-held = „{ $name }” ({ $country }): jūs jau ieņemat šo amatu. Noņemiet atzīmi un nosūtiet pieprasījumu vēlreiz; jūsu pieprasījumi ir redzami jūsu profila lapā.
# $name: the organisation; $country: the name of the post's country.
error-post-already-pending = „{ $name }” ({ $country }): jūsu pieprasījums par šo amatu jau tiek izskatīts. Noņemiet atzīmi un nosūtiet pieprasījumu vēlreiz; jūsu pieprasījumi ir redzami jūsu profila lapā.
error-own-request-not-found = Jūsu pieprasījumu vidū tāda nav. Ielādējiet savu profila lapu no jauna.
# $organisation: the organisation's name; $status: the request's status (a stored code, chooses the words).
error-cancel-not-pending = Jūsu pieprasījums par organizāciju „{ $organisation }” ir { $status ->
        [pending] vēl neizskatīts
        [valid] derīgs
        [rejected] noraidīts
        [cancelled] atcelts
        [revoked] atsaukts
       *[other] { $status }
    }, un to vairs nevar atcelt; atcelt var tikai neizskatītus pieprasījumus.
error-time-zone = Laika josla: izvēlieties joslu, piemēram, Europe/Brussels (Apgabals/Pilsēta, ne vairāk kā 64 rakstzīmes), vai UTC.

## New organisations: the directory import and "create a new operator".

error-import-status = Statuss: izmantojiet valid, new, rejected vai inactive (tukšs lauks nozīmē valid).
error-import-kind = Veids: izmantojiet operator, control_body vai authority.
error-certified-countries-empty = Sertificētās valstis: Valsts: izvēlieties valsti no saraksta.
# $code: what was given instead of a country code.
error-certified-countries-shape = Sertificētās valstis: Valsts: „{ $code }” nav valsts kods; izmantojiet ISO 3166-1 divu burtu kodu (DE, FR, US) vai izvēlieties valsti no saraksta.
# $code: what was given instead of a country code.
error-certified-countries-unknown = Sertificētās valstis: Valsts: „{ $code }” nav piešķirts ISO 3166-1 valsts kods; izvēlieties valsti no saraksta.
# $alias: the code EU documents use (EL, UK); $iso: the ISO 3166-1 code; $name: the country's name.
error-certified-countries-eu-alias = Sertificētās valstis: Valsts: ES dokumentos raksta { $alias }, bet ISO 3166-1 un TRACES izmanto { $iso }; izvēlieties { $iso } ({ $name }).
# $code: the control body code; $other: the organisation that has it.
error-control-body-code-taken = Kontroles institūcijas kods: { $code } jau ir organizācijas „{ $other }” kods.
# $eori: the EORI number; $other: the operator that has it.
error-eori-taken = EORI numurs: { $eori } jau ir reģistrēts uzņēmējam „{ $other }”; meklējiet to un pieprasiet autorizāciju, nevis izveidojiet to vēlreiz.
error-demo-person-shared = Šī ir mācību demonstrācijas persona, ko kopīgi izmanto visi telpā esošie: tās vārdu, e-pasta adresi un paroli nevar mainīt. Lai to izmēģinātu, reģistrējiet savu kontu.
