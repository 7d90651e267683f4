### E-mails: what each message is, and its variables, is written above it in en/mail.ftl.

mail-greeting = Għażiż/a { $first_name },
mail-link-validity = Il-ħolqa taħdem darba biss u tiskadi { $minutes ->
        [one] { $minutes } minuta
        [two] { $minutes } minuti
        [few] { $minutes } minuti
        [many] { $minutes } minuta
       *[other] { $minutes } minuta
    } wara li ntbagħtet din l-email.
mail-not-asked = Jekk ma tlabtx dan, injora din l-email.

mail-set-password-subject = EU Login: stabbilixxi l-password tiegħek
mail-set-password-intro = Inħoloq għalik kont tal-EU Login bl-isem tal-utent { $username }. Biex tattivah, stabbilixxi l-password tiegħek permezz ta’ din il-ħolqa:
mail-set-password-expired = Jekk il-ħolqa skadiet, itlob email ġdida mill-paġna tar-reġistrazzjoni jew mill-paġna “Insejt il-password?”.

mail-reset-password-subject = EU Login: agħżel password ġdida
mail-reset-password-intro = Tlabt li terġa’ tissettja l-password tiegħek tal-EU Login. Agħżel password ġdida permezz ta’ din il-ħolqa:
mail-reset-password-expired = Jekk il-ħolqa skadiet, itlob email ġdida mill-paġna “Insejt il-password?”.

mail-confirm-new-email-subject = EU Login: ikkonferma l-indirizz tal-email il-ġdid tiegħek
mail-confirm-new-email-intro = Tlabt li dan l-indirizz jintuża għall-kont tiegħek tal-EU Login. Biex tikkonfermah, iftaħ din il-ħolqa:
mail-confirm-new-email-expired = Jekk il-ħolqa skadiet, itlob email ġdida mill-paġna tal-kont tiegħek.

mail-email-changed-subject = EU Login: l-indirizz tal-email tiegħek inbidel
mail-email-changed = L-indirizz tal-email tal-kont tiegħek tal-EU Login inbidel għal { $new_email }.
mail-email-changed-not-you = Jekk ma kontx int, ikkuntattja minnufih lis-servizz ta’ għajnuna: { $helpdesk }. Il-ħoloq biex terġa’ tissettja l-password issa jintbagħtu fl-indirizz il-ġdid.

mail-password-changed-subject = EU Login: il-password tiegħek inbidlet
mail-password-changed = Il-password tal-kont tiegħek tal-EU Login inbidlet.
mail-password-changed-not-you = Jekk ma kontx int, erġa’ ssettja l-password tiegħek minnufih mill-paġna “Insejt il-password?” u kkuntattja lis-servizz ta’ għajnuna: { $helpdesk }.

mail-new-request-subject = TRACES NT: talba ġdida għal awtorizzazzjoni biex tiddeċiedi dwarha
mail-new-request = Talba minn { $requester } għal kariga f’“{ $organisation }” ({ $country }) bħala { $role }.
mail-new-request-open = Iftaħ it-talba fil-kju tal-approvazzjoni tiegħek biex taċċettaha jew tiċħadha:
mail-new-request-why = Qed tirċievi dan il-messaġġ għax int tiddeċiedi dwar talbiet bħal dawn. Tista’ titfi dawn il-messaġġi fil-paġna tal-profil tiegħek, taħt Preferenzi.
mail-decided-accepted-subject = TRACES NT: it-talba tiegħek għal awtorizzazzjoni ġiet aċċettata
mail-decided-accepted = It-talba tiegħek għal kariga f’“{ $organisation }” ({ $country }) ġiet aċċettata. Issa tista’ taħdem għal din l-organizzazzjoni fit-TRACES NT.
mail-decided-rejected-subject = TRACES NT: it-talba tiegħek għal awtorizzazzjoni ġiet miċħuda
mail-decided-rejected = It-talba tiegħek għal kariga f’“{ $organisation }” ({ $country }) ġiet miċħuda għal din ir-raġuni:
mail-decided-no-reason = ma ngħatat l-ebda raġuni
mail-decided-rejected-next = Tista’ tibgħat talba ġdida ladarba tiġi indirizzata r-raġuni.
mail-decided-profile = It-talbiet tiegħek u l-istatus tagħhom jinsabu fil-paġna tal-profil tiegħek:
