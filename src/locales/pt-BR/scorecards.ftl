### Clickline, Brazilian Portuguese (Português do Brasil).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Listas e fichas

lists-title = Onde os trabalhadores se dão pior
lists-among = Entre solicitantes com pelo menos { $min } avaliações.
lists-lowest-pay = Os que pagam menos
lists-median-hourly = mediana de { $median } por hora, { $ratings ->
    [one] { $ratings } avaliação
   *[other] { $ratings } avaliações
}
lists-worst-unpaid = Os que mais deixam de pagar
lists-unpaid = { $share } sem pagamento completo
lists-most-grievances = Mais reclamações
lists-grievances = { $count ->
    [one] { $count } reclamação
   *[other] { $count } reclamações
}
scorecard-on-strike = <strong>Em greve:</strong> os trabalhadores convocaram uma greve contra este alvo a partir de { $date }: “{ $title }”. <a href="/strikes/{ $id }">Não pegue este trabalho; leia o chamado</a>.
scorecard-title = Ficha
scorecard-caption = O que os trabalhadores relatam (números calculados em { $date }; <a href="/methodology">como</a>)
scorecard-col-figure = Indicador
scorecard-col-all = Desde o início
scorecard-col-recent = Últimos 90 dias
scorecard-monthly = Mês a mês
scorecard-monthly-caption = Mediana do pagamento por hora em cada mês dos últimos 12 meses; os meses com menos avaliações do que o mínimo que o Clickline publica ficam de fora.
scorecard-chart-figures = Os números do gráfico
scorecard-col-month = Mês
scorecard-col-ratings = Avaliações
scorecard-col-median = Mediana do pagamento por hora
scorecard-col-unpaid = Sem pagamento completo
scorecard-by-country = Por país
scorecard-col-workers-in = Trabalhadores de
scorecard-no-countries = Dados insuficientes: os países só aparecem onde trabalhadores suficientes fizeram relatos, para que ninguém possa ser identificado.
scorecard-grievances = Reclamações
scorecard-no-grievances = Nenhuma reclamação relatada.
scorecard-other-countries = Outros países juntos
scorecard-too-few = poucos demais para mostrar
scorecard-spread = { $median } (metade do meio { $low }–{ $high })
scorecard-days = { $days ->
    [one] { $days } dia
   *[other] { $days } dias
}
trend-title = Mediana do pagamento por hora em cada mês: { $name }
trend-description = Mediana do pagamento por hora em dólares americanos em cada um dos últimos 12 meses; a tabela abaixo traz os mesmos números.
figure-ratings = Avaliações
figure-hourly-usd = Pagamento por hora (US$)
figure-hourly-eur = Pagamento por hora (€)
figure-below-minimum-wage = Pago abaixo do salário mínimo legal do trabalhador
figure-unpaid = Não pago ou pago em parte
figure-rejected = Trabalho rejeitado
figure-wait = Espera mediana pelo pagamento
figure-answered = Respondeu às mensagens dos trabalhadores
figure-recommend = Trabalhadores recomendam
figure-tos = Tarefas violaram as regras da plataforma
figure-broken = Tarefas com defeito
stars-pay = Pagamento
stars-payment-reliability = Confiabilidade do pagamento
stars-evaluation = Avaliação e rejeições
stars-communication = Comunicação
stars-task-quality = Qualidade das tarefas
stars-of-five = { $stars } de 5

## Metodologia

