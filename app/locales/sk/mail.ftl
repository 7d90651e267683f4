### E-mails: what each message is, and its variables, is written above it in en/mail.ftl.

mail-greeting = Dobrý deň, { $first_name },
mail-link-validity = Odkaz funguje iba raz a jeho platnosť uplynie { $minutes ->
        [one] { $minutes } minútu
        [few] { $minutes } minúty
        [many] { $minutes } minúty
       *[other] { $minutes } minút
    } po odoslaní tohto e-mailu.
mail-not-asked = Ak ste o to nežiadali, tento e-mail ignorujte.

mail-set-password-subject = EU Login: nastavte si heslo
mail-set-password-intro = Bol Vám vytvorený účet EU Login s používateľským menom { $username }. Ak ho chcete aktivovať, nastavte si heslo pomocou tohto odkazu:
mail-set-password-expired = Ak jeho platnosť uplynula, vyžiadajte si nový e-mail na registračnej stránke alebo na stránke „Zabudli ste heslo?“.

mail-reset-password-subject = EU Login: zvoľte si nové heslo
mail-reset-password-intro = Požiadali ste o obnovenie hesla k účtu EU Login. Nové heslo si zvoľte pomocou tohto odkazu:
mail-reset-password-expired = Ak jeho platnosť uplynula, vyžiadajte si nový e-mail na stránke „Zabudli ste heslo?“.

mail-confirm-new-email-subject = EU Login: potvrďte svoju novú e-mailovú adresu
mail-confirm-new-email-intro = Požiadali ste o použitie tejto adresy pre svoj účet EU Login. Potvrďte ju otvorením tohto odkazu:
mail-confirm-new-email-expired = Ak jeho platnosť uplynula, vyžiadajte si nový e-mail na stránke svojho účtu.

mail-email-changed-subject = EU Login: Vaša e-mailová adresa bola zmenená
mail-email-changed = E-mailová adresa Vášho účtu EU Login bola zmenená na { $new_email }.
mail-email-changed-not-you = Ak ste to neboli Vy, ihneď kontaktujte helpdesk: { $helpdesk }. Odkazy na obnovenie hesla sa teraz posielajú na novú adresu.

mail-password-changed-subject = EU Login: Vaše heslo bolo zmenené
mail-password-changed = Heslo k Vášmu účtu EU Login bolo zmenené.
mail-password-changed-not-you = Ak ste to neboli Vy, ihneď si obnovte heslo na stránke „Zabudli ste heslo?“ a kontaktujte helpdesk: { $helpdesk }.

mail-new-request-subject = TRACES NT: nová žiadosť o autorizáciu na rozhodnutie
mail-new-request = { $requester } žiada o rolu v organizácii „{ $organisation }“ ({ $country }) ako { $role }.
mail-new-request-open = Otvorte žiadosť vo svojom zozname na schválenie a prijmite ju alebo zamietnite:
mail-new-request-why = Túto správu dostávate, pretože o takýchto žiadostiach rozhodujete. Tieto správy môžete vypnúť na stránke svojho profilu v časti Predvoľby.
mail-decided-accepted-subject = TRACES NT: Vaša žiadosť o autorizáciu bola prijatá
mail-decided-accepted = Vaša žiadosť o rolu v organizácii „{ $organisation }“ ({ $country }) bola prijatá. Teraz môžete pre túto organizáciu pracovať v TRACES NT.
mail-decided-rejected-subject = TRACES NT: Vaša žiadosť o autorizáciu bola zamietnutá
mail-decided-rejected = Vaša žiadosť o rolu v organizácii „{ $organisation }“ ({ $country }) bola zamietnutá z tohto dôvodu:
mail-decided-no-reason = dôvod nebol uvedený
mail-decided-rejected-next = Keď bude dôvod odstránený, môžete poslať novú žiadosť.
mail-decided-profile = Svoje žiadosti a ich stav nájdete na stránke svojho profilu:
