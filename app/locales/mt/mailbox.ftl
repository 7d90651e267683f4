## The built-in mailbox of demo and test servers.

mailbox-title = Kaxxa postali
mailbox-lead = Fuq dan is-server l-emails ma jintbagħtux f'kaxxi postali reali: kull messaġġ jinżamm hawn.
mailbox-lead-open = Iftaħ messaġġ biex taqrah u ssegwi l-links tiegħu.
mailbox-recipient = Destinatarju
mailbox-show-recipient = Uri l-messaġġi tad-destinatarju
mailbox-show-all = Uri l-messaġġi kollha
mailbox-check = Iċċekkja jekk hemmx messaġġi ġodda
mailbox-loading = Il-kaxxa postali qed titgħabba…
mailbox-empty = Għad m'hemm l-ebda messaġġ.
# Before the recipient's address.
mailbox-to = Lil
