## Errors any server function can answer with (api::ApiError).

# $count: how many fields have a problem (2 or more).
error-fields-need-attention = { $count } mező javítást igényel.
error-unauthenticated = Először jelentkezzen be.
error-forbidden = Ehhez nincs jogosultsága.
error-login-failed = Sikertelen bejelentkezés: az e-mail-cím vagy a jelszó nem helyes, vagy a fiókot túl sok próbálkozás miatt 15 percre zároltuk. Ellenőrizze mindkettőt, és próbálja újra, vagy használja az „Elfelejtette a jelszavát?” lehetőséget.
error-cross-site = Ez a kérés egy másik webhelyről érkezett, ezért elutasítottuk.
# $seconds: how long to wait.
error-rate-limited = Túl sok próbálkozás. Várjon { $seconds } másodpercet, majd próbálja újra.
error-too-large = A kérés túl nagy: az űrlap egyik mezője sem fogad el néhány ezer karakternél többet. Rövidítse le a beírt szöveget, és próbálja újra.
error-storage-unavailable = A szerver most nem tud semmit menteni, mert a tárhelye megtelt vagy csak olvasható. Semmi sem lett mentve abból, amit megadott. Próbálja újra később; ha a hiba továbbra is fennáll, értesítse az ügyfélszolgálatot.
error-internal = Hiba történt a rendszerünkben. Kis idő múlva próbálja újra.
error-unavailable = A szerver nem érhető el. Ellenőrizze a kapcsolatot, és próbálja újra.
# $detail: the decoder's words, in English.
error-unreadable-request = A kérést nem sikerült beolvasni: { $detail }

## EU Login: sign-up, the e-mailed links, login and the account page.

# $minutes: how long a link works after its e-mail is sent.
error-link-expired = Ez a hivatkozás lejárt: a hivatkozások az e-mail elküldése után { $minutes } percig működnek. Kérjen új e-mailt alább.
error-link-not-valid = Ez a hivatkozás érvénytelen. Másolja a teljes hivatkozást az e-mailből a címsorba, vagy kérjen új e-mailt alább.
error-link-used = Ezt a hivatkozást már felhasználták: minden hivatkozás csak egyszer működik. Ha ismét be kell állítania a jelszavát, kérjen új e-mailt alább.
error-link-superseded = Ezután az e-mail után egy újabbat küldtünk: csak a legújabb e-mailben lévő hivatkozás működik. Azt használja, vagy kérjen új e-mailt alább.
error-link-not-for-password = Ez a hivatkozás e-mail-cím megerősítésére szolgál, nem jelszó beállítására.
error-link-not-for-email = Ez a hivatkozás jelszó beállítására szolgál, nem e-mail-cím megerősítésére.
error-link-used-meanwhile = Ezt a hivatkozást az imént felhasználták vagy lecserélték. Kérjen újat a fiókja oldalán.
error-email-now-taken = Ezt a címet már egy másik EU Login-fiók használja, ezért nem lehet az Öné. Válasszon másik címet a fiókja oldalán.
# $username: the username the person chose.
error-username-taken = Felhasználónév: „{ $username }” már foglalt. Válasszon másikat.
error-login-password-empty = Jelszó: adja meg a jelszavát.
error-new-email-confirmation = Új e-mail-cím megerősítése: ugyanazt a címet írja be, mint az „Új e-mail-cím” mezőben.
error-new-email-unchanged = Új e-mail-cím: már ez a fiókja címe.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-new-email-demo-address = Új e-mail-cím: a(z) { $domain } tartomány címei csak a képzési környezetben használhatók: leveleiket bárki elolvashatja a bemutató postafiókban, és így átveheti az Ön szerepkörét vagy függő kérelmeit az éles környezetben. Tartson meg egy saját címet.

## The “Code” field of the sign-up and lost-password forms (the captcha).

error-captcha-empty = Kód: írja be a képen látható karaktereket.
error-captcha-expired = Kód: ez a kép lejárt. Írja be az új kép karaktereit.
error-captcha-used = Kód: ezt a képet már felhasználták. Írja be az új kép karaktereit.
error-captcha-wrong = Kód: a karakterek nem egyeznek a képpel. Írja be az új kép karaktereit.

## Hints of the password strength meter: the length rule, then zxcvbn's warnings and suggestions.

# $min: the fewest characters a password may have.
error-password-too-short-hint = Legalább { $min } karaktert használjon.
error-password-straight-rows = Az egy sorban egymás mellett lévő billentyűket könnyű kitalálni.
error-password-short-keyboard-patterns = A rövid billentyűzetmintákat könnyű kitalálni.
error-password-repeats-aaa = Az olyan ismétlődéseket, mint az „aaa”, könnyű kitalálni.
error-password-repeats-abcabc = Az olyan ismétlődéseket, mint az „abcabcabc”, csak alig nehezebb kitalálni, mint az „abc”-t.
error-password-top-10 = Ez a 10 leggyakoribb jelszó egyike.
error-password-top-100 = Ez a 100 leggyakoribb jelszó egyike.
error-password-common = Ez egy nagyon gyakori jelszó.
error-password-similar-to-common = Ez egy gyakran használt jelszóhoz hasonlít.
error-password-sequences = Az olyan sorozatokat, mint az abc vagy a 6543, könnyű kitalálni.
error-password-recent-years = A közelmúlt évszámait könnyű kitalálni.
error-password-single-word = Egyetlen szót önmagában könnyű kitalálni.
error-password-dates = A dátumokat gyakran könnyű kitalálni.
error-password-names-by-themselves = Az utóneveket és vezetékneveket önmagukban könnyű kitalálni.
error-password-common-names = A gyakori utóneveket és vezetékneveket könnyű kitalálni.
error-password-use-a-few-words = Használjon néhány szót, és kerülje a gyakori kifejezéseket.
error-password-no-need-for-symbols = Nincs szükség szimbólumokra, számjegyekre vagy nagybetűkre.
error-password-add-a-word = Adjon hozzá még egy-két szót. A ritkább szavak jobbak.
error-password-capitalization = A nagy kezdőbetű nem sokat segít.
error-password-all-uppercase = A csupa nagybetűs jelszót majdnem olyan könnyű kitalálni, mint a csupa kisbetűset.
error-password-reversed-words = A visszafelé írt szavakat nem sokkal nehezebb kitalálni.
error-password-substitutions = Az olyan kiszámítható cserék, mint a „@” az „a” helyett, nem sokat segítenek.
error-password-longer-keyboard-pattern = Használjon hosszabb, több irányváltást tartalmazó billentyűzetmintát.
error-password-avoid-repeats = Kerülje az ismétlődő szavakat és karaktereket.
error-password-avoid-sequences = Kerülje a sorozatokat.
error-password-avoid-recent-years = Kerülje a közelmúlt évszámait.
error-password-avoid-your-years = Kerülje az Önhöz köthető évszámokat.
error-password-avoid-your-dates = Kerülje az Önhöz köthető dátumokat és évszámokat.

## The training instance.

error-persona-unknown = Nincs ilyen mintaszemély. Válasszon egyet a képzési környezet kezdőoldalán található listából.

## Addresses under /api that name nothing.

error-api-function-unknown = Nincs ilyen API-függvény.
error-export-unknown = Nincs ilyen export: a queue.csv vagy a decisions.csv fájlt használja.

## The approval queue: filters, page links, export links.

error-queue-page-link = Az oldalhivatkozás már nem érvényes. Térjen vissza a várólista első oldalára.
error-queue-organisation-too-long = Szervezet: legfeljebb 100 karaktert írjon be a névből.
# $max: the largest age accepted, in days.
error-queue-age-too-high = Kor: legfeljebb { $max } nap.
error-queue-age-not-a-number = Kor: egész számú napot adjon meg, például 7.
# $value: what the link has instead of an instance (production or training).
error-export-link-instance = Az exporthivatkozás érvénytelen: „{ $value }” nem TRACES NT-környezet: a „production” vagy a „training” értéket használja.
error-export-link-no-instance = Az exporthivatkozás érvénytelen: nem nevez meg környezetet.
# $key, $value: the setting of the link that is not one of the queue's.
error-export-link-setting = Az exporthivatkozás érvénytelen: „{ $key }={ $value }” nem tartozik a beállításai közé. Használja a várólista oldalának exportgombját.

## Deciding requests, one or many, and the Administrator flag.

# $id: the request's number.
error-decide-not-found = Nincs olyan { $id }. számú kérelem, amelyről ebben a környezetben dönthet. Lehet, hogy másik országhoz vagy szervezethez tartozik; nyissa meg a várólistájáról.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-decide-organisation-closed = „{ $name }”: a szervezet { $status ->
        [rejected] elutasított
        [inactive] inaktív
       *[other] „{ $status }” állapotú
    }, ezért senki sem csatlakozhat hozzá. Ehelyett utasítsa el a kérelmet indoklással.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-accepted = A(z) { $id }. számú kérelmet { $who } már elfogadta ({ $when }); semmi sem változott.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-rejected = A(z) { $id }. számú kérelmet { $who } már elutasította ({ $when }); semmi sem változott.
# $id: the request's number; $when: the date and time (UTC) or “earlier”.
error-decide-already-cancelled = A(z) { $id }. számú kérelmet a kérelmező már törölte ({ $when }); semmi sem változott.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-revoked = A(z) { $id }. számú kérelmet { $who } már visszavonta ({ $when }); semmi sem változott.
# $id: the request's number; $status: its status, a code the schema does not know (in English); $when: the date and time (UTC) or “earlier”.
error-decide-already-other = A(z) { $id }. számú kérelem már „{ $status }” állapotú ({ $when }); semmi sem változott.
# Stands for the person who decided, when the account is gone.
error-decide-by-unknown = valaki
# Stands for the time of a decision, when it was not recorded.
error-decide-at-unknown = korábban
# $id: the request's number.
error-decide-meanwhile = A(z) { $id }. számú kérelemről időközben döntés született; semmi sem változott. A döntés megtekintéséhez töltse be újra.
error-decide-none-selected = Jelöljön ki legalább egy kérelmet a várólistán, majd fogadja el vagy utasítsa el.
# $max: how many requests can be decided at once; $count: how many were selected.
error-decide-too-many = Egyszerre legfeljebb { $max } kérelmet jelöljön ki; Ön { $count } kérelmet jelölt ki.
# $id: the request's number.
error-decide-selected-twice = A(z) { $id }. számú kérelem kétszer van kijelölve; minden kérelmet csak egyszer jelöljön ki.
# $failed: how many of the selected requests cannot be decided; $count: how many were selected.
error-decide-nothing-decided = Nem született döntés: a kijelölt { $count } kérelem közül { $failed } kérelemről nem lehet dönteni. Szüntesse meg ezek kijelölését, és próbálja újra.
# $id: the request's number; $status: its status (a stored code, chooses the words).
error-admin-not-valid = A(z) { $id }. számú kérelem nem érvényes pozíció (állapota: { $status ->
        [pending] függőben
        [rejected] elutasítva
        [cancelled] törölve
        [revoked] visszavonva
       *[other] { $status }
    }): csak érvényes pozíció birtokosa lehet adminisztrátor.
# $id: the request's number.
error-admin-changed-meanwhile = A(z) { $id }. számú kérelem időközben megváltozott; töltse be újra.

## Notifications in the app (not errors, but sentences the server composes too).

# $first, $last: the requester's names; $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-new-request = { $first } { $last } csatlakozni szeretne a következő szervezethez: „{ $organisation }” ({ $country }).
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-accepted = Csatlakozási kérelmét („{ $organisation }”, { $country }) elfogadták
# $organisation: the organisation's name; $country: the ISO code of the post's country; $reason: the decider's words.
error-notification-rejected = Csatlakozási kérelmét („{ $organisation }”, { $country }) elutasították: { $reason }
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-rejected-no-reason = Csatlakozási kérelmét („{ $organisation }”, { $country }) indoklás nélkül elutasították
# $organisation: the organisation's name; $country: the ISO code of the post's country; $status: the request's status (a stored code, chooses the words).
error-notification-other = Csatlakozási kérelmének („{ $organisation }”, { $country }) állapota most: { $status ->
        [pending] függőben
        [cancelled] törölve
        [revoked] visszavonva
       *[other] { $status }
    }

## TRACES: the directory search and authorisation requests.

error-search-page-link = Oldal: ez az oldalhivatkozás már nem érvényes; kezdje újra a keresést az első oldalról.
error-search-name-too-long = Név: legfeljebb 120 karakterrel keressen a névből.
# $max: the most characters allowed.
error-additional-info-too-long = További információk: legfeljebb { $max } karaktert használjon.
error-submission-key = Beküldési kulcs: 8–64 betűt, számjegyet, - vagy _ jelet küldjön (az oldal létrehoz egyet; töltse be újra, és próbálja újra).
error-submission-other-instance = Ezt a kérelmet már elküldték a másik környezetben. Töltse be újra az oldalt, és küldje el ismét.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-demo-address-production = A(z) { $domain } tartomány címei csak a képzési környezetben használhatók: leveleiket bárki elolvashatja a bemutató postafiókban, és így átveheti a fiókot. Ha engedélyezést szeretne kérni az éles környezetben, előbb módosítsa fiókja e-mail-címét a saját címére.
error-posts-none = Pozíciók: jelöljön be legalább egy szervezetet a listában, majd küldje el a kérelmet.
# $max: how many posts one request can have.
error-posts-too-many = Pozíciók: egyszerre legfeljebb { $max } pozíciót jelöljön be; a többit küldje el egy második kérelemben.
error-posts-twice = Pozíciók: ugyanaz a pozíció kétszer van bejelölve; minden pozíciót csak egyszer jelöljön be.
error-posts-one-kind = Pozíciók: csak egyféle szerepkörű szervezeteket jelöljön be (vállalkozókat, ellenőrző szerveket vagy hatóságokat).
# $name: the control body; $country: the country's name; $code: its ISO code.
error-posts-not-certified = Pozíciók: „{ $name }” nem végez tanúsítást a következő országban: { $country } ({ $code }); jelöljön be egyet a hozzá felsorolt országok közül.
# $name: the organisation; $country: the name of its country.
error-posts-other-country = Pozíciók: „{ $name }” a következő országban található: { $country }; a hozzá tartozó pozíció csak erre az országra terjed ki.
# $id: the number that was sent.
error-organisation-not-found = A(z) { $id } azonosítójú szervezet nem létezik ebben a környezetben. Keressen újra, és jelölje be a listából.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-organisation-closed = „{ $name }”: a szervezet { $status ->
        [rejected] elutasított
        [inactive] inaktív
       *[other] „{ $status }” állapotú
    }, és nem fogad új kérelmeket. Keressen újra, és jelöljön be egy másik szervezetet.
# $name: the control body.
error-no-certified-countries = „{ $name }”: az ellenőrző szervnek még nincsenek tanúsított országai, ezért nem igényelhető benne pozíció.
# $name: the organisation; $country: the name of the post's country.
error-post-already-held = „{ $name }” ({ $country }): Ön már betölti ezt a pozíciót. Törölje a jelölést, és küldje el újra a kérelmet; kérelmeit a profiloldalán találja.
# $name: the organisation; $country: the name of the post's country.
error-post-already-pending = „{ $name }” ({ $country }): erre a pozícióra vonatkozó kérelme már függőben van. Törölje a jelölést, és küldje el újra a kérelmet; kérelmeit a profiloldalán találja.
error-own-request-not-found = Nincs ilyen kérelem az Ön kérelmei között. Töltse be újra a profiloldalát.
# $organisation: the organisation's name; $status: the request's status (a stored code, chooses the words).
error-cancel-not-pending = Kérelmének („{ $organisation }”) állapota: { $status ->
        [pending] függőben
        [valid] érvényes
        [rejected] elutasítva
        [cancelled] törölve
        [revoked] visszavonva
       *[other] { $status }
    }, ezért már nem törölhető; csak a függőben lévő kérelmek törölhetők.
error-time-zone = Időzóna: válasszon egy zónát, például Europe/Brussels (Terület/Város, legfeljebb 64 karakter), vagy az UTC-t.

## New organisations: the directory import and "create a new operator".

error-import-status = Állapot: a valid, new, rejected vagy inactive értéket használja (üresen hagyva: valid).
error-import-kind = Típus: az operator, control_body vagy authority értéket használja.
error-certified-countries-empty = Tanúsított országok: Ország: válasszon országot a listából.
# $code: what was given instead of a country code.
error-certified-countries-shape = Tanúsított országok: Ország: „{ $code }” nem országkód; használja az ISO 3166-1 szerinti két betűt (DE, FR, US), vagy válasszon országot a listából.
# $code: what was given instead of a country code.
error-certified-countries-unknown = Tanúsított országok: Ország: „{ $code }” nem kiosztott ISO 3166-1 országkód; válasszon országot a listából.
# $alias: the code EU documents use (EL, UK); $iso: the ISO 3166-1 code; $name: the country's name.
error-certified-countries-eu-alias = Tanúsított országok: Ország: az uniós dokumentumokban { $alias } szerepel, de az ISO 3166-1 és a TRACES kódja { $iso }; válassza ezt: { $iso } ({ $name }).
# $code: the control body code; $other: the organisation that has it.
error-control-body-code-taken = Ellenőrző szerv kódja: { $code } már egy másik szervezet kódja: „{ $other }”.
# $eori: the EORI number; $other: the operator that has it.
error-eori-taken = EORI-szám: { $eori } már regisztrálva van a következő vállalkozóhoz: „{ $other }”; keresse meg, és kérjen hozzá jogosultságot ahelyett, hogy újra létrehozná.
error-demo-person-shared = Ez a képzési bemutató egyik szereplője, akit a teremben mindenki közösen használ: neve, e-mail-címe és jelszava nem módosítható. Ennek kipróbálásához regisztráljon saját fiókot.
