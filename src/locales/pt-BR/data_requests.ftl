### Clickline, Brazilian Portuguese (Português do Brasil).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Requisições coletivas de acesso a dados

nav-data-requests = Seus dados
title-data-requests = Peça seus dados, juntos
title-open-campaign = Abrir uma campanha de requisição de dados
title-letter = Sua requisição de acesso a dados
title-request-sent = Requisição registrada
title-request-receipt = Sua requisição de dados
title-complaint-letter = Sua reclamação à autoridade

data_category-ratings = Avaliações e notas de qualidade
data_category-rejections = Trabalhos rejeitados e o motivo de cada rejeição
data_category-flags = Sinalizações, advertências e os motivos de qualquer suspensão ou desativação
data_category-allocation = Como as tarefas são distribuídas para mim e o que decide isso
data_category-earnings = Ganhos, pagamentos e descontos
data_category-profiling = Perfis e inferências feitos sobre mim
choose-data_category = Escolha o que pedir.
unknown-data_category = '{ $value }' não é algo que as cartas do Clickline pedem; use um destes: { $allowed }.

data_outcome-complete = Resposta completa
data_outcome-partial = Resposta parcial
data_outcome-refused = Recusada
data_outcome-asked_for_identity = Pediram que eu provasse quem sou
data_outcome-no_answer = Sem resposta
choose-data_outcome = Escolha o que veio de resposta.
unknown-data_outcome = '{ $value }' não é uma resposta conhecida; use uma destas: { $allowed }.

invalid-campaign-title = Dê à campanha um título de 5 a 200 caracteres.
invalid-campaign-explanation = Explique a campanha em 20 a 5.000 caracteres.
invalid-campaign-categories = Escolha pelo menos uma coisa para pedir.
invalid-campaign-countries = Informe pelo menos um país, com códigos ISO como DE ou PH.
invalid-campaign-no-law = O Clickline ainda não tem uma lei de proteção de dados para { $country }, então não consegue escrever a carta para esse país.
forbidden-campaign-countries = Você só pode abrir campanhas para os países da sua conta; { $outside } não é um deles.
invalid-campaign-country = Esta campanha é para trabalhadores de: { $countries }.
invalid-answer-day-missing = Informe o dia em que a plataforma respondeu.
invalid-answer-day = O dia precisa estar entre o dia em que você enviou a requisição ({ $sent }) e hoje.
invalid-answer-missing = Marque só o que esta campanha pediu.
invalid-letter-language = Escolha um dos idiomas do Clickline.
invalid-letter-required = Preencha este campo: a plataforma precisa dele para encontrar seus dados.
invalid-letter-line = Escreva isto em uma linha de no máximo { $max } caracteres.
invalid-letter-email = Informe o endereço de e-mail da sua conta, como nome@example.org.
invalid-sent-id = Nenhuma requisição enviada tem este id. Copie-o da página que mostrou seu comprovante.
complaint-not-open = A reclamação fica disponível quando a requisição passa do prazo ou a resposta fica incompleta, e só uma vez.

dr-list-lead = A lei dá a todo trabalhador o direito aos dados que uma plataforma guarda sobre ele: avaliações, notas de qualidade, sinalizações, os motivos de rejeições e desativações e como as decisões automatizadas são tomadas. Quando os pedidos são feitos juntos, as respostas mostram quem respeita esse direito.
dr-list-empty = Ainda não há campanhas.
dr-have-receipt = Tenho um comprovante: registrar a resposta
dr-open-link = Organizadores: abrir uma campanha
dr-opened-on = aberta em
dr-feed = Lembretes (feed Atom)
dr-asks-for = O que a carta pede
dr-always-asked = Uma cópia de todos os dados pessoais que vocês têm sobre mim, para que são usados, de onde vieram e com quem foram compartilhados
dr-figures-title = Quem responde
dr-figures-hint = Publicado em lotes diários, como os relatos. Grupos menores que o tamanho mínimo de grupo não aparecem como números.
dr-figure-sent = Requisições enviadas
dr-figure-in-time = Respondidas dentro do prazo legal
dr-figure-median = Mediana do tempo de resposta
dr-figure-overdue = Fora do prazo, sem resposta
dr-figure-complaints = Reclamações a uma autoridade
dr-figure-not-yet = ainda não há respostas suficientes
dr-days = { $n ->
    [one] { $n } dia
   *[other] { $n } dias
}
dr-outcomes-caption = O que veio de resposta
dr-col-outcome = Resposta
dr-col-requests = Requisições
dr-missing-caption = O que as respostas deixaram de fora
dr-col-category = Pedido
dr-col-answers = Respostas sem isso
dr-letter-title = Monte sua carta
dr-letter-lead = Preencha o que identifica você para a plataforma. O Clickline escreve a carta no seu idioma, com base na lei do seu país, endereçada ao controlador de dados da plataforma.
dr-letter-send-from = Envie a carta do endereço de e-mail que sua conta usa, para que a plataforma não possa dizer que não conhece você.
dr-field-country = O país de onde você trabalha
dr-field-language = Idioma da carta
dr-field-name = Seu nome como a plataforma conhece
dr-field-email = O endereço de e-mail da sua conta
dr-field-email-hint = Envie a carta deste endereço.
dr-field-worker-id = Seu id de trabalhador na plataforma
dr-letter-never-stored = Nada do que você digita aqui é guardado ou registrado: a carta é feita para você e esquecida.
dr-letter-make = Montar a carta
dr-sent-title = Enviei minha requisição
dr-sent-lead = Avise o Clickline que você enviou: só o seu país e o dia são guardados. Você recebe um comprovante para registrar a resposta depois.
dr-sent-submit = Enviei
dr-laws-title = A lei de cada país
dr-col-law = Lei
dr-col-deadline = Prazo
dr-col-authority = Onde reclamar
dr-col-articles = Acesso; portabilidade; decisões automatizadas
dr-col-source = Fonte
dr-col-contact = Para onde vão as requisições
dr-in-force-from = em vigor desde
dr-no-deadline = a lei não fixa prazo
dr-controller-title = Quem controla os dados
dr-sources = Fontes destas tabelas
dr-letter-page-lead = Copie esta carta num e-mail para o endereço lá em cima, ou baixe-a como arquivo de texto.
dr-letter-download = Baixar como arquivo de texto
dr-letter-next = Enviou? Registre aqui
dr-letter-back-receipt = Voltar para sua requisição
dr-sent-recorded = Sua requisição para "{ $title }" foi registrada. Ela passa a contar a partir do próximo lote diário.
dr-sent-id = Id da requisição
dr-sent-keep = Guarde o id e este código: com eles você registra o que a plataforma responder. Eles só aparecem agora.
dr-due-on = A plataforma precisa responder até:
dr-calendar-download = Adicionar o dia à minha agenda (.ics)
dr-back-to-campaign = Voltar para a campanha
dr-receipt-lead = Informe o id da requisição e o código de comprovante que você recebeu quando registrou sua requisição.
dr-receipt-open = Abrir minha requisição
dr-receipt-about = Sua requisição a { $platform } na campanha "{ $title }".
dr-sent-on = Enviada em
dr-due = Resposta devida até
dr-overdue = fora do prazo
dr-answer = Resposta
dr-no-answer-yet = nenhuma registrada ainda
dr-complaint = Reclamação
dr-complained = você avisou o Clickline que reclamou
dr-answer-title = O que veio de resposta
dr-field-outcome = A resposta da plataforma
dr-field-answered-on = O dia em que ela respondeu (YYYY-MM-DD)
dr-field-missing = O que a resposta deixou de fora
dr-answer-submit = Registrar a resposta
answer-recorded = Registrada. Ela passa a contar a partir do próximo lote diário.
dr-complaint-title = Reclamar à autoridade
dr-complaint-lead = A plataforma não respondeu no prazo ou respondeu de forma incompleta. Você pode reclamar à autoridade { $authority }: o Clickline escreve a reclamação para você.
dr-complaint-make = Montar a reclamação
dr-complaint-filed = Apresentei a reclamação
complaint-recorded = Obrigado: a campanha conta sua reclamação a partir do próximo lote diário.
dr-form-lead = Convide os trabalhadores de uma plataforma a pedir seus dados juntos. A página da campanha dá a cada trabalhador uma carta com base na lei do seu país e conta, de forma anônima, quem responde.
dr-field-title = Título
dr-field-categories = O que pedir
dr-field-countries = Países a que se destina
dr-field-countries-hint = Códigos ISO separados por vírgulas. O Clickline tem a lei de: { $countries }
dr-field-explanation = Por quê, em poucas linhas, para a página da campanha
dr-form-submit = Abrir a campanha
dr-block-title = Direitos sobre os dados
dr-block-lead = { $n ->
    [one] Trabalhadores pediram seus dados a esta plataforma em uma campanha.
   *[other] Trabalhadores pediram seus dados a esta plataforma em { $n } campanhas.
}
dr-block-link = Todas as campanhas
dr-method-title = Requisições de acesso a dados
dr-method-lead = As cartas citam a lei do país do trabalhador e vão para o controlador que a plataforma indica. As tabelas abaixo vêm com o Clickline, cada linha com sua fonte e o dia em que foi conferida; parte dos controladores vem dos registros CC0 de datenanfragen.de. Uma taxa ou uma mediana calculada sobre menos requisições que o tamanho mínimo de grupo não é publicada.
dr-method-laws-caption = Leis de proteção de dados
dr-method-controllers-caption = Controladores das plataformas
dr-source-link = fonte
feed-answers-due = Respostas devidas em { $day }
feed-answers-due-text = As requisições enviadas nesta campanha precisam ser respondidas até hoje. Abra sua requisição com o comprovante e registre o que veio de resposta.
calendar-summary = Verificar a resposta à sua requisição de dados a { $platform }
calendar-description = O prazo legal termina hoje. Abra sua requisição no Clickline com o comprovante e registre o que veio de resposta; se nada chegou, o Clickline escreve sua reclamação.

## As cartas (texto simples)

letter-subject = Requisição de acesso a dados pessoais com base na { $law }
letter-greeting = Prezados Senhores,
letter-access = Trabalho na plataforma { $platform }. Com fundamento no { $article } da { $law }, na qualidade de titular dos dados, requeiro cópia de todos os dados pessoais a meu respeito que estejam em posse de Vossas Senhorias, com as finalidades do tratamento, a origem dos dados, as entidades com as quais foram compartilhados e o prazo durante o qual são conservados.
letter-portability = Com fundamento no { $article } da { $law }, solicito o envio dos dados que forneci e dos dados gerados pelo meu trabalho em formato estruturado, de uso comum e legível por máquina (como CSV ou JSON).
letter-explanation = Com fundamento no { $article } da { $law }, solicito que me informem se tomam decisões automatizadas a meu respeito, inclusive decisões destinadas a definir o meu perfil, e que me forneçam informações claras e adequadas sobre a lógica envolvida, os critérios e procedimentos efetivamente utilizados e a importância e as consequências dessas decisões para mim.
letter-categories = Em especial, solicito:
letter-data_category-ratings = todas as avaliações, notas de qualidade e medidas de precisão a meu respeito, com a forma como são calculadas
letter-data_category-rejections = cada rejeição do meu trabalho, com o motivo e quem ou o que a decidiu
letter-data_category-flags = cada sinalização, advertência, suspensão ou desativação relativa à minha conta, com os motivos e os dados em que se basearam
letter-data_category-allocation = a forma como as tarefas são distribuídas para mim e quais dados e critérios determinam essa distribuição
letter-data_category-earnings = meus ganhos, pagamentos, bonificações e descontos, tarefa por tarefa
letter-data_category-profiling = todo perfil, categoria ou inferência a meu respeito que estejam em posse de Vossas Senhorias
letter-deadline = A lei exige que esta requisição seja respondida no prazo de { $deadline } a contar do seu recebimento, sem custos para o titular.
letter-no-deadline = Solicito resposta sem demora injustificada e sem custos para o titular.
letter-months = { $n ->
    [one] um mês
   *[other] { $n } meses
}
letter-days = { $n ->
    [one] um dia
   *[other] { $n } dias
}
letter-identity = Para minha identificação:
letter-name = Nome: { $name }
letter-email = Endereço de e-mail da minha conta: { $email }
letter-worker-id = Id de trabalhador: { $id }
letter-authority = Caso não receba resposta completa dentro do prazo, poderei peticionar perante a autoridade competente, { $authority }.
letter-closing = Atenciosamente,
complaint-subject = Reclamação: { $controller } não respondeu à minha requisição de acesso a dados pessoais como exige a lei
complaint-sent = Em { $sent }, requeri a { $controller }, responsável pela plataforma { $platform }, acesso aos meus dados pessoais com fundamento no { $article } da { $law }. A resposta era devida até { $due }.
complaint-no-answer = Não recebi nenhuma resposta.
complaint-partial = A resposta que recebi é incompleta: deixa de fora dados que solicitei.
complaint-refused = Minha requisição foi recusada.
complaint-ask = Solicito que esta autoridade apure os fatos e determine ao controlador que responda integralmente à minha requisição.
complaint-collective = Fiz esta requisição junto com outros trabalhadores da plataforma { $platform }, em uma campanha coletiva.
complaint-identity = Meus dados:
