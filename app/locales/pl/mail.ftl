### E-mails: what each message is, and its variables, is written above it in en/mail.ftl.

mail-greeting = Dzień dobry, { $first_name },
mail-link-validity = Z linku można skorzystać tylko raz; jest on ważny przez { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    } od wysłania tej wiadomości.
mail-not-asked = Jeśli prośba nie pochodzi od Pani/Pana, prosimy zignorować tę wiadomość.

mail-set-password-subject = EU Login: ustawienie hasła
mail-set-password-intro = Utworzono konto EU Login z nazwą użytkownika { $username }. Aby je aktywować, należy ustawić hasło za pomocą tego linku:
mail-set-password-expired = Jeśli link wygasł, można poprosić o nową wiadomość na stronie rejestracji lub na stronie „Zapomniane hasło?”.

mail-reset-password-subject = EU Login: wybór nowego hasła
mail-reset-password-intro = Otrzymaliśmy prośbę o zresetowanie hasła do konta EU Login. Nowe hasło można wybrać za pomocą tego linku:
mail-reset-password-expired = Jeśli link wygasł, można poprosić o nową wiadomość na stronie „Zapomniane hasło?”.

mail-confirm-new-email-subject = EU Login: potwierdzenie nowego adresu e-mail
mail-confirm-new-email-intro = Otrzymaliśmy prośbę o przypisanie tego adresu do konta EU Login. Aby go potwierdzić, należy otworzyć ten link:
mail-confirm-new-email-expired = Jeśli link wygasł, można poprosić o nową wiadomość na stronie konta.

mail-email-changed-subject = EU Login: adres e-mail został zmieniony
mail-email-changed = Adres e-mail konta EU Login został zmieniony na { $new_email }.
mail-email-changed-not-you = Jeśli zmiana nie pochodzi od Pani/Pana, prosimy niezwłocznie skontaktować się z pomocą techniczną: { $helpdesk }. Linki do resetowania hasła są teraz wysyłane na nowy adres.

mail-password-changed-subject = EU Login: hasło zostało zmienione
mail-password-changed = Hasło do konta EU Login zostało zmienione.
mail-password-changed-not-you = Jeśli zmiana nie pochodzi od Pani/Pana, prosimy niezwłocznie zresetować hasło na stronie „Zapomniane hasło?” i skontaktować się z pomocą techniczną: { $helpdesk }.

mail-new-request-subject = TRACES NT: nowy wniosek o autoryzację do rozpatrzenia
mail-new-request = { $requester } wnioskuje o rolę w organizacji „{ $organisation }” ({ $country }) jako { $role }.
mail-new-request-open = Wniosek można otworzyć w kolejce do zatwierdzenia, aby go przyjąć lub odrzucić:
mail-new-request-why = Ta wiadomość została wysłana, ponieważ do Pani/Pana należy decyzja w sprawie takich wniosków. Wiadomości te można wyłączyć na stronie profilu, w sekcji Preferencje.
mail-decided-accepted-subject = TRACES NT: wniosek o autoryzację został przyjęty
mail-decided-accepted = Wniosek o rolę w organizacji „{ $organisation }” ({ $country }) został przyjęty. Od teraz można pracować dla tej organizacji w TRACES NT.
mail-decided-rejected-subject = TRACES NT: wniosek o autoryzację został odrzucony
mail-decided-rejected = Wniosek o rolę w organizacji „{ $organisation }” ({ $country }) został odrzucony z następującego powodu:
mail-decided-no-reason = nie podano powodu
mail-decided-rejected-next = Nowy wniosek można wysłać po usunięciu przyczyny odrzucenia.
mail-decided-profile = Wnioski i ich status są widoczne na stronie profilu:
