## The trainer's tools on the training welcome page: the personas and the reset.

training-personas-title = Schulungs-Personas
# Followed by the personas' password (Training-Demo-2026), then training-personas-intro-end.
training-personas-intro = Fertige Konten bei EU Login aus der Demo-Welt. Sie existieren nur für die Schulung: Die Produktionsumgebung führt sie nie auf und behandelt sie als nicht angemeldet. Jede Persona kann sich auch auf der Seite von EU Login mit ihrer E-Mail-Adresse und diesem Passwort anmelden:
# What follows the password: the end of the sentence.
training-personas-intro-end = .
# $problem: why.
training-personas-not-loaded = Die Personas konnten nicht geladen werden: { $problem }
training-column-persona = Persona
training-column-role = Rolle in der Demo
training-column-log-in = Anmelden
# $name: the persona's name.
training-log-in-as = Als { $name } anmelden
# $name: the persona's name; $problem: why.
training-log-in-as-failed = Anmeldung als { $name } nicht möglich: { $problem }
# $time: when, in UTC.
training-last-reset = Demo-Welt zuletzt geladen am { $time }.
training-never-reset = Die Demo-Welt wurde noch nicht geladen.

## The personas: what each does in the demo (names of organisations stay as they are).

training-persona-importer-role = Einführer (Unternehmer)
training-persona-importer-description = Noch kein Posten: zeigt Schritt 2 des Schreibens von Anfang an (Unternehmer, Suche, Ankreuzen, „Autorisierung beantragen“, „Autorisierungsantrag senden“).
training-persona-inspector-role = Kontrolleur einer Kontrollstelle
training-persona-inspector-description = Gültiger Posten bei „Fiktiv Kontrollstelle Öko“ (DE-OKO-901) für Deutschland; kann weitere Länder dieser Kontrollstelle beantragen.
training-persona-bcp-role = Bediensteter einer Grenzkontrollstelle
training-persona-bcp-description = Gültiger Posten bei der Grenzkontrollstelle „PCF Fittizio Genova Porto“ (Italien), handelt als EAOC.
training-persona-cca-role = Bediensteter der zentralen zuständigen Behörde – entscheidet über Anträge
training-persona-cca-description = Administrator der zentralen zuständigen Behörde Deutschlands: entscheidet über jeden Antrag für deutsche Unternehmer, Kontrollstellen und Grenzkontrollstellen.
training-persona-admin-role = Administrator eines Unternehmers
training-persona-admin-description = Administrator des Unternehmers „Fiktiv Grünwaren KG“ (Deutschland): entscheidet über Anträge auf Beitritt zu diesem Unternehmer.
training-persona-commission-role = Kommissionsbenutzer und Schulungsleiter
training-persona-commission-description = Kommission (fiktive Einheit „DG SANTE G.5 training“): entscheidet über jeden Antrag, auch über die der zentralen zuständigen Behörden; kann die Schulungsumgebung zurücksetzen.

## Resetting the training instance (trainers only).

training-reset-title = Schulungsumgebung zurücksetzen
training-reset-explained = Ersetzt alle Schulungsdaten (Organisationen, Anträge, Entscheidungen, Benachrichtigungen, die E-Mails der Demo) in einem Schritt durch die Demo-Welt.
training-reset-accounts-kept = Während der Sitzung angelegte Konten bei EU Login bleiben erhalten, da die Produktionsumgebung sie ebenfalls nutzt; ihre Anträge in der Schulungsumgebung werden entfernt. Die Produktionsumgebung bleibt unberührt.
training-reset-button = Schulung zurücksetzen …
training-reset-confirm-question = Schulungsumgebung jetzt zurücksetzen?
training-reset-confirm-explained = Alles, was seit dem letzten Zurücksetzen in der Schulungsumgebung getan wurde, wird ersetzt.
training-reset-confirm = Ja, Schulung zurücksetzen
training-resetting = Wird zurückgesetzt …
training-reset-cancel = Abbrechen
# $took: milliseconds (as written for the reader); $organisations, $requests, $accounts:
# counts that choose the plural forms; $organisations_shown, $requests_shown,
# $accounts_shown: the same counts as written for the reader.
training-reset-done = Schulung in { $took } ms zurückgesetzt: { $organisations ->
        [one] { $organisations_shown } Organisation
       *[other] { $organisations_shown } Organisationen
    } und { $requests ->
        [one] { $requests_shown } Antrag
       *[other] { $requests_shown } Anträge
    } der Demo-Welt; { $accounts ->
        [one] { $accounts_shown } Konto bei EU Login
       *[other] { $accounts_shown } Konten bei EU Login
    } von Teilnehmenden beibehalten.
# $problem: why.
training-reset-failed = Das Zurücksetzen hat nicht stattgefunden: { $problem }
