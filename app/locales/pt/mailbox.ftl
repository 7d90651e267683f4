## The built-in mailbox of demo and test servers.

mailbox-title = Caixa de correio
mailbox-lead = Neste servidor, as mensagens não são enviadas para caixas de correio reais: todas as mensagens ficam guardadas aqui.
mailbox-lead-open = Abra uma mensagem para a ler e seguir as respetivas ligações.
mailbox-recipient = Destinatário
mailbox-show-recipient = Mostrar as mensagens deste destinatário
mailbox-show-all = Mostrar todas as mensagens
mailbox-check = Verificar se há mensagens novas
mailbox-loading = A carregar a caixa de correio…
mailbox-empty = Ainda não há mensagens.
# Before the recipient's address.
mailbox-to = Para
