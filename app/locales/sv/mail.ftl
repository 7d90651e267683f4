### E-mails: what each message is, and its variables, is written above it in en/mail.ftl.

mail-greeting = Hej { $first_name },
mail-link-validity = Länken fungerar bara en gång och slutar gälla { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minuter
    } efter att det här e-postmeddelandet skickades.
mail-not-asked = Om du inte har bett om detta kan du bortse från det här e-postmeddelandet.

mail-set-password-subject = EU Login: välj ditt lösenord
mail-set-password-intro = Ett konto i EU Login har skapats åt dig med användarnamnet { $username }. Aktivera det genom att välja ditt lösenord via den här länken:
mail-set-password-expired = Om länken har gått ut kan du begära ett nytt e-postmeddelande på registreringssidan eller på sidan ”Glömt lösenordet?”.

mail-reset-password-subject = EU Login: välj ett nytt lösenord
mail-reset-password-intro = Du har bett om att återställa ditt lösenord till EU Login. Välj ett nytt lösenord via den här länken:
mail-reset-password-expired = Om länken har gått ut kan du begära ett nytt e-postmeddelande på sidan ”Glömt lösenordet?”.

mail-confirm-new-email-subject = EU Login: bekräfta din nya e-postadress
mail-confirm-new-email-intro = Du har bett om att använda den här adressen för ditt konto i EU Login. Bekräfta den genom att öppna den här länken:
mail-confirm-new-email-expired = Om länken har gått ut kan du begära ett nytt e-postmeddelande på din kontosida.

mail-email-changed-subject = EU Login: din e-postadress har ändrats
mail-email-changed = E-postadressen för ditt konto i EU Login har ändrats till { $new_email }.
mail-email-changed-not-you = Om det inte var du, kontakta genast supporten: { $helpdesk }. Länkar för att återställa ditt lösenord skickas nu till den nya adressen.

mail-password-changed-subject = EU Login: ditt lösenord har ändrats
mail-password-changed = Lösenordet till ditt konto i EU Login har ändrats.
mail-password-changed-not-you = Om det inte var du, återställ genast ditt lösenord på sidan ”Glömt lösenordet?” och kontakta supporten: { $helpdesk }.

mail-new-request-subject = TRACES NT: en ny auktoriseringsbegäran att fatta beslut om
mail-new-request = { $requester } ansöker om en roll i ”{ $organisation }” ({ $country }) som { $role }.
mail-new-request-open = Öppna begäran i din godkännandekö för att godkänna eller avslå den:
mail-new-request-why = Du får det här meddelandet eftersom du fattar beslut om sådana begäranden. Du kan stänga av de här meddelandena på din profilsida under Inställningar.
mail-decided-accepted-subject = TRACES NT: din auktoriseringsbegäran har godkänts
mail-decided-accepted = Din begäran om en roll i ”{ $organisation }” ({ $country }) har godkänts. Du kan nu arbeta för den här organisationen i TRACES NT.
mail-decided-rejected-subject = TRACES NT: din auktoriseringsbegäran har avslagits
mail-decided-rejected = Din begäran om en roll i ”{ $organisation }” ({ $country }) har avslagits av följande skäl:
mail-decided-no-reason = inget skäl angavs
mail-decided-rejected-next = Du kan skicka en ny begäran när skälet har åtgärdats.
mail-decided-profile = Dina begäranden och deras status finns på din profilsida:
