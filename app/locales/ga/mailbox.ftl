## The built-in mailbox of demo and test servers.

mailbox-title = Bosca poist
mailbox-lead = Ní sheoltar ríomhphost chuig fíorbhoscaí isteach ar an bhfreastalaí seo: coinnítear gach teachtaireacht anseo.
mailbox-lead-open = Oscail teachtaireacht chun í a léamh agus chun a naisc a leanúint.
mailbox-recipient = Faighteoir
mailbox-show-recipient = Taispeáin teachtaireachtaí an fhaighteora
mailbox-show-all = Taispeáin gach teachtaireacht
mailbox-check = Seiceáil an bhfuil teachtaireachtaí nua ann
mailbox-loading = An bosca poist á lódáil…
mailbox-empty = Níl aon teachtaireacht ann fós.
# Before the recipient's address.
mailbox-to = Chuig
