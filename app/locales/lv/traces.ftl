## TRACES NT: the landing page, the welcome page of an instance, the role choice, the searches
## for a post with the request popup, "Create new Operator", and the profile with its
## preferences. Button and link names quoted in the helpdesk letter (“Login into TRACES”,
## “sign up for TRACES”, “Request Authorisation”, “Create new Operator”, “send authorisation
## request”) are the ones users are told to click: translate them the way the letter is
## translated.

## The landing page: production or training.

traces-landing-title = TRACES NT – bioloģisko produktu pārbaudes sertifikāti
traces-landing-lead = Ir pieejamas TRACES NT ražošanas un apmācību tīmekļvietnes. Lai tās varētu izmantot, vispirms reģistrējieties sistēmā EU Login un pēc tam pieprasiet savu lomu sistēmā TRACES NT. Vienā tīmekļvietnē pieprasītās lomas netiek pārnestas uz otru.
traces-landing-production = TRACES NT ražošanas vide
traces-landing-production-text = Īstiem sertifikātiem un īstiem pieprasījumiem.
traces-landing-training = TRACES NT apmācību vide
traces-landing-training-text = Lai bez sekām apgūtu un demonstrētu reģistrāciju.

## The welcome page of an instance.

traces-welcome-title = Laipni lūdzam sistēmā TRACES NT
traces-welcome-title-training = Laipni lūdzam TRACES NT apmācību vidē
traces-welcome-lead = Šajā tīmekļvietnē ir pieejams bioloģiskas izcelsmes produktu pārbaudes sertifikāts. Lai tam piekļūtu, jums jāpiesakās un jāreģistrējas kā lietotājam.
traces-welcome-log-in = Pieteikties sistēmā TRACES
# Followed by the link “sign up for TRACES”.
traces-welcome-no-account = Vēl nav EU Login konta?
traces-welcome-sign-up = reģistrēties sistēmā TRACES
traces-welcome-step-1 = Reģistrējieties sistēmā EU Login.
traces-welcome-step-1-text = Ja jums jau ir EU Login (ECAS) konts, pārejiet uzreiz uz 2. soli.
traces-welcome-step-2 = Reģistrējieties sistēmā TRACES NT.
traces-welcome-step-2-text = Piesakieties, izvēlieties savu lomu (Uzņēmējs, Bioloģiskās ražošanas kontroles institūcija vai Iestāde) un nosūtiet autorizācijas pieprasījumu.
# $name: the first and last name of the person, in bold.
traces-welcome-logged-in = Pašreizējais lietotājs: { $name }.
# $change: a link, traces-welcome-change-credentials; $reset: a link, traces-welcome-reset-password.
traces-welcome-credentials = Sistēmā EU Login jūs vajadzības gadījumā varat { $change } vai { $reset }.
traces-welcome-change-credentials = mainīt savus EU Login pieteikšanās datus
traces-welcome-reset-password = atiestatīt paroli

## A page of an instance opened before logging in.

traces-log-in-title = Lūdzu, piesakieties
traces-log-in-needed = Lai reģistrētos sistēmā TRACES NT, jums jāpiesakās ar savu EU Login kontu.
traces-log-in-button = Pieteikties sistēmā TRACES

## "Select your role in TRACES" on the welcome page.

traces-role-title = Izvēlieties savu lomu sistēmā TRACES
traces-role-loading = Notiek jūsu lomas ielāde…
traces-role-link-operator = Uzņēmējs (importētājs, pirmais saņēmējs)
traces-role-link-control-body = Bioloģiskās ražošanas kontroles institūcija (vai kontroles iestāde)
traces-role-link-authority = Iestāde (robežkontroles punkts vai centrālā kompetentā iestāde)
# $kind: the person's role kind (Operator, Organic Control Body, Authority), in bold.
traces-role-already = Jums šajā vidē jau ir lomas veids { $kind }. Katra persona var ieņemt tikai viena veida lomu; tās ietvaros varat pieprasīt vairākus amatus.
traces-role-see-requests = Skatīt savus pieprasījumus profilā
traces-role-one-kind = Ņemiet vērā, ka katra persona var ieņemt tikai viena veida lomu. Savas lomas ietvaros varat ieņemt vairākus amatus: piemēram, strādāt diviem vai vairākiem uzņēmējiem vai kā kontroles institūcija veikt kontroli vairākās valstīs.

## The searches for an operator, an authority or a control body.

traces-search-title-operator = Pieprasīt autorizāciju: uzņēmējs
traces-search-title-authority = Pieprasīt autorizāciju: iestāde
traces-search-title-control-body = Pieprasīt autorizāciju: bioloģiskās ražošanas kontroles institūcija
traces-search-back = Atpakaļ uz lomas izvēli
traces-search-country = Valsts
traces-search-any-country = Jebkura valsts
traces-search-section = Sadaļa
traces-search-any-section = Jebkura sadaļa
traces-search-activity = Darbības veids
traces-search-any-activity = Jebkurš darbības veids
traces-search-role = Loma
traces-search-any-role = Jebkura loma
traces-search-name = Nosaukums
traces-search-name-hint = Pietiek ar daļu no nosaukuma; lielajiem burtiem un diakritiskajām zīmēm nav nozīmes.
traces-search-button = Meklēt
traces-operator-lead = Atrodiet uzņēmēju, kura labā strādājat, atzīmējiet rūtiņu aiz tā un noklikšķiniet uz „Pieprasīt autorizāciju”. Varat atzīmēt vairākus uzņēmējus, arī vairākās lapās.
traces-operator-create-new-hint = Ja ir skaidrs, ka uzņēmēju, kura labā strādājat, atrast nevar, varat to izveidot.
traces-operator-create-new = Izveidot jaunu uzņēmēju
traces-authority-lead = Atrodiet savu iestādi, atzīmējiet rūtiņu aiz tās un noklikšķiniet uz „Pieprasīt autorizāciju”.
traces-control-body-lead = Atrodiet savu kontroles institūciju. Ja veicat sertifikāciju vienā valstī, atzīmējiet šīs valsts rūtiņu; ja veicat sertifikāciju visās valstīs, kurās jūsu kontroles institūcija veic sertifikāciju, atzīmējiet „Visas valstis” tās saraksta augšā. Pēc tam noklikšķiniet uz „Pieprasīt autorizāciju”.
traces-control-body-country-hint = Valsts, kurā kontroles institūcija veic sertifikāciju.
traces-control-body-name-hint = Pietiek ar daļu no nosaukuma vai koda.

## The results of a search, "Request Authorisation" and the popup.

traces-posts-request = Pieprasīt autorizāciju
traces-posts-none-selected = Vispirms rezultātos atzīmējiet sava amata rūtiņu.
# $count: how many posts are ticked (1 or more).
traces-posts-selected =
    { $count ->
        [zero] Atlasīti { $count } amati.
        [one] Atlasīts { $count } amats.
       *[other] Atlasīti { $count } amati.
    }
traces-posts-searching = Notiek meklēšana…
traces-posts-no-results = Neviena organizācija neatbilst meklēšanas kritērijiem.
# $count: how many organisations this page of results shows (1 or more).
traces-posts-results =
    { $count ->
        [zero] Šajā lapā ir { $count } rezultāti.
        [one] Šajā lapā ir { $count } rezultāts.
       *[other] Šajā lapā ir { $count } rezultāti.
    }
traces-posts-first-page = Pirmā lapa
traces-posts-next-page = Nākamā lapa
traces-posts-caption = Meklēšanas rezultāti
traces-posts-column-name = Nosaukums
traces-posts-column-country = Valsts
traces-posts-column-city = Pilsēta
traces-posts-column-activity = Darbības veids
traces-posts-column-eori = EORI numurs
traces-posts-column-select = Atlasīt
traces-posts-column-role = Loma
traces-posts-column-code = Kods
traces-posts-column-certified = Sertificētās valstis (atlasiet)
# $code: the role's code (BCP, CCA); $name: its name; $acts: what it acts as.
traces-posts-authority-role = { $code } ({ $name }, darbojas kā { $acts })
traces-posts-all-countries = Visas valstis
# The name of a tick box. $organisation: the control body's name.
traces-posts-all-countries-of = { $organisation }: visas valstis
# $count: how many requests were sent (1 or more). Followed by the link “Open my profile”.
traces-posts-sent =
    { $count ->
        [1] Jūsu autorizācijas pieprasījums ir nosūtīts. Tam varat sekot līdzi savā profilā.
        [zero] Jūsu { $count } autorizācijas pieprasījumi ir nosūtīti. Tiem varat sekot līdzi savā profilā.
        [one] Jūsu { $count } autorizācijas pieprasījums ir nosūtīts. Pieprasījumiem varat sekot līdzi savā profilā.
       *[other] Jūsu { $count } autorizācijas pieprasījumi ir nosūtīti. Tiem varat sekot līdzi savā profilā.
    }
traces-open-profile = Atvērt manu profilu
traces-popup-asking-for = Jūs pieprasāt autorizāciju šādiem amatiem:
traces-request-additional-info = Papildu informācija (neobligāti)
traces-request-additional-info-hint = Jebkas, kas palīdz personai, kura pārbauda jūsu pieprasījumu.
traces-popup-email = E-pasts
traces-popup-phone = Tālrunis (neobligāti)
traces-popup-send = nosūtīt autorizācijas pieprasījumu
traces-popup-cancel = Atcelt
traces-popup-sending = Notiek nosūtīšana…

## "Create new Operator".

traces-new-operator-back = Atpakaļ uz uzņēmēju meklēšanu
traces-new-operator-title = Izveidot jaunu uzņēmēju
# $operator: the name of the operator just created.
traces-new-operator-created = Uzņēmējs { $operator } ir izveidots, un jūsu pieprasījums tam pievienoties ir reģistrēts.
traces-new-operator-duplicates-title = Vai tas ir kāds no šiem?
traces-new-operator-duplicates-text = Šie uzņēmēji ir līdzīgi tam, kuru veidojat. Ja strādājat kādam no tiem, atzīmējiet to un tā vietā noklikšķiniet uz „Pieprasīt autorizāciju”. Ja neviens no tiem nav jūsējais, vēlreiz noklikšķiniet uz „izveidot jaunu uzņēmēju”.
traces-new-operator-lead = Lauki, kas atzīmēti ar *, ir obligāti. Bioloģisko produktu importētājiem EORI numurs ir obligāts.
traces-new-operator-create = izveidot jaunu uzņēmēju
traces-new-operator-checking = Notiek pārbaude…
traces-new-operator-operator = Uzņēmējs
traces-new-operator-name = Nosaukums
traces-new-operator-country = Valsts
traces-new-operator-choose-country = Izvēlieties valsti
traces-new-operator-address = Adrese
traces-new-operator-city = Pilsēta
traces-new-operator-postcode = Pasta indekss
traces-new-operator-section = Sadaļa
traces-new-operator-activity = Darbības veids
traces-new-operator-choose-activity = Izvēlieties darbības veidu
traces-new-operator-eori = EORI numurs
traces-new-operator-eori-hint = Divu burtu valsts kods, pēc tam līdz 15 burtiem vai cipariem (DE1234567890). Importētājiem obligāts.
traces-new-operator-eori-mandatory = Importētājam EORI numurs ir obligāts.
traces-new-operator-contact = Uzņēmēja kontaktinformācija
traces-new-operator-contact-rule = Obligāti: norādiet vismaz vienu no šiem: tālrunis, fakss, e-pasts vai tīmekļvietne.
traces-new-operator-phone = Tālrunis
traces-new-operator-fax = Fakss
traces-new-operator-email = E-pasts
traces-new-operator-website = Tīmekļvietne
traces-new-operator-request = Jūsu pieprasījums pievienoties šim uzņēmējam
traces-new-operator-request-hint = Persona, kas pārbauda jūsu pieprasījumu, redz šo informāciju un izmanto to, lai sazinātos ar jums.
traces-new-operator-your-email = Jūsu e-pasts
traces-new-operator-your-email-hint = No jūsu EU Login konta; šim pieprasījumam varat norādīt citu adresi.
traces-new-operator-your-phone = Jūsu tālrunis (neobligāti)

## "My TRACES profile".

traces-profile-title = Mans TRACES profils
traces-profile-requests = Mani pieprasījumi
traces-profile-loading = Notiek jūsu pieprasījumu ielāde…
traces-profile-no-requests = Šajā vidē jums vēl nav neviena lomas pieprasījuma.
traces-profile-column-organisation = Organizācija
traces-profile-column-role = Loma
traces-profile-column-scope = Darbības joma
traces-profile-column-requested = Pieprasīts
traces-profile-column-decided = Izlemts
traces-profile-column-status = Statuss
traces-profile-column-reason = Iemesls
traces-profile-column-action = Darbība
traces-profile-cancel = Atcelt
# The name of the “Cancel” button of one request. $organisation: the organisation's name.
traces-profile-cancel-label = Atcelt pieprasījumu par organizāciju { $organisation }
# $organisation: the organisation's name.
traces-profile-cancelled = Jūsu pieprasījums par organizāciju { $organisation } ir atcelts.
# $zone: an IANA time zone name, like Europe/Brussels.
traces-profile-time-zone = Datumi un laiki tiek rādīti jūsu laika joslā: { $zone }. To var mainīt sadaļā „Iestatījumi”.
traces-profile-new-role = Pieprasīt jaunu lomu
# $problem: why, as the server says it.
traces-profile-preferences-failed = Jūsu iestatījumus nevar parādīt: { $problem }

## The preferences of the profile page.

traces-preferences-title = Iestatījumi
traces-preferences-notifications-title = Laika josla un paziņojumi
# $instance: production or training (only chooses the text).
traces-preferences-instance-only =
    { $instance ->
        [training] Šie iestatījumi attiecas tikai uz apmācību vidi.
       *[production] Šie iestatījumi attiecas tikai uz ražošanas vidi.
    }
traces-preferences-time-zone = Laika josla
traces-preferences-time-zone-hint = Jūsu pieprasījumu datumi un laiki tiek rādīti šajā laika joslā.
traces-preferences-zone-utc = UTC (koordinētais universālais laiks)
traces-preferences-zones-eu = Eiropas Savienība
traces-preferences-zones-other = Citas valstis
# A time zone in the list. $country: the country's name; $zone: the IANA name (Europe/Vienna).
traces-preferences-zone = { $country } ({ $zone })
# $country: the country's name; $place: a region of it (Azores); $zone: the IANA name.
traces-preferences-zone-region = { $country }, { $place } ({ $zone })
# $country: the country's name; $place: a city of it (Chicago); $zone: the IANA name.
traces-preferences-zone-city = { $country } ({ $place }) ({ $zone })
traces-preferences-place-azores = Azoru salas
traces-preferences-place-madeira = Madeira
traces-preferences-place-canary-islands = Kanāriju salas
traces-preferences-place-sydney = Sidneja
traces-preferences-place-sao-paulo = Sanpaulu
traces-preferences-place-toronto = Toronto
traces-preferences-place-chicago = Čikāga
traces-preferences-place-los-angeles = Losandželosa
traces-preferences-place-new-york = Ņujorka
# $browser: the browser's time zone; $saved: the saved one (IANA names, like Europe/Brussels).
traces-preferences-browser-zone = Jūsu pārlūkprogrammā ir iestatīta laika josla { $browser }, tāpēc šeit ir izvēlēta tā. Jūsu saglabātā laika josla paliek { $saved }, līdz noklikšķināt uz „Saglabāt iestatījumus”.
traces-preferences-events = Informēt mani par
traces-preferences-notify-decisions = Lēmumiem par maniem pieprasījumiem (pieņemts, noraidīts, atsaukts)
traces-preferences-notify-new-requests = Jauniem pieprasījumiem, kas gaida manu lēmumu (ja lemjat par pieprasījumiem: iestādes un organizāciju administratori)
traces-preferences-channels = Kā mani informēt
traces-preferences-notify-in-app = Lietotnē
traces-preferences-notify-email = Pa e-pastu (uz jūsu EU Login konta adresi)
traces-preferences-no-channel = Ja nav atzīmēts ne „Lietotnē”, ne „Pa e-pastu”, jums netiks sūtīti nekādi paziņojumi.
traces-preferences-save = Saglabāt iestatījumus
traces-preferences-saving = Notiek saglabāšana…
# $zone: the time zone just saved (an IANA name, like America/New_York).
traces-preferences-saved = Jūsu iestatījumi ir saglabāti. Datumi un laiki tagad tiek rādīti laika joslā { $zone }.
traces-preferences-language-title = Valoda
# $account: a link, traces-preferences-my-account.
traces-preferences-language-text = Jūsu valodas ir piesaistītas jūsu EU Login kontam: tās ir vienādas ražošanas un apmācību vidē. Tās, kā arī savu vārdu un uzvārdu, varat mainīt arī lapā { $account }.
traces-preferences-my-account = Mans konts
traces-preferences-interface-language = Saskarnes valoda
traces-preferences-interface-language-hint = Šo lapu valoda pēc pieteikšanās.
traces-preferences-email-language = E-pasta valoda
traces-preferences-email-language-hint = Valoda, kurā saņemat e-pasta vēstules, arī paziņojumus.
traces-preferences-save-languages = Saglabāt valodas
traces-preferences-languages-saved = Jūsu valodas ir saglabātas.

## Statuses, as the profile, the search results and the queue show them.

traces-status-pending = Neizskatīts
traces-status-valid = Derīgs
traces-status-rejected = Noraidīts
traces-status-cancelled = Atcelts
traces-status-revoked = Atsaukts
traces-status-organisation-new = Jauns
traces-status-organisation-valid = Derīgs
traces-status-organisation-rejected = Noraidīts
traces-status-organisation-inactive = Neaktīvs
