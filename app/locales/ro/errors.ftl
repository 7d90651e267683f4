## Errors any server function can answer with (api::ApiError).

# $count: how many fields have a problem (2 or more).
error-fields-need-attention = { $count ->
        [one] { $count } câmp necesită atenția dvs.
        [few] { $count } câmpuri necesită atenția dvs.
       *[other] { $count } de câmpuri necesită atenția dvs.
    }
error-unauthenticated = Vă rugăm să vă autentificați mai întâi.
error-forbidden = Nu aveți dreptul să efectuați această acțiune.
error-login-failed = Autentificare eșuată: adresa de e-mail sau parola nu este corectă ori contul este blocat timp de 15 minute după prea multe încercări. Verificați-le pe amândouă și încercați din nou sau folosiți „Ați uitat parola?”.
error-cross-site = Această cerere provine de pe alt site web și a fost refuzată.
# $seconds: how long to wait.
error-rate-limited = Prea multe încercări. Vă rugăm să așteptați { $seconds ->
        [one] { $seconds } secundă
        [few] { $seconds } secunde
       *[other] { $seconds } de secunde
    } și să încercați din nou.
error-too-large = Cererea este prea mare: niciun câmp al acestui formular nu acceptă mai mult de câteva mii de caractere. Scurtați textul introdus și încercați din nou.
error-storage-unavailable = Serverul nu poate salva nimic în acest moment, deoarece spațiul său de stocare este plin sau doar pentru citire. Nimic din ce ați introdus nu a fost salvat. Vă rugăm să încercați din nou mai târziu; dacă problema persistă, anunțați serviciul de asistență.
error-internal = A apărut o problemă la noi. Vă rugăm să încercați din nou peste puțin timp.
error-unavailable = Serverul nu a putut fi contactat. Verificați conexiunea și încercați din nou.
# $detail: the decoder's words, in English.
error-unreadable-request = Cererea nu a putut fi citită: { $detail }

## EU Login: sign-up, the e-mailed links, login and the account page.

# $minutes: how long a link works after its e-mail is sent.
error-link-expired = Acest link a expirat: linkurile funcționează timp de { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    } după trimiterea e-mailului. Solicitați un e-mail nou mai jos.
error-link-not-valid = Acest link nu este valabil. Copiați întregul link din e-mail în bara de adrese sau solicitați un e-mail nou mai jos.
error-link-used = Acest link a fost deja folosit: fiecare link funcționează o singură dată. Dacă trebuie să vă setați din nou parola, solicitați un e-mail nou mai jos.
error-link-superseded = După acest e-mail a fost trimis unul mai recent: funcționează doar linkul din cel mai recent e-mail. Folosiți-l pe acela sau solicitați un e-mail nou mai jos.
error-link-not-for-password = Acest link servește la confirmarea unei adrese de e-mail, nu la setarea unei parole.
error-link-not-for-email = Acest link servește la setarea unei parole, nu la confirmarea unei adrese de e-mail.
error-link-used-meanwhile = Acest link a fost folosit sau înlocuit adineauri. Solicitați unul nou pe pagina contului dvs.
error-email-now-taken = Această adresă este acum folosită de un alt cont EU Login, așa că nu poate deveni a dvs. Alegeți o altă adresă pe pagina contului dvs.
# $username: the username the person chose.
error-username-taken = Nume de utilizator: „{ $username }” este deja folosit. Alegeți altul.
error-login-password-empty = Parolă: introduceți parola.
error-new-email-confirmation = Confirmarea noii adrese de e-mail: introduceți aceeași adresă ca în câmpul „Adresă de e-mail nouă”.
error-new-email-unchanged = Adresă de e-mail nouă: aceasta este deja adresa contului dvs.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-new-email-demo-address = Adresă de e-mail nouă: adresele din { $domain } sunt doar pentru mediul de instruire: oricine poate citi e-mailurile trimise la ele în căsuța poștală demonstrativă și poate prelua rolul dvs. sau cererile dvs. în așteptare din mediul de producție. Păstrați o adresă proprie.

## The “Code” field of the sign-up and lost-password forms (the captcha).

error-captcha-empty = Cod: introduceți caracterele pe care le vedeți în imagine.
error-captcha-expired = Cod: această imagine a expirat. Introduceți caracterele din noua imagine.
error-captcha-used = Cod: această imagine a fost deja folosită. Introduceți caracterele din noua imagine.
error-captcha-wrong = Cod: caracterele nu corespund imaginii. Introduceți caracterele din noua imagine.

## Hints of the password strength meter: the length rule, then zxcvbn's warnings and suggestions.

# $min: the fewest characters a password may have.
error-password-too-short-hint = Folosiți cel puțin { $min ->
        [one] { $min } caracter
        [few] { $min } caractere
       *[other] { $min } de caractere
    }.
error-password-straight-rows = Rândurile continue de taste sunt ușor de ghicit.
error-password-short-keyboard-patterns = Modelele scurte de pe tastatură sunt ușor de ghicit.
error-password-repeats-aaa = Repetițiile precum „aaa” sunt ușor de ghicit.
error-password-repeats-abcabc = Repetițiile precum „abcabcabc” sunt doar puțin mai greu de ghicit decât „abc”.
error-password-top-10 = Aceasta este una dintre cele mai folosite 10 parole.
error-password-top-100 = Aceasta este una dintre cele mai folosite 100 de parole.
error-password-common = Aceasta este o parolă foarte des folosită.
error-password-similar-to-common = Aceasta seamănă cu o parolă des folosită.
error-password-sequences = Secvențele precum abc sau 6543 sunt ușor de ghicit.
error-password-recent-years = Anii recenți sunt ușor de ghicit.
error-password-single-word = Un singur cuvânt este ușor de ghicit.
error-password-dates = Datele calendaristice sunt adesea ușor de ghicit.
error-password-names-by-themselves = Prenumele și numele de familie folosite singure sunt ușor de ghicit.
error-password-common-names = Prenumele și numele de familie obișnuite sunt ușor de ghicit.
error-password-use-a-few-words = Folosiți câteva cuvinte și evitați expresiile uzuale.
error-password-no-need-for-symbols = Nu este nevoie de simboluri, cifre sau majuscule.
error-password-add-a-word = Adăugați încă un cuvânt sau două. Cuvintele mai puțin obișnuite sunt mai bune.
error-password-capitalization = Majusculele nu ajută prea mult.
error-password-all-uppercase = O parolă numai cu majuscule este aproape la fel de ușor de ghicit ca una numai cu minuscule.
error-password-reversed-words = Cuvintele scrise invers nu sunt mult mai greu de ghicit.
error-password-substitutions = Înlocuirile previzibile, precum „@” în loc de „a”, nu ajută prea mult.
error-password-longer-keyboard-pattern = Folosiți un model mai lung pe tastatură, cu mai multe schimbări de direcție.
error-password-avoid-repeats = Evitați cuvintele și caracterele repetate.
error-password-avoid-sequences = Evitați secvențele.
error-password-avoid-recent-years = Evitați anii recenți.
error-password-avoid-your-years = Evitați anii care au legătură cu dvs.
error-password-avoid-your-dates = Evitați datele și anii care au legătură cu dvs.

## The training instance.

error-persona-unknown = Nu există o astfel de persoană de test. Alegeți una din lista de pe pagina de bun venit a mediului de instruire.

## Addresses under /api that name nothing.

error-api-function-unknown = Nu există o astfel de funcție API.
error-export-unknown = Nu există un astfel de export: folosiți queue.csv sau decisions.csv.

## The approval queue: filters, page links, export links.

error-queue-page-link = Linkul paginii nu mai este valabil. Reveniți la prima pagină a listei de așteptare.
error-queue-organisation-too-long = Organizație: introduceți cel mult 100 de caractere din denumire.
# $max: the largest age accepted, in days.
error-queue-age-too-high = Vechime: cel mult { $max ->
        [one] { $max } zi
        [few] { $max } zile
       *[other] { $max } de zile
    }.
error-queue-age-not-a-number = Vechime: indicați un număr întreg de zile, de exemplu 7.
# $value: what the link has instead of an instance (production or training).
error-export-link-instance = Linkul de export nu este valabil: „{ $value }” nu este un mediu TRACES NT: folosiți „production” sau „training”.
error-export-link-no-instance = Linkul de export nu este valabil: nu indică niciun mediu.
# $key, $value: the setting of the link that is not one of the queue's.
error-export-link-setting = Linkul de export nu este valabil: „{ $key }={ $value }” nu este una dintre setările sale. Folosiți butonul de export de pe pagina listei de așteptare.

## Deciding requests, one or many, and the Administrator flag.

# $id: the request's number.
error-decide-not-found = Nu există nicio cerere cu numărul { $id } asupra căreia să puteți decide în acest mediu. Este posibil să aparțină altei țări sau altei organizații; deschideți-o din lista dvs. de așteptare.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-decide-organisation-closed = Organizația „{ $name }” este { $status ->
        [rejected] respinsă
        [inactive] inactivă
       *[other] în starea „{ $status }”
    }, deci nimeni nu i se poate alătura. Respingeți cererea, indicând un motiv.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-accepted = Cererea { $id } a fost deja acceptată de { $who } ({ $when }); nu s-a modificat nimic.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-rejected = Cererea { $id } a fost deja respinsă de { $who } ({ $when }); nu s-a modificat nimic.
# $id: the request's number; $when: the date and time (UTC) or “earlier”.
error-decide-already-cancelled = Cererea { $id } a fost deja anulată de solicitant ({ $when }); nu s-a modificat nimic.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-revoked = Cererea { $id } a fost deja revocată de { $who } ({ $when }); nu s-a modificat nimic.
# $id: the request's number; $status: its status, a code the schema does not know (in English); $when: the date and time (UTC) or “earlier”.
error-decide-already-other = Cererea { $id } este deja în starea „{ $status }” ({ $when }); nu s-a modificat nimic.
# Stands for the person who decided, when the account is gone.
error-decide-by-unknown = cineva
# Stands for the time of a decision, when it was not recorded.
error-decide-at-unknown = anterior
# $id: the request's number.
error-decide-meanwhile = Între timp s-a luat o decizie privind cererea { $id }; nu s-a modificat nimic. Reîncărcați-o pentru a vedea decizia.
error-decide-none-selected = Selectați cel puțin o cerere din lista de așteptare, apoi acceptați sau respingeți.
# $max: how many requests can be decided at once; $count: how many were selected.
error-decide-too-many = Selectați cel mult { $max ->
        [one] { $max } cerere
        [few] { $max } cereri
       *[other] { $max } de cereri
    } odată; ați selectat { $count }.
# $id: the request's number.
error-decide-selected-twice = Cererea { $id } este selectată de două ori; selectați fiecare cerere o singură dată.
# $failed: how many of the selected requests cannot be decided; $count: how many were selected.
error-decide-nothing-decided = Nu s-a luat nicio decizie: dintre cererile selectate ({ $count }), { $failed ->
        [one] { $failed } nu poate fi decisă
        [few] { $failed } nu pot fi decise
       *[other] { $failed } nu pot fi decise
    }. Deselectați-le și încercați din nou.
# $id: the request's number; $status: its status (a stored code, chooses the words).
error-admin-not-valid = Cererea { $id } nu este un post valabil (este { $status ->
        [pending] în așteptare
        [rejected] respinsă
        [cancelled] anulată
        [revoked] revocată
       *[other] în starea „{ $status }”
    }): numai titularul unui post valabil poate fi administrator.
# $id: the request's number.
error-admin-changed-meanwhile = Cererea { $id } a fost modificată între timp; reîncărcați-o.

## Notifications in the app (not errors, but sentences the server composes too).

# $first, $last: the requester's names; $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-new-request = { $first } { $last } solicită să se alăture organizației „{ $organisation }” ({ $country }).
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-accepted = Cererea dvs. de a vă alătura organizației „{ $organisation }” ({ $country }) a fost acceptată
# $organisation: the organisation's name; $country: the ISO code of the post's country; $reason: the decider's words.
error-notification-rejected = Cererea dvs. de a vă alătura organizației „{ $organisation }” ({ $country }) a fost respinsă: { $reason }
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-rejected-no-reason = Cererea dvs. de a vă alătura organizației „{ $organisation }” ({ $country }) a fost respinsă fără indicarea unui motiv
# $organisation: the organisation's name; $country: the ISO code of the post's country; $status: the request's status (a stored code, chooses the words).
error-notification-other = Cererea dvs. de a vă alătura organizației „{ $organisation }” ({ $country }) este acum { $status ->
        [pending] în așteptare
        [cancelled] anulată
        [revoked] revocată
       *[other] în starea „{ $status }”
    }

## TRACES: the directory search and authorisation requests.

error-search-page-link = Pagină: acest link de pagină nu mai este valabil; căutați din nou începând cu prima pagină.
error-search-name-too-long = Denumire: căutați cu cel mult 120 de caractere din denumire.
# $max: the most characters allowed.
error-additional-info-too-long = Informații suplimentare: folosiți cel mult { $max ->
        [one] { $max } caracter
        [few] { $max } caractere
       *[other] { $max } de caractere
    }.
error-submission-key = Cheie de transmitere: trimiteți între 8 și 64 de litere, cifre, - sau _ (pagina generează o cheie; reîncărcați-o și încercați din nou).
error-submission-other-instance = Această cerere a fost deja trimisă în celălalt mediu. Reîncărcați pagina și trimiteți-o din nou.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-demo-address-production = Adresele din { $domain } sunt doar pentru mediul de instruire: oricine poate citi e-mailurile trimise la ele în căsuța poștală demonstrativă și poate prelua contul. Pentru a solicita autorizarea în mediul de producție, schimbați mai întâi adresa de e-mail a contului dvs. cu propria adresă.
error-posts-none = Posturi: bifați cel puțin o organizație din listă, apoi trimiteți cererea.
# $max: how many posts one request can have.
error-posts-too-many = Posturi: bifați cel mult { $max } odată; trimiteți-le pe celelalte într-o a doua cerere.
error-posts-twice = Posturi: același post este bifat de două ori; bifați fiecare post o singură dată.
error-posts-one-kind = Posturi: bifați organizații cu un singur tip de rol (operatori, organisme de control sau autorități).
# $name: the control body; $country: the country's name; $code: its ISO code.
error-posts-not-certified = Posturi: „{ $name }” nu certifică în țara { $country } ({ $code }); bifați una dintre țările indicate pentru acesta.
# $name: the organisation; $country: the name of its country.
error-posts-other-country = Posturi: „{ $name }” se află în țara { $country }; postul său acoperă numai această țară.
# $id: the number that was sent.
error-organisation-not-found = Organizația cu numărul { $id } nu există în acest mediu. Căutați din nou și bifați-o din listă.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-organisation-closed = Organizația „{ $name }” este { $status ->
        [rejected] respinsă
        [inactive] inactivă
       *[other] în starea „{ $status }”
    } și nu acceptă cereri noi. Căutați din nou și bifați o altă organizație.
# $name: the control body.
error-no-certified-countries = Organismul de control „{ $name }” nu are încă țări de certificare, deci nu se poate solicita niciun post în cadrul său.
# $name: the organisation; $country: the name of the post's country.
error-post-already-held = „{ $name }” ({ $country }): dețineți deja acest post. Debifați-l și trimiteți din nou cererea; cererile dvs. se află pe pagina profilului dvs.
# $name: the organisation; $country: the name of the post's country.
error-post-already-pending = „{ $name }” ({ $country }): cererea dvs. pentru acest post este deja în așteptare. Debifați-l și trimiteți din nou cererea; cererile dvs. se află pe pagina profilului dvs.
error-own-request-not-found = Nu există o astfel de cerere printre cererile dvs. Reîncărcați pagina profilului dvs.
# $organisation: the organisation's name; $status: the request's status (a stored code, chooses the words).
error-cancel-not-pending = Cererea dvs. pentru „{ $organisation }” este { $status ->
        [pending] în așteptare
        [valid] valabilă
        [rejected] respinsă
        [cancelled] anulată
        [revoked] revocată
       *[other] în starea „{ $status }”
    } și nu mai poate fi anulată; pot fi anulate numai cererile în așteptare.
error-time-zone = Fus orar: alegeți un fus precum Europe/Brussels (Zonă/Oraș, cel mult 64 de caractere) sau UTC.

## New organisations: the directory import and "create a new operator".

error-import-status = Stare: folosiți valid, new, rejected sau inactive (un câmp gol înseamnă valid).
error-import-kind = Tip: folosiți operator, control_body sau authority.
error-certified-countries-empty = Țări de certificare: Țară: alegeți o țară din listă.
# $code: what was given instead of a country code.
error-certified-countries-shape = Țări de certificare: Țară: „{ $code }” nu este un cod de țară; folosiți cele două litere din ISO 3166-1 (DE, FR, US) sau alegeți o țară din listă.
# $code: what was given instead of a country code.
error-certified-countries-unknown = Țări de certificare: Țară: „{ $code }” nu este un cod de țară ISO 3166-1 atribuit; alegeți o țară din listă.
# $alias: the code EU documents use (EL, UK); $iso: the ISO 3166-1 code; $name: the country's name.
error-certified-countries-eu-alias = Țări de certificare: Țară: documentele UE folosesc { $alias }, dar ISO 3166-1 și TRACES folosesc { $iso }; alegeți { $iso } ({ $name }).
# $code: the control body code; $other: the organisation that has it.
error-control-body-code-taken = Codul organismului de control: { $code } este deja codul organizației „{ $other }”.
# $eori: the EORI number; $other: the operator that has it.
error-eori-taken = Număr EORI: { $eori } este deja înregistrat pentru operatorul „{ $other }”; căutați-l și solicitați autorizarea, în loc să îl creați din nou.
error-demo-person-shared = Aceasta este o persoană din demonstrația de formare, folosită în comun de toți cei din sală: numele, adresa de e-mail și parola nu pot fi modificate. Înregistrați-vă cu un cont propriu pentru a încerca acest lucru.
