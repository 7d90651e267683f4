### E-mails: what each message is, and its variables, is written above it in en/mail.ftl.

mail-greeting = Bună ziua, { $first_name },
mail-link-validity = Linkul funcționează o singură dată și expiră la { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    } după trimiterea acestui e-mail.
mail-not-asked = Dacă nu ați solicitat acest lucru, ignorați acest e-mail.

mail-set-password-subject = EU Login: setați-vă parola
mail-set-password-intro = A fost creat pentru dumneavoastră un cont EU Login cu numele de utilizator { $username }. Pentru a-l activa, setați-vă parola folosind acest link:
mail-set-password-expired = Dacă linkul a expirat, solicitați un nou e-mail pe pagina de înregistrare sau pe pagina „Ați uitat parola?”.

mail-reset-password-subject = EU Login: alegeți o parolă nouă
mail-reset-password-intro = Ați solicitat resetarea parolei EU Login. Alegeți o parolă nouă folosind acest link:
mail-reset-password-expired = Dacă linkul a expirat, solicitați un nou e-mail pe pagina „Ați uitat parola?”.

mail-confirm-new-email-subject = EU Login: confirmați noua adresă de e-mail
mail-confirm-new-email-intro = Ați solicitat utilizarea acestei adrese pentru contul dumneavoastră EU Login. Pentru a o confirma, deschideți acest link:
mail-confirm-new-email-expired = Dacă linkul a expirat, solicitați un nou e-mail pe pagina contului dumneavoastră.

mail-email-changed-subject = EU Login: adresa dumneavoastră de e-mail a fost modificată
mail-email-changed = Adresa de e-mail a contului dumneavoastră EU Login a fost modificată în { $new_email }.
mail-email-changed-not-you = Dacă nu dumneavoastră ați făcut această modificare, contactați imediat serviciul de asistență: { $helpdesk }. Linkurile pentru resetarea parolei sunt trimise acum la noua adresă.

mail-password-changed-subject = EU Login: parola dumneavoastră a fost modificată
mail-password-changed = Parola contului dumneavoastră EU Login a fost modificată.
mail-password-changed-not-you = Dacă nu dumneavoastră ați făcut această modificare, resetați imediat parola pe pagina „Ați uitat parola?” și contactați serviciul de asistență: { $helpdesk }.

mail-new-request-subject = TRACES NT: o nouă cerere de autorizare de soluționat
mail-new-request = { $requester } solicită un rol în cadrul organizației „{ $organisation }” ({ $country }) în calitate de { $role }.
mail-new-request-open = Deschideți cererea în lista dumneavoastră de aprobare pentru a o accepta sau respinge:
mail-new-request-why = Primiți acest mesaj deoarece decideți asupra unor astfel de cereri. Puteți dezactiva aceste mesaje pe pagina profilului dumneavoastră, la secțiunea Preferințe.
mail-decided-accepted-subject = TRACES NT: cererea dumneavoastră de autorizare a fost acceptată
mail-decided-accepted = Cererea dumneavoastră pentru un rol în cadrul organizației „{ $organisation }” ({ $country }) a fost acceptată. Acum puteți lucra pentru această organizație în TRACES NT.
mail-decided-rejected-subject = TRACES NT: cererea dumneavoastră de autorizare a fost respinsă
mail-decided-rejected = Cererea dumneavoastră pentru un rol în cadrul organizației „{ $organisation }” ({ $country }) a fost respinsă din următorul motiv:
mail-decided-no-reason = nu s-a indicat niciun motiv
mail-decided-rejected-next = Puteți trimite o nouă cerere după ce motivul a fost remediat.
mail-decided-profile = Cererile dumneavoastră și starea lor se află pe pagina profilului dumneavoastră:
