## Step 3 of the letter: the queue of requests to decide, one request's page, the
## notifications. Request numbers ($id) are identifiers: shown as they are, never grouped.

# $id: the request's number.
queue-request = Pedido { $id }
# $id: the request's number.
queue-decided-accepted = Pedido { $id } aceite.
# $id: the request's number.
queue-decided-rejected = Pedido { $id } rejeitado.
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-accepted = { $count ->
    [one] { $shown } pedido aceite: { $ids }.
    [many] { $shown } pedidos aceites: { $ids }.
   *[other] { $shown } pedidos aceites: { $ids }.
}
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-rejected = { $count ->
    [one] { $shown } pedido rejeitado: { $ids }.
    [many] { $shown } pedidos rejeitados: { $ids }.
   *[other] { $shown } pedidos rejeitados: { $ids }.
}
# $id: the request's number.
queue-accept-request = Aceitar o pedido { $id }
# $id: the request's number.
queue-reject-request = Rejeitar o pedido { $id }
# $id: the request's number.
queue-confirm-rejection = Confirmar a rejeição do pedido { $id }

## The reason of a rejection.

queue-reason-label = Motivo da rejeição
queue-reason-hint = Necessário para rejeitar. O requerente lê-o no perfil e na mensagem de correio eletrónico: indique o que está errado e o que deve ser feito.
queue-reason-cancel = Não rejeitar

## Someone who decides nothing opens the queue (the words of the letter).

queue-no-scope = Não tem pedidos a decidir neste ambiente.
queue-no-scope-who-decides = Os pedidos são decididos pela autoridade nacional (autoridade competente central) do país, pelos administradores da organização e pela Comissão.
queue-no-scope-letter = Se for um operador ou um organismo/autoridade de controlo, a sua autoridade nacional ou um administrador da sua organização gerirá (aceitará/rejeitará) o seu pedido. Se for uma autoridade nacional, a Comissão ou um administrador da sua organização gerirá (aceitará/rejeitará) o seu pedido.

## The queue page.

queue-title = Pedidos a decidir
queue-lead-pending = Os pedidos do seu âmbito que aguardam uma decisão. Abra um para ver a pessoa, a organização e o respetivo histórico, ou aceite e rejeite aqui.
queue-lead-decided = O histórico de decisões: os pedidos do seu âmbito que foram aceites, rejeitados, cancelados ou revogados.
queue-tabs-label = Que pedidos
queue-tab-pending = Pedidos pendentes
queue-tab-decided = Histórico de decisões
queue-export-list = Exportar esta lista (CSV)
queue-export-decisions = Exportar o histórico de decisões (CSV)
queue-loading = A carregar os pedidos…
queue-none-pending = Com estes filtros, nenhum pedido aguarda a sua decisão.
queue-none-decided = Nenhum pedido decidido corresponde a estes filtros.
# $count: how many requests (1 or more); $shown: the same number as written for the reader.
queue-on-this-page = { $count ->
    [one] { $shown } pedido nesta página.
    [many] { $shown } pedidos nesta página.
   *[other] { $shown } pedidos nesta página.
}

## The filters of the queue.

queue-filter-form-label = Filtrar os pedidos
queue-filter-role = Função
queue-filter-any-role = Qualquer função
queue-filter-country = País
queue-filter-organisation = Organização
queue-filter-organisation-hint = Basta uma parte do nome; maiúsculas e acentos não são relevantes.
queue-filter-age = Antiguidade do pedido
queue-filter-any-age = Qualquer antiguidade
# $days: at least how many days old.
queue-filter-age-at-least = { $days ->
    [one] Pelo menos { $days } dia
    [many] Pelo menos { $days } dias
   *[other] Pelo menos { $days } dias
}
queue-filter-order = Ordem
queue-filter-newest-first = Mais recentes primeiro
queue-filter-oldest-first = Mais antigos primeiro
queue-filter-apply = Aplicar os filtros
queue-filter-clear = Limpar os filtros

## Deciding the ticked requests at once.

queue-bulk-label = Pedidos selecionados
queue-bulk-accept = Aceitar os selecionados
queue-bulk-reject = Rejeitar os selecionados
queue-bulk-none-selected = Assinale pedidos para aceitar ou rejeitar vários de uma só vez.
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-selected = { $count ->
    [one] { $shown } pedido selecionado.
    [many] { $shown } pedidos selecionados.
   *[other] { $shown } pedidos selecionados.
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-confirm-rejection = { $count ->
    [one] Confirmar a rejeição do pedido selecionado
    [many] Confirmar a rejeição dos { $shown } pedidos selecionados
   *[other] Confirmar a rejeição dos { $shown } pedidos selecionados
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-reason-label = { $count ->
    [one] Motivo da rejeição do pedido selecionado
    [many] Motivo da rejeição dos { $shown } pedidos selecionados
   *[other] Motivo da rejeição dos { $shown } pedidos selecionados
}

## The table of the queue.

queue-table-pending = Pedidos pendentes do seu âmbito
queue-table-decided = Pedidos decididos do seu âmbito
queue-select-all = Selecionar todos os pedidos desta página
# $id: the request's number.
queue-select-request = Selecionar o pedido { $id }
queue-column-request = Pedido
queue-column-person = Pessoa
queue-column-organisation = Organização
queue-column-role = Função
queue-column-country = País
queue-column-sent = Enviado
queue-column-status = Estado
queue-column-decision = Decisão
queue-accept = Aceitar
queue-reject = Rejeitar
# The badge of an operator created by the requester and not yet checked.
queue-new-operator = Novo
queue-new-operator-title = Aceitar também valida o operador
queue-first-page = Primeira página
queue-next-page = Página seguinte

## The keyboard shortcuts: the keys (j, k, o, x, a, r, Enter, the arrows) stay as they are.

queue-shortcuts-title = Atalhos de teclado
queue-shortcuts-hint = Funcionam quando o cursor não está num campo de texto.
queue-shortcut-next-keys = j ou ↓
queue-shortcut-next = Pedido seguinte
queue-shortcut-previous-keys = k ou ↑
queue-shortcut-previous = Pedido anterior
queue-shortcut-open-keys = Enter ou o
queue-shortcut-open = Abrir o pedido
queue-shortcut-tick-keys = x
queue-shortcut-tick = Marcar ou desmarcar o pedido
queue-shortcut-accept-keys = a
queue-shortcut-accept = Aceitar o pedido
queue-shortcut-reject-keys = r
queue-shortcut-reject = Rejeitar o pedido (abre o campo do motivo)

## One request's page.

queue-detail-back = Voltar à fila
queue-detail-loading = A carregar o pedido…
queue-detail-status = Estado:
# Followed by the moment of the decision. $person: who decided (name and e-mail).
queue-detail-decided-by-on = por { $person } em
# Followed by the moment of the decision.
queue-detail-decided-on = em
queue-detail-rejection-reason = Motivo da rejeição
queue-detail-person-title = A pessoa
queue-detail-person-name = Nome (EU Login)
queue-detail-person-email = Correio eletrónico (EU Login)
queue-detail-post-title = O posto pedido
queue-detail-role = Função
queue-detail-scope = Âmbito (país)
queue-detail-sent = Enviado
queue-detail-organisation-title = A organização
queue-detail-new-operator = Este operador tem o estado «Novo».
queue-detail-new-operator-explained = Foi criado pelo requerente e ainda ninguém o verificou. Aceitar este pedido também valida o operador (o seu estado passa a «Válido»); rejeitá-lo rejeita o operador se mais ninguém pedir para aderir ao mesmo.
queue-detail-organisation-name = Nome
queue-detail-organisation-kind = Tipo
queue-detail-organisation-status = Estado
queue-detail-organisation-country = País
queue-detail-authority-role = Função da autoridade
queue-detail-control-body-code = Código do organismo de controlo
queue-detail-section = Secção
queue-detail-activity = Tipo de atividade
queue-detail-address = Endereço
queue-detail-eori = Número EORI
queue-detail-phone = Telefone
queue-detail-fax = Fax
queue-detail-email = Correio eletrónico
queue-detail-website = Sítio Web
queue-detail-request-title = Dados do pedido
queue-detail-additional-info = Informações adicionais
queue-detail-contact-email = Correio eletrónico de contacto
queue-detail-contact-phone = Telefone de contacto
queue-detail-none-given = Não indicado
queue-organisation-status-new = Novo (criado pelo requerente, ainda não verificado)
queue-organisation-status-valid = Válido
queue-organisation-status-rejected = Rejeitado
queue-organisation-status-inactive = Inativo
queue-detail-decide-title = A sua decisão
queue-detail-sending = A enviar…
queue-detail-admin-title = Administrador
queue-detail-admin-label = Administrador da organização
# $organisation: the organisation's name.
queue-detail-admin-hint = Um administrador de { $organisation } aceita ou rejeita os pedidos de adesão à mesma.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-granted = { $person } é agora administrador de { $organisation }.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-removed = { $person } deixou de ser administrador de { $organisation }.

## The history of a request (also the "action" column of the decision history's CSV file).

queue-history-title = Histórico do pedido
# $id: the request's number.
queue-history-caption = Histórico do pedido { $id }
queue-history-when = Quando
queue-history-who = Quem
queue-history-what = O quê
queue-history-change = Alteração
queue-history-reason = Motivo ou observação
queue-audit-request-created = Pedido enviado
queue-audit-request-cancelled = Pedido cancelado pelo requerente
queue-audit-request-accepted = Pedido aceite
queue-audit-request-rejected = Pedido rejeitado
queue-audit-admin-granted = Estatuto de administrador concedido
queue-audit-admin-removed = Estatuto de administrador retirado
queue-audit-operator-validated = Operador validado (Novo → Válido)
queue-audit-operator-rejected = Operador rejeitado (Novo → Rejeitado)
queue-audit-commission-granted = Utilizador da Comissão criado

## The links of the CSV exports.


## The notifications page.

queue-notifications-title = Notificações
queue-notifications-mark-all-read = Marcar todas como lidas
queue-notifications-all-read = Todas as notificações estão marcadas como lidas.
queue-notifications-none = Ainda não tem notificações neste ambiente.
queue-notifications-loading = A carregar as suas notificações…
queue-notifications-unread-none = Nenhuma notificação por ler.
# $count: how many notifications are unread (1 or more); $shown: the same number as written for the reader.
queue-notifications-unread = { $count ->
    [one] { $shown } notificação por ler.
    [many] { $shown } notificações por ler.
   *[other] { $shown } notificações por ler.
}
queue-notification-unread = Por ler
# $id: the request's number.
queue-notification-open-request = Abrir o pedido { $id }
# $id: the request's number.
queue-notification-see-in-profile = Ver o pedido { $id } no meu perfil
queue-history-system = Sistema
