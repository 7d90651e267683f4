## TRACES NT: the landing page, the welcome page of an instance, the role choice, the searches
## for a post with the request popup, "Create new Operator", and the profile with its
## preferences. Button and link names quoted in the helpdesk letter (“Login into TRACES”,
## “sign up for TRACES”, “Request Authorisation”, “Create new Operator”, “send authorisation
## request”) are the ones users are told to click: translate them the way the letter is
## translated.

## The landing page: production or training.

traces-landing-title = TRACES NT – Deimhnithe Cigireachta do tháirgí orgánacha
traces-landing-lead = Tá suíomhanna gréasáin táirgthe agus oiliúna TRACES NT ar fáil. Sula bhféadfaidh tú iad a úsáid, cláraigh tú féin ar EU Login, ansin iarr do ról in TRACES NT. Ní aistrítear róil a iarrtar ar shuíomh amháin chuig an suíomh eile.
traces-landing-production = TRACES NT – Táirgeadh
traces-landing-production-text = Le haghaidh fíordheimhnithe agus fíor-iarratas.
traces-landing-training = TRACES NT – Oiliúint
traces-landing-training-text = Chun an clárú a fhoghlaim agus a léiriú gan aon iarmhairtí.

## The welcome page of an instance.

traces-welcome-title = Fáilte go TRACES NT
traces-welcome-title-training = Fáilte go timpeallacht oiliúna TRACES NT
traces-welcome-lead = Tá an Deimhniú Cigireachta do tháirgí de bhunadh orgánach ar an suíomh gréasáin seo. Sula bhféadfaidh tú rochtain a fháil air, ní mór duit logáil isteach agus clárú mar úsáideoir.
traces-welcome-log-in = Logáil isteach in TRACES
# Followed by the link “sign up for TRACES”.
traces-welcome-no-account = Níl cuntas EU Login agat fós?
traces-welcome-sign-up = cláraigh le haghaidh TRACES
traces-welcome-step-1 = Cláraigh tú féin ar EU Login.
traces-welcome-step-1-text = Má tá cuntas EU Login (ECAS) agat cheana, téigh díreach go céim 2.
traces-welcome-step-2 = Cláraigh in TRACES NT.
traces-welcome-step-2-text = Logáil isteach, roghnaigh do ról (Oibreoir, Comhlacht Rialaithe Orgánach nó Údarás) agus seol iarratas ar údarú.
# $name: the first and last name of the person, in bold.
traces-welcome-logged-in = Tá tú logáilte isteach mar { $name }.
# $change: a link, traces-welcome-change-credentials; $reset: a link, traces-welcome-reset-password.
traces-welcome-credentials = Ar EU Login is féidir leat { $change } más gá, nó { $reset }.
traces-welcome-change-credentials = do dhintiúir EU Login a athrú
traces-welcome-reset-password = do phasfhocal a athshocrú

## A page of an instance opened before logging in.

traces-log-in-title = Logáil isteach, le do thoil
traces-log-in-needed = Ní mór duit logáil isteach le do chuntas EU Login chun clárú in TRACES NT.
traces-log-in-button = Logáil isteach in TRACES

## "Select your role in TRACES" on the welcome page.

traces-role-title = Roghnaigh do ról in TRACES
traces-role-loading = Do ról á lódáil…
traces-role-link-operator = Oibreoir (Allmhaireoir, an chéad choinsíní)
traces-role-link-control-body = Comhlacht Rialaithe Orgánach (nó Údarás Rialaithe)
traces-role-link-authority = Údarás (Post Rialaithe Teorann nó Údarás Inniúil Lárnach)
# $kind: the person's role kind (Operator, Organic Control Body, Authority), in bold.
traces-role-already = Tá an cineál róil { $kind } agat cheana sa timpeallacht seo. Ní féidir ach cineál amháin róil a bheith ag gach duine aonair; laistigh de, is féidir leat tuilleadh post a iarraidh.
traces-role-see-requests = Féach ar d’iarratais i do phróifíl
traces-role-one-kind = Tabhair faoi deara nach féidir ach cineál amháin róil a bheith ag gach duine aonair. Laistigh de do ról, is féidir roinnt post a bheith agat: mar shampla, obair do dhá oibreoir nó níos mó, nó, mar chomhlacht rialaithe, rialú a dhéanamh i roinnt tíortha.

## The searches for an operator, an authority or a control body.

traces-search-title-operator = Iarr údarú: Oibreoir
traces-search-title-authority = Iarr údarú: Údarás
traces-search-title-control-body = Iarr údarú: Comhlacht Rialaithe Orgánach
traces-search-back = Ar ais go dtí rogha an róil
traces-search-country = Tír
traces-search-any-country = Aon tír
traces-search-section = Rannán
traces-search-any-section = Aon rannán
traces-search-activity = Cineál gníomhaíochta
traces-search-any-activity = Aon chineál gníomhaíochta
traces-search-role = Ról
traces-search-any-role = Aon ról
traces-search-name = Ainm
traces-search-name-hint = Is leor cuid den ainm; is cuma faoi cheannlitreacha agus faoi shínte fada.
traces-search-button = Cuardaigh
traces-operator-lead = Cuardaigh an t-oibreoir a n-oibríonn tú dó, cuir tic sa bhosca ina aice agus cliceáil “Iarr Údarú”. Is féidir leat tic a chur le roinnt oibreoirí, ar roinnt leathanach freisin.
traces-operator-create-new-hint = Nuair atá tú cinnte nach féidir leat teacht ar an oibreoir a n-oibríonn tú dó, is féidir leat é a chruthú.
traces-operator-create-new = Cruthaigh Oibreoir nua
traces-authority-lead = Cuardaigh d’údarás, cuir tic sa bhosca ina aice agus cliceáil “Iarr Údarú”.
traces-control-body-lead = Cuardaigh do chomhlacht rialaithe. Má dhéanann tú deimhniú do thír amháin, cuir tic i mbosca na tíre sin; má dhéanann tú deimhniú do na tíortha go léir ina ndéanann do chomhlacht rialaithe deimhniú, cuir tic le “Gach tír” ag barr a liosta. Ansin cliceáil “Iarr Údarú”.
traces-control-body-country-hint = Tír ina ndéanann an comhlacht rialaithe deimhniú.
traces-control-body-name-hint = Is leor cuid den ainm nó den chód.

## The results of a search, "Request Authorisation" and the popup.

traces-posts-request = Iarr Údarú
traces-posts-none-selected = Cuir tic i mbosca do phoist sna torthaí ar dtús.
# $count: how many posts are ticked (1 or more).
traces-posts-selected =
    { $count ->
        [one] { $count } phost roghnaithe.
        [two] { $count } phost roghnaithe.
        [few] { $count } phost roghnaithe.
        [many] { $count } bpost roghnaithe.
       *[other] { $count } post roghnaithe.
    }
traces-posts-searching = Á chuardach…
traces-posts-no-results = Níl aon eagraíocht ag teacht le do chuardach.
# $count: how many organisations this page of results shows (1 or more).
traces-posts-results =
    { $count ->
        [one] { $count } toradh ar an leathanach seo.
        [two] { $count } thoradh ar an leathanach seo.
        [few] { $count } thoradh ar an leathanach seo.
        [many] { $count } dtoradh ar an leathanach seo.
       *[other] { $count } toradh ar an leathanach seo.
    }
traces-posts-first-page = An chéad leathanach
traces-posts-next-page = An chéad leathanach eile
traces-posts-caption = Torthaí an chuardaigh
traces-posts-column-name = Ainm
traces-posts-column-country = Tír
traces-posts-column-city = Cathair
traces-posts-column-activity = Cineál gníomhaíochta
traces-posts-column-eori = Uimhir EORI
traces-posts-column-select = Roghnaigh
traces-posts-column-role = Ról
traces-posts-column-code = Cód
traces-posts-column-certified = Tíortha deimhnithe (roghnaigh)
# $code: the role's code (BCP, CCA); $name: its name; $acts: what it acts as.
traces-posts-authority-role = { $code } ({ $name }, ag gníomhú mar { $acts })
traces-posts-all-countries = Gach tír
# The name of a tick box. $organisation: the control body's name.
traces-posts-all-countries-of = { $organisation }: gach tír
# $count: how many requests were sent (1 or more). Followed by the link “Open my profile”.
traces-posts-sent =
    { $count ->
        [one] Seoladh d’iarratas ar údarú. Is féidir leat é a leanúint i do phróifíl.
        [two] Seoladh do { $count } iarratas ar údarú. Is féidir leat iad a leanúint i do phróifíl.
        [few] Seoladh do { $count } iarratas ar údarú. Is féidir leat iad a leanúint i do phróifíl.
        [many] Seoladh do { $count } n-iarratas ar údarú. Is féidir leat iad a leanúint i do phróifíl.
       *[other] Seoladh do { $count } iarratas ar údarú. Is féidir leat iad a leanúint i do phróifíl.
    }
traces-open-profile = Oscail mo phróifíl
traces-popup-asking-for = Tá tú ag iarraidh údarú le haghaidh:
traces-request-additional-info = Faisnéis bhreise (roghnach)
traces-request-additional-info-hint = Aon rud a chabhraíonn leis an duine a sheiceálann d’iarratas.
traces-popup-email = Ríomhphost
traces-popup-phone = Teileafón (roghnach)
traces-popup-send = seol iarratas ar údarú
traces-popup-cancel = Cealaigh
traces-popup-sending = Á sheoladh…

## "Create new Operator".

traces-new-operator-back = Ar ais go dtí cuardach na n-oibreoirí
traces-new-operator-title = Cruthaigh Oibreoir nua
# $operator: the name of the operator just created.
traces-new-operator-created = Cruthaíodh an t-oibreoir { $operator } agus cláraíodh d’iarratas chun dul isteach ann.
traces-new-operator-duplicates-title = An ceann acu seo é?
traces-new-operator-duplicates-text = Tá na hoibreoirí seo cosúil leis an gceann atá á chruthú agat. Má oibríonn tú do cheann acu, cuir tic leis agus cliceáil “Iarr Údarú” ina ionad sin. Mura leatsa aon cheann acu, cliceáil “cruthaigh oibreoir nua” arís.
traces-new-operator-lead = Tá na réimsí atá marcáilte le * riachtanach. Tá an uimhir EORI riachtanach d’allmhaireoirí orgánacha.
traces-new-operator-create = cruthaigh oibreoir nua
traces-new-operator-checking = Á sheiceáil…
traces-new-operator-operator = An t-oibreoir
traces-new-operator-name = Ainm
traces-new-operator-country = Tír
traces-new-operator-choose-country = Roghnaigh tír
traces-new-operator-address = Seoladh
traces-new-operator-city = Cathair
traces-new-operator-postcode = Cód poist
traces-new-operator-section = Rannán
traces-new-operator-activity = Cineál gníomhaíochta
traces-new-operator-choose-activity = Roghnaigh cineál gníomhaíochta
traces-new-operator-eori = Uimhir EORI
traces-new-operator-eori-hint = Cód dhá litir na tíre, ansin suas le 15 litir nó digit (DE1234567890). Riachtanach d’allmhaireoirí.
traces-new-operator-eori-mandatory = I gcás allmhaireora, tá an uimhir EORI riachtanach.
traces-new-operator-contact = Sonraí teagmhála an oibreora
traces-new-operator-contact-rule = Riachtanach: tabhair ceann amháin ar a laghad díobh seo: teileafón, facs, ríomhphost nó suíomh gréasáin.
traces-new-operator-phone = Teileafón
traces-new-operator-fax = Facs
traces-new-operator-email = Ríomhphost
traces-new-operator-website = Suíomh gréasáin
traces-new-operator-request = D’iarratas chun dul isteach san oibreoir seo
traces-new-operator-request-hint = Feiceann an duine a sheiceálann d’iarratas é seo agus úsáideann sé é chun teagmháil a dhéanamh leat.
traces-new-operator-your-email = Do ríomhphost
traces-new-operator-your-email-hint = Ó do chuntas EU Login; is féidir leat seoladh eile a thabhairt don iarratas seo.
traces-new-operator-your-phone = Do theileafón (roghnach)

## "My TRACES profile".

traces-profile-title = Mo phróifíl TRACES
traces-profile-requests = M’iarratais
traces-profile-loading = D’iarratais á lódáil…
traces-profile-no-requests = Níor iarr tú aon ról sa timpeallacht seo fós.
traces-profile-column-organisation = Eagraíocht
traces-profile-column-role = Ról
traces-profile-column-scope = Raon
traces-profile-column-requested = Dáta an iarratais
traces-profile-column-decided = Dáta an chinnidh
traces-profile-column-status = Stádas
traces-profile-column-reason = Cúis
traces-profile-column-action = Gníomh
traces-profile-cancel = Cealaigh
# The name of the “Cancel” button of one request. $organisation: the organisation's name.
traces-profile-cancel-label = Cealaigh an t-iarratas ar { $organisation }
# $organisation: the organisation's name.
traces-profile-cancelled = Cealaíodh d’iarratas ar { $organisation }.
# $zone: an IANA time zone name, like Europe/Brussels.
traces-profile-time-zone = Taispeántar dátaí agus amanna i do chrios ama, { $zone }. Is féidir leat é a athrú faoi Roghanna.
traces-profile-new-role = Iarr ról nua
# $problem: why, as the server says it.
traces-profile-preferences-failed = Ní féidir do roghanna a thaispeáint: { $problem }

## The preferences of the profile page.

traces-preferences-title = Roghanna
traces-preferences-notifications-title = Crios ama agus fógraí
# $instance: production or training (only chooses the text).
traces-preferences-instance-only =
    { $instance ->
        [training] Is don timpeallacht oiliúna amháin na roghanna seo.
       *[production] Is don timpeallacht táirgthe amháin na roghanna seo.
    }
traces-preferences-time-zone = Crios ama
traces-preferences-time-zone-hint = Taispeántar dátaí agus amanna d’iarratas sa chrios ama seo.
traces-preferences-zone-utc = UTC (Am Uilíoch Lárnach)
traces-preferences-zones-eu = An tAontas Eorpach
traces-preferences-zones-other = Tíortha eile
# A time zone in the list. $country: the country's name; $zone: the IANA name (Europe/Vienna).
traces-preferences-zone = { $country } ({ $zone })
# $country: the country's name; $place: a region of it (Azores); $zone: the IANA name.
traces-preferences-zone-region = { $country }, { $place } ({ $zone })
# $country: the country's name; $place: a city of it (Chicago); $zone: the IANA name.
traces-preferences-zone-city = { $country } ({ $place }) ({ $zone })
traces-preferences-place-azores = Na hAsóir
traces-preferences-place-madeira = Maidéara
traces-preferences-place-canary-islands = Na hOileáin Chanáracha
traces-preferences-place-sydney = Sydney
traces-preferences-place-sao-paulo = São Paulo
traces-preferences-place-toronto = Toronto
traces-preferences-place-chicago = Chicago
traces-preferences-place-los-angeles = Los Angeles
traces-preferences-place-new-york = Nua-Eabhrac
# $browser: the browser's time zone; $saved: the saved one (IANA names, like Europe/Brussels).
traces-preferences-browser-zone = Tá do bhrabhsálaí socraithe ar { $browser }, mar sin is é sin atá roghnaithe anseo. Fanann do chrios ama sábháilte ar { $saved } go dtí go gcliceálann tú “Sábháil na roghanna”.
traces-preferences-events = Cuir in iúl dom faoi
traces-preferences-notify-decisions = Cinntí ar m’iarratais (glacadh leo, diúltú dóibh, cúlghairm)
traces-preferences-notify-new-requests = Iarratais nua atá ag fanacht le mo chinneadh (má chinneann tú iarratais: údaráis agus riarthóirí eagraíochta)
traces-preferences-channels = Conas é a chur in iúl dom
traces-preferences-notify-in-app = San aip
traces-preferences-notify-email = Trí ríomhphost (chuig seoladh do chuntais EU Login)
traces-preferences-no-channel = Mura bhfuil tic le “San aip” ná le “Trí ríomhphost”, ní chuirfear aon rud in iúl duit.
traces-preferences-save = Sábháil na roghanna
traces-preferences-saving = Á sábháil…
# $zone: the time zone just saved (an IANA name, like America/New_York).
traces-preferences-saved = Tá do roghanna sábháilte. Taispeántar dátaí agus amanna sa chrios ama { $zone } anois.
traces-preferences-language-title = Teanga
# $account: a link, traces-preferences-my-account.
traces-preferences-language-text = Baineann do theangacha le do chuntas EU Login: is iad na cinn chéanna iad sa timpeallacht táirgthe agus sa timpeallacht oiliúna. Is féidir leat iad a athrú freisin, mar aon le d’ainmneacha, ar { $account }.
traces-preferences-my-account = Mo chuntas
traces-preferences-interface-language = Teanga an chomhéadain
traces-preferences-interface-language-hint = Teanga na leathanach seo nuair atá tú logáilte isteach.
traces-preferences-email-language = Teanga ríomhphoist
traces-preferences-email-language-hint = Teanga na ríomhphost a fhaigheann tú, fógraí san áireamh.
traces-preferences-save-languages = Sábháil na teangacha
traces-preferences-languages-saved = Tá do theangacha sábháilte.

## Statuses, as the profile, the search results and the queue show them.

traces-status-pending = Ar feitheamh
traces-status-valid = Bailí
traces-status-rejected = Diúltaithe
traces-status-cancelled = Cealaithe
traces-status-revoked = Cúlghairthe
traces-status-organisation-new = Nua
traces-status-organisation-valid = Bailí
traces-status-organisation-rejected = Diúltaithe
traces-status-organisation-inactive = Neamhghníomhach
