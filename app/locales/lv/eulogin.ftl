## EU Login, the identity service (pages/eulogin): sign-up, the e-mailed links, login, the
## account page, help and privacy. "EU Login", "TRACES NT" and "ECAS" are names.

# The mark above each EU Login page's heading.
eulogin-brand = EU Login
# Heading, button and link of the sign-up form (the helpdesk letter names it).
eulogin-create-account = Izveidot kontu
# Links and buttons that lead to logging in.
eulogin-log-in = Pieteikties
# Heading of its page and the link to it.
eulogin-lost-password = Aizmirsāt paroli?
eulogin-help-link = Palīdzība: e-pasts nav saņemts
eulogin-send-again = Sūtīt e-pastu vēlreiz
eulogin-nothing-arrived = Nekas nav saņemts?
# The text of a link, inside sentences.
eulogin-account-page-link = savā EU Login konta lapā
# After a link that opens in a new tab, for screen readers.
eulogin-opens-in-new-tab = (atveras jaunā cilnē)
# Heading of a page whose e-mailed link is expired, used, replaced or unknown.
eulogin-link-broken = Šī saite nedarbojas
eulogin-link-checking = Notiek saites pārbaude…
eulogin-link-no-code = Šajā adresē nav saites koda. Vēlreiz atveriet saiti no e-pasta vēstules vai iekopējiet visu saiti adreses joslā.

## Field labels and hints.

eulogin-field-username = Lietotājvārds
eulogin-field-first-name = Vārds
eulogin-field-last-name = Uzvārds
eulogin-field-email = E-pasts
eulogin-field-email-confirm = Apstiprināt e-pastu
eulogin-field-email-language = E-pasta valoda
eulogin-field-interface-language = Saskarnes valoda
eulogin-field-password = Parole
eulogin-field-current-password = Pašreizējā parole
eulogin-field-new-password = Jaunā parole
eulogin-field-confirm-password = Apstiprināt paroli
eulogin-field-new-email = Jaunais e-pasts
eulogin-field-confirm-new-email = Apstiprināt jauno e-pastu
eulogin-name-hint = Tāpat kā personu apliecinošā dokumentā.
eulogin-email-language-hint = Valoda, kurā EU Login jums sūta e-pasta vēstules.
eulogin-interface-language-hint = Šo lapu valoda pēc pieteikšanās.
eulogin-password-rule = Vismaz 12 rakstzīmes, ne vairāk kā 128. Nav noteikumu par rakstzīmju veidiem: vairāku savstarpēji nesaistītu vārdu frāze ir stipra un viegli iegaumējama.

## Create an account (/eulogin/signup).

eulogin-signup-own-name = Atveriet kontu uz sava vārda.
# $person: "REAL PERSON" (eulogin-signup-real-person), in bold.
eulogin-signup-own-name-why = Šeit ievadītie dati būs redzami sertifikātos, ko parakstāt sistēmā TRACES NT, un šiem sertifikātiem ir juridisks spēks. Atveriet EU Login kontu { $person } vārdā, NEVIS sava robežkontroles punkta, uzņēmēja vai kontroles institūcijas vārdā.
eulogin-signup-real-person = REĀLAS PERSONAS
eulogin-signup-own-address = Izmantojiet savu individuālo darba e-pasta adresi.
eulogin-signup-own-address-why = Ar šo adresi jūs pieteiksieties sistēmā TRACES NT.
# Followed by the link "Log in".
eulogin-signup-already = Jums jau ir EU Login konts?
eulogin-signup-all-required = Visi lauki ir obligāti.
eulogin-signup-username-hint = No 4 līdz 32 rakstzīmēm: burti a–z, cipari, punkti, defises un pasvītras; jāsākas ar burtu.
eulogin-signup-email-hint = Jūsu individuālā darba adrese: ar to jūs pieteiksieties.
eulogin-signup-email-confirm-hint = Ierakstiet to pašu adresi vēlreiz.
eulogin-signup-privacy-accept = Paziņojums par privātumu ir izlasīts, un es to pieņemu
eulogin-signup-privacy-read = Lasīt paziņojumu par privātumu
eulogin-signup-progress = Notiek konta izveide…

## Check your e-mail (/eulogin/signup/sent), after "Create an account".

eulogin-sent-title = Pārbaudiet savu e-pastu
# Instead of the address, when the page does not know it.
eulogin-sent-unknown-address = jūsu ievadīto adresi
# $address: the e-mail address, in bold.
eulogin-sent-lead = Mēs nosūtījām e-pasta vēstuli uz { $address } ar saiti paroles iestatīšanai.
# $minutes: how long the link works.
eulogin-sent-link-valid = Saite darbojas { $minutes ->
        [one] { $minutes } minūti
        [zero] { $minutes } minūtes
       *[other] { $minutes } minūtes
    } pēc e-pasta nosūtīšanas un tikai vienu reizi. Kad parole ir iestatīta, atgriezieties sistēmā TRACES NT un piesakieties ar šo e-pasta adresi.
eulogin-sent-advice-wait = Uzgaidiet dažas minūtes: e-pasta vēstuļu piegāde var aizņemt kādu laiku.
eulogin-sent-advice-spam = Ieskatieties surogātpasta mapē.
eulogin-sent-advice-it = Lūdziet savam IT dienestam atļaut e-pastus no EU Login (iekļaut sūtītāju atļauto sūtītāju sarakstā – „baltajā sarakstā”).
eulogin-sent-advice-address = Pārbaudiet iepriekš norādīto adresi. Ja tā ir nepareiza, izveidojiet kontu vēlreiz ar pareizo adresi.
eulogin-sent-replaces = Jauns e-pasts aizstāj iepriekšējo: darbojas tikai jaunākā e-pasta saite.

## Help with EU Login (/eulogin/help), where the helpdesk letter points when the e-mail does not arrive.

eulogin-help-title = Palīdzība saistībā ar EU Login
eulogin-help-no-email = E-pasts paroles iestatīšanai nav saņemts
eulogin-help-no-email-intro = Pēc „Izveidot kontu” EU Login jums nosūta e-pasta vēstuli ar saiti paroles iestatīšanai. Ja tās nav jūsu iesūtnē:
# Each piece of advice: a short instruction in bold, then why.
eulogin-help-wait = Uzgaidiet dažas minūtes.
eulogin-help-wait-why = Pasta serveri dažreiz kādu laiku aiztur jauna sūtītāja ziņojumus, pirms tos piegādā.
eulogin-help-spam = Ieskatieties surogātpasta mapē.
eulogin-help-spam-why = Ja e-pasts ir tur, atzīmējiet to kā „nav surogātpasts”, lai nākamie e-pasti nonāktu jūsu iesūtnē.
eulogin-help-it = Lūdziet savam IT dienestam atļaut mūsu e-pastus.
eulogin-help-it-why = Organizācijas bieži filtrē e-pastus no ārpuses. Lūdziet iekļaut EU Login sūtītāju atļauto sūtītāju sarakstā („baltajā sarakstā”).
eulogin-help-address = Pārbaudiet adresi.
# $link: a link to the sign-up form, "create the account again" (eulogin-help-address-link).
eulogin-help-address-why = Drukas kļūdas dēļ e-pasts nonāk citur. Ja adrese bija nepareiza, { $link } ar pareizo adresi.
eulogin-help-address-link = izveidojiet kontu vēlreiz
# $action: "Send the e-mail again" (eulogin-help-again-action), in bold.
eulogin-help-again = { $action }: izmantojiet tālāk redzamo veidlapu.
eulogin-help-again-action = Sūtīt e-pastu vēlreiz
eulogin-help-link-broken = Saite nedarbojas
# $minutes: how long a link works.
eulogin-help-link-broken-why = Saite darbojas { $minutes ->
        [one] { $minutes } minūti
        [zero] { $minutes } minūtes
       *[other] { $minutes } minūtes
    } pēc e-pasta nosūtīšanas un tikai vienu reizi. Kad tiek nosūtīts jauns e-pasts, iepriekšējo vēstuļu saites vairs nedarbojas: vienmēr izmantojiet jaunāko e-pastu. Ja jūsu e-pasta programma saiti sadala divās daļās, iekopējiet visu saiti pārlūkprogrammas adreses joslā.
