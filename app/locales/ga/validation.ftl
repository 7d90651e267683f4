## The shared validators (app/src/domain): the browser shows these messages as the user types,
## the server answers with the same ones. A message starts with the label of its field, so the
## reader knows which field it is about; labels are messages of their own (label-…), passed
## in as $field.

## Labels of fields and lists

label-username = Ainm úsáideora
label-first-name = Céadainm
label-last-name = Sloinne
label-email = Ríomhphost
label-new-email = Ríomhphost nua
label-your-email = Do ríomhphost
label-email-language = Teanga ríomhphoist
label-interface-language = Teanga an chomhéadain
label-password = Pasfhocal
label-phone = Teileafón
label-your-phone = Do theileafón
label-fax = Facs
label-website = Suíomh gréasáin
label-name = Ainm
label-address = Seoladh
label-city = Cathair
label-postcode = Cód poist
label-role = Ról
label-authority-role = Ról an údaráis
label-section = Rannán
label-activity-type = Cineál gníomhaíochta

## What to enter in an empty field of the operator form, after “{ $field }: ” (valid-text-empty).

label-name-empty-hint = cuir isteach ainm an oibreora mar atá sé cláraithe
label-address-empty-hint = cuir isteach an tsráid agus an uimhir
label-city-empty-hint = cuir isteach an chathair
label-postcode-empty-hint = cuir isteach an cód poist

## The characters a field of the operator form takes, after “{ $field }: ”
## (valid-text-bad-character). Keep the punctuation marks as they are: they are what the field takes.

label-name-allowed-hint = ná húsáid ach litreacha, digití, spásanna agus . , - ' & ( ) / + : ; " !
label-address-allowed-hint = ná húsáid ach litreacha, digití, spásanna agus . , - ' & ( ) / + : ; " # °
label-city-allowed-hint = ná húsáid ach litreacha, digití, spásanna agus . , - ' ( ) /
label-postcode-allowed-hint = ná húsáid ach litreacha A–Z, digití, spásanna agus fleiscíní

## Kinds of role, as the helpdesk letter names them, and what each covers.

label-role-kind-operator = Oibreoir
label-role-kind-control-body = Comhlacht Rialaithe Orgánach
label-role-kind-authority = Údarás
label-role-kind-operator-description = Allmhaireoir, an chéad choinsíní
label-role-kind-control-body-description = Comhlacht rialaithe orgánach nó údarás rialaithe
label-role-kind-authority-description = Post rialaithe teorann nó údarás inniúil lárnach

## Authority roles and the organic roles they act as. EAOC, OPL, CAFOP and CAOPL are the
## abbreviations of TRACES NT: they stay as they are.

label-authority-role-bcp = Post rialaithe teorann
label-authority-role-cca = Údarás inniúil lárnach
label-authority-role-bcp-acts-as = Údarás Formhuinithe don Deimhniúchán Orgánach
label-authority-role-cca-acts-as = Táirgeadh agus Lipéadú Orgánach
# $role: the authority role (Border Control Post); $acts_as_name: the organic role it acts as
# (Endorsing Authority for Organic Certification); $acts_as: its abbreviation (EAOC);
# $formerly: the earlier abbreviation in TRACES NT (CAFOP).
label-authority-role-description = { $role }: gníomhaíonn sé mar “{ $acts_as_name }” ({ $acts_as } – { $formerly } in TRACES NT roimhe seo)

## Sections of the operator register and activity types of operators.

label-section-organic-operator = Oibreoir orgánach
label-activity-importer = Allmhaireoir
label-activity-first-consignee = An chéad choinsíní
label-activity-exporter = Easpórtálaí
label-activity-producer = Táirgeoir
label-activity-processor = Próiseálaí

## Messages shared by several fields.

# $field: the field's label; $min: the least number of characters.
valid-too-short = { $field }: úsáid { $min } { $min ->
        [one] charachtar
        [two] charachtar
        [few] charachtar
        [many] gcarachtar
       *[other] carachtar
    } ar a laghad.
# $field: the field's label; $max: the most characters the field takes.
valid-too-long = { $field }: úsáid { $max } { $max ->
        [one] charachtar
        [two] charachtar
        [few] charachtar
        [many] gcarachtar
       *[other] carachtar
    } ar a mhéad.
# $field: the label of the list.
valid-choice-missing = { $field }: roghnaigh ceann ón liosta.
# $field: the label of the list; $code: the value that was sent, as it was sent.
valid-choice-unknown = { $field }: ní ceann de na roghanna é “{ $code }”; roghnaigh ceann ón liosta.

## EU Login account: username and names.

valid-username-empty = Ainm úsáideora: cuir isteach ainm úsáideora.
valid-username-first-not-letter = Ainm úsáideora: tosaigh le litir (a–z).
valid-username-bad-character = Ainm úsáideora: ná húsáid ach litreacha a–z, digití, poncanna, fleiscíní agus fostríocanna (gan spásanna ná síntí fada).
valid-first-name-empty = Céadainm: cuir isteach do chéadainm mar atá sé ar do dhoiciméad aitheantais.
valid-last-name-empty = Sloinne: cuir isteach do shloinne mar atá sé ar do dhoiciméad aitheantais.
# $field: First name or Last name.
valid-person-name-bad-character = { $field }: ná húsáid ach litreacha, spásanna, fleiscíní, uaschamóga agus poncanna.
# $field: First name or Last name.
valid-person-name-no-letter = { $field }: caithfidh litir amháin ar a laghad a bheith ann.
# $field: First name or Last name; $word: the word of the name that looks like a company's.
valid-name-looks-like-organisation = { $field }: is cosúil gur cuid d’ainm eagraíochta é “{ $word }”. Caithfidh do chuntas EU Login a bheith in ainm fíorduine: bíonn na hainmneacha ar na deimhnithe a shíníonn tú.

## E-mail addresses.

# $field: the field's label (E-mail, New e-mail).
valid-email-empty = { $field }: cuir isteach do sheoladh ríomhphoist gairmiúil.
# $field: the field's label (E-mail, New e-mail).
valid-email-shape = { $field }: cuir isteach seoladh cosúil le name@example.org, le @ amháin agus gan spásanna.
# $field: the field's label (E-mail, New e-mail).
valid-email-domain = { $field }: caithfidh an chuid i ndiaidh @ a bheith ina fearann cosúil le example.org.
valid-email-mismatch = Deimhnigh an ríomhphost: clóscríobh an seoladh céanna agus atá sa réimse “Ríomhphost”.
valid-email-confirm-empty = Deimhnigh an ríomhphost: clóscríobh do sheoladh ríomhphoist arís.

## Passwords.

valid-password-empty = Pasfhocal: cuir isteach pasfhocal.
# $min: the least number of characters.
valid-password-too-short = Pasfhocal: úsáid { $min } { $min ->
        [one] charachtar
        [two] charachtar
        [few] charachtar
        [many] gcarachtar
       *[other] carachtar
    } ar a laghad (is maith an pasfhocal cúpla focal).
valid-password-weak = Pasfhocal: tá sé ró-éasca an pasfhocal seo a thomhas. Bain triail as frása níos faide d’fhocail nach mbaineann le chéile.
# $hint: why, in the words of the strength checker: one sentence of the catalogs (error-password-…).
valid-password-weak-hint = Pasfhocal: tá sé ró-éasca an pasfhocal seo a thomhas. { $hint } Bain triail as frása níos faide d’fhocail nach mbaineann le chéile.
valid-password-mismatch = Deimhnigh an pasfhocal: clóscríobh an pasfhocal céanna faoi dhó.
valid-password-wrong-current = Pasfhocal reatha: níl an pasfhocal ceart.

## The rest of the sign-up form.

valid-email-language-missing = Teanga ríomhphoist: roghnaigh teanga na ríomhphost a gheobhaidh tú.
valid-captcha-empty = Cód: clóscríobh na carachtair a fheiceann tú sa phictiúr.
valid-captcha-too-long = Cód: tá an cód sa phictiúr níos giorra; ná clóscríobh ach a charachtair.
valid-privacy-not-accepted = Ráiteas príobháideachais: cuir tic sa bhosca lena dheimhniú gur léigh tú é.

## Languages and instances named in a link or a form.

# $code: the language code that was sent.
valid-language-unknown = Ní ceann de 24 theanga oifigiúla an AE é “{ $code }”: roghnaigh ceann ón liosta.
# $field: the field's label (E-mail language); $code: the language code that was sent.
valid-language-unknown-for = { $field }: ní ceann de 24 theanga oifigiúla an AE é “{ $code }”: roghnaigh ceann ón liosta.
# $slug: the part of the address that should name the instance. “production” and “training”
# are parts of addresses: keep them as they are.
valid-instance-unknown = Ní timpeallacht de chuid TRACES NT é “{ $slug }”: úsáid “production” nó “training”.

## Rejecting an authorisation request.

valid-reason-missing = Cúis: ní mór cúis a thabhairt le diúltú; léifidh an t-iarrthóir í, mar sin abair cad atá mícheart agus cad is gá a dhéanamh.
# $min: the least number of characters.
valid-reason-too-short = Cúis: scríobh { $min } { $min ->
        [one] charachtar
        [two] charachtar
        [few] charachtar
        [many] gcarachtar
       *[other] carachtar
    } ar a laghad, ionas go mbeidh a fhios ag an iarrthóir cad is gá a dhéanamh.
# $max: the most characters a reason takes; $count: how many were written.
valid-reason-too-long = Cúis: { $max } { $max ->
        [one] charachtar
        [two] charachtar
        [few] charachtar
        [many] gcarachtar
       *[other] carachtar
    } ar a mhéad (scríobh tú { $count }).
