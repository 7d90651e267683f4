## EU Login, the identity service (pages/eulogin): sign-up, the e-mailed links, login, the
## account page, help and privacy. "EU Login", "TRACES NT" and "ECAS" are names.

# The mark above each EU Login page's heading.
eulogin-brand = EU Login
# Heading, button and link of the sign-up form (the helpdesk letter names it).
eulogin-create-account = Vytvořit účet
# Links and buttons that lead to logging in.
eulogin-log-in = Přihlásit se
# Heading of its page and the link to it.
eulogin-lost-password = Zapomněli jste heslo?
eulogin-help-link = Nápověda: e-mail nepřišel
eulogin-send-again = Odeslat e-mail znovu
eulogin-nothing-arrived = Nic nepřišlo?
# The text of a link, inside sentences.
eulogin-account-page-link = stránce svého účtu EU Login
# After a link that opens in a new tab, for screen readers.
eulogin-opens-in-new-tab = (otevře se na nové kartě)
# Heading of a page whose e-mailed link is expired, used, replaced or unknown.
eulogin-link-broken = Tento odkaz nefunguje
eulogin-link-checking = Kontrolujeme váš odkaz…
eulogin-link-no-code = Tato adresa neobsahuje kód odkazu. Otevřete odkaz z e-mailu znovu, nebo zkopírujte celý odkaz do adresního řádku.

## Field labels and hints.

eulogin-field-username = Uživatelské jméno
eulogin-field-first-name = Jméno
eulogin-field-last-name = Příjmení
eulogin-field-email = E-mailová adresa
eulogin-field-email-confirm = Potvrzení e-mailové adresy
eulogin-field-email-language = Jazyk e-mailů
eulogin-field-interface-language = Jazyk rozhraní
eulogin-field-password = Heslo
eulogin-field-current-password = Současné heslo
eulogin-field-new-password = Nové heslo
eulogin-field-confirm-password = Potvrzení hesla
eulogin-field-new-email = Nová e-mailová adresa
eulogin-field-confirm-new-email = Potvrzení nové e-mailové adresy
eulogin-name-hint = Tak, jak je uvedeno v dokladu totožnosti.
eulogin-email-language-hint = Jazyk e-mailů, které vám EU Login posílá.
eulogin-interface-language-hint = Jazyk těchto stránek po přihlášení.
eulogin-password-rule = Nejméně 12 znaků, nejvýše 128. Žádná pravidla pro druhy znaků: fráze z několika spolu nesouvisejících slov je silná a snadno zapamatovatelná.

## Create an account (/eulogin/signup).

eulogin-signup-own-name = Založte si účet na své vlastní jméno.
# $person: "REAL PERSON" (eulogin-signup-real-person), in bold.
eulogin-signup-own-name-why = Údaje, které zde zadáte, se zobrazí na osvědčeních, která podepisujete v TRACES NT a která mají právní účinky. Účet EU Login založte na jméno { $person }, NIKOLI na své stanoviště hraniční kontroly, provozovatele nebo kontrolní subjekt.
eulogin-signup-real-person = SKUTEČNÉ OSOBY
eulogin-signup-own-address = Použijte svou osobní pracovní e-mailovou adresu.
eulogin-signup-own-address-why = Touto adresou se budete přihlašovat do TRACES NT.
# Followed by the link "Log in".
eulogin-signup-already = Už máte účet EU Login?
eulogin-signup-all-required = Všechna pole jsou povinná.
eulogin-signup-username-hint = 4 až 32 znaků: písmena a–z, číslice, tečky, spojovníky a podtržítka; na začátku písmeno.
eulogin-signup-email-hint = Vaše osobní pracovní adresa: budete se jí přihlašovat.
eulogin-signup-email-confirm-hint = Zadejte stejnou adresu znovu.
eulogin-signup-privacy-accept = Potvrzuji přečtení prohlášení o ochraně osobních údajů a souhlasím s ním
eulogin-signup-privacy-read = Přečíst prohlášení o ochraně osobních údajů
eulogin-signup-progress = Vytváříme váš účet…

## Check your e-mail (/eulogin/signup/sent), after "Create an account".

eulogin-sent-title = Zkontrolujte svůj e-mail
# Instead of the address, when the page does not know it.
eulogin-sent-unknown-address = zadanou adresu
# $address: the e-mail address, in bold.
eulogin-sent-lead = Na { $address } jsme poslali e-mail s odkazem pro nastavení hesla.
# $minutes: how long the link works.
eulogin-sent-link-valid = Odkaz funguje { $minutes ->
        [one] { $minutes } minutu
        [few] { $minutes } minuty
        [many] { $minutes } minuty
       *[other] { $minutes } minut
    } od odeslání e-mailu, a to jen jednou. Po nastavení hesla se vraťte do TRACES NT a přihlaste se touto e-mailovou adresou.
eulogin-sent-advice-wait = Počkejte několik minut: doručení e-mailů může chvíli trvat.
eulogin-sent-advice-spam = Podívejte se do složky se spamem nebo nevyžádanou poštou.
eulogin-sent-advice-it = Požádejte své IT oddělení, aby povolilo e-maily od EU Login (zařadilo odesílatele na seznam povolených odesílatelů, tzv. „whitelist“).
eulogin-sent-advice-address = Zkontrolujte výše uvedenou adresu. Pokud je chybná, vytvořte účet znovu se správnou adresou.
eulogin-sent-replaces = Nový e-mail nahrazuje předchozí: funguje pouze odkaz v nejnovějším e-mailu.

## Help with EU Login (/eulogin/help), where the helpdesk letter points when the e-mail does not arrive.

eulogin-help-title = Nápověda k EU Login
eulogin-help-no-email = Nepřišel e-mail pro nastavení hesla
eulogin-help-no-email-intro = Po kliknutí na „Vytvořit účet“ vám EU Login pošle e-mail s odkazem pro nastavení hesla. Pokud ho ve schránce nemáte:
# Each piece of advice: a short instruction in bold, then why.
eulogin-help-wait = Počkejte několik minut.
eulogin-help-wait-why = Poštovní servery někdy zprávy od nového odesílatele před doručením nějakou dobu zadržují.
eulogin-help-spam = Podívejte se do složky se spamem nebo nevyžádanou poštou.
eulogin-help-spam-why = Pokud tam e-mail najdete, označte ho jako „není spam“, aby další e-maily přicházely do doručené pošty.
eulogin-help-it = Požádejte své IT oddělení, aby naše e-maily povolilo.
eulogin-help-it-why = Organizace často filtrují e-maily zvenčí. Požádejte je, aby odesílatele EU Login zařadili na seznam povolených odesílatelů („whitelist“).
eulogin-help-address = Zkontrolujte adresu.
# $link: a link to the sign-up form, "create the account again" (eulogin-help-address-link).
eulogin-help-address-why = Při překlepu odejde e-mail jinam. Pokud byla adresa chybná, { $link } se správnou adresou.
eulogin-help-address-link = vytvořte účet znovu
# $action: "Send the e-mail again" (eulogin-help-again-action), in bold.
eulogin-help-again = { $action } pomocí formuláře níže.
eulogin-help-again-action = Odeslat e-mail znovu
eulogin-help-link-broken = Odkaz nefunguje
# $minutes: how long a link works.
eulogin-help-link-broken-why = Odkaz funguje { $minutes ->
        [one] { $minutes } minutu
        [few] { $minutes } minuty
        [many] { $minutes } minuty
       *[other] { $minutes } minut
    } od odeslání e-mailu, a to jen jednou. Po odeslání nového e-mailu přestanou odkazy v dřívějších e-mailech fungovat: vždy použijte nejnovější e-mail. Pokud váš e-mailový program odkaz rozdělí na dvě části, zkopírujte celý odkaz do adresního řádku prohlížeče.
eulogin-help-send-again-intro = Zadejte e-mailovou adresu svého účtu EU Login. Pokud je registrována, pošleme vám nový odkaz pro nastavení hesla.
eulogin-help-have-account = Už máte účet?
# $login: a link, "log in" (eulogin-help-have-account-log-in); $lost: a link, "Lost your password?" (eulogin-lost-password).
eulogin-help-have-account-why = Pokud už máte účet EU Login (ECAS), nový nepotřebujete: { $login }. Pokud jste zapomněli heslo, použijte „{ $lost }“.
eulogin-help-have-account-log-in = přihlaste se
eulogin-help-contact = Kontaktujte helpdesk
eulogin-help-contact-intro = Pokud nic z toho nepomůže, nebo máte jakýkoli dotaz k TRACES NT a osvědčení o kontrole, napište na adresu:
# $address: the helpdesk's e-mail address, a link.
eulogin-help-contact-traces = { $address } (TRACES NT a EU Login)
# $address: the e-mail address of the organic products helpdesk, a link.
eulogin-help-contact-organic = { $address } (osvědčení o kontrole pro ekologické produkty)
eulogin-help-contact-advice = Uveďte, jakou e-mailovou adresu jste použili, a nikdy neposílejte své heslo.

## Privacy statement (/eulogin/privacy).

eulogin-privacy-title = Prohlášení o ochraně osobních údajů
eulogin-privacy-lead = Prostřednictvím EU Login prokazujete svou totožnost v TRACES NT. Tato stránka popisuje, jaké údaje o vás uchováváme, proč a jaké máte možnosti.
eulogin-privacy-stored = Co uchováváme
eulogin-privacy-stored-names = Vaše uživatelské jméno, jméno a příjmení.
eulogin-privacy-stored-email = Vaši e-mailovou adresu, která je zároveň vaším přihlašovacím jménem.
eulogin-privacy-stored-languages = Jazyk e-mailů, které vám posíláme, a jazyk rozhraní.
eulogin-privacy-stored-password = Vaše heslo, pouze v podobě hashe: jednosměrné transformace, ze které nelze heslo zpětně získat. Vaše heslo nikdo nevidí, ani helpdesk.
eulogin-privacy-stored-session = Po dobu přihlášení soubor cookie relace a čas vaší poslední aktivity, aby relace skončila, když ji přestanete používat nebo se odhlásíte.
eulogin-privacy-why = Proč
eulogin-privacy-why-identify = Abychom vás identifikovali při přihlášení do TRACES NT a mohli vám posílat e-maily, které služba potřebuje (odkaz pro nastavení hesla, potvrzení nové adresy).
eulogin-privacy-why-certificates = Vaše jméno a příjmení se zobrazují na osvědčeních, která podepisujete v TRACES NT. Osvědčení mají právní účinky, proto musí účet znít na jméno skutečné osoby, která je podepisuje.
eulogin-privacy-no-other-use = Vaše údaje nepoužíváme k ničemu jinému a neprodáváme je ani je nesdílíme pro marketingové účely.
eulogin-privacy-rights = Vaše práva
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-privacy-rights-text = Své jméno a příjmení, jazyky, e-mailovou adresu a heslo můžete po přihlášení kdykoli zobrazit a opravit na { $link }. Chcete-li získat kopii svých údajů nebo nechat svůj účet smazat, napište helpdesku.
eulogin-privacy-contact = Kontakt
# $address: the helpdesk's e-mail address, a link.
eulogin-privacy-helpdesk = Helpdesk: { $address }

## Log in (/eulogin/login), where "Login into TRACES" leads.

eulogin-login-title = Přihlásit se
eulogin-login-lead = Přihlaste se e-mailovou adresou svého účtu EU Login.
# Next to the password field when it is empty ("Password" is the field's label).
eulogin-login-password-missing = Heslo: zadejte své heslo.
# Followed by the link "Create an account".
eulogin-login-no-account = Ještě nemáte účet?

## Lost your password? (/eulogin/lost-password)

eulogin-lost-lead = Zadejte e-mailovou adresu svého účtu EU Login. Pokud je registrována, pošleme vám e-mail s odkazem pro nastavení nového hesla.
# $minutes: how long the link works.
eulogin-lost-link-valid = Odkaz funguje { $minutes ->
        [one] { $minutes } minutu
        [few] { $minutes } minuty
        [many] { $minutes } minuty
       *[other] { $minutes } minut
    }, a to jen jednou. Vaše současné heslo funguje, dokud nenastavíte nové.
eulogin-lost-submit = Poslat mi odkaz
eulogin-lost-back = Zpět na „Přihlásit se“

## Set your password (/eulogin/password), from the e-mailed link.

eulogin-password-title = Nastavte si heslo
# $name: the person's first name; $username: their username, in bold.
eulogin-password-lead = Dobrý den, { $name }, zvolte heslo k účtu EU Login { $username }.
eulogin-password-submit = Nastavit heslo
eulogin-password-set = Vaše heslo je nastaveno
eulogin-password-set-next = Nyní se můžete přihlásit svou e-mailovou adresou a novým heslem.
eulogin-password-new-email = Získat nový e-mail
eulogin-password-new-email-intro = Zadejte e-mailovou adresu svého účtu EU Login a obdržíte nový odkaz pro nastavení hesla.

## Confirm your new e-mail address (/eulogin/email), from the e-mailed link.

eulogin-email-title = Potvrďte svou novou e-mailovou adresu
# $name: the person's first name; $username: their username, in bold; $email: the new address, in bold.
eulogin-email-lead = Dobrý den, { $name }. Přihlašovacím jménem účtu EU Login { $username } se stane { $email }.
eulogin-email-old-stops = Jakmile adresu potvrdíte, stará adresa přestane pro přihlášení fungovat.
eulogin-email-submit = Potvrdit novou e-mailovou adresu
eulogin-email-changed = Vaše e-mailová adresa byla změněna
# $email: the new address, in bold.
eulogin-email-changed-next = Od této chvíle se přihlašujte adresou { $email }.
eulogin-email-back-to-account = Zpět na můj účet
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-email-link-broken-next = Vaše e-mailová adresa se nezměnila. Chcete-li získat nový potvrzovací odkaz, přihlaste se a vyžádejte si jej znovu na { $link }.

## My EU Login account (/eulogin/account).

eulogin-account-title = Můj účet EU Login
eulogin-account-loading = Načítání vašeho účtu…
eulogin-account-back = Zpět do TRACES NT
eulogin-account-log-in-first = Chcete-li zobrazit a změnit svůj účet EU Login, přihlaste se.
# $name: first and last name; $username; $email: the login address. All three in bold.
eulogin-account-who = Přihlášený uživatel: { $name } (uživatelské jméno { $username }, e-mail { $email }).
eulogin-account-details = Vaše údaje
eulogin-account-details-intro = Vaše jméno a příjmení se zobrazují na osvědčeních, která podepisujete v TRACES NT: uveďte své skutečné jméno a příjmení podle dokladu totožnosti.
eulogin-account-details-submit = Uložit údaje
eulogin-account-details-saved = Vaše údaje byly uloženy.
eulogin-account-password = Změna hesla
# Next to the field when it is empty ("Current password" is the field's label).
eulogin-account-current-password-missing = Současné heslo: zadejte heslo, které nyní používáte.
eulogin-account-password-submit = Změnit heslo
eulogin-account-password-changed = Vaše heslo bylo změněno. Všechny ostatní relace přihlášené k vašemu účtu (v jiném prohlížeči nebo počítači) byly odhlášeny.
eulogin-account-email = Změna e-mailové adresy
eulogin-account-email-intro = Vaše e-mailová adresa je vaším přihlašovacím jménem. Na novou adresu pošleme odkaz, abychom ověřili, že patří vám.
# Next to "Confirm new e-mail" ("Confirm new e-mail" and "New e-mail" are the fields' labels).
eulogin-account-email-confirm-differs = Potvrzení nové e-mailové adresy: zadejte stejnou adresu jako v poli „Nová e-mailová adresa“.
eulogin-account-email-confirm-missing = Potvrzení nové e-mailové adresy: zadejte novou adresu znovu.
eulogin-account-email-submit = Odeslat potvrzovací odkaz
# $address: the new address, in bold; $minutes: how long the link works; $current: the present login address.
eulogin-account-email-sent = Na adresu { $address } jsme poslali odkaz. Otevřete jej do { $minutes ->
        [one] { $minutes } minuty
        [few] { $minutes } minut
        [many] { $minutes } minuty
       *[other] { $minutes } minut
    }. Přihlašovací jméno se změní až po otevření odkazu; do té doby se nadále přihlašujte adresou { $current }.
