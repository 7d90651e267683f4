## Errors any server function can answer with (api::ApiError).

# $count: how many fields have a problem (2 or more).
error-fields-need-attention = { $count ->
        [one] Hemm { $count } qasam li jeħtieġ l-attenzjoni tiegħek.
        [two] Hemm { $count } oqsma li jeħtieġu l-attenzjoni tiegħek.
        [few] Hemm { $count } oqsma li jeħtieġu l-attenzjoni tiegħek.
        [many] Hemm { $count }-il qasam li jeħtieġu l-attenzjoni tiegħek.
       *[other] Hemm { $count } qasam li jeħtieġu l-attenzjoni tiegħek.
    }
error-unauthenticated = Jekk jogħġbok, idħol l-ewwel.
error-forbidden = M'għandekx permess tagħmel dan.
error-login-failed = Id-dħul ma rnexxiex: l-indirizz tal-email jew il-password mhumiex korretti, jew il-kont huwa msakkar għal 15-il minuta wara wisq tentattivi. Iċċekkja t-tnejn u erġa' pprova, jew uża “Insejt il-password?”.
error-cross-site = Din it-talba waslet minn sit web ieħor u ġiet miċħuda.
# $seconds: how long to wait.
error-rate-limited = Wisq tentattivi. Jekk jogħġbok stenna { $seconds ->
        [one] { $seconds } sekonda
        [two] { $seconds } sekondi
        [few] { $seconds } sekondi
        [many] { $seconds }-il sekonda
       *[other] { $seconds } sekonda
    } u erġa' pprova.
error-too-large = It-talba hija kbira wisq: l-ebda qasam ta' din il-formola ma jieħu aktar minn ftit eluf ta' karattri. Qassar dak li daħħalt u erġa' pprova.
error-storage-unavailable = Is-server ma jista' jsalva xejn bħalissa għax il-ħażna tiegħu hija mimlija jew għall-qari biss. Xejn minn dak li daħħalt ma ġie salvat. Jekk jogħġbok erġa' pprova aktar tard; jekk il-problema tibqa', għarraf lis-servizz ta' għajnuna.
error-internal = Inqalgħet problema min-naħa tagħna. Jekk jogħġbok erġa' pprova fi ftit mumenti.
error-unavailable = Ma setax isir kuntatt mas-server. Iċċekkja l-konnessjoni tiegħek u erġa' pprova.
# $detail: the decoder's words, in English.
error-unreadable-request = It-talba ma setgħetx tinqara: { $detail }

## EU Login: sign-up, the e-mailed links, login and the account page.

# $minutes: how long a link works after its e-mail is sent.
error-link-expired = Din il-link skadiet: il-links jaħdmu għal { $minutes ->
        [one] { $minutes } minuta
        [two] { $minutes } minuti
        [few] { $minutes } minuti
        [many] { $minutes }-il minuta
       *[other] { $minutes } minuta
    } wara li tintbagħat l-email. Itlob email ġdida hawn taħt.
error-link-not-valid = Din il-link mhijiex valida. Ikkopja l-link kollha mill-email fil-bar tal-indirizz, jew itlob email ġdida hawn taħt.
error-link-used = Din il-link diġà ntużat: kull link taħdem darba biss. Jekk trid terġa' tissettja l-password tiegħek, itlob email ġdida hawn taħt.
error-link-superseded = Wara din intbagħtet email aktar ġdida: taħdem biss il-link fl-aħħar email. Uża dik, jew itlob email ġdida hawn taħt.
error-link-not-for-password = Din il-link hija biex tikkonferma indirizz tal-email, mhux għal password.
error-link-not-for-email = Din il-link hija biex tissettja password, mhux biex tikkonferma indirizz tal-email.
error-link-used-meanwhile = Din il-link intużat jew ġiet sostitwita ftit ilu. Itlob waħda ġdida fil-paġna tal-kont tiegħek.
error-email-now-taken = Dan l-indirizz issa qed jintuża minn kont EU Login ieħor, għalhekk ma jistax isir tiegħek. Agħżel indirizz ieħor fil-paġna tal-kont tiegħek.
# $username: the username the person chose.
error-username-taken = Isem tal-utent: “{ $username }” diġà meħud. Agħżel ieħor.
error-login-password-empty = Password: daħħal il-password tiegħek.
error-new-email-confirmation = Ikkonferma l-email il-ġdida: ikteb l-istess indirizz li hemm fil-qasam “Email ġdida”.
error-new-email-unchanged = Email ġdida: dan diġà huwa l-indirizz tal-kont tiegħek.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-new-email-demo-address = Email ġdida: l-indirizzi ta' { $domain } huma għall-ambjent tat-taħriġ biss: kulħadd jista' jaqra l-posta tagħhom fil-kaxxa postali tad-demo u jieħu f'idejh ir-rwol tiegħek jew it-talbiet pendenti tiegħek fil-produzzjoni. Żomm indirizz tiegħek stess.

## The “Code” field of the sign-up and lost-password forms (the captcha).

error-captcha-empty = Kodiċi: ikteb il-karattri li tara fl-istampa.
error-captcha-expired = Kodiċi: din l-istampa skadiet. Ikteb il-karattri tal-istampa l-ġdida.
error-captcha-used = Kodiċi: din l-istampa diġà ntużat. Ikteb il-karattri tal-istampa l-ġdida.
error-captcha-wrong = Kodiċi: il-karattri ma jaqblux mal-istampa. Ikteb il-karattri tal-istampa l-ġdida.

## Hints of the password strength meter: the length rule, then zxcvbn's warnings and suggestions.

# $min: the fewest characters a password may have.
error-password-too-short-hint = Uża mill-inqas { $min ->
        [one] { $min } karattru
        [two] { $min } karattri
        [few] { $min } karattri
        [many] { $min }-il karattru
       *[other] { $min } karattru
    }.
error-password-straight-rows = Ringieli dritti ta' tasti huma faċli biex jiġu indovinati.
error-password-short-keyboard-patterns = Mudelli qosra tat-tastiera huma faċli biex jiġu indovinati.
error-password-repeats-aaa = Ripetizzjonijiet bħal “aaa” huma faċli biex jiġu indovinati.
error-password-repeats-abcabc = Ripetizzjonijiet bħal “abcabcabc” huma ftit biss aktar diffiċli biex jiġu indovinati minn “abc”.
error-password-top-10 = Din hija waħda mill-10 passwords l-aktar komuni.
error-password-top-100 = Din hija waħda mill-100 password l-aktar komuni.
error-password-common = Din hija password komuni ħafna.
error-password-similar-to-common = Din tixbah password użata ħafna.
error-password-sequences = Sekwenzi bħal abc jew 6543 huma faċli biex jiġu indovinati.
error-password-recent-years = Is-snin riċenti huma faċli biex jiġu indovinati.
error-password-single-word = Kelma waħedha hija faċli biex tiġi indovinata.
error-password-dates = Id-dati spiss huma faċli biex jiġu indovinati.
error-password-names-by-themselves = L-ismijiet u l-kunjomijiet waħedhom huma faċli biex jiġu indovinati.
error-password-common-names = L-ismijiet u l-kunjomijiet komuni huma faċli biex jiġu indovinati.
error-password-use-a-few-words = Uża ftit kliem, evita frażijiet komuni.
error-password-no-need-for-symbols = M'hemmx bżonn ta' simboli, ċifri jew ittri kbar.
error-password-add-a-word = Żid kelma jew tnejn oħra. Kliem mhux komuni huwa aħjar.
error-password-capitalization = L-ittri kbar ma jgħinux wisq.
error-password-all-uppercase = Ittri kbar biss huma kważi faċli daqs ittri żgħar biss biex jiġu indovinati.
error-password-reversed-words = Kliem miktub bil-maqlub mhuwiex ħafna aktar diffiċli biex jiġi indovinat.
error-password-substitutions = Sostituzzjonijiet prevedibbli bħal “@” minflok “a” ma jgħinux wisq.
error-password-longer-keyboard-pattern = Uża mudell itwal tat-tastiera b'aktar dawriet.
error-password-avoid-repeats = Evita kliem u karattri ripetuti.
error-password-avoid-sequences = Evita s-sekwenzi.
error-password-avoid-recent-years = Evita s-snin riċenti.
error-password-avoid-your-years = Evita snin assoċjati miegħek.
error-password-avoid-your-dates = Evita dati u snin assoċjati miegħek.

## The training instance.

error-persona-unknown = Ma teżistix persona bħal din. Agħżel waħda mil-lista fil-paġna ta' merħba tal-ambjent tat-taħriġ.

## Addresses under /api that name nothing.

error-api-function-unknown = Ma teżistix funzjoni tal-API bħal din.
error-export-unknown = Ma teżistix esportazzjoni bħal din: uża queue.csv jew decisions.csv.

## The approval queue: filters, page links, export links.

error-queue-page-link = Il-link tal-paġna m'għadhiex valida. Mur lura għall-ewwel paġna tal-kju.
error-queue-organisation-too-long = Organizzazzjoni: ikteb mhux aktar minn 100 karattru tal-isem.
# $max: the largest age accepted, in days.
error-queue-age-too-high = Età: mhux aktar minn { $max ->
        [one] { $max } jum
        [two] { $max } jiem
        [few] { $max } jiem
        [many] { $max }-il jum
       *[other] { $max } jum
    }.
error-queue-age-not-a-number = Età: agħti numru sħiħ ta' jiem, bħal 7.
# $value: what the link has instead of an instance (production or training).
error-export-link-instance = Il-link tal-esportazzjoni mhijiex valida: “{ $value }” mhuwiex ambjent tat-TRACES NT: uża “production” jew “training”.
error-export-link-no-instance = Il-link tal-esportazzjoni mhijiex valida: ma ssemmi l-ebda ambjent.
# $key, $value: the setting of the link that is not one of the queue's.
error-export-link-setting = Il-link tal-esportazzjoni mhijiex valida: “{ $key }={ $value }” mhuwiex wieħed mill-parametri tagħha. Uża l-buttuna tal-esportazzjoni tal-paġna tal-kju.

## Deciding requests, one or many, and the Administrator flag.

# $id: the request's number.
error-decide-not-found = F'dan l-ambjent m'hemm l-ebda talba numru { $id } li tista' tiddeċiedi dwarha. Tista' tkun ta' pajjiż jew organizzazzjoni oħra; iftaħha mill-kju tiegħek.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-decide-organisation-closed = L-organizzazzjoni “{ $name }” { $status ->
        [rejected] ġiet miċħuda
        [inactive] mhijiex attiva
       *[other] hija { $status }
    }, għalhekk ħadd ma jista' jingħaqad magħha. Minflok, iċħad it-talba u agħti raġuni.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-accepted = It-talba { $id } diġà ġiet aċċettata minn { $who } ({ $when }); ma nbidel xejn.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-rejected = It-talba { $id } diġà ġiet miċħuda minn { $who } ({ $when }); ma nbidel xejn.
# $id: the request's number; $when: the date and time (UTC) or “earlier”.
error-decide-already-cancelled = It-talba { $id } diġà ġiet ikkanċellata minn min għamilha ({ $when }); ma nbidel xejn.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-revoked = It-talba { $id } diġà ġiet revokata minn { $who } ({ $when }); ma nbidel xejn.
# $id: the request's number; $status: its status, a code the schema does not know (in English); $when: the date and time (UTC) or “earlier”.
error-decide-already-other = It-talba { $id } diġà għandha l-istatus “{ $status }” ({ $when }); ma nbidel xejn.
# Stands for the person who decided, when the account is gone.
error-decide-by-unknown = xi ħadd
# Stands for the time of a decision, when it was not recorded.
error-decide-at-unknown = aktar kmieni
# $id: the request's number.
error-decide-meanwhile = Sadanittant ittieħdet deċiżjoni dwar it-talba { $id }; ma nbidel xejn. Aġġornaha biex tara d-deċiżjoni.
error-decide-none-selected = Agħżel mill-inqas talba waħda fil-kju, imbagħad aċċetta jew iċħad.
# $max: how many requests can be decided at once; $count: how many were selected.
error-decide-too-many = Agħżel mhux aktar minn { $max ->
        [one] { $max } talba
        [two] { $max } talbiet
        [few] { $max } talbiet
        [many] { $max }-il talba
       *[other] { $max } talba
    } f'daqqa; int għażilt { $count }.
# $id: the request's number.
error-decide-selected-twice = It-talba { $id } intgħażlet darbtejn; agħżel kull talba darba biss.
# $failed: how many of the selected requests cannot be decided; $count: how many were selected.
error-decide-nothing-decided = Ma ġie deċiż xejn: { $failed } mill-{ $count } talbiet magħżula ma jistgħux jiġu deċiżi. Neħħi l-għażla tagħhom u erġa' pprova.
# $id: the request's number; $status: its status (a stored code, chooses the words).
error-admin-not-valid = It-talba { $id } mhijiex kariga valida ({ $status ->
        [pending] għadha pendenti
        [rejected] ġiet miċħuda
        [cancelled] ġiet ikkanċellata
        [revoked] ġiet revokata
       *[other] l-istatus tagħha huwa { $status }
    }): Amministratur jista' jkun biss id-detentur ta' kariga valida.
# $id: the request's number.
error-admin-changed-meanwhile = It-talba { $id } inbidlet sadanittant; aġġornaha.

## Notifications in the app (not errors, but sentences the server composes too).

# $first, $last: the requester's names; $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-new-request = Talba ġdida għal sħubija f'“{ $organisation }” ({ $country }) mingħand { $first } { $last }.
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-accepted = It-talba tiegħek biex tingħaqad ma' “{ $organisation }” ({ $country }) ġiet aċċettata
# $organisation: the organisation's name; $country: the ISO code of the post's country; $reason: the decider's words.
error-notification-rejected = It-talba tiegħek biex tingħaqad ma' “{ $organisation }” ({ $country }) ġiet miċħuda: { $reason }
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-rejected-no-reason = It-talba tiegħek biex tingħaqad ma' “{ $organisation }” ({ $country }) ġiet miċħuda: ma ngħatat l-ebda raġuni
# $organisation: the organisation's name; $country: the ISO code of the post's country; $status: the request's status (a stored code, chooses the words).
error-notification-other = It-talba tiegħek biex tingħaqad ma' “{ $organisation }” ({ $country }) issa { $status ->
        [pending] hija pendenti
        [cancelled] ġiet ikkanċellata
        [revoked] ġiet revokata
       *[other] hija { $status }
    }

## TRACES: the directory search and authorisation requests.

error-search-page-link = Paġna: din il-link tal-paġna m'għadhiex valida; erġa' fittex mill-ewwel paġna.
error-search-name-too-long = Isem: fittex b'mhux aktar minn 120 karattru tal-isem.
# $max: the most characters allowed.
error-additional-info-too-long = Informazzjoni addizzjonali: uża mhux aktar minn { $max ->
        [one] { $max } karattru
        [two] { $max } karattri
        [few] { $max } karattri
        [many] { $max }-il karattru
       *[other] { $max } karattru
    }.
error-submission-key = Ċavetta tas-sottomissjoni: ibgħat minn 8 sa 64 ittra, ċifra, - jew _ (il-paġna toħloqha hi; aġġorna l-paġna u erġa' pprova).
error-submission-other-instance = Din it-talba diġà ntbagħtet fl-ambjent l-ieħor. Aġġorna l-paġna u erġa' ibgħatha.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-demo-address-production = L-indirizzi ta' { $domain } huma għall-ambjent tat-taħriġ biss: kulħadd jista' jaqra l-posta tagħhom fil-kaxxa postali tad-demo u jieħu f'idejh il-kont. Biex titlob awtorizzazzjoni fil-produzzjoni, l-ewwel biddel l-email tal-kont tiegħek għall-indirizz tiegħek stess.
error-posts-none = Karigi: immarka mill-inqas organizzazzjoni waħda fil-lista, imbagħad ibgħat it-talba.
# $max: how many posts one request can have.
error-posts-too-many = Karigi: immarka mhux aktar minn { $max } f'daqqa; ibgħat l-oħrajn f'talba oħra.
error-posts-twice = Karigi: l-istess kariga hija mmarkata darbtejn; immarka kull kariga darba biss.
error-posts-one-kind = Karigi: immarka organizzazzjonijiet ta' tip wieħed ta' rwol biss (operaturi, korpi ta' kontroll jew awtoritajiet).
# $name: the control body; $country: the country's name; $code: its ISO code.
error-posts-not-certified = Karigi: “{ $name }” ma jiċċertifikax f'dan il-pajjiż: { $country } ({ $code }); immarka wieħed mill-pajjiżi elenkati għalih.
# $name: the organisation; $country: the name of its country.
error-posts-other-country = Karigi: “{ $name }” jinsab f'dan il-pajjiż: { $country }; il-kariga tiegħu tkopri dak il-pajjiż biss.
# $id: the number that was sent.
error-organisation-not-found = L-organizzazzjoni bin-numru { $id } ma teżistix f'dan l-ambjent. Erġa' fittex u mmarkaha mil-lista.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-organisation-closed = L-organizzazzjoni “{ $name }” { $status ->
        [rejected] ġiet miċħuda
        [inactive] mhijiex attiva
       *[other] hija { $status }
    } u ma tilqax talbiet ġodda. Erġa' fittex u mmarka organizzazzjoni oħra.
# $name: the control body.
error-no-certified-countries = Il-korp ta' kontroll “{ $name }” għad m'għandu l-ebda pajjiż fejn jiċċertifika, għalhekk ma tista' tintalab l-ebda kariga fih.
# $name: the organisation; $country: the name of the post's country.
error-post-already-held = “{ $name }” ({ $country }): diġà għandek din il-kariga. Neħħi l-marka u erġa' ibgħat it-talba; it-talbiet tiegħek jinsabu fil-paġna tal-profil tiegħek.
# $name: the organisation; $country: the name of the post's country.
error-post-already-pending = “{ $name }” ({ $country }): it-talba tiegħek għal din il-kariga diġà pendenti. Neħħi l-marka u erġa' ibgħat it-talba; it-talbiet tiegħek jinsabu fil-paġna tal-profil tiegħek.
error-own-request-not-found = M'hemmx talba bħal din fost it-talbiet tiegħek. Aġġorna l-paġna tal-profil tiegħek.
# $organisation: the organisation's name; $status: the request's status (a stored code, chooses the words).
error-cancel-not-pending = It-talba tiegħek għal “{ $organisation }” { $status ->
        [pending] hija pendenti
        [valid] hija valida
        [rejected] ġiet miċħuda
        [cancelled] ġiet ikkanċellata
        [revoked] ġiet revokata
       *[other] hija { $status }
    } u ma tistax tiġi kkanċellata aktar; jistgħu jiġu kkanċellati biss talbiet pendenti.
error-time-zone = Żona tal-ħin: agħżel żona bħal Europe/Brussels (Reġjun/Belt, mhux aktar minn 64 karattru), jew UTC.

## New organisations: the directory import and "create a new operator".

error-import-status = Status: uża valid, new, rejected jew inactive (vojt ifisser valid).
error-import-kind = Tip: uża operator, control_body jew authority.
error-certified-countries-empty = Pajjiżi ċertifikati: Pajjiż: agħżel pajjiż mil-lista.
# $code: what was given instead of a country code.
error-certified-countries-shape = Pajjiżi ċertifikati: Pajjiż: “{ $code }” mhuwiex kodiċi ta' pajjiż; uża ż-żewġ ittri tal-ISO 3166-1 (DE, FR, US) jew agħżel pajjiż mil-lista.
# $code: what was given instead of a country code.
error-certified-countries-unknown = Pajjiżi ċertifikati: Pajjiż: “{ $code }” mhuwiex kodiċi ta' pajjiż assenjat tal-ISO 3166-1; agħżel pajjiż mil-lista.
# $alias: the code EU documents use (EL, UK); $iso: the ISO 3166-1 code; $name: the country's name.
error-certified-countries-eu-alias = Pajjiżi ċertifikati: Pajjiż: id-dokumenti tal-UE jiktbu { $alias }, iżda l-ISO 3166-1 u t-TRACES jużaw { $iso }; agħżel { $iso } ({ $name }).
# $code: the control body code; $other: the organisation that has it.
error-control-body-code-taken = Kodiċi tal-korp ta' kontroll: { $code } diġà huwa l-kodiċi ta' “{ $other }”.
# $eori: the EORI number; $other: the operator that has it.
error-eori-taken = Numru EORI: { $eori } diġà huwa rreġistrat għall-operatur “{ $other }”; fittxu u itlob awtorizzazzjoni minflok ma toħolqu mill-ġdid.
error-demo-person-shared = Din hija persuna tad-dimostrazzjoni tat-taħriġ, maqsuma bejn kulħadd fil-kamra: isimha, l-indirizz elettroniku u l-password tagħha ma jistgħux jinbidlu. Irreġistra b’kont tiegħek biex tipprova dan.
