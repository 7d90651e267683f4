## EU Login, the identity service (pages/eulogin): sign-up, the e-mailed links, login, the
## account page, help and privacy. "EU Login", "TRACES NT" and "ECAS" are names.

# The mark above each EU Login page's heading.
eulogin-brand = EU Login
# Heading, button and link of the sign-up form (the helpdesk letter names it).
eulogin-create-account = Konto erstellen
# Links and buttons that lead to logging in.
eulogin-log-in = Anmelden
# Heading of its page and the link to it.
eulogin-lost-password = Passwort vergessen?
eulogin-help-link = Hilfe: Die E-Mail ist nicht angekommen
eulogin-send-again = E-Mail erneut senden
eulogin-nothing-arrived = Nichts angekommen?
# The text of a link, inside sentences.
eulogin-account-page-link = Ihrer Kontoseite bei EU Login
# After a link that opens in a new tab, for screen readers.
eulogin-opens-in-new-tab = (öffnet in einem neuen Tab)
# Heading of a page whose e-mailed link is expired, used, replaced or unknown.
eulogin-link-broken = Dieser Link funktioniert nicht
eulogin-link-checking = Ihr Link wird geprüft …
eulogin-link-no-code = Diese Adresse enthält keinen Link-Code. Öffnen Sie den Link aus der E-Mail erneut, oder kopieren Sie den ganzen Link in die Adressleiste.

## Field labels and hints.

eulogin-field-username = Benutzername
eulogin-field-first-name = Vorname
eulogin-field-last-name = Nachname
eulogin-field-email = E-Mail
eulogin-field-email-confirm = E-Mail bestätigen
eulogin-field-email-language = E-Mail-Sprache
eulogin-field-interface-language = Sprache der Benutzeroberfläche
eulogin-field-password = Passwort
eulogin-field-current-password = Aktuelles Passwort
eulogin-field-new-password = Neues Passwort
eulogin-field-confirm-password = Passwort bestätigen
eulogin-field-new-email = Neue E-Mail
eulogin-field-confirm-new-email = Neue E-Mail bestätigen
eulogin-name-hint = Wie in Ihrem Ausweisdokument.
eulogin-email-language-hint = Die Sprache der E-Mails, die EU Login Ihnen sendet.
eulogin-interface-language-hint = Die Sprache dieser Seiten, sobald Sie angemeldet sind.
eulogin-password-rule = Mindestens 12, höchstens 128 Zeichen. Keine Vorgaben zu Zeichenarten: Eine Folge mehrerer Wörter, die nichts miteinander zu tun haben, ist sicher und leicht zu merken.

## Create an account (/eulogin/signup).

eulogin-signup-own-name = Eröffnen Sie das Konto auf Ihren eigenen Namen.
# $person: "REAL PERSON" (eulogin-signup-real-person), in bold.
eulogin-signup-own-name-why = Die Daten, die Sie hier eingeben, erscheinen auf den Bescheinigungen, die Sie in TRACES NT unterzeichnen und die rechtsverbindlich sind. Eröffnen Sie das Konto bei EU Login auf den Namen einer { $person }, NICHT auf den Namen Ihrer Grenzkontrollstelle, Ihres Unternehmers oder Ihrer Kontrollstelle.
eulogin-signup-real-person = NATÜRLICHEN PERSON
eulogin-signup-own-address = Verwenden Sie Ihre persönliche berufliche E-Mail-Adresse.
eulogin-signup-own-address-why = Mit dieser Adresse melden Sie sich bei TRACES NT an.
# Followed by the link "Log in".
eulogin-signup-already = Sie haben bereits ein Konto bei EU Login?
eulogin-signup-all-required = Alle Felder sind Pflichtfelder.
eulogin-signup-username-hint = 4 bis 32 Zeichen: Buchstaben a–z, Ziffern, Punkte, Bindestriche und Unterstriche, beginnend mit einem Buchstaben.
eulogin-signup-email-hint = Ihre persönliche berufliche Adresse: Mit ihr melden Sie sich an.
eulogin-signup-email-confirm-hint = Geben Sie dieselbe Adresse noch einmal ein.
eulogin-signup-privacy-accept = Ich habe die Datenschutzerklärung gelesen und akzeptiere sie
eulogin-signup-privacy-read = Datenschutzerklärung lesen
eulogin-signup-progress = Ihr Konto wird erstellt …

## Check your e-mail (/eulogin/signup/sent), after "Create an account".

eulogin-sent-title = Prüfen Sie Ihre E-Mails
# Instead of the address, when the page does not know it.
eulogin-sent-unknown-address = die von Ihnen eingegebene Adresse
# $address: the e-mail address, in bold.
eulogin-sent-lead = Wir haben eine E-Mail an { $address } gesendet, mit einem Link zum Festlegen Ihres Passworts.
# $minutes: how long the link works.
eulogin-sent-link-valid = Der Link funktioniert { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } lang nach dem Versand der E-Mail, und nur einmal. Sobald Ihr Passwort festgelegt ist, kehren Sie zu TRACES NT zurück und melden Sie sich mit dieser E-Mail-Adresse an.
eulogin-sent-advice-wait = Warten Sie einige Minuten: E-Mails können eine Weile brauchen.
eulogin-sent-advice-spam = Sehen Sie in Ihrem Spam- oder Junk-Ordner nach.
eulogin-sent-advice-it = Bitten Sie Ihre IT-Abteilung, E-Mails von EU Login zuzulassen (den Absender in die Liste zugelassener Absender aufzunehmen, „Positivliste“).
eulogin-sent-advice-address = Prüfen Sie die Adresse oben. Wenn sie falsch ist, erstellen Sie das Konto erneut mit der richtigen Adresse.
eulogin-sent-replaces = Eine neue E-Mail ersetzt die vorherige: Nur der Link in der neuesten E-Mail funktioniert.

## Help with EU Login (/eulogin/help), where the helpdesk letter points when the e-mail does not arrive.

eulogin-help-title = Hilfe zu EU Login
eulogin-help-no-email = Die E-Mail zum Festlegen Ihres Passworts ist nicht angekommen
eulogin-help-no-email-intro = Nach „Konto erstellen“ sendet EU Login Ihnen eine E-Mail mit einem Link zum Festlegen Ihres Passworts. Wenn sie nicht in Ihrem Posteingang ist:
# Each piece of advice: a short instruction in bold, then why.
eulogin-help-wait = Warten Sie einige Minuten.
eulogin-help-wait-why = Mailserver halten Nachrichten eines neuen Absenders manchmal eine Weile zurück, bevor sie sie zustellen.
eulogin-help-spam = Sehen Sie in Ihrem Spam- oder Junk-Ordner nach.
eulogin-help-spam-why = Wenn Sie die E-Mail dort finden, markieren Sie sie als „kein Spam“, damit die nächsten in Ihrem Posteingang ankommen.
eulogin-help-it = Bitten Sie Ihre IT-Abteilung, unsere E-Mails zuzulassen.
eulogin-help-it-why = Organisationen filtern E-Mails von außen oft. Bitten Sie darum, den Absender von EU Login in die Liste zugelassener Absender aufzunehmen („Positivliste“).
eulogin-help-address = Prüfen Sie die Adresse.
# $link: a link to the sign-up form, "create the account again" (eulogin-help-address-link).
eulogin-help-address-why = Bei einem Tippfehler geht die E-Mail an eine andere Adresse. Wenn die Adresse falsch war, { $link }, diesmal mit der richtigen Adresse.
eulogin-help-address-link = erstellen Sie das Konto erneut
# $action: "Send the e-mail again" (eulogin-help-again-action), in bold.
eulogin-help-again = { $action } – über das Formular unten.
eulogin-help-again-action = E-Mail erneut senden
eulogin-help-link-broken = Der Link funktioniert nicht
# $minutes: how long a link works.
eulogin-help-link-broken-why = Ein Link funktioniert { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } lang nach dem Versand der E-Mail, und nur einmal. Sobald eine neue E-Mail gesendet wird, funktionieren die Links in den früheren nicht mehr: Verwenden Sie immer die neueste E-Mail. Wenn Ihr E-Mail-Programm den Link in zwei Teile trennt, kopieren Sie den ganzen Link in die Adressleiste Ihres Browsers.
eulogin-help-send-again-intro = Geben Sie die E-Mail-Adresse Ihres Kontos bei EU Login ein. Wenn sie registriert ist, senden wir einen neuen Link zum Festlegen Ihres Passworts.
eulogin-help-have-account = Sie haben bereits ein Konto?
# $login: a link, "log in" (eulogin-help-have-account-log-in); $lost: a link, "Lost your password?" (eulogin-lost-password).
eulogin-help-have-account-why = Wenn Sie bereits ein Konto bei EU Login (ECAS) haben, brauchen Sie kein neues: { $login }. Wenn Sie Ihr Passwort vergessen haben, nutzen Sie „{ $lost }“.
eulogin-help-have-account-log-in = Melden Sie sich an
eulogin-help-contact = Helpdesk kontaktieren
eulogin-help-contact-intro = Wenn nichts davon hilft, oder bei Fragen zu TRACES NT und zur Kontrollbescheinigung, schreiben Sie an:
# $address: the helpdesk's e-mail address, a link.
eulogin-help-contact-traces = { $address } (TRACES NT und EU Login)
# $address: the e-mail address of the organic products helpdesk, a link.
eulogin-help-contact-organic = { $address } (Kontrollbescheinigung für ökologische/biologische Erzeugnisse)
eulogin-help-contact-advice = Geben Sie an, welche E-Mail-Adresse Sie verwendet haben, und senden Sie niemals Ihr Passwort.

## Privacy statement (/eulogin/privacy).

eulogin-privacy-title = Datenschutzerklärung
eulogin-privacy-lead = Mit EU Login weisen Sie gegenüber TRACES NT nach, wer Sie sind. Diese Seite erklärt, was wir über Sie speichern, warum, und welche Rechte Sie haben.
eulogin-privacy-stored = Was wir speichern
eulogin-privacy-stored-names = Ihren Benutzernamen, Vornamen und Nachnamen.
eulogin-privacy-stored-email = Ihre E-Mail-Adresse, die zugleich Ihr Anmeldename ist.
eulogin-privacy-stored-languages = Die Sprache der E-Mails, die wir Ihnen senden, und die Sprache der Benutzeroberfläche.
eulogin-privacy-stored-password = Ihr Passwort, nur in gehashter Form: einer Einwegumwandlung, aus der sich das Passwort nicht zurückgewinnen lässt. Niemand, auch nicht der Helpdesk, kann Ihr Passwort sehen.
eulogin-privacy-stored-session = Während Sie angemeldet sind, ein Sitzungscookie und den Zeitpunkt Ihrer letzten Aktivität, damit die Sitzung endet, wenn Sie sie nicht mehr nutzen oder sich abmelden.
eulogin-privacy-why = Warum
eulogin-privacy-why-identify = Um Sie zu identifizieren, wenn Sie sich bei TRACES NT anmelden, und um Ihnen die E-Mails zu senden, die der Dienst benötigt (den Link zum Festlegen Ihres Passworts, die Bestätigung einer neuen Adresse).
eulogin-privacy-why-certificates = Ihr Vor- und Nachname erscheinen auf den Bescheinigungen, die Sie in TRACES NT unterzeichnen. Bescheinigungen sind rechtsverbindlich, daher muss das Konto auf den Namen der natürlichen Person lauten, die unterzeichnet.
eulogin-privacy-no-other-use = Wir verwenden Ihre Daten für nichts anderes und verkaufen oder teilen sie nicht zu Marketingzwecken.
eulogin-privacy-rights = Ihre Rechte
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-privacy-rights-text = Sobald Sie angemeldet sind, können Sie Ihre Namen, Ihre Sprachen, Ihre E-Mail-Adresse und Ihr Passwort jederzeit auf { $link } einsehen und korrigieren. Um eine Kopie Ihrer Daten oder die Löschung Ihres Kontos zu beantragen, schreiben Sie an den Helpdesk.
eulogin-privacy-contact = Kontakt
# $address: the helpdesk's e-mail address, a link.
eulogin-privacy-helpdesk = Helpdesk: { $address }

## Log in (/eulogin/login), where "Login into TRACES" leads.

eulogin-login-title = Anmelden
eulogin-login-lead = Melden Sie sich mit der E-Mail-Adresse Ihres Kontos bei EU Login an.
# Next to the password field when it is empty ("Password" is the field's label).
eulogin-login-password-missing = Passwort: Geben Sie Ihr Passwort ein.
# Followed by the link "Create an account".
eulogin-login-no-account = Noch kein Konto?

## Lost your password? (/eulogin/lost-password)

eulogin-lost-lead = Geben Sie die E-Mail-Adresse Ihres Kontos bei EU Login ein. Wenn sie registriert ist, senden wir Ihnen eine E-Mail mit einem Link zum Festlegen eines neuen Passworts.
# $minutes: how long the link works.
eulogin-lost-link-valid = Der Link funktioniert { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } lang, und nur einmal. Ihr aktuelles Passwort funktioniert weiter, bis Sie das neue festlegen.
eulogin-lost-submit = Link zusenden
eulogin-lost-back = Zurück zu „Anmelden“

## Set your password (/eulogin/password), from the e-mailed link.

eulogin-password-title = Passwort festlegen
# $name: the person's first name; $username: their username, in bold.
eulogin-password-lead = Guten Tag { $name }, wählen Sie das Passwort für das Konto { $username } bei EU Login.
eulogin-password-submit = Mein Passwort festlegen
eulogin-password-set = Ihr Passwort ist festgelegt
eulogin-password-set-next = Sie können sich jetzt mit Ihrer E-Mail-Adresse und Ihrem neuen Passwort anmelden.
eulogin-password-new-email = Neue E-Mail anfordern
eulogin-password-new-email-intro = Geben Sie die E-Mail-Adresse Ihres Kontos bei EU Login ein, um einen neuen Link zum Festlegen Ihres Passworts zu erhalten.

## Confirm your new e-mail address (/eulogin/email), from the e-mailed link.

eulogin-email-title = Neue E-Mail-Adresse bestätigen
# $name: the person's first name; $username: their username, in bold; $email: the new address, in bold.
eulogin-email-lead = Guten Tag { $name }. Der Anmeldename des Kontos { $username } bei EU Login wird zu { $email }.
eulogin-email-old-stops = Sobald Sie bestätigen, können Sie sich mit Ihrer alten Adresse nicht mehr anmelden.
eulogin-email-submit = Meine neue E-Mail-Adresse bestätigen
eulogin-email-changed = Ihre E-Mail-Adresse wurde geändert
# $email: the new address, in bold.
eulogin-email-changed-next = Melden Sie sich ab jetzt mit { $email } an.
eulogin-email-back-to-account = Zurück zu meinem Konto
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-email-link-broken-next = Ihre E-Mail-Adresse wurde nicht geändert. Um einen neuen Bestätigungslink zu erhalten, melden Sie sich an und fordern Sie ihn auf { $link } erneut an.

## My EU Login account (/eulogin/account).

eulogin-account-title = Mein Konto bei EU Login
eulogin-account-loading = Ihr Konto wird geladen …
eulogin-account-back = Zurück zu TRACES NT
eulogin-account-log-in-first = Bitte melden Sie sich an, um Ihr Konto bei EU Login einzusehen und zu ändern.
# $name: first and last name; $username; $email: the login address. All three in bold.
eulogin-account-who = Angemeldet als { $name } (Benutzername { $username }, E-Mail { $email }).
eulogin-account-details = Ihre Angaben
eulogin-account-details-intro = Ihre Namen erscheinen auf den Bescheinigungen, die Sie in TRACES NT unterzeichnen: Verwenden Sie Ihre echten Namen wie in Ihrem Ausweisdokument.
eulogin-account-details-submit = Meine Angaben speichern
eulogin-account-details-saved = Ihre Angaben sind gespeichert.
eulogin-account-password = Passwort ändern
# Next to the field when it is empty ("Current password" is the field's label).
eulogin-account-current-password-missing = Aktuelles Passwort: Geben Sie das Passwort ein, das Sie derzeit verwenden.
eulogin-account-password-submit = Mein Passwort ändern
eulogin-account-password-changed = Ihr Passwort wurde geändert. Alle anderen Sitzungen in Ihrem Konto (in einem anderen Browser oder auf einem anderen Computer) wurden abgemeldet.
eulogin-account-email = E-Mail-Adresse ändern
eulogin-account-email-intro = Ihre E-Mail-Adresse ist Ihr Anmeldename. Wir senden einen Link an die neue Adresse, um sicherzugehen, dass sie Ihnen gehört.
# Next to "Confirm new e-mail" ("Confirm new e-mail" and "New e-mail" are the fields' labels).
eulogin-account-email-confirm-differs = Neue E-Mail bestätigen: Geben Sie dieselbe Adresse wie unter „Neue E-Mail“ ein.
eulogin-account-email-confirm-missing = Neue E-Mail bestätigen: Geben Sie die neue Adresse noch einmal ein.
eulogin-account-email-submit = Bestätigungslink senden
# $address: the new address, in bold; $minutes: how long the link works; $current: the present login address.
eulogin-account-email-sent = Wir haben einen Link an { $address } gesendet. Öffnen Sie ihn innerhalb von { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }. Ihr Anmeldename ändert sich erst, wenn Sie den Link öffnen; bis dahin melden Sie sich weiterhin mit { $current } an.
