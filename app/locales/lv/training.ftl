## The trainer's tools on the training welcome page: the personas and the reset.

training-personas-title = Apmācību personas
# Followed by the personas' password (Training-Demo-2026), then training-personas-intro-end.
training-personas-intro = Gatavi demonstrācijas datu EU Login konti. Tie pastāv tikai apmācībām: ražošanas vidē tie nekad netiek rādīti un tiek uzskatīti par nepieteiktiem. Ar katru no tiem var pieteikties arī EU Login lapā, izmantojot tā e-pasta adresi un paroli
# What follows the password: the end of the sentence.
training-personas-intro-end = .
# $problem: why.
training-personas-not-loaded = Personas nevarēja ielādēt: { $problem }
training-column-persona = Persona
training-column-role = Loma demonstrācijā
training-column-log-in = Pieteikšanās
# $name: the persona's name.
training-log-in-as = Pieteikties kā { $name }
# $name: the persona's name; $problem: why.
training-log-in-as-failed = Nevarēja pieteikties kā { $name }: { $problem }
# $time: when, in UTC.
training-last-reset = Demonstrācijas dati pēdējoreiz ielādēti { $time }.
training-never-reset = Demonstrācijas dati vēl nav ielādēti.

## The personas: what each does in the demo (names of organisations stay as they are).

training-persona-importer-role = Importētājs (uzņēmējs)
training-persona-importer-description = Vēl nav amata: parāda vēstules 2. soli no sākuma (Uzņēmējs, meklēšana, atzīmēšana, „Pieprasīt autorizāciju”, „nosūtīt autorizācijas pieprasījumu”).
training-persona-inspector-role = Kontroles institūcijas inspektors
training-persona-inspector-description = Derīgs amats kontroles institūcijā „Fiktiv Kontrollstelle Öko” (DE-OKO-901) attiecībā uz Vāciju; var pieprasīt arī citas valstis, kurās šī institūcija veic sertifikāciju.
training-persona-bcp-role = Robežkontroles punkta amatpersona
training-persona-bcp-description = Derīgs amats robežkontroles punktā „PCF Fittizio Genova Porto” (Itālija), darbojas kā EAOC.
training-persona-cca-role = CCA amatpersona – lemj par pieprasījumiem
training-persona-cca-description = Vācijas centrālās kompetentās iestādes administrators: lemj par visiem Vācijas uzņēmēju, kontroles institūciju un robežkontroles punktu pieprasījumiem.
training-persona-admin-role = Uzņēmēja administrators
training-persona-admin-description = Uzņēmēja „Fiktiv Grünwaren KG” (Vācija) administrators: lemj par pieprasījumiem tam pievienoties.
training-persona-commission-role = Komisijas lietotājs un apmācītājs
training-persona-commission-description = Komisija (fiktīva struktūrvienība „DG SANTE G.5 training”): lemj par visiem pieprasījumiem, arī par centrālo kompetento iestāžu pieprasījumiem; var atiestatīt apmācību vidi.

## Resetting the training instance (trainers only).

training-reset-title = Atiestatīt apmācību vidi
training-reset-explained = Vienā solī aizstāj visus apmācību datus (organizācijas, pieprasījumus, lēmumus, paziņojumus, demonstrācijas e-pasta vēstules) ar demonstrācijas datiem.
training-reset-accounts-kept = Sesijas laikā izveidotie EU Login konti tiek saglabāti, jo tos izmanto arī ražošanas vide; to apmācību pieprasījumi tiek dzēsti. Ražošanas vide netiek skarta.
training-reset-button = Atiestatīt apmācību vidi…
training-reset-confirm-question = Vai atiestatīt apmācību vidi tagad?
training-reset-confirm-explained = Viss, kas apmācību vidē darīts kopš pēdējās atiestatīšanas, tiks aizstāts.
training-reset-confirm = Jā, atiestatīt apmācību vidi
training-resetting = Notiek atiestatīšana…
training-reset-cancel = Atcelt
# $took: milliseconds (as written for the reader); $organisations, $requests, $accounts:
# counts that choose the plural forms; $organisations_shown, $requests_shown,
# $accounts_shown: the same counts as written for the reader.
training-reset-done = Apmācību vide atiestatīta { $took } ms laikā: demonstrācijas datos ir { $organisations ->
        [zero] { $organisations_shown } organizācijas
        [one] { $organisations_shown } organizācija
       *[other] { $organisations_shown } organizācijas
    } un { $requests ->
        [zero] { $requests_shown } pieprasījumi
        [one] { $requests_shown } pieprasījums
       *[other] { $requests_shown } pieprasījumi
    }; { $accounts ->
        [zero] saglabāti { $accounts_shown } dalībnieku EU Login konti
        [one] saglabāts { $accounts_shown } dalībnieku EU Login konts
       *[other] saglabāti { $accounts_shown } dalībnieku EU Login konti
    }.
# $problem: why.
training-reset-failed = Atiestatīšana nenotika: { $problem }
