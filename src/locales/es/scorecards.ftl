### Clickline, español.
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Lists and scorecards

lists-title = Donde peor les va a las personas trabajadoras
lists-among = Entre solicitantes con al menos { $min } valoraciones.
lists-lowest-pay = Los que peor pagan
lists-median-hourly = mediana { $median } por hora, { $ratings ->
    [one] { $ratings } valoración
   *[other] { $ratings } valoraciones
}
lists-worst-unpaid = Los que más a menudo no pagan
lists-unpaid = { $share } sin pagar por completo
lists-most-grievances = Los que más quejas tienen
lists-grievances = { $count ->
    [one] { $count } queja
   *[other] { $count } quejas
}
scorecard-on-strike = <strong>En huelga:</strong> se ha convocado una huelga contra este objetivo desde el { $date }: «{ $title }». <a href="/strikes/{ $id }">No aceptes este trabajo; lee la convocatoria</a>.
scorecard-title = Ficha
scorecard-caption = Lo que cuentan las personas trabajadoras (cifras calculadas el { $date }; <a href="/methodology">cómo</a>)
scorecard-col-figure = Cifra
scorecard-col-all = Desde siempre
scorecard-col-recent = Últimos 90 días
scorecard-monthly = Mes a mes
scorecard-monthly-caption = Paga por hora mediana por mes durante los últimos 12 meses; se omiten los meses con menos valoraciones de las que Clickline publica.
scorecard-chart-figures = Las cifras del gráfico
scorecard-col-month = Mes
scorecard-col-ratings = Valoraciones
scorecard-col-median = Paga por hora mediana
scorecard-col-unpaid = Sin pagar por completo
scorecard-by-country = Por país
scorecard-col-workers-in = Personas trabajadoras en
scorecard-no-countries = Datos insuficientes: un país solo aparece si informaron suficientes personas, para que nadie pueda ser identificado.
scorecard-grievances = Quejas
scorecard-no-grievances = No se han presentado quejas.
scorecard-other-countries = Otros países juntos
scorecard-too-few = demasiado pocas para mostrar
scorecard-spread = { $median } (mitad central { $low }–{ $high })
scorecard-days = { $days ->
    [one] { $days } día
   *[other] { $days } días
}
trend-title = Paga por hora mediana por mes: { $name }
trend-description = Paga por hora mediana en dólares estadounidenses para cada uno de los últimos 12 meses; la tabla de abajo da las mismas cifras.
figure-ratings = Valoraciones
figure-hourly-usd = Paga por hora (US$)
figure-hourly-eur = Paga por hora (€)
figure-below-minimum-wage = Pagado por debajo del salario mínimo legal del país
figure-unpaid = Sin pagar o pagado en parte
figure-rejected = Trabajo rechazado
figure-wait = Espera mediana del pago
figure-answered = Respondió a los mensajes
figure-recommend = Lo recomiendan
figure-tos = Tareas que incumplían las normas
figure-broken = Tareas rotas
stars-pay = Paga
stars-payment-reliability = Fiabilidad del pago
stars-evaluation = Evaluación y rechazos
stars-communication = Comunicación
stars-task-quality = Calidad de las tareas
stars-of-five = { $stars } de 5

## Methodology

title-methodology = Cómo calcula Clickline sus cifras
method-lead = Cada cifra de Clickline sale de lo que cuentan las personas trabajadoras, calculada igual para cada solicitante y plataforma. Aquí está exactamente cómo, para que puedas comprobarla y citarla.
method-figures = Las cifras
method-figures-intro = Las cifras solo cuentan valoraciones visibles: se excluyen las retiradas por su autor/a o las ocultadas por la moderación. Cada una se da desde siempre y para los últimos 90 días (hoy y los 89 días anteriores). Una cifra sin nada que contar dice «datos insuficientes», nunca 0.
method-hourly = Paga por hora
method-hourly-def = Paga del trabajo ÷ minutos que llevó (incluida la preparación no pagada, según lo declarado) × 60, convertida a dólares estadounidenses y euros con la tabla de tipos de cambio de abajo. Mostramos la mediana y la mitad central (percentiles 25 a 75). La mediana de un número par de valoraciones es la media de los dos valores centrales; los percentiles interpolan linealmente entre los rangos más cercanos.
method-below-min = Pagado por debajo del salario mínimo
method-below-min-def = Proporción de valoraciones cuya paga por hora está por debajo del salario mínimo legal por hora del país de la persona trabajadora (tabla de abajo), entre las valoraciones de países de la tabla.
method-unpaid = Sin pagar o pagado en parte
method-unpaid-def = Entre las valoraciones que dicen si se pagó (sí, en parte, no), la proporción no pagada por completo. Los pagos pendientes no cuentan.
method-rejected = Trabajo rechazado
method-rejected-def = Proporción de valoraciones en las que se rechazó parte o todo el trabajo.
method-wait = Espera mediana del pago
method-wait-def = Mediana de los días hasta el pago, entre las valoraciones que la indican.
method-answered = Mensajes respondidos
method-answered-def = Respondidos ÷ (respondidos + sin respuesta); se excluye a quienes no intentaron contactar.
method-shares = Recomendación, normas incumplidas, tareas rotas
method-shares-def = Proporciones de las valoraciones.
method-stars = Estrellas
method-stars-intro = Cada área recibe de 1 a 5 estrellas, redondeadas a media estrella, a partir de las cifras desde siempre, cuando un objetivo tiene al menos { $min } valoraciones:
method-withhold = Lo que no publicamos para proteger a las personas trabajadoras
method-withhold-groups = Los desgloses por país y por mes solo se publican para grupos de al menos { $min } valoraciones. Los países más pequeños se agrupan como «otros países juntos», que a su vez solo se muestra cuando el grupo llega a { $min }.
method-withhold-lists = Las listas de los peores solicitantes solo incluyen solicitantes con al menos { $min } valoraciones.
method-withhold-day = Los informes llevan el día en que se presentaron, nunca la hora; no guardamos direcciones IP ni datos del navegador.
method-fresh = Actualidad
method-fresh-def = { $days ->
    [0] Esta instancia publica sin demora (un ajuste de demostración o de pruebas): los informes cuentan segundos después de enviarse. Por defecto, Clickline publica en lotes diarios.
   *[other] Los informes se publican en lotes diarios: un informe enviado un día cuenta en fichas, listas, descargas, feeds y alertas de huelga desde el comienzo del día { $days } día(s) después (UTC), junto con todos los de su día, para que ninguna página revele a qué hora se envió. Las correcciones también esperan al siguiente lote. Una retirada o una decisión de moderación se ve en todas partes en dos segundos.
}
method-rates = Tipos de cambio
method-rates-def = { $count } monedas, a { $date }. Fuente:
method-wages = Salarios mínimos
method-wages-def = Tabla a { $date }. El mínimo por hora es el importe legal ÷ las horas del periodo que usa la ley (un día, un mes).
method-col-country = País
method-col-legal = Mínimo legal
method-col-hours = Horas
method-col-hourly = Por hora
method-col-hourly-usd = Por hora en US$
method-col-since = Desde
method-col-source = Fuente
method-data = Datos abiertos
method-data-def = Las fichas están disponibles en JSON (<code>/api/v1/requesters/{"{"}platform{"}"}/{"{"}id{"}"}</code>, <code>/api/v1/platforms/{"{"}slug{"}"}</code>) y en un CSV con todos los solicitantes (<code>/api/v1/scorecards.csv</code>), bajo CC BY 4.0.
title-rating-about = Valoración sobre { $platform }
title-grievance-about = Queja sobre { $platform }
flag_reason-personal_data = Revela la identidad o datos personales de alguien
flag_reason-false_or_misleading = Parece falso o engañoso
flag_reason-abusive = Es ofensivo o de odio
flag_reason-spam = Es spam o publicidad
flag_reason-other = Otra cosa
choose-flag_reason = Elige un motivo: { $allowed }.
