## The built-in mailbox of demo and test servers.

mailbox-title = Pašto dėžutė
mailbox-lead = Šiame serveryje laiškai į tikras pašto dėžutes nesiunčiami: visi laiškai saugomi čia.
mailbox-lead-open = Atidarykite laišką, kad jį perskaitytumėte ir galėtumėte atidaryti jame esančias nuorodas.
mailbox-recipient = Gavėjas
mailbox-show-recipient = Rodyti gavėjo laiškus
mailbox-show-all = Rodyti visus laiškus
mailbox-check = Tikrinti, ar yra naujų laiškų
mailbox-loading = Įkeliama pašto dėžutė…
mailbox-empty = Laiškų dar nėra.
# Before the recipient's address.
mailbox-to = Kam
