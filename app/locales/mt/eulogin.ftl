## EU Login, the identity service (pages/eulogin): sign-up, the e-mailed links, login, the
## account page, help and privacy. "EU Login", "TRACES NT" and "ECAS" are names.

# The mark above each EU Login page's heading.
eulogin-brand = EU Login
# Heading, button and link of the sign-up form (the helpdesk letter names it).
eulogin-create-account = Oħloq kont
# Links and buttons that lead to logging in.
eulogin-log-in = Idħol
# Heading of its page and the link to it.
eulogin-lost-password = Insejt il-password?
eulogin-help-link = Għajnuna: l-email ma waslitx
eulogin-send-again = Ibgħat l-email mill-ġdid
eulogin-nothing-arrived = Ma wasal xejn?
# The text of a link, inside sentences.
eulogin-account-page-link = il-paġna tal-kont EU Login tiegħek
# After a link that opens in a new tab, for screen readers.
eulogin-opens-in-new-tab = (tiftaħ f'tab ġdida)
# Heading of a page whose e-mailed link is expired, used, replaced or unknown.
eulogin-link-broken = Din il-link ma taħdimx
eulogin-link-checking = Qed niċċekkjaw il-link tiegħek…
eulogin-link-no-code = Dan l-indirizz m'għandu l-ebda kodiċi tal-link. Erġa' iftaħ il-link mill-email, jew ikkopja l-link kollha fil-bar tal-indirizz.

## Field labels and hints.

eulogin-field-username = Isem tal-utent
eulogin-field-first-name = Isem
eulogin-field-last-name = Kunjom
eulogin-field-email = Email
eulogin-field-email-confirm = Ikkonferma l-email
eulogin-field-email-language = Lingwa tal-emails
eulogin-field-interface-language = Lingwa tal-interfaċċa
eulogin-field-password = Password
eulogin-field-current-password = Password attwali
eulogin-field-new-password = Password ġdida
eulogin-field-confirm-password = Ikkonferma l-password
eulogin-field-new-email = Email ġdida
eulogin-field-confirm-new-email = Ikkonferma l-email il-ġdida
eulogin-name-hint = Kif jidher fid-dokument tal-identità tiegħek.
eulogin-email-language-hint = Il-lingwa tal-emails li jibgħatlek EU Login.
eulogin-interface-language-hint = Il-lingwa ta' dawn il-paġni wara li tidħol.
eulogin-password-rule = Mill-inqas 12-il karattru, massimu ta' 128. M'hemmx regoli dwar it-tipi ta' karattri: frażi ta' diversi kliem mhux relatati hija b'saħħitha u faċli biex tiftakarha.

## Create an account (/eulogin/signup).

eulogin-signup-own-name = Iftaħ il-kont f'ismek.
# $person: "REAL PERSON" (eulogin-signup-real-person), in bold.
eulogin-signup-own-name-why = Id-data li ddaħħal hawn se tidher fuq iċ-ċertifikati li tiffirma fit-TRACES NT, li għandhom valur legali. Iftaħ il-kont EU Login f'isem { $person }, MHUX f'isem il-post ta' kontroll fil-fruntiera, l-operatur jew il-korp ta' kontroll tiegħek.
eulogin-signup-real-person = PERSUNA REALI
eulogin-signup-own-address = Uża l-indirizz tal-email professjonali individwali tiegħek.
eulogin-signup-own-address-why = Huwa l-indirizz li se tuża biex tidħol fit-TRACES NT.
# Followed by the link "Log in".
eulogin-signup-already = Diġà għandek kont EU Login?
eulogin-signup-all-required = L-oqsma kollha huma obbligatorji.
eulogin-signup-username-hint = Minn 4 sa 32 karattru: ittri a–z, ċifri, punti, - u _; l-ewwel karattru jrid ikun ittra.
eulogin-signup-email-hint = L-indirizz professjonali individwali tiegħek: se tidħol bih.
eulogin-signup-email-confirm-hint = Erġa' ikteb l-istess indirizz.
eulogin-signup-privacy-accept = Qrajt u naċċetta l-istqarrija ta' privatezza
eulogin-signup-privacy-read = Aqra l-istqarrija ta' privatezza
eulogin-signup-progress = Qed jinħoloq il-kont tiegħek…

## Check your e-mail (/eulogin/signup/sent), after "Create an account".

eulogin-sent-title = Iċċekkja l-email tiegħek
# Instead of the address, when the page does not know it.
eulogin-sent-unknown-address = l-indirizz li daħħalt
# $address: the e-mail address, in bold.
eulogin-sent-lead = Bgħatna email fuq { $address } b'link biex tissettja l-password tiegħek.
# $minutes: how long the link works.
eulogin-sent-link-valid = Il-link taħdem għal { $minutes ->
        [one] { $minutes } minuta
        [two] { $minutes } minuti
        [few] { $minutes } minuti
        [many] { $minutes }-il minuta
       *[other] { $minutes } minuta
    } wara li tintbagħat l-email, u darba biss. Ladarba tissettja l-password, irritorna lejn it-TRACES NT u idħol b'dan l-indirizz tal-email.
eulogin-sent-advice-wait = Stenna ftit minuti: l-emails jistgħu jieħdu ftit żmien.
eulogin-sent-advice-spam = Fittex fil-folder tal-ispam jew tal-junk.
eulogin-sent-advice-it = Itlob lid-dipartiment tal-IT tiegħek biex jippermetti l-emails minn EU Login (biex idaħħal il-mittent fil-lista tal-mittenti permessi, “whitelisting”).
eulogin-sent-advice-address = Iċċekkja l-indirizz hawn fuq. Jekk huwa ħażin, erġa' oħloq il-kont bl-indirizz it-tajjeb.
eulogin-sent-replaces = Email ġdida tieħu post ta' qabilha: taħdem biss il-link fl-aħħar email.

## Help with EU Login (/eulogin/help), where the helpdesk letter points when the e-mail does not arrive.

eulogin-help-title = Għajnuna bl-EU Login
eulogin-help-no-email = L-email biex tissettja l-password tiegħek ma waslitx
eulogin-help-no-email-intro = Wara “Oħloq kont”, EU Login jibagħtlek email b'link biex tissettja l-password tiegħek. Jekk ma tinsabx fl-inbox tiegħek:
# Each piece of advice: a short instruction in bold, then why.
eulogin-help-wait = Stenna ftit minuti.
eulogin-help-wait-why = Xi drabi s-servers tal-posta jżommu l-messaġġi minn mittent ġdid għal xi żmien qabel ma jwassluhom.
eulogin-help-spam = Fittex fil-folder tal-ispam jew tal-junk.
eulogin-help-spam-why = Jekk issib l-email hemmhekk, immarkaha bħala “mhux spam” biex dawk ta' wara jaslu fl-inbox tiegħek.
eulogin-help-it = Itlob lid-dipartiment tal-IT tiegħek biex jippermetti l-emails tagħna.
eulogin-help-it-why = L-organizzazzjonijiet spiss jiffiltraw l-emails li jaslu minn barra. Itlobhom idaħħlu l-mittent tal-EU Login fil-lista tal-mittenti permessi (“whitelisting”).
eulogin-help-address = Iċċekkja l-indirizz.
# $link: a link to the sign-up form, "create the account again" (eulogin-help-address-link).
eulogin-help-address-why = Żball fit-tajpjar jibgħat l-email x'imkien ieħor. Jekk l-indirizz kien ħażin, { $link } bl-indirizz it-tajjeb.
eulogin-help-address-link = erġa' oħloq il-kont
# $action: "Send the e-mail again" (eulogin-help-again-action), in bold.
eulogin-help-again = { $action } bil-formola hawn taħt.
eulogin-help-again-action = Ibgħat l-email mill-ġdid
eulogin-help-link-broken = Il-link ma taħdimx
# $minutes: how long a link works.
eulogin-help-link-broken-why = Link taħdem għal { $minutes ->
        [one] { $minutes } minuta
        [two] { $minutes } minuti
        [few] { $minutes } minuti
        [many] { $minutes }-il minuta
       *[other] { $minutes } minuta
    } wara li tintbagħat l-email, u darba biss. Meta tintbagħat email ġdida, il-links fl-emails ta' qabel ma jibqgħux jaħdmu: dejjem uża l-aħħar email. Jekk il-programm tal-email tiegħek jaqsam il-link fi tnejn, ikkopja l-link kollha fil-bar tal-indirizz tal-browser tiegħek.
eulogin-help-send-again-intro = Daħħal l-indirizz tal-email tal-kont EU Login tiegħek. Jekk ikun irreġistrat, nibagħtulek link ġdida biex tissettja l-password tiegħek.
eulogin-help-have-account = Diġà għandek kont?
# $login: a link, "log in" (eulogin-help-have-account-log-in); $lost: a link, "Lost your password?" (eulogin-lost-password).
eulogin-help-have-account-why = Jekk diġà għandek kont EU Login (ECAS), m'għandekx bżonn ta' wieħed ġdid: { $login }. Jekk insejt il-password tiegħek, uża { $lost }
eulogin-help-have-account-log-in = idħol
eulogin-help-contact = Ikkuntattja s-servizz ta' għajnuna
eulogin-help-contact-intro = Jekk xejn minn dan ma jgħin, jew għal kull mistoqsija dwar it-TRACES NT u ċ-Ċertifikat ta' Spezzjoni, ikteb lil:
# $address: the helpdesk's e-mail address, a link.
eulogin-help-contact-traces = { $address } (TRACES NT u EU Login)
# $address: the e-mail address of the organic products helpdesk, a link.
eulogin-help-contact-organic = { $address } (iċ-Ċertifikat ta' Spezzjoni għall-prodotti organiċi)
eulogin-help-contact-advice = Għid liema indirizz tal-email użajt, u qatt m'għandek tibgħat il-password tiegħek.

## Privacy statement (/eulogin/privacy).

eulogin-privacy-title = Stqarrija ta' privatezza
eulogin-privacy-lead = EU Login huwa l-mod kif turi lit-TRACES NT min int. Din il-paġna tispjega x'inżommu dwarek, għaliex, u x'tista' tagħmel dwar dan.
eulogin-privacy-stored = X'naħżnu
eulogin-privacy-stored-names = L-isem tal-utent, l-isem u l-kunjom tiegħek.
eulogin-privacy-stored-email = L-indirizz tal-email tiegħek, li tużah ukoll biex tidħol.
eulogin-privacy-stored-languages = Il-lingwa tal-emails li nibagħtulek u l-lingwa tal-interfaċċa.
eulogin-privacy-stored-password = Il-password tiegħek, f'forma hashed biss: trasformazzjoni f'direzzjoni waħda li minnha l-password ma tistax terġa' tinqara. Ħadd, lanqas is-servizz ta' għajnuna, ma jista' jara l-password tiegħek.
eulogin-privacy-stored-session = Sakemm tibqa' fil-kont, cookie tas-sessjoni u l-ħin tal-aħħar attività tiegħek, biex is-sessjoni tintemm meta tieqaf tużaha jew toħroġ.
eulogin-privacy-why = Għaliex
eulogin-privacy-why-identify = Biex nidentifikawk meta tidħol fit-TRACES NT u biex nibagħtulek l-emails li jeħtieġ is-servizz (il-link biex tissettja l-password tiegħek, il-konferma ta' indirizz ġdid).
eulogin-privacy-why-certificates = L-isem u l-kunjom tiegħek jidhru fuq iċ-ċertifikati li tiffirma fit-TRACES NT. Iċ-ċertifikati għandhom valur legali, għalhekk il-kont irid ikun f'isem il-persuna reali li tiffirma.
eulogin-privacy-no-other-use = Ma nużaw id-data tiegħek għal xejn ieħor, u la nbigħuha u lanqas naqsmuha għal skopijiet ta' kummerċjalizzazzjoni.
eulogin-privacy-rights = Id-drittijiet tiegħek
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-privacy-rights-text = Tista' tara u tikkoreġi l-ismijiet, il-lingwi, l-indirizz tal-email u l-password tiegħek fi kwalunkwe ħin fuq { $link } ladarba tidħol. Biex titlob kopja tad-data tiegħek jew it-tħassir tal-kont tiegħek, ikteb lis-servizz ta' għajnuna.
eulogin-privacy-contact = Kuntatt
# $address: the helpdesk's e-mail address, a link.
eulogin-privacy-helpdesk = Servizz ta' għajnuna: { $address }

## Log in (/eulogin/login), where "Login into TRACES" leads.

eulogin-login-title = Idħol
eulogin-login-lead = Idħol bl-indirizz tal-email tal-kont EU Login tiegħek.
# Next to the password field when it is empty ("Password" is the field's label).
eulogin-login-password-missing = Password: daħħal il-password tiegħek.
# Followed by the link "Create an account".
eulogin-login-no-account = Għad m'għandekx kont?

## Lost your password? (/eulogin/lost-password)

eulogin-lost-lead = Daħħal l-indirizz tal-email tal-kont EU Login tiegħek. Jekk ikun irreġistrat, nibagħtulek email b'link biex tissettja password ġdida.
# $minutes: how long the link works.
eulogin-lost-link-valid = Il-link taħdem għal { $minutes ->
        [one] { $minutes } minuta
        [two] { $minutes } minuti
        [few] { $minutes } minuti
        [many] { $minutes }-il minuta
       *[other] { $minutes } minuta
    } u darba biss. Il-password attwali tiegħek tibqa' taħdem sakemm tissettja l-ġdida.
eulogin-lost-submit = Ibgħatli link
eulogin-lost-back = Lura għal “Idħol”

## Set your password (/eulogin/password), from the e-mailed link.

eulogin-password-title = Issettja l-password tiegħek
# $name: the person's first name; $username: their username, in bold.
eulogin-password-lead = Bonġu { $name }, agħżel il-password tal-kont EU Login { $username }.
eulogin-password-submit = Issettja l-password tiegħi
eulogin-password-set = Il-password tiegħek ġiet issettjata
eulogin-password-set-next = Issa tista' tidħol bl-indirizz tal-email tiegħek u bil-password il-ġdida tiegħek.
eulogin-password-new-email = Ikseb email ġdida
eulogin-password-new-email-intro = Daħħal l-indirizz tal-email tal-kont EU Login tiegħek biex tirċievi link ġdida biex tissettja l-password tiegħek.

## Confirm your new e-mail address (/eulogin/email), from the e-mailed link.

eulogin-email-title = Ikkonferma l-indirizz tal-email il-ġdid tiegħek
# $name: the person's first name; $username: their username, in bold; $email: the new address, in bold.
eulogin-email-lead = Bonġu { $name }. L-indirizz tad-dħul tal-kont EU Login { $username } se jsir { $email }.
eulogin-email-old-stops = L-indirizz il-qadim tiegħek ma jibqax jaħdem għad-dħul malli tikkonferma.
eulogin-email-submit = Ikkonferma l-indirizz tal-email il-ġdid tiegħi
eulogin-email-changed = L-indirizz tal-email tiegħek inbidel
# $email: the new address, in bold.
eulogin-email-changed-next = Minn issa 'l quddiem, idħol bl-indirizz { $email }.
eulogin-email-back-to-account = Lura għall-kont tiegħi
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-email-link-broken-next = L-indirizz tal-email tiegħek ma nbidilx. Biex tikseb link ġdida ta' konferma, idħol u erġa' itlobha fuq { $link }.

## My EU Login account (/eulogin/account).

eulogin-account-title = Il-kont EU Login tiegħi
eulogin-account-loading = Qed jitella' l-kont tiegħek…
eulogin-account-back = Lura għat-TRACES NT
eulogin-account-log-in-first = Jekk jogħġbok idħol biex tara u tibdel il-kont EU Login tiegħek.
# $name: first and last name; $username; $email: the login address. All three in bold.
eulogin-account-who = Dħalt bħala { $name } (isem tal-utent { $username }, email { $email }).
eulogin-account-details = Id-dettalji tiegħek
eulogin-account-details-intro = L-ismijiet tiegħek jidhru fuq iċ-ċertifikati li tiffirma fit-TRACES NT: uża l-ismijiet veri tiegħek, kif jidhru fid-dokument tal-identità tiegħek.
eulogin-account-details-submit = Salva d-dettalji tiegħi
eulogin-account-details-saved = Id-dettalji tiegħek ġew salvati.
eulogin-account-password = Ibdel il-password
# Next to the field when it is empty ("Current password" is the field's label).
eulogin-account-current-password-missing = Password attwali: daħħal il-password li tuża issa.
eulogin-account-password-submit = Ibdel il-password tiegħi
eulogin-account-password-changed = Il-password tiegħek inbidlet. Kull sessjoni oħra li kienet dieħla fil-kont tiegħek (f'browser jew kompjuter ieħor) ġiet magħluqa.
eulogin-account-email = Ibdel l-email
eulogin-account-email-intro = L-indirizz tal-email tiegħek huwa dak li tuża biex tidħol. Nibagħtu link lill-indirizz il-ġdid biex niżguraw li huwa tiegħek.
# Next to "Confirm new e-mail" ("Confirm new e-mail" and "New e-mail" are the fields' labels).
eulogin-account-email-confirm-differs = Ikkonferma l-email il-ġdida: ikteb l-istess indirizz li hemm fil-qasam “Email ġdida”.
eulogin-account-email-confirm-missing = Ikkonferma l-email il-ġdida: erġa' ikteb l-indirizz il-ġdid.
eulogin-account-email-submit = Ibgħat il-link ta' konferma
# $address: the new address, in bold; $minutes: how long the link works; $current: the present login address.
eulogin-account-email-sent = Bgħatna link fuq { $address }. Segwiha fi żmien { $minutes ->
        [one] { $minutes } minuta
        [two] { $minutes } minuti
        [few] { $minutes } minuti
        [many] { $minutes }-il minuta
       *[other] { $minutes } minuta
    }. L-indirizz tad-dħul tiegħek jinbidel biss meta ssegwi l-link; sa dak iż-żmien, ibqa' idħol bl-indirizz { $current }.
