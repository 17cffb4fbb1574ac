### Clickline, Brazilian Portuguese (Português do Brasil).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Greves e canais

title-strikes = Greves
title-pledge = Compromisso
title-pledged = Obrigado pelo seu compromisso
title-undercut = Relatar furo de greve
title-channels = Canais por país
title-channel = Canal de { $country }
strike-closed = Esta greve não aceita mais compromissos.
undercut-recorded = Seu relato de furo de greve foi registrado de forma anônima. Os organizadores veem por onde a greve está vazando.
alert-message-requesters = Trabalhadores de { $countries } estão em greve a partir de { $date } contra { $requesters } em { $platform }: não pegue as tarefas deles.
alert-message-company = Trabalhadores de { $countries } estão em greve a partir de { $date } contra { $company } em { $platform }: não pegue as tarefas dessa empresa.
alert-message-platform = Trabalhadores de { $countries } estão em greve a partir de { $date } contra toda a plataforma { $platform }: não pegue nenhuma tarefa dela.
# $language é o nome de um idioma nele mesmo, como "Bahasa Indonesia".
strike-text-in = Em { $language }
strike-text-original = Original, em { $language }
strike-other-languages = Também em:
strike-against = Contra
strike-requesters = solicitantes
strike-called-in = convocada em
strike-from = a partir de { $from }
strike-from-to = de { $from } a { $to }
strike-demands = Reivindicações
strike-map-title = Onde se pede solidariedade, onde há compromissos e onde a greve vaza
strike-col-asked = Pedido
strike-col-pledges = Compromissos
strike-col-undercuts = Relatos de furo de greve
strike-asked-called = greve convocada
strike-asked-solidarity = solidariedade pedida
strike-asked-not_asked = nada pedido
fewer-than = menos de { $n }
strike-leaking = (vazando)
strike-no-countries = Ainda não há países.
strike-timeline = Linha do tempo
pledge-title = Assuma o compromisso de não pegar este trabalho
pledge-lead = Anônimo: contamos os compromissos só por país. Você recebe um código de comprovante para retirá-lo.
pledge-submit = Eu me comprometo a não pegar este trabalho
undercut-title = Viu este trabalho sendo feito ou transferido para outro lugar?
undercut-country = País onde você viu
undercut-choose-country = Escolha um país
undercut-platform = Plataforma onde foi oferecido
undercut-platform-optional = (opcional, identificador)
undercut-note = O que você viu
undercut-submit = Relatar furo de greve
strike-manage-title = Organizadores: alterar a situação
save = Salvar
strikes-lead = Chamados de greve feitos por organizações de trabalhadores. Quando um trabalho está em greve num país, não pegue esse trabalho em outro.
strikes-find-channel = Encontre o canal do seu país
atom-feed = Feed Atom
strikes-none = Ainda não há chamados de greve.
pledged-lead = Seu compromisso com “{ $title }” foi salvo. Os compromissos são contados em lotes diários, então nenhuma contagem revela quando você assumiu o seu.
pledged-keep = Id do compromisso: <code>{ $pledge }</code>. Guarde os dois se você quiser poder retirar o compromisso em <a href="/receipt?id={ $pledge }">/receipt</a> (ou pela API: <code>DELETE /api/v1/strikes/{ $strike }/pledges/{ $pledge }</code> com <code>Authorization: Receipt &lt;code&gt;</code>). Não vamos mostrar o código de novo.
pledged-back = Voltar para a greve
channel-languages = Ler este canal em:
channel-reports-here = Relatos de trabalhadores daqui:
channel-ratings-fewer = menos de { $n } avaliações
channel-ratings = { $n ->
    [one] { $n } avaliação
   *[other] { $n } avaliações
}
channel-grievances-fewer = menos de { $n } reclamações
channel-grievances = { $n ->
    [one] { $n } reclamação
   *[other] { $n } reclamações
}
channel-alerts = Alertas de solidariedade
channel-no-alerts = Nenhum alerta para trabalhadores de { $country }.
channel-strikes-here = Greves convocadas aqui
channel-none-now = Nenhuma no momento.
channel-announcements = Avisos
channel-no-announcements = Nenhum aviso.
channel-post-title = Publicar um aviso
channel-post-body = Aviso (Markdown)
channel-post-submit = Publicar
channels-lead = Cada país tem um canal: as greves convocadas lá, os alertas de greves em outros lugares cujo trabalho pode ser desviado para você e as notícias dos seus organizadores.
channels-none = Ainda não há atividade.
