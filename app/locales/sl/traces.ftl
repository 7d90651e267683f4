## TRACES NT: the landing page, the welcome page of an instance, the role choice, the searches
## for a post with the request popup, "Create new Operator", and the profile with its
## preferences. Button and link names quoted in the helpdesk letter (“Login into TRACES”,
## “sign up for TRACES”, “Request Authorisation”, “Create new Operator”, “send authorisation
## request”) are the ones users are told to click: translate them the way the letter is
## translated.

## The landing page: production or training.

traces-landing-title = TRACES NT – certifikati o inšpekcijskem pregledu za ekološke proizvode
traces-landing-lead = Na voljo sta produkcijsko spletno mesto in spletno mesto za usposabljanje TRACES NT. Preden ju lahko uporabljate, se registrirajte v EU Login, nato pa v TRACES NT zahtevajte svojo vlogo. Vloge, zahtevane na enem spletnem mestu, se ne prenesejo na drugo.
traces-landing-production = TRACES NT – produkcija
traces-landing-production-text = Za resnične certifikate in resnične zahteve.
traces-landing-training = TRACES NT – usposabljanje
traces-landing-training-text = Za učenje in predstavitev registracije brez posledic.

## The welcome page of an instance.

traces-welcome-title = Dobrodošli v TRACES NT
traces-welcome-title-training = Dobrodošli v instanci TRACES NT za usposabljanje
traces-welcome-lead = Na tem spletnem mestu je certifikat o inšpekcijskem pregledu za proizvode ekološkega izvora. Da bi dobili dostop do njega, se morate prijaviti in registrirati kot uporabnik.
traces-welcome-log-in = Prijava v TRACES
# Followed by the link “sign up for TRACES”.
traces-welcome-no-account = Še nimate računa EU Login?
traces-welcome-sign-up = Registrirajte se v TRACES
traces-welcome-step-1 = Registrirajte se v EU Login.
traces-welcome-step-1-text = Če že imate račun EU Login (ECAS), pojdite neposredno na 2. korak.
traces-welcome-step-2 = Registrirajte se v TRACES NT.
traces-welcome-step-2-text = Prijavite se, izberite svojo vlogo (Izvajalec dejavnosti, Izvajalec nadzora za ekološko pridelavo ali Organ) in pošljite zahtevo za avtorizacijo.
# $name: the first and last name of the person, in bold.
traces-welcome-logged-in = Prijavljeni ste kot { $name }.
# $change: a link, traces-welcome-change-credentials; $reset: a link, traces-welcome-reset-password.
traces-welcome-credentials = V EU Login lahko po potrebi { $change } ali { $reset }.
traces-welcome-change-credentials = spremenite svoje poverilnice EU Login
traces-welcome-reset-password = ponastavite geslo

## A page of an instance opened before logging in.

traces-log-in-title = Prijavite se
traces-log-in-needed = Za registracijo v TRACES NT se morate prijaviti s svojim računom EU Login.
traces-log-in-button = Prijava v TRACES

## "Select your role in TRACES" on the welcome page.

traces-role-title = Izberite svojo vlogo v TRACES
traces-role-loading = Nalaganje vaše vloge …
traces-role-link-operator = Izvajalec dejavnosti (uvoznik, prvi prejemnik)
traces-role-link-control-body = Izvajalec nadzora za ekološko pridelavo (ali organ nadzora)
traces-role-link-authority = Organ (mejna kontrolna točka ali osrednji pristojni organ)
# $kind: the person's role kind (Operator, Organic Control Body, Authority), in bold.
traces-role-already = V tej instanci že imate vrsto vloge { $kind }. Vsak posameznik ima lahko samo eno vrsto vloge; v njej lahko zahtevate dodatne položaje.
traces-role-see-requests = Svoje zahteve si oglejte v profilu
traces-role-one-kind = Upoštevajte, da ima lahko vsak posameznik samo eno vrsto vloge. V okviru svoje vloge lahko zasedate več položajev: na primer delate za dva ali več izvajalcev dejavnosti ali kot izvajalec nadzora izvajate nadzor v več državah.

## The searches for an operator, an authority or a control body.

