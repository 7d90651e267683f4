### E-mails: what each message is, and its variables, is written above it in en/mail.ftl.

mail-greeting = Laba diena, { $first_name },
mail-link-validity = Nuoroda veikia tik vieną kartą, o jos galiojimas baigiasi po { $minutes ->
        [one] { $minutes } minutės
        [few] { $minutes } minučių
        [many] { $minutes } minutės
       *[other] { $minutes } minučių
    } nuo šio el. laiško išsiuntimo.
mail-not-asked = Jei to neprašėte, nekreipkite dėmesio į šį el. laišką.

mail-set-password-subject = EU Login: nustatykite slaptažodį
mail-set-password-intro = Jums sukurta EU Login paskyra, kurios naudotojo vardas – { $username }. Norėdami ją aktyvinti, nustatykite slaptažodį naudodamiesi šia nuoroda:
mail-set-password-expired = Jei nuorodos galiojimas baigėsi, paprašykite naujo el. laiško registracijos puslapyje arba puslapyje „Pamiršote slaptažodį?“.

mail-reset-password-subject = EU Login: pasirinkite naują slaptažodį
mail-reset-password-intro = Paprašėte atkurti savo EU Login slaptažodį. Naują slaptažodį pasirinkite naudodamiesi šia nuoroda:
mail-reset-password-expired = Jei nuorodos galiojimas baigėsi, paprašykite naujo el. laiško puslapyje „Pamiršote slaptažodį?“.

mail-confirm-new-email-subject = EU Login: patvirtinkite naują el. pašto adresą
mail-confirm-new-email-intro = Paprašėte šį adresą naudoti savo EU Login paskyrai. Norėdami jį patvirtinti, atidarykite šią nuorodą:
mail-confirm-new-email-expired = Jei nuorodos galiojimas baigėsi, paprašykite naujo el. laiško savo paskyros puslapyje.

mail-email-changed-subject = EU Login: Jūsų el. pašto adresas pakeistas
mail-email-changed = Jūsų EU Login paskyros el. pašto adresas pakeistas į { $new_email }.
mail-email-changed-not-you = Jei to nepadarėte Jūs, nedelsdami kreipkitės į pagalbos tarnybą: { $helpdesk }. Slaptažodžio atkūrimo nuorodos dabar siunčiamos nauju adresu.

mail-password-changed-subject = EU Login: Jūsų slaptažodis pakeistas
mail-password-changed = Jūsų EU Login paskyros slaptažodis pakeistas.
mail-password-changed-not-you = Jei to nepadarėte Jūs, nedelsdami atkurkite slaptažodį puslapyje „Pamiršote slaptažodį?“ ir kreipkitės į pagalbos tarnybą: { $helpdesk }.

mail-new-request-subject = TRACES NT: naujas autorizacijos prašymas laukia sprendimo
mail-new-request = { $requester } prašo suteikti vaidmenį organizacijoje „{ $organisation }“ ({ $country }); prašomas vaidmuo: { $role }.
mail-new-request-open = Atidarykite prašymą savo tvirtinimo eilėje ir jį patvirtinkite arba atmeskite:
mail-new-request-why = Šį pranešimą gaunate, nes sprendžiate dėl tokių prašymų. Šiuos pranešimus galite išjungti savo profilio puslapio skiltyje „Nuostatos“.
mail-decided-accepted-subject = TRACES NT: Jūsų autorizacijos prašymas patvirtintas
mail-decided-accepted = Jūsų prašymas suteikti vaidmenį organizacijoje „{ $organisation }“ ({ $country }) patvirtintas. Dabar TRACES NT sistemoje galite dirbti šios organizacijos vardu.
mail-decided-rejected-subject = TRACES NT: Jūsų autorizacijos prašymas atmestas
mail-decided-rejected = Jūsų prašymas suteikti vaidmenį organizacijoje „{ $organisation }“ ({ $country }) atmestas dėl šios priežasties:
mail-decided-no-reason = priežastis nenurodyta
mail-decided-rejected-next = Pašalinę priežastį, galite pateikti naują prašymą.
mail-decided-profile = Savo prašymus ir jų būseną rasite savo profilio puslapyje:
