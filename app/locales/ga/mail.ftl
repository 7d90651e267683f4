### E-mails: what each message is, and its variables, is written above it in en/mail.ftl.

mail-greeting = Dia duit, { $first_name },
mail-link-validity = Ní oibríonn an nasc ach uair amháin, agus rachaidh sé in éag { $minutes ->
        [one] { $minutes } nóiméad
        [two] { $minutes } nóiméad
        [few] { $minutes } nóiméad
        [many] { $minutes } nóiméad
       *[other] { $minutes } nóiméad
    } tar éis an ríomhphoist seo a sheoladh.
mail-not-asked = Murar iarr tú é seo, déan neamhaird den ríomhphost seo.

mail-set-password-subject = EU Login: socraigh do phasfhocal
mail-set-password-intro = Cruthaíodh cuntas EU Login duit leis an ainm úsáideora { $username }. Chun é a ghníomhachtú, socraigh do phasfhocal tríd an nasc seo:
mail-set-password-expired = Má tá sé imithe in éag, iarr ríomhphost nua ar an leathanach clárúcháin nó ar an leathanach “Ar chaill tú do phasfhocal?”.

mail-reset-password-subject = EU Login: roghnaigh pasfhocal nua
mail-reset-password-intro = D’iarr tú do phasfhocal EU Login a athshocrú. Roghnaigh pasfhocal nua tríd an nasc seo:
mail-reset-password-expired = Má tá sé imithe in éag, iarr ríomhphost nua ar an leathanach “Ar chaill tú do phasfhocal?”.

mail-confirm-new-email-subject = EU Login: deimhnigh do sheoladh ríomhphoist nua
mail-confirm-new-email-intro = D’iarr tú an seoladh seo a úsáid do do chuntas EU Login. Chun é a dheimhniú, oscail an nasc seo:
mail-confirm-new-email-expired = Má tá sé imithe in éag, iarr ríomhphost nua ar leathanach do chuntais.

mail-email-changed-subject = EU Login: athraíodh do sheoladh ríomhphoist
mail-email-changed = Athraíodh seoladh ríomhphoist do chuntais EU Login go { $new_email }.
mail-email-changed-not-you = Mura ndearna tú féin an t-athrú seo, déan teagmháil leis an deasc chabhrach láithreach: { $helpdesk }. Seoltar naisc chun do phasfhocal a athshocrú chuig an seoladh nua anois.

mail-password-changed-subject = EU Login: athraíodh do phasfhocal
mail-password-changed = Athraíodh pasfhocal do chuntais EU Login.
mail-password-changed-not-you = Mura ndearna tú féin an t-athrú seo, athshocraigh do phasfhocal láithreach ar an leathanach “Ar chaill tú do phasfhocal?” agus déan teagmháil leis an deasc chabhrach: { $helpdesk }.

mail-new-request-subject = TRACES NT: iarratas nua ar údarú le cinneadh a dhéanamh air
mail-new-request = Tá { $requester } ag iarraidh poist in “{ $organisation }” ({ $country }) mar { $role }.
mail-new-request-open = Oscail an t-iarratas i do scuaine formheasa chun glacadh leis nó é a dhiúltú:
mail-new-request-why = Faigheann tú an teachtaireacht seo toisc gur tusa a chinneann iarratais den sórt sin. Is féidir leat na teachtaireachtaí seo a mhúchadh ar leathanach do phróifíle, faoi Roghanna.
mail-decided-accepted-subject = TRACES NT: glacadh le d’iarratas ar údarú
mail-decided-accepted = Glacadh le d’iarratas ar phost in “{ $organisation }” ({ $country }). Is féidir leat obair don eagraíocht seo in TRACES NT anois.
mail-decided-rejected-subject = TRACES NT: diúltaíodh do d’iarratas ar údarú
mail-decided-rejected = Diúltaíodh do d’iarratas ar phost in “{ $organisation }” ({ $country }), ar an gcúis seo:
mail-decided-no-reason = níor tugadh aon chúis
mail-decided-rejected-next = Is féidir leat iarratas nua a sheoladh a luaithe a bheidh an chúis réitithe.
mail-decided-profile = Tá d’iarratais agus a stádas ar leathanach do phróifíle:
