## EU Login, the identity service (pages/eulogin): sign-up, the e-mailed links, login, the
## account page, help and privacy. "EU Login", "TRACES NT" and "ECAS" are names.

# The mark above each EU Login page's heading.
eulogin-brand = EU Login
# Heading, button and link of the sign-up form (the helpdesk letter names it).
eulogin-create-account = Looge konto
# Links and buttons that lead to logging in.
eulogin-log-in = Logige sisse
# Heading of its page and the link to it.
eulogin-lost-password = Unustasite parooli?
eulogin-help-link = Abi: e-kiri ei saabunud
eulogin-send-again = Saatke e-kiri uuesti
eulogin-nothing-arrived = Kas midagi ei saabunud?
# The text of a link, inside sentences.
eulogin-account-page-link = oma EU Logini konto lehel
# After a link that opens in a new tab, for screen readers.
eulogin-opens-in-new-tab = (avaneb uuel vahekaardil)
# Heading of a page whose e-mailed link is expired, used, replaced or unknown.
eulogin-link-broken = See link ei tööta
eulogin-link-checking = Teie linki kontrollitakse…
eulogin-link-no-code = Sellel aadressil puudub lingi kood. Avage link e-kirjast uuesti või kopeerige kogu link aadressiribale.

## Field labels and hints.

eulogin-field-username = Kasutajanimi
eulogin-field-first-name = Eesnimi
eulogin-field-last-name = Perekonnanimi
eulogin-field-email = E-post
eulogin-field-email-confirm = E-posti kinnitus
eulogin-field-email-language = E-kirjade keel
eulogin-field-interface-language = Kasutajaliidese keel
eulogin-field-password = Parool
eulogin-field-current-password = Praegune parool
eulogin-field-new-password = Uus parool
eulogin-field-confirm-password = Parooli kinnitus
eulogin-field-new-email = Uus e-posti aadress
eulogin-field-confirm-new-email = Uue e-posti kinnitus
eulogin-name-hint = Nagu teie isikut tõendavas dokumendis.
eulogin-email-language-hint = Keel, milles EU Login teile e-kirju saadab.
eulogin-interface-language-hint = Nende lehtede keel, kui olete sisse logitud.
eulogin-password-rule = Vähemalt 12 ja kõige rohkem 128 märki. Märgitüüpide kohta reegleid ei ole: mitmest omavahel mitteseotud sõnast koosnev fraas on tugev ja kergesti meeldejääv.

## Create an account (/eulogin/signup).

eulogin-signup-own-name = Avage konto oma nimel.
# $person: "REAL PERSON" (eulogin-signup-real-person), in bold.
eulogin-signup-own-name-why = Siin sisestatud andmed on näha sertifikaatidel, mille te TRACES NT-s allkirjastate ja millel on õiguslik jõud. Avage EU Logini konto { $person } nimel, MITTE oma piiripunkti, ettevõtja ega kontrollorgani nimel.
eulogin-signup-real-person = TEGELIKU ISIKU
eulogin-signup-own-address = Kasutage oma isiklikku tööalast e-posti aadressi.
eulogin-signup-own-address-why = Selle aadressiga logite TRACES NT-sse sisse.
# Followed by the link "Log in".
eulogin-signup-already = Kas teil on juba EU Logini konto?
eulogin-signup-all-required = Kõik väljad on kohustuslikud.
eulogin-signup-username-hint = 4–32 märki: tähed a–z, numbrid, punktid, sidekriipsud ja alakriipsud; esimene märk peab olema täht.
eulogin-signup-email-hint = Teie isiklik tööalane aadress: logite sellega sisse.
eulogin-signup-email-confirm-hint = Sisestage sama aadress uuesti.
eulogin-signup-privacy-accept = Olen privaatsusteate läbi lugenud ja nõustun sellega
eulogin-signup-privacy-read = Lugege privaatsusteadet
eulogin-signup-progress = Teie kontot luuakse…

## Check your e-mail (/eulogin/signup/sent), after "Create an account".

eulogin-sent-title = Kontrollige oma e-posti
# Instead of the address, when the page does not know it.
eulogin-sent-unknown-address = teie sisestatud aadress
# $address: the e-mail address, in bold.
eulogin-sent-lead = Saatsime teile e-kirja lingiga, millega saate parooli määrata. Saaja: { $address }.
# $minutes: how long the link works.
eulogin-sent-link-valid = Link töötab { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minutit
    } pärast e-kirja saatmist ja ainult üks kord. Kui parool on määratud, naaske TRACES NT-sse ja logige sisse selle e-posti aadressiga.
eulogin-sent-advice-wait = Oodake mõni minut: e-kirjade saabumine võib aega võtta.
eulogin-sent-advice-spam = Vaadake rämpsposti kausta.
eulogin-sent-advice-it = Paluge oma IT-osakonnal lubada EU Logini e-kirjad (lisada saatja lubatud saatjate loendisse, „whitelisting“).
eulogin-sent-advice-address = Kontrollige ülaltoodud aadressi. Kui see on vale, looge konto uuesti õige aadressiga.
eulogin-sent-replaces = Uus e-kiri asendab eelmise: töötab ainult uusima e-kirja link.

## Help with EU Login (/eulogin/help), where the helpdesk letter points when the e-mail does not arrive.

eulogin-help-title = EU Logini abi
eulogin-help-no-email = Parooli määramise e-kiri ei saabunud
eulogin-help-no-email-intro = Pärast valikut „Looge konto“ saadab EU Login teile e-kirja lingiga, millega saate parooli määrata. Kui seda ei ole teie postkastis:
# Each piece of advice: a short instruction in bold, then why.
eulogin-help-wait = Oodake mõni minut.
eulogin-help-wait-why = E-posti serverid hoiavad uue saatja kirju mõnikord enne edastamist mõnda aega kinni.
eulogin-help-spam = Vaadake rämpsposti kausta.
eulogin-help-spam-why = Kui leiate e-kirja sealt, märkige see kui „pole rämpspost“, et järgmised kirjad jõuaksid teie postkasti.
eulogin-help-it = Paluge oma IT-osakonnal meie e-kirjad lubada.
eulogin-help-it-why = Organisatsioonid filtreerivad sageli väljastpoolt tulevaid e-kirju. Paluge IT-osakonnal lisada EU Logini saatja lubatud saatjate loendisse („whitelisting“).
eulogin-help-address = Kontrollige aadressi.
# $link: a link to the sign-up form, "create the account again" (eulogin-help-address-link).
eulogin-help-address-why = Trükivea korral läheb e-kiri mujale. Kui aadress oli vale, { $link } õige aadressiga.
eulogin-help-address-link = looge konto uuesti
# $action: "Send the e-mail again" (eulogin-help-again-action), in bold.
eulogin-help-again = { $action } allpool oleva vormiga.
eulogin-help-again-action = Saatke e-kiri uuesti
eulogin-help-link-broken = Link ei tööta
# $minutes: how long a link works.
eulogin-help-link-broken-why = Link töötab { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minutit
    } pärast e-kirja saatmist ja ainult üks kord. Kui saadetakse uus e-kiri, lakkavad varasemate kirjade lingid töötamast: kasutage alati uusimat e-kirja. Kui teie e-posti programm poolitab lingi, kopeerige kogu link brauseri aadressiribale.
eulogin-help-send-again-intro = Sisestage oma EU Logini konto e-posti aadress. Kui see on registreeritud, saadame uue lingi parooli määramiseks.
eulogin-help-have-account = Kas teil on juba konto?
# $login: a link, "log in" (eulogin-help-have-account-log-in); $lost: a link, "Lost your password?" (eulogin-lost-password).
eulogin-help-have-account-why = Kui teil on juba EU Logini (ECAS) konto, ei ole teil uut vaja: { $login }. Kui unustasite parooli, kasutage valikut { $lost }
eulogin-help-have-account-log-in = logige sisse
eulogin-help-contact = Võtke ühendust kasutajatoega
eulogin-help-contact-intro = Kui miski sellest ei aita või kui teil on küsimusi TRACES NT ja kontrollisertifikaadi kohta, kirjutage aadressil:
# $address: the helpdesk's e-mail address, a link.
eulogin-help-contact-traces = { $address } (TRACES NT ja EU Login)
# $address: the e-mail address of the organic products helpdesk, a link.
eulogin-help-contact-organic = { $address } (mahetoodete kontrollisertifikaat)
eulogin-help-contact-advice = Märkige, millist e-posti aadressi kasutasite, ja ärge kunagi saatke oma parooli.

## Privacy statement (/eulogin/privacy).

eulogin-privacy-title = Privaatsusteade
eulogin-privacy-lead = EU Logini abil tõendate TRACES NT-le, kes te olete. Sellel lehel on kirjas, mida me teie kohta säilitame, miks ja mida saate selles osas teha.
eulogin-privacy-stored = Mida me säilitame
eulogin-privacy-stored-names = Teie kasutajanime, eesnime ja perekonnanime.
eulogin-privacy-stored-email = Teie e-posti aadressi, millega te ühtlasi sisse logite.
eulogin-privacy-stored-languages = Keele, milles me teile e-kirju saadame, ja kasutajaliidese keele.
eulogin-privacy-stored-password = Teie parooli ainult räsitud kujul: ühesuunalise teisendusena, millest parooli tagasi lugeda ei saa. Keegi, ka kasutajatugi, ei näe teie parooli.
eulogin-privacy-stored-session = Sisselogimise ajal seansiküpsise ja teie viimase tegevuse aja, et seanss lõppeks, kui lõpetate kasutamise või logite välja.
eulogin-privacy-why = Miks
eulogin-privacy-why-identify = Et teid tuvastada, kui logite TRACES NT-sse sisse, ja saata teile teenuse jaoks vajalikke e-kirju (link parooli määramiseks, uue aadressi kinnitus).
eulogin-privacy-why-certificates = Teie ees- ja perekonnanimi on näha sertifikaatidel, mille te TRACES NT-s allkirjastate. Sertifikaatidel on õiguslik jõud, seega peab konto olema allkirjastava tegeliku isiku nimel.
eulogin-privacy-no-other-use = Me ei kasuta teie andmeid millekski muuks ega müü ega jaga neid turunduse eesmärgil.
eulogin-privacy-rights = Teie õigused
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-privacy-rights-text = Pärast sisselogimist saate oma nimesid, keeli, e-posti aadressi ja parooli igal ajal vaadata ja parandada { $link }. Oma andmete koopia saamiseks või konto kustutamiseks kirjutage kasutajatoele.
eulogin-privacy-contact = Kontakt
# $address: the helpdesk's e-mail address, a link.
eulogin-privacy-helpdesk = Kasutajatugi: { $address }

## Log in (/eulogin/login), where "Login into TRACES" leads.

eulogin-login-title = Logige sisse
eulogin-login-lead = Logige sisse oma EU Logini konto e-posti aadressiga.
# Next to the password field when it is empty ("Password" is the field's label).
eulogin-login-password-missing = Parool: sisestage oma parool.
# Followed by the link "Create an account".
eulogin-login-no-account = Teil pole veel kontot?

## Lost your password? (/eulogin/lost-password)

eulogin-lost-lead = Sisestage oma EU Logini konto e-posti aadress. Kui see on registreeritud, saadame teile e-kirja lingiga, millega saate määrata uue parooli.
# $minutes: how long the link works.
eulogin-lost-link-valid = Link töötab { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minutit
    } ja ainult üks kord. Teie praegune parool töötab edasi, kuni määrate uue.
eulogin-lost-submit = Saatke mulle link
eulogin-lost-back = Tagasi lehele „Logige sisse“

## Set your password (/eulogin/password), from the e-mailed link.

eulogin-password-title = Määrake oma parool
# $name: the person's first name; $username: their username, in bold.
eulogin-password-lead = Tere, { $name }! Valige EU Logini konto { $username } parool.
eulogin-password-submit = Määrake parool
eulogin-password-set = Teie parool on määratud
eulogin-password-set-next = Nüüd saate sisse logida oma e-posti aadressi ja uue parooliga.
eulogin-password-new-email = Tellige uus e-kiri
eulogin-password-new-email-intro = Sisestage oma EU Logini konto e-posti aadress, et saada uus link parooli määramiseks.

## Confirm your new e-mail address (/eulogin/email), from the e-mailed link.

eulogin-email-title = Kinnitage oma uus e-posti aadress
# $name: the person's first name; $username: their username, in bold; $email: the new address, in bold.
eulogin-email-lead = Tere, { $name }! Edaspidi logite EU Logini kontole { $username } sisse aadressiga { $email }.
eulogin-email-old-stops = Kohe pärast kinnitamist ei saa te enam vana aadressiga sisse logida.
eulogin-email-submit = Kinnitage uus e-posti aadress
eulogin-email-changed = Teie e-posti aadress on muudetud
# $email: the new address, in bold.
eulogin-email-changed-next = Edaspidi logige sisse aadressiga { $email }.
eulogin-email-back-to-account = Tagasi minu kontole
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-email-link-broken-next = Teie e-posti aadressi ei muudetud. Uue kinnituslingi saamiseks logige sisse ja küsige seda uuesti { $link }.

## My EU Login account (/eulogin/account).

eulogin-account-title = Minu EU Logini konto
eulogin-account-loading = Teie kontot laaditakse…
eulogin-account-back = Tagasi TRACES NT-sse
eulogin-account-log-in-first = EU Logini konto vaatamiseks ja muutmiseks logige sisse.
# $name: first and last name; $username; $email: the login address. All three in bold.
eulogin-account-who = Sisse logitud kui { $name } (kasutajanimi { $username }, e-post { $email }).
eulogin-account-details = Teie andmed
eulogin-account-details-intro = Teie nimed on näha sertifikaatidel, mille te TRACES NT-s allkirjastate: kasutage oma tegelikke nimesid nii, nagu need on teie isikut tõendavas dokumendis.
eulogin-account-details-submit = Salvestage andmed
eulogin-account-details-saved = Teie andmed on salvestatud.
eulogin-account-password = Parooli muutmine
# Next to the field when it is empty ("Current password" is the field's label).
eulogin-account-current-password-missing = Praegune parool: sisestage parool, mida praegu kasutate.
eulogin-account-password-submit = Muutke parool
eulogin-account-password-changed = Teie parool on muudetud. Kõik muud teie kontole sisse logitud seansid (teises brauseris või arvutis) on välja logitud.
eulogin-account-email = E-posti aadressi muutmine
eulogin-account-email-intro = Te logite sisse oma e-posti aadressiga. Saadame uuele aadressile lingi, et veenduda, et see kuulub teile.
# Next to "Confirm new e-mail" ("Confirm new e-mail" and "New e-mail" are the fields' labels).
eulogin-account-email-confirm-differs = Uue e-posti kinnitus: sisestage sama aadress, mis väljal Uus e-posti aadress.
eulogin-account-email-confirm-missing = Uue e-posti kinnitus: sisestage uus aadress uuesti.
eulogin-account-email-submit = Saatke kinnituslink
# $address: the new address, in bold; $minutes: how long the link works; $current: the present login address.
eulogin-account-email-sent = Saatsime lingi aadressile { $address }. Avage see { $minutes ->
        [one] { $minutes } minuti
       *[other] { $minutes } minuti
    } jooksul. Uue aadressiga saate sisse logida alles pärast lingi avamist; seni logige sisse aadressiga { $current }.
