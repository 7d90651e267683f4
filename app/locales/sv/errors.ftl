## Errors any server function can answer with (api::ApiError).

# $count: how many fields have a problem (2 or more).
error-fields-need-attention = { $count } fält behöver åtgärdas.
error-unauthenticated = Logga in först.
error-forbidden = Du har inte behörighet att göra detta.
error-login-failed = Inloggningen misslyckades: e-postadressen eller lösenordet är inte korrekt, eller så är kontot låst i 15 minuter efter för många försök. Kontrollera båda och försök igen, eller använd ”Glömt lösenordet?”.
error-cross-site = Begäran kom från en annan webbplats och avvisades.
# $seconds: how long to wait.
error-rate-limited = För många försök. Vänta { $seconds } sekunder och försök igen.
error-too-large = Begäran är för stor: inget fält i formuläret rymmer mer än några tusen tecken. Korta ner det du har skrivit och försök igen.
error-storage-unavailable = Servern kan inte spara något just nu eftersom dess lagring är full eller skrivskyddad. Inget av det du har angett har sparats. Försök igen senare; om problemet kvarstår, kontakta helpdesken.
error-internal = Något gick fel hos oss. Försök igen om en liten stund.
error-unavailable = Det gick inte att nå servern. Kontrollera din anslutning och försök igen.
# $detail: the decoder's words, in English.
error-unreadable-request = Begäran kunde inte läsas: { $detail }

## EU Login: sign-up, the e-mailed links, login and the account page.

# $minutes: how long a link works after its e-mail is sent.
error-link-expired = Länken har gått ut: länkar fungerar i { $minutes } minuter efter att e-postmeddelandet har skickats. Begär ett nytt e-postmeddelande nedan.
error-link-not-valid = Länken är inte giltig. Kopiera hela länken från e-postmeddelandet till adressfältet, eller begär ett nytt e-postmeddelande nedan.
error-link-used = Länken har redan använts: varje länk fungerar bara en gång. Om du behöver ange ditt lösenord igen, begär ett nytt e-postmeddelande nedan.
error-link-superseded = Ett nyare e-postmeddelande har skickats efter det här: bara länken i det senaste meddelandet fungerar. Använd den, eller begär ett nytt e-postmeddelande nedan.
error-link-not-for-password = Den här länken är till för att bekräfta en e-postadress, inte för ett lösenord.
error-link-not-for-email = Den här länken är till för att ange ett lösenord, inte för att bekräfta en e-postadress.
error-link-used-meanwhile = Länken användes eller ersattes för en stund sedan. Begär en ny på din kontosida.
error-email-now-taken = Adressen används nu av ett annat EU Login-konto och kan därför inte bli din. Välj en annan adress på din kontosida.
# $username: the username the person chose.
error-username-taken = Användarnamn: ”{ $username }” är redan upptaget. Välj ett annat.
error-login-password-empty = Lösenord: ange ditt lösenord.
error-new-email-confirmation = Bekräfta ny e-postadress: skriv samma adress som i Ny e-postadress.
error-new-email-unchanged = Ny e-postadress: detta är redan ditt kontos adress.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-new-email-demo-address = Ny e-postadress: adresser på { $domain } är endast avsedda för utbildningsmiljön: vem som helst kan läsa deras e-post i demopostlådan och ta över din roll eller dina väntande ansökningar i produktionsmiljön. Behåll en egen adress.

## The “Code” field of the sign-up and lost-password forms (the captcha).

error-captcha-empty = Kod: skriv tecknen du ser på bilden.
error-captcha-expired = Kod: bilden har gått ut. Skriv tecknen på den nya bilden.
error-captcha-used = Kod: bilden har redan använts. Skriv tecknen på den nya bilden.
error-captcha-wrong = Kod: tecknen stämmer inte med bilden. Skriv tecknen på den nya bilden.

## Hints of the password strength meter: the length rule, then zxcvbn's warnings and suggestions.

