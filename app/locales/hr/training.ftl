## The trainer's tools on the training welcome page: the personas and the reset.

training-personas-title = Persone za osposobljavanje
# Followed by the personas' password (Training-Demo-2026), then training-personas-intro-end.
training-personas-intro = Pripremljeni računi EU Login demonstracijskog svijeta. Postoje samo za osposobljavanje: produkcija ih nikad ne navodi i smatra ih neprijavljenima. Svaki se može prijaviti i na stranici EU Login svojom adresom e-pošte i lozinkom
# What follows the password: the end of the sentence.
training-personas-intro-end = .
# $problem: why.
training-personas-not-loaded = Persone se nisu mogle učitati: { $problem }
training-column-persona = Persona
training-column-role = Uloga u demonstraciji
training-column-log-in = Prijava
# $name: the persona's name.
training-log-in-as = Prijava kao { $name }
# $name: the persona's name; $problem: why.
training-log-in-as-failed = Prijava kao { $name } nije uspjela: { $problem }
# $time: when, in UTC.
training-last-reset = Demonstracijski svijet posljednji je put učitan { $time }.
training-never-reset = Demonstracijski svijet još nije učitan.

## The personas: what each does in the demo (names of organisations stay as they are).

training-persona-importer-role = Uvoznik (subjekt)
training-persona-importer-description = Još nema položaj: od početka prikazuje 2. korak dopisa (Subjekt, pretraživanje, označivanje, „Zatraži autorizaciju“, „pošalji zahtjev za autorizaciju“).
training-persona-inspector-role = Inspektor kontrolnog tijela
training-persona-inspector-description = Valjan položaj u kontrolnom tijelu „Fiktiv Kontrollstelle Öko“ (DE-OKO-901) za Njemačku; može zatražiti i druge zemlje tog tijela.
training-persona-bcp-role = Službenik granične kontrolne postaje
training-persona-bcp-description = Valjan položaj na graničnoj kontrolnoj postaji „PCF Fittizio Genova Porto“ (Italija), u ulozi EAOC.
training-persona-cca-role = Službenik CCA-a – odlučuje o zahtjevima
training-persona-cca-description = Administrator njemačkog središnjeg nadležnog tijela: odlučuje o svim zahtjevima za njemačke subjekte, kontrolna tijela i granične kontrolne postaje.
training-persona-admin-role = Administrator subjekta
training-persona-admin-description = Administrator subjekta „Fiktiv Grünwaren KG“ (Njemačka): odlučuje o zahtjevima za pridruživanje tom subjektu.
training-persona-commission-role = Korisnik Komisije i voditelj osposobljavanja
training-persona-commission-description = Komisija (izmišljena jedinica „DG SANTE G.5 training“): odlučuje o svim zahtjevima, uključujući zahtjeve središnjih nadležnih tijela; može ponovno postaviti instancu za osposobljavanje.

## Resetting the training instance (trainers only).

training-reset-title = Ponovno postavljanje instance za osposobljavanje
training-reset-explained = U jednom koraku zamjenjuje sve podatke za osposobljavanje (organizacije, zahtjeve, odluke, obavijesti, poruke e-pošte demonstracije) demonstracijskim svijetom.
training-reset-accounts-kept = Računi EU Login izrađeni tijekom osposobljavanja zadržavaju se jer ih upotrebljava i produkcija; njihovi zahtjevi u instanci za osposobljavanje uklanjaju se. Produkcija ostaje netaknuta.
training-reset-button = Ponovno postavi osposobljavanje…
training-reset-confirm-question = Želite li sada ponovno postaviti instancu za osposobljavanje?
training-reset-confirm-explained = Sve što je u instanci za osposobljavanje učinjeno od posljednjeg ponovnog postavljanja bit će zamijenjeno.
training-reset-confirm = Da, ponovno postavi osposobljavanje
training-resetting = Ponovno postavljanje…
training-reset-cancel = Odustani
# $took: milliseconds (as written for the reader); $organisations, $requests, $accounts:
# counts that choose the plural forms; $organisations_shown, $requests_shown,
# $accounts_shown: the same counts as written for the reader.
training-reset-done = Osposobljavanje ponovno postavljeno za { $took } ms: { $organisations ->
        [one] { $organisations_shown } organizacija
        [few] { $organisations_shown } organizacije
       *[other] { $organisations_shown } organizacija
    } i { $requests ->
        [one] { $requests_shown } zahtjev
        [few] { $requests_shown } zahtjeva
       *[other] { $requests_shown } zahtjeva
    } demonstracijskog svijeta; { $accounts ->
        [one] zadržan je { $accounts_shown } račun EU Login sudionika
        [few] zadržana su { $accounts_shown } računa EU Login sudionika
       *[other] zadržano je { $accounts_shown } računa EU Login sudionika
    }.
# $problem: why.
training-reset-failed = Ponovno postavljanje nije provedeno: { $problem }
