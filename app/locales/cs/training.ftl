## The trainer's tools on the training welcome page: the personas and the reset.

training-personas-title = Školicí persony
# Followed by the personas' password (Training-Demo-2026), then training-personas-intro-end.
training-personas-intro = Připravené účty EU Login demonstračního světa. Existují pouze pro školení: produkční instance je nikdy nezobrazuje a zachází s nimi jako s nepřihlášenými. Každá persona se může přihlásit také na stránce EU Login svým e-mailem a heslem
# What follows the password: the end of the sentence.
training-personas-intro-end = .
# $problem: why.
training-personas-not-loaded = Persony se nepodařilo načíst: { $problem }
training-column-persona = Persona
training-column-role = Role v ukázce
training-column-log-in = Přihlášení
# $name: the persona's name.
training-log-in-as = Přihlásit se jako { $name }
# $name: the persona's name; $problem: why.
training-log-in-as-failed = Nepodařilo se přihlásit jako { $name }: { $problem }
# $time: when, in UTC.
training-last-reset = Demonstrační svět byl naposledy načten { $time }.
training-never-reset = Demonstrační svět zatím nebyl načten.

## The personas: what each does in the demo (names of organisations stay as they are).

training-persona-importer-role = Dovozce (provozovatel)
training-persona-importer-description = Zatím bez pozice: ukazuje krok 2 dopisu helpdesku od začátku (Provozovatel, hledání, zaškrtnutí, „Požádat o autorizaci“, „odeslat žádost o autorizaci“).
training-persona-inspector-role = Inspektor kontrolního subjektu
training-persona-inspector-description = Platná pozice u „Fiktiv Kontrollstelle Öko“ (DE-OKO-901) pro Německo; může požádat o další země tohoto subjektu.
training-persona-bcp-role = Úředník stanoviště hraniční kontroly
training-persona-bcp-description = Platná pozice na stanovišti hraniční kontroly „PCF Fittizio Genova Porto“ (Itálie), které působí jako EAOC.
training-persona-cca-role = Úředník CCA – rozhoduje o žádostech
training-persona-cca-description = Administrátor ústředního příslušného orgánu (CCA) Německa: rozhoduje o všech žádostech pro německé provozovatele, kontrolní subjekty a stanoviště hraniční kontroly.
training-persona-admin-role = Administrátor provozovatele
training-persona-admin-description = Administrátor provozovatele „Fiktiv Grünwaren KG“ (Německo): rozhoduje o žádostech o připojení k němu.
training-persona-commission-role = Uživatel Komise a školitel
training-persona-commission-description = Komise (smyšlený útvar „DG SANTE G.5 training“): rozhoduje o všech žádostech, včetně žádostí ústředních příslušných orgánů; může resetovat školicí instanci.

## Resetting the training instance (trainers only).

training-reset-title = Reset školicí instance
training-reset-explained = Nahradí v jednom kroku všechna školicí data (organizace, žádosti, rozhodnutí, oznámení, e-maily ukázky) demonstračním světem.
training-reset-accounts-kept = Účty EU Login vytvořené během školení zůstanou zachovány, protože je používá i produkční instance; jejich školicí žádosti se odstraní. Produkční instance zůstane nedotčena.
training-reset-button = Resetovat školení…
training-reset-confirm-question = Resetovat školicí instanci nyní?
training-reset-confirm-explained = Vše, co bylo ve školicí instanci provedeno od posledního resetu, bude nahrazeno.
training-reset-confirm = Ano, resetovat školení
training-resetting = Resetování…
training-reset-cancel = Zrušit
# $took: milliseconds (as written for the reader); $organisations, $requests, $accounts:
# counts that choose the plural forms; $organisations_shown, $requests_shown,
# $accounts_shown: the same counts as written for the reader.
training-reset-done = Školení resetováno za { $took } ms: demonstrační svět obsahuje { $organisations ->
        [one] { $organisations_shown } organizaci
        [few] { $organisations_shown } organizace
        [many] { $organisations_shown } organizace
       *[other] { $organisations_shown } organizací
    } a { $requests ->
        [one] { $requests_shown } žádost
        [few] { $requests_shown } žádosti
        [many] { $requests_shown } žádosti
       *[other] { $requests_shown } žádostí
    }; { $accounts ->
        [one] zachován { $accounts_shown } účet EU Login
        [few] zachovány { $accounts_shown } účty EU Login
        [many] zachováno { $accounts_shown } účtu EU Login
       *[other] zachováno { $accounts_shown } účtů EU Login
    } účastníků.
# $problem: why.
training-reset-failed = Reset neproběhl: { $problem }
