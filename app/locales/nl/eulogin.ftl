## EU Login, the identity service (pages/eulogin): sign-up, the e-mailed links, login, the
## account page, help and privacy. "EU Login", "TRACES NT" and "ECAS" are names.

# The mark above each EU Login page's heading.
eulogin-brand = EU Login
# Heading, button and link of the sign-up form (the helpdesk letter names it).
eulogin-create-account = Account aanmaken
# Links and buttons that lead to logging in.
eulogin-log-in = Inloggen
# Heading of its page and the link to it.
eulogin-lost-password = Wachtwoord vergeten?
eulogin-help-link = Hulp: de e-mail is niet aangekomen
eulogin-send-again = E-mail opnieuw verzenden
eulogin-nothing-arrived = Niets ontvangen?
# The text of a link, inside sentences.
eulogin-account-page-link = uw EU Login-accountpagina
# After a link that opens in a new tab, for screen readers.
eulogin-opens-in-new-tab = (wordt geopend in een nieuw tabblad)
# Heading of a page whose e-mailed link is expired, used, replaced or unknown.
eulogin-link-broken = Deze link werkt niet
eulogin-link-checking = Uw link wordt gecontroleerd…
eulogin-link-no-code = Dit adres bevat geen linkcode. Open de link in de e-mail opnieuw, of kopieer de volledige link naar de adresbalk.

## Field labels and hints.

eulogin-field-username = Gebruikersnaam
eulogin-field-first-name = Voornaam
eulogin-field-last-name = Achternaam
eulogin-field-email = E-mail
eulogin-field-email-confirm = E-mail bevestigen
eulogin-field-email-language = Taal van e-mails
eulogin-field-interface-language = Interfacetaal
eulogin-field-password = Wachtwoord
eulogin-field-current-password = Huidig wachtwoord
eulogin-field-new-password = Nieuw wachtwoord
eulogin-field-confirm-password = Wachtwoord bevestigen
eulogin-field-new-email = Nieuw e-mailadres
eulogin-field-confirm-new-email = Nieuw e-mailadres bevestigen
eulogin-name-hint = Zoals in uw identiteitsbewijs.
eulogin-email-language-hint = De taal van de e-mails die EU Login u stuurt.
eulogin-interface-language-hint = De taal van deze pagina's wanneer u bent ingelogd.
eulogin-password-rule = Ten minste 12 tekens, ten hoogste 128. Er zijn geen regels over soorten tekens: een zin van meerdere woorden die niets met elkaar te maken hebben, is sterk en gemakkelijk te onthouden.

## Create an account (/eulogin/signup).

eulogin-signup-own-name = Open het account op uw eigen naam.
# $person: "REAL PERSON" (eulogin-signup-real-person), in bold.
eulogin-signup-own-name-why = De gegevens die u hier invoert, verschijnen op de certificaten die u in TRACES NT ondertekent en die rechtsgeldig zijn. Open het EU Login-account op naam van een { $person }, NIET op naam van uw grenscontrolepost, marktdeelnemer of controleorgaan.
eulogin-signup-real-person = ECHTE PERSOON
eulogin-signup-own-address = Gebruik uw persoonlijke zakelijke e-mailadres.
eulogin-signup-own-address-why = Met dit adres logt u in bij TRACES NT.
# Followed by the link "Log in".
eulogin-signup-already = Hebt u al een EU Login-account?
eulogin-signup-all-required = Alle velden zijn verplicht.
eulogin-signup-username-hint = 4 tot 32 tekens: de letters a–z, cijfers, punten, koppeltekens en onderstrepingstekens, te beginnen met een letter.
eulogin-signup-email-hint = Uw persoonlijke zakelijke adres: u logt ermee in.
eulogin-signup-email-confirm-hint = Typ hetzelfde adres nogmaals.
eulogin-signup-privacy-accept = Ik heb de privacyverklaring gelezen en aanvaard deze
eulogin-signup-privacy-read = De privacyverklaring lezen
eulogin-signup-progress = Uw account wordt aangemaakt…

## Check your e-mail (/eulogin/signup/sent), after "Create an account".

eulogin-sent-title = Controleer uw e-mail
# Instead of the address, when the page does not know it.
eulogin-sent-unknown-address = het adres dat u hebt ingevoerd
# $address: the e-mail address, in bold.
eulogin-sent-lead = We hebben een e-mail naar { $address } gestuurd met een link om uw wachtwoord in te stellen.
# $minutes: how long the link works.
eulogin-sent-link-valid = De link werkt { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    } nadat de e-mail is verzonden, en maar één keer. Zodra uw wachtwoord is ingesteld, gaat u terug naar TRACES NT en logt u in met dit e-mailadres.
eulogin-sent-advice-wait = Wacht een paar minuten: e-mails kunnen even onderweg zijn.
eulogin-sent-advice-spam = Kijk in uw map met spam of ongewenste e-mail.
eulogin-sent-advice-it = Vraag uw IT-afdeling om e-mail van EU Login toe te staan (de afzender op de lijst van toegestane afzenders te zetten, “whitelisting”).
eulogin-sent-advice-address = Controleer het adres hierboven. Als het onjuist is, maak het account dan opnieuw aan met het juiste adres.
eulogin-sent-replaces = Een nieuwe e-mail vervangt de vorige: alleen de link in de nieuwste e-mail werkt.

## Help with EU Login (/eulogin/help), where the helpdesk letter points when the e-mail does not arrive.

eulogin-help-title = Hulp bij EU Login
eulogin-help-no-email = De e-mail om uw wachtwoord in te stellen is niet aangekomen
eulogin-help-no-email-intro = Na “Account aanmaken” stuurt EU Login u een e-mail met een link om uw wachtwoord in te stellen. Als die niet in uw inbox staat:
# Each piece of advice: a short instruction in bold, then why.
eulogin-help-wait = Wacht een paar minuten.
eulogin-help-wait-why = Mailservers houden berichten van een nieuwe afzender soms een tijdje vast voordat ze die afleveren.
eulogin-help-spam = Kijk in uw map met spam of ongewenste e-mail.
eulogin-help-spam-why = Als u de e-mail daar vindt, markeer hem dan als “geen spam”, zodat de volgende e-mails in uw inbox terechtkomen.
eulogin-help-it = Vraag uw IT-afdeling om onze e-mails toe te staan.
eulogin-help-it-why = Organisaties filteren vaak e-mail van buitenaf. Vraag hun de afzender van EU Login op de lijst van toegestane afzenders te zetten (“whitelisting”).
eulogin-help-address = Controleer het adres.
# $link: a link to the sign-up form, "create the account again" (eulogin-help-address-link).
eulogin-help-address-why = Door een typefout komt de e-mail ergens anders terecht. Als het adres onjuist was, { $link } met het juiste adres.
eulogin-help-address-link = maak het account dan opnieuw aan
# $action: "Send the e-mail again" (eulogin-help-again-action), in bold.
eulogin-help-again = { $action } kan met het formulier hieronder.
eulogin-help-again-action = E-mail opnieuw verzenden
eulogin-help-link-broken = De link werkt niet
# $minutes: how long a link works.
eulogin-help-link-broken-why = Een link werkt { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    } nadat de e-mail is verzonden, en maar één keer. Wanneer er een nieuwe e-mail wordt verzonden, werken de links in de eerdere niet meer: gebruik altijd de nieuwste e-mail. Als uw e-mailprogramma de link in tweeën knipt, kopieer dan de volledige link naar de adresbalk van uw browser.
eulogin-help-send-again-intro = Voer het e-mailadres van uw EU Login-account in. Als het geregistreerd is, sturen we een nieuwe link om uw wachtwoord in te stellen.
eulogin-help-have-account = Hebt u al een account?
# $login: a link, "log in" (eulogin-help-have-account-log-in); $lost: a link, "Lost your password?" (eulogin-lost-password).
eulogin-help-have-account-why = Als u al een EU Login-account (ECAS) hebt, hebt u geen nieuw nodig: { $login }. Als u uw wachtwoord bent vergeten, gebruik dan { $lost }
eulogin-help-have-account-log-in = log in
eulogin-help-contact = Contact opnemen met de helpdesk
eulogin-help-contact-intro = Als niets hiervan helpt, of voor vragen over TRACES NT en het controlecertificaat, schrijf dan naar:
# $address: the helpdesk's e-mail address, a link.
eulogin-help-contact-traces = { $address } (TRACES NT en EU Login)
# $address: the e-mail address of the organic products helpdesk, a link.
eulogin-help-contact-organic = { $address } (het controlecertificaat voor biologische producten)
eulogin-help-contact-advice = Vermeld welk e-mailadres u hebt gebruikt, en stuur nooit uw wachtwoord.

## Privacy statement (/eulogin/privacy).

eulogin-privacy-title = Privacyverklaring
eulogin-privacy-lead = Met EU Login bewijst u aan TRACES NT wie u bent. Op deze pagina leest u wat we over u bewaren, waarom, en wat u eraan kunt doen.
eulogin-privacy-stored = Wat we bewaren
eulogin-privacy-stored-names = Uw gebruikersnaam, voornaam en achternaam.
eulogin-privacy-stored-email = Uw e-mailadres, waarmee u ook inlogt.
eulogin-privacy-stored-languages = De taal van de e-mails die we u sturen en de taal van de interface.
eulogin-privacy-stored-password = Uw wachtwoord, alleen in gehashte vorm: een bewerking in één richting, waaruit het wachtwoord niet kan worden teruggelezen. Niemand, ook de helpdesk niet, kan uw wachtwoord zien.
eulogin-privacy-stored-session = Zolang u bent ingelogd: een sessiecookie en het tijdstip van uw laatste activiteit, zodat de sessie eindigt wanneer u er niet meer mee werkt of uitlogt.
eulogin-privacy-why = Waarom
eulogin-privacy-why-identify = Om u te identificeren wanneer u inlogt bij TRACES NT en om u de e-mails te sturen die de dienst nodig heeft (de link om uw wachtwoord in te stellen, de bevestiging van een nieuw adres).
eulogin-privacy-why-certificates = Uw voor- en achternaam verschijnen op de certificaten die u in TRACES NT ondertekent. Certificaten zijn rechtsgeldig, dus het account moet op naam staan van de echte persoon die ondertekent.
eulogin-privacy-no-other-use = We gebruiken uw gegevens voor niets anders en verkopen of delen ze niet voor marketingdoeleinden.
eulogin-privacy-rights = Uw rechten
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-privacy-rights-text = U kunt uw namen, uw talen, uw e-mailadres en uw wachtwoord altijd inzien en corrigeren op { $link } zodra u bent ingelogd. Schrijf naar de helpdesk als u een kopie van uw gegevens wilt of uw account wilt laten verwijderen.
eulogin-privacy-contact = Contact
# $address: the helpdesk's e-mail address, a link.
eulogin-privacy-helpdesk = Helpdesk: { $address }

## Log in (/eulogin/login), where "Login into TRACES" leads.

eulogin-login-title = Inloggen
eulogin-login-lead = Log in met het e-mailadres van uw EU Login-account.
# Next to the password field when it is empty ("Password" is the field's label).
eulogin-login-password-missing = Wachtwoord: voer uw wachtwoord in.
# Followed by the link "Create an account".
eulogin-login-no-account = Nog geen account?

## Lost your password? (/eulogin/lost-password)

eulogin-lost-lead = Voer het e-mailadres van uw EU Login-account in. Als het geregistreerd is, sturen we u een e-mail met een link om een nieuw wachtwoord in te stellen.
# $minutes: how long the link works.
eulogin-lost-link-valid = De link werkt { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    } en maar één keer. Uw huidige wachtwoord blijft werken totdat u het nieuwe instelt.
eulogin-lost-submit = Stuur mij een link
eulogin-lost-back = Terug naar “Inloggen”

