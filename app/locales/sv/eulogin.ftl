## EU Login, the identity service (pages/eulogin): sign-up, the e-mailed links, login, the
## account page, help and privacy. "EU Login", "TRACES NT" and "ECAS" are names.

# The mark above each EU Login page's heading.
eulogin-brand = EU Login
# Heading, button and link of the sign-up form (the helpdesk letter names it).
eulogin-create-account = Skapa ett konto
# Links and buttons that lead to logging in.
eulogin-log-in = Logga in
# Heading of its page and the link to it.
eulogin-lost-password = Glömt lösenordet?
eulogin-help-link = Hjälp: e-postmeddelandet har inte kommit
eulogin-send-again = Skicka e-postmeddelandet igen
eulogin-nothing-arrived = Har inget kommit?
# The text of a link, inside sentences.
eulogin-account-page-link = din kontosida i EU Login
# After a link that opens in a new tab, for screen readers.
eulogin-opens-in-new-tab = (öppnas i en ny flik)
# Heading of a page whose e-mailed link is expired, used, replaced or unknown.
eulogin-link-broken = Länken fungerar inte
eulogin-link-checking = Din länk kontrolleras…
eulogin-link-no-code = Adressen innehåller ingen länkkod. Öppna länken i e-postmeddelandet igen, eller kopiera hela länken till adressfältet.

## Field labels and hints.

eulogin-field-username = Användarnamn
eulogin-field-first-name = Förnamn
eulogin-field-last-name = Efternamn
eulogin-field-email = E-post
eulogin-field-email-confirm = Bekräfta e-post
eulogin-field-email-language = Språk för e-post
eulogin-field-interface-language = Gränssnittsspråk
eulogin-field-password = Lösenord
eulogin-field-current-password = Nuvarande lösenord
eulogin-field-new-password = Nytt lösenord
eulogin-field-confirm-password = Bekräfta lösenord
eulogin-field-new-email = Ny e-postadress
eulogin-field-confirm-new-email = Bekräfta ny e-postadress
eulogin-name-hint = Som i din identitetshandling.
eulogin-email-language-hint = Språket i de e-postmeddelanden som EU Login skickar till dig.
eulogin-interface-language-hint = Språket på de här sidorna när du är inloggad.
eulogin-password-rule = Minst 12 tecken, högst 128. Inga regler om teckentyper: en fras av flera ord som inte hör ihop är stark och lätt att komma ihåg.

## Create an account (/eulogin/signup).

eulogin-signup-own-name = Öppna kontot i ditt eget namn.
# $person: "REAL PERSON" (eulogin-signup-real-person), in bold.
eulogin-signup-own-name-why = Uppgifterna du anger här kommer att stå på de intyg du undertecknar i TRACES NT, och intygen har rättslig verkan. Öppna EU Login-kontot i namnet på en { $person }, INTE i namnet på din gränskontrollstation, din aktör eller ditt kontrollorgan.
eulogin-signup-real-person = VERKLIG PERSON
eulogin-signup-own-address = Använd din personliga e-postadress i tjänsten.
eulogin-signup-own-address-why = Det är den adress du loggar in i TRACES NT med.
# Followed by the link "Log in".
eulogin-signup-already = Har du redan ett EU Login-konto?
eulogin-signup-all-required = Alla fält är obligatoriska.
eulogin-signup-username-hint = 4–32 tecken: bokstäverna a–z, siffror, punkter, bindestreck och understreck; det första tecknet måste vara en bokstav.
eulogin-signup-email-hint = Din personliga adress i tjänsten: du loggar in med den.
eulogin-signup-email-confirm-hint = Skriv samma adress igen.
eulogin-signup-privacy-accept = Jag har läst och godkänner integritetsmeddelandet
eulogin-signup-privacy-read = Läs integritetsmeddelandet
eulogin-signup-progress = Ditt konto skapas…

## Check your e-mail (/eulogin/signup/sent), after "Create an account".

eulogin-sent-title = Kontrollera din e-post
# Instead of the address, when the page does not know it.
eulogin-sent-unknown-address = den adress du angav
# $address: the e-mail address, in bold.
eulogin-sent-lead = Vi har skickat ett e-postmeddelande till { $address } med en länk för att ange ditt lösenord.
# $minutes: how long the link works.
eulogin-sent-link-valid = Länken fungerar i { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minuter
    } efter att e-postmeddelandet har skickats, och bara en gång. När ditt lösenord är angivet går du tillbaka till TRACES NT och loggar in med den här e-postadressen.
eulogin-sent-advice-wait = Vänta några minuter: e-post kan ta en stund.
eulogin-sent-advice-spam = Titta i mappen för skräppost.
eulogin-sent-advice-it = Be din it-avdelning att tillåta e-post från EU Login (att lägga till avsändaren i listan över tillåtna avsändare, ”vitlistning”).
eulogin-sent-advice-address = Kontrollera adressen ovan. Om den är fel, skapa kontot igen med rätt adress.
eulogin-sent-replaces = Ett nytt e-postmeddelande ersätter det föregående: bara länken i det senaste meddelandet fungerar.

## Help with EU Login (/eulogin/help), where the helpdesk letter points when the e-mail does not arrive.

eulogin-help-title = Hjälp med EU Login
eulogin-help-no-email = E-postmeddelandet för att ange ditt lösenord har inte kommit
eulogin-help-no-email-intro = Efter ”Skapa ett konto” skickar EU Login ett e-postmeddelande till dig med en länk för att ange ditt lösenord. Om det inte finns i din inkorg:
# Each piece of advice: a short instruction in bold, then why.
eulogin-help-wait = Vänta några minuter.
eulogin-help-wait-why = E-postservrar håller ibland kvar meddelanden från en ny avsändare en stund innan de levererar dem.
eulogin-help-spam = Titta i mappen för skräppost.
eulogin-help-spam-why = Om du hittar meddelandet där, markera det som ”inte skräppost” så att nästa meddelanden hamnar i inkorgen.
eulogin-help-it = Be din it-avdelning att tillåta våra e-postmeddelanden.
eulogin-help-it-why = Organisationer filtrerar ofta e-post utifrån. Be dem lägga till avsändaren för EU Login i listan över tillåtna avsändare (”vitlistning”).
eulogin-help-address = Kontrollera adressen.
# $link: a link to the sign-up form, "create the account again" (eulogin-help-address-link).
eulogin-help-address-why = Ett skrivfel skickar e-postmeddelandet någon annanstans. Om adressen var fel, { $link } med rätt adress.
eulogin-help-address-link = skapa kontot igen
# $action: "Send the e-mail again" (eulogin-help-again-action), in bold.
eulogin-help-again = { $action } med formuläret nedan.
eulogin-help-again-action = Skicka e-postmeddelandet igen
eulogin-help-link-broken = Länken fungerar inte
# $minutes: how long a link works.
eulogin-help-link-broken-why = En länk fungerar i { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minuter
    } efter att e-postmeddelandet har skickats, och bara en gång. När ett nytt e-postmeddelande skickas slutar länkarna i de tidigare att fungera: använd alltid det senaste meddelandet. Om ditt e-postprogram delar länken i två delar, kopiera hela länken till webbläsarens adressfält.
eulogin-help-send-again-intro = Ange e-postadressen för ditt EU Login-konto. Om den är registrerad skickar vi en ny länk för att ange ditt lösenord.
eulogin-help-have-account = Har du redan ett konto?
# $login: a link, "log in" (eulogin-help-have-account-log-in); $lost: a link, "Lost your password?" (eulogin-lost-password).
eulogin-help-have-account-why = Om du redan har ett EU Login-konto (ECAS) behöver du inget nytt: { $login }. Om du har glömt ditt lösenord, använd { $lost }
eulogin-help-have-account-log-in = logga in
eulogin-help-contact = Kontakta helpdesken
eulogin-help-contact-intro = Om inget av detta hjälper, eller om du har frågor om TRACES NT och kontrollintyget, skriv till:
# $address: the helpdesk's e-mail address, a link.
eulogin-help-contact-traces = { $address } (TRACES NT och EU Login)
# $address: the e-mail address of the organic products helpdesk, a link.
eulogin-help-contact-organic = { $address } (kontrollintyget för ekologiska produkter)
eulogin-help-contact-advice = Ange vilken e-postadress du använde, och skicka aldrig ditt lösenord.

## Privacy statement (/eulogin/privacy).

eulogin-privacy-title = Integritetsmeddelande
eulogin-privacy-lead = Med EU Login visar du TRACES NT vem du är. Här står vad vi sparar om dig, varför och vad du kan göra åt det.
eulogin-privacy-stored = Vad vi sparar
eulogin-privacy-stored-names = Ditt användarnamn, förnamn och efternamn.
eulogin-privacy-stored-email = Din e-postadress, som du också loggar in med.
eulogin-privacy-stored-languages = Språket i de e-postmeddelanden vi skickar till dig och gränssnittets språk.
eulogin-privacy-stored-password = Ditt lösenord, endast i hashad form: en envägsomvandling som lösenordet inte kan läsas tillbaka ur. Ingen, inte heller helpdesken, kan se ditt lösenord.
eulogin-privacy-stored-session = Medan du är inloggad: en sessionskaka och tidpunkten för din senaste aktivitet, så att sessionen avslutas när du slutar använda den eller loggar ut.
eulogin-privacy-why = Varför
eulogin-privacy-why-identify = För att identifiera dig när du loggar in i TRACES NT och för att skicka de e-postmeddelanden som tjänsten behöver (länken för att ange ditt lösenord, bekräftelsen av en ny adress).
eulogin-privacy-why-certificates = Ditt förnamn och efternamn står på de intyg du undertecknar i TRACES NT. Intyg har rättslig verkan, så kontot måste vara i namnet på den verkliga person som undertecknar.
eulogin-privacy-no-other-use = Vi använder inte dina uppgifter till något annat och varken säljer eller delar dem för marknadsföring.
eulogin-privacy-rights = Dina rättigheter
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-privacy-rights-text = Du kan när som helst se och rätta dina namn, dina språk, din e-postadress och ditt lösenord på { $link } när du är inloggad. Skriv till helpdesken om du vill ha en kopia av dina uppgifter eller vill att ditt konto raderas.
eulogin-privacy-contact = Kontakt
# $address: the helpdesk's e-mail address, a link.
eulogin-privacy-helpdesk = Helpdesk: { $address }

