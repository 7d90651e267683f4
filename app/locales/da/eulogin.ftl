## EU Login, the identity service (pages/eulogin): sign-up, the e-mailed links, login, the
## account page, help and privacy. "EU Login", "TRACES NT" and "ECAS" are names.

# The mark above each EU Login page's heading.
eulogin-brand = EU Login
# Heading, button and link of the sign-up form (the helpdesk letter names it).
eulogin-create-account = Opret en konto
# Links and buttons that lead to logging in.
eulogin-log-in = Log ind
# Heading of its page and the link to it.
eulogin-lost-password = Glemt adgangskode?
eulogin-help-link = Hjælp: e-mailen er ikke kommet
eulogin-send-again = Send e-mailen igen
eulogin-nothing-arrived = Er der ikke kommet noget?
# The text of a link, inside sentences.
eulogin-account-page-link = din kontoside i EU Login
# After a link that opens in a new tab, for screen readers.
eulogin-opens-in-new-tab = (åbner i en ny fane)
# Heading of a page whose e-mailed link is expired, used, replaced or unknown.
eulogin-link-broken = Dette link virker ikke
eulogin-link-checking = Dit link kontrolleres…
eulogin-link-no-code = Denne adresse indeholder ingen linkkode. Åbn linket fra e-mailen igen, eller kopiér hele linket ind i adresselinjen.

## Field labels and hints.

eulogin-field-username = Brugernavn
eulogin-field-first-name = Fornavn
eulogin-field-last-name = Efternavn
eulogin-field-email = E-mail
eulogin-field-email-confirm = Bekræft e-mail
eulogin-field-email-language = Sprog i e-mails
eulogin-field-interface-language = Sprog i brugerfladen
eulogin-field-password = Adgangskode
eulogin-field-current-password = Nuværende adgangskode
eulogin-field-new-password = Ny adgangskode
eulogin-field-confirm-password = Bekræft adgangskode
eulogin-field-new-email = Ny e-mail
eulogin-field-confirm-new-email = Bekræft ny e-mail
eulogin-name-hint = Som i dit identitetsdokument.
eulogin-email-language-hint = Sproget i de e-mails, som EU Login sender dig.
eulogin-interface-language-hint = Sproget på disse sider, når du er logget ind.
eulogin-password-rule = Mindst 12 tegn, højst 128. Ingen regler om tegntyper: en sætning af flere ord, der ikke har noget med hinanden at gøre, er stærk og let at huske.

## Create an account (/eulogin/signup).

eulogin-signup-own-name = Opret kontoen i dit eget navn.
# $person: "REAL PERSON" (eulogin-signup-real-person), in bold.
eulogin-signup-own-name-why = De data, du indtaster her, kommer til at stå på de certifikater, du underskriver i TRACES NT, og som har retsvirkning. Opret EU Login-kontoen i navnet på en { $person }, IKKE i navnet på dit grænsekontrolsted, din aktør eller dit kontrolorgan.
eulogin-signup-real-person = VIRKELIG PERSON
eulogin-signup-own-address = Brug din personlige e-mailadresse på arbejdet.
eulogin-signup-own-address-why = Det er den adresse, du skal bruge, når du logger ind i TRACES NT.
# Followed by the link "Log in".
eulogin-signup-already = Har du allerede en EU Login-konto?
eulogin-signup-all-required = Alle felter skal udfyldes.
eulogin-signup-username-hint = 4 til 32 tegn: bogstaverne a–z, cifre, punktummer, bindestreger og understregningstegn; det første tegn skal være et bogstav.
eulogin-signup-email-hint = Din personlige adresse på arbejdet: du logger ind med den.
eulogin-signup-email-confirm-hint = Skriv den samme adresse igen.
eulogin-signup-privacy-accept = Jeg har læst og accepterer databeskyttelseserklæringen
eulogin-signup-privacy-read = Læs databeskyttelseserklæringen
eulogin-signup-progress = Din konto oprettes…

## Check your e-mail (/eulogin/signup/sent), after "Create an account".

eulogin-sent-title = Tjek din e-mail
# Instead of the address, when the page does not know it.
eulogin-sent-unknown-address = den adresse, du indtastede
# $address: the e-mail address, in bold.
eulogin-sent-lead = Vi har sendt en e-mail til { $address } med et link til at angive din adgangskode.
# $minutes: how long the link works.
eulogin-sent-link-valid = Linket virker i { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minutter
    }, efter at e-mailen er sendt, og kun én gang. Når din adgangskode er angivet, skal du vende tilbage til TRACES NT og logge ind med denne e-mailadresse.
eulogin-sent-advice-wait = Vent et par minutter: e-mails kan være et stykke tid undervejs.
eulogin-sent-advice-spam = Kig i mappen med spam eller uønsket post.
eulogin-sent-advice-it = Bed din it-afdeling om at tillade e-mails fra EU Login (sætte afsenderen på listen over tilladte afsendere, »whitelisting«).
eulogin-sent-advice-address = Kontrollér adressen ovenfor. Hvis den er forkert, skal du oprette kontoen igen med den rigtige.
eulogin-sent-replaces = En ny e-mail erstatter den forrige: kun linket i den nyeste e-mail virker.

## Help with EU Login (/eulogin/help), where the helpdesk letter points when the e-mail does not arrive.

eulogin-help-title = Hjælp til EU Login
eulogin-help-no-email = E-mailen til at angive din adgangskode er ikke kommet
eulogin-help-no-email-intro = Efter »Opret en konto« sender EU Login dig en e-mail med et link til at angive din adgangskode. Hvis den ikke er i din indbakke:
# Each piece of advice: a short instruction in bold, then why.
eulogin-help-wait = Vent et par minutter.
eulogin-help-wait-why = Mailservere holder nogle gange meddelelser fra en ny afsender tilbage et stykke tid, før de leverer dem.
eulogin-help-spam = Kig i mappen med spam eller uønsket post.
eulogin-help-spam-why = Hvis du finder e-mailen der, så markér den som »ikke spam«, så de næste havner i din indbakke.
eulogin-help-it = Bed din it-afdeling om at tillade vores e-mails.
eulogin-help-it-why = Organisationer filtrerer ofte e-mails udefra. Bed dem om at sætte EU Login-afsenderen på listen over tilladte afsendere (»whitelisting«).
eulogin-help-address = Kontrollér adressen.
# $link: a link to the sign-up form, "create the account again" (eulogin-help-address-link).
eulogin-help-address-why = En tastefejl sender e-mailen et andet sted hen. Hvis adressen var forkert, så { $link } med den rigtige.
eulogin-help-address-link = opret kontoen igen
# $action: "Send the e-mail again" (eulogin-help-again-action), in bold.
eulogin-help-again = { $action } med formularen nedenfor.
eulogin-help-again-action = Send e-mailen igen
eulogin-help-link-broken = Linket virker ikke
# $minutes: how long a link works.
eulogin-help-link-broken-why = Et link virker i { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minutter
    }, efter at e-mailen er sendt, og kun én gang. Når der sendes en ny e-mail, holder linkene i de tidligere op med at virke: brug altid den nyeste e-mail. Hvis dit e-mailprogram deler linket i to, så kopiér hele linket ind i browserens adresselinje.
eulogin-help-send-again-intro = Indtast e-mailadressen til din EU Login-konto. Hvis den er registreret, sender vi et nyt link til at angive din adgangskode.
eulogin-help-have-account = Har du allerede en konto?
# $login: a link, "log in" (eulogin-help-have-account-log-in); $lost: a link, "Lost your password?" (eulogin-lost-password).
eulogin-help-have-account-why = Hvis du allerede har en EU Login-konto (ECAS), behøver du ikke en ny: { $login }. Hvis du har glemt din adgangskode, så brug { $lost }
eulogin-help-have-account-log-in = log ind
eulogin-help-contact = Kontakt helpdesken
eulogin-help-contact-intro = Hvis intet af dette hjælper, eller hvis du har spørgsmål om TRACES NT og kontrolcertifikatet, så skriv til:
# $address: the helpdesk's e-mail address, a link.
eulogin-help-contact-traces = { $address } (TRACES NT og EU Login)
# $address: the e-mail address of the organic products helpdesk, a link.
eulogin-help-contact-organic = { $address } (kontrolcertifikatet for økologiske produkter)
eulogin-help-contact-advice = Oplys, hvilken e-mailadresse du brugte, og send aldrig din adgangskode.

## Privacy statement (/eulogin/privacy).

eulogin-privacy-title = Databeskyttelseserklæring
eulogin-privacy-lead = Med EU Login beviser du over for TRACES NT, hvem du er. Denne side fortæller, hvad vi opbevarer om dig, hvorfor, og hvad du kan gøre ved det.
eulogin-privacy-stored = Hvad vi opbevarer
eulogin-privacy-stored-names = Dit brugernavn, fornavn og efternavn.
eulogin-privacy-stored-email = Din e-mailadresse, som også er det, du logger ind med.
eulogin-privacy-stored-languages = Sproget i de e-mails, vi sender dig, og sproget i brugerfladen.
eulogin-privacy-stored-password = Din adgangskode, kun i hashet form: en envejsomdannelse, som adgangskoden ikke kan læses tilbage fra. Ingen, heller ikke helpdesken, kan se din adgangskode.
eulogin-privacy-stored-session = Mens du er logget ind: en sessionscookie og tidspunktet for din seneste aktivitet, så sessionen slutter, når du holder op med at bruge den eller logger ud.
eulogin-privacy-why = Hvorfor
eulogin-privacy-why-identify = For at identificere dig, når du logger ind i TRACES NT, og for at sende dig de e-mails, tjenesten har brug for (linket til at angive din adgangskode, bekræftelsen af en ny adresse).
eulogin-privacy-why-certificates = Dit for- og efternavn står på de certifikater, du underskriver i TRACES NT. Certifikater har retsvirkning, så kontoen skal være i navnet på den virkelige person, der underskriver.
eulogin-privacy-no-other-use = Vi bruger ikke dine data til andet, og vi hverken sælger eller deler dem til markedsføring.
eulogin-privacy-rights = Dine rettigheder
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-privacy-rights-text = Du kan til enhver tid se og rette dine navne, dine sprog, din e-mailadresse og din adgangskode på { $link }, når du er logget ind. Skriv til helpdesken, hvis du vil have en kopi af dine data eller have din konto slettet.
eulogin-privacy-contact = Kontakt
# $address: the helpdesk's e-mail address, a link.
eulogin-privacy-helpdesk = Helpdesk: { $address }

