## EU Login, the identity service (pages/eulogin): sign-up, the e-mailed links, login, the
## account page, help and privacy. "EU Login", "TRACES NT" and "ECAS" are names.

# The mark above each EU Login page's heading.
eulogin-brand = EU Login
# Heading, button and link of the sign-up form (the helpdesk letter names it).
eulogin-create-account = Utwórz konto
# Links and buttons that lead to logging in.
eulogin-log-in = Zaloguj się
# Heading of its page and the link to it.
eulogin-lost-password = Zapomniane hasło?
eulogin-help-link = Pomoc: wiadomość e-mail nie dotarła
eulogin-send-again = Wyślij wiadomość ponownie
eulogin-nothing-arrived = Nic nie dotarło?
# The text of a link, inside sentences.
eulogin-account-page-link = stronie swojego konta EU Login
# After a link that opens in a new tab, for screen readers.
eulogin-opens-in-new-tab = (otwiera się w nowej karcie)
# Heading of a page whose e-mailed link is expired, used, replaced or unknown.
eulogin-link-broken = Ten link nie działa
eulogin-link-checking = Sprawdzanie linku…
eulogin-link-no-code = Ten adres nie zawiera kodu linku. Otwórz ponownie link z wiadomości e-mail lub skopiuj cały link do paska adresu.

## Field labels and hints.

eulogin-field-username = Nazwa użytkownika
eulogin-field-first-name = Imię
eulogin-field-last-name = Nazwisko
eulogin-field-email = Adres e-mail
eulogin-field-email-confirm = Potwierdź adres e-mail
eulogin-field-email-language = Język wiadomości e-mail
eulogin-field-interface-language = Język interfejsu
eulogin-field-password = Hasło
eulogin-field-current-password = Obecne hasło
eulogin-field-new-password = Nowe hasło
eulogin-field-confirm-password = Potwierdź hasło
eulogin-field-new-email = Nowy adres e-mail
eulogin-field-confirm-new-email = Potwierdź nowy adres e-mail
eulogin-name-hint = Tak jak w dokumencie tożsamości.
eulogin-email-language-hint = Język wiadomości e-mail wysyłanych do Ciebie przez EU Login.
eulogin-interface-language-hint = Język tych stron po zalogowaniu.
eulogin-password-rule = Co najmniej 12 znaków, maksymalnie 128. Brak wymagań co do rodzajów znaków: fraza złożona z kilku niepowiązanych ze sobą słów jest silna i łatwa do zapamiętania.

## Create an account (/eulogin/signup).

eulogin-signup-own-name = Załóż konto na własne imię i nazwisko.
# $person: "REAL PERSON" (eulogin-signup-real-person), in bold.
eulogin-signup-own-name-why = Dane, które tu wpiszesz, pojawią się na podpisywanych przez Ciebie w TRACES NT świadectwach, które mają moc prawną. Konto EU Login zakładaj na { $person }, a NIE na swój punkt kontroli granicznej, podmiot ani jednostkę certyfikującą.
eulogin-signup-real-person = OSOBĘ FIZYCZNĄ
eulogin-signup-own-address = Używaj swojego indywidualnego służbowego adresu e-mail.
eulogin-signup-own-address-why = Za pomocą tego adresu będziesz logować się do TRACES NT.
# Followed by the link "Log in".
eulogin-signup-already = Masz już konto EU Login?
eulogin-signup-all-required = Wszystkie pola są obowiązkowe.
eulogin-signup-username-hint = Od 4 do 32 znaków: litery a–z, cyfry, kropki, łączniki i podkreślenia; na początku litera.
eulogin-signup-email-hint = Twój indywidualny służbowy adres: będziesz się nim logować.
eulogin-signup-email-confirm-hint = Wpisz ponownie ten sam adres.
eulogin-signup-privacy-accept = Akceptuję oświadczenie o ochronie prywatności i potwierdzam zapoznanie się z nim
eulogin-signup-privacy-read = Przeczytaj oświadczenie o ochronie prywatności
eulogin-signup-progress = Tworzenie konta…

## Check your e-mail (/eulogin/signup/sent), after "Create an account".

eulogin-sent-title = Sprawdź pocztę e-mail
# Instead of the address, when the page does not know it.
eulogin-sent-unknown-address = podany przez Ciebie adres
# $address: the e-mail address, in bold.
eulogin-sent-lead = Wysłaliśmy wiadomość e-mail z linkiem do ustawienia hasła na { $address }.
# $minutes: how long the link works.
eulogin-sent-link-valid = Link działa przez { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    } od wysłania wiadomości i tylko raz. Po ustawieniu hasła wróć do TRACES NT i zaloguj się tym adresem e-mail.
eulogin-sent-advice-wait = Odczekaj kilka minut: dostarczenie wiadomości może chwilę potrwać.
eulogin-sent-advice-spam = Sprawdź folder ze spamem lub wiadomościami-śmieciami.
eulogin-sent-advice-it = Poproś dział IT o dopuszczanie wiadomości od EU Login (o dodanie nadawcy do listy dozwolonych nadawców, tzw. „białej listy”).
eulogin-sent-advice-address = Sprawdź powyższy adres. Jeśli jest błędny, utwórz konto ponownie, podając prawidłowy adres.
eulogin-sent-replaces = Nowa wiadomość e-mail zastępuje poprzednią: działa tylko link z najnowszej wiadomości.

## Help with EU Login (/eulogin/help), where the helpdesk letter points when the e-mail does not arrive.

eulogin-help-title = Pomoc dotycząca EU Login
eulogin-help-no-email = Nie dotarła wiadomość e-mail do ustawienia hasła
eulogin-help-no-email-intro = Po kliknięciu „Utwórz konto” EU Login wysyła Ci wiadomość e-mail z linkiem do ustawienia hasła. Jeśli nie ma jej w skrzynce odbiorczej:
# Each piece of advice: a short instruction in bold, then why.
eulogin-help-wait = Odczekaj kilka minut.
eulogin-help-wait-why = Serwery pocztowe czasami przetrzymują przez pewien czas wiadomości od nowego nadawcy, zanim je dostarczą.
eulogin-help-spam = Sprawdź folder ze spamem lub wiadomościami-śmieciami.
eulogin-help-spam-why = Jeśli znajdziesz tam wiadomość, oznacz ją jako „to nie jest spam”, aby kolejne trafiały do skrzynki odbiorczej.
eulogin-help-it = Poproś dział IT o dopuszczanie naszych wiadomości.
eulogin-help-it-why = Organizacje często filtrują pocztę przychodzącą z zewnątrz. Poproś o dodanie nadawcy EU Login do listy dozwolonych nadawców (tzw. „białej listy”).
eulogin-help-address = Sprawdź adres.
# $link: a link to the sign-up form, "create the account again" (eulogin-help-address-link).
eulogin-help-address-why = Z powodu literówki wiadomość trafia pod inny adres. Jeśli adres był błędny, { $link }, podając prawidłowy adres.
eulogin-help-address-link = utwórz konto ponownie
# $action: "Send the e-mail again" (eulogin-help-again-action), in bold.
eulogin-help-again = { $action } za pomocą poniższego formularza.
eulogin-help-again-action = Wyślij wiadomość ponownie
eulogin-help-link-broken = Link nie działa
# $minutes: how long a link works.
eulogin-help-link-broken-why = Link działa przez { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    } od wysłania wiadomości i tylko raz. Po wysłaniu nowej wiadomości linki z wcześniejszych przestają działać: zawsze korzystaj z najnowszej wiadomości. Jeśli program pocztowy dzieli link na dwie części, skopiuj cały link do paska adresu przeglądarki.
eulogin-help-send-again-intro = Wpisz adres e-mail swojego konta EU Login. Jeśli jest zarejestrowany, wyślemy nowy link do ustawienia hasła.
eulogin-help-have-account = Masz już konto?
# $login: a link, "log in" (eulogin-help-have-account-log-in); $lost: a link, "Lost your password?" (eulogin-lost-password).
eulogin-help-have-account-why = Jeśli masz już konto EU Login (ECAS), nie potrzebujesz nowego: { $login }. Jeśli nie pamiętasz hasła, użyj opcji „{ $lost }”.
eulogin-help-have-account-log-in = zaloguj się
eulogin-help-contact = Skontaktuj się z działem pomocy
eulogin-help-contact-intro = Jeśli nic z tego nie pomoże lub masz pytania dotyczące TRACES NT i świadectwa kontroli, napisz na adres:
# $address: the helpdesk's e-mail address, a link.
eulogin-help-contact-traces = { $address } (TRACES NT i EU Login)
# $address: the e-mail address of the organic products helpdesk, a link.
eulogin-help-contact-organic = { $address } (świadectwo kontroli dla produktów ekologicznych)
eulogin-help-contact-advice = Podaj adres e-mail, którego używasz, i nigdy nie wysyłaj swojego hasła.

## Privacy statement (/eulogin/privacy).

eulogin-privacy-title = Oświadczenie o ochronie prywatności
eulogin-privacy-lead = Za pomocą EU Login potwierdzasz swoją tożsamość w TRACES NT. Na tej stronie wyjaśniamy, jakie dane o Tobie przechowujemy, w jakim celu i co możesz w tej sprawie zrobić.
eulogin-privacy-stored = Jakie dane przechowujemy
eulogin-privacy-stored-names = Nazwę użytkownika, imię i nazwisko.
eulogin-privacy-stored-email = Adres e-mail, który jest również Twoim loginem.
eulogin-privacy-stored-languages = Język wysyłanych do Ciebie wiadomości e-mail oraz język interfejsu.
eulogin-privacy-stored-password = Hasło, wyłącznie w postaci skrótu (hash): jednokierunkowego przekształcenia, z którego nie da się odtworzyć hasła. Nikt, w tym dział pomocy, nie może zobaczyć Twojego hasła.
eulogin-privacy-stored-session = Na czas logowania: plik cookie sesji oraz czas Twojej ostatniej aktywności, aby sesja zakończyła się, gdy przestaniesz z niej korzystać lub się wylogujesz.
eulogin-privacy-why = W jakim celu
eulogin-privacy-why-identify = Aby zidentyfikować Cię podczas logowania do TRACES NT i wysyłać Ci wiadomości e-mail niezbędne do działania usługi (link do ustawienia hasła, potwierdzenie nowego adresu).
eulogin-privacy-why-certificates = Twoje imię i nazwisko pojawiają się na podpisywanych przez Ciebie w TRACES NT świadectwach. Świadectwa mają moc prawną, dlatego konto musi być założone na rzeczywistą osobę, która je podpisuje.
eulogin-privacy-no-other-use = Nie wykorzystujemy Twoich danych do żadnych innych celów i nie sprzedajemy ich ani nie udostępniamy w celach marketingowych.
eulogin-privacy-rights = Twoje prawa
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-privacy-rights-text = Po zalogowaniu możesz w każdej chwili przeglądać i poprawiać swoje imię i nazwisko, języki, adres e-mail i hasło na { $link }. Aby otrzymać kopię swoich danych lub poprosić o usunięcie konta, napisz do działu pomocy.
eulogin-privacy-contact = Kontakt
# $address: the helpdesk's e-mail address, a link.
eulogin-privacy-helpdesk = Dział pomocy: { $address }

## Log in (/eulogin/login), where "Login into TRACES" leads.

eulogin-login-title = Zaloguj się
eulogin-login-lead = Zaloguj się, używając adresu e-mail swojego konta EU Login.
# Next to the password field when it is empty ("Password" is the field's label).
eulogin-login-password-missing = Hasło: wpisz swoje hasło.
# Followed by the link "Create an account".
eulogin-login-no-account = Nie masz jeszcze konta?

## Lost your password? (/eulogin/lost-password)

eulogin-lost-lead = Wpisz adres e-mail swojego konta EU Login. Jeśli jest zarejestrowany, wyślemy Ci wiadomość e-mail z linkiem do ustawienia nowego hasła.
# $minutes: how long the link works.
eulogin-lost-link-valid = Link działa przez { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    } i tylko raz. Obecne hasło działa aż do ustawienia nowego.
eulogin-lost-submit = Wyślij mi link
eulogin-lost-back = Wróć do strony „Zaloguj się”

## Set your password (/eulogin/password), from the e-mailed link.

eulogin-password-title = Ustaw hasło
# $name: the person's first name; $username: their username, in bold.
eulogin-password-lead = Dzień dobry, { $name }! Wybierz hasło do konta EU Login { $username }.
eulogin-password-submit = Ustaw moje hasło
eulogin-password-set = Hasło zostało ustawione
eulogin-password-set-next = Możesz teraz zalogować się za pomocą swojego adresu e-mail i nowego hasła.
eulogin-password-new-email = Poproś o nową wiadomość e-mail
eulogin-password-new-email-intro = Wpisz adres e-mail swojego konta EU Login, aby otrzymać nowy link do ustawienia hasła.

## Confirm your new e-mail address (/eulogin/email), from the e-mailed link.

eulogin-email-title = Potwierdź nowy adres e-mail
# $name: the person's first name; $username: their username, in bold; $email: the new address, in bold.
eulogin-email-lead = Dzień dobry, { $name }! Loginem konta EU Login { $username } stanie się adres { $email }.
eulogin-email-old-stops = Po potwierdzeniu nie będzie już można logować się starym adresem.
eulogin-email-submit = Potwierdź mój nowy adres e-mail
eulogin-email-changed = Adres e-mail został zmieniony
# $email: the new address, in bold.
eulogin-email-changed-next = Od teraz loguj się adresem { $email }.
eulogin-email-back-to-account = Wróć do mojego konta
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-email-link-broken-next = Twój adres e-mail nie został zmieniony. Aby otrzymać nowy link potwierdzający, zaloguj się i poproś o niego ponownie na { $link }.

## My EU Login account (/eulogin/account).

eulogin-account-title = Moje konto EU Login
eulogin-account-loading = Wczytywanie konta…
eulogin-account-back = Wróć do TRACES NT
eulogin-account-log-in-first = Zaloguj się, aby przeglądać i zmieniać swoje konto EU Login.
# $name: first and last name; $username; $email: the login address. All three in bold.
eulogin-account-who = Zalogowano jako { $name } (nazwa użytkownika { $username }, adres e-mail { $email }).
eulogin-account-details = Twoje dane
eulogin-account-details-intro = Twoje imię i nazwisko pojawiają się na podpisywanych przez Ciebie w TRACES NT świadectwach: podaj prawdziwe imię i nazwisko, tak jak w dokumencie tożsamości.
eulogin-account-details-submit = Zapisz moje dane
eulogin-account-details-saved = Twoje dane zostały zapisane.
eulogin-account-password = Zmień hasło
# Next to the field when it is empty ("Current password" is the field's label).
eulogin-account-current-password-missing = Obecne hasło: wpisz hasło, którego obecnie używasz.
eulogin-account-password-submit = Zmień moje hasło
eulogin-account-password-changed = Hasło zostało zmienione. Wszystkie inne sesje zalogowane na Twoje konto (w innej przeglądarce lub na innym komputerze) zostały wylogowane.
eulogin-account-email = Zmień adres e-mail
eulogin-account-email-intro = Twój adres e-mail jest Twoim loginem. Wysyłamy link na nowy adres, aby upewnić się, że należy on do Ciebie.
# Next to "Confirm new e-mail" ("Confirm new e-mail" and "New e-mail" are the fields' labels).
eulogin-account-email-confirm-differs = Potwierdź nowy adres e-mail: wpisz ten sam adres co w polu „Nowy adres e-mail”.
eulogin-account-email-confirm-missing = Potwierdź nowy adres e-mail: wpisz ponownie nowy adres.
eulogin-account-email-submit = Wyślij link potwierdzający
# $address: the new address, in bold; $minutes: how long the link works; $current: the present login address.
eulogin-account-email-sent = Wysłaliśmy link na adres { $address }. Kliknij go w ciągu { $minutes ->
        [one] { $minutes } minuty
        [few] { $minutes } minut
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }. Login zmieni się dopiero po kliknięciu linku; do tego czasu loguj się adresem { $current }.
