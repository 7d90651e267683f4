### E-mails: what each message is, and its variables, is written above it in en/mail.ftl.

mail-greeting = Tere, { $first_name }!
mail-link-validity = Link toimib ainult ühe korra ja aegub { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minutit
    } pärast selle e-kirja saatmist.
mail-not-asked = Kui Te seda ei palunud, jätke see e-kiri tähelepanuta.

mail-set-password-subject = EU Login: määrake oma parool
mail-set-password-intro = Teile on loodud konto teenuses EU Login kasutajanimega { $username }. Konto aktiveerimiseks määrake selle lingi kaudu oma parool:
mail-set-password-expired = Kui link on aegunud, tellige uus e-kiri registreerimislehelt või lehelt „Unustasite parooli?“.

mail-reset-password-subject = EU Login: valige uus parool
mail-reset-password-intro = Te palusite lähtestada oma parooli teenuses EU Login. Valige selle lingi kaudu uus parool:
mail-reset-password-expired = Kui link on aegunud, tellige uus e-kiri lehelt „Unustasite parooli?“.

mail-confirm-new-email-subject = EU Login: kinnitage oma uus e-posti aadress
mail-confirm-new-email-intro = Te palusite kasutada seda aadressi oma konto jaoks teenuses EU Login. Aadressi kinnitamiseks avage see link:
mail-confirm-new-email-expired = Kui link on aegunud, tellige uus e-kiri oma konto lehelt.

mail-email-changed-subject = EU Login: Teie e-posti aadress on muudetud
mail-email-changed = Teie konto e-posti aadress teenuses EU Login on muudetud. Uus aadress on { $new_email }.
mail-email-changed-not-you = Kui seda ei teinud Teie, võtke kohe ühendust kasutajatoega: { $helpdesk }. Parooli lähtestamise lingid saadetakse nüüd uuele aadressile.

mail-password-changed-subject = EU Login: Teie parool on muudetud
mail-password-changed = Teie konto parool teenuses EU Login on muudetud.
mail-password-changed-not-you = Kui seda ei teinud Teie, lähtestage kohe oma parool lehel „Unustasite parooli?“ ja võtke ühendust kasutajatoega: { $helpdesk }.

mail-new-request-subject = TRACES NT: uus autoriseerimistaotlus ootab otsust
mail-new-request = { $requester } taotleb organisatsioonis „{ $organisation }“ ({ $country }) järgmist rolli: { $role }.
mail-new-request-open = Avage taotlus oma kinnitamisjärjekorras, et see heaks kiita või tagasi lükata:
mail-new-request-why = Saate selle sõnumi, sest teete selliste taotluste kohta otsuseid. Need sõnumid saate välja lülitada oma profiililehel jaotises Eelistused.
mail-decided-accepted-subject = TRACES NT: Teie autoriseerimistaotlus kiideti heaks
mail-decided-accepted = Teie taotlus rollile organisatsioonis „{ $organisation }“ ({ $country }) kiideti heaks. Nüüd saate TRACES NT-s selle organisatsiooni heaks töötada.
mail-decided-rejected-subject = TRACES NT: Teie autoriseerimistaotlus lükati tagasi
mail-decided-rejected = Teie taotlus rollile organisatsioonis „{ $organisation }“ ({ $country }) lükati tagasi järgmisel põhjusel:
mail-decided-no-reason = põhjust ei ole märgitud
mail-decided-rejected-next = Uue taotluse saate saata, kui põhjus on kõrvaldatud.
mail-decided-profile = Teie taotlused ja nende olek on Teie profiililehel:
