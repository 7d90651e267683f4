## Errors any server function can answer with (api::ApiError).

# $count: how many fields have a problem (2 or more).
error-fields-need-attention = Tá { $count } réimse le seiceáil agat.
error-unauthenticated = Logáil isteach ar dtús, le do thoil.
error-forbidden = Níl cead agat é seo a dhéanamh.
error-login-failed = Theip ar logáil isteach: níl an seoladh ríomhphoist nó an pasfhocal ceart, nó tá an cuntas faoi ghlas ar feadh 15 nóiméad tar éis an iomarca iarrachtaí. Seiceáil an dá cheann agus bain triail eile as, nó úsáid “Ar chaill tú do phasfhocal?”.
error-cross-site = Tháinig an t-iarratas seo ó shuíomh gréasáin eile agus diúltaíodh dó.
# $seconds: how long to wait.
error-rate-limited = An iomarca iarrachtaí. Fan { $seconds } { $seconds ->
        [one] soicind
        [two] shoicind
        [few] shoicind
        [many] soicind
       *[other] soicind
    } agus bain triail eile as, le do thoil.
error-too-large = Tá an t-iarratas rómhór: ní ghlacann aon réimse den fhoirm seo le níos mó ná cúpla míle carachtar. Giorraigh an méid a chuir tú isteach agus bain triail eile as.
error-storage-unavailable = Ní féidir leis an bhfreastalaí aon rud a shábháil faoi láthair, mar tá a stóras lán nó inléite amháin. Níor sábháladh aon chuid den mhéid a d’iontráil tú. Bain triail eile as ar ball; má leanann an fhadhb, cuir an deasc chabhrach ar an eolas.
error-internal = Tharla earráid ar ár dtaobh féin. Bain triail eile as i gceann tamaillín, le do thoil.
error-unavailable = Níorbh fhéidir teagmháil a dhéanamh leis an bhfreastalaí. Seiceáil do cheangal agus bain triail eile as.
# $detail: the decoder's words, in English.
error-unreadable-request = Níorbh fhéidir an t-iarratas a léamh: { $detail }

## EU Login: sign-up, the e-mailed links, login and the account page.

# $minutes: how long a link works after its e-mail is sent.
error-link-expired = Tá an nasc seo imithe as feidhm: oibríonn naisc ar feadh { $minutes } nóiméad tar éis an ríomhphost a sheoladh. Iarr ríomhphost nua thíos.
error-link-not-valid = Níl an nasc seo bailí. Cóipeáil an nasc iomlán ón ríomhphost isteach sa bharra seoltaí, nó iarr ríomhphost nua thíos.
error-link-used = Úsáideadh an nasc seo cheana: ní oibríonn gach nasc ach uair amháin. Más gá duit do phasfhocal a shocrú arís, iarr ríomhphost nua thíos.
error-link-superseded = Seoladh ríomhphost níos nuaí i ndiaidh an chinn seo: ní oibríonn ach an nasc sa ríomhphost is nuaí. Úsáid é sin, nó iarr ríomhphost nua thíos.
error-link-not-for-password = Is chun seoladh ríomhphoist a dheimhniú atá an nasc seo, ní chun pasfhocal a shocrú.
error-link-not-for-email = Is chun pasfhocal a shocrú atá an nasc seo, ní chun seoladh ríomhphoist a dheimhniú.
error-link-used-meanwhile = Úsáideadh nó athsholáthraíodh an nasc seo ar ball beag. Iarr ceann nua ar leathanach do chuntais.
error-email-now-taken = Tá cuntas EU Login eile ag úsáid an tseolta seo anois, mar sin ní féidir é a bheith agatsa. Roghnaigh seoladh eile ar leathanach do chuntais.
# $username: the username the person chose.
error-username-taken = Ainm úsáideora: tá “{ $username }” in úsáid cheana. Roghnaigh ceann eile.
error-login-password-empty = Pasfhocal: cuir isteach do phasfhocal.
error-new-email-confirmation = Deimhnigh an ríomhphost nua: clóscríobh an seoladh céanna agus atá sa réimse “Ríomhphost nua”.
error-new-email-unchanged = Ríomhphost nua: is é seo seoladh do chuntais cheana féin.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-new-email-demo-address = Ríomhphost nua: is don timpeallacht oiliúna amháin seoltaí ag { $domain }: is féidir le duine ar bith a gcuid ríomhphoist a léamh sa bhosca poist taispeána agus do ról nó d’iarratais ar feitheamh sa timpeallacht táirgthe a ghabháil. Coinnigh seoladh de do chuid féin.

## The “Code” field of the sign-up and lost-password forms (the captcha).

error-captcha-empty = Cód: clóscríobh na carachtair a fheiceann tú sa phictiúr.
error-captcha-expired = Cód: tá an pictiúr seo imithe as feidhm. Clóscríobh carachtair an phictiúir nua.
error-captcha-used = Cód: úsáideadh an pictiúr seo cheana. Clóscríobh carachtair an phictiúir nua.
error-captcha-wrong = Cód: ní mheaitseálann na carachtair an pictiúr. Clóscríobh carachtair an phictiúir nua.

## Hints of the password strength meter: the length rule, then zxcvbn's warnings and suggestions.

# $min: the fewest characters a password may have.
error-password-too-short-hint = Úsáid { $min } { $min ->
        [one] charachtar
        [two] charachtar
        [few] charachtar
        [many] gcarachtar
       *[other] carachtar
    } ar a laghad.
error-password-straight-rows = Is furasta sraitheanna díreacha eochracha a thomhas.
error-password-short-keyboard-patterns = Is furasta patrúin ghearra méarchláir a thomhas.
error-password-repeats-aaa = Is furasta athrá cosúil le “aaa” a thomhas.
error-password-repeats-abcabc = Níl athrá cosúil le “abcabcabc” ach beagán níos deacra le tomhas ná “abc”.
error-password-top-10 = Tá sé seo i measc an 10 bpasfhocal is coitianta.
error-password-top-100 = Tá sé seo i measc an 100 pasfhocal is coitianta.
error-password-common = Is pasfhocal an-choitianta é seo.
error-password-similar-to-common = Tá sé seo cosúil le pasfhocal a úsáidtear go coitianta.
error-password-sequences = Is furasta seichimh cosúil le abc nó 6543 a thomhas.
error-password-recent-years = Is furasta blianta le déanaí a thomhas.
error-password-single-word = Is furasta focal ina aonar a thomhas.
error-password-dates = Is minic gur furasta dátaí a thomhas.
error-password-names-by-themselves = Is furasta ainmneacha agus sloinnte ina n-aonar a thomhas.
error-password-common-names = Is furasta ainmneacha agus sloinnte coitianta a thomhas.
error-password-use-a-few-words = Úsáid cúpla focal, seachain frásaí coitianta.
error-password-no-need-for-symbols = Ní gá siombailí, digití ná ceannlitreacha.
error-password-add-a-word = Cuir focal nó dhó eile leis. Is fearr focail neamhchoitianta.
error-password-capitalization = Ní chabhraíonn ceannlitreacha mórán.
error-password-all-uppercase = Tá sé beagnach chomh héasca ceannlitreacha amháin a thomhas le litreacha beaga amháin.
error-password-reversed-words = Níl focail droim ar ais mórán níos deacra le tomhas.
error-password-substitutions = Ní chabhraíonn ionadaíochtaí intuartha, cosúil le “@” in ionad “a”, mórán.
error-password-longer-keyboard-pattern = Úsáid patrún méarchláir níos faide le níos mó casadh.
error-password-avoid-repeats = Seachain focail agus carachtair athráite.
error-password-avoid-sequences = Seachain seichimh.
error-password-avoid-recent-years = Seachain blianta le déanaí.
error-password-avoid-your-years = Seachain blianta a bhaineann leat féin.
error-password-avoid-your-dates = Seachain dátaí agus blianta a bhaineann leat féin.

## The training instance.

error-persona-unknown = Níl a leithéid de phearsa ann. Roghnaigh ceann ón liosta ar leathanach fáilte na timpeallachta oiliúna.

## Addresses under /api that name nothing.

error-api-function-unknown = Níl a leithéid d’fheidhm API ann.
error-export-unknown = Níl a leithéid d’easpórtáil ann: úsáid queue.csv nó decisions.csv.

## The approval queue: filters, page links, export links.

error-queue-page-link = Níl nasc an leathanaigh bailí a thuilleadh. Téigh ar ais go dtí an chéad leathanach den scuaine.
error-queue-organisation-too-long = Eagraíocht: ná clóscríobh níos mó ná 100 carachtar den ainm.
# $max: the largest age accepted, in days.
error-queue-age-too-high = Aois: { $max } lá ar a mhéad.
error-queue-age-not-a-number = Aois: tabhair slánuimhir laethanta, mar shampla 7.
# $value: what the link has instead of an instance (production or training).
error-export-link-instance = Níl an nasc easpórtála bailí: ní timpeallacht de chuid TRACES NT é “{ $value }”: úsáid “production” nó “training”.
error-export-link-no-instance = Níl an nasc easpórtála bailí: ní ainmníonn sé aon timpeallacht.
# $key, $value: the setting of the link that is not one of the queue's.
error-export-link-setting = Níl an nasc easpórtála bailí: ní ceann dá shocruithe é “{ $key }={ $value }”. Úsáid an cnaipe easpórtála ar leathanach na scuaine.

## Deciding requests, one or many, and the Administrator flag.

# $id: the request's number.
error-decide-not-found = Níl aon iarratas uimhir { $id } sa timpeallacht seo ar féidir leat cinneadh a dhéanamh air. B’fhéidir gur le tír nó eagraíocht eile é; oscail é ó do scuaine.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-decide-organisation-closed = Tá “{ $name }” { $status ->
        [rejected] diúltaithe
        [inactive] neamhghníomhach
       *[other] { $status }
    }, mar sin ní féidir le duine ar bith dul isteach ann. Diúltaigh don iarratas agus tabhair cúis ina ionad sin.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-accepted = Ghlac { $who } le hiarratas { $id } cheana ({ $when }); níor athraíodh aon rud.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-rejected = Dhiúltaigh { $who } d’iarratas { $id } cheana ({ $when }); níor athraíodh aon rud.
# $id: the request's number; $when: the date and time (UTC) or “earlier”.
error-decide-already-cancelled = Chealaigh an t-iarrthóir iarratas { $id } cheana ({ $when }); níor athraíodh aon rud.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-revoked = Chúlghair { $who } iarratas { $id } cheana ({ $when }); níor athraíodh aon rud.
# $id: the request's number; $status: its status, a code the schema does not know (in English); $when: the date and time (UTC) or “earlier”.
error-decide-already-other = Tá stádas “{ $status }” ag iarratas { $id } cheana ({ $when }); níor athraíodh aon rud.
# Stands for the person who decided, when the account is gone.
error-decide-by-unknown = duine éigin
# Stands for the time of a decision, when it was not recorded.
error-decide-at-unknown = níos luaithe
# $id: the request's number.
error-decide-meanwhile = Rinneadh cinneadh ar iarratas { $id } idir an dá linn; níor athraíodh aon rud. Athlódáil é chun an cinneadh a fheiceáil.
error-decide-none-selected = Roghnaigh iarratas amháin ar a laghad sa scuaine, ansin glac leis nó diúltaigh dó.
# $max: how many requests can be decided at once; $count: how many were selected.
error-decide-too-many = Ná roghnaigh níos mó ná { $max } { $max ->
        [many] n-iarratas
        [few] iarratas
        [one] iarratas
        [two] iarratas
       *[other] iarratas
    } ag an am céanna; roghnaigh tú { $count }.
# $id: the request's number.
error-decide-selected-twice = Tá iarratas { $id } roghnaithe faoi dhó; roghnaigh gach iarratas uair amháin.
# $failed: how many of the selected requests cannot be decided; $count: how many were selected.
error-decide-nothing-decided = Ní dhearnadh cinneadh ar aon rud: ní féidir cinneadh a dhéanamh ar { $failed } de na { $count } iarratas roghnaithe. Díroghnaigh iad agus bain triail eile as.
# $id: the request's number; $status: its status (a stored code, chooses the words).
error-admin-not-valid = Ní post bailí é iarratas { $id } (tá sé { $status ->
        [pending] ar feitheamh
        [rejected] diúltaithe
        [cancelled] cealaithe
        [revoked] cúlghairthe
       *[other] { $status }
    }): ní féidir ach le sealbhóir poist bhailí a bheith ina Riarthóir.
# $id: the request's number.
error-admin-changed-meanwhile = Athraíodh iarratas { $id } idir an dá linn; athlódáil é.

## Notifications in the app (not errors, but sentences the server composes too).

# $first, $last: the requester's names; $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-new-request = Tá { $first } { $last } ag iarraidh dul isteach in “{ $organisation }” ({ $country }).
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-accepted = Glacadh le d’iarratas dul isteach in “{ $organisation }” ({ $country })
# $organisation: the organisation's name; $country: the ISO code of the post's country; $reason: the decider's words.
error-notification-rejected = Diúltaíodh do d’iarratas dul isteach in “{ $organisation }” ({ $country }): { $reason }
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-rejected-no-reason = Diúltaíodh do d’iarratas dul isteach in “{ $organisation }” ({ $country }): níor tugadh cúis
# $organisation: the organisation's name; $country: the ISO code of the post's country; $status: the request's status (a stored code, chooses the words).
error-notification-other = Tá d’iarratas dul isteach in “{ $organisation }” ({ $country }) { $status ->
        [pending] ar feitheamh
        [cancelled] cealaithe
        [revoked] cúlghairthe
       *[other] { $status }
    } anois

## TRACES: the directory search and authorisation requests.

error-search-page-link = Leathanach: níl nasc an leathanaigh seo bailí a thuilleadh; cuardaigh arís ón gcéad leathanach.
error-search-name-too-long = Ainm: ná húsáid níos mó ná 120 carachtar den ainm sa chuardach.
# $max: the most characters allowed.
error-additional-info-too-long = Faisnéis bhreise: úsáid { $max } { $max ->
        [one] charachtar
        [two] charachtar
        [few] charachtar
        [many] gcarachtar
       *[other] carachtar
    } ar a mhéad.
error-submission-key = Eochair aighneachta: seol idir 8 agus 64 litir, digit, - nó _ (cruthaíonn an leathanach í; athlódáil an leathanach agus bain triail eile as).
error-submission-other-instance = Seoladh an t-iarratas seo cheana sa timpeallacht eile. Athlódáil an leathanach agus seol arís é.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-demo-address-production = Is don timpeallacht oiliúna amháin seoltaí ag { $domain }: is féidir le duine ar bith a gcuid ríomhphoist a léamh sa bhosca poist taispeána agus an cuntas a ghabháil. Chun údarú a iarraidh sa timpeallacht táirgthe, athraigh ríomhphost do chuntais go dtí do sheoladh féin ar dtús.
error-posts-none = Poist: cuir tic le heagraíocht amháin ar a laghad sa liosta, ansin seol an t-iarratas.
# $max: how many posts one request can have.
error-posts-too-many = Poist: ná cuir tic le níos mó ná { $max } ag an am céanna; seol na cinn eile i ndara hiarratas.
error-posts-twice = Poist: tá tic curtha leis an bpost céanna faoi dhó; cuir tic le gach post uair amháin.
error-posts-one-kind = Poist: ná cuir tic ach le heagraíochtaí d’aon chineál róil amháin (oibreoirí, comhlachtaí rialaithe nó údaráis).
# $name: the control body; $country: the country's name; $code: its ISO code.
error-posts-not-certified = Poist: ní dhéanann “{ $name }” deimhniú sa tír seo: { $country } ({ $code }); cuir tic le ceann de na tíortha atá liostaithe dó.
# $name: the organisation; $country: the name of its country.
error-posts-other-country = Poist: tá “{ $name }” lonnaithe sa tír seo: { $country }; ní chlúdaíonn a phost ach an tír sin.
# $id: the number that was sent.
error-organisation-not-found = Níl an eagraíocht le huimhir { $id } ann sa timpeallacht seo. Cuardaigh arís agus cuir tic léi ón liosta.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-organisation-closed = Tá “{ $name }” { $status ->
        [rejected] diúltaithe
        [inactive] neamhghníomhach
       *[other] { $status }
    } agus ní ghlacann sé le hiarratais nua. Cuardaigh arís agus cuir tic le heagraíocht eile.
# $name: the control body.
error-no-certified-countries = Níl aon tír dheimhnithe ag “{ $name }” fós, mar sin ní féidir post a iarraidh ann.
# $name: the organisation; $country: the name of the post's country.
error-post-already-held = “{ $name }” ({ $country }): tá an post seo agat cheana. Bain an tic de agus seol an t-iarratas arís; tá d’iarratais ar leathanach do phróifíle.
# $name: the organisation; $country: the name of the post's country.
error-post-already-pending = “{ $name }” ({ $country }): tá d’iarratas air ar feitheamh cheana. Bain an tic de agus seol an t-iarratas arís; tá d’iarratais ar leathanach do phróifíle.
error-own-request-not-found = Níl an t-iarratas sin i measc d’iarratas. Athlódáil leathanach do phróifíle.
# $organisation: the organisation's name; $status: the request's status (a stored code, chooses the words).
error-cancel-not-pending = Tá d’iarratas ar “{ $organisation }” { $status ->
        [pending] ar feitheamh
        [valid] bailí
        [rejected] diúltaithe
        [cancelled] cealaithe
        [revoked] cúlghairthe
       *[other] { $status }
    } agus ní féidir é a chealú a thuilleadh; ní féidir ach iarratais atá ar feitheamh a chealú.
error-time-zone = Crios ama: roghnaigh crios cosúil le Europe/Brussels (Réigiún/Cathair, 64 carachtar ar a mhéad), nó UTC.

## New organisations: the directory import and "create a new operator".

error-import-status = Stádas: úsáid valid, new, rejected nó inactive (is ionann folamh agus valid).
error-import-kind = Cineál: úsáid operator, control_body nó authority.
error-certified-countries-empty = Tíortha deimhnithe: Tír: roghnaigh tír ón liosta.
# $code: what was given instead of a country code.
error-certified-countries-shape = Tíortha deimhnithe: Tír: ní cód tíre é “{ $code }”; úsáid an dá litir de réir ISO 3166-1 (DE, FR, US) nó roghnaigh tír ón liosta.
# $code: what was given instead of a country code.
error-certified-countries-unknown = Tíortha deimhnithe: Tír: ní cód tíre sannta de chuid ISO 3166-1 é “{ $code }”; roghnaigh tír ón liosta.
# $alias: the code EU documents use (EL, UK); $iso: the ISO 3166-1 code; $name: the country's name.
error-certified-countries-eu-alias = Tíortha deimhnithe: Tír: scríobhann doiciméid an AE { $alias }, ach úsáideann ISO 3166-1 agus TRACES { $iso }; roghnaigh { $iso } ({ $name }).
# $code: the control body code; $other: the organisation that has it.
error-control-body-code-taken = Cód an chomhlachta rialaithe: is é { $code } cód “{ $other }” cheana.
# $eori: the EORI number; $other: the operator that has it.
error-eori-taken = Uimhir EORI: tá { $eori } cláraithe cheana don oibreoir “{ $other }”; cuardaigh é agus iarr údarú seachas é a chruthú arís.
error-demo-person-shared = Is duine de chuid an taispeántais oiliúna é seo, a roinneann gach duine sa seomra: ní féidir a ainm, a ríomhphost ná a phasfhocal a athrú. Cláraigh le do chuntas féin chun é seo a thriail.
