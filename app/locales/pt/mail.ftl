### E-mails: what each message is, and its variables, is written above it in en/mail.ftl.

mail-greeting = Caro(a) { $first_name },
mail-link-validity = A ligação só pode ser utilizada uma vez e expira { $minutes ->
        [one] { $minutes } minuto
        [many] { $minutes } minutos
       *[other] { $minutes } minutos
    } após o envio desta mensagem.
mail-not-asked = Se não fez este pedido, ignore esta mensagem.

mail-set-password-subject = EU Login: defina a sua palavra-passe
mail-set-password-intro = Foi criada para si uma conta EU Login com o nome de utilizador { $username }. Para a ativar, defina a sua palavra-passe através desta ligação:
mail-set-password-expired = Se tiver expirado, peça uma nova mensagem na página de registo ou na página «Esqueceu-se da palavra-passe?».

mail-reset-password-subject = EU Login: escolha uma nova palavra-passe
mail-reset-password-intro = Pediu para redefinir a sua palavra-passe EU Login. Escolha uma nova palavra-passe através desta ligação:
mail-reset-password-expired = Se tiver expirado, peça uma nova mensagem na página «Esqueceu-se da palavra-passe?».

mail-confirm-new-email-subject = EU Login: confirme o seu novo endereço de correio eletrónico
mail-confirm-new-email-intro = Pediu para utilizar este endereço na sua conta EU Login. Para o confirmar, abra esta ligação:
mail-confirm-new-email-expired = Se tiver expirado, peça uma nova mensagem na página da sua conta.

mail-email-changed-subject = EU Login: o seu endereço de correio eletrónico foi alterado
mail-email-changed = O endereço de correio eletrónico da sua conta EU Login foi alterado para { $new_email }.
mail-email-changed-not-you = Se não fez esta alteração, contacte imediatamente o serviço de assistência: { $helpdesk }. As ligações para redefinir a palavra-passe são agora enviadas para o novo endereço.

mail-password-changed-subject = EU Login: a sua palavra-passe foi alterada
mail-password-changed = A palavra-passe da sua conta EU Login foi alterada.
mail-password-changed-not-you = Se não fez esta alteração, redefina imediatamente a sua palavra-passe na página «Esqueceu-se da palavra-passe?» e contacte o serviço de assistência: { $helpdesk }.

mail-new-request-subject = TRACES NT: novo pedido de autorização para decisão
mail-new-request = { $requester } solicita uma função na organização «{ $organisation }» ({ $country }) como { $role }.
mail-new-request-open = Abra o pedido na sua fila de aprovação para o aceitar ou rejeitar:
mail-new-request-why = Recebe esta mensagem porque decide sobre este tipo de pedidos. Pode desativar estas mensagens na página do seu perfil, em Preferências.
mail-decided-accepted-subject = TRACES NT: o seu pedido de autorização foi aceite
mail-decided-accepted = O seu pedido de uma função na organização «{ $organisation }» ({ $country }) foi aceite. Já pode trabalhar para esta organização no TRACES NT.
mail-decided-rejected-subject = TRACES NT: o seu pedido de autorização foi rejeitado
mail-decided-rejected = O seu pedido de uma função na organização «{ $organisation }» ({ $country }) foi rejeitado pelo seguinte motivo:
mail-decided-no-reason = nenhum motivo indicado
mail-decided-rejected-next = Pode enviar um novo pedido depois de resolvido o motivo.
mail-decided-profile = Os seus pedidos e o respetivo estado encontram-se na página do seu perfil:
