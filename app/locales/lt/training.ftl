## The trainer's tools on the training welcome page: the personas and the reset.

training-personas-title = Mokymo personos
# Followed by the personas' password (Training-Demo-2026), then training-personas-intro-end.
training-personas-intro = Paruoštos demonstracinių duomenų EU Login paskyros. Jos skirtos tik mokymui: gamybinėje aplinkoje jos niekada nerodomos ir laikomos neprisijungusiomis. Su kiekviena iš jų taip pat galima prisijungti EU Login puslapyje, naudojant jos el. pašto adresą ir slaptažodį
# What follows the password: the end of the sentence.
training-personas-intro-end = .
# $problem: why.
training-personas-not-loaded = Nepavyko įkelti personų: { $problem }
training-column-persona = Persona
training-column-role = Vaidmuo demonstracijoje
training-column-log-in = Prisijungimas
# $name: the persona's name.
training-log-in-as = Prisijungti kaip { $name }
# $name: the persona's name; $problem: why.
training-log-in-as-failed = Nepavyko prisijungti kaip { $name }: { $problem }
# $time: when, in UTC.
training-last-reset = Demonstraciniai duomenys paskutinį kartą įkelti { $time }.
training-never-reset = Demonstraciniai duomenys dar neįkelti.

## The personas: what each does in the demo (names of organisations stay as they are).

training-persona-importer-role = Importuotojas (veiklos vykdytojas)
training-persona-importer-description = Dar neturi pareigybės: nuo pradžių parodo 2-ąjį laiško žingsnį (Veiklos vykdytojas, paieška, pažymėjimas, „Prašyti autorizacijos“, „siųsti autorizacijos prašymą“).
training-persona-inspector-role = Kontrolės institucijos inspektorius
training-persona-inspector-description = Galiojanti pareigybė kontrolės institucijoje „Fiktiv Kontrollstelle Öko“ (DE-OKO-901) Vokietijai; gali prašyti ir kitų šalių, kuriose ši institucija atlieka sertifikavimą.
training-persona-bcp-role = Pasienio kontrolės posto pareigūnas
training-persona-bcp-description = Galiojanti pareigybė pasienio kontrolės poste „PCF Fittizio Genova Porto“ (Italija), veikia kaip EAOC.
training-persona-cca-role = CCA pareigūnas – sprendžia dėl prašymų
training-persona-cca-description = Vokietijos centrinės kompetentingos institucijos administratorius: sprendžia dėl visų Vokietijos veiklos vykdytojų, kontrolės institucijų ir pasienio kontrolės postų prašymų.
training-persona-admin-role = Veiklos vykdytojo administratorius
training-persona-admin-description = Veiklos vykdytojo „Fiktiv Grünwaren KG“ (Vokietija) administratorius: sprendžia dėl prašymų prie jo prisijungti.
training-persona-commission-role = Komisijos naudotojas ir instruktorius
training-persona-commission-description = Komisija (išgalvotas padalinys „DG SANTE G.5 training“): sprendžia dėl visų prašymų, įskaitant centrinių kompetentingų institucijų prašymus; gali iš naujo nustatyti mokymo aplinką.

## Resetting the training instance (trainers only).

training-reset-title = Iš naujo nustatyti mokymo aplinką
training-reset-explained = Vienu veiksmu visi mokymo duomenys (organizacijos, prašymai, sprendimai, pranešimai, demonstracijos el. laiškai) pakeičiami demonstraciniais duomenimis.
training-reset-accounts-kept = Sesijos metu sukurtos EU Login paskyros išsaugomos, nes jas naudoja ir gamybinė aplinka; jų mokymo prašymai pašalinami. Gamybinė aplinka nepaliečiama.
training-reset-button = Iš naujo nustatyti mokymo aplinką…
training-reset-confirm-question = Iš naujo nustatyti mokymo aplinką dabar?
training-reset-confirm-explained = Viskas, kas mokymo aplinkoje padaryta nuo paskutinio nustatymo iš naujo, bus pakeista.
training-reset-confirm = Taip, nustatyti iš naujo
training-resetting = Nustatoma iš naujo…
training-reset-cancel = Atšaukti
# $took: milliseconds (as written for the reader); $organisations, $requests, $accounts:
# counts that choose the plural forms; $organisations_shown, $requests_shown,
# $accounts_shown: the same counts as written for the reader.
training-reset-done = Mokymo aplinka nustatyta iš naujo per { $took } ms: demonstraciniuose duomenyse yra { $organisations ->
        [one] { $organisations_shown } organizacija
        [few] { $organisations_shown } organizacijos
        [many] { $organisations_shown } organizacijos
       *[other] { $organisations_shown } organizacijų
    } ir { $requests ->
        [one] { $requests_shown } prašymas
        [few] { $requests_shown } prašymai
        [many] { $requests_shown } prašymo
       *[other] { $requests_shown } prašymų
    }; { $accounts ->
        [one] išsaugota { $accounts_shown } dalyvių EU Login paskyra
        [few] išsaugotos { $accounts_shown } dalyvių EU Login paskyros
        [many] išsaugota { $accounts_shown } dalyvių EU Login paskyros
       *[other] išsaugota { $accounts_shown } dalyvių EU Login paskyrų
    }.
# $problem: why.
training-reset-failed = Nustatyti iš naujo nepavyko: { $problem }
