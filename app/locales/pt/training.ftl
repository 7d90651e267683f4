## The trainer's tools on the training welcome page: the personas and the reset.

training-personas-title = Personagens de formação
# Followed by the personas' password (Training-Demo-2026), then training-personas-intro-end.
training-personas-intro = Contas EU Login já preparadas do mundo de demonstração. Existem apenas para a formação: a produção nunca as apresenta e trata-as como não autenticadas. Cada uma também pode iniciar sessão na página do EU Login com o respetivo endereço de correio eletrónico e a palavra-passe
# What follows the password: the end of the sentence.
training-personas-intro-end = .
# $problem: why.
training-personas-not-loaded = Não foi possível carregar as personagens: { $problem }
training-column-persona = Personagem
training-column-role = Função na demonstração
training-column-log-in = Iniciar sessão
# $name: the persona's name.
training-log-in-as = Iniciar sessão como { $name }
# $name: the persona's name; $problem: why.
training-log-in-as-failed = Não foi possível iniciar sessão como { $name }: { $problem }
# $time: when, in UTC.
training-last-reset = Mundo de demonstração carregado pela última vez em { $time }.
training-never-reset = O mundo de demonstração ainda não foi carregado.

## The personas: what each does in the demo (names of organisations stay as they are).

training-persona-importer-role = Importador (operador)
training-persona-importer-description = Ainda sem posto: mostra o passo 2 da carta desde o início (Operador, pesquisa, assinalar, «Pedir autorização», «enviar pedido de autorização»).
training-persona-inspector-role = Inspetor de um organismo de controlo
training-persona-inspector-description = Posto válido no «Fiktiv Kontrollstelle Öko» (DE-OKO-901) para a Alemanha; pode pedir mais países deste organismo.
training-persona-bcp-role = Agente de um posto de controlo fronteiriço
training-persona-bcp-description = Posto válido no posto de controlo fronteiriço «PCF Fittizio Genova Porto» (Itália), que atua como EAOC.
training-persona-cca-role = Agente da autoridade competente central – decide pedidos
training-persona-cca-description = Administrador da autoridade competente central da Alemanha: decide todos os pedidos relativos a operadores, organismos de controlo e postos de controlo fronteiriços alemães.
training-persona-admin-role = Administrador de um operador
training-persona-admin-description = Administrador do operador «Fiktiv Grünwaren KG» (Alemanha): decide os pedidos de adesão a este operador.
training-persona-commission-role = Utilizador da Comissão e formador
training-persona-commission-description = Comissão (unidade fictícia «DG SANTE G.5 training»): decide todos os pedidos, incluindo os das autoridades competentes centrais; pode repor o ambiente de formação.

## Resetting the training instance (trainers only).

training-reset-title = Repor o ambiente de formação
training-reset-explained = Substitui todos os dados de formação (organizações, pedidos, decisões, notificações, mensagens de correio eletrónico da demonstração) pelo mundo de demonstração, numa só operação.
training-reset-accounts-kept = As contas EU Login criadas durante a sessão são mantidas, porque a produção também as utiliza; os respetivos pedidos de formação são eliminados. A produção não é afetada.
training-reset-button = Repor a formação…
training-reset-confirm-question = Repor agora o ambiente de formação?
training-reset-confirm-explained = Tudo o que foi feito na formação desde a última reposição é substituído.
training-reset-confirm = Sim, repor a formação
training-resetting = A repor…
training-reset-cancel = Cancelar
# $took: milliseconds (as written for the reader); $organisations, $requests, $accounts:
# counts that choose the plural forms; $organisations_shown, $requests_shown,
# $accounts_shown: the same counts as written for the reader.
training-reset-done = Formação reposta em { $took } ms: { $organisations ->
        [one] { $organisations_shown } organização
        [many] { $organisations_shown } organizações
       *[other] { $organisations_shown } organizações
    } e { $requests ->
        [one] { $requests_shown } pedido
        [many] { $requests_shown } pedidos
       *[other] { $requests_shown } pedidos
    } do mundo de demonstração; { $accounts ->
        [one] mantida { $accounts_shown } conta EU Login
        [many] mantidas { $accounts_shown } contas EU Login
       *[other] mantidas { $accounts_shown } contas EU Login
    } de participantes.
# $problem: why.
training-reset-failed = A reposição não foi efetuada: { $problem }
