## The built-in mailbox of demo and test servers.

mailbox-title = Skrzynka pocztowa
mailbox-lead = Na tym serwerze poczta nie jest wysyłana do prawdziwych skrzynek: każda wiadomość jest przechowywana tutaj.
mailbox-lead-open = Otwórz wiadomość, aby ją przeczytać i skorzystać z zawartych w niej linków.
mailbox-recipient = Odbiorca
mailbox-show-recipient = Pokaż wiadomości odbiorcy
mailbox-show-all = Pokaż wszystkie wiadomości
mailbox-check = Sprawdź nowe wiadomości
mailbox-loading = Wczytywanie skrzynki pocztowej…
mailbox-empty = Brak wiadomości.
# Before the recipient's address.
mailbox-to = Do