# $min: the fewest characters a password may have.
error-password-too-short-hint = Använd minst { $min } tecken.
error-password-straight-rows = Raka tangentrader är lätta att gissa.
error-password-short-keyboard-patterns = Korta tangentbordsmönster är lätta att gissa.
error-password-repeats-aaa = Upprepningar som ”aaa” är lätta att gissa.
error-password-repeats-abcabc = Upprepningar som ”abcabcabc” är bara lite svårare att gissa än ”abc”.
error-password-top-10 = Detta är ett av de 10 vanligaste lösenorden.
error-password-top-100 = Detta är ett av de 100 vanligaste lösenorden.
error-password-common = Detta är ett mycket vanligt lösenord.
error-password-similar-to-common = Detta liknar ett vanligt lösenord.
error-password-sequences = Sekvenser som abc eller 6543 är lätta att gissa.
error-password-recent-years = Årtal från de senaste åren är lätta att gissa.
error-password-single-word = Ett ensamt ord är lätt att gissa.
error-password-dates = Datum är ofta lätta att gissa.
error-password-names-by-themselves = Förnamn och efternamn ensamma är lätta att gissa.
error-password-common-names = Vanliga förnamn och efternamn är lätta att gissa.
error-password-use-a-few-words = Använd några ord och undvik vanliga fraser.
error-password-no-need-for-symbols = Symboler, siffror eller versaler behövs inte.
error-password-add-a-word = Lägg till ett eller två ord till. Ovanliga ord är bättre.
error-password-capitalization = Stor begynnelsebokstav hjälper inte särskilt mycket.
error-password-all-uppercase = Bara versaler är nästan lika lätt att gissa som bara gemener.
error-password-reversed-words = Baklänges stavade ord är inte mycket svårare att gissa.
error-password-substitutions = Förutsägbara utbyten som ”@” i stället för ”a” hjälper inte särskilt mycket.
error-password-longer-keyboard-pattern = Använd ett längre tangentbordsmönster med fler riktningsbyten.
error-password-avoid-repeats = Undvik upprepade ord och tecken.
error-password-avoid-sequences = Undvik sekvenser.
error-password-avoid-recent-years = Undvik årtal från de senaste åren.
error-password-avoid-your-years = Undvik årtal som har med dig att göra.
error-password-avoid-your-dates = Undvik datum och årtal som har med dig att göra.

## The training instance.

error-persona-unknown = Det finns ingen sådan persona. Välj en i listan på utbildningsmiljöns välkomstsida.

## Addresses under /api that name nothing.

error-api-function-unknown = Det finns ingen sådan API-funktion.
error-export-unknown = Det finns ingen sådan export: använd queue.csv eller decisions.csv.

## The approval queue: filters, page links, export links.

error-queue-page-link = Sidlänken är inte längre giltig. Gå tillbaka till köns första sida.
error-queue-organisation-too-long = Organisation: skriv högst 100 tecken av namnet.
# $max: the largest age accepted, in days.
error-queue-age-too-high = Ålder: högst { $max } dagar.
error-queue-age-not-a-number = Ålder: ange ett helt antal dagar, till exempel 7.
# $value: what the link has instead of an instance (production or training).
error-export-link-instance = Exportlänken är inte giltig: ”{ $value }” är inte en TRACES NT-miljö: använd ”production” eller ”training”.
error-export-link-no-instance = Exportlänken är inte giltig: den anger ingen miljö.
# $key, $value: the setting of the link that is not one of the queue's.
error-export-link-setting = Exportlänken är inte giltig: ”{ $key }={ $value }” är inte en av dess inställningar. Använd exportknappen på kösidan.

## Deciding requests, one or many, and the Administrator flag.

# $id: the request's number.
error-decide-not-found = Det finns ingen ansökan nummer { $id } som du kan fatta beslut om i den här miljön. Den kan höra till ett annat land eller en annan organisation; öppna den från din kö.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-decide-organisation-closed = ”{ $name }” är { $status ->
        [rejected] avslagen
        [inactive] inaktiv
       *[other] { $status }
    }, så ingen kan ansluta sig till den. Avslå i stället ansökan och ange ett skäl.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-accepted = Ansökan { $id } har redan godkänts av { $who } ({ $when }); ingenting har ändrats.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-rejected = Ansökan { $id } har redan avslagits av { $who } ({ $when }); ingenting har ändrats.
# $id: the request's number; $when: the date and time (UTC) or “earlier”.
error-decide-already-cancelled = Ansökan { $id } har redan dragits tillbaka av sökanden ({ $when }); ingenting har ändrats.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-revoked = Ansökan { $id } har redan återkallats av { $who } ({ $when }); ingenting har ändrats.
# $id: the request's number; $status: its status, a code the schema does not know (in English); $when: the date and time (UTC) or “earlier”.
error-decide-already-other = Ansökan { $id } har redan statusen { $status } ({ $when }); ingenting har ändrats.
# Stands for the person who decided, when the account is gone.
error-decide-by-unknown = någon
# Stands for the time of a decision, when it was not recorded.
error-decide-at-unknown = tidigare
# $id: the request's number.
error-decide-meanwhile = Ansökan { $id } har beslutats under tiden; ingenting har ändrats. Ladda om den för att se beslutet.
error-decide-none-selected = Markera minst en ansökan i kön och godkänn eller avslå sedan.
# $max: how many requests can be decided at once; $count: how many were selected.
error-decide-too-many = Markera högst { $max } ansökningar åt gången; du markerade { $count }.
# $id: the request's number.
error-decide-selected-twice = Ansökan { $id } är markerad två gånger; markera varje ansökan en gång.
# $failed: how many of the selected requests cannot be decided; $count: how many were selected.
error-decide-nothing-decided = Inget beslut fattades: { $failed } av de { $count } markerade ansökningarna kan inte beslutas. Avmarkera dem och försök igen.
# $id: the request's number; $status: its status (a stored code, chooses the words).
error-admin-not-valid = Ansökan { $id } är ingen giltig befattning (den är { $status ->
        [pending] under behandling
        [rejected] avslagen
        [cancelled] tillbakadragen
        [revoked] återkallad
       *[other] { $status }
    }): endast den som innehar en giltig befattning kan vara administratör.
# $id: the request's number.
error-admin-changed-meanwhile = Ansökan { $id } har ändrats under tiden; ladda om den.

## Notifications in the app (not errors, but sentences the server composes too).

# $first, $last: the requester's names; $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-new-request = { $first } { $last } ansöker om att ansluta sig till ”{ $organisation }” ({ $country }).
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-accepted = Din ansökan om att ansluta dig till ”{ $organisation }” ({ $country }) har godkänts
# $organisation: the organisation's name; $country: the ISO code of the post's country; $reason: the decider's words.
error-notification-rejected = Din ansökan om att ansluta dig till ”{ $organisation }” ({ $country }) har avslagits: { $reason }
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-rejected-no-reason = Din ansökan om att ansluta dig till ”{ $organisation }” ({ $country }) har avslagits: inget skäl angavs
# $organisation: the organisation's name; $country: the ISO code of the post's country; $status: the request's status (a stored code, chooses the words).
error-notification-other = Din ansökan om att ansluta dig till ”{ $organisation }” ({ $country }) är nu { $status ->
        [pending] under behandling
        [cancelled] tillbakadragen
        [revoked] återkallad
       *[other] { $status }
    }

## TRACES: the directory search and authorisation requests.