traces-search-title-operator = Zahteva za avtorizacijo: izvajalec dejavnosti
traces-search-title-authority = Zahteva za avtorizacijo: organ
traces-search-title-control-body = Zahteva za avtorizacijo: izvajalec nadzora za ekološko pridelavo
traces-search-back = Nazaj na izbiro vloge
traces-search-country = Država
traces-search-any-country = Katera koli država
traces-search-section = Oddelek
traces-search-any-section = Kateri koli oddelek
traces-search-activity = Vrsta dejavnosti
traces-search-any-activity = Katera koli vrsta dejavnosti
traces-search-role = Vloga
traces-search-any-role = Katera koli vloga
traces-search-name = Naziv
traces-search-name-hint = Dovolj je del naziva; velike črke in strešice niso pomembne.
traces-search-button = Išči
traces-operator-lead = Poiščite izvajalca dejavnosti, za katerega delate, označite polje ob njem in kliknite „Zahtevaj avtorizacijo“. Označite lahko več izvajalcev dejavnosti, tudi na več straneh.
traces-operator-create-new-hint = Ko ste prepričani, da izvajalca dejavnosti, za katerega delate, ne morete najti, ga lahko ustvarite.
traces-operator-create-new = Ustvari novega izvajalca dejavnosti
traces-authority-lead = Poiščite svoj organ, označite polje ob njem in kliknite „Zahtevaj avtorizacijo“.
traces-control-body-lead = Poiščite svojega izvajalca nadzora. Če izvajate certificiranje za eno samo državo, označite polje te države; če izvajate certificiranje za vse države, v katerih certificira vaš izvajalec nadzora, označite „Vse države“ na vrhu njegovega seznama. Nato kliknite „Zahtevaj avtorizacijo“.
traces-control-body-country-hint = Država, v kateri izvajalec nadzora izvaja certificiranje.
traces-control-body-name-hint = Dovolj je del naziva ali kode.

## The results of a search, "Request Authorisation" and the popup.

traces-posts-request = Zahtevaj avtorizacijo
traces-posts-none-selected = Najprej med rezultati označite polje svojega položaja.
# $count: how many posts are ticked (1 or more).
traces-posts-selected =
    { $count ->
        [one] Izbran je { $count } položaj.
        [two] Izbrana sta { $count } položaja.
        [few] Izbrani so { $count } položaji.
       *[other] Izbranih je { $count } položajev.
    }
traces-posts-searching = Iskanje …
traces-posts-no-results = Vašemu iskanju ne ustreza nobena organizacija.
# $count: how many organisations this page of results shows (1 or more).
traces-posts-results =
    { $count ->
        [one] { $count } rezultat na tej strani.
        [two] { $count } rezultata na tej strani.
        [few] { $count } rezultati na tej strani.
       *[other] { $count } rezultatov na tej strani.
    }
traces-posts-first-page = Prva stran
traces-posts-next-page = Naslednja stran
traces-posts-caption = Rezultati iskanja
traces-posts-column-name = Naziv
traces-posts-column-country = Država
traces-posts-column-city = Kraj
traces-posts-column-activity = Vrsta dejavnosti
traces-posts-column-eori = Številka EORI
traces-posts-column-select = Izbira
traces-posts-column-role = Vloga
traces-posts-column-code = Koda
traces-posts-column-certified = Države certificiranja (izberite)
# $code: the role's code (BCP, CCA); $name: its name; $acts: what it acts as.
traces-posts-authority-role = { $code } ({ $name }, deluje kot { $acts })
traces-posts-all-countries = Vse države
# The name of a tick box. $organisation: the control body's name.
traces-posts-all-countries-of = { $organisation }: vse države
# $count: how many requests were sent (1 or more). Followed by the link “Open my profile”.
traces-posts-sent =
    { $count ->
        [one] Vaša zahteva za avtorizacijo je bila poslana. Spremljate jo lahko v svojem profilu.
        [two] Vaši { $count } zahtevi za avtorizacijo sta bili poslani. Spremljate ju lahko v svojem profilu.
        [few] Vaše { $count } zahteve za avtorizacijo so bile poslane. Spremljate jih lahko v svojem profilu.
       *[other] Vaših { $count } zahtev za avtorizacijo je bilo poslanih. Spremljate jih lahko v svojem profilu.
    }
traces-open-profile = Odpri moj profil
traces-popup-asking-for = Zahtevate avtorizacijo za:
traces-request-additional-info = Dodatne informacije (neobvezno)
traces-request-additional-info-hint = Vse, kar pomaga osebi, ki preverja vašo zahtevo.
traces-popup-email = E-poštni naslov
traces-popup-phone = Telefon (neobvezno)
traces-popup-send = pošlji zahtevo za avtorizacijo
traces-popup-cancel = Prekliči
traces-popup-sending = Pošiljanje …

## "Create new Operator".

traces-new-operator-back = Nazaj na iskanje izvajalca dejavnosti
traces-new-operator-title = Ustvari novega izvajalca dejavnosti
# $operator: the name of the operator just created.
traces-new-operator-created = Izvajalec dejavnosti { $operator } je bil ustvarjen, vaša zahteva za pridružitev pa je bila registrirana.
traces-new-operator-duplicates-title = Ali je to eden od teh?
traces-new-operator-duplicates-text = Ti izvajalci dejavnosti so podobni tistemu, ki ga ustvarjate. Če delate za enega od njih, ga označite in namesto tega kliknite „Zahtevaj avtorizacijo“. Če nobeden od njih ni vaš, znova kliknite „ustvari novega izvajalca dejavnosti“.
traces-new-operator-lead = Polja, označena z *, so obvezna. Za uvoznike ekoloških proizvodov je številka EORI obvezna.
traces-new-operator-create = ustvari novega izvajalca dejavnosti
traces-new-operator-checking = Preverjanje …
traces-new-operator-operator = Izvajalec dejavnosti
traces-new-operator-name = Naziv
traces-new-operator-country = Država
traces-new-operator-choose-country = Izberite državo
traces-new-operator-address = Naslov
traces-new-operator-city = Kraj
traces-new-operator-postcode = Poštna številka
traces-new-operator-section = Oddelek
traces-new-operator-activity = Vrsta dejavnosti
traces-new-operator-choose-activity = Izberite vrsto dejavnosti
traces-new-operator-eori = Številka EORI
traces-new-operator-eori-hint = Dvočrkovna koda države, nato do 15 črk ali števk (DE1234567890). Obvezna za uvoznike.
traces-new-operator-eori-mandatory = Za uvoznika je številka EORI obvezna.
traces-new-operator-contact = Kontakt izvajalca dejavnosti
traces-new-operator-contact-rule = Obvezno: navedite vsaj enega od podatkov: telefon, faks, e-poštni naslov ali spletno mesto.
traces-new-operator-phone = Telefon
traces-new-operator-fax = Faks
traces-new-operator-email = E-poštni naslov
traces-new-operator-website = Spletno mesto
traces-new-operator-request = Vaša zahteva za pridružitev temu izvajalcu dejavnosti
traces-new-operator-request-hint = Oseba, ki preverja vašo zahtevo, vidi te podatke in jih uporabi za stik z vami.
traces-new-operator-your-email = Vaš e-poštni naslov
traces-new-operator-your-email-hint = Iz vašega računa EU Login; za to zahtevo lahko navedete drugega.
traces-new-operator-your-phone = Vaš telefon (neobvezno)

## "My TRACES profile".

traces-profile-title = Moj profil TRACES
traces-profile-requests = Moje zahteve
traces-profile-loading = Nalaganje vaših zahtev …
traces-profile-no-requests = V tej instanci še niste zahtevali nobene vloge.
traces-profile-column-organisation = Organizacija
traces-profile-column-role = Vloga
traces-profile-column-scope = Obseg
traces-profile-column-requested = Zahtevano
traces-profile-column-decided = Odločeno
traces-profile-column-status = Status
traces-profile-column-reason = Razlog
traces-profile-column-action = Dejanje
traces-profile-cancel = Prekliči
# The name of the “Cancel” button of one request. $organisation: the organisation's name.
traces-profile-cancel-label = Prekliči zahtevo za { $organisation }
# $organisation: the organisation's name.
traces-profile-cancelled = Vaša zahteva za { $organisation } je bila preklicana.
# $zone: an IANA time zone name, like Europe/Brussels.
traces-profile-time-zone = Datumi in časi so prikazani v vašem časovnem pasu { $zone }. Spremenite ga lahko v razdelku Nastavitve.
traces-profile-new-role = Zahtevaj novo vlogo
# $problem: why, as the server says it.
traces-profile-preferences-failed = Vaših nastavitev ni mogoče prikazati: { $problem }

## The preferences of the profile page.

traces-preferences-title = Nastavitve
traces-preferences-notifications-title = Časovni pas in obvestila
# $instance: production or training (only chooses the text).
traces-preferences-instance-only =
    { $instance ->
        [training] Te nastavitve veljajo samo za instanco za usposabljanje.
       *[production] Te nastavitve veljajo samo za produkcijsko instanco.
    }
traces-preferences-time-zone = Časovni pas
traces-preferences-time-zone-hint = Datumi in časi vaših zahtev so prikazani v tem časovnem pasu.
traces-preferences-zone-utc = UTC (usklajeni univerzalni čas)
traces-preferences-zones-eu = Evropska unija
traces-preferences-zones-other = Druge države
# A time zone in the list. $country: the country's name; $zone: the IANA name (Europe/Vienna).
traces-preferences-zone = { $country } ({ $zone })
# $country: the country's name; $place: a region of it (Azores); $zone: the IANA name.
traces-preferences-zone-region = { $country }, { $place } ({ $zone })
# $country: the country's name; $place: a city of it (Chicago); $zone: the IANA name.
traces-preferences-zone-city = { $country } ({ $place }) ({ $zone })
traces-preferences-place-azores = Azori
traces-preferences-place-madeira = Madeira
traces-preferences-place-canary-islands = Kanarski otoki
traces-preferences-place-sydney = Sydney
traces-preferences-place-sao-paulo = São Paulo
traces-preferences-place-toronto = Toronto
traces-preferences-place-chicago = Chicago
traces-preferences-place-los-angeles = Los Angeles
traces-preferences-place-new-york = New York
# $browser: the browser's time zone; $saved: the saved one (IANA names, like Europe/Brussels).
traces-preferences-browser-zone = Vaš brskalnik je nastavljen na { $browser }, zato je ta pas izbran tukaj. Shranjeni časovni pas ostane { $saved }, dokler ne kliknete „Shrani nastavitve“.
traces-preferences-events = Dogodki, o katerih želim prejemati obvestila
traces-preferences-notify-decisions = Odločitve o mojih zahtevah (odobrene, zavrnjene, razveljavljene)
traces-preferences-notify-new-requests = Nove zahteve, ki čakajo na mojo odločitev (če odločate o zahtevah: organi in skrbniki organizacije)
traces-preferences-channels = Način obveščanja
traces-preferences-notify-in-app = V aplikaciji
traces-preferences-notify-email = Po e-pošti (na naslov vašega računa EU Login)
traces-preferences-no-channel = Če ni označeno niti „V aplikaciji“ niti „Po e-pošti“, ne boste obveščeni o ničemer.
traces-preferences-save = Shrani nastavitve
traces-preferences-saving = Shranjevanje …
# $zone: the time zone just saved (an IANA name, like America/New_York).
traces-preferences-saved = Vaše nastavitve so shranjene. Datumi in časi so zdaj prikazani v časovnem pasu { $zone }.
traces-preferences-language-title = Jezik
# $account: a link, traces-preferences-my-account.
traces-preferences-language-text = Vaši jeziki so del vašega računa EU Login: enaki so v produkciji in v instanci za usposabljanje. Skupaj z imenom in priimkom jih lahko spremenite tudi na strani { $account }.
traces-preferences-my-account = Moj račun
traces-preferences-interface-language = Jezik vmesnika
traces-preferences-interface-language-hint = Jezik teh strani, ko ste prijavljeni.
traces-preferences-email-language = Jezik e-poštnih sporočil
traces-preferences-email-language-hint = Jezik e-poštnih sporočil, ki jih prejemate, vključno z obvestili.
traces-preferences-save-languages = Shrani jezike
traces-preferences-languages-saved = Vaši jeziki so shranjeni.

## Statuses, as the profile, the search results and the queue show them.

traces-status-pending = V obravnavi
traces-status-valid = Veljavna
traces-status-rejected = Zavrnjena
traces-status-cancelled = Preklicana
traces-status-revoked = Razveljavljena
traces-status-organisation-new = Nova
traces-status-organisation-valid = Veljavna
traces-status-organisation-rejected = Zavrnjena
traces-status-organisation-inactive = Neaktivna
