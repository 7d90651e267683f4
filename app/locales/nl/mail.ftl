### E-mails: what each message is, and its variables, is written above it in en/mail.ftl.

mail-greeting = Beste { $first_name },
mail-link-validity = De link werkt maar één keer en verloopt { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    } na het verzenden van deze e-mail.
mail-not-asked = Hebt u hier niet om gevraagd? Negeer deze e-mail dan.

mail-set-password-subject = EU Login: stel uw wachtwoord in
mail-set-password-intro = Er is voor u een account voor EU Login aangemaakt met de gebruikersnaam { $username }. Om het account te activeren, stelt u via deze link uw wachtwoord in:
mail-set-password-expired = Is de link verlopen? Vraag dan een nieuwe e-mail aan op de registratiepagina of op de pagina ‘Wachtwoord vergeten?’.

mail-reset-password-subject = EU Login: kies een nieuw wachtwoord
mail-reset-password-intro = U hebt gevraagd uw wachtwoord voor EU Login opnieuw in te stellen. Kies via deze link een nieuw wachtwoord:
mail-reset-password-expired = Is de link verlopen? Vraag dan een nieuwe e-mail aan op de pagina ‘Wachtwoord vergeten?’.

mail-confirm-new-email-subject = EU Login: bevestig uw nieuwe e-mailadres
mail-confirm-new-email-intro = U hebt gevraagd dit adres te gebruiken voor uw account bij EU Login. Open deze link om het te bevestigen:
mail-confirm-new-email-expired = Is de link verlopen? Vraag dan een nieuwe e-mail aan op uw accountpagina.

mail-email-changed-subject = EU Login: uw e-mailadres is gewijzigd
mail-email-changed = Het e-mailadres van uw account bij EU Login is gewijzigd in { $new_email }.
mail-email-changed-not-you = Was u dit niet? Neem dan onmiddellijk contact op met de helpdesk: { $helpdesk }. Links om uw wachtwoord opnieuw in te stellen gaan nu naar het nieuwe adres.

mail-password-changed-subject = EU Login: uw wachtwoord is gewijzigd
mail-password-changed = Het wachtwoord van uw account bij EU Login is gewijzigd.
mail-password-changed-not-you = Was u dit niet? Stel dan onmiddellijk een nieuw wachtwoord in via de pagina ‘Wachtwoord vergeten?’ en neem contact op met de helpdesk: { $helpdesk }.

mail-new-request-subject = TRACES NT: nieuw autorisatieverzoek om over te beslissen
mail-new-request = { $requester } vraagt een rol aan bij ‘{ $organisation }’ ({ $country }) als { $role }.
mail-new-request-open = Open het verzoek in uw goedkeuringswachtrij om het te aanvaarden of af te wijzen:
mail-new-request-why = U ontvangt dit bericht omdat u over zulke verzoeken beslist. U kunt deze berichten uitzetten op uw profielpagina, onder Voorkeuren.
mail-decided-accepted-subject = TRACES NT: uw autorisatieverzoek is aanvaard
mail-decided-accepted = Uw verzoek om een rol bij ‘{ $organisation }’ ({ $country }) is aanvaard. U kunt nu in TRACES NT voor deze organisatie werken.
mail-decided-rejected-subject = TRACES NT: uw autorisatieverzoek is afgewezen
mail-decided-rejected = Uw verzoek om een rol bij ‘{ $organisation }’ ({ $country }) is afgewezen, om de volgende reden:
mail-decided-no-reason = geen reden opgegeven
mail-decided-rejected-next = U kunt een nieuw verzoek sturen zodra de reden is weggenomen.
mail-decided-profile = Uw verzoeken en hun status staan op uw profielpagina:
