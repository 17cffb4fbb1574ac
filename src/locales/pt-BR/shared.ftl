### Clickline, Brazilian Portuguese (Português do Brasil).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Datas

month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro
# O mês como aparece numa data completa (em português, igual ao de cima).
month-of-day-1 = janeiro
month-of-day-2 = fevereiro
month-of-day-3 = março
month-of-day-4 = abril
month-of-day-5 = maio
month-of-day-6 = junho
month-of-day-7 = julho
month-of-day-8 = agosto
month-of-day-9 = setembro
month-of-day-10 = outubro
month-of-day-11 = novembro
month-of-day-12 = dezembro
# $day, $month (um nome acima), $year
date-day = { $day } de { $month } de { $year }
date-month = { $month } de { $year }

## Mensagens de validação, para formulários e para a API

invalid-country-empty = Escolha um país.
invalid-country = "{ $value }" não é um código de país ISO 3166-1 (duas letras, como PH, KE ou FR).
invalid-currency-empty = Escolha a moeda em que você recebeu.
invalid-currency = "{ $value }" não é um código de moeda ISO 4217 (três letras, como USD, EUR ou PHP).
invalid-currency-no-rate = O Clickline ainda não tem taxa de câmbio para { $code }; informe o valor em USD ou EUR.
invalid-amount-empty = Informe o valor (0 se você não recebeu nada).
invalid-amount = "{ $value }" não é um valor; escreva assim: 1,25.
invalid-amount-too-large = Esse valor é alto demais.
invalid-receipt = Um código de comprovante tem 16 letras e números, como ABCD-EFGH-JKMN-PQRS.
invalid-platform-empty = Escolha a plataforma onde você encontrou o trabalho.
invalid-platform = "{ $value }" não é um identificador de plataforma; veja a lista em /platforms.
invalid-platform-unknown = O Clickline não conhece a plataforma "{ $value }". Escolha na lista em /platforms (conhecidas: { $known }); se a sua não estiver lá, escolha a mais parecida e diga qual é no seu texto.
invalid-requester-id-empty = Informe o id do solicitante do jeito que a plataforma mostra.
invalid-requester-id-long = Um id de solicitante tem no máximo { $max } caracteres.
invalid-requester-id-char = Um id de solicitante não pode conter "{ $char }"; use só letras, números e - _ . ~ @ + :.
invalid-requester-id-for-name = Informe também o id do solicitante, para que o nome fique ligado ao solicitante certo.
invalid-requester-name-long = Um nome de solicitante tem no máximo 200 caracteres.
invalid-report-id = Isso não é um id de relato do Clickline.
invalid-month = "{ $value }" não é um mês; escreva no formato YYYY-MM, como 2025-03.
invalid-month-future = Esse mês está no futuro.
invalid-month-early = Informe um mês a partir de 2000.
invalid-minutes-empty = Informe quantos minutos o trabalho levou, incluindo a preparação não paga.
invalid-minutes = "{ $value }" não é um número inteiro de minutos.
invalid-minutes-range = Informe quantos minutos o trabalho levou, de 1 a 1440 (um dia inteiro).
invalid-description-length = Descreva o que aconteceu em 20 a 10000 caracteres.
invalid-text-long = No máximo { $max } caracteres, por favor; este texto tem { $chars }.
invalid-yes-no = "{ $value }" não é sim nem não (true/false).
say-whether-recommend = Diga se você recomendaria este solicitante.
say-whether-tos_violation = Diga se a tarefa violava as regras da plataforma.
say-whether-broken = Diga se a tarefa estava com defeito.
invalid-whole-number-range = Informe um número inteiro de { $min } a { $max }.
invalid-whole-number = "{ $value }" não é um número inteiro.
invalid-body-not-object = O corpo precisa ser um objeto JSON.
invalid-body-json = O corpo não é um JSON válido: { $detail }.
invalid-body-utf8 = O corpo não é texto UTF-8: { $detail }.
invalid-body-unreadable = Não foi possível ler a requisição; envie um objeto JSON.
invalid-not-single-value = Precisa ser um valor único (texto, número ou true/false), não uma lista nem um objeto.
invalid-unknown-field = Campo desconhecido.
invalid-bulk-ids-empty = Informe ids de solicitantes separados por vírgulas.
invalid-bulk-ids-many = No máximo { $max } ids por requisição.
invalid-fields-unknown = Campos desconhecidos: { $names }. Informe campos de uma ficha ou suas partes, como held_for_review ou all.ratings (veja /api/v1/openapi.json).
invalid-platform-unknown-short = O Clickline não conhece esta plataforma; veja /platforms.
invalid-email = Informe um endereço de e-mail como nome@example.org.
invalid-organizer-name = Informe um nome de 1 a 100 caracteres.
invalid-organizer-countries = Informe os países onde essa pessoa organiza, como FR,DE.
invalid-organizer-exists = Já existe um organizador com este e-mail.
invalid-submission-key = Uma chave de envio tem de 16 a 128 letras, números, - ou _.

## Vocabulários fechados: <kind>-<wire name> é um rótulo; choose-<kind> e
## unknown-<kind> são as mensagens para quando o valor falta ou é desconhecido.

choose-task_type = Escolha um tipo de tarefa.
unknown-task_type = "{ $value }" não é um tipo de tarefa conhecido; use um destes: { $allowed }.
task_type-survey = Pesquisa / questionário
task_type-transcription = Transcrição
task_type-tagging = Marcação / rotulagem
task_type-moderation = Moderação de conteúdo
task_type-data_entry = Digitação de dados
task_type-writing = Redação
task_type-testing = Testes
task_type-other = Outro

choose-paid = Diga se você recebeu.
unknown-paid = "{ $value }" não é uma das respostas sobre pagamento; use uma destas: { $allowed }.
paid-yes = Sim, tudo
paid-partial = Em parte
paid-no = Não
paid-pending = Ainda não (pendente)

choose-rejected = Diga quanto do trabalho foi rejeitado.
unknown-rejected = "{ $value }" não é uma das respostas sobre rejeições; use uma destas: { $allowed }.
rejected-none = Nada
rejected-some = Uma parte
rejected-all = Tudo

choose-communication = Diga como o solicitante se comunicou.
unknown-communication = "{ $value }" não é uma das respostas sobre comunicação; use uma destas: { $allowed }.
communication-responsive = Respondeu às minhas mensagens
communication-unresponsive = Não respondeu
communication-not_tried = Não tentei entrar em contato

choose-grievance_category = Escolha uma categoria.
unknown-grievance_category = "{ $value }" não é uma categoria conhecida; use uma destas: { $allowed }.
grievance_category-non_payment = Falta de pagamento
grievance_category-unfair_rejection = Rejeição injusta
grievance_category-account_deactivation = Desativação da conta
grievance_category-unpaid_work = Trabalho não pago (preparação, qualificação, espera)
grievance_category-harmful_content = Conteúdo nocivo ou perturbador
grievance_category-harassment = Assédio
grievance_category-data_privacy = Uso indevido dos meus dados
grievance_category-opaque_management = Gestão algorítmica sem transparência
grievance_category-safety = Segurança
grievance_category-discrimination = Discriminação
grievance_category-other = Outra

choose-grievance_status = Escolha uma situação.
unknown-grievance_status = "{ $value }" não é uma situação conhecida; use uma destas: { $allowed }.
grievance_status-open = Aberta
grievance_status-taken_up = Assumida pelos organizadores
grievance_status-resolved = Resolvida
grievance_status-unresolved = Não resolvida

choose-platform_kind = Escolha um tipo de plataforma.
unknown-platform_kind = "{ $value }" não é um tipo de plataforma conhecido; use um destes: { $allowed }.
platform_kind-microtask = Microtarefas
platform_kind-freelance = Freelance
platform_kind-on_demand = Sob demanda / presencial

choose-report_kind = Escolha um tipo de relato.
unknown-report_kind = "{ $value }" não é um tipo de relato conhecido; use um destes: { $allowed }.
report_kind-rating = Avaliação
report_kind-grievance = Reclamação

choose-role = Escolha uma função.
unknown-role = "{ $value }" não é uma função conhecida; use uma destas: { $allowed }.
role-organizer = Organizador(a)
role-moderator = Moderador(a)
role-admin = Administrador(a)

choose-strike_status = Escolha uma situação de greve.
unknown-strike_status = "{ $value }" não é uma situação de greve conhecida; use uma destas: { $allowed }.
strike_status-announced = Anunciada
strike_status-active = Em greve
strike_status-ended = Encerrada
strike_status-won = Vitoriosa
strike_status-called_off = Cancelada
invalid-date-empty = Informe uma data no formato YYYY-MM-DD.
invalid-date = "{ $value }" não é uma data; escreva no formato YYYY-MM-DD.
invalid-strike-title = Informe um título de 5 a 200 caracteres.
invalid-strike-demands = Escreva as reivindicações em 10 a 5000 caracteres (Markdown permitido).
invalid-platform-unknown-named = O Clickline não conhece a plataforma "{ $value }"; veja /platforms.
invalid-strike-requesters = No máximo 100 solicitantes por chamado de greve.
invalid-strike-countries = Diga os países onde a greve é convocada, como PH,ID.
invalid-strike-start = Um chamado de greve não pode começar há mais de 30 dias.
invalid-strike-end = A data de término é anterior à data de início.
invalid-strike-language = "{ $value }" não é um dos idiomas do Clickline.
invalid-strike-translation-same = Este é o idioma em que o chamado foi escrito; coloque o texto no título e nas reivindicações acima.
forbidden-strike-countries = Você organiza em { $yours }, não em { $outside }: só dá para convocar greve nos seus próprios países.
forbidden-strike-change = Só os organizadores dos países onde a greve foi convocada podem alterá-la.
forbidden-moderators = Só moderadores podem fazer isso.
forbidden-grievance-country = Esta reclamação vem de { $country }, fora dos seus países.
forbidden-channel = Só os organizadores de { $country } podem publicar no canal desse país.
forbidden-admins = Só administradores gerenciam os organizadores.
forbidden-csrf = Este formulário expirou; volte, recarregue a página e tente de novo.


## Estrutura da página

nav-skip = Pular para o conteúdo
nav-main-label = Principal
nav-rate = Avaliar um solicitante
nav-report = Relatar um problema
nav-strikes-near-you = Greves perto de você
nav-scorecards = Fichas
nav-receipt = Corrigir ou retirar
nav-methodology = Metodologia
nav-language-label = Idioma
demo-banner = <strong>Dados de demonstração.</strong> Este banco de dados de desenvolvimento foi preenchido com relatos inventados para você explorar o Clickline. Nada disso é real.
demo-tag = Dados de demonstração
footer-promise = O Clickline é feito por e para trabalhadores de plataformas. Sem cadastro, sem rastreamento: não guardamos endereço IP, dados do navegador nem horários exatos. As datas públicas são só o dia.
footer-strikes = Chamados de greve
footer-api = API de dados abertos
footer-organizers = Organizadores
table-region = Tabela (rola para o lado em telas pequenas)
not-enough-data = dados insuficientes
not-enough-data-yet = Ainda não há dados suficientes.
data-label = Dados:
reports-newest-first = Relatos, os mais recentes primeiro

## Erros

error-home = Voltar para a página inicial
error-401-title = É preciso entrar
error-403-title = Não permitido
error-404-title = Não encontrado
error-409-title = Já enviado
error-410-title = Retirado
error-413-title = Grande demais
error-422-title = Não entendido
error-429-title = Requisições demais
error-503-title = Banco de dados inacessível
error-500-title = Algo deu errado
error-401 = Entre como organizador para ver esta página: vá para /organize/login.
error-403 = Você não tem permissão para fazer isso.
error-404 = Não há nenhuma página neste endereço.
error-413 = O que você enviou é grande demais. Encurte o texto e tente de novo; use o botão Voltar do navegador para recuperá-lo.
error-422 = Não foi possível ler o que você enviou.
error-429 = Envios demais a partir desta conexão; espere uma hora e tente de novo.
error-429-target = Esta conexão já avaliou este solicitante o máximo de vezes permitido em um dia. Nada foi salvo; tente de novo amanhã.
error-429-daily = Esta conexão já fez isso o máximo de vezes permitido em um dia. Nada foi salvo; tente de novo amanhã.
error-429-report = Este relato já foi corrigido ou retirado o máximo de vezes permitido em um dia. Nada foi salvo; tente de novo amanhã.
error-503 = O Clickline não consegue acessar o banco de dados agora. Nada foi salvo; tente de novo daqui a alguns minutos.
error-other = Algo deu errado do nosso lado.
error-withdrawn = Este relato foi retirado pela pessoa que o enviou.
error-wrong-receipt = O código de comprovante não corresponde a este relato.
error-key-reused = Esta chave de envio já foi usada para outro relato.
banner-unavailable = O Clickline não consegue acessar o banco de dados agora, então nada foi salvo. Seu texto continua abaixo: tente de novo daqui a alguns minutos ou copie-o para um lugar seguro.
banner-rate-limited = Chegaram relatos demais da sua conexão na última hora. Nada foi salvo; seu texto continua abaixo. Tente de novo mais tarde.
banner-not-saved = Nada foi salvo: { $reason } Seu texto continua abaixo.

## Página inicial

home-title = Avalie solicitantes. Relate problemas. Façam greve juntos.
home-lead = O Clickline transforma o que os trabalhadores de cliques vivem (pagamento abaixo do salário mínimo, trabalho rejeitado, contas encerradas) em provas públicas, e essas provas em ação coletiva além das fronteiras. Sem cadastro, sem nome.
home-read-scorecards = Ler as fichas
home-search-title = Encontrar um solicitante
home-search-label = Nome, apelido ou id do solicitante
home-search-button = Buscar
home-result-on = em { $platform }
home-result-also = também
home-no-results = Ninguém relatou ainda um solicitante que corresponda a "{ $query }".
home-be-first = Seja a primeira pessoa a avaliá-lo.
home-platforms = Plataformas
title-home = Clickline: avalie solicitantes, relate problemas, façam greve juntos
