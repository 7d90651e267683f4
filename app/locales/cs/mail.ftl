### E-mails: what each message is, and its variables, is written above it in en/mail.ftl.

mail-greeting = Dobrý den, { $first_name },
mail-link-validity = Odkaz funguje pouze jednou a jeho platnost vyprší { $minutes ->
        [one] { $minutes } minutu
        [few] { $minutes } minuty
        [many] { $minutes } minuty
       *[other] { $minutes } minut
    } po odeslání tohoto e-mailu.
mail-not-asked = Pokud jste o to nežádali, tento e-mail ignorujte.

mail-set-password-subject = EU Login: nastavte si heslo
mail-set-password-intro = Byl Vám vytvořen účet EU Login s uživatelským jménem { $username }. Chcete-li jej aktivovat, nastavte si heslo pomocí tohoto odkazu:
mail-set-password-expired = Pokud jeho platnost vypršela, vyžádejte si nový e-mail na registrační stránce nebo na stránce „Zapomněli jste heslo?“.

mail-reset-password-subject = EU Login: zvolte si nové heslo
mail-reset-password-intro = Požádali jste o obnovení hesla k účtu EU Login. Nové heslo si zvolte pomocí tohoto odkazu:
mail-reset-password-expired = Pokud jeho platnost vypršela, vyžádejte si nový e-mail na stránce „Zapomněli jste heslo?“.

mail-confirm-new-email-subject = EU Login: potvrďte svou novou e-mailovou adresu
mail-confirm-new-email-intro = Požádali jste o použití této adresy pro svůj účet EU Login. Potvrďte ji otevřením tohoto odkazu:
mail-confirm-new-email-expired = Pokud jeho platnost vypršela, vyžádejte si nový e-mail na stránce svého účtu.

mail-email-changed-subject = EU Login: Vaše e-mailová adresa byla změněna
mail-email-changed = E-mailová adresa Vašeho účtu EU Login byla změněna na { $new_email }.
mail-email-changed-not-you = Pokud jste to nebyli Vy, ihned kontaktujte helpdesk: { $helpdesk }. Odkazy pro obnovení hesla nyní chodí na novou adresu.

mail-password-changed-subject = EU Login: Vaše heslo bylo změněno
mail-password-changed = Heslo k Vašemu účtu EU Login bylo změněno.
mail-password-changed-not-you = Pokud jste to nebyli Vy, ihned si obnovte heslo na stránce „Zapomněli jste heslo?“ a kontaktujte helpdesk: { $helpdesk }.

mail-new-request-subject = TRACES NT: nová žádost o autorizaci k rozhodnutí
mail-new-request = { $requester } žádá o roli v organizaci „{ $organisation }“ ({ $country }) jako { $role }.
mail-new-request-open = Otevřete žádost ve své frontě ke schválení a přijměte ji, nebo zamítněte:
mail-new-request-why = Tuto zprávu dostáváte, protože o takových žádostech rozhodujete. Tyto zprávy můžete vypnout na stránce svého profilu v části Předvolby.
mail-decided-accepted-subject = TRACES NT: Vaše žádost o autorizaci byla přijata
mail-decided-accepted = Vaše žádost o roli v organizaci „{ $organisation }“ ({ $country }) byla přijata. Nyní můžete pro tuto organizaci pracovat v TRACES NT.
mail-decided-rejected-subject = TRACES NT: Vaše žádost o autorizaci byla zamítnuta
mail-decided-rejected = Vaše žádost o roli v organizaci „{ $organisation }“ ({ $country }) byla zamítnuta z tohoto důvodu:
mail-decided-no-reason = důvod nebyl uveden
mail-decided-rejected-next = Jakmile bude důvod odstraněn, můžete poslat novou žádost.
mail-decided-profile = Své žádosti a jejich stav najdete na stránce svého profilu:
