## The shell of every page: top bar, language chooser, footer.

language-chooser-label = Língua
# $problem: why the server did not take the choice.
language-not-remembered = A sua escolha não foi memorizada: { $problem }

## The tab title, the skip link, the top bar and the footer.

common-title = TRACES NT
common-title-training = FORMAÇÃO – TRACES NT
common-skip-link = Saltar para o conteúdo
# The short mark before the name, as on the Commission's sites.
common-brand-mark = UE
common-brand-name = TRACES NT
common-instance-production = Produção
common-instance-training = Formação
common-training-banner-mark = FORMAÇÃO
common-training-banner = – este é o ambiente de formação do TRACES NT. Nada do que é feito aqui é real ou chega à produção.
common-top-bar-nav-label = Conta e língua
common-my-profile = O meu perfil TRACES
common-my-account = A minha conta
common-log-out = Terminar sessão
# $problem: why logging out did not work.
common-log-out-failed = Continua com sessão iniciada: { $problem }
# The links of the top bar with their counts. Screen readers hear the hidden name, speech input
# users say the visible words: each name starts with the words of its link.
common-nav-queue = Pedidos a decidir
common-nav-queue-none = Pedidos a decidir: nenhum pendente
# $count: how many requests wait (1 or more) and chooses the plural form; $shown: the same
# number as the badge shows it ("12", "10,000+").
common-nav-queue-pending = { $count ->
    [one] Pedidos a decidir: { $shown } pendente
    [many] Pedidos a decidir: { $shown } pendentes
   *[other] Pedidos a decidir: { $shown } pendentes
}
common-nav-notifications = Notificações
common-nav-notifications-none = Notificações: nenhuma por ler
# $count: how many notifications are unread (1 or more) and chooses the plural form; $shown:
# the same number as the badge shows it ("12", "10,000+").
common-nav-notifications-unread = { $count ->
    [one] Notificações: { $shown } por ler
    [many] Notificações: { $shown } por ler
   *[other] Notificações: { $shown } por ler
}
# $traces, $organic: the two helpdesk addresses, as links.
common-footer-helpdesk = Dúvidas? Escreva ao serviço de assistência: { $traces } e { $organic }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version = Versão { $version } · esquema { $schema }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version-test-mode = Versão { $version } · esquema { $schema } · MODO DE TESTE
# $time: a date and time (2026-11-23 16:05) in UTC.
common-time-in-utc = { $time } (UTC)

## The page for an unknown address.

common-not-found-title = Página não encontrada
common-not-found-text = Este endereço não corresponde a nenhuma página do TRACES NT. Verifique a ligação ou recomece a partir da página inicial.
common-not-found-home = Ir para a página inicial

## The guided demo of the training instance: the steps of the helpdesk letter. The names in
## quotes are the names of buttons and links: use the same words as those.

common-guide-show = Demonstração guiada
common-guide-hide = Ocultar a demonstração guiada
common-guide-title = Demonstração guiada
common-guide-hint = Os passos da carta do serviço de assistência; o passo realçado corresponde a esta página.
common-guide-part-eulogin = 1. EU Login
common-guide-part-traces = 2. TRACES NT
common-guide-part-decision = 3. A decisão
common-guide-step-sign-up = Na página de boas-vindas da formação, clique em «registar-se no TRACES».
common-guide-step-create-account = Preencha o formulário (endereço de correio eletrónico do domínio de demonstração, p. ex., trainee@demo.traces-training.example) e o captcha e, em seguida, clique em «Criar uma conta».
common-guide-step-mailbox = Abra a caixa de correio integrada e siga a ligação da mensagem.
common-guide-step-password = Escolha uma palavra-passe.
common-guide-step-log-in = Clique em «Iniciar sessão no TRACES» e entre com o endereço de correio eletrónico e a palavra-passe.
common-guide-step-role-kind = Escolha o tipo de função: Operador, Organismo de controlo biológico ou Autoridade.
common-guide-step-search = Pesquise (país, nome…), assinale uma ou mais linhas e, em seguida, clique em «Pedir autorização»; ou, após uma pesquisa, em «Criar novo operador».
common-guide-step-popup = Na janela emergente, verifique o endereço de correio eletrónico e o telefone e, em seguida, clique em «enviar pedido de autorização»: aparece uma mensagem verde.
common-guide-step-profile-pending = O perfil apresenta o pedido como «Pendente».
common-guide-step-queue = Inicie sessão com a personagem «Agente da autoridade competente central» (página de boas-vindas da formação) e abra «Pedidos a decidir».
common-guide-step-decide = Abra o pedido: a pessoa, a organização, o histórico; aceite-o ou rejeite-o indicando um motivo.
common-guide-step-profile-decided = Volte a iniciar sessão como requerente: o perfil apresenta «Válido» (ou «Rejeitado» com o motivo).
