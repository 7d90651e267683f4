### E-mails: what each message is, and its variables, is written above it in en/mail.ftl.

mail-greeting = Labdien, { $first_name }!
mail-link-validity = Saiti var izmantot tikai vienreiz, un tās derīgums beidzas { $minutes ->
        [zero] { $minutes } minūtes
        [one] { $minutes } minūti
       *[other] { $minutes } minūtes
    } pēc šīs e-pasta vēstules nosūtīšanas.
mail-not-asked = Ja šis pieprasījums nav no Jums, neņemiet vērā šo e-pasta vēstuli.

mail-set-password-subject = EU Login: iestatiet paroli
mail-set-password-intro = Jums ir izveidots EU Login konts ar lietotājvārdu { $username }. Lai to aktivizētu, iestatiet paroli, izmantojot šo saiti:
mail-set-password-expired = Ja saites derīgums ir beidzies, pieprasiet jaunu e-pasta vēstuli reģistrācijas lapā vai lapā “Aizmirsāt paroli?”.

mail-reset-password-subject = EU Login: izvēlieties jaunu paroli
mail-reset-password-intro = Jūs pieprasījāt atiestatīt savu EU Login paroli. Izvēlieties jaunu paroli, izmantojot šo saiti:
mail-reset-password-expired = Ja saites derīgums ir beidzies, pieprasiet jaunu e-pasta vēstuli lapā “Aizmirsāt paroli?”.

mail-confirm-new-email-subject = EU Login: apstipriniet savu jauno e-pasta adresi
mail-confirm-new-email-intro = Jūs pieprasījāt izmantot šo adresi savam EU Login kontam. Lai to apstiprinātu, atveriet šo saiti:
mail-confirm-new-email-expired = Ja saites derīgums ir beidzies, pieprasiet jaunu e-pasta vēstuli sava konta lapā.

mail-email-changed-subject = EU Login: Jūsu e-pasta adrese ir mainīta
mail-email-changed = Jūsu EU Login konta e-pasta adrese ir nomainīta uz { $new_email }.
mail-email-changed-not-you = Ja šīs izmaiņas neveicāt Jūs, nekavējoties sazinieties ar palīdzības dienestu: { $helpdesk }. Paroles atiestatīšanas saites tagad tiek sūtītas uz jauno adresi.

mail-password-changed-subject = EU Login: Jūsu parole ir mainīta
mail-password-changed = Jūsu EU Login konta parole ir nomainīta.
mail-password-changed-not-you = Ja šīs izmaiņas neveicāt Jūs, nekavējoties atiestatiet paroli lapā “Aizmirsāt paroli?” un sazinieties ar palīdzības dienestu: { $helpdesk }.

mail-new-request-subject = TRACES NT: jauns autorizācijas pieprasījums, par kuru jālemj
mail-new-request = { $requester } pieprasa lomu organizācijā “{ $organisation }” ({ $country }); pieprasītā loma: { $role }.
mail-new-request-open = Atveriet pieprasījumu savā apstiprināšanas rindā, lai to pieņemtu vai noraidītu:
mail-new-request-why = Jūs saņemat šo ziņojumu, jo lemjat par šādiem pieprasījumiem. Šos ziņojumus varat izslēgt sava profila lapā, sadaļā “Iestatījumi”.
mail-decided-accepted-subject = TRACES NT: Jūsu autorizācijas pieprasījums ir pieņemts
mail-decided-accepted = Jūsu pieprasījums pēc lomas organizācijā “{ $organisation }” ({ $country }) ir pieņemts. Tagad varat strādāt šīs organizācijas vārdā sistēmā TRACES NT.
mail-decided-rejected-subject = TRACES NT: Jūsu autorizācijas pieprasījums ir noraidīts
mail-decided-rejected = Jūsu pieprasījums pēc lomas organizācijā “{ $organisation }” ({ $country }) ir noraidīts šāda iemesla dēļ:
mail-decided-no-reason = iemesls nav norādīts
mail-decided-rejected-next = Jaunu pieprasījumu varat nosūtīt, kad iemesls būs novērsts.
mail-decided-profile = Jūsu pieprasījumi un to statuss ir redzami Jūsu profila lapā:
