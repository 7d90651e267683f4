### E-mails: what each message is, and its variables, is written above it in en/mail.ftl.

mail-greeting = Kære { $first_name }
mail-link-validity = Linket virker kun én gang og udløber { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minutter
    } efter, at denne e-mail blev sendt.
mail-not-asked = Hvis du ikke har bedt om dette, kan du se bort fra denne e-mail.

mail-set-password-subject = EU Login: vælg din adgangskode
mail-set-password-intro = Der er oprettet en konto i EU Login til dig med brugernavnet { $username }. Aktivér den ved at vælge din adgangskode via dette link:
mail-set-password-expired = Hvis linket er udløbet, kan du bestille en ny e-mail på tilmeldingssiden eller på siden »Glemt adgangskode?«.

mail-reset-password-subject = EU Login: vælg en ny adgangskode
mail-reset-password-intro = Du har bedt om at nulstille din adgangskode til EU Login. Vælg en ny adgangskode via dette link:
mail-reset-password-expired = Hvis linket er udløbet, kan du bestille en ny e-mail på siden »Glemt adgangskode?«.

mail-confirm-new-email-subject = EU Login: bekræft din nye e-mailadresse
mail-confirm-new-email-intro = Du har bedt om at bruge denne adresse til din konto i EU Login. Bekræft den ved at åbne dette link:
mail-confirm-new-email-expired = Hvis linket er udløbet, kan du bestille en ny e-mail på din kontoside.

mail-email-changed-subject = EU Login: din e-mailadresse er ændret
mail-email-changed = E-mailadressen for din konto i EU Login er ændret til { $new_email }.
mail-email-changed-not-you = Hvis det ikke var dig, skal du straks kontakte helpdesken: { $helpdesk }. Links til nulstilling af din adgangskode sendes nu til den nye adresse.

mail-password-changed-subject = EU Login: din adgangskode er ændret
mail-password-changed = Adgangskoden til din konto i EU Login er ændret.
mail-password-changed-not-you = Hvis det ikke var dig, skal du straks nulstille din adgangskode på siden »Glemt adgangskode?« og kontakte helpdesken: { $helpdesk }.

mail-new-request-subject = TRACES NT: en ny autorisationsanmodning til afgørelse
mail-new-request = { $requester } anmoder om en rolle i »{ $organisation }« ({ $country }) som { $role }.
mail-new-request-open = Åbn anmodningen i din godkendelseskø for at godkende eller afvise den:
mail-new-request-why = Du modtager denne meddelelse, fordi du træffer afgørelse om sådanne anmodninger. Du kan slå disse meddelelser fra på din profilside under Indstillinger.
mail-decided-accepted-subject = TRACES NT: din autorisationsanmodning er godkendt
mail-decided-accepted = Din anmodning om en rolle i »{ $organisation }« ({ $country }) er godkendt. Du kan nu arbejde for denne organisation i TRACES NT.
mail-decided-rejected-subject = TRACES NT: din autorisationsanmodning er afvist
mail-decided-rejected = Din anmodning om en rolle i »{ $organisation }« ({ $country }) er afvist med følgende begrundelse:
mail-decided-no-reason = ingen begrundelse angivet
mail-decided-rejected-next = Du kan sende en ny anmodning, når årsagen er afhjulpet.
mail-decided-profile = Dine anmodninger og deres status findes på din profilside:
