## The shell of every page: top bar, language chooser, footer.

language-chooser-label = Sprache
# $problem: why the server did not take the choice.
language-not-remembered = Ihre Auswahl wurde nicht gespeichert: { $problem }

## The tab title, the skip link, the top bar and the footer.

common-title = TRACES NT
common-title-training = SCHULUNG – TRACES NT
common-skip-link = Zum Inhalt springen
# The short mark before the name, as on the Commission's sites.
common-brand-mark = EU
common-brand-name = TRACES NT
common-instance-production = Produktion
common-instance-training = Schulung
common-training-banner-mark = SCHULUNG
common-training-banner = – dies ist die Schulungsumgebung von TRACES NT. Nichts, was hier geschieht, ist echt oder gelangt in die Produktionsumgebung.
common-top-bar-nav-label = Konto und Sprache
common-my-profile = Mein TRACES-Profil
common-my-account = Mein Konto
common-log-out = Abmelden
# $problem: why logging out did not work.
common-log-out-failed = Sie sind noch angemeldet: { $problem }
# The links of the top bar with their counts. Screen readers hear the hidden name, speech input
# users say the visible words: each name starts with the words of its link.
common-nav-queue = Zu entscheidende Anträge
common-nav-queue-none = Zu entscheidende Anträge: keine offen
# $count: how many requests wait (1 or more) and chooses the plural form; $shown: the same
# number as the badge shows it ("12", "10,000+").
common-nav-queue-pending = { $count ->
    [one] Zu entscheidende Anträge: { $shown } offen
   *[other] Zu entscheidende Anträge: { $shown } offen
}
common-nav-notifications = Benachrichtigungen
common-nav-notifications-none = Benachrichtigungen: keine ungelesen
# $count: how many notifications are unread (1 or more) and chooses the plural form; $shown:
# the same number as the badge shows it ("12", "10,000+").
common-nav-notifications-unread = { $count ->
    [one] Benachrichtigungen: { $shown } ungelesen
   *[other] Benachrichtigungen: { $shown } ungelesen
}
# $traces, $organic: the two helpdesk addresses, as links.
common-footer-helpdesk = Fragen? Schreiben Sie an den Helpdesk: { $traces } und { $organic }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version = Version { $version } · Schema { $schema }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version-test-mode = Version { $version } · Schema { $schema } · TESTMODUS
# $time: a date and time (2026-11-23 16:05) in UTC.
common-time-in-utc = { $time } (UTC)

## The page for an unknown address.

common-not-found-title = Seite nicht gefunden
common-not-found-text = Diese Adresse führt zu keiner Seite von TRACES NT. Prüfen Sie den Link oder beginnen Sie noch einmal auf der Startseite.
common-not-found-home = Zur Startseite

## The guided demo of the training instance: the steps of the helpdesk letter. The names in
## quotes are the names of buttons and links: use the same words as those.

common-guide-show = Geführte Demo
common-guide-hide = Geführte Demo ausblenden
common-guide-title = Geführte Demo
common-guide-hint = Die Schritte aus dem Schreiben des Helpdesks; der hervorgehobene ist diese Seite.
common-guide-part-eulogin = 1. EU Login
common-guide-part-traces = 2. TRACES NT
common-guide-part-decision = 3. Die Entscheidung
common-guide-step-sign-up = Klicken Sie auf der Willkommensseite der Schulungsumgebung auf „für TRACES registrieren“.
common-guide-step-create-account = Füllen Sie das Formular aus (E-Mail-Adresse der Demo-Domain, z. B. trainee@demo.traces-training.example), geben Sie den Code aus dem Bild ein und klicken Sie dann auf „Konto erstellen“.
common-guide-step-mailbox = Öffnen Sie das eingebaute Postfach und folgen Sie dem Link in der E-Mail.
common-guide-step-password = Wählen Sie ein Passwort.
common-guide-step-log-in = Klicken Sie auf „Bei TRACES anmelden“ und melden Sie sich mit der E-Mail-Adresse und dem Passwort an.
common-guide-step-role-kind = Wählen Sie die Art der Rolle: Unternehmer, Öko-Kontrollstelle oder Behörde.
common-guide-step-search = Suchen Sie (Land, Name …), kreuzen Sie eine oder mehrere Zeilen an und klicken Sie dann auf „Autorisierung beantragen“; oder nach einer Suche auf „Neuen Unternehmer anlegen“.
common-guide-step-popup = Prüfen Sie im Dialogfenster E-Mail-Adresse und Telefonnummer und klicken Sie dann auf „Autorisierungsantrag senden“: Eine grüne Meldung erscheint.
common-guide-step-profile-pending = Das Profil führt den Antrag als „Ausstehend“.
common-guide-step-queue = Melden Sie sich als Persona „Bediensteter der zentralen zuständigen Behörde“ an (Willkommensseite der Schulungsumgebung) und öffnen Sie „Zu entscheidende Anträge“.
common-guide-step-decide = Öffnen Sie den Antrag: die Person, die Organisation, der Verlauf; nehmen Sie ihn an oder lehnen Sie ihn mit Begründung ab.
common-guide-step-profile-decided = Melden Sie sich wieder als antragstellende Person an: Das Profil zeigt „Gültig“ (oder „Abgelehnt“ mit der Begründung).