title-methodology = Como o Clickline calcula seus números
method-lead = Todos os números do Clickline vêm do que os trabalhadores relatam, calculados do mesmo jeito para todos os solicitantes e plataformas. Aqui está exatamente como, para você conferir e citar.
method-figures = Os números
method-figures-intro = Os números contam só as avaliações visíveis: relatos retirados pelo autor ou ocultados pelos moderadores ficam de fora. Cada um aparece desde o início e para os últimos 90 dias (hoje e os 89 dias anteriores). Um número sem nada para contar mostra “dados insuficientes”, nunca 0.
method-hourly = Pagamento por hora
method-hourly-def = Pagamento pelo trabalho ÷ minutos que levou (incluindo a preparação não paga, como o trabalhador relata) × 60, convertido em dólares americanos e euros com a tabela de câmbio abaixo. Mostramos a mediana e a metade do meio (do 25º ao 75º percentil). A mediana de um número par de avaliações é a média dos dois valores do meio; os percentis são interpolados linearmente entre as posições mais próximas.
method-below-min = Pago abaixo do salário mínimo
method-below-min-def = Parcela das avaliações cujo pagamento por hora fica abaixo do salário mínimo legal por hora do país do trabalhador (tabela abaixo), entre as avaliações de países que estão na tabela.
method-unpaid = Não pago ou pago em parte
method-unpaid-def = Entre as avaliações que dizem se houve pagamento (sim, em parte, não), a parcela sem pagamento completo. Pagamentos pendentes não entram na conta.
method-rejected = Trabalho rejeitado
method-rejected-def = Parcela das avaliações em que parte ou todo o trabalho foi rejeitado.
method-wait = Espera mediana pelo pagamento
method-wait-def = Mediana dos dias até o pagamento, entre as avaliações que informam esse dado.
method-answered = Mensagens respondidas
method-answered-def = Respondeu ÷ (respondeu + não respondeu); os trabalhadores que não tentaram entrar em contato ficam de fora.
method-shares = Recomendam, violaram as regras da plataforma, tarefas com defeito
method-shares-def = Parcelas das avaliações.
method-stars = Estrelas
method-stars-intro = Cada área recebe de 1 a 5 estrelas, arredondadas para meia estrela, com base nos números desde o início, quando um alvo tem pelo menos { $min } avaliações:
method-withhold = O que não publicamos, para proteger os trabalhadores
method-withhold-groups = Os detalhamentos por país e por mês só são publicados para grupos de pelo menos { $min } avaliações. Os países menores são somados em “outros países juntos”, que por sua vez só aparece quando o grupo chega a { $min }.
method-withhold-lists = As listas dos piores solicitantes incluem só solicitantes com pelo menos { $min } avaliações.
method-withhold-day = Os relatos levam o dia em que foram enviados, nunca o horário; não guardamos endereço IP nem dados do navegador.
method-fresh = Atualização
method-fresh-def = { $days ->
    [0] Esta instância publica sem atraso (configuração de demonstração ou de teste): os relatos contam segundos depois de enviados. Por padrão, o Clickline publica em lotes diários.
   *[other] Os relatos são publicados em lotes diários: um relato enviado num dia passa a contar nas fichas, listas, downloads, feeds e alertas de greve a partir do início do dia, { $days } dia(s) depois (UTC), junto com todos os relatos daquele dia, para que nenhuma página revele em que hora do dia um relato foi enviado. As correções também esperam o lote seguinte. Uma retirada ou uma decisão de moderação aparece em todo lugar em até dois segundos.
}
method-rates = Taxas de câmbio
method-rates-def = { $count } moedas, em { $date }. Fonte:
method-wages = Salários mínimos
method-wages-def = Tabela em { $date }. O mínimo por hora é o valor legal ÷ as horas do período usado pela lei (um dia, um mês).
method-col-country = País
method-col-legal = Mínimo legal
method-col-hours = Horas
method-col-hourly = Por hora
method-col-hourly-usd = Por hora em US$
method-col-since = Desde
method-col-source = Fonte
method-data = Dados abertos
method-data-def = As fichas estão disponíveis em JSON (<code>/api/v1/requesters/{"{"}platform{"}"}/{"{"}id{"}"}</code>, <code>/api/v1/platforms/{"{"}slug{"}"}</code>) e num único CSV com todos os solicitantes (<code>/api/v1/scorecards.csv</code>), sob a licença CC BY 4.0.
title-rating-about = Avaliação sobre { $platform }
title-grievance-about = Reclamação sobre { $platform }
flag_reason-personal_data = Revela a identidade ou dados pessoais de alguém
flag_reason-false_or_misleading = Parece falso ou enganoso
flag_reason-abusive = É ofensivo ou contém discurso de ódio
flag_reason-spam = É spam ou propaganda
flag_reason-other = Outro motivo
choose-flag_reason = Escolha um motivo: { $allowed }.
