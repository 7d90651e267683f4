## TRACES NT: the landing page, the welcome page of an instance, the role choice, the searches
## for a post with the request popup, "Create new Operator", and the profile with its
## preferences. Button and link names quoted in the helpdesk letter (“Login into TRACES”,
## “sign up for TRACES”, “Request Authorisation”, “Create new Operator”, “send authorisation
## request”) are the ones users are told to click: translate them the way the letter is
## translated.

## The landing page: production or training.

traces-landing-title = TRACES NT – Kontrollbescheinigungen für ökologische/biologische Erzeugnisse
traces-landing-lead = Die Produktions- und die Schulungswebsite von TRACES NT stehen zur Verfügung. Bevor Sie sie nutzen können, registrieren Sie sich bei EU Login und beantragen dann Ihre Rolle in TRACES NT. Auf einer Website beantragte Rollen werden nicht auf die andere übertragen.
traces-landing-production = TRACES NT Produktion
traces-landing-production-text = Für echte Bescheinigungen und echte Anträge.
traces-landing-training = TRACES NT Schulung
traces-landing-training-text = Um die Registrierung ohne Folgen zu lernen und vorzuführen.

## The welcome page of an instance.

traces-welcome-title = Willkommen bei TRACES NT
traces-welcome-title-training = Willkommen bei TRACES NT Schulung
traces-welcome-lead = Auf dieser Website finden Sie die Kontrollbescheinigung für Erzeugnisse ökologischen/biologischen Ursprungs. Um darauf zuzugreifen, müssen Sie sich anmelden und als Benutzer registrieren.
traces-welcome-log-in = Bei TRACES anmelden
# Followed by the link “sign up for TRACES”.
traces-welcome-no-account = Noch kein Konto bei EU Login?
traces-welcome-sign-up = für TRACES registrieren
traces-welcome-step-1 = Registrieren Sie sich bei EU Login.
traces-welcome-step-1-text = Wenn Sie bereits ein Konto bei EU Login (ECAS) haben, gehen Sie direkt zu Schritt 2.
traces-welcome-step-2 = Registrieren Sie sich in TRACES NT.
traces-welcome-step-2-text = Melden Sie sich an, wählen Sie Ihre Rolle (Unternehmer, Öko-Kontrollstelle oder Behörde) und senden Sie einen Autorisierungsantrag.
# $name: the first and last name of the person, in bold.
traces-welcome-logged-in = Sie sind angemeldet als { $name }.
# $change: a link, traces-welcome-change-credentials; $reset: a link, traces-welcome-reset-password.
traces-welcome-credentials = Bei EU Login können Sie bei Bedarf { $change } oder { $reset }.
traces-welcome-change-credentials = Ihre Anmeldedaten für EU Login ändern
traces-welcome-reset-password = Ihr Passwort zurücksetzen

## A page of an instance opened before logging in.

traces-log-in-title = Bitte melden Sie sich an
traces-log-in-needed = Um sich in TRACES NT zu registrieren, müssen Sie sich mit Ihrem Konto bei EU Login anmelden.
traces-log-in-button = Bei TRACES anmelden

## "Select your role in TRACES" on the welcome page.

traces-role-title = Wählen Sie Ihre Rolle in TRACES
traces-role-loading = Ihre Rolle wird geladen …
traces-role-link-operator = Unternehmer (Einführer, erster Empfänger)
traces-role-link-control-body = Öko-Kontrollstelle (oder Kontrollbehörde)
traces-role-link-authority = Behörde (Grenzkontrollstelle oder zentrale zuständige Behörde)
# $kind: the person's role kind (Operator, Organic Control Body, Authority), in bold.
traces-role-already = Sie haben in dieser Umgebung bereits die Rollenart { $kind }. Jede Person kann nur eine Rollenart übernehmen; innerhalb dieser können Sie weitere Posten beantragen.
traces-role-see-requests = Ihre Anträge in Ihrem Profil ansehen
traces-role-one-kind = Bitte beachten Sie, dass jede Person nur eine Rollenart übernehmen kann. Innerhalb Ihrer Rolle können Sie mehrere Posten übernehmen: zum Beispiel für zwei oder mehr Unternehmer arbeiten oder als Kontrollstelle mehrere Länder kontrollieren.

## The searches for an operator, an authority or a control body.

traces-search-title-operator = Autorisierung beantragen: Unternehmer
traces-search-title-authority = Autorisierung beantragen: Behörde
traces-search-title-control-body = Autorisierung beantragen: Öko-Kontrollstelle
traces-search-back = Zurück zur Rollenauswahl
traces-search-country = Land
traces-search-any-country = Alle Länder
traces-search-section = Bereich
traces-search-any-section = Alle Bereiche
traces-search-activity = Tätigkeitsart
traces-search-any-activity = Alle Tätigkeitsarten
traces-search-role = Rolle
traces-search-any-role = Alle Rollen
traces-search-name = Name
traces-search-name-hint = Ein Teil des Namens genügt; Groß- und Kleinschreibung sowie Akzente spielen keine Rolle.
traces-search-button = Suchen
traces-operator-lead = Suchen Sie den Unternehmer, für den Sie arbeiten, kreuzen Sie das Kästchen dahinter an und klicken Sie auf „Autorisierung beantragen“. Sie können mehrere Unternehmer ankreuzen, auch auf mehreren Seiten.
traces-operator-create-new-hint = Wenn Sie sicher sind, dass Sie den Unternehmer, für den Sie arbeiten, nicht finden können, können Sie ihn anlegen.
traces-operator-create-new = Neuen Unternehmer anlegen
traces-authority-lead = Suchen Sie Ihre Behörde, kreuzen Sie das Kästchen dahinter an und klicken Sie auf „Autorisierung beantragen“.
traces-control-body-lead = Suchen Sie Ihre Kontrollstelle. Wenn Sie für ein einzelnes Land zertifizieren, kreuzen Sie das Kästchen dieses Landes an; wenn Sie für alle Länder zertifizieren, in denen Ihre Kontrollstelle zertifiziert, kreuzen Sie „Alle Länder“ oben in ihrer Liste an. Klicken Sie dann auf „Autorisierung beantragen“.
traces-control-body-country-hint = Ein Land, in dem die Kontrollstelle zertifiziert.
traces-control-body-name-hint = Ein Teil des Namens oder der Code genügt.

## The results of a search, "Request Authorisation" and the popup.

traces-posts-request = Autorisierung beantragen
traces-posts-none-selected = Kreuzen Sie zuerst in den Ergebnissen das Kästchen Ihres Postens an.
# $count: how many posts are ticked (1 or more).
traces-posts-selected =
    { $count ->
        [one] { $count } Posten ausgewählt.
       *[other] { $count } Posten ausgewählt.
    }
traces-posts-searching = Suche läuft …
traces-posts-no-results = Keine Organisation entspricht Ihrer Suche.
# $count: how many organisations this page of results shows (1 or more).
traces-posts-results =
    { $count ->
        [one] { $count } Ergebnis auf dieser Seite.
       *[other] { $count } Ergebnisse auf dieser Seite.
    }
traces-posts-first-page = Erste Seite
traces-posts-next-page = Nächste Seite
traces-posts-caption = Suchergebnisse
traces-posts-column-name = Name
traces-posts-column-country = Land
traces-posts-column-city = Ort
traces-posts-column-activity = Tätigkeitsart
traces-posts-column-eori = EORI-Nummer
traces-posts-column-select = Auswählen
traces-posts-column-role = Rolle
traces-posts-column-code = Code
traces-posts-column-certified = Zertifizierte Länder (auswählen)
# $code: the role's code (BCP, CCA); $name: its name; $acts: what it acts as.
traces-posts-authority-role = { $code } ({ $name }, handelt als { $acts })
traces-posts-all-countries = Alle Länder
# The name of a tick box. $organisation: the control body's name.
traces-posts-all-countries-of = { $organisation }: alle Länder
# $count: how many requests were sent (1 or more). Followed by the link “Open my profile”.
traces-posts-sent =
    { $count ->
        [one] Ihr Autorisierungsantrag wurde gesendet. Sie können ihn in Ihrem Profil verfolgen.
       *[other] Ihre { $count } Autorisierungsanträge wurden gesendet. Sie können sie in Ihrem Profil verfolgen.
    }
traces-open-profile = Mein Profil öffnen
traces-popup-asking-for = Sie beantragen eine Autorisierung für:
traces-request-additional-info = Zusätzliche Informationen (optional)
traces-request-additional-info-hint = Alles, was der Person hilft, die Ihren Antrag prüft.
traces-popup-email = E-Mail-Adresse
traces-popup-phone = Telefon (optional)
traces-popup-send = Autorisierungsantrag senden
traces-popup-cancel = Abbrechen
traces-popup-sending = Wird gesendet …

## "Create new Operator".

traces-new-operator-back = Zurück zur Unternehmersuche
traces-new-operator-title = Neuen Unternehmer anlegen
# $operator: the name of the operator just created.
traces-new-operator-created = Der Unternehmer { $operator } wurde angelegt und Ihr Antrag, ihm beizutreten, wurde registriert.
traces-new-operator-duplicates-title = Ist es einer von diesen?
traces-new-operator-duplicates-text = Diese Unternehmer ähneln dem, den Sie anlegen. Wenn Sie für einen von ihnen arbeiten, kreuzen Sie ihn an und klicken Sie stattdessen auf „Autorisierung beantragen“. Wenn keiner davon Ihrer ist, klicken Sie erneut auf „neuen Unternehmer anlegen“.
traces-new-operator-lead = Mit * gekennzeichnete Felder sind Pflichtfelder. Die EORI-Nummer ist für Einführer ökologischer/biologischer Erzeugnisse Pflicht.
traces-new-operator-create = neuen Unternehmer anlegen
traces-new-operator-checking = Wird geprüft …
traces-new-operator-operator = Der Unternehmer
traces-new-operator-name = Name
traces-new-operator-country = Land
traces-new-operator-choose-country = Land auswählen
traces-new-operator-address = Anschrift
traces-new-operator-city = Ort
traces-new-operator-postcode = Postleitzahl
traces-new-operator-section = Bereich
traces-new-operator-activity = Tätigkeitsart
traces-new-operator-choose-activity = Tätigkeitsart auswählen
traces-new-operator-eori = EORI-Nummer
traces-new-operator-eori-hint = Der zweistellige Ländercode, dann bis zu 15 Buchstaben oder Ziffern (DE1234567890). Pflicht für Einführer.
traces-new-operator-eori-mandatory = Für einen Einführer ist die EORI-Nummer Pflicht.
traces-new-operator-contact = Kontakt des Unternehmers
traces-new-operator-contact-rule = Pflicht: Geben Sie mindestens eines der Folgenden an: Telefon, Fax, E-Mail-Adresse oder Website.
traces-new-operator-phone = Telefon
traces-new-operator-fax = Fax
traces-new-operator-email = E-Mail-Adresse
traces-new-operator-website = Website
traces-new-operator-request = Ihr Antrag, diesem Unternehmer beizutreten
traces-new-operator-request-hint = Die Person, die Ihren Antrag prüft, sieht diese Angaben und nutzt sie, um Sie zu kontaktieren.
traces-new-operator-your-email = Ihre E-Mail-Adresse
traces-new-operator-your-email-hint = Aus Ihrem Konto bei EU Login; Sie können für diesen Antrag eine andere angeben.
traces-new-operator-your-phone = Ihre Telefonnummer (optional)

## "My TRACES profile".

traces-profile-title = Mein TRACES-Profil
traces-profile-requests = Meine Anträge
traces-profile-loading = Ihre Anträge werden geladen …
traces-profile-no-requests = Sie haben in dieser Umgebung noch keine Rolle beantragt.
traces-profile-column-organisation = Organisation
traces-profile-column-role = Rolle
traces-profile-column-scope = Geltungsbereich
traces-profile-column-requested = Beantragt am
traces-profile-column-decided = Entschieden am
traces-profile-column-status = Status
traces-profile-column-reason = Begründung
traces-profile-column-action = Aktion
traces-profile-cancel = Zurückziehen
# The name of the “Cancel” button of one request. $organisation: the organisation's name.
traces-profile-cancel-label = Antrag für { $organisation } zurückziehen
# $organisation: the organisation's name.
traces-profile-cancelled = Ihr Antrag für { $organisation } wurde zurückgezogen.
# $zone: an IANA time zone name, like Europe/Brussels.
traces-profile-time-zone = Datum und Uhrzeit werden in Ihrer Zeitzone angezeigt: { $zone }. Sie können sie unter Einstellungen ändern.
traces-profile-new-role = Neue Rolle beantragen
# $problem: why, as the server says it.
traces-profile-preferences-failed = Ihre Einstellungen können nicht angezeigt werden: { $problem }

## The preferences of the profile page.

traces-preferences-title = Einstellungen
traces-preferences-notifications-title = Zeitzone und Benachrichtigungen
# $instance: production or training (only chooses the text).
traces-preferences-instance-only =
    { $instance ->
        [training] Diese Einstellungen gelten nur für die Schulungsumgebung.
       *[production] Diese Einstellungen gelten nur für die Produktionsumgebung.
    }
traces-preferences-time-zone = Zeitzone
traces-preferences-time-zone-hint = Datum und Uhrzeit Ihrer Anträge werden in dieser Zeitzone angezeigt.
traces-preferences-zone-utc = UTC (koordinierte Weltzeit)
traces-preferences-zones-eu = Europäische Union
traces-preferences-zones-other = Andere Länder
# A time zone in the list. $country: the country's name; $zone: the IANA name (Europe/Vienna).
traces-preferences-zone = { $country } ({ $zone })
# $country: the country's name; $place: a region of it (Azores); $zone: the IANA name.
traces-preferences-zone-region = { $country }, { $place } ({ $zone })
# $country: the country's name; $place: a city of it (Chicago); $zone: the IANA name.
traces-preferences-zone-city = { $country } ({ $place }) ({ $zone })
traces-preferences-place-azores = Azoren
traces-preferences-place-madeira = Madeira
traces-preferences-place-canary-islands = Kanarische Inseln
traces-preferences-place-sydney = Sydney
traces-preferences-place-sao-paulo = São Paulo
traces-preferences-place-toronto = Toronto
traces-preferences-place-chicago = Chicago
traces-preferences-place-los-angeles = Los Angeles
traces-preferences-place-new-york = New York
# $browser: the browser's time zone; $saved: the saved one (IANA names, like Europe/Brussels).
traces-preferences-browser-zone = Ihr Browser ist auf { $browser } eingestellt, daher ist diese Zeitzone hier ausgewählt. Ihre gespeicherte Zeitzone bleibt { $saved }, bis Sie auf „Einstellungen speichern“ klicken.
traces-preferences-events = Benachrichtigungen über
traces-preferences-notify-decisions = Entscheidungen über meine Anträge (angenommen, abgelehnt, widerrufen)
traces-preferences-notify-new-requests = Neue Anträge, die auf meine Entscheidung warten (wenn Sie über Anträge entscheiden: Behörden und Administratoren einer Organisation)
traces-preferences-channels = Benachrichtigungswege
traces-preferences-notify-in-app = In der Anwendung
traces-preferences-notify-email = Per E-Mail (an die Adresse Ihres Kontos bei EU Login)
traces-preferences-no-channel = Wenn weder „In der Anwendung“ noch „Per E-Mail“ angekreuzt ist, werden Sie über nichts benachrichtigt.
traces-preferences-save = Einstellungen speichern
traces-preferences-saving = Wird gespeichert …
# $zone: the time zone just saved (an IANA name, like America/New_York).
traces-preferences-saved = Ihre Einstellungen sind gespeichert. Datum und Uhrzeit werden jetzt in { $zone } angezeigt.
traces-preferences-language-title = Sprache
# $account: a link, traces-preferences-my-account.
traces-preferences-language-text = Ihre Sprachen gehören zu Ihrem Konto bei EU Login: Sie sind in der Produktions- und der Schulungsumgebung dieselben. Sie können sie auch, zusammen mit Ihren Namen, unter { $account } ändern.
traces-preferences-my-account = Mein Konto
traces-preferences-interface-language = Sprache der Benutzeroberfläche
traces-preferences-interface-language-hint = Die Sprache dieser Seiten, sobald Sie angemeldet sind.
traces-preferences-email-language = Sprache der E-Mails
traces-preferences-email-language-hint = Die Sprache der E-Mails, die Sie erhalten, einschließlich der Benachrichtigungen.
traces-preferences-save-languages = Sprachen speichern
traces-preferences-languages-saved = Ihre Sprachen sind gespeichert.

## Statuses, as the profile, the search results and the queue show them.

traces-status-pending = Ausstehend
traces-status-valid = Gültig
traces-status-rejected = Abgelehnt
traces-status-cancelled = Zurückgezogen
traces-status-revoked = Widerrufen
traces-status-organisation-new = Neu
traces-status-organisation-valid = Gültig
traces-status-organisation-rejected = Abgelehnt
traces-status-organisation-inactive = Inaktiv
