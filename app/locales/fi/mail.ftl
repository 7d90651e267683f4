### E-mails: what each message is, and its variables, is written above it in en/mail.ftl.

mail-greeting = Hyvä { $first_name }
mail-link-validity = Linkki toimii vain kerran, ja se vanhenee { $minutes ->
        [one] { $minutes } minuutti
       *[other] { $minutes } minuuttia
    } tämän viestin lähettämisen jälkeen.
mail-not-asked = Jos ette ole pyytänyt tätä, voitte jättää tämän viestin huomiotta.

mail-set-password-subject = EU Login: salasanan asettaminen
mail-set-password-intro = Teille on luotu EU Login -tili käyttäjätunnuksella { $username }. Voitte aktivoida tilin asettamalla salasanan tämän linkin kautta:
mail-set-password-expired = Jos linkki on vanhentunut, voitte pyytää uuden viestin rekisteröitymissivulta tai sivulta ”Unohtuiko salasana?”.

mail-reset-password-subject = EU Login: uuden salasanan valitseminen
mail-reset-password-intro = Olette pyytänyt EU Login -salasananne nollaamista. Voitte valita uuden salasanan tämän linkin kautta:
mail-reset-password-expired = Jos linkki on vanhentunut, voitte pyytää uuden viestin sivulta ”Unohtuiko salasana?”.

mail-confirm-new-email-subject = EU Login: uuden sähköpostiosoitteen vahvistaminen
mail-confirm-new-email-intro = Olette pyytänyt, että tätä osoitetta käytetään EU Login -tilillänne. Voitte vahvistaa osoitteen avaamalla tämän linkin:
mail-confirm-new-email-expired = Jos linkki on vanhentunut, voitte pyytää uuden viestin tilisivultanne.

mail-email-changed-subject = EU Login: sähköpostiosoitteenne on muutettu
mail-email-changed = EU Login -tilinne sähköpostiosoite on muutettu osoitteeksi { $new_email }.
mail-email-changed-not-you = Jos ette tehnyt muutosta itse, ottakaa heti yhteyttä tukipalveluun: { $helpdesk }. Salasanan nollauslinkit lähetetään nyt uuteen osoitteeseen.

mail-password-changed-subject = EU Login: salasananne on vaihdettu
mail-password-changed = EU Login -tilinne salasana on vaihdettu.
mail-password-changed-not-you = Jos ette vaihtanut salasanaa itse, nollatkaa salasananne heti sivulla ”Unohtuiko salasana?” ja ottakaa yhteyttä tukipalveluun: { $helpdesk }.

mail-new-request-subject = TRACES NT: uusi valtuutuspyyntö odottaa päätöstä
mail-new-request = { $requester } pyytää organisaatiossa ”{ $organisation }” ({ $country }) roolia { $role }.
mail-new-request-open = Avatkaa pyyntö hyväksyntäjonossanne ja hyväksykää tai hylätkää se:
mail-new-request-why = Saatte tämän viestin, koska päätätte tällaisista pyynnöistä. Voitte poistaa nämä viestit käytöstä profiilisivullanne kohdassa Asetukset.
mail-decided-accepted-subject = TRACES NT: valtuutuspyyntönne on hyväksytty
mail-decided-accepted = Pyyntönne roolista organisaatiossa ”{ $organisation }” ({ $country }) on hyväksytty. Voitte nyt työskennellä tämän organisaation puolesta TRACES NT:ssä.
mail-decided-rejected-subject = TRACES NT: valtuutuspyyntönne on hylätty
mail-decided-rejected = Pyyntönne roolista organisaatiossa ”{ $organisation }” ({ $country }) on hylätty seuraavasta syystä:
mail-decided-no-reason = syytä ei ole annettu
mail-decided-rejected-next = Voitte lähettää uuden pyynnön, kun syy on korjattu.
mail-decided-profile = Pyyntönne ja niiden tila näkyvät profiilisivullanne:
