### Clickline, Brazilian Portuguese (Português do Brasil).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Formulários de relato

optional = (opcional)
yes-no-true = Sim
yes-no-false = Não
field-requester_id = Id do solicitante
hint-requester_id = Do jeito que a plataforma mostra, por exemplo A1B2C3D4E5F6 no MTurk. Só letras, números e - _ . ~ @ + :.
legend-where-who = Onde e quem
field-platform = Plataforma
choose-platform-option = Escolha uma plataforma
field-requester_name = Nome do solicitante
hint-requester_name = O nome que o solicitante usa; um nome novo para um id já conhecido fica guardado como apelido.
field-country = Seu país
choose-country-option = Escolha seu país
hint-country = Usado só para os números por país, publicados para grupos de vários trabalhadores.
legend-work-pay = O trabalho e o pagamento
field-task_type = Tipo de tarefa
field-pay-amount = Pagamento por este trabalho
hint-pay-amount = Quanto o solicitante pagou (ou ofereceu), por exemplo 1,50. Escreva 0 se não pagou nada.
field-pay-currency = Moeda
field-minutes = Minutos que levou
hint-minutes = Tudo incluído: ler as instruções, qualificação, preparação e espera.
legend-treatment = Como você foi tratado
field-paid = Você recebeu?
field-days_to_payment = Dias até você receber
field-rejected = Algum trabalho foi rejeitado?
field-communication = Comunicação
field-recommend = Você recomendaria este solicitante a outros trabalhadores?
field-tos_violation = A tarefa violava as regras da plataforma (por exemplo, pedia dados pessoais ou trabalho fora da plataforma)
field-broken = A tarefa estava com defeito ou não dava para concluir
legend-words = Com as suas palavras
field-comment = Comentário
hint-comment = Markdown permitido. Não escreva nomes, e-mails nem ids de trabalhador: removemos os que encontrarmos.
legend-what-happened = O que aconteceu
field-category = Que tipo de problema?
field-amount_at_stake-amount = Dinheiro em jogo
hint-amount_at_stake-amount = Se você perdeu pagamento, quanto foi.
field-amount_at_stake-currency = Moeda desse valor
choose-currency-option = Escolha uma moeda
field-month = Mês em que aconteceu
hint-month = YYYY-MM, por exemplo 2026-10.
field-description = Descreva o que aconteceu
hint-description = De 20 a 10000 caracteres, Markdown permitido. Deixe de fora nomes, e-mails e ids de trabalhador: removemos os que encontrarmos.
field-desired_outcome = O que resolveria a situação?

## Envio e comprovantes

title-filed = Obrigado: guarde seu comprovante
filed-duplicate-title = Já tínhamos este relato
filed-title = Obrigado, seu relato foi salvo
filed-duplicate = Este formulário já tinha sido enviado, então foi guardado só uma vez.
filed-receipt-title = Seu código de comprovante
filed-report-id = Id do relato:
filed-keep-it = <strong>Anote ou salve este código agora. Não vamos mostrá-lo de novo e não temos como recuperá-lo:</strong> guardamos só uma versão embaralhada. Com ele, e só com ele, você pode corrigir ou retirar seu relato em <a href="/receipt?id={ $id }">/receipt</a>.
filed-redacted = Para proteger você, tiramos do seu texto o que parecia ser dado pessoal:
redaction-email = um endereço de e-mail
redaction-phone = um número de telefone
redaction-worker_id = um id de trabalhador
filed-see-report = Ver seu relato como os outros veem
filed-rate-another = Avaliar outro solicitante
form-correct-title = Corrigir seu relato
form-summary-title = Corrija o que está marcado abaixo; nada foi salvo ainda
form-rating-lead = Conte para outros trabalhadores como um solicitante tratou você. Sem cadastro, sem nome: você recebe um código de comprovante para corrigir ou retirar depois.
form-grievance-lead = Relate um abuso que você sofreu: trabalho não pago, rejeição injusta, conta encerrada. Os organizadores do seu país veem o relato; ninguém fica sabendo quem você é.
form-privacy = Guardamos o dia, nunca o horário, e nada sobre seu aparelho ou sua conexão.
form-save-correction = Salvar a correção
form-send-rating = Enviar minha avaliação
form-send-report = Enviar meu relato
title-receipt = Corrigir ou retirar um relato
receipt-lead = Use o código de comprovante que você recebeu quando enviou seu relato. Ninguém mais pode alterá-lo nem removê-lo.
receipt-id = Id do relato
receipt-code = Código de comprovante
receipt-code-hint = Como ABCD-EFGH-JKMN-PQRS; maiúsculas, minúsculas e hifens não importam.
receipt-edit = Corrigir
receipt-withdraw = Retirar
receipt-wrong-code = Este código de comprovante não pertence a esse relato.
receipt-no-report = Nenhum relato tem esse id.
receipt-wrong-pledge-code = Este código de comprovante não pertence a esse compromisso.
title-withdraw-pledge = Retirar seu compromisso
title-withdraw-report = Retirar seu relato
title-corrected = Seu relato foi corrigido
pledge-withdrawn = Seu compromisso foi retirado.
title-pledge-withdrawn = Compromisso retirado
title-withdrawn = Seu relato foi retirado
title-not-withdrawn = Não retirado
saved-lead = Seu código de comprovante continua o mesmo.
saved-see = Ver seu relato
withdraw-pledge-lead = Retirar apaga seu compromisso; ele deixa de contar na página da greve.
withdraw-report-lead = Retirar apaga o que seu relato diz e o remove de todas as páginas e de todos os números.
withdraw-final = Isso não pode ser desfeito.
withdraw-yes = Sim, retirar
withdraw-no = Não, manter
withdrawn-lead = O conteúdo foi apagado e não aparece mais em nenhum lugar do Clickline.
withdrawn-home = Início
notice-continue = Continuar

## Relatos

report-rating-about = Avaliação sobre
report-grievance-about = Reclamação sobre
report-on = em
report-filed = Enviado em { $day } por um trabalhador de { $country }.
report-corrected-since = Corrigido depois.
report-task = Tarefa
report-pay = Pagamento
report-pay-for = { $pay } por { $minutes } minutos
report-hourly = Pagamento por hora
report-paid = Pago
report-after-days = depois de { $days ->
    [one] { $days } dia
   *[other] { $days } dias
}
report-rejected = Rejeitado
report-communication = Comunicação
report-recommends = Recomenda
report-tos = Violou as regras da plataforma
report-broken = Tarefa com defeito
report-comment = Comentário
report-category = Categoria
report-status = Situação
report-when = Quando
report-at-stake = Em jogo
report-what-happened = O que aconteceu
report-put-right = O que resolveria a situação
report-organizers-note = Nota dos organizadores
flag-title = Algo errado com este relato?
flag-because = Peça aos moderadores que olhem este relato porque
flag-note = Algo que os moderadores devam saber
flag-submit = Sinalizar para revisão
flag-own = Foi você quem enviou este relato? <a href="/receipt?id={ $id }">Corrija ou retire</a> com seu código de comprovante.
title-flag = Sinalizar um relato
title-thanks = Obrigado
flagged-lead = Os moderadores vão olhar este relato. Ele continua visível até eles decidirem.
flagged-back = Voltar para o relato
card-rating = Avaliação
card-grievance = Reclamação:
card-worker-in = trabalhador de { $country }
card-corrected = corrigido
card-full-report = Relato completo
requester-id-on = Solicitante
requester-aka = também conhecido como
requester-rate = Avaliar este solicitante
requester-report = Relatar um problema com ele
requester-all-csv = todos os solicitantes em CSV
requester-no-reports = Nenhum relato visível.
platform-rate-on = Avaliar um solicitante em { $platform }
platform-no-reports = Ainda não há relatos sobre { $platform }.
title-scorecards = Fichas
platforms-lead = Escolha uma plataforma para ler o que os trabalhadores relatam sobre ela. A sua não está na lista? Conte para nós num relato na plataforma mais parecida.
platforms-all-csv = Todas as fichas de solicitantes:
platforms-how = como os números são calculados
pagination-label = Páginas
pagination-newest = Relatos mais recentes
pagination-older = Mais antigos
