## The trainer's tools on the training welcome page: the personas and the reset.

training-personas-title = Utbildningspersonor
# Followed by the personas' password (Training-Demo-2026), then training-personas-intro-end.
training-personas-intro = Färdiga EU Login-konton från demovärlden. De finns bara för utbildning: produktionsmiljön visar dem aldrig och behandlar dem som inte inloggade. Var och en kan också logga in på inloggningssidan i EU Login med sin e-postadress och lösenordet
# What follows the password: the end of the sentence.
training-personas-intro-end = .
# $problem: why.
training-personas-not-loaded = Personorna kunde inte läsas in: { $problem }
training-column-persona = Persona
training-column-role = Roll i demon
training-column-log-in = Logga in
# $name: the persona's name.
training-log-in-as = Logga in som { $name }
# $name: the persona's name; $problem: why.
training-log-in-as-failed = Det gick inte att logga in som { $name }: { $problem }
# $time: when, in UTC.
training-last-reset = Demovärlden lästes senast in den { $time }.
training-never-reset = Demovärlden har inte lästs in ännu.

## The personas: what each does in the demo (names of organisations stay as they are).

training-persona-importer-role = Importör (aktör)
training-persona-importer-description = Ingen befattning ännu: visar steg 2 i helpdeskens brev från början (Aktör, sökning, kryss, ”Ansök om behörighet”, ”skicka ansökan om behörighet”).
training-persona-inspector-role = Inspektör vid ett kontrollorgan
training-persona-inspector-description = Giltig befattning vid ”Fiktiv Kontrollstelle Öko” (DE-OKO-901) för Tyskland; kan ansöka om fler av organets länder.
training-persona-bcp-role = Handläggare vid en gränskontrollstation
training-persona-bcp-description = Giltig befattning vid gränskontrollstationen ”PCF Fittizio Genova Porto” (Italien), med rollen som EAOC.
training-persona-cca-role = CCA-handläggare – beslutar om ansökningar
training-persona-cca-description = Administratör för Tysklands centrala behöriga myndighet: beslutar om alla ansökningar för tyska aktörer, kontrollorgan och gränskontrollstationer.
training-persona-admin-role = Aktörsadministratör
training-persona-admin-description = Administratör för aktören ”Fiktiv Grünwaren KG” (Tyskland): beslutar om ansökningar om att ansluta sig till den.
training-persona-commission-role = Kommissionsanvändare och utbildare
training-persona-commission-description = Kommissionen (fiktiv enhet ”DG SANTE G.5 training”): beslutar om alla ansökningar, även från centrala behöriga myndigheter; kan återställa utbildningsmiljön.

## Resetting the training instance (trainers only).

training-reset-title = Återställ utbildningsmiljön
training-reset-explained = Ersätter alla utbildningsdata (organisationer, ansökningar, beslut, aviseringar, demons e-postmeddelanden) med demovärlden i ett enda steg.
training-reset-accounts-kept = EU Login-konton som har skapats under sessionen behålls, eftersom produktionsmiljön också använder dem; deras ansökningar i utbildningsmiljön tas bort. Produktionsmiljön påverkas inte.
training-reset-button = Återställ utbildningsmiljön…
training-reset-confirm-question = Återställa utbildningsmiljön nu?
training-reset-confirm-explained = Allt som har gjorts i utbildningsmiljön sedan den senaste återställningen ersätts.
training-reset-confirm = Ja, återställ utbildningsmiljön
training-resetting = Återställer…
training-reset-cancel = Avbryt
# $took: milliseconds (as written for the reader); $organisations, $requests, $accounts:
# counts that choose the plural forms; $organisations_shown, $requests_shown,
# $accounts_shown: the same counts as written for the reader.
training-reset-done = Utbildningsmiljön återställdes på { $took } ms: { $organisations ->
        [one] { $organisations_shown } organisation
       *[other] { $organisations_shown } organisationer
    } och { $requests ->
        [one] { $requests_shown } ansökan
       *[other] { $requests_shown } ansökningar
    } från demovärlden; { $accounts ->
        [one] { $accounts_shown } EU Login-konto
       *[other] { $accounts_shown } EU Login-konton
    } för deltagare behölls.
# $problem: why.
training-reset-failed = Återställningen genomfördes inte: { $problem }