## Log in (/eulogin/login), where "Login into TRACES" leads.

eulogin-login-title = Logga in
eulogin-login-lead = Logga in med e-postadressen för ditt EU Login-konto.
# Next to the password field when it is empty ("Password" is the field's label).
eulogin-login-password-missing = Lösenord: ange ditt lösenord.
# Followed by the link "Create an account".
eulogin-login-no-account = Inget konto ännu?

## Lost your password? (/eulogin/lost-password)

eulogin-lost-lead = Ange e-postadressen för ditt EU Login-konto. Om den är registrerad skickar vi ett e-postmeddelande till dig med en länk för att ange ett nytt lösenord.
# $minutes: how long the link works.
eulogin-lost-link-valid = Länken fungerar i { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minuter
    } och bara en gång. Ditt nuvarande lösenord fortsätter att fungera tills du anger det nya.
eulogin-lost-submit = Skicka en länk till mig
eulogin-lost-back = Tillbaka till ”Logga in”

## Set your password (/eulogin/password), from the e-mailed link.

eulogin-password-title = Ange ditt lösenord
# $name: the person's first name; $username: their username, in bold.
eulogin-password-lead = Hej { $name }! Välj lösenordet för EU Login-kontot { $username }.
eulogin-password-submit = Ange mitt lösenord
eulogin-password-set = Ditt lösenord är angivet
eulogin-password-set-next = Du kan nu logga in med din e-postadress och ditt nya lösenord.
eulogin-password-new-email = Få ett nytt e-postmeddelande
eulogin-password-new-email-intro = Ange e-postadressen för ditt EU Login-konto för att få en ny länk för att ange ditt lösenord.

## Confirm your new e-mail address (/eulogin/email), from the e-mailed link.

eulogin-email-title = Bekräfta din nya e-postadress
# $name: the person's first name; $username: their username, in bold; $email: the new address, in bold.
eulogin-email-lead = Hej { $name }! Du kommer att logga in på EU Login-kontot { $username } med { $email }.
eulogin-email-old-stops = Så snart du bekräftar kan du inte längre logga in med din gamla adress.
eulogin-email-submit = Bekräfta min nya e-postadress
eulogin-email-changed = Din e-postadress har ändrats
# $email: the new address, in bold.
eulogin-email-changed-next = Från och med nu loggar du in med { $email }.
eulogin-email-back-to-account = Tillbaka till mitt konto
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-email-link-broken-next = Din e-postadress har inte ändrats. Om du vill få en ny bekräftelselänk, logga in och begär den igen på { $link }.

## My EU Login account (/eulogin/account).

eulogin-account-title = Mitt EU Login-konto
eulogin-account-loading = Ditt konto läses in…
eulogin-account-back = Tillbaka till TRACES NT
eulogin-account-log-in-first = Logga in för att se och ändra ditt EU Login-konto.
# $name: first and last name; $username; $email: the login address. All three in bold.
eulogin-account-who = Inloggad som { $name } (användarnamn { $username }, e-post { $email }).
eulogin-account-details = Dina uppgifter
eulogin-account-details-intro = Dina namn står på de intyg du undertecknar i TRACES NT: använd dina verkliga namn, som i din identitetshandling.
eulogin-account-details-submit = Spara mina uppgifter
eulogin-account-details-saved = Dina uppgifter har sparats.
eulogin-account-password = Byt lösenord
# Next to the field when it is empty ("Current password" is the field's label).
eulogin-account-current-password-missing = Nuvarande lösenord: ange lösenordet du använder nu.
eulogin-account-password-submit = Byt mitt lösenord
eulogin-account-password-changed = Ditt lösenord har bytts. Alla andra sessioner som var inloggade på ditt konto (i en annan webbläsare eller på en annan dator) har loggats ut.
eulogin-account-email = Byt e-postadress
eulogin-account-email-intro = Du loggar in med din e-postadress. Vi skickar en länk till den nya adressen för att försäkra oss om att den är din.
# Next to "Confirm new e-mail" ("Confirm new e-mail" and "New e-mail" are the fields' labels).
eulogin-account-email-confirm-differs = Bekräfta ny e-postadress: skriv samma adress som i Ny e-postadress.
eulogin-account-email-confirm-missing = Bekräfta ny e-postadress: skriv den nya adressen igen.
eulogin-account-email-submit = Skicka bekräftelselänken
# $address: the new address, in bold; $minutes: how long the link works; $current: the present login address.
eulogin-account-email-sent = Vi har skickat en länk till { $address }. Följ den inom { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minuter
    }. Du loggar in med den nya adressen först när du har följt länken; till dess loggar du in med { $current }.
