## EU Login, the identity service (pages/eulogin): sign-up, the e-mailed links, login, the
## account page, help and privacy. "EU Login", "TRACES NT" and "ECAS" are names.

# The mark above each EU Login page's heading.
eulogin-brand = EU Login
# Heading, button and link of the sign-up form (the helpdesk letter names it).
eulogin-create-account = Sukurti paskyrą
# Links and buttons that lead to logging in.
eulogin-log-in = Prisijungti
# Heading of its page and the link to it.
eulogin-lost-password = Pamiršote slaptažodį?
eulogin-help-link = Pagalba: el. laiškas negautas
eulogin-send-again = Siųsti el. laišką dar kartą
eulogin-nothing-arrived = Nieko negavote?
# The text of a link, inside sentences.
eulogin-account-page-link = savo EU Login paskyros puslapyje
# After a link that opens in a new tab, for screen readers.
eulogin-opens-in-new-tab = (atidaroma naujame skirtuke)
# Heading of a page whose e-mailed link is expired, used, replaced or unknown.
eulogin-link-broken = Ši nuoroda neveikia
eulogin-link-checking = Tikrinama nuoroda…
eulogin-link-no-code = Šiame adrese nėra nuorodos kodo. Dar kartą atidarykite nuorodą iš el. laiško arba nukopijuokite visą nuorodą į adreso juostą.

## Field labels and hints.

eulogin-field-username = Naudotojo vardas
eulogin-field-first-name = Vardas
eulogin-field-last-name = Pavardė
eulogin-field-email = El. paštas
eulogin-field-email-confirm = Patvirtinkite el. paštą
eulogin-field-email-language = El. laiškų kalba
eulogin-field-interface-language = Sąsajos kalba
eulogin-field-password = Slaptažodis
eulogin-field-current-password = Dabartinis slaptažodis
eulogin-field-new-password = Naujas slaptažodis
eulogin-field-confirm-password = Patvirtinkite slaptažodį
eulogin-field-new-email = Naujas el. paštas
eulogin-field-confirm-new-email = Patvirtinkite naują el. paštą
eulogin-name-hint = Kaip asmens tapatybės dokumente.
eulogin-email-language-hint = Kalba, kuria EU Login jums siunčia el. laiškus.
eulogin-interface-language-hint = Šių puslapių kalba, kai esate prisijungę.
eulogin-password-rule = Ne mažiau kaip 12 simbolių, ne daugiau kaip 128. Jokių taisyklių dėl simbolių rūšių: kelių nesusijusių žodžių frazė yra stipri ir lengvai įsimenama.

## Create an account (/eulogin/signup).

eulogin-signup-own-name = Paskyrą kurkite savo vardu.
# $person: "REAL PERSON" (eulogin-signup-real-person), in bold.
eulogin-signup-own-name-why = Čia įvesti duomenys bus rodomi sertifikatuose, kuriuos pasirašote sistemoje TRACES NT, o šie sertifikatai turi teisinę galią. EU Login paskyrą kurkite { $person } vardu, o NE savo pasienio kontrolės posto, veiklos vykdytojo ar kontrolės institucijos vardu.
eulogin-signup-real-person = TIKRO ASMENS
eulogin-signup-own-address = Naudokite savo individualų darbo el. pašto adresą.
eulogin-signup-own-address-why = Šiuo adresu jungsitės prie TRACES NT.
# Followed by the link "Log in".
eulogin-signup-already = Jau turite EU Login paskyrą?
eulogin-signup-all-required = Visi laukeliai privalomi.
eulogin-signup-username-hint = Nuo 4 iki 32 simbolių: raidės a–z, skaitmenys, taškai, brūkšneliai ir pabraukimo ženklai; pirmasis simbolis – raidė.
eulogin-signup-email-hint = Jūsų individualus darbo adresas: juo jungsitės prie sistemos.
eulogin-signup-email-confirm-hint = Dar kartą įrašykite tą patį adresą.
eulogin-signup-privacy-accept = Perskaičiau privatumo pareiškimą ir su juo sutinku
eulogin-signup-privacy-read = Skaityti privatumo pareiškimą
eulogin-signup-progress = Kuriama jūsų paskyra…

## Check your e-mail (/eulogin/signup/sent), after "Create an account".

eulogin-sent-title = Patikrinkite el. paštą
# Instead of the address, when the page does not know it.
eulogin-sent-unknown-address = jūsų įvestą adresą
# $address: the e-mail address, in bold.
eulogin-sent-lead = Išsiuntėme el. laišką į { $address } su nuoroda slaptažodžiui nustatyti.
# $minutes: how long the link works.
eulogin-sent-link-valid = Nuoroda veikia { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minutes
        [many] { $minutes } minutės
       *[other] { $minutes } minučių
    } nuo el. laiško išsiuntimo ir tik vieną kartą. Nustatę slaptažodį grįžkite į TRACES NT ir prisijunkite šiuo el. pašto adresu.
eulogin-sent-advice-wait = Palaukite kelias minutes: el. laiškai kartais vėluoja.
eulogin-sent-advice-spam = Patikrinkite šlamšto aplanką.
eulogin-sent-advice-it = Paprašykite savo IT skyriaus leisti el. laiškus iš EU Login (įtraukti siuntėją į leidžiamų siuntėjų sąrašą, vadinamąjį „baltąjį sąrašą“).
eulogin-sent-advice-address = Patikrinkite pirmiau nurodytą adresą. Jei jis neteisingas, sukurkite paskyrą dar kartą su teisingu adresu.
eulogin-sent-replaces = Naujas el. laiškas pakeičia ankstesnį: veikia tik naujausio el. laiško nuoroda.

## Help with EU Login (/eulogin/help), where the helpdesk letter points when the e-mail does not arrive.

eulogin-help-title = Pagalba dėl EU Login
eulogin-help-no-email = Negavote el. laiško slaptažodžiui nustatyti
eulogin-help-no-email-intro = Paspaudus „Sukurti paskyrą“, EU Login jums atsiunčia el. laišką su nuoroda slaptažodžiui nustatyti. Jei jo nėra gautųjų laiškų aplanke:
# Each piece of advice: a short instruction in bold, then why.
eulogin-help-wait = Palaukite kelias minutes.
eulogin-help-wait-why = Pašto serveriai kartais kurį laiką sulaiko naujo siuntėjo laiškus ir tik tada juos pristato.
eulogin-help-spam = Patikrinkite šlamšto aplanką.
eulogin-help-spam-why = Jei laišką rasite ten, pažymėkite jį kaip „ne šlamštas“, kad kiti laiškai patektų į gautųjų laiškų aplanką.
eulogin-help-it = Paprašykite IT skyriaus leisti mūsų el. laiškus.
eulogin-help-it-why = Organizacijos dažnai filtruoja el. laiškus iš išorės. Paprašykite įtraukti EU Login siuntėją į leidžiamų siuntėjų sąrašą („baltąjį sąrašą“).
eulogin-help-address = Patikrinkite adresą.
# $link: a link to the sign-up form, "create the account again" (eulogin-help-address-link).
eulogin-help-address-why = Dėl rašybos klaidos el. laiškas nukeliauja kitur. Jei adresas buvo neteisingas, { $link } su teisingu adresu.
eulogin-help-address-link = sukurkite paskyrą dar kartą
# $action: "Send the e-mail again" (eulogin-help-again-action), in bold.
eulogin-help-again = { $action }: naudokite toliau pateiktą formą.
eulogin-help-again-action = Siųsti el. laišką dar kartą
eulogin-help-link-broken = Nuoroda neveikia
# $minutes: how long a link works.
eulogin-help-link-broken-why = Nuoroda veikia { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minutes
        [many] { $minutes } minutės
       *[other] { $minutes } minučių
    } nuo el. laiško išsiuntimo ir tik vieną kartą. Išsiuntus naują el. laišką, ankstesnių laiškų nuorodos nebeveikia: visada naudokite naujausią el. laišką. Jei jūsų el. pašto programa nuorodą padalija į dvi dalis, nukopijuokite visą nuorodą į naršyklės adreso juostą.
eulogin-help-send-again-intro = Įveskite savo EU Login paskyros el. pašto adresą. Jei jis užregistruotas, atsiųsime naują nuorodą slaptažodžiui nustatyti.
eulogin-help-have-account = Jau turite paskyrą?
# $login: a link, "log in" (eulogin-help-have-account-log-in); $lost: a link, "Lost your password?" (eulogin-lost-password).
eulogin-help-have-account-why = Jei jau turite EU Login (ECAS) paskyrą, naujos nereikia: { $login }. Jei pamiršote slaptažodį, naudokite nuorodą { $lost }
eulogin-help-have-account-log-in = prisijunkite
eulogin-help-contact = Susisiekite su pagalbos tarnyba
eulogin-help-contact-intro = Jei niekas iš to nepadeda arba turite klausimų apie TRACES NT ir patikros sertifikatą, rašykite:
# $address: the helpdesk's e-mail address, a link.
eulogin-help-contact-traces = { $address } (TRACES NT ir EU Login)
# $address: the e-mail address of the organic products helpdesk, a link.
eulogin-help-contact-organic = { $address } (ekologiškų produktų patikros sertifikatas)
eulogin-help-contact-advice = Nurodykite, kokį el. pašto adresą naudojote, ir niekada nesiųskite savo slaptažodžio.

## Privacy statement (/eulogin/privacy).

eulogin-privacy-title = Privatumo pareiškimas
eulogin-privacy-lead = Naudodamiesi EU Login įrodote TRACES NT, kas esate. Šiame puslapyje paaiškinama, ką apie jus saugome, kodėl ir ką galite dėl to padaryti.
eulogin-privacy-stored = Ką saugome
eulogin-privacy-stored-names = Jūsų naudotojo vardą, vardą ir pavardę.
eulogin-privacy-stored-email = Jūsų el. pašto adresą, kuris kartu yra ir jūsų prisijungimo vardas.
eulogin-privacy-stored-languages = Kalbą, kuria siunčiame jums el. laiškus, ir sąsajos kalbą.
eulogin-privacy-stored-password = Jūsų slaptažodį – tik maišos (hash) pavidalu: tai vienakryptė transformacija, iš kurios slaptažodžio atkurti neįmanoma. Niekas, net pagalbos tarnyba, negali matyti jūsų slaptažodžio.
eulogin-privacy-stored-session = Kol esate prisijungę – seanso slapuką ir paskutinio jūsų veiksmo laiką, kad seansas baigtųsi, kai juo nebesinaudojate arba atsijungiate.
eulogin-privacy-why = Kodėl
eulogin-privacy-why-identify = Kad galėtume jus atpažinti, kai jungiatės prie TRACES NT, ir siųsti jums paslaugai reikalingus el. laiškus (nuorodą slaptažodžiui nustatyti, naujo adreso patvirtinimą).
eulogin-privacy-why-certificates = Jūsų vardas ir pavardė rodomi sertifikatuose, kuriuos pasirašote sistemoje TRACES NT. Sertifikatai turi teisinę galią, todėl paskyra turi būti sukurta tikro pasirašančio asmens vardu.
eulogin-privacy-no-other-use = Jūsų duomenų niekam kitam nenaudojame, neparduodame ir neperduodame rinkodaros tikslais.
eulogin-privacy-rights = Jūsų teisės
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-privacy-rights-text = Prisijungę bet kada galite peržiūrėti ir pataisyti savo vardą ir pavardę, kalbas, el. pašto adresą ir slaptažodį { $link }. Jei norite gauti savo duomenų kopiją arba kad jūsų paskyra būtų ištrinta, rašykite pagalbos tarnybai.
eulogin-privacy-contact = Kontaktai
# $address: the helpdesk's e-mail address, a link.
eulogin-privacy-helpdesk = Pagalbos tarnyba: { $address }

## Log in (/eulogin/login), where "Login into TRACES" leads.

eulogin-login-title = Prisijungti
eulogin-login-lead = Prisijunkite savo EU Login paskyros el. pašto adresu.
# Next to the password field when it is empty ("Password" is the field's label).
eulogin-login-password-missing = Slaptažodis: įveskite savo slaptažodį.
# Followed by the link "Create an account".
eulogin-login-no-account = Dar neturite paskyros?

## Lost your password? (/eulogin/lost-password)

eulogin-lost-lead = Įveskite savo EU Login paskyros el. pašto adresą. Jei jis užregistruotas, atsiųsime el. laišką su nuoroda naujam slaptažodžiui nustatyti.
# $minutes: how long the link works.
eulogin-lost-link-valid = Nuoroda veikia { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minutes
        [many] { $minutes } minutės
       *[other] { $minutes } minučių
    } ir tik vieną kartą. Dabartinis slaptažodis veikia, kol nustatysite naują.
eulogin-lost-submit = Atsiųsti man nuorodą
eulogin-lost-back = Atgal į „Prisijungti“

## Set your password (/eulogin/password), from the e-mailed link.

eulogin-password-title = Nustatykite slaptažodį
# $name: the person's first name; $username: their username, in bold.
eulogin-password-lead = Sveiki, { $name }, pasirinkite EU Login paskyros { $username } slaptažodį.
eulogin-password-submit = Nustatyti slaptažodį
eulogin-password-set = Slaptažodis nustatytas
eulogin-password-set-next = Dabar galite prisijungti savo el. pašto adresu ir nauju slaptažodžiu.
eulogin-password-new-email = Gauti naują el. laišką
eulogin-password-new-email-intro = Įveskite savo EU Login paskyros el. pašto adresą, kad gautumėte naują nuorodą slaptažodžiui nustatyti.

## Confirm your new e-mail address (/eulogin/email), from the e-mailed link.

eulogin-email-title = Patvirtinkite naują el. pašto adresą
# $name: the person's first name; $username: their username, in bold; $email: the new address, in bold.
eulogin-email-lead = Sveiki, { $name }. EU Login paskyros { $username } prisijungimo vardas taps { $email }.
eulogin-email-old-stops = Kai tik patvirtinsite, senuoju adresu nebegalėsite prisijungti.
eulogin-email-submit = Patvirtinti naują el. pašto adresą
eulogin-email-changed = El. pašto adresas pakeistas
# $email: the new address, in bold.
eulogin-email-changed-next = Nuo šiol junkitės adresu { $email }.
eulogin-email-back-to-account = Atgal į mano paskyrą
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-email-link-broken-next = Jūsų el. pašto adresas nepakeistas. Norėdami gauti naują patvirtinimo nuorodą, prisijunkite ir paprašykite jos dar kartą { $link }.

## My EU Login account (/eulogin/account).

eulogin-account-title = Mano EU Login paskyra
eulogin-account-loading = Įkeliama jūsų paskyra…
eulogin-account-back = Atgal į TRACES NT
eulogin-account-log-in-first = Prisijunkite, kad galėtumėte peržiūrėti ir keisti savo EU Login paskyrą.
# $name: first and last name; $username; $email: the login address. All three in bold.
eulogin-account-who = Prisijungta kaip { $name } (naudotojo vardas { $username }, el. paštas { $email }).
eulogin-account-details = Jūsų duomenys
eulogin-account-details-intro = Jūsų vardas ir pavardė rodomi sertifikatuose, kuriuos pasirašote sistemoje TRACES NT: nurodykite tikrą vardą ir pavardę, kaip asmens tapatybės dokumente.
eulogin-account-details-submit = Išsaugoti mano duomenis
eulogin-account-details-saved = Jūsų duomenys išsaugoti.
eulogin-account-password = Keisti slaptažodį
# Next to the field when it is empty ("Current password" is the field's label).
eulogin-account-current-password-missing = Dabartinis slaptažodis: įveskite šiuo metu naudojamą slaptažodį.
eulogin-account-password-submit = Pakeisti mano slaptažodį
eulogin-account-password-changed = Slaptažodis pakeistas. Visi kiti seansai, kuriuose buvote prisijungę prie savo paskyros (kitoje naršyklėje ar kompiuteryje), buvo atjungti.
eulogin-account-email = Keisti el. paštą
eulogin-account-email-intro = Jūsų el. pašto adresas yra jūsų prisijungimo vardas. Nuorodą siunčiame naujuoju adresu, kad įsitikintume, jog jis jūsų.
# Next to "Confirm new e-mail" ("Confirm new e-mail" and "New e-mail" are the fields' labels).
eulogin-account-email-confirm-differs = Patvirtinkite naują el. paštą: įrašykite tą patį adresą kaip laukelyje „Naujas el. paštas“.
eulogin-account-email-confirm-missing = Patvirtinkite naują el. paštą: dar kartą įrašykite naująjį adresą.
eulogin-account-email-submit = Siųsti patvirtinimo nuorodą
# $address: the new address, in bold; $minutes: how long the link works; $current: the present login address.
eulogin-account-email-sent = Išsiuntėme nuorodą į { $address }. Atidarykite ją per { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minutes
        [many] { $minutes } minutės
       *[other] { $minutes } minučių
    }. Prisijungimo adresas pasikeis tik atidarius nuorodą; iki tol toliau junkitės adresu { $current }.