## Set your password (/eulogin/password), from the e-mailed link.

eulogin-password-title = Uw wachtwoord instellen
# $name: the person's first name; $username: their username, in bold.
eulogin-password-lead = Hallo { $name }, kies het wachtwoord van het EU Login-account { $username }.
eulogin-password-submit = Mijn wachtwoord instellen
eulogin-password-set = Uw wachtwoord is ingesteld
eulogin-password-set-next = U kunt nu inloggen met uw e-mailadres en uw nieuwe wachtwoord.
eulogin-password-new-email = Een nieuwe e-mail ontvangen
eulogin-password-new-email-intro = Voer het e-mailadres van uw EU Login-account in om een nieuwe link te ontvangen waarmee u uw wachtwoord kunt instellen.

## Confirm your new e-mail address (/eulogin/email), from the e-mailed link.

eulogin-email-title = Uw nieuwe e-mailadres bevestigen
# $name: the person's first name; $username: their username, in bold; $email: the new address, in bold.
eulogin-email-lead = Hallo { $name }. U logt voortaan in op het EU Login-account { $username } met { $email }.
eulogin-email-old-stops = Zodra u bevestigt, kunt u met uw oude adres niet meer inloggen.
eulogin-email-submit = Mijn nieuwe e-mailadres bevestigen
eulogin-email-changed = Uw e-mailadres is gewijzigd
# $email: the new address, in bold.
eulogin-email-changed-next = Log voortaan in met { $email }.
eulogin-email-back-to-account = Terug naar mijn account
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-email-link-broken-next = Uw e-mailadres is niet gewijzigd. Om een nieuwe bevestigingslink te krijgen, logt u in en vraagt u die opnieuw aan op { $link }.

## My EU Login account (/eulogin/account).

eulogin-account-title = Mijn EU Login-account
eulogin-account-loading = Uw account wordt geladen…
eulogin-account-back = Terug naar TRACES NT
eulogin-account-log-in-first = Log in om uw EU Login-account te bekijken en te wijzigen.
# $name: first and last name; $username; $email: the login address. All three in bold.
eulogin-account-who = Ingelogd als { $name } (gebruikersnaam { $username }, e-mail { $email }).
eulogin-account-details = Uw gegevens
eulogin-account-details-intro = Uw namen verschijnen op de certificaten die u in TRACES NT ondertekent: gebruik uw echte namen, zoals in uw identiteitsbewijs.
eulogin-account-details-submit = Mijn gegevens opslaan
eulogin-account-details-saved = Uw gegevens zijn opgeslagen.
eulogin-account-password = Wachtwoord wijzigen
# Next to the field when it is empty ("Current password" is the field's label).
eulogin-account-current-password-missing = Huidig wachtwoord: voer het wachtwoord in dat u nu gebruikt.
eulogin-account-password-submit = Mijn wachtwoord wijzigen
eulogin-account-password-changed = Uw wachtwoord is gewijzigd. Alle andere sessies waarin op uw account was ingelogd (in een andere browser of op een andere computer), zijn uitgelogd.
eulogin-account-email = E-mailadres wijzigen
eulogin-account-email-intro = Met uw e-mailadres logt u in. We sturen een link naar het nieuwe adres om zeker te weten dat het van u is.
# Next to "Confirm new e-mail" ("Confirm new e-mail" and "New e-mail" are the fields' labels).
eulogin-account-email-confirm-differs = Nieuw e-mailadres bevestigen: typ hetzelfde adres als bij Nieuw e-mailadres.
eulogin-account-email-confirm-missing = Nieuw e-mailadres bevestigen: typ het nieuwe adres nogmaals.
eulogin-account-email-submit = Bevestigingslink verzenden
# $address: the new address, in bold; $minutes: how long the link works; $current: the present login address.
eulogin-account-email-sent = We hebben een link naar { $address } gestuurd. Volg die binnen { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    }. U logt pas met het nieuwe adres in nadat u de link hebt gevolgd; log tot dan in met { $current }.
