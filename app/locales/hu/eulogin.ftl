## EU Login, the identity service (pages/eulogin): sign-up, the e-mailed links, login, the
## account page, help and privacy. "EU Login", "TRACES NT" and "ECAS" are names.

# The mark above each EU Login page's heading.
eulogin-brand = EU Login
# Heading, button and link of the sign-up form (the helpdesk letter names it).
eulogin-create-account = Fiók létrehozása
# Links and buttons that lead to logging in.
eulogin-log-in = Bejelentkezés
# Heading of its page and the link to it.
eulogin-lost-password = Elfelejtette a jelszavát?
eulogin-help-link = Súgó: nem érkezett meg az e-mail
eulogin-send-again = E-mail újraküldése
eulogin-nothing-arrived = Nem érkezett semmi?
# The text of a link, inside sentences.
eulogin-account-page-link = EU Login-fiókja oldalán
# After a link that opens in a new tab, for screen readers.
eulogin-opens-in-new-tab = (új lapon nyílik meg)
# Heading of a page whose e-mailed link is expired, used, replaced or unknown.
eulogin-link-broken = Ez a hivatkozás nem működik
eulogin-link-checking = A hivatkozás ellenőrzése…
eulogin-link-no-code = Ez a cím nem tartalmaz hivatkozáskódot. Nyissa meg újra a hivatkozást az e-mailből, vagy másolja a teljes hivatkozást a címsorba.

## Field labels and hints.

eulogin-field-username = Felhasználónév
eulogin-field-first-name = Utónév
eulogin-field-last-name = Vezetéknév
eulogin-field-email = E-mail-cím
eulogin-field-email-confirm = E-mail-cím megerősítése
eulogin-field-email-language = Az e-mailek nyelve
eulogin-field-interface-language = A felület nyelve
eulogin-field-password = Jelszó
eulogin-field-current-password = Jelenlegi jelszó
eulogin-field-new-password = Új jelszó
eulogin-field-confirm-password = Jelszó megerősítése
eulogin-field-new-email = Új e-mail-cím
eulogin-field-confirm-new-email = Új e-mail-cím megerősítése
eulogin-name-hint = Ahogyan a személyazonosító okmányában szerepel.
eulogin-email-language-hint = Az EU Login által Önnek küldött e-mailek nyelve.
eulogin-interface-language-hint = Ezeknek az oldalaknak a nyelve, amikor be van jelentkezve.
eulogin-password-rule = Legalább 12, legfeljebb 128 karakter. A karaktertípusokra nincs szabály: egy több, egymással össze nem függő szóból álló kifejezés erős, és könnyű megjegyezni.

## Create an account (/eulogin/signup).

eulogin-signup-own-name = A fiókot a saját nevére nyissa.
# $person: "REAL PERSON" (eulogin-signup-real-person), in bold.
eulogin-signup-own-name-why = Az itt megadott adatok megjelennek a TRACES NT-ben Ön által aláírt, jogi érvénnyel bíró tanúsítványokon. Az EU Login-fiókot { $person } nevére nyissa, NE a határállomás, a vállalkozó vagy az ellenőrző szerv nevére.
eulogin-signup-real-person = VALÓDI SZEMÉLY
eulogin-signup-own-address = Saját, egyéni munkahelyi e-mail-címét használja.
eulogin-signup-own-address-why = Ezzel a címmel fog bejelentkezni a TRACES NT-be.
# Followed by the link "Log in".
eulogin-signup-already = Már van EU Login-fiókja?
eulogin-signup-all-required = Minden mező kitöltése kötelező.
eulogin-signup-username-hint = 4–32 karakter: a–z betűk, számjegyek, pont, kötőjel és aláhúzásjel; betűvel kell kezdődnie.
eulogin-signup-email-hint = Egyéni munkahelyi címe: ezzel fog bejelentkezni.
eulogin-signup-email-confirm-hint = Írja be újra ugyanazt a címet.
eulogin-signup-privacy-accept = Elolvastam és elfogadom az adatvédelmi nyilatkozatot
eulogin-signup-privacy-read = Az adatvédelmi nyilatkozat elolvasása
eulogin-signup-progress = A fiók létrehozása folyamatban…

## Check your e-mail (/eulogin/signup/sent), after "Create an account".

eulogin-sent-title = Nézze meg az e-mailjeit
# Instead of the address, when the page does not know it.
eulogin-sent-unknown-address = a megadott cím
# $address: the e-mail address, in bold.
eulogin-sent-lead = E-mailt küldtünk Önnek egy hivatkozással, amellyel beállíthatja a jelszavát. Címzett: { $address }.
# $minutes: how long the link works.
eulogin-sent-link-valid = A hivatkozás az e-mail elküldése után { $minutes } percig és csak egyszer működik. Miután beállította a jelszavát, térjen vissza a TRACES NT-be, és jelentkezzen be ezzel az e-mail-címmel.
eulogin-sent-advice-wait = Várjon néhány percet: az e-mailek megérkezése eltarthat egy ideig.
eulogin-sent-advice-spam = Nézze meg a levélszemét mappát.
eulogin-sent-advice-it = Kérje meg az informatikai részleget, hogy engedélyezze az EU Login e-mailjeit (vegye fel a feladót az engedélyezett feladók listájára, azaz „fehérlistára”).
eulogin-sent-advice-address = Ellenőrizze a fenti címet. Ha hibás, hozza létre újra a fiókot a helyes címmel.
eulogin-sent-replaces = Az új e-mail felváltja az előzőt: csak a legújabb e-mailben lévő hivatkozás működik.

## Help with EU Login (/eulogin/help), where the helpdesk letter points when the e-mail does not arrive.

eulogin-help-title = Súgó az EU Loginhoz
eulogin-help-no-email = Nem érkezett meg a jelszó beállításához szükséges e-mail
eulogin-help-no-email-intro = A „Fiók létrehozása” után az EU Login e-mailt küld Önnek egy hivatkozással, amellyel beállíthatja a jelszavát. Ha nincs a beérkezett üzenetek között:
# Each piece of advice: a short instruction in bold, then why.
eulogin-help-wait = Várjon néhány percet.
eulogin-help-wait-why = A levelezőszerverek néha egy ideig visszatartják az új feladótól érkező üzeneteket, mielőtt kézbesítenék őket.
eulogin-help-spam = Nézze meg a levélszemét mappát.
eulogin-help-spam-why = Ha ott találja az e-mailt, jelölje meg, hogy „nem levélszemét”, így a következők már a beérkezett üzenetek közé kerülnek.
eulogin-help-it = Kérje meg az informatikai részleget, hogy engedélyezze e-mailjeinket.
eulogin-help-it-why = A szervezetek gyakran szűrik a kívülről érkező e-maileket. Kérje, hogy vegyék fel az EU Login feladóját az engedélyezett feladók listájára („fehérlista”).
eulogin-help-address = Ellenőrizze a címet.
# $link: a link to the sign-up form, "create the account again" (eulogin-help-address-link).
eulogin-help-address-why = Egy elírás miatt az e-mail máshová megy. Ha a cím hibás volt, { $link } a helyes címmel.
eulogin-help-address-link = hozza létre újra a fiókot
# $action: "Send the e-mail again" (eulogin-help-again-action), in bold.
eulogin-help-again = { $action } az alábbi űrlappal.
eulogin-help-again-action = E-mail újraküldése
eulogin-help-link-broken = A hivatkozás nem működik
# $minutes: how long a link works.
eulogin-help-link-broken-why = A hivatkozás az e-mail elküldése után { $minutes } percig és csak egyszer működik. Új e-mail küldésekor a korábbi e-mailekben lévő hivatkozások nem működnek tovább: mindig a legújabb e-mailt használja. Ha a levelezőprogramja kettévágja a hivatkozást, másolja a teljes hivatkozást a böngésző címsorába.
eulogin-help-send-again-intro = Adja meg EU Login-fiókja e-mail-címét. Ha a cím regisztrálva van, új hivatkozást küldünk a jelszó beállításához.
eulogin-help-have-account = Már van fiókja?
# $login: a link, "log in" (eulogin-help-have-account-log-in); $lost: a link, "Lost your password?" (eulogin-lost-password).
eulogin-help-have-account-why = Ha már van EU Login-fiókja (ECAS), nincs szüksége újra: { $login }. Ha elfelejtette a jelszavát, használja ezt a lehetőséget: { $lost }
eulogin-help-have-account-log-in = jelentkezzen be
eulogin-help-contact = Kapcsolatfelvétel az ügyfélszolgálattal
eulogin-help-contact-intro = Ha mindez nem segít, vagy ha bármilyen kérdése van a TRACES NT-vel és az ellenőrzési tanúsítvánnyal kapcsolatban, írjon ide:
# $address: the helpdesk's e-mail address, a link.
eulogin-help-contact-traces = { $address } (TRACES NT és EU Login)
# $address: the e-mail address of the organic products helpdesk, a link.
eulogin-help-contact-organic = { $address } (az ökológiai termékek ellenőrzési tanúsítványa)
eulogin-help-contact-advice = Írja meg, melyik e-mail-címet használta, és soha ne küldje el a jelszavát.

## Privacy statement (/eulogin/privacy).

eulogin-privacy-title = Adatvédelmi nyilatkozat
eulogin-privacy-lead = Az EU Login segítségével igazolja személyazonosságát a TRACES NT felé. Ez az oldal leírja, milyen adatokat tárolunk Önről, miért, és mit tehet ezzel kapcsolatban.
eulogin-privacy-stored = Mit tárolunk
eulogin-privacy-stored-names = Felhasználónevét, utónevét és vezetéknevét.
eulogin-privacy-stored-email = E-mail-címét, amely egyben a bejelentkezési azonosítója is.
eulogin-privacy-stored-languages = Az Önnek küldött e-mailek nyelvét és a felület nyelvét.
eulogin-privacy-stored-password = Jelszavát, kizárólag kivonatolt (hash) formában: ez egyirányú átalakítás, amelyből a jelszó nem fejthető vissza. Senki, még az ügyfélszolgálat sem láthatja a jelszavát.
eulogin-privacy-stored-session = Amíg be van jelentkezve, egy munkamenet-sütit és utolsó tevékenységének időpontját, hogy a munkamenet véget érjen, amikor abbahagyja a használatát vagy kijelentkezik.
eulogin-privacy-why = Miért
eulogin-privacy-why-identify = Hogy azonosítsuk Önt, amikor bejelentkezik a TRACES NT-be, és hogy elküldjük a szolgáltatáshoz szükséges e-maileket (a jelszó beállítására szolgáló hivatkozást, az új cím megerősítését).
eulogin-privacy-why-certificates = Utóneve és vezetékneve megjelenik a TRACES NT-ben Ön által aláírt tanúsítványokon. A tanúsítványok jogi érvénnyel bírnak, ezért a fióknak az aláíró valódi személy nevére kell szólnia.
eulogin-privacy-no-other-use = Adatait semmi másra nem használjuk, nem adjuk el, és marketingcélokra sem osztjuk meg.
eulogin-privacy-rights = Az Ön jogai
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-privacy-rights-text = Bejelentkezés után nevét, nyelveit, e-mail-címét és jelszavát bármikor megtekintheti és kijavíthatja { $link }. Ha másolatot szeretne kérni adatairól, vagy fiókja törlését kéri, írjon az ügyfélszolgálatnak.
eulogin-privacy-contact = Kapcsolat
# $address: the helpdesk's e-mail address, a link.
eulogin-privacy-helpdesk = Ügyfélszolgálat: { $address }

## Log in (/eulogin/login), where "Login into TRACES" leads.

eulogin-login-title = Bejelentkezés
eulogin-login-lead = Jelentkezzen be EU Login-fiókja e-mail-címével.
# Next to the password field when it is empty ("Password" is the field's label).
eulogin-login-password-missing = Jelszó: adja meg a jelszavát.
# Followed by the link "Create an account".
eulogin-login-no-account = Még nincs fiókja?

## Lost your password? (/eulogin/lost-password)

eulogin-lost-lead = Adja meg EU Login-fiókja e-mail-címét. Ha a cím regisztrálva van, e-mailt küldünk Önnek egy hivatkozással, amellyel új jelszót állíthat be.
# $minutes: how long the link works.
eulogin-lost-link-valid = A hivatkozás { $minutes } percig és csak egyszer működik. Jelenlegi jelszava az új jelszó beállításáig továbbra is működik.
eulogin-lost-submit = Hivatkozás küldése
eulogin-lost-back = Vissza a „Bejelentkezés” oldalra

## Set your password (/eulogin/password), from the e-mailed link.

eulogin-password-title = Jelszó beállítása
# $name: the person's first name; $username: their username, in bold.
eulogin-password-lead = Üdvözöljük, { $name }! Válasszon jelszót ehhez az EU Login-fiókhoz: { $username }.
eulogin-password-submit = Jelszavam beállítása
eulogin-password-set = Jelszavát beállítottuk
eulogin-password-set-next = Most már bejelentkezhet e-mail-címével és új jelszavával.
eulogin-password-new-email = Új e-mail kérése
eulogin-password-new-email-intro = Adja meg EU Login-fiókja e-mail-címét, hogy új hivatkozást kapjon a jelszó beállításához.

## Confirm your new e-mail address (/eulogin/email), from the e-mailed link.

eulogin-email-title = Új e-mail-címének megerősítése
# $name: the person's first name; $username: their username, in bold; $email: the new address, in bold.
eulogin-email-lead = Üdvözöljük, { $name }! Az EU Login-fiók ({ $username }) bejelentkezési címe ez lesz: { $email }.
eulogin-email-old-stops = A megerősítés után régi címével azonnal nem lehet többé bejelentkezni.
eulogin-email-submit = Új e-mail-címem megerősítése
eulogin-email-changed = E-mail-címe megváltozott
# $email: the new address, in bold.
eulogin-email-changed-next = Mostantól ezzel a címmel jelentkezzen be: { $email }.
eulogin-email-back-to-account = Vissza a fiókomhoz
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-email-link-broken-next = E-mail-címe nem változott meg. Új megerősítő hivatkozásért jelentkezzen be, és kérje újra { $link }.

## My EU Login account (/eulogin/account).

eulogin-account-title = EU Login-fiókom
eulogin-account-loading = A fiók betöltése…
eulogin-account-back = Vissza a TRACES NT-be
eulogin-account-log-in-first = EU Login-fiókja megtekintéséhez és módosításához jelentkezzen be.
# $name: first and last name; $username; $email: the login address. All three in bold.
eulogin-account-who = Bejelentkezve: { $name } (felhasználónév: { $username }, e-mail-cím: { $email }).
eulogin-account-details = Az Ön adatai
eulogin-account-details-intro = Nevei megjelennek a TRACES NT-ben Ön által aláírt tanúsítványokon: valódi nevét használja, ahogyan a személyazonosító okmányában szerepel.
eulogin-account-details-submit = Adataim mentése
eulogin-account-details-saved = Adatait elmentettük.
eulogin-account-password = Jelszó módosítása
# Next to the field when it is empty ("Current password" is the field's label).
eulogin-account-current-password-missing = Jelenlegi jelszó: adja meg a jelenleg használt jelszavát.
eulogin-account-password-submit = Jelszavam módosítása
eulogin-account-password-changed = Jelszavát módosítottuk. A fiókjába bejelentkezett összes többi munkamenetet (másik böngészőben vagy számítógépen) lezártuk.
eulogin-account-email = E-mail-cím módosítása
eulogin-account-email-intro = E-mail-címe egyben a bejelentkezési azonosítója. Az új címre hivatkozást küldünk, hogy meggyőződjünk arról, hogy az Öné.
# Next to "Confirm new e-mail" ("Confirm new e-mail" and "New e-mail" are the fields' labels).
eulogin-account-email-confirm-differs = Új e-mail-cím megerősítése: ugyanazt a címet írja be, mint az „Új e-mail-cím” mezőben.
eulogin-account-email-confirm-missing = Új e-mail-cím megerősítése: írja be újra az új címet.
eulogin-account-email-submit = Megerősítő hivatkozás küldése
# $address: the new address, in bold; $minutes: how long the link works; $current: the present login address.
eulogin-account-email-sent = Hivatkozást küldtünk ide: { $address }. { $minutes } percen belül nyissa meg. Bejelentkezési címe csak a hivatkozás megnyitása után változik meg; addig továbbra is ezzel jelentkezzen be: { $current }.