valid-reason-control-characters = Cúis: bain na carachtair rialúcháin (ní cheadaítear ach bristeacha líne).

## Role kinds: each person takes one kind of role per instance.

# $existing: the kind of role the person has (Operator, Organic Control Body, Authority);
# $requested: the kind just requested.
valid-role-kind-other = Ról: tá an cineál róil “{ $existing }” agat cheana sa timpeallacht seo, agus ní féidir le duine ar bith ach cineál amháin róil a bheith aige. Ní féidir leat ról “{ $requested }” a iarraidh; is féidir leat tuilleadh post “{ $existing }” a iarraidh.

## EORI numbers and control body codes. DE, FR, XI, AT-BIO-301, BIO, ECO, EKO, OKO (ÖKO) and
## ORG are codes: keep them as they are.

valid-eori-empty = Uimhir EORI: cuir isteach an uimhir EORI.
valid-eori-required-for-importers = Uimhir EORI: cuir isteach an uimhir EORI; tá sí éigeantach d’allmhaireoirí orgánacha.
valid-eori-too-long = Uimhir EORI: 17 gcarachtar ar a mhéad: cód tíre dhá litir agus suas le 15 litir nó digit.
valid-eori-bad-character = Uimhir EORI: ná húsáid ach litreacha A–Z agus digití (déantar neamhaird de spásanna).
valid-eori-no-country = Uimhir EORI: tosaigh le cód dhá litir na tíre a d’eisigh í, mar shampla DE nó FR (XI do Thuaisceart Éireann).
# $code: the two letters typed, which are not a country code.
valid-eori-unknown-country = Uimhir EORI: ní cód tíre é “{ $code }”; tosaigh le cód na tíre a d’eisigh an uimhir, mar shampla DE nó FR (XI do Thuaisceart Éireann).
valid-eori-no-number = Uimhir EORI: i ndiaidh chód na tíre, cuir isteach idir 1 agus 15 litir nó digit na huimhreach.
valid-control-body-code-empty = Cód an chomhlachta rialaithe: cuir isteach an cód, mar shampla AT-BIO-301.
valid-control-body-code-shape = Cód an chomhlachta rialaithe: scríobh é san fhoirm tír-téarma-uimhir, mar shampla AT-BIO-301: dhá litir, trí litir agus suas le trí dhigit, scartha le fleiscíní.
# $code: the first part typed, which is not a country code.
valid-control-body-code-country = Cód an chomhlachta rialaithe: ní cód tíre ISO 3166-1 é “{ $code }”; tosaigh le cód na tíre ina ndéantar na rialuithe.
# $term: the middle part typed, which is not an organic term.
valid-control-body-code-term = Cód an chomhlachta rialaithe: ní téarma orgánach de chuid chóid na gcomhlachtaí rialaithe é “{ $term }”; úsáid BIO, ECO, EKO, OKO (ÖKO) nó ORG.
valid-control-body-code-number = Cód an chomhlachta rialaithe: críochnaigh leis an uimhir thagartha, idir digit amháin agus trí dhigit, mar shampla 301.

## Text fields of the operator form (name, address, city, postcode).

# $field: the field's label; $hint: what to enter (label-…-empty-hint).
valid-text-empty = { $field }: { $hint }.
# $field: the field's label; $hint: the characters the field takes (label-…-allowed-hint).
valid-text-bad-character = { $field }: { $hint } (gan < >, carachtair rialúcháin ná carachtair dhofheicthe).
# $field: the field's label.
valid-text-no-letter-or-digit = { $field }: caithfidh litir nó digit amháin ar a laghad a bheith ann.

## Contact details: phone, fax, website.

# $field: the field's label (Phone, Fax).
valid-phone-no-plus = { $field }: scríobh an uimhir san fhormáid idirnáisiúnta, ag tosú le + agus cód na tíre, mar shampla +32 2 299 11 11.
# $field: the field's label (Phone, Fax).
valid-phone-bad-character = { $field }: i ndiaidh an +, ná húsáid ach digití, spásanna, fleiscíní agus lúibíní.
# $field: the field's label (Phone, Fax); $min, $max: the least and most digits.
valid-phone-digits = { $field }: ní mór go mbeadh líon na ndigití idir { $min } agus { $max }, cód na tíre san áireamh.
valid-website-scheme = Suíomh gréasáin: ní ghlactar ach le seoltaí http:// agus https://.
valid-website-non-ascii = Suíomh gréasáin: scríobh an seoladh le litreacha a–z, digití agus - . / amháin; i gcás fearainn le síntí fada, úsáid an fhoirm xn-- a thaispeánann do bhrabhsálaí.
valid-website-shape = Suíomh gréasáin: cuir isteach seoladh cosúil le www.example.org nó https://www.example.org/page.
valid-contact-missing = Teagmháil: tabhair ceann amháin ar a laghad díobh seo: teileafón, facs, ríomhphost nó suíomh gréasáin.
