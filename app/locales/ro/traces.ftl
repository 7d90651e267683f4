## TRACES NT: the landing page, the welcome page of an instance, the role choice, the searches
## for a post with the request popup, "Create new Operator", and the profile with its
## preferences. Button and link names quoted in the helpdesk letter (“Login into TRACES”,
## “sign up for TRACES”, “Request Authorisation”, “Create new Operator”, “send authorisation
## request”) are the ones users are told to click: translate them the way the letter is
## translated.

## The landing page: production or training.

traces-landing-title = TRACES NT – Certificate de inspecție pentru produsele ecologice
traces-landing-lead = Site-urile de producție și de instruire ale TRACES NT sunt disponibile. Înainte de a le putea utiliza, trebuie să vă înregistrați în EU Login, apoi să vă solicitați rolul în TRACES NT. Rolurile solicitate pe unul dintre site-uri nu sunt transferate pe celălalt.
traces-landing-production = TRACES NT – Producție
traces-landing-production-text = Pentru certificate reale și cereri reale.
traces-landing-training = TRACES NT – Instruire
traces-landing-training-text = Pentru a învăța și a demonstra înregistrarea fără consecințe.

## The welcome page of an instance.

traces-welcome-title = Bun venit în TRACES NT
traces-welcome-title-training = Bun venit în mediul de instruire TRACES NT
traces-welcome-lead = Certificatul de inspecție pentru produsele de origine ecologică se află pe acest site. Înainte de a-l putea accesa, trebuie să vă autentificați și să vă înregistrați ca utilizator.
traces-welcome-log-in = Autentificare în TRACES
# Followed by the link “sign up for TRACES”.
traces-welcome-no-account = Nu aveți încă un cont EU Login?
traces-welcome-sign-up = înregistrați-vă în TRACES
traces-welcome-step-1 = Înregistrați-vă în EU Login.
traces-welcome-step-1-text = Dacă aveți deja un cont EU Login (ECAS), treceți direct la pasul 2.
traces-welcome-step-2 = Înregistrați-vă în TRACES NT.
traces-welcome-step-2-text = Autentificați-vă, alegeți-vă rolul (operator, organism de control pentru producția ecologică sau autoritate) și trimiteți o cerere de autorizare.
# $name: the first and last name of the person, in bold.
traces-welcome-logged-in = Sunteți autentificat ca { $name }.
# $change: a link, traces-welcome-change-credentials; $reset: a link, traces-welcome-reset-password.
traces-welcome-credentials = În EU Login puteți, dacă este necesar, { $change } sau { $reset }.
traces-welcome-change-credentials = să vă modificați datele de autentificare EU Login
traces-welcome-reset-password = să vă resetați parola

## A page of an instance opened before logging in.

traces-log-in-title = Vă rugăm să vă autentificați
traces-log-in-needed = Pentru a vă înregistra în TRACES NT, trebuie să vă autentificați cu contul dvs. EU Login.
traces-log-in-button = Autentificare în TRACES

## "Select your role in TRACES" on the welcome page.

traces-role-title = Selectați-vă rolul în TRACES
traces-role-loading = Se încarcă rolul dvs.…
traces-role-link-operator = Operator (importator, primul destinatar)
traces-role-link-control-body = Organism de control pentru producția ecologică (sau autoritate de control)
traces-role-link-authority = Autoritate (punct de control la frontieră sau autoritate competentă centrală)
# $kind: the person's role kind (Operator, Organic Control Body, Authority), in bold.
traces-role-already = Aveți deja tipul de rol { $kind } în acest mediu. Fiecare persoană poate avea un singur tip de rol; în cadrul acestuia puteți solicita mai multe posturi.
traces-role-see-requests = Vedeți cererile dvs. în profil
traces-role-one-kind = Rețineți că fiecare persoană poate avea un singur tip de rol. În cadrul rolului dvs. puteți ocupa mai multe posturi: de exemplu, puteți lucra pentru doi sau mai mulți operatori sau, în cadrul unui organism de control, puteți controla mai multe țări.

## The searches for an operator, an authority or a control body.

traces-search-title-operator = Solicitare de autorizare: Operator
traces-search-title-authority = Solicitare de autorizare: Autoritate
traces-search-title-control-body = Solicitare de autorizare: Organism de control pentru producția ecologică
traces-search-back = Înapoi la alegerea rolului
traces-search-country = Țară
traces-search-any-country = Orice țară
traces-search-section = Secțiune
traces-search-any-section = Orice secțiune
traces-search-activity = Tip de activitate
traces-search-any-activity = Orice tip de activitate
traces-search-role = Rol
traces-search-any-role = Orice rol
traces-search-name = Denumire
traces-search-name-hint = Este suficientă o parte din denumire; majusculele și diacriticele nu contează.
traces-search-button = Căutare
traces-operator-lead = Căutați operatorul pentru care lucrați, bifați caseta din dreptul acestuia și faceți clic pe „Solicitați autorizarea”. Puteți bifa mai mulți operatori, inclusiv pe mai multe pagini.
traces-operator-create-new-hint = Dacă sunteți sigur că nu găsiți operatorul pentru care lucrați, îl puteți crea.
traces-operator-create-new = Creați un operator nou
traces-authority-lead = Căutați autoritatea dvs., bifați caseta din dreptul acesteia și faceți clic pe „Solicitați autorizarea”.
traces-control-body-lead = Căutați organismul dvs. de control. Dacă certificați pentru o singură țară, bifați caseta țării respective; dacă certificați pentru toate țările în care certifică organismul dvs. de control, bifați „Toate țările” în partea de sus a listei sale. Apoi faceți clic pe „Solicitați autorizarea”.
traces-control-body-country-hint = O țară în care certifică organismul de control.
traces-control-body-name-hint = Este suficientă o parte din denumire sau din cod.

## The results of a search, "Request Authorisation" and the popup.

traces-posts-request = Solicitați autorizarea
traces-posts-none-selected = Mai întâi bifați în rezultate caseta postului dvs.
# $count: how many posts are ticked (1 or more).
traces-posts-selected =
    { $count ->
        [one] { $count } post selectat.
        [few] { $count } posturi selectate.
       *[other] { $count } de posturi selectate.
    }
traces-posts-searching = Se caută…
traces-posts-no-results = Nicio organizație nu corespunde căutării dvs.
# $count: how many organisations this page of results shows (1 or more).
traces-posts-results =
    { $count ->
        [one] { $count } rezultat pe această pagină.
        [few] { $count } rezultate pe această pagină.
       *[other] { $count } de rezultate pe această pagină.
    }
traces-posts-first-page = Prima pagină
traces-posts-next-page = Pagina următoare
traces-posts-caption = Rezultatele căutării
traces-posts-column-name = Denumire
traces-posts-column-country = Țară
traces-posts-column-city = Localitate
traces-posts-column-activity = Tip de activitate
traces-posts-column-eori = Număr EORI
traces-posts-column-select = Selectare
traces-posts-column-role = Rol
traces-posts-column-code = Cod
traces-posts-column-certified = Țări de certificare (selectați)
# $code: the role's code (BCP, CCA); $name: its name; $acts: what it acts as.
traces-posts-authority-role = { $code } ({ $name }, îndeplinește rolul { $acts })
traces-posts-all-countries = Toate țările
# The name of a tick box. $organisation: the control body's name.
traces-posts-all-countries-of = { $organisation }: toate țările
# $count: how many requests were sent (1 or more). Followed by the link “Open my profile”.
traces-posts-sent =
    { $count ->
        [one] Cererea dvs. de autorizare a fost trimisă. O puteți urmări în profilul dvs.
        [few] Cele { $count } cereri de autorizare ale dvs. au fost trimise. Le puteți urmări în profilul dvs.
       *[other] Cele { $count } de cereri de autorizare ale dvs. au fost trimise. Le puteți urmări în profilul dvs.
    }
traces-open-profile = Deschideți profilul dvs.
traces-popup-asking-for = Solicitați autorizarea pentru:
traces-request-additional-info = Informații suplimentare (opțional)
traces-request-additional-info-hint = Orice informație care o ajută pe persoana care vă verifică cererea.
traces-popup-email = E-mail
traces-popup-phone = Telefon (opțional)
traces-popup-send = trimiteți cererea de autorizare
traces-popup-cancel = Anulare
traces-popup-sending = Se trimite…

## "Create new Operator".

traces-new-operator-back = Înapoi la căutarea operatorilor
traces-new-operator-title = Creați un operator nou
# $operator: the name of the operator just created.
traces-new-operator-created = Operatorul { $operator } a fost creat, iar cererea dvs. de a vă alătura acestuia a fost înregistrată.
traces-new-operator-duplicates-title = Este unul dintre aceștia?
traces-new-operator-duplicates-text = Acești operatori seamănă cu cel pe care îl creați. Dacă lucrați pentru unul dintre ei, bifați-l și faceți clic pe „Solicitați autorizarea”. Dacă niciunul nu este al dvs., faceți din nou clic pe „creați operatorul nou”.
traces-new-operator-lead = Câmpurile marcate cu * sunt obligatorii. Numărul EORI este obligatoriu pentru importatorii de produse ecologice.
traces-new-operator-create = creați operatorul nou
traces-new-operator-checking = Se verifică…
traces-new-operator-operator = Operatorul
traces-new-operator-name = Denumire
traces-new-operator-country = Țară
traces-new-operator-choose-country = Alegeți o țară
traces-new-operator-address = Adresă
traces-new-operator-city = Localitate
traces-new-operator-postcode = Cod poștal
traces-new-operator-section = Secțiune
traces-new-operator-activity = Tip de activitate
traces-new-operator-choose-activity = Alegeți un tip de activitate
traces-new-operator-eori = Număr EORI
traces-new-operator-eori-hint = Codul de țară din două litere, urmat de cel mult 15 litere sau cifre (DE1234567890). Obligatoriu pentru importatori.
traces-new-operator-eori-mandatory = Pentru un importator, numărul EORI este obligatoriu.
traces-new-operator-contact = Datele de contact ale operatorului
traces-new-operator-contact-rule = Obligatoriu: indicați cel puțin unul dintre următoarele: telefon, fax, e-mail sau site web.
traces-new-operator-phone = Telefon
traces-new-operator-fax = Fax
traces-new-operator-email = E-mail
traces-new-operator-website = Site web
traces-new-operator-request = Cererea dvs. de a vă alătura acestui operator
traces-new-operator-request-hint = Persoana care vă verifică cererea vede aceste date și le folosește pentru a vă contacta.
traces-new-operator-your-email = Adresa dvs. de e-mail
traces-new-operator-your-email-hint = Din contul dvs. EU Login; pentru această cerere puteți indica o altă adresă.
traces-new-operator-your-phone = Telefonul dvs. (opțional)

## "My TRACES profile".

traces-profile-title = Profilul meu TRACES
traces-profile-requests = Cererile mele
traces-profile-loading = Se încarcă cererile dvs.…
traces-profile-no-requests = Nu ați solicitat încă niciun rol în acest mediu.
traces-profile-column-organisation = Organizație
traces-profile-column-role = Rol
traces-profile-column-scope = Acoperire
traces-profile-column-requested = Data cererii
traces-profile-column-decided = Data deciziei
traces-profile-column-status = Stare
traces-profile-column-reason = Motiv
traces-profile-column-action = Acțiune
traces-profile-cancel = Anulare
# The name of the “Cancel” button of one request. $organisation: the organisation's name.
traces-profile-cancel-label = Anulați cererea pentru { $organisation }
# $organisation: the organisation's name.
traces-profile-cancelled = Cererea dvs. pentru { $organisation } a fost anulată.
# $zone: an IANA time zone name, like Europe/Brussels.
traces-profile-time-zone = Datele și orele sunt afișate în fusul dvs. orar, { $zone }. Îl puteți modifica la Preferințe.
traces-profile-new-role = Solicitați un rol nou
# $problem: why, as the server says it.
traces-profile-preferences-failed = Preferințele dvs. nu pot fi afișate: { $problem }

## The preferences of the profile page.

traces-preferences-title = Preferințe
traces-preferences-notifications-title = Fus orar și notificări
# $instance: production or training (only chooses the text).
traces-preferences-instance-only =
    { $instance ->
        [training] Aceste preferințe se aplică numai mediului de instruire.
       *[production] Aceste preferințe se aplică numai mediului de producție.
    }
traces-preferences-time-zone = Fus orar
traces-preferences-time-zone-hint = Datele și orele cererilor dvs. sunt afișate în acest fus orar.
traces-preferences-zone-utc = UTC (timpul universal coordonat)
traces-preferences-zones-eu = Uniunea Europeană
traces-preferences-zones-other = Alte țări
# A time zone in the list. $country: the country's name; $zone: the IANA name (Europe/Vienna).
traces-preferences-zone = { $country } ({ $zone })
# $country: the country's name; $place: a region of it (Azores); $zone: the IANA name.
traces-preferences-zone-region = { $country }, { $place } ({ $zone })
# $country: the country's name; $place: a city of it (Chicago); $zone: the IANA name.
traces-preferences-zone-city = { $country } ({ $place }) ({ $zone })
traces-preferences-place-azores = Azore
traces-preferences-place-madeira = Madeira
traces-preferences-place-canary-islands = Insulele Canare
traces-preferences-place-sydney = Sydney
traces-preferences-place-sao-paulo = São Paulo
traces-preferences-place-toronto = Toronto
traces-preferences-place-chicago = Chicago
traces-preferences-place-los-angeles = Los Angeles
traces-preferences-place-new-york = New York
# $browser: the browser's time zone; $saved: the saved one (IANA names, like Europe/Brussels).
traces-preferences-browser-zone = Browserul dvs. este setat la { $browser }, de aceea acest fus orar este selectat aici. Fusul orar salvat rămâne { $saved } până când faceți clic pe „Salvați preferințele”.
traces-preferences-events = Anunțați-mă despre
traces-preferences-notify-decisions = Deciziile privind cererile mele (acceptate, respinse, revocate)
traces-preferences-notify-new-requests = Cererile noi care așteaptă decizia mea (dacă soluționați cereri: autorități și administratori ai unei organizații)
traces-preferences-channels = Cum să fiu anunțat
traces-preferences-notify-in-app = În aplicație
traces-preferences-notify-email = Prin e-mail (la adresa contului dvs. EU Login)
traces-preferences-no-channel = Dacă nu este bifată nici opțiunea „În aplicație”, nici „Prin e-mail”, nu veți fi anunțat despre nimic.
traces-preferences-save = Salvați preferințele
traces-preferences-saving = Se salvează…
# $zone: the time zone just saved (an IANA name, like America/New_York).
traces-preferences-saved = Preferințele dvs. au fost salvate. Datele și orele sunt afișate acum în fusul orar { $zone }.
traces-preferences-language-title = Limbă
# $account: a link, traces-preferences-my-account.
traces-preferences-language-text = Limbile dvs. țin de contul dvs. EU Login: sunt aceleași în mediul de producție și în cel de instruire. Le puteți modifica, împreună cu numele dvs., și pe pagina { $account }.
traces-preferences-my-account = Contul meu
traces-preferences-interface-language = Limba interfeței
traces-preferences-interface-language-hint = Limba acestor pagini atunci când sunteți autentificat.
traces-preferences-email-language = Limba e-mailurilor
traces-preferences-email-language-hint = Limba e-mailurilor pe care le primiți, inclusiv a notificărilor.
traces-preferences-save-languages = Salvați limbile
traces-preferences-languages-saved = Limbile dvs. au fost salvate.

## Statuses, as the profile, the search results and the queue show them.

traces-status-pending = În așteptare
traces-status-valid = Valabilă
traces-status-rejected = Respinsă
traces-status-cancelled = Anulată
traces-status-revoked = Revocată
traces-status-organisation-new = Nou
traces-status-organisation-valid = Valabil
traces-status-organisation-rejected = Respins
traces-status-organisation-inactive = Inactiv
