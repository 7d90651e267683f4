### E-mails: what each message is, and its variables, is written above it in en/mail.ftl.

mail-greeting = Guten Tag { $first_name },
mail-link-validity = Der Link funktioniert nur einmal und läuft { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } nach dem Versand dieser E-Mail ab.
mail-not-asked = Falls Sie dies nicht angefordert haben, ignorieren Sie diese E-Mail bitte.

mail-set-password-subject = EU Login: Passwort festlegen
mail-set-password-intro = Für Sie wurde bei EU Login ein Konto mit dem Benutzernamen { $username } angelegt. Um es zu aktivieren, legen Sie über diesen Link Ihr Passwort fest:
mail-set-password-expired = Falls er abgelaufen ist, fordern Sie auf der Registrierungsseite oder auf der Seite „Passwort vergessen?“ eine neue E-Mail an.

mail-reset-password-subject = EU Login: neues Passwort festlegen
mail-reset-password-intro = Sie haben beantragt, Ihr Passwort für EU Login zurückzusetzen. Wählen Sie über diesen Link ein neues Passwort:
mail-reset-password-expired = Falls er abgelaufen ist, fordern Sie auf der Seite „Passwort vergessen?“ eine neue E-Mail an.

mail-confirm-new-email-subject = EU Login: neue E-Mail-Adresse bestätigen
mail-confirm-new-email-intro = Sie haben beantragt, diese Adresse für Ihr Konto bei EU Login zu verwenden. Um sie zu bestätigen, öffnen Sie diesen Link:
mail-confirm-new-email-expired = Falls er abgelaufen ist, fordern Sie auf Ihrer Kontoseite eine neue E-Mail an.

mail-email-changed-subject = EU Login: Ihre E-Mail-Adresse wurde geändert
mail-email-changed = Die E-Mail-Adresse Ihres Kontos bei EU Login wurde in { $new_email } geändert.
mail-email-changed-not-you = Falls Sie das nicht waren, wenden Sie sich sofort an den Helpdesk: { $helpdesk }. Links zum Zurücksetzen Ihres Passworts gehen jetzt an die neue Adresse.

mail-password-changed-subject = EU Login: Ihr Passwort wurde geändert
mail-password-changed = Das Passwort Ihres Kontos bei EU Login wurde geändert.
mail-password-changed-not-you = Falls Sie das nicht waren, setzen Sie Ihr Passwort sofort auf der Seite „Passwort vergessen?“ zurück und wenden Sie sich an den Helpdesk: { $helpdesk }.

mail-new-request-subject = TRACES NT: neuer Autorisierungsantrag zur Entscheidung
mail-new-request = { $requester } beantragt eine Rolle bei „{ $organisation }“ ({ $country }) als { $role }.
mail-new-request-open = Öffnen Sie den Antrag in Ihrer Genehmigungsliste, um ihn anzunehmen oder abzulehnen:
mail-new-request-why = Sie erhalten diese Nachricht, weil Sie über solche Anträge entscheiden. Sie können diese Nachrichten auf Ihrer Profilseite unter Einstellungen abschalten.
mail-decided-accepted-subject = TRACES NT: Ihr Autorisierungsantrag wurde angenommen
mail-decided-accepted = Ihr Antrag auf eine Rolle bei „{ $organisation }“ ({ $country }) wurde angenommen. Sie können jetzt in TRACES NT für diese Organisation arbeiten.
mail-decided-rejected-subject = TRACES NT: Ihr Autorisierungsantrag wurde abgelehnt
mail-decided-rejected = Ihr Antrag auf eine Rolle bei „{ $organisation }“ ({ $country }) wurde aus folgendem Grund abgelehnt:
mail-decided-no-reason = kein Grund angegeben
mail-decided-rejected-next = Sie können einen neuen Antrag stellen, sobald der Grund behoben ist.
mail-decided-profile = Ihre Anträge und deren Status finden Sie auf Ihrer Profilseite:
