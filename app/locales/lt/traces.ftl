## TRACES NT: the landing page, the welcome page of an instance, the role choice, the searches
## for a post with the request popup, "Create new Operator", and the profile with its
## preferences. Button and link names quoted in the helpdesk letter (“Login into TRACES”,
## “sign up for TRACES”, “Request Authorisation”, “Create new Operator”, “send authorisation
## request”) are the ones users are told to click: translate them the way the letter is
## translated.

## The landing page: production or training.

traces-landing-title = TRACES NT – ekologiškų produktų patikros sertifikatai
traces-landing-lead = Galite naudotis TRACES NT gamybine ir mokymo svetainėmis. Prieš pradėdami jomis naudotis, užsiregistruokite EU Login, tada paprašykite suteikti jums vaidmenį TRACES NT. Vienoje svetainėje prašyti vaidmenys į kitą neperkeliami.
traces-landing-production = TRACES NT gamybinė aplinka
traces-landing-production-text = Tikriems sertifikatams ir tikriems prašymams.
traces-landing-training = TRACES NT mokymo aplinka
traces-landing-training-text = Registracijai išmokti ir pademonstruoti be jokių pasekmių.

## The welcome page of an instance.

traces-welcome-title = Sveiki atvykę į TRACES NT
traces-welcome-title-training = Sveiki atvykę į TRACES NT mokymo aplinką
traces-welcome-lead = Šioje svetainėje rasite ekologiškos kilmės produktų patikros sertifikatą. Kad galėtumėte juo naudotis, turite prisijungti ir užsiregistruoti kaip naudotojas.
traces-welcome-log-in = Prisijungti prie TRACES
# Followed by the link “sign up for TRACES”.
traces-welcome-no-account = Dar neturite EU Login paskyros?
traces-welcome-sign-up = užsiregistruoti TRACES
traces-welcome-step-1 = Užsiregistruokite EU Login.
traces-welcome-step-1-text = Jei jau turite EU Login (ECAS) paskyrą, pereikite tiesiai prie 2 žingsnio.
traces-welcome-step-2 = Užsiregistruokite TRACES NT.
traces-welcome-step-2-text = Prisijunkite, pasirinkite savo vaidmenį (Veiklos vykdytojas, Ekologinės gamybos kontrolės institucija arba Valdžios institucija) ir išsiųskite autorizacijos prašymą.
# $name: the first and last name of the person, in bold.
traces-welcome-logged-in = Prisijungta kaip { $name }.
# $change: a link, traces-welcome-change-credentials; $reset: a link, traces-welcome-reset-password.
traces-welcome-credentials = EU Login sistemoje prireikus galite { $change } arba { $reset }.
traces-welcome-change-credentials = pakeisti savo EU Login prisijungimo duomenis
traces-welcome-reset-password = atkurti slaptažodį

## A page of an instance opened before logging in.

traces-log-in-title = Prisijunkite
traces-log-in-needed = Norėdami užsiregistruoti TRACES NT, turite prisijungti naudodami savo EU Login paskyrą.
traces-log-in-button = Prisijungti prie TRACES

## "Select your role in TRACES" on the welcome page.

traces-role-title = Pasirinkite savo vaidmenį TRACES sistemoje
traces-role-loading = Įkeliamas jūsų vaidmuo…
traces-role-link-operator = Veiklos vykdytojas (importuotojas, pirmasis gavėjas)
traces-role-link-control-body = Ekologinės gamybos kontrolės institucija (arba kontrolės valdžios institucija)
traces-role-link-authority = Valdžios institucija (pasienio kontrolės postas arba centrinė kompetentinga institucija)
# $kind: the person's role kind (Operator, Organic Control Body, Authority), in bold.
traces-role-already = Šioje aplinkoje jau turite vaidmens rūšį { $kind }. Kiekvienas asmuo gali turėti tik vienos rūšies vaidmenį; jo ribose galite prašyti daugiau pareigybių.
traces-role-see-requests = Žiūrėti savo prašymus profilyje
traces-role-one-kind = Atkreipkite dėmesį, kad kiekvienas asmuo gali turėti tik vienos rūšies vaidmenį. Savo vaidmens ribose galite turėti kelias pareigybes: pavyzdžiui, dirbti dviem ar daugiau veiklos vykdytojų arba kaip kontrolės institucija vykdyti kontrolę keliose šalyse.

## The searches for an operator, an authority or a control body.

traces-search-title-operator = Prašyti autorizacijos: veiklos vykdytojas
traces-search-title-authority = Prašyti autorizacijos: valdžios institucija
traces-search-title-control-body = Prašyti autorizacijos: ekologinės gamybos kontrolės institucija
traces-search-back = Atgal į vaidmens pasirinkimą
traces-search-country = Šalis
traces-search-any-country = Bet kuri šalis
traces-search-section = Skirsnis
traces-search-any-section = Bet kuris skirsnis
traces-search-activity = Veiklos rūšis
traces-search-any-activity = Bet kuri veiklos rūšis
traces-search-role = Vaidmuo
traces-search-any-role = Bet kuris vaidmuo
traces-search-name = Pavadinimas
traces-search-name-hint = Pakanka dalies pavadinimo; didžiosios raidės ir diakritiniai ženklai nesvarbūs.
traces-search-button = Ieškoti
traces-operator-lead = Suraskite veiklos vykdytoją, kuriam dirbate, pažymėkite šalia jo esantį langelį ir spustelėkite „Prašyti autorizacijos“. Galite pažymėti kelis veiklos vykdytojus, taip pat keliuose puslapiuose.
traces-operator-create-new-hint = Jei esate tikri, kad veiklos vykdytojo, kuriam dirbate, rasti negalite, galite jį sukurti.
traces-operator-create-new = Sukurti naują veiklos vykdytoją
traces-authority-lead = Suraskite savo valdžios instituciją, pažymėkite šalia jos esantį langelį ir spustelėkite „Prašyti autorizacijos“.
traces-control-body-lead = Suraskite savo kontrolės instituciją. Jei sertifikuojate vienoje šalyje, pažymėkite tos šalies langelį; jei sertifikuojate visose šalyse, kuriose sertifikuoja jūsų kontrolės institucija, pažymėkite „Visos šalys“ jos sąrašo viršuje. Tada spustelėkite „Prašyti autorizacijos“.
traces-control-body-country-hint = Šalis, kurioje kontrolės institucija atlieka sertifikavimą.
traces-control-body-name-hint = Pakanka dalies pavadinimo arba kodo.

## The results of a search, "Request Authorisation" and the popup.

traces-posts-request = Prašyti autorizacijos
traces-posts-none-selected = Pirmiausia rezultatuose pažymėkite savo pareigybės langelį.
# $count: how many posts are ticked (1 or more).
traces-posts-selected =
    { $count ->
        [one] Pažymėta { $count } pareigybė.
        [few] Pažymėtos { $count } pareigybės.
        [many] Pažymėta { $count } pareigybės.
       *[other] Pažymėta { $count } pareigybių.
    }
traces-posts-searching = Ieškoma…
traces-posts-no-results = Jūsų paieškos kriterijų neatitinka nė viena organizacija.
# $count: how many organisations this page of results shows (1 or more).
traces-posts-results =
    { $count ->
        [one] Šiame puslapyje { $count } rezultatas.
        [few] Šiame puslapyje { $count } rezultatai.
        [many] Šiame puslapyje { $count } rezultato.
       *[other] Šiame puslapyje { $count } rezultatų.
    }
traces-posts-first-page = Pirmas puslapis
traces-posts-next-page = Kitas puslapis
traces-posts-caption = Paieškos rezultatai
traces-posts-column-name = Pavadinimas
traces-posts-column-country = Šalis
traces-posts-column-city = Miestas
traces-posts-column-activity = Veiklos rūšis
traces-posts-column-eori = EORI numeris
traces-posts-column-select = Pasirinkti
traces-posts-column-role = Vaidmuo
traces-posts-column-code = Kodas
traces-posts-column-certified = Sertifikavimo šalys (pasirinkite)
# $code: the role's code (BCP, CCA); $name: its name; $acts: what it acts as.
traces-posts-authority-role = { $code } ({ $name }, veikia kaip { $acts })
traces-posts-all-countries = Visos šalys
# The name of a tick box. $organisation: the control body's name.
traces-posts-all-countries-of = { $organisation }: visos šalys
# $count: how many requests were sent (1 or more). Followed by the link “Open my profile”.
traces-posts-sent =
    { $count ->
        [1] Jūsų autorizacijos prašymas išsiųstas. Jį galite stebėti savo profilyje.
        [one] Išsiųstas { $count } jūsų autorizacijos prašymas. Prašymus galite stebėti savo profilyje.
        [few] Išsiųsti { $count } jūsų autorizacijos prašymai. Juos galite stebėti savo profilyje.
        [many] Išsiųsta { $count } jūsų autorizacijos prašymo. Prašymus galite stebėti savo profilyje.
       *[other] Išsiųsta { $count } jūsų autorizacijos prašymų. Juos galite stebėti savo profilyje.
    }
traces-open-profile = Atidaryti mano profilį
traces-popup-asking-for = Prašote autorizacijos šioms pareigybėms:
traces-request-additional-info = Papildoma informacija (neprivaloma)
traces-request-additional-info-hint = Viskas, kas gali padėti jūsų prašymą tikrinančiam asmeniui.
traces-popup-email = El. paštas
traces-popup-phone = Telefonas (neprivaloma)
traces-popup-send = siųsti autorizacijos prašymą
traces-popup-cancel = Atšaukti
traces-popup-sending = Siunčiama…

## "Create new Operator".

traces-new-operator-back = Atgal į veiklos vykdytojų paiešką
traces-new-operator-title = Sukurti naują veiklos vykdytoją
# $operator: the name of the operator just created.
traces-new-operator-created = Veiklos vykdytojas { $operator } sukurtas, o jūsų prašymas prie jo prisijungti užregistruotas.
traces-new-operator-duplicates-title = Ar tai vienas iš šių?
traces-new-operator-duplicates-text = Šie veiklos vykdytojai panašūs į tą, kurį kuriate. Jei dirbate vienam iš jų, pažymėkite jį ir vietoj to spustelėkite „Prašyti autorizacijos“. Jei nė vienas iš jų nėra jūsų, dar kartą spustelėkite „sukurti naują veiklos vykdytoją“.
traces-new-operator-lead = Laukeliai, pažymėti *, yra privalomi. Ekologiškų produktų importuotojams EORI numeris privalomas.
traces-new-operator-create = sukurti naują veiklos vykdytoją
traces-new-operator-checking = Tikrinama…
traces-new-operator-operator = Veiklos vykdytojas
traces-new-operator-name = Pavadinimas
traces-new-operator-country = Šalis
traces-new-operator-choose-country = Pasirinkite šalį
traces-new-operator-address = Adresas
traces-new-operator-city = Miestas
traces-new-operator-postcode = Pašto kodas
traces-new-operator-section = Skirsnis
traces-new-operator-activity = Veiklos rūšis
traces-new-operator-choose-activity = Pasirinkite veiklos rūšį
traces-new-operator-eori = EORI numeris
traces-new-operator-eori-hint = Dviejų raidžių šalies kodas, po jo – iki 15 raidžių ar skaitmenų (DE1234567890). Importuotojams privalomas.
traces-new-operator-eori-mandatory = Importuotojui EORI numeris privalomas.
traces-new-operator-contact = Veiklos vykdytojo kontaktiniai duomenys
traces-new-operator-contact-rule = Privaloma: nurodykite bent vieną iš šių duomenų – telefoną, faksą, el. paštą ar svetainę.
traces-new-operator-phone = Telefonas
traces-new-operator-fax = Faksas
traces-new-operator-email = El. paštas
traces-new-operator-website = Svetainė
traces-new-operator-request = Jūsų prašymas prisijungti prie šio veiklos vykdytojo
traces-new-operator-request-hint = Jūsų prašymą tikrinantis asmuo mato šią informaciją ir naudoja ją susisiekti su jumis.
traces-new-operator-your-email = Jūsų el. paštas
traces-new-operator-your-email-hint = Iš jūsų EU Login paskyros; šiam prašymui galite nurodyti kitą adresą.
traces-new-operator-your-phone = Jūsų telefonas (neprivaloma)

## "My TRACES profile".

traces-profile-title = Mano TRACES profilis
traces-profile-requests = Mano prašymai
traces-profile-loading = Įkeliami jūsų prašymai…
traces-profile-no-requests = Šioje aplinkoje dar neprašėte jokio vaidmens.
traces-profile-column-organisation = Organizacija
traces-profile-column-role = Vaidmuo
traces-profile-column-scope = Taikymo sritis
traces-profile-column-requested = Pateikimo data
traces-profile-column-decided = Sprendimo data
traces-profile-column-status = Būsena
traces-profile-column-reason = Priežastis
traces-profile-column-action = Veiksmas
traces-profile-cancel = Atšaukti
# The name of the “Cancel” button of one request. $organisation: the organisation's name.
traces-profile-cancel-label = Atšaukti prašymą dėl { $organisation }
# $organisation: the organisation's name.
traces-profile-cancelled = Jūsų prašymas dėl { $organisation } atšauktas.
# $zone: an IANA time zone name, like Europe/Brussels.
traces-profile-time-zone = Datos ir laikas rodomi jūsų laiko juostoje { $zone }. Ją galite pakeisti skiltyje „Nuostatos“.
traces-profile-new-role = Prašyti naujo vaidmens
# $problem: why, as the server says it.
traces-profile-preferences-failed = Nepavyko parodyti jūsų nuostatų: { $problem }

## The preferences of the profile page.

traces-preferences-title = Nuostatos
traces-preferences-notifications-title = Laiko juosta ir pranešimai
# $instance: production or training (only chooses the text).
traces-preferences-instance-only =
    { $instance ->
        [training] Šios nuostatos taikomos tik mokymo aplinkai.
       *[production] Šios nuostatos taikomos tik gamybinei aplinkai.
    }
traces-preferences-time-zone = Laiko juosta
traces-preferences-time-zone-hint = Šioje laiko juostoje rodomos jūsų prašymų datos ir laikas.
traces-preferences-zone-utc = UTC (suderintasis pasaulinis laikas)
traces-preferences-zones-eu = Europos Sąjunga
traces-preferences-zones-other = Kitos šalys
# A time zone in the list. $country: the country's name; $zone: the IANA name (Europe/Vienna).
traces-preferences-zone = { $country } ({ $zone })
# $country: the country's name; $place: a region of it (Azores); $zone: the IANA name.
traces-preferences-zone-region = { $country }, { $place } ({ $zone })
# $country: the country's name; $place: a city of it (Chicago); $zone: the IANA name.
traces-preferences-zone-city = { $country } ({ $place }) ({ $zone })
traces-preferences-place-azores = Azorai
traces-preferences-place-madeira = Madeira
traces-preferences-place-canary-islands = Kanarų salos
traces-preferences-place-sydney = Sidnėjus
traces-preferences-place-sao-paulo = San Paulas
traces-preferences-place-toronto = Torontas
traces-preferences-place-chicago = Čikaga
traces-preferences-place-los-angeles = Los Andželas
traces-preferences-place-new-york = Niujorkas
# $browser: the browser's time zone; $saved: the saved one (IANA names, like Europe/Brussels).
traces-preferences-browser-zone = Jūsų naršyklėje nustatyta laiko juosta { $browser }, todėl ji čia ir pasirinkta. Išsaugota jūsų laiko juosta lieka { $saved }, kol spustelėsite „Išsaugoti nuostatas“.
traces-preferences-events = Pranešti man apie
traces-preferences-notify-decisions = Sprendimus dėl mano prašymų (priimta, atmesta, panaikinta)
traces-preferences-notify-new-requests = Naujus prašymus, laukiančius mano sprendimo (jei sprendžiate dėl prašymų: valdžios institucijos ir organizacijų administratoriai)
traces-preferences-channels = Kaip pranešti
traces-preferences-notify-in-app = Programoje
traces-preferences-notify-email = El. paštu (jūsų EU Login paskyros adresu)
traces-preferences-no-channel = Jei nepažymėta nei „Programoje“, nei „El. paštu“, jums nebus pranešama apie nieką.
traces-preferences-save = Išsaugoti nuostatas
traces-preferences-saving = Išsaugoma…
# $zone: the time zone just saved (an IANA name, like America/New_York).
traces-preferences-saved = Jūsų nuostatos išsaugotos. Datos ir laikas dabar rodomi laiko juostoje { $zone }.
traces-preferences-language-title = Kalba
# $account: a link, traces-preferences-my-account.
traces-preferences-language-text = Jūsų kalbos susietos su jūsų EU Login paskyra: gamybinėje ir mokymo aplinkoje jos tos pačios. Jas, kaip ir savo vardą bei pavardę, taip pat galite pakeisti puslapyje { $account }.
traces-preferences-my-account = Mano paskyra
traces-preferences-interface-language = Sąsajos kalba
traces-preferences-interface-language-hint = Šių puslapių kalba, kai esate prisijungę.
traces-preferences-email-language = El. laiškų kalba
traces-preferences-email-language-hint = Kalba, kuria gaunate el. laiškus, įskaitant pranešimus.
traces-preferences-save-languages = Išsaugoti kalbas
traces-preferences-languages-saved = Jūsų kalbos išsaugotos.

## Statuses, as the profile, the search results and the queue show them.

traces-status-pending = Laukia sprendimo
traces-status-valid = Galioja
traces-status-rejected = Atmestas
traces-status-cancelled = Atšauktas
traces-status-revoked = Panaikintas
traces-status-organisation-new = Naujas
traces-status-organisation-valid = Galioja
traces-status-organisation-rejected = Atmestas
traces-status-organisation-inactive = Neaktyvus