error-search-page-link = Sida: sidlänken är inte längre giltig; sök igen från första sidan.
error-search-name-too-long = Namn: sök med högst 120 tecken av namnet.
# $max: the most characters allowed.
error-additional-info-too-long = Ytterligare information: använd högst { $max } tecken.
error-submission-key = Inlämningsnyckel: skicka 8–64 bokstäver, siffror, - eller _ (sidan skapar en; ladda om sidan och försök igen).
error-submission-other-instance = Ansökan har redan skickats i den andra miljön. Ladda om sidan och skicka den igen.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-demo-address-production = Adresser på { $domain } är endast avsedda för utbildningsmiljön: vem som helst kan läsa deras e-post i demopostlådan och ta över kontot. För att ansöka om behörighet i produktionsmiljön ska du först ändra ditt kontos e-postadress till din egen adress.
error-posts-none = Befattningar: kryssa för minst en organisation i listan och skicka sedan ansökan.
# $max: how many posts one request can have.
error-posts-too-many = Befattningar: kryssa för högst { $max } åt gången; skicka de övriga i en ny ansökan.
error-posts-twice = Befattningar: samma befattning är förkryssad två gånger; kryssa för varje befattning en gång.
error-posts-one-kind = Befattningar: kryssa bara för organisationer med samma typ av roll (aktörer, kontrollorgan eller myndigheter).
# $name: the control body; $country: the country's name; $code: its ISO code.
error-posts-not-certified = Befattningar: ”{ $name }” certifierar inte i { $country } ({ $code }); kryssa för ett av de länder som anges för organet.
# $name: the organisation; $country: the name of its country.
error-posts-other-country = Befattningar: ”{ $name }” finns i { $country }; befattningen gäller bara det landet.
# $id: the number that was sent.
error-organisation-not-found = Organisationen med nummer { $id } finns inte i den här miljön. Sök igen och kryssa för den i listan.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-organisation-closed = ”{ $name }” är { $status ->
        [rejected] avslagen
        [inactive] inaktiv
       *[other] { $status }
    } och tar inte emot nya ansökningar. Sök igen och kryssa för en annan organisation.
# $name: the control body.
error-no-certified-countries = ”{ $name }” har ännu inga certifierade länder, så det går inte att ansöka om någon befattning där.
# $name: the organisation; $country: the name of the post's country.
error-post-already-held = ”{ $name }” ({ $country }): du har redan den här befattningen. Avmarkera den och skicka ansökan igen; dina ansökningar finns på din profilsida.
# $name: the organisation; $country: the name of the post's country.
error-post-already-pending = ”{ $name }” ({ $country }): din ansökan om den är redan under behandling. Avmarkera den och skicka ansökan igen; dina ansökningar finns på din profilsida.
error-own-request-not-found = Det finns ingen sådan ansökan bland dina. Ladda om din profilsida.
# $organisation: the organisation's name; $status: the request's status (a stored code, chooses the words).
error-cancel-not-pending = Din ansökan för ”{ $organisation }” är { $status ->
        [pending] under behandling
        [valid] giltig
        [rejected] avslagen
        [cancelled] tillbakadragen
        [revoked] återkallad
       *[other] { $status }
    } och kan inte längre dras tillbaka; det går bara med ansökningar under behandling.
error-time-zone = Tidszon: välj en zon som Europe/Brussels (Område/Stad, högst 64 tecken) eller UTC.

## New organisations: the directory import and "create a new operator".

error-import-status = Status: använd valid, new, rejected eller inactive (tomt betyder valid).
error-import-kind = Typ: använd operator, control_body eller authority.
error-certified-countries-empty = Certifierade länder: Land: välj ett land i listan.
# $code: what was given instead of a country code.
error-certified-countries-shape = Certifierade länder: Land: ”{ $code }” är ingen landskod; använd de två bokstäverna enligt ISO 3166-1 (DE, FR, US) eller välj ett land i listan.
# $code: what was given instead of a country code.
error-certified-countries-unknown = Certifierade länder: Land: ”{ $code }” är ingen tilldelad landskod enligt ISO 3166-1; välj ett land i listan.
# $alias: the code EU documents use (EL, UK); $iso: the ISO 3166-1 code; $name: the country's name.
error-certified-countries-eu-alias = Certifierade länder: Land: I EU-dokument skrivs { $alias }, men ISO 3166-1 och TRACES använder { $iso }; välj { $iso } ({ $name }).
# $code: the control body code; $other: the organisation that has it.
error-control-body-code-taken = Kontrollorganets kod: { $code } är redan koden för ”{ $other }”.
# $eori: the EORI number; $other: the operator that has it.
error-eori-taken = EORI-nummer: { $eori } är redan registrerat för aktören ”{ $other }”; sök efter den och ansök om behörighet i stället för att skapa den igen.
error-demo-person-shared = Det här är en person i utbildningsdemon som alla i rummet delar på: namn, e-postadress och lösenord kan inte ändras. Registrera ett eget konto för att prova detta.
