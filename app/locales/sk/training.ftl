## The trainer's tools on the training welcome page: the personas and the reset.

training-personas-title = Školiace persony
# Followed by the personas' password (Training-Demo-2026), then training-personas-intro-end.
training-personas-intro = Pripravené účty EU Login demonštračného sveta. Existujú iba na školenie: produkčná inštancia ich nikdy nezobrazuje a zaobchádza s nimi ako s neprihlásenými. Každá persona sa môže prihlásiť aj na stránke EU Login svojím e-mailom a heslom
# What follows the password: the end of the sentence.
training-personas-intro-end = .
# $problem: why.
training-personas-not-loaded = Persony sa nepodarilo načítať: { $problem }
training-column-persona = Persona
training-column-role = Rola v ukážke
training-column-log-in = Prihlásenie
# $name: the persona's name.
training-log-in-as = Prihlásiť sa ako { $name }
# $name: the persona's name; $problem: why.
training-log-in-as-failed = Nepodarilo sa prihlásiť ako { $name }: { $problem }
# $time: when, in UTC.
training-last-reset = Demonštračný svet bol naposledy načítaný { $time }.
training-never-reset = Demonštračný svet ešte nebol načítaný.

## The personas: what each does in the demo (names of organisations stay as they are).

training-persona-importer-role = Dovozca (prevádzkovateľ)
training-persona-importer-description = Zatiaľ bez pozície: ukazuje krok 2 listu helpdesku od začiatku (Prevádzkovateľ, vyhľadávanie, začiarknutie, „Požiadať o autorizáciu“, „odoslať žiadosť o autorizáciu“).
training-persona-inspector-role = Inšpektor kontrolného subjektu
training-persona-inspector-description = Platná pozícia v „Fiktiv Kontrollstelle Öko“ (DE-OKO-901) pre Nemecko; môže požiadať o ďalšie krajiny tohto subjektu.
training-persona-bcp-role = Úradník stanovišťa hraničnej kontroly
training-persona-bcp-description = Platná pozícia na stanovišti hraničnej kontroly „PCF Fittizio Genova Porto“ (Taliansko), ktoré pôsobí ako EAOC.
training-persona-cca-role = Úradník CCA – rozhoduje o žiadostiach
training-persona-cca-description = Administrátor ústredného príslušného orgánu (CCA) Nemecka: rozhoduje o všetkých žiadostiach pre nemeckých prevádzkovateľov, kontrolné subjekty a stanovištia hraničnej kontroly.
training-persona-admin-role = Administrátor prevádzkovateľa
training-persona-admin-description = Administrátor prevádzkovateľa „Fiktiv Grünwaren KG“ (Nemecko): rozhoduje o žiadostiach o pripojenie k nemu.
training-persona-commission-role = Používateľ Komisie a školiteľ
training-persona-commission-description = Komisia (fiktívny útvar „DG SANTE G.5 training“): rozhoduje o všetkých žiadostiach vrátane žiadostí ústredných príslušných orgánov; môže resetovať školiacu inštanciu.

## Resetting the training instance (trainers only).

training-reset-title = Reset školiacej inštancie
training-reset-explained = V jednom kroku nahradí všetky školiace údaje (organizácie, žiadosti, rozhodnutia, oznámenia, e-maily ukážky) demonštračným svetom.
training-reset-accounts-kept = Účty EU Login vytvorené počas školenia zostanú zachované, pretože ich používa aj produkčná inštancia; ich školiace žiadosti sa odstránia. Produkčná inštancia zostane nedotknutá.
training-reset-button = Resetovať školenie…
training-reset-confirm-question = Resetovať školiacu inštanciu teraz?
training-reset-confirm-explained = Všetko, čo sa v školiacej inštancii urobilo od posledného resetu, bude nahradené.
training-reset-confirm = Áno, resetovať školenie
training-resetting = Resetuje sa…
training-reset-cancel = Zrušiť
# $took: milliseconds (as written for the reader); $organisations, $requests, $accounts:
# counts that choose the plural forms; $organisations_shown, $requests_shown,
# $accounts_shown: the same counts as written for the reader.
training-reset-done = Školenie resetované za { $took } ms: demonštračný svet obsahuje { $organisations ->
        [one] { $organisations_shown } organizáciu
        [few] { $organisations_shown } organizácie
        [many] { $organisations_shown } organizácie
       *[other] { $organisations_shown } organizácií
    } a { $requests ->
        [one] { $requests_shown } žiadosť
        [few] { $requests_shown } žiadosti
        [many] { $requests_shown } žiadosti
       *[other] { $requests_shown } žiadostí
    }; { $accounts ->
        [one] zachovaný { $accounts_shown } účet EU Login
        [few] zachované { $accounts_shown } účty EU Login
        [many] zachovaných { $accounts_shown } účtu EU Login
       *[other] zachovaných { $accounts_shown } účtov EU Login
    } účastníkov.
# $problem: why.
training-reset-failed = Reset sa neuskutočnil: { $problem }
