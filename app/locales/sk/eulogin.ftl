## EU Login, the identity service (pages/eulogin): sign-up, the e-mailed links, login, the
## account page, help and privacy. "EU Login", "TRACES NT" and "ECAS" are names.

# The mark above each EU Login page's heading.
eulogin-brand = EU Login
# Heading, button and link of the sign-up form (the helpdesk letter names it).
eulogin-create-account = Vytvoriť konto
# Links and buttons that lead to logging in.
eulogin-log-in = Prihlásiť sa
# Heading of its page and the link to it.
eulogin-lost-password = Zabudli ste heslo?
eulogin-help-link = Pomoc: e-mail neprišiel
eulogin-send-again = Odoslať e-mail znova
eulogin-nothing-arrived = Nič neprišlo?
# The text of a link, inside sentences.
eulogin-account-page-link = stránke svojho konta EU Login
# After a link that opens in a new tab, for screen readers.
eulogin-opens-in-new-tab = (otvorí sa na novej karte)
# Heading of a page whose e-mailed link is expired, used, replaced or unknown.
eulogin-link-broken = Tento odkaz nefunguje
eulogin-link-checking = Kontrolujeme váš odkaz…
eulogin-link-no-code = Táto adresa neobsahuje kód odkazu. Otvorte odkaz z e-mailu znova alebo skopírujte celý odkaz do panela s adresou.

## Field labels and hints.

eulogin-field-username = Používateľské meno
eulogin-field-first-name = Meno
eulogin-field-last-name = Priezvisko
eulogin-field-email = E-mailová adresa
eulogin-field-email-confirm = Potvrdenie e-mailovej adresy
eulogin-field-email-language = Jazyk e-mailov
eulogin-field-interface-language = Jazyk rozhrania
eulogin-field-password = Heslo
eulogin-field-current-password = Súčasné heslo
eulogin-field-new-password = Nové heslo
eulogin-field-confirm-password = Potvrdenie hesla
eulogin-field-new-email = Nová e-mailová adresa
eulogin-field-confirm-new-email = Potvrdenie novej e-mailovej adresy
eulogin-name-hint = Tak, ako je uvedené v doklade totožnosti.
eulogin-email-language-hint = Jazyk e-mailov, ktoré vám EU Login posiela.
eulogin-interface-language-hint = Jazyk týchto stránok po prihlásení.
eulogin-password-rule = Najmenej 12 znakov, najviac 128. Žiadne pravidlá pre druhy znakov: fráza z niekoľkých navzájom nesúvisiacich slov je silná a ľahko zapamätateľná.

## Create an account (/eulogin/signup).

eulogin-signup-own-name = Založte si konto na svoje vlastné meno.
# $person: "REAL PERSON" (eulogin-signup-real-person), in bold.
eulogin-signup-own-name-why = Údaje, ktoré tu zadáte, sa zobrazia na certifikátoch, ktoré podpisujete v TRACES NT a ktoré majú právne účinky. Konto EU Login založte na meno { $person }, NIE na svoje stanovište hraničnej kontroly, prevádzkovateľa ani kontrolný subjekt.
eulogin-signup-real-person = SKUTOČNEJ OSOBY
eulogin-signup-own-address = Použite svoju osobnú pracovnú e-mailovú adresu.
eulogin-signup-own-address-why = Touto adresou sa budete prihlasovať do TRACES NT.
# Followed by the link "Log in".
eulogin-signup-already = Už máte konto EU Login?
eulogin-signup-all-required = Všetky polia sú povinné.
eulogin-signup-username-hint = 4 až 32 znakov: písmená a – z, číslice, bodky, spojovníky a podčiarkovníky; na začiatku písmeno.
eulogin-signup-email-hint = Vaša osobná pracovná adresa: budete sa ňou prihlasovať.
eulogin-signup-email-confirm-hint = Zadajte rovnakú adresu znova.
eulogin-signup-privacy-accept = Potvrdzujem prečítanie vyhlásenia o ochrane osobných údajov a súhlasím s ním
eulogin-signup-privacy-read = Prečítať vyhlásenie o ochrane osobných údajov
eulogin-signup-progress = Vytvára sa vaše konto…

## Check your e-mail (/eulogin/signup/sent), after "Create an account".

eulogin-sent-title = Skontrolujte svoj e-mail
# Instead of the address, when the page does not know it.
eulogin-sent-unknown-address = zadanú adresu
# $address: the e-mail address, in bold.
eulogin-sent-lead = Na { $address } sme poslali e-mail s odkazom na nastavenie hesla.
# $minutes: how long the link works.
eulogin-sent-link-valid = Odkaz funguje { $minutes ->
        [one] { $minutes } minútu
        [few] { $minutes } minúty
        [many] { $minutes } minúty
       *[other] { $minutes } minút
    } od odoslania e-mailu, a to iba raz. Po nastavení hesla sa vráťte do TRACES NT a prihláste sa touto e-mailovou adresou.
eulogin-sent-advice-wait = Počkajte niekoľko minút: doručenie e-mailov môže chvíľu trvať.
eulogin-sent-advice-spam = Pozrite sa do priečinka so spamom alebo nevyžiadanou poštou.
eulogin-sent-advice-it = Požiadajte svoje IT oddelenie, aby povolilo e-maily od EU Login (zaradilo odosielateľa na zoznam povolených odosielateľov, tzv. „whitelist“).
eulogin-sent-advice-address = Skontrolujte uvedenú adresu. Ak je nesprávna, vytvorte konto znova so správnou adresou.
eulogin-sent-replaces = Nový e-mail nahrádza predchádzajúci: funguje iba odkaz v najnovšom e-maile.

## Help with EU Login (/eulogin/help), where the helpdesk letter points when the e-mail does not arrive.

eulogin-help-title = Pomoc s EU Login
eulogin-help-no-email = Neprišiel e-mail na nastavenie hesla
eulogin-help-no-email-intro = Po kliknutí na „Vytvoriť konto“ vám EU Login pošle e-mail s odkazom na nastavenie hesla. Ak ho v doručenej pošte nemáte:
# Each piece of advice: a short instruction in bold, then why.
eulogin-help-wait = Počkajte niekoľko minút.
eulogin-help-wait-why = Poštové servery niekedy správy od nového odosielateľa pred doručením istý čas zadržiavajú.
eulogin-help-spam = Pozrite sa do priečinka so spamom alebo nevyžiadanou poštou.
eulogin-help-spam-why = Ak tam e-mail nájdete, označte ho ako „nie je spam“, aby ďalšie e-maily prichádzali do doručenej pošty.
eulogin-help-it = Požiadajte svoje IT oddelenie, aby povolilo naše e-maily.
eulogin-help-it-why = Organizácie často filtrujú e-maily zvonka. Požiadajte ich, aby zaradili odosielateľa EU Login na zoznam povolených odosielateľov („whitelist“).
eulogin-help-address = Skontrolujte adresu.
# $link: a link to the sign-up form, "create the account again" (eulogin-help-address-link).
eulogin-help-address-why = Pri preklepe odíde e-mail inam. Ak bola adresa nesprávna, { $link } so správnou adresou.
eulogin-help-address-link = vytvorte konto znova
# $action: "Send the e-mail again" (eulogin-help-again-action), in bold.
eulogin-help-again = { $action } pomocou formulára nižšie.
eulogin-help-again-action = Odoslať e-mail znova
eulogin-help-link-broken = Odkaz nefunguje
# $minutes: how long a link works.
eulogin-help-link-broken-why = Odkaz funguje { $minutes ->
        [one] { $minutes } minútu
        [few] { $minutes } minúty
        [many] { $minutes } minúty
       *[other] { $minutes } minút
    } od odoslania e-mailu, a to iba raz. Po odoslaní nového e-mailu prestanú odkazy v starších e-mailoch fungovať: vždy použite najnovší e-mail. Ak váš e-mailový program odkaz rozdelí na dve časti, skopírujte celý odkaz do panela s adresou prehliadača.
eulogin-help-send-again-intro = Zadajte e-mailovú adresu svojho konta EU Login. Ak je zaregistrovaná, pošleme vám nový odkaz na nastavenie hesla.
eulogin-help-have-account = Už máte konto?
# $login: a link, "log in" (eulogin-help-have-account-log-in); $lost: a link, "Lost your password?" (eulogin-lost-password).
eulogin-help-have-account-why = Ak už máte konto EU Login (ECAS), nové nepotrebujete: { $login }. Ak ste zabudli heslo, použite „{ $lost }“.
eulogin-help-have-account-log-in = prihláste sa
eulogin-help-contact = Kontaktujte helpdesk
eulogin-help-contact-intro = Ak nič z toho nepomôže alebo máte akúkoľvek otázku o TRACES NT a certifikáte o inšpekcii, napíšte na adresu:
# $address: the helpdesk's e-mail address, a link.
eulogin-help-contact-traces = { $address } (TRACES NT a EU Login)
# $address: the e-mail address of the organic products helpdesk, a link.
eulogin-help-contact-organic = { $address } (certifikát o inšpekcii pre ekologické produkty)
eulogin-help-contact-advice = Uveďte, akú e-mailovú adresu ste použili, a nikdy neposielajte svoje heslo.

## Privacy statement (/eulogin/privacy).

eulogin-privacy-title = Vyhlásenie o ochrane osobných údajov
eulogin-privacy-lead = Prostredníctvom EU Login preukazujete svoju totožnosť v TRACES NT. Na tejto stránke sa dozviete, aké údaje o vás uchovávame, prečo a aké máte možnosti.
eulogin-privacy-stored = Čo uchovávame
eulogin-privacy-stored-names = Vaše používateľské meno, meno a priezvisko.
eulogin-privacy-stored-email = Vašu e-mailovú adresu, ktorá je zároveň vaším prihlasovacím menom.
eulogin-privacy-stored-languages = Jazyk e-mailov, ktoré vám posielame, a jazyk rozhrania.
eulogin-privacy-stored-password = Vaše heslo, iba v podobe hašu: jednosmernej transformácie, z ktorej heslo nemožno spätne získať. Vaše heslo nikto nevidí, ani helpdesk.
eulogin-privacy-stored-session = Počas prihlásenia súbor cookie relácie a čas vašej poslednej aktivity, aby sa relácia skončila, keď ju prestanete používať alebo sa odhlásite.
eulogin-privacy-why = Prečo
eulogin-privacy-why-identify = Aby sme vás identifikovali pri prihlásení do TRACES NT a mohli vám posielať e-maily, ktoré služba potrebuje (odkaz na nastavenie hesla, potvrdenie novej adresy).
eulogin-privacy-why-certificates = Vaše meno a priezvisko sa zobrazujú na certifikátoch, ktoré podpisujete v TRACES NT. Certifikáty majú právne účinky, preto musí byť konto založené na meno skutočnej osoby, ktorá ich podpisuje.
eulogin-privacy-no-other-use = Vaše údaje nepoužívame na nič iné a nepredávame ich ani ich nezdieľame na marketingové účely.
eulogin-privacy-rights = Vaše práva
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-privacy-rights-text = Svoje meno a priezvisko, jazyky, e-mailovú adresu a heslo si môžete po prihlásení kedykoľvek pozrieť a opraviť na { $link }. Ak chcete získať kópiu svojich údajov alebo nechať svoje konto vymazať, napíšte helpdesku.
eulogin-privacy-contact = Kontakt
# $address: the helpdesk's e-mail address, a link.
eulogin-privacy-helpdesk = Helpdesk: { $address }

## Log in (/eulogin/login), where "Login into TRACES" leads.

eulogin-login-title = Prihlásiť sa
eulogin-login-lead = Prihláste sa e-mailovou adresou svojho konta EU Login.
# Next to the password field when it is empty ("Password" is the field's label).
eulogin-login-password-missing = Heslo: zadajte svoje heslo.
# Followed by the link "Create an account".
eulogin-login-no-account = Ešte nemáte konto?

## Lost your password? (/eulogin/lost-password)

eulogin-lost-lead = Zadajte e-mailovú adresu svojho konta EU Login. Ak je zaregistrovaná, pošleme vám e-mail s odkazom na nastavenie nového hesla.
# $minutes: how long the link works.
eulogin-lost-link-valid = Odkaz funguje { $minutes ->
        [one] { $minutes } minútu
        [few] { $minutes } minúty
        [many] { $minutes } minúty
       *[other] { $minutes } minút
    }, a to iba raz. Vaše súčasné heslo funguje, kým nenastavíte nové.
eulogin-lost-submit = Poslať mi odkaz
eulogin-lost-back = Späť na „Prihlásiť sa“

## Set your password (/eulogin/password), from the e-mailed link.

eulogin-password-title = Nastavte si heslo
# $name: the person's first name; $username: their username, in bold.
eulogin-password-lead = Dobrý deň, { $name }, zvoľte heslo ku kontu EU Login { $username }.
eulogin-password-submit = Nastaviť heslo
eulogin-password-set = Vaše heslo je nastavené
eulogin-password-set-next = Teraz sa môžete prihlásiť svojou e-mailovou adresou a novým heslom.
eulogin-password-new-email = Získať nový e-mail
eulogin-password-new-email-intro = Zadajte e-mailovú adresu svojho konta EU Login a dostanete nový odkaz na nastavenie hesla.

## Confirm your new e-mail address (/eulogin/email), from the e-mailed link.

eulogin-email-title = Potvrďte svoju novú e-mailovú adresu
# $name: the person's first name; $username: their username, in bold; $email: the new address, in bold.
eulogin-email-lead = Dobrý deň, { $name }. Prihlasovacím menom konta EU Login { $username } sa stane { $email }.
eulogin-email-old-stops = Hneď ako adresu potvrdíte, stará adresa prestane na prihlásenie fungovať.
eulogin-email-submit = Potvrdiť novú e-mailovú adresu
eulogin-email-changed = Vaša e-mailová adresa bola zmenená
# $email: the new address, in bold.
eulogin-email-changed-next = Odteraz sa prihlasujte adresou { $email }.
eulogin-email-back-to-account = Späť na moje konto
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-email-link-broken-next = Vaša e-mailová adresa sa nezmenila. Ak chcete získať nový potvrdzovací odkaz, prihláste sa a vyžiadajte si ho znova na { $link }.

## My EU Login account (/eulogin/account).

eulogin-account-title = Moje konto EU Login
eulogin-account-loading = Načítava sa vaše konto…
eulogin-account-back = Späť do TRACES NT
eulogin-account-log-in-first = Ak si chcete pozrieť a zmeniť svoje konto EU Login, prihláste sa.
# $name: first and last name; $username; $email: the login address. All three in bold.
eulogin-account-who = Prihlásený používateľ: { $name } (používateľské meno { $username }, e-mail { $email }).
eulogin-account-details = Vaše údaje
eulogin-account-details-intro = Vaše meno a priezvisko sa zobrazujú na certifikátoch, ktoré podpisujete v TRACES NT: uveďte svoje skutočné meno a priezvisko podľa dokladu totožnosti.
eulogin-account-details-submit = Uložiť údaje
eulogin-account-details-saved = Vaše údaje boli uložené.
eulogin-account-password = Zmena hesla
# Next to the field when it is empty ("Current password" is the field's label).
eulogin-account-current-password-missing = Súčasné heslo: zadajte heslo, ktoré teraz používate.
eulogin-account-password-submit = Zmeniť heslo
eulogin-account-password-changed = Vaše heslo bolo zmenené. Všetky ostatné relácie prihlásené do vášho konta (v inom prehliadači alebo počítači) boli odhlásené.
eulogin-account-email = Zmena e-mailovej adresy
eulogin-account-email-intro = Vaša e-mailová adresa je vaším prihlasovacím menom. Na novú adresu pošleme odkaz, aby sme overili, že patrí vám.
# Next to "Confirm new e-mail" ("Confirm new e-mail" and "New e-mail" are the fields' labels).
eulogin-account-email-confirm-differs = Potvrdenie novej e-mailovej adresy: zadajte rovnakú adresu ako v poli „Nová e-mailová adresa“.
eulogin-account-email-confirm-missing = Potvrdenie novej e-mailovej adresy: zadajte novú adresu znova.
eulogin-account-email-submit = Odoslať potvrdzovací odkaz
# $address: the new address, in bold; $minutes: how long the link works; $current: the present login address.
eulogin-account-email-sent = Na adresu { $address } sme poslali odkaz. Otvorte ho do { $minutes ->
        [one] { $minutes } minúty
        [few] { $minutes } minút
        [many] { $minutes } minúty
       *[other] { $minutes } minút
    }. Prihlasovacie meno sa zmení až po otvorení odkazu; dovtedy sa naďalej prihlasujte adresou { $current }.
