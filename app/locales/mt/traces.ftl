## TRACES NT: the landing page, the welcome page of an instance, the role choice, the searches
## for a post with the request popup, "Create new Operator", and the profile with its
## preferences. Button and link names quoted in the helpdesk letter (“Login into TRACES”,
## “sign up for TRACES”, “Request Authorisation”, “Create new Operator”, “send authorisation
## request”) are the ones users are told to click: translate them the way the letter is
## translated.

## The landing page: production or training.

traces-landing-title = TRACES NT – Ċertifikati ta' Spezzjoni għall-prodotti organiċi
traces-landing-lead = Is-siti web tal-produzzjoni u tat-taħriġ tat-TRACES NT huma disponibbli. Qabel ma tkun tista' tużahom, irreġistra lilek innifsek fl-EU Login, imbagħad itlob ir-rwol tiegħek fit-TRACES NT. Ir-rwoli mitluba f'sit web wieħed ma jiġux trasferiti għall-ieħor.
traces-landing-production = TRACES NT – Produzzjoni
traces-landing-production-text = Għal ċertifikati reali u talbiet reali.
traces-landing-training = TRACES NT – Taħriġ
traces-landing-training-text = Biex titgħallem u turi r-reġistrazzjoni mingħajr konsegwenzi.

## The welcome page of an instance.

traces-welcome-title = Merħba fit-TRACES NT
traces-welcome-title-training = Merħba fl-ambjent tat-taħriġ tat-TRACES NT
traces-welcome-lead = Iċ-Ċertifikat ta' Spezzjoni għall-prodotti ta' oriġini organika jinsab f'dan is-sit web. Qabel ma tkun tista' taċċessah, trid tidħol u tirreġistra bħala utent.
traces-welcome-log-in = Idħol fit-TRACES
# Followed by the link “sign up for TRACES”.
traces-welcome-no-account = Għad m'għandekx kont EU Login?
traces-welcome-sign-up = irreġistra għat-TRACES
traces-welcome-step-1 = Irreġistra lilek innifsek fl-EU Login.
traces-welcome-step-1-text = Jekk diġà għandek kont EU Login (ECAS), mur direttament għall-pass 2.
traces-welcome-step-2 = Irreġistra fit-TRACES NT.
traces-welcome-step-2-text = Idħol, agħżel ir-rwol tiegħek (Operatur, Korp ta' Kontroll Organiku jew Awtorità) u ibgħat talba għal awtorizzazzjoni.
# $name: the first and last name of the person, in bold.
traces-welcome-logged-in = Dħalt bħala { $name }.
# $change: a link, traces-welcome-change-credentials; $reset: a link, traces-welcome-reset-password.
traces-welcome-credentials = Fl-EU Login tista' { $change } jekk ikun meħtieġ, jew { $reset }.
traces-welcome-change-credentials = tibdel il-kredenzjali EU Login tiegħek
traces-welcome-reset-password = terġa' tissettja l-password tiegħek

## A page of an instance opened before logging in.

traces-log-in-title = Jekk jogħġbok idħol
traces-log-in-needed = Trid tidħol bil-kont EU Login tiegħek biex tirreġistra fit-TRACES NT.
traces-log-in-button = Idħol fit-TRACES

## "Select your role in TRACES" on the welcome page.

traces-role-title = Agħżel ir-rwol tiegħek fit-TRACES
traces-role-loading = Ir-rwol tiegħek qed jitgħabba…
traces-role-link-operator = Operatur (Importatur, l-ewwel konsenjatarju)
traces-role-link-control-body = Korp ta' Kontroll Organiku (jew Awtorità ta' Kontroll)
traces-role-link-authority = Awtorità (Post ta' Kontroll fil-Fruntiera jew Awtorità Kompetenti Ċentrali)
# $kind: the person's role kind (Operator, Organic Control Body, Authority), in bold.
traces-role-already = Diġà għandek it-tip ta' rwol { $kind } f'dan l-ambjent. Kull individwu jista' jieħu tip wieħed biss ta' rwol; fi ħdanu tista' titlob aktar karigi.
traces-role-see-requests = Ara t-talbiet tiegħek fil-profil tiegħek
traces-role-one-kind = Jekk jogħġbok innota li kull individwu jista' jieħu tip wieħed biss ta' rwol. Fi ħdan ir-rwol tiegħek, tista' jkollok diversi karigi: pereżempju, taħdem għal żewġ operaturi jew aktar, jew, bħala korp ta' kontroll, tikkontrolla f'diversi pajjiżi.

## The searches for an operator, an authority or a control body.

traces-search-title-operator = Itlob awtorizzazzjoni: Operatur
traces-search-title-authority = Itlob awtorizzazzjoni: Awtorità
traces-search-title-control-body = Itlob awtorizzazzjoni: Korp ta' Kontroll Organiku
traces-search-back = Lura għall-għażla tar-rwol
traces-search-country = Pajjiż
traces-search-any-country = Kwalunkwe pajjiż
traces-search-section = Taqsima
traces-search-any-section = Kwalunkwe taqsima
traces-search-activity = Tip ta' attività
traces-search-any-activity = Kwalunkwe tip ta' attività
traces-search-role = Rwol
traces-search-any-role = Kwalunkwe rwol
traces-search-name = Isem
traces-search-name-hint = Biżżejjed parti mill-isem; l-ittri kbar u l-aċċenti ma jagħmlux differenza.
traces-search-button = Fittex
traces-operator-lead = Fittex l-operatur li taħdem għalih, immarka l-kaxxa ħdejh u kklikkja “Itlob Awtorizzazzjoni”. Tista' timmarka diversi operaturi, anke f'diversi paġni.
traces-operator-create-new-hint = Meta tkun ċert li ma tistax issib l-operatur li taħdem għalih, tista' toħolqu.
traces-operator-create-new = Oħloq Operatur ġdid
traces-authority-lead = Fittex l-awtorità tiegħek, immarka l-kaxxa ħdejha u kklikkja “Itlob Awtorizzazzjoni”.
traces-control-body-lead = Fittex il-korp ta' kontroll tiegħek. Jekk tiċċertifika għal pajjiż wieħed biss, immarka l-kaxxa ta' dak il-pajjiż; jekk tiċċertifika għall-pajjiżi kollha fejn jiċċertifika l-korp ta' kontroll tiegħek, immarka “Il-pajjiżi kollha” fuq nett tal-lista tiegħu. Imbagħad ikklikkja “Itlob Awtorizzazzjoni”.
traces-control-body-country-hint = Pajjiż fejn jiċċertifika l-korp ta' kontroll.
traces-control-body-name-hint = Biżżejjed parti mill-isem jew mill-kodiċi.

## The results of a search, "Request Authorisation" and the popup.

traces-posts-request = Itlob Awtorizzazzjoni
traces-posts-none-selected = L-ewwel immarka l-kaxxa tal-kariga tiegħek fir-riżultati.
# $count: how many posts are ticked (1 or more).
traces-posts-selected =
    { $count ->
        [one] { $count } kariga magħżula.
        [two] { $count } karigi magħżula.
        [few] { $count } karigi magħżula.
        [many] { $count } kariga magħżula.
       *[other] { $count } kariga magħżula.
    }
traces-posts-searching = Qed ifittex…
traces-posts-no-results = L-ebda organizzazzjoni ma taqbel mat-tfittxija tiegħek.
# $count: how many organisations this page of results shows (1 or more).
traces-posts-results =
    { $count ->
        [one] { $count } riżultat f'din il-paġna.
        [two] { $count } riżultati f'din il-paġna.
        [few] { $count } riżultati f'din il-paġna.
        [many] { $count } riżultat f'din il-paġna.
       *[other] { $count } riżultat f'din il-paġna.
    }
traces-posts-first-page = L-ewwel paġna
traces-posts-next-page = Il-paġna li jmiss
traces-posts-caption = Riżultati tat-tfittxija
traces-posts-column-name = Isem
traces-posts-column-country = Pajjiż
traces-posts-column-city = Belt
traces-posts-column-activity = Tip ta' attività
traces-posts-column-eori = Numru EORI
traces-posts-column-select = Agħżel
traces-posts-column-role = Rwol
traces-posts-column-code = Kodiċi
traces-posts-column-certified = Pajjiżi ċertifikati (agħżel)
# $code: the role's code (BCP, CCA); $name: its name; $acts: what it acts as.
traces-posts-authority-role = { $code } ({ $name }, jaġixxi bħala { $acts })
traces-posts-all-countries = Il-pajjiżi kollha
# The name of a tick box. $organisation: the control body's name.
traces-posts-all-countries-of = { $organisation }: il-pajjiżi kollha
# $count: how many requests were sent (1 or more). Followed by the link “Open my profile”.
traces-posts-sent =
    { $count ->
        [one] It-talba tiegħek għal awtorizzazzjoni ntbagħtet. Tista' ssegwiha fil-profil tiegħek.
        [two] It-talbiet tiegħek għal awtorizzazzjoni ({ $count }) ntbagħtu. Tista' ssegwihom fil-profil tiegħek.
        [few] It-talbiet tiegħek għal awtorizzazzjoni ({ $count }) ntbagħtu. Tista' ssegwihom fil-profil tiegħek.
        [many] It-talbiet tiegħek għal awtorizzazzjoni ({ $count }) ntbagħtu. Tista' ssegwihom fil-profil tiegħek.
       *[other] It-talbiet tiegħek għal awtorizzazzjoni ({ $count }) ntbagħtu. Tista' ssegwihom fil-profil tiegħek.
    }
traces-open-profile = Iftaħ il-profil tiegħi
traces-popup-asking-for = Qed titlob awtorizzazzjoni għal:
traces-request-additional-info = Informazzjoni addizzjonali (mhux obbligatorja)
traces-request-additional-info-hint = Kull ħaġa li tgħin lill-persuna li tiċċekkja t-talba tiegħek.
traces-popup-email = Email
traces-popup-phone = Telefon (mhux obbligatorju)
traces-popup-send = ibgħat talba għal awtorizzazzjoni
traces-popup-cancel = Ikkanċella
traces-popup-sending = Qed tintbagħat…

## "Create new Operator".

traces-new-operator-back = Lura għat-tfittxija tal-operaturi
traces-new-operator-title = Oħloq Operatur ġdid
# $operator: the name of the operator just created.
traces-new-operator-created = L-operatur { $operator } inħoloq u t-talba tiegħek biex tingħaqad miegħu ġiet irreġistrata.
traces-new-operator-duplicates-title = Huwa wieħed minn dawn?
traces-new-operator-duplicates-text = Dawn l-operaturi jixbhu lil dak li qed toħloq. Jekk taħdem għal wieħed minnhom, immarkah u kklikkja “Itlob Awtorizzazzjoni” minflok. Jekk l-ebda wieħed minnhom mhu tiegħek, erġa' kklikkja “oħloq operatur ġdid”.
traces-new-operator-lead = L-oqsma mmarkati b'* huma obbligatorji. In-numru EORI huwa obbligatorju għall-importaturi organiċi.
traces-new-operator-create = oħloq operatur ġdid
traces-new-operator-checking = Qed jiċċekkja…
traces-new-operator-operator = L-operatur
traces-new-operator-name = Isem
traces-new-operator-country = Pajjiż
traces-new-operator-choose-country = Agħżel pajjiż
traces-new-operator-address = Indirizz
traces-new-operator-city = Belt
traces-new-operator-postcode = Kodiċi postali
traces-new-operator-section = Taqsima
traces-new-operator-activity = Tip ta' attività
traces-new-operator-choose-activity = Agħżel tip ta' attività
traces-new-operator-eori = Numru EORI
traces-new-operator-eori-hint = Il-kodiċi tal-pajjiż b'żewġ ittri, imbagħad sa 15-il ittra jew ċifra (DE1234567890). Obbligatorju għall-importaturi.
traces-new-operator-eori-mandatory = Għal importatur, in-numru EORI huwa obbligatorju.
traces-new-operator-contact = Kuntatt tal-operatur
traces-new-operator-contact-rule = Obbligatorju: agħti mill-inqas wieħed minn dawn: telefon, faks, email jew sit web.
traces-new-operator-phone = Telefon
traces-new-operator-fax = Faks
traces-new-operator-email = Email
traces-new-operator-website = Sit web
traces-new-operator-request = It-talba tiegħek biex tingħaqad ma' dan l-operatur
traces-new-operator-request-hint = Il-persuna li tiċċekkja t-talba tiegħek tara dan u tużah biex tikkuntattjak.
traces-new-operator-your-email = L-email tiegħek
traces-new-operator-your-email-hint = Mill-kont EU Login tiegħek; tista' tagħti indirizz ieħor għal din it-talba.
traces-new-operator-your-phone = It-telefon tiegħek (mhux obbligatorju)

## "My TRACES profile".

traces-profile-title = Il-profil TRACES tiegħi
traces-profile-requests = It-talbiet tiegħi
traces-profile-loading = It-talbiet tiegħek qed jitgħabbew…
traces-profile-no-requests = Għadek ma tlabt l-ebda rwol f'dan l-ambjent.
traces-profile-column-organisation = Organizzazzjoni
traces-profile-column-role = Rwol
traces-profile-column-scope = Ambitu
traces-profile-column-requested = Data tat-talba
traces-profile-column-decided = Data tad-deċiżjoni
traces-profile-column-status = Status
traces-profile-column-reason = Raġuni
traces-profile-column-action = Azzjoni
traces-profile-cancel = Ikkanċella
# The name of the “Cancel” button of one request. $organisation: the organisation's name.
traces-profile-cancel-label = Ikkanċella t-talba għal { $organisation }
# $organisation: the organisation's name.
traces-profile-cancelled = It-talba tiegħek għal { $organisation } ġiet ikkanċellata.
# $zone: an IANA time zone name, like Europe/Brussels.
traces-profile-time-zone = Id-dati u l-ħinijiet jintwerew fiż-żona tal-ħin tiegħek, { $zone }. Tista' tibdilha taħt Preferenzi.
traces-profile-new-role = Itlob rwol ġdid
# $problem: why, as the server says it.
traces-profile-preferences-failed = Il-preferenzi tiegħek ma jistgħux jintwerew: { $problem }

## The preferences of the profile page.

traces-preferences-title = Preferenzi
traces-preferences-notifications-title = Żona tal-ħin u notifiki
# $instance: production or training (only chooses the text).
traces-preferences-instance-only =
    { $instance ->
        [training] Dawn il-preferenzi huma għall-ambjent tat-taħriġ biss.
       *[production] Dawn il-preferenzi huma għall-ambjent tal-produzzjoni biss.
    }
traces-preferences-time-zone = Żona tal-ħin
traces-preferences-time-zone-hint = Id-dati u l-ħinijiet tat-talbiet tiegħek jintwerew f'din iż-żona tal-ħin.
traces-preferences-zone-utc = UTC (Ħin Universali Koordinat)
traces-preferences-zones-eu = L-Unjoni Ewropea
traces-preferences-zones-other = Pajjiżi oħra
# A time zone in the list. $country: the country's name; $zone: the IANA name (Europe/Vienna).
traces-preferences-zone = { $country } ({ $zone })
# $country: the country's name; $place: a region of it (Azores); $zone: the IANA name.
traces-preferences-zone-region = { $country }, { $place } ({ $zone })
# $country: the country's name; $place: a city of it (Chicago); $zone: the IANA name.
traces-preferences-zone-city = { $country } ({ $place }) ({ $zone })
traces-preferences-place-azores = L-Azores
traces-preferences-place-madeira = Madeira
traces-preferences-place-canary-islands = Il-Gżejjer Kanarji
traces-preferences-place-sydney = Sydney
traces-preferences-place-sao-paulo = São Paulo
traces-preferences-place-toronto = Toronto
traces-preferences-place-chicago = Chicago
traces-preferences-place-los-angeles = Los Angeles
traces-preferences-place-new-york = New York
# $browser: the browser's time zone; $saved: the saved one (IANA names, like Europe/Brussels).
traces-preferences-browser-zone = Il-browser tiegħek huwa ssettjat fuq { $browser }, għalhekk din intgħażlet hawn. Iż-żona tal-ħin issejvjata tiegħek tibqa' { $saved } sakemm tikklikkja “Issejvja l-preferenzi”.
traces-preferences-events = Għarrafni dwar
traces-preferences-notify-decisions = Deċiżjonijiet dwar it-talbiet tiegħi (aċċettati, miċħuda, revokati)
traces-preferences-notify-new-requests = Talbiet ġodda li qed jistennew id-deċiżjoni tiegħi (jekk tiddeċiedi dwar talbiet: awtoritajiet u amministraturi ta' organizzazzjoni)
traces-preferences-channels = Kif tgħarrafni
traces-preferences-notify-in-app = Fl-app
traces-preferences-notify-email = Bl-email (fl-indirizz tal-kont EU Login tiegħek)
traces-preferences-no-channel = Jekk la “Fl-app” u lanqas “Bl-email” ma jkunu mmarkati, ma tirċievi l-ebda notifika.
traces-preferences-save = Issejvja l-preferenzi
traces-preferences-saving = Qed jiġu ssejvjati…
# $zone: the time zone just saved (an IANA name, like America/New_York).
traces-preferences-saved = Il-preferenzi tiegħek ġew issejvjati. Id-dati u l-ħinijiet issa jintwerew fiż-żona tal-ħin { $zone }.
traces-preferences-language-title = Lingwa
# $account: a link, traces-preferences-my-account.
traces-preferences-language-text = Il-lingwi tiegħek huma marbuta mal-kont EU Login tiegħek: huma l-istess fl-ambjent tal-produzzjoni u f'dak tat-taħriġ. Tista' tibdilhom ukoll, flimkien mal-ismijiet tiegħek, f'{ $account }.
traces-preferences-my-account = Il-kont tiegħi
traces-preferences-interface-language = Lingwa tal-interfaċċa
traces-preferences-interface-language-hint = Il-lingwa ta' dawn il-paġni kull meta tkun dieħel.
traces-preferences-email-language = Lingwa tal-emails
traces-preferences-email-language-hint = Il-lingwa tal-emails li tirċievi, inklużi n-notifiki.
traces-preferences-save-languages = Issejvja l-lingwi
traces-preferences-languages-saved = Il-lingwi tiegħek ġew issejvjati.

## Statuses, as the profile, the search results and the queue show them.

traces-status-pending = Pendenti
traces-status-valid = Valida
traces-status-rejected = Miċħuda
traces-status-cancelled = Ikkanċellata
traces-status-revoked = Revokata
traces-status-organisation-new = Ġdida
traces-status-organisation-valid = Valida
traces-status-organisation-rejected = Miċħuda
traces-status-organisation-inactive = Inattiva