## Log in (/eulogin/login), where "Login into TRACES" leads.

eulogin-login-title = Log ind
eulogin-login-lead = Log ind med e-mailadressen til din EU Login-konto.
# Next to the password field when it is empty ("Password" is the field's label).
eulogin-login-password-missing = Adgangskode: indtast din adgangskode.
# Followed by the link "Create an account".
eulogin-login-no-account = Har du endnu ingen konto?

## Lost your password? (/eulogin/lost-password)

eulogin-lost-lead = Indtast e-mailadressen til din EU Login-konto. Hvis den er registreret, sender vi dig en e-mail med et link til at angive en ny adgangskode.
# $minutes: how long the link works.
eulogin-lost-link-valid = Linket virker i { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minutter
    } og kun én gang. Din nuværende adgangskode virker fortsat, indtil du angiver den nye.
eulogin-lost-submit = Send mig et link
eulogin-lost-back = Tilbage til »Log ind«

## Set your password (/eulogin/password), from the e-mailed link.

eulogin-password-title = Angiv din adgangskode
# $name: the person's first name; $username: their username, in bold.
eulogin-password-lead = Goddag { $name }. Vælg adgangskoden til EU Login-kontoen { $username }.
eulogin-password-submit = Angiv min adgangskode
eulogin-password-set = Din adgangskode er angivet
eulogin-password-set-next = Du kan nu logge ind med din e-mailadresse og din nye adgangskode.
eulogin-password-new-email = Få en ny e-mail
eulogin-password-new-email-intro = Indtast e-mailadressen til din EU Login-konto for at modtage et nyt link til at angive din adgangskode.

## Confirm your new e-mail address (/eulogin/email), from the e-mailed link.

eulogin-email-title = Bekræft din nye e-mailadresse
# $name: the person's first name; $username: their username, in bold; $email: the new address, in bold.
eulogin-email-lead = Goddag { $name }. Du skal fremover logge ind på EU Login-kontoen { $username } med { $email }.
eulogin-email-old-stops = Så snart du bekræfter, kan din gamle adresse ikke længere bruges til at logge ind.
eulogin-email-submit = Bekræft min nye e-mailadresse
eulogin-email-changed = Din e-mailadresse er ændret
# $email: the new address, in bold.
eulogin-email-changed-next = Fra nu af skal du logge ind med { $email }.
eulogin-email-back-to-account = Tilbage til min konto
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-email-link-broken-next = Din e-mailadresse er ikke ændret. For at få et nyt bekræftelseslink skal du logge ind og bede om det igen på { $link }.

## My EU Login account (/eulogin/account).

eulogin-account-title = Min EU Login-konto
eulogin-account-loading = Din konto indlæses…
eulogin-account-back = Tilbage til TRACES NT
eulogin-account-log-in-first = Log ind for at se og ændre din EU Login-konto.
# $name: first and last name; $username; $email: the login address. All three in bold.
eulogin-account-who = Logget ind som { $name } (brugernavn { $username }, e-mail { $email }).
eulogin-account-details = Dine oplysninger
eulogin-account-details-intro = Dine navne står på de certifikater, du underskriver i TRACES NT: brug dine rigtige navne som i dit identitetsdokument.
eulogin-account-details-submit = Gem mine oplysninger
eulogin-account-details-saved = Dine oplysninger er gemt.
eulogin-account-password = Skift adgangskode
# Next to the field when it is empty ("Current password" is the field's label).
eulogin-account-current-password-missing = Nuværende adgangskode: indtast den adgangskode, du bruger nu.
eulogin-account-password-submit = Skift min adgangskode
eulogin-account-password-changed = Din adgangskode er ændret. Alle andre sessioner, der var logget ind på din konto (i en anden browser eller på en anden computer), er blevet logget ud.
eulogin-account-email = Skift e-mail
eulogin-account-email-intro = Du logger ind med din e-mailadresse. Vi sender et link til den nye adresse for at sikre, at den er din.
# Next to "Confirm new e-mail" ("Confirm new e-mail" and "New e-mail" are the fields' labels).
eulogin-account-email-confirm-differs = Bekræft ny e-mail: skriv den samme adresse som i Ny e-mail.
eulogin-account-email-confirm-missing = Bekræft ny e-mail: skriv den nye adresse igen.
eulogin-account-email-submit = Send bekræftelseslinket
# $address: the new address, in bold; $minutes: how long the link works; $current: the present login address.
eulogin-account-email-sent = Vi har sendt et link til { $address }. Følg det inden for { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minutter
    }. Du logger først ind med den nye adresse, når du har fulgt linket; indtil da skal du fortsat logge ind med { $current }.
