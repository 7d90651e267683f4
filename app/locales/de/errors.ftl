## Errors any server function can answer with (api::ApiError).

# $count: how many fields have a problem (2 or more).
error-fields-need-attention = { $count } Felder erfordern Ihre Aufmerksamkeit.
error-unauthenticated = Bitte melden Sie sich zuerst an.
error-forbidden = Sie sind dazu nicht berechtigt.
error-login-failed = Anmeldung fehlgeschlagen: Die E-Mail-Adresse oder das Passwort ist nicht korrekt, oder das Konto ist nach zu vielen Versuchen für 15 Minuten gesperrt. Prüfen Sie beides und versuchen Sie es erneut, oder verwenden Sie „Passwort vergessen?“.
error-cross-site = Diese Anfrage kam von einer anderen Website und wurde abgewiesen.
# $seconds: how long to wait.
error-rate-limited = Zu viele Versuche. Bitte warten Sie { $seconds ->
        [one] { $seconds } Sekunde
       *[other] { $seconds } Sekunden
    } und versuchen Sie es dann erneut.
error-too-large = Die Anfrage ist zu groß: Kein Feld dieses Formulars nimmt mehr als einige tausend Zeichen auf. Kürzen Sie Ihre Eingabe und versuchen Sie es erneut.
error-storage-unavailable = Der Server kann gerade nichts speichern, weil sein Speicher voll oder schreibgeschützt ist. Nichts von dem, was Sie eingegeben haben, wurde gespeichert. Bitte versuchen Sie es später erneut; wenn das Problem bleibt, wenden Sie sich an den Helpdesk.
error-internal = Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es gleich noch einmal.
error-unavailable = Der Server war nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
# $detail: the decoder's words, in English.
error-unreadable-request = Die Anfrage konnte nicht gelesen werden: { $detail }

## EU Login: sign-up, the e-mailed links, login and the account page.

# $minutes: how long a link works after its e-mail is sent.
error-link-expired = Dieser Link ist abgelaufen: Links funktionieren { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } lang nach dem Versand der E-Mail. Fordern Sie unten eine neue E-Mail an.
error-link-not-valid = Dieser Link ist ungültig. Kopieren Sie den ganzen Link aus der E-Mail in die Adressleiste, oder fordern Sie unten eine neue E-Mail an.
error-link-used = Dieser Link wurde bereits verwendet: Jeder Link funktioniert nur einmal. Wenn Sie Ihr Passwort erneut festlegen müssen, fordern Sie unten eine neue E-Mail an.
error-link-superseded = Nach dieser E-Mail wurde eine neuere gesendet: Nur der Link in der neuesten E-Mail funktioniert. Verwenden Sie diesen, oder fordern Sie unten eine neue E-Mail an.
error-link-not-for-password = Dieser Link dient zur Bestätigung einer E-Mail-Adresse, nicht zum Festlegen eines Passworts.
error-link-not-for-email = Dieser Link dient zum Festlegen eines Passworts, nicht zur Bestätigung einer E-Mail-Adresse.
error-link-used-meanwhile = Dieser Link wurde soeben verwendet oder ersetzt. Fordern Sie auf Ihrer Kontoseite einen neuen an.
error-email-now-taken = Diese Adresse wird inzwischen von einem anderen Konto bei EU Login verwendet und kann daher nicht Ihre werden. Wählen Sie auf Ihrer Kontoseite eine andere Adresse.
# $username: the username the person chose.
error-username-taken = Benutzername: „{ $username }“ ist bereits vergeben. Wählen Sie einen anderen.
error-login-password-empty = Passwort: Geben Sie Ihr Passwort ein.
error-new-email-confirmation = Neue E-Mail bestätigen: Geben Sie dieselbe Adresse wie unter „Neue E-Mail“ ein.
error-new-email-unchanged = Neue E-Mail: Dies ist bereits die Adresse Ihres Kontos.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-new-email-demo-address = Neue E-Mail: Adressen unter { $domain } sind nur für die Schulungsumgebung bestimmt: Die E-Mails an diese Adressen kann jeder im Demo-Postfach lesen und so Ihre Rolle oder Ihre offenen Anträge in der Produktionsumgebung übernehmen. Behalten Sie eine eigene Adresse.

## The “Code” field of the sign-up and lost-password forms (the captcha).

error-captcha-empty = Code: Geben Sie die Zeichen ein, die Sie im Bild sehen.
error-captcha-expired = Code: Dieses Bild ist abgelaufen. Geben Sie die Zeichen des neuen Bildes ein.
error-captcha-used = Code: Dieses Bild wurde bereits verwendet. Geben Sie die Zeichen des neuen Bildes ein.
error-captcha-wrong = Code: Die Zeichen stimmen nicht mit dem Bild überein. Geben Sie die Zeichen des neuen Bildes ein.

## Hints of the password strength meter: the length rule, then zxcvbn's warnings and suggestions.

# $min: the fewest characters a password may have.
error-password-too-short-hint = Verwenden Sie mindestens { $min } Zeichen.
error-password-straight-rows = Gerade Tastenreihen sind leicht zu erraten.
error-password-short-keyboard-patterns = Kurze Tastaturmuster sind leicht zu erraten.
error-password-repeats-aaa = Wiederholungen wie „aaa“ sind leicht zu erraten.
error-password-repeats-abcabc = Wiederholungen wie „abcabcabc“ sind nur wenig schwerer zu erraten als „abc“.
error-password-top-10 = Dies ist eines der 10 häufigsten Passwörter.
error-password-top-100 = Dies ist eines der 100 häufigsten Passwörter.
error-password-common = Dies ist ein sehr häufiges Passwort.
error-password-similar-to-common = Dies ähnelt einem häufig verwendeten Passwort.
error-password-sequences = Folgen wie abc oder 6543 sind leicht zu erraten.
error-password-recent-years = Die letzten Jahreszahlen sind leicht zu erraten.
error-password-single-word = Ein einzelnes Wort ist leicht zu erraten.
error-password-dates = Datumsangaben sind oft leicht zu erraten.
error-password-names-by-themselves = Vor- und Nachnamen allein sind leicht zu erraten.
error-password-common-names = Häufige Vor- und Nachnamen sind leicht zu erraten.
error-password-use-a-few-words = Verwenden Sie einige Wörter und vermeiden Sie gängige Redewendungen.
error-password-no-need-for-symbols = Sonderzeichen, Ziffern oder Großbuchstaben sind nicht nötig.
error-password-add-a-word = Fügen Sie ein oder zwei weitere Wörter hinzu. Ungewöhnliche Wörter sind besser.
error-password-capitalization = Großschreibung hilft nicht viel.
error-password-all-uppercase = Nur Großbuchstaben sind fast so leicht zu erraten wie nur Kleinbuchstaben.
error-password-reversed-words = Rückwärts geschriebene Wörter sind kaum schwerer zu erraten.
error-password-substitutions = Vorhersehbare Ersetzungen wie „@“ statt „a“ helfen nicht viel.
error-password-longer-keyboard-pattern = Verwenden Sie ein längeres Tastaturmuster mit mehr Richtungswechseln.
error-password-avoid-repeats = Vermeiden Sie wiederholte Wörter und Zeichen.
error-password-avoid-sequences = Vermeiden Sie Zeichenfolgen.
error-password-avoid-recent-years = Vermeiden Sie die letzten Jahreszahlen.
error-password-avoid-your-years = Vermeiden Sie Jahreszahlen, die mit Ihnen in Verbindung stehen.
error-password-avoid-your-dates = Vermeiden Sie Daten und Jahreszahlen, die mit Ihnen in Verbindung stehen.

## The training instance.

error-persona-unknown = Diese Persona gibt es nicht. Wählen Sie eine aus der Liste auf der Willkommensseite der Schulungsinstanz.

## Addresses under /api that name nothing.

error-api-function-unknown = Diese API-Funktion gibt es nicht.
error-export-unknown = Diesen Export gibt es nicht: Verwenden Sie queue.csv oder decisions.csv.

## The approval queue: filters, page links, export links.

error-queue-page-link = Der Seitenlink ist nicht mehr gültig. Kehren Sie zur ersten Seite der Genehmigungsliste zurück.
error-queue-organisation-too-long = Organisation: Geben Sie höchstens 100 Zeichen des Namens ein.
# $max: the largest age accepted, in days.
error-queue-age-too-high = Alter: höchstens { $max } Tage.
error-queue-age-not-a-number = Alter: Geben Sie eine ganze Zahl von Tagen an, etwa 7.
# $value: what the link has instead of an instance (production or training).
error-export-link-instance = Der Exportlink ist ungültig: „{ $value }“ ist keine Instanz von TRACES NT: Verwenden Sie „production“ oder „training“.
error-export-link-no-instance = Der Exportlink ist ungültig: Er nennt keine Instanz.
# $key, $value: the setting of the link that is not one of the queue's.
error-export-link-setting = Der Exportlink ist ungültig: „{ $key }={ $value }“ ist keine seiner Einstellungen. Verwenden Sie die Exportschaltfläche auf der Seite der Genehmigungsliste.

## Deciding requests, one or many, and the Administrator flag.

# $id: the request's number.
error-decide-not-found = Es gibt keinen Antrag Nummer { $id }, über den Sie auf dieser Instanz entscheiden können. Er gehört möglicherweise zu einem anderen Land oder einer anderen Organisation; öffnen Sie ihn aus Ihrer Genehmigungsliste.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-decide-organisation-closed = „{ $name }“ { $status ->
        [rejected] wurde abgelehnt
        [inactive] ist inaktiv
       *[other] hat den Status { $status }
    }, daher kann niemand beitreten. Lehnen Sie den Antrag stattdessen mit einer Begründung ab.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-accepted = Antrag { $id } wurde bereits von { $who } angenommen, Zeitpunkt: { $when }. Es wurde nichts geändert.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-rejected = Antrag { $id } wurde bereits von { $who } abgelehnt, Zeitpunkt: { $when }. Es wurde nichts geändert.
# $id: the request's number; $when: the date and time (UTC) or “earlier”.
error-decide-already-cancelled = Antrag { $id } wurde bereits vom Antragsteller zurückgezogen, Zeitpunkt: { $when }. Es wurde nichts geändert.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-revoked = Antrag { $id } wurde bereits von { $who } widerrufen, Zeitpunkt: { $when }. Es wurde nichts geändert.
# $id: the request's number; $status: its status, a code the schema does not know (in English); $when: the date and time (UTC) or “earlier”.
error-decide-already-other = Antrag { $id } hat bereits den Status „{ $status }“, Zeitpunkt: { $when }. Es wurde nichts geändert.
# Stands for the person who decided, when the account is gone.
error-decide-by-unknown = jemandem
# Stands for the time of a decision, when it was not recorded.
error-decide-at-unknown = nicht erfasst
# $id: the request's number.
error-decide-meanwhile = Über Antrag { $id } wurde inzwischen entschieden; es wurde nichts geändert. Laden Sie ihn neu, um die Entscheidung zu sehen.
error-decide-none-selected = Wählen Sie mindestens einen Antrag in der Genehmigungsliste aus und nehmen Sie ihn dann an oder lehnen Sie ihn ab.
# $max: how many requests can be decided at once; $count: how many were selected.
error-decide-too-many = Wählen Sie höchstens { $max } Anträge auf einmal aus; Sie haben { $count } ausgewählt.
# $id: the request's number.
error-decide-selected-twice = Antrag { $id } ist zweimal ausgewählt; wählen Sie jeden Antrag nur einmal aus.
# $failed: how many of the selected requests cannot be decided; $count: how many were selected.
error-decide-nothing-decided = Es wurde nichts entschieden: Über { $failed } der { $count } ausgewählten Anträge kann nicht entschieden werden. Heben Sie deren Auswahl auf und versuchen Sie es erneut.
# $id: the request's number; $status: its status (a stored code, chooses the words).
error-admin-not-valid = Antrag { $id } ist keine gültige Rolle (er ist { $status ->
        [pending] ausstehend
        [rejected] abgelehnt
        [cancelled] zurückgezogen
        [revoked] widerrufen
       *[other] im Status { $status }
    }): Nur wer eine gültige Rolle innehat, kann Administrator sein.
# $id: the request's number.
error-admin-changed-meanwhile = Antrag { $id } wurde inzwischen geändert; laden Sie ihn neu.

## Notifications in the app (not errors, but sentences the server composes too).

# $first, $last: the requester's names; $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-new-request = { $first } { $last } beantragt eine Rolle bei „{ $organisation }“ ({ $country }).
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-accepted = Ihr Antrag auf eine Rolle bei „{ $organisation }“ ({ $country }) wurde angenommen
# $organisation: the organisation's name; $country: the ISO code of the post's country; $reason: the decider's words.
error-notification-rejected = Ihr Antrag auf eine Rolle bei „{ $organisation }“ ({ $country }) wurde abgelehnt: { $reason }
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-rejected-no-reason = Ihr Antrag auf eine Rolle bei „{ $organisation }“ ({ $country }) wurde abgelehnt: kein Grund angegeben
# $organisation: the organisation's name; $country: the ISO code of the post's country; $status: the request's status (a stored code, chooses the words).
error-notification-other = Ihr Antrag auf eine Rolle bei „{ $organisation }“ ({ $country }) { $status ->
        [pending] ist jetzt ausstehend
        [cancelled] wurde zurückgezogen
        [revoked] wurde widerrufen
       *[other] hat jetzt den Status { $status }
    }

## TRACES: the directory search and authorisation requests.

error-search-page-link = Seite: Dieser Seitenlink ist nicht mehr gültig; suchen Sie erneut ab der ersten Seite.
error-search-name-too-long = Name: Suchen Sie mit höchstens 120 Zeichen des Namens.
# $max: the most characters allowed.
error-additional-info-too-long = Zusätzliche Informationen: Verwenden Sie höchstens { $max } Zeichen.
error-submission-key = Übermittlungsschlüssel: Senden Sie 8 bis 64 Buchstaben, Ziffern, - oder _ (die Seite erzeugt einen; laden Sie sie neu und versuchen Sie es erneut).
error-submission-other-instance = Dieser Antrag wurde bereits auf der anderen Instanz gesendet. Laden Sie die Seite neu und senden Sie ihn erneut.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-demo-address-production = Adressen unter { $domain } sind nur für die Schulungsumgebung bestimmt: Die E-Mails an diese Adressen kann jeder im Demo-Postfach lesen und so das Konto übernehmen. Um in der Produktionsumgebung eine Autorisierung zu beantragen, ändern Sie zuerst die E-Mail-Adresse Ihres Kontos in Ihre eigene Adresse.
error-posts-none = Rollen: Kreuzen Sie mindestens eine Organisation in der Liste an und senden Sie dann den Antrag.
# $max: how many posts one request can have.
error-posts-too-many = Rollen: Kreuzen Sie höchstens { $max } auf einmal an; senden Sie die übrigen in einem zweiten Antrag.
error-posts-twice = Rollen: Dieselbe Rolle ist zweimal angekreuzt; kreuzen Sie jede Rolle nur einmal an.
error-posts-one-kind = Rollen: Kreuzen Sie nur Organisationen einer einzigen Art von Rolle an (Unternehmer, Kontrollstellen oder Behörden).
# $name: the control body; $country: the country's name; $code: its ISO code.
error-posts-not-certified = Rollen: „{ $name }“ zertifiziert nicht in diesem Land: { $country } ({ $code }); kreuzen Sie eines der Länder an, die für diese Stelle aufgeführt sind.
# $name: the organisation; $country: the name of its country.
error-posts-other-country = Rollen: „{ $name }“ ist in folgendem Land ansässig: { $country }; die Rolle dort gilt nur für dieses Land.
# $id: the number that was sent.
error-organisation-not-found = Die Organisation mit der Nummer { $id } existiert auf dieser Instanz nicht. Suchen Sie erneut und kreuzen Sie sie in der Liste an.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-organisation-closed = „{ $name }“ { $status ->
        [rejected] wurde abgelehnt
        [inactive] ist inaktiv
       *[other] hat den Status { $status }
    } und nimmt keine neuen Anträge an. Suchen Sie erneut und kreuzen Sie eine andere Organisation an.
# $name: the control body.
error-no-certified-countries = „{ $name }“ hat noch keine zertifizierten Länder, daher kann dort keine Rolle beantragt werden.
# $name: the organisation; $country: the name of the post's country.
error-post-already-held = „{ $name }“ ({ $country }): Sie haben diese Rolle bereits inne. Entfernen Sie das Häkchen und senden Sie den Antrag erneut; Ihre Anträge finden Sie auf Ihrer Profilseite.
# $name: the organisation; $country: the name of the post's country.
error-post-already-pending = „{ $name }“ ({ $country }): Ihr Antrag dafür ist bereits ausstehend. Entfernen Sie das Häkchen und senden Sie den Antrag erneut; Ihre Anträge finden Sie auf Ihrer Profilseite.
error-own-request-not-found = Unter Ihren Anträgen gibt es keinen solchen Antrag. Laden Sie Ihre Profilseite neu.
# $organisation: the organisation's name; $status: the request's status (a stored code, chooses the words).
error-cancel-not-pending = Ihr Antrag für „{ $organisation }“ ist { $status ->
        [pending] ausstehend
        [valid] gültig
        [rejected] abgelehnt
        [cancelled] zurückgezogen
        [revoked] widerrufen
       *[other] im Status { $status }
    } und kann nicht mehr zurückgezogen werden; das ist nur bei ausstehenden Anträgen möglich.
error-time-zone = Zeitzone: Wählen Sie eine Zone wie Europe/Brussels (Gebiet/Stadt, höchstens 64 Zeichen) oder UTC.

## New organisations: the directory import and "create a new operator".

error-import-status = Status: Verwenden Sie valid, new, rejected oder inactive (leer bedeutet valid).
error-import-kind = Art: Verwenden Sie operator, control_body oder authority.
error-certified-countries-empty = Zertifizierte Länder: Land: Wählen Sie ein Land aus der Liste.
# $code: what was given instead of a country code.
error-certified-countries-shape = Zertifizierte Länder: Land: „{ $code }“ ist kein Ländercode; verwenden Sie die zwei Buchstaben nach ISO 3166-1 (DE, FR, US) oder wählen Sie ein Land aus der Liste.
# $code: what was given instead of a country code.
error-certified-countries-unknown = Zertifizierte Länder: Land: „{ $code }“ ist kein vergebener Ländercode nach ISO 3166-1; wählen Sie ein Land aus der Liste.
# $alias: the code EU documents use (EL, UK); $iso: the ISO 3166-1 code; $name: the country's name.
error-certified-countries-eu-alias = Zertifizierte Länder: Land: EU-Dokumente schreiben { $alias }, ISO 3166-1 und TRACES verwenden jedoch { $iso }; wählen Sie { $iso } ({ $name }).
# $code: the control body code; $other: the organisation that has it.
error-control-body-code-taken = Code der Kontrollstelle: { $code } ist bereits der Code von „{ $other }“.
# $eori: the EORI number; $other: the operator that has it.
error-eori-taken = EORI-Nummer: { $eori } ist bereits für den Unternehmer „{ $other }“ registriert; suchen Sie ihn und beantragen Sie die Autorisierung, statt ihn erneut anzulegen.
error-demo-person-shared = Dies ist eine Person der Schulungsdemo, die alle im Raum gemeinsam nutzen: Name, E-Mail-Adresse und Passwort können nicht geändert werden. Registrieren Sie ein eigenes Konto, um dies auszuprobieren.