eulogin-help-send-again-intro = Ievadiet sava EU Login konta e-pasta adresi. Ja tā ir reģistrēta, mēs nosūtīsim jaunu saiti paroles iestatīšanai.
eulogin-help-have-account = Jums jau ir konts?
# $login: a link, "log in" (eulogin-help-have-account-log-in); $lost: a link, "Lost your password?" (eulogin-lost-password).
eulogin-help-have-account-why = Ja jums jau ir EU Login (ECAS) konts, jauns konts nav vajadzīgs: { $login }. Ja neatceraties paroli, izmantojiet { $lost }
eulogin-help-have-account-log-in = piesakieties
eulogin-help-contact = Sazinieties ar palīdzības dienestu
eulogin-help-contact-intro = Ja nekas no tā nepalīdz vai ja jums ir jautājumi par TRACES NT un pārbaudes sertifikātu, rakstiet:
# $address: the helpdesk's e-mail address, a link.
eulogin-help-contact-traces = { $address } (TRACES NT un EU Login)
# $address: the e-mail address of the organic products helpdesk, a link.
eulogin-help-contact-organic = { $address } (bioloģisko produktu pārbaudes sertifikāts)
eulogin-help-contact-advice = Norādiet, kuru e-pasta adresi izmantojāt, un nekad nesūtiet savu paroli.

## Privacy statement (/eulogin/privacy).

eulogin-privacy-title = Paziņojums par privātumu
eulogin-privacy-lead = Ar EU Login jūs apliecināt savu identitāti sistēmai TRACES NT. Šajā lapā ir aprakstīts, kādus datus par jums glabājam, kāpēc un ko jūs varat darīt.
eulogin-privacy-stored = Ko mēs glabājam
eulogin-privacy-stored-names = Jūsu lietotājvārdu, vārdu un uzvārdu.
eulogin-privacy-stored-email = Jūsu e-pasta adresi, ar kuru jūs arī piesakāties.
eulogin-privacy-stored-languages = Valodu, kurā mēs jums sūtām e-pasta vēstules, un saskarnes valodu.
eulogin-privacy-stored-password = Jūsu paroli – tikai jaucējvērtības (hash) veidā: tā ir vienvirziena transformācija, no kuras paroli nevar atgūt. Neviens, arī palīdzības dienests, nevar redzēt jūsu paroli.
eulogin-privacy-stored-session = Pieteikšanās laikā – sesijas sīkdatni un jūsu pēdējās darbības laiku, lai sesija beigtos, kad to vairs neizmantojat vai izrakstāties.
eulogin-privacy-why = Kāpēc
eulogin-privacy-why-identify = Lai jūs identificētu, kad piesakāties sistēmā TRACES NT, un lai nosūtītu jums pakalpojumam vajadzīgās e-pasta vēstules (saiti paroles iestatīšanai, jaunas adreses apstiprinājumu).
eulogin-privacy-why-certificates = Jūsu vārds un uzvārds ir redzami sertifikātos, ko parakstāt sistēmā TRACES NT. Sertifikātiem ir juridisks spēks, tāpēc kontam jābūt tās reālās personas vārdā, kura paraksta.
eulogin-privacy-no-other-use = Jūsu datus mēs neizmantojam nekam citam, kā arī nepārdodam un nenododam tos tirgvedības nolūkos.
eulogin-privacy-rights = Jūsu tiesības
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-privacy-rights-text = Pēc pieteikšanās jūs jebkurā laikā varat skatīt un labot savu vārdu un uzvārdu, valodas, e-pasta adresi un paroli { $link }. Lai saņemtu savu datu kopiju vai lūgtu dzēst savu kontu, rakstiet palīdzības dienestam.
eulogin-privacy-contact = Kontaktinformācija
# $address: the helpdesk's e-mail address, a link.
eulogin-privacy-helpdesk = Palīdzības dienests: { $address }

## Log in (/eulogin/login), where "Login into TRACES" leads.

eulogin-login-title = Pieteikties
eulogin-login-lead = Piesakieties ar sava EU Login konta e-pasta adresi.
# Next to the password field when it is empty ("Password" is the field's label).
eulogin-login-password-missing = Parole: ievadiet savu paroli.
# Followed by the link "Create an account".
eulogin-login-no-account = Vēl nav konta?

## Lost your password? (/eulogin/lost-password)

eulogin-lost-lead = Ievadiet sava EU Login konta e-pasta adresi. Ja tā ir reģistrēta, mēs jums nosūtīsim e-pasta vēstuli ar saiti jaunas paroles iestatīšanai.
# $minutes: how long the link works.
eulogin-lost-link-valid = Saite darbojas { $minutes ->
        [one] { $minutes } minūti
        [zero] { $minutes } minūtes
       *[other] { $minutes } minūtes
    } un tikai vienu reizi. Jūsu pašreizējā parole darbojas, līdz iestatāt jauno.
eulogin-lost-submit = Sūtīt man saiti
eulogin-lost-back = Atpakaļ uz „Pieteikties”

## Set your password (/eulogin/password), from the e-mailed link.

eulogin-password-title = Iestatiet paroli
# $name: the person's first name; $username: their username, in bold.
eulogin-password-lead = Labdien, { $name }! Izvēlieties EU Login konta { $username } paroli.
eulogin-password-submit = Iestatīt paroli
eulogin-password-set = Jūsu parole ir iestatīta
eulogin-password-set-next = Tagad varat pieteikties ar savu e-pasta adresi un jauno paroli.
eulogin-password-new-email = Saņemt jaunu e-pastu
eulogin-password-new-email-intro = Ievadiet sava EU Login konta e-pasta adresi, lai saņemtu jaunu saiti paroles iestatīšanai.

## Confirm your new e-mail address (/eulogin/email), from the e-mailed link.

eulogin-email-title = Apstipriniet savu jauno e-pasta adresi
# $name: the person's first name; $username: their username, in bold; $email: the new address, in bold.
eulogin-email-lead = Labdien, { $name }! EU Login konta { $username } pieteikšanās adrese būs { $email }.
eulogin-email-old-stops = Tiklīdz apstiprināsiet, ar veco adresi vairs nevarēs pieteikties.
eulogin-email-submit = Apstiprināt jauno e-pasta adresi
eulogin-email-changed = Jūsu e-pasta adrese ir nomainīta
# $email: the new address, in bold.
eulogin-email-changed-next = No šī brīža piesakieties ar { $email }.
eulogin-email-back-to-account = Atpakaļ uz manu kontu
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-email-link-broken-next = Jūsu e-pasta adrese nav mainīta. Lai saņemtu jaunu apstiprinājuma saiti, piesakieties un pieprasiet to vēlreiz { $link }.

## My EU Login account (/eulogin/account).

eulogin-account-title = Mans EU Login konts
eulogin-account-loading = Notiek konta ielāde…
eulogin-account-back = Atpakaļ uz TRACES NT
eulogin-account-log-in-first = Lūdzu, piesakieties, lai skatītu un mainītu savu EU Login kontu.
# $name: first and last name; $username; $email: the login address. All three in bold.
eulogin-account-who = Pašreizējais lietotājs: { $name } (lietotājvārds { $username }, e-pasts { $email }).
eulogin-account-details = Jūsu dati
eulogin-account-details-intro = Jūsu vārds un uzvārds ir redzami sertifikātos, ko parakstāt sistēmā TRACES NT: norādiet savu īsto vārdu un uzvārdu tāpat kā personu apliecinošā dokumentā.
eulogin-account-details-submit = Saglabāt manus datus
eulogin-account-details-saved = Jūsu dati ir saglabāti.
eulogin-account-password = Mainīt paroli
# Next to the field when it is empty ("Current password" is the field's label).
eulogin-account-current-password-missing = Pašreizējā parole: ievadiet paroli, ko izmantojat pašlaik.
eulogin-account-password-submit = Mainīt manu paroli
eulogin-account-password-changed = Jūsu parole ir nomainīta. Visas citas sesijas, kurās bija atvērts jūsu konts (citā pārlūkprogrammā vai datorā), ir slēgtas.
eulogin-account-email = Mainīt e-pastu
eulogin-account-email-intro = Jūsu e-pasta adrese ir jūsu pieteikšanās vārds. Mēs nosūtām saiti uz jauno adresi, lai pārliecinātos, ka tā pieder jums.
# Next to "Confirm new e-mail" ("Confirm new e-mail" and "New e-mail" are the fields' labels).
eulogin-account-email-confirm-differs = Apstiprināt jauno e-pastu: ierakstiet to pašu adresi, kas laukā „Jaunais e-pasts”.
eulogin-account-email-confirm-missing = Apstiprināt jauno e-pastu: ierakstiet jauno adresi vēlreiz.
eulogin-account-email-submit = Nosūtīt apstiprinājuma saiti
# $address: the new address, in bold; $minutes: how long the link works; $current: the present login address.
eulogin-account-email-sent = Mēs nosūtījām saiti uz { $address }. Atveriet to { $minutes ->
        [one] { $minutes } minūtes
        [zero] { $minutes } minūšu
       *[other] { $minutes } minūšu
    } laikā. Jūsu pieteikšanās adrese mainīsies tikai pēc saites atvēršanas; līdz tam turpiniet pieteikties ar { $current }.
