## EU Login, the identity service (pages/eulogin): sign-up, the e-mailed links, login, the
## account page, help and privacy. "EU Login", "TRACES NT" and "ECAS" are names.

# The mark above each EU Login page's heading.
eulogin-brand = EU Login
# Heading, button and link of the sign-up form (the helpdesk letter names it).
eulogin-create-account = Cruthaigh cuntas
# Links and buttons that lead to logging in.
eulogin-log-in = Logáil isteach
# Heading of its page and the link to it.
eulogin-lost-password = Ar chaill tú do phasfhocal?
eulogin-help-link = Cabhair: níor tháinig an ríomhphost
eulogin-send-again = Seol an ríomhphost arís
eulogin-nothing-arrived = Níor tháinig aon rud?
# The text of a link, inside sentences.
eulogin-account-page-link = leathanach do chuntais EU Login
# After a link that opens in a new tab, for screen readers.
eulogin-opens-in-new-tab = (osclaítear i gcluaisín nua é)
# Heading of a page whose e-mailed link is expired, used, replaced or unknown.
eulogin-link-broken = Ní oibríonn an nasc seo
eulogin-link-checking = Do nasc á sheiceáil…
eulogin-link-no-code = Níl cód naisc sa seoladh seo. Oscail an nasc ón ríomhphost arís, nó cóipeáil an nasc iomlán isteach sa bharra seoltaí.

## Field labels and hints.

eulogin-field-username = Ainm úsáideora
eulogin-field-first-name = Céadainm
eulogin-field-last-name = Sloinne
eulogin-field-email = Ríomhphost
eulogin-field-email-confirm = Deimhnigh an ríomhphost
eulogin-field-email-language = Teanga ríomhphoist
eulogin-field-interface-language = Teanga an chomhéadain
eulogin-field-password = Pasfhocal
eulogin-field-current-password = Pasfhocal reatha
eulogin-field-new-password = Pasfhocal nua
eulogin-field-confirm-password = Deimhnigh an pasfhocal
eulogin-field-new-email = Ríomhphost nua
eulogin-field-confirm-new-email = Deimhnigh an ríomhphost nua
eulogin-name-hint = Mar atá ar do dhoiciméad aitheantais.
eulogin-email-language-hint = Teanga na ríomhphost a sheolann EU Login chugat.
eulogin-interface-language-hint = Teanga na leathanach seo nuair atá tú logáilte isteach.
eulogin-password-rule = 12 charachtar ar a laghad, 128 ar a mhéad. Níl aon rialacha faoi chineálacha carachtar: is láidir an frása de roinnt focal nach mbaineann le chéile, agus is furasta cuimhneamh air.

## Create an account (/eulogin/signup).

eulogin-signup-own-name = Oscail an cuntas i d’ainm féin.
# $person: "REAL PERSON" (eulogin-signup-real-person), in bold.
eulogin-signup-own-name-why = Beidh na sonraí a chuireann tú isteach anseo ar na deimhnithe a shíníonn tú in TRACES NT, agus tá éifeacht dhlíthiúil leo. Oscail an cuntas EU Login in ainm { $person }, NÍ in ainm do phoist rialaithe teorann, d’oibreora ná do chomhlachta rialaithe.
eulogin-signup-real-person = FÍORDHUINE
eulogin-signup-own-address = Úsáid do sheoladh ríomhphoist gairmiúil féin.
eulogin-signup-own-address-why = Is leis an seoladh seo a logálfaidh tú isteach in TRACES NT.
# Followed by the link "Log in".
eulogin-signup-already = An bhfuil cuntas EU Login agat cheana?
eulogin-signup-all-required = Tá gach réimse riachtanach.
eulogin-signup-username-hint = 4 go 32 carachtar: litreacha a–z, digití, poncanna, fleiscíní agus fostríocanna, ag tosú le litir.
eulogin-signup-email-hint = Do sheoladh gairmiúil féin: logálfaidh tú isteach leis.
eulogin-signup-email-confirm-hint = Clóscríobh an seoladh céanna arís.
eulogin-signup-privacy-accept = Léigh mé an ráiteas príobháideachais agus glacaim leis
eulogin-signup-privacy-read = Léigh an ráiteas príobháideachais
eulogin-signup-progress = Do chuntas á chruthú…

## Check your e-mail (/eulogin/signup/sent), after "Create an account".

eulogin-sent-title = Seiceáil do ríomhphost
# Instead of the address, when the page does not know it.
eulogin-sent-unknown-address = an seoladh a chuir tú isteach
# $address: the e-mail address, in bold.
eulogin-sent-lead = Sheolamar ríomhphost chuig { $address } le nasc chun do phasfhocal a shocrú.
# $minutes: how long the link works.
eulogin-sent-link-valid = Oibríonn an nasc ar feadh { $minutes } nóiméad tar éis an ríomhphost a sheoladh, agus ní oibríonn sé ach uair amháin. Nuair a bheidh do phasfhocal socraithe, fill ar TRACES NT agus logáil isteach leis an seoladh ríomhphoist seo.
eulogin-sent-advice-wait = Fan cúpla nóiméad: uaireanta tógann ríomhphoist tamall.
eulogin-sent-advice-spam = Féach i d’fhillteán turscair.
eulogin-sent-advice-it = Iarr ar do roinn TF ríomhphost ó EU Login a cheadú (an seoltóir a chur ar liosta na seoltóirí ceadaithe, “liosta bán”).
eulogin-sent-advice-address = Seiceáil an seoladh thuas. Má tá sé mícheart, cruthaigh an cuntas arís leis an seoladh ceart.
eulogin-sent-replaces = Tagann ríomhphost nua in áit an chinn roimhe: ní oibríonn ach an nasc sa ríomhphost is nuaí.

## Help with EU Login (/eulogin/help), where the helpdesk letter points when the e-mail does not arrive.

eulogin-help-title = Cabhair le EU Login
eulogin-help-no-email = Níor tháinig an ríomhphost chun do phasfhocal a shocrú
eulogin-help-no-email-intro = Tar éis “Cruthaigh cuntas”, seolann EU Login ríomhphost chugat le nasc chun do phasfhocal a shocrú. Mura bhfuil sé i do bhosca isteach:
# Each piece of advice: a short instruction in bold, then why.
eulogin-help-wait = Fan cúpla nóiméad.
eulogin-help-wait-why = Uaireanta coinníonn freastalaithe ríomhphoist teachtaireachtaí ó sheoltóir nua ar feadh tamaill sula seachadann siad iad.
eulogin-help-spam = Féach i d’fhillteán turscair.
eulogin-help-spam-why = Má aimsíonn tú an ríomhphost ansin, marcáil é mar “ní turscar” ionas go dtiocfaidh na cinn eile isteach i do bhosca isteach.
eulogin-help-it = Iarr ar do roinn TF ár ríomhphoist a cheadú.
eulogin-help-it-why = Is minic a scagann eagraíochtaí ríomhphost ón taobh amuigh. Iarr orthu seoltóir EU Login a chur ar liosta na seoltóirí ceadaithe (“liosta bán”).
eulogin-help-address = Seiceáil an seoladh.
# $link: a link to the sign-up form, "create the account again" (eulogin-help-address-link).
eulogin-help-address-why = Seolann botún clóscríofa an ríomhphost áit éigin eile. Má bhí an seoladh mícheart, { $link } leis an seoladh ceart.
eulogin-help-address-link = cruthaigh an cuntas arís
# $action: "Send the e-mail again" (eulogin-help-again-action), in bold.
eulogin-help-again = { $action } leis an bhfoirm thíos.
eulogin-help-again-action = Seol an ríomhphost arís
eulogin-help-link-broken = Ní oibríonn an nasc
# $minutes: how long a link works.
eulogin-help-link-broken-why = Oibríonn nasc ar feadh { $minutes } nóiméad tar éis an ríomhphost a sheoladh, agus ní oibríonn sé ach uair amháin. Nuair a sheoltar ríomhphost nua, stopann na naisc sna cinn roimhe sin ag obair: úsáid an ríomhphost is nuaí i gcónaí. Má ghearrann do ríomhchlár ríomhphoist an nasc ina dhá chuid, cóipeáil an nasc iomlán isteach i mbarra seoltaí do bhrabhsálaí.
eulogin-help-send-again-intro = Cuir isteach seoladh ríomhphoist do chuntais EU Login. Má tá sé cláraithe, seolfaimid nasc nua chugat chun do phasfhocal a shocrú.
eulogin-help-have-account = An bhfuil cuntas agat cheana?
# $login: a link, "log in" (eulogin-help-have-account-log-in); $lost: a link, "Lost your password?" (eulogin-lost-password).
eulogin-help-have-account-why = Má tá cuntas EU Login (ECAS) agat cheana, ní theastaíonn ceann nua uait: { $login }. Má rinne tú dearmad ar do phasfhocal, úsáid { $lost }
eulogin-help-have-account-log-in = logáil isteach
eulogin-help-contact = Déan teagmháil leis an deasc chabhrach
eulogin-help-contact-intro = Mura gcabhraíonn aon cheann de seo, nó le haon cheist faoi TRACES NT agus faoin Deimhniú Cigireachta, scríobh chuig:
# $address: the helpdesk's e-mail address, a link.
eulogin-help-contact-traces = { $address } (TRACES NT agus EU Login)
# $address: the e-mail address of the organic products helpdesk, a link.
eulogin-help-contact-organic = { $address } (an Deimhniú Cigireachta do tháirgí orgánacha)
eulogin-help-contact-advice = Luaigh an seoladh ríomhphoist a d’úsáid tú, agus ná seol do phasfhocal choíche.

## Privacy statement (/eulogin/privacy).

eulogin-privacy-title = Ráiteas príobháideachais
eulogin-privacy-lead = Is trí EU Login a chruthaíonn tú do TRACES NT cé thú féin. Insíonn an leathanach seo cad a choinnímid fút, cén fáth, agus cad is féidir leat a dhéanamh faoi.
eulogin-privacy-stored = Cad a stóráilimid
eulogin-privacy-stored-names = D’ainm úsáideora, do chéadainm agus do shloinne.
eulogin-privacy-stored-email = Do sheoladh ríomhphoist, arb é d’ainm logála isteach é freisin.
eulogin-privacy-stored-languages = Teanga na ríomhphost a sheolaimid chugat agus teanga an chomhéadain.
eulogin-privacy-stored-password = Do phasfhocal, i bhfoirm haisithe amháin: claochlú aontreo nach féidir an pasfhocal a léamh ar ais uaidh. Ní féidir le duine ar bith, an deasc chabhrach san áireamh, do phasfhocal a fheiceáil.
eulogin-privacy-stored-session = Fad atá tú logáilte isteach, fianán seisiúin agus am do ghníomhaíochta deireanaí, ionas go gcríochnóidh an seisiún nuair a stopann tú á úsáid nó nuair a logálann tú amach.
eulogin-privacy-why = Cén fáth
eulogin-privacy-why-identify = Chun tú a aithint nuair a logálann tú isteach in TRACES NT agus chun na ríomhphoist a theastaíonn ón tseirbhís a sheoladh chugat (an nasc chun do phasfhocal a shocrú, deimhniú seolta nua).
eulogin-privacy-why-certificates = Bíonn do chéadainm agus do shloinne ar na deimhnithe a shíníonn tú in TRACES NT. Tá éifeacht dhlíthiúil le deimhnithe, mar sin caithfidh an cuntas a bheith in ainm an fhíorduine a shíníonn iad.
eulogin-privacy-no-other-use = Ní úsáidimid do shonraí le haghaidh aon rud eile, agus ní dhíolaimid iad ná ní roinnimid iad chun críocha margaíochta.
eulogin-privacy-rights = Do chearta
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-privacy-rights-text = Is féidir leat d’ainmneacha, do theangacha, do sheoladh ríomhphoist agus do phasfhocal a fheiceáil agus a cheartú am ar bith ar { $link } nuair atá tú logáilte isteach. Chun cóip de do shonraí a iarraidh nó chun do chuntas a scriosadh, scríobh chuig an deasc chabhrach.
eulogin-privacy-contact = Teagmháil
# $address: the helpdesk's e-mail address, a link.
eulogin-privacy-helpdesk = Deasc chabhrach: { $address }

## Log in (/eulogin/login), where "Login into TRACES" leads.

eulogin-login-title = Logáil isteach
eulogin-login-lead = Logáil isteach le seoladh ríomhphoist do chuntais EU Login.
# Next to the password field when it is empty ("Password" is the field's label).
eulogin-login-password-missing = Pasfhocal: cuir isteach do phasfhocal.
# Followed by the link "Create an account".
eulogin-login-no-account = Níl cuntas agat fós?

## Lost your password? (/eulogin/lost-password)

eulogin-lost-lead = Cuir isteach seoladh ríomhphoist do chuntais EU Login. Má tá sé cláraithe, seolfaimid ríomhphost chugat le nasc chun pasfhocal nua a shocrú.
# $minutes: how long the link works.
eulogin-lost-link-valid = Oibríonn an nasc ar feadh { $minutes } nóiméad agus ní oibríonn sé ach uair amháin. Leanann do phasfhocal reatha ag obair go dtí go socraíonn tú an ceann nua.
eulogin-lost-submit = Seol nasc chugam
eulogin-lost-back = Ar ais go “Logáil isteach”

## Set your password (/eulogin/password), from the e-mailed link.

eulogin-password-title = Socraigh do phasfhocal
# $name: the person's first name; $username: their username, in bold.
eulogin-password-lead = Dia duit, { $name }. Roghnaigh pasfhocal don chuntas EU Login { $username }.
eulogin-password-submit = Socraigh mo phasfhocal
eulogin-password-set = Tá do phasfhocal socraithe
eulogin-password-set-next = Is féidir leat logáil isteach anois le do sheoladh ríomhphoist agus do phasfhocal nua.
eulogin-password-new-email = Faigh ríomhphost nua
eulogin-password-new-email-intro = Cuir isteach seoladh ríomhphoist do chuntais EU Login chun nasc nua a fháil chun do phasfhocal a shocrú.

## Confirm your new e-mail address (/eulogin/email), from the e-mailed link.

eulogin-email-title = Deimhnigh do sheoladh ríomhphoist nua
# $name: the person's first name; $username: their username, in bold; $email: the new address, in bold.
eulogin-email-lead = Dia duit, { $name }. Beidh { $email } mar sheoladh logála isteach ag an gcuntas EU Login { $username }.
eulogin-email-old-stops = Ní oibreoidh do sheanseoladh le haghaidh logáil isteach a thuilleadh a luaithe a dheimhníonn tú.
eulogin-email-submit = Deimhnigh mo sheoladh ríomhphoist nua
eulogin-email-changed = Tá do sheoladh ríomhphoist athraithe
# $email: the new address, in bold.
eulogin-email-changed-next = As seo amach, logáil isteach le { $email }.
eulogin-email-back-to-account = Ar ais go dtí mo chuntas
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-email-link-broken-next = Níor athraíodh do sheoladh ríomhphoist. Chun nasc deimhnithe nua a fháil, logáil isteach agus iarr é arís ar { $link }.

## My EU Login account (/eulogin/account).

eulogin-account-title = Mo chuntas EU Login
eulogin-account-loading = Do chuntas á lódáil…
eulogin-account-back = Ar ais go TRACES NT
eulogin-account-log-in-first = Logáil isteach chun do chuntas EU Login a fheiceáil agus a athrú, le do thoil.
# $name: first and last name; $username; $email: the login address. All three in bold.
eulogin-account-who = Logáilte isteach mar { $name } (ainm úsáideora { $username }, ríomhphost { $email }).
eulogin-account-details = Do shonraí
eulogin-account-details-intro = Bíonn d’ainmneacha ar na deimhnithe a shíníonn tú in TRACES NT: úsáid d’fhíorainmneacha, mar atá siad ar do dhoiciméad aitheantais.
eulogin-account-details-submit = Sábháil mo shonraí
eulogin-account-details-saved = Sábháladh do shonraí.
eulogin-account-password = Athraigh an pasfhocal
# Next to the field when it is empty ("Current password" is the field's label).
eulogin-account-current-password-missing = Pasfhocal reatha: cuir isteach an pasfhocal atá in úsáid agat anois.
eulogin-account-password-submit = Athraigh mo phasfhocal
eulogin-account-password-changed = Athraíodh do phasfhocal. Logáladh amach gach seisiún eile a bhí logáilte isteach i do chuntas (i mbrabhsálaí nó ar ríomhaire eile).
eulogin-account-email = Athraigh an ríomhphost
eulogin-account-email-intro = Is é do sheoladh ríomhphoist d’ainm logála isteach. Seolaimid nasc chuig an seoladh nua lena chinntiú gur leatsa é.
# Next to "Confirm new e-mail" ("Confirm new e-mail" and "New e-mail" are the fields' labels).
eulogin-account-email-confirm-differs = Deimhnigh an ríomhphost nua: clóscríobh an seoladh céanna agus atá sa réimse “Ríomhphost nua”.
eulogin-account-email-confirm-missing = Deimhnigh an ríomhphost nua: clóscríobh an seoladh nua arís.
eulogin-account-email-submit = Seol an nasc deimhnithe
# $address: the new address, in bold; $minutes: how long the link works; $current: the present login address.
eulogin-account-email-sent = Sheolamar nasc chuig { $address }. Lean é laistigh de { $minutes } nóiméad. Ní athrófar do sheoladh logála isteach go dtí go leanann tú an nasc; go dtí sin, lean ort ag logáil isteach le { $current }.
