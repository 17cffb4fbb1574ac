### Clickline, español.
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Dates

month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
date-day = { $day } de { $month } de { $year }
date-month = { $month } de { $year }

## Validation messages, for forms and the API

invalid-country-empty = Elige un país.
invalid-country = «{ $value }» no es un código de país ISO 3166-1 (dos letras, como PH, KE o FR).
invalid-currency-empty = Elige la moneda en que te pagaron.
invalid-currency = «{ $value }» no es un código de moneda ISO 4217 (tres letras, como USD, EUR o PHP).
invalid-currency-no-rate = Clickline aún no tiene tipo de cambio para { $code }; indica el importe en USD o EUR.
invalid-amount-empty = Indica el importe (0 si no te pagaron nada).
invalid-amount = «{ $value }» no es un importe; escríbelo como 1,25.
invalid-amount-too-large = Ese importe es demasiado grande.
invalid-receipt = Un código de recibo tiene 16 letras y cifras, como ABCD-EFGH-JKMN-PQRS.
invalid-platform-empty = Elige la plataforma donde encontraste el trabajo.
invalid-platform = «{ $value }» no es un identificador de plataforma; consulta la lista en /platforms.
invalid-platform-unknown = Clickline no conoce la plataforma «{ $value }». Elígela de la lista en /platforms (conocidas: { $known }); si falta la tuya, elige la más parecida y dilo en tu texto.
invalid-requester-id-empty = Indica el identificador del solicitante tal como lo muestra la plataforma.
invalid-requester-id-long = Un identificador de solicitante tiene como máximo { $max } caracteres.
invalid-requester-id-char = Un identificador de solicitante no puede contener «{ $char }»; usa solo letras, cifras y - _ . ~ @ + :.
invalid-requester-id-for-name = Indica también el identificador del solicitante, para que el nombre se asocie al solicitante correcto.
invalid-requester-name-long = Un nombre de solicitante tiene como máximo 200 caracteres.
invalid-report-id = Eso no es un identificador de informe de Clickline.
invalid-month = «{ $value }» no es un mes; escríbelo como AAAA-MM, por ejemplo 2025-03.
invalid-month-future = Ese mes está en el futuro.
invalid-month-early = Indica un mes a partir de 2000.
invalid-minutes-empty = Indica los minutos que llevó el trabajo, incluida la preparación no pagada.
invalid-minutes = «{ $value }» no es un número entero de minutos.
invalid-minutes-range = Indica los minutos que llevó el trabajo, de 1 a 1440 (un día entero).
invalid-description-length = Describe lo que pasó en 20 a 10000 caracteres.
invalid-text-long = Como máximo { $max } caracteres, por favor; este texto tiene { $chars }.
invalid-yes-no = «{ $value }» no es sí ni no (true/false).
say-whether-recommend = Di si recomendarías a este solicitante.
say-whether-tos_violation = Di si la tarea incumplía las normas de la plataforma.
say-whether-broken = Di si la tarea estaba rota.
invalid-whole-number-range = Indica un número entero de { $min } a { $max }.
invalid-whole-number = «{ $value }» no es un número entero.
invalid-body-not-object = El cuerpo debe ser un objeto JSON.
invalid-body-json = El cuerpo no es JSON válido: { $detail }.
invalid-body-utf8 = El cuerpo no es texto UTF-8: { $detail }.
invalid-body-unreadable = No se pudo leer la solicitud; envía un objeto JSON.
invalid-not-single-value = Debe ser un único valor (texto, número o true/false), no una lista ni un objeto.
invalid-unknown-field = Campo desconocido.
invalid-bulk-ids-empty = Indica identificadores de solicitantes separados por comas.
invalid-bulk-ids-many = Como máximo { $max } identificadores por solicitud.
invalid-platform-unknown-short = Clickline no conoce esta plataforma; consulta /platforms.
invalid-email = Indica una dirección de correo como nombre@ejemplo.org.
invalid-organizer-name = Indica un nombre de 1 a 100 caracteres.
invalid-organizer-countries = Indica los países donde organiza esta persona, como FR,DE.
invalid-organizer-exists = Ya existe una persona organizadora con este correo.
invalid-submission-key = Una clave de envío tiene de 16 a 128 letras, cifras, - o _.

## Closed vocabularies

choose-task_type = Elige un tipo de tarea.
unknown-task_type = «{ $value }» no es un tipo de tarea conocido; usa uno de: { $allowed }.
task_type-survey = Encuesta
task_type-transcription = Transcripción
task_type-tagging = Etiquetado / anotación
task_type-moderation = Moderación de contenidos
task_type-data_entry = Introducción de datos
task_type-writing = Redacción
task_type-testing = Pruebas
task_type-other = Otra

choose-paid = Di si te pagaron.
unknown-paid = «{ $value }» no es una respuesta posible sobre el pago; usa una de: { $allowed }.
paid-yes = Sí, completo
paid-partial = En parte
paid-no = No
paid-pending = Todavía no (pendiente)

choose-rejected = Di cuánto trabajo fue rechazado.
unknown-rejected = «{ $value }» no es una respuesta posible sobre rechazos; usa una de: { $allowed }.
rejected-none = Nada
rejected-some = Una parte
rejected-all = Todo

choose-communication = Di cómo se comunicó el solicitante.
unknown-communication = «{ $value }» no es una respuesta posible sobre la comunicación; usa una de: { $allowed }.
communication-responsive = Respondió a mis mensajes
communication-unresponsive = No respondió
communication-not_tried = No intenté contactarle

choose-grievance_category = Elige una categoría.
unknown-grievance_category = «{ $value }» no es una categoría conocida; usa una de: { $allowed }.
grievance_category-non_payment = Impago
grievance_category-unfair_rejection = Rechazo injusto
grievance_category-account_deactivation = Desactivación de la cuenta
grievance_category-unpaid_work = Trabajo no pagado (preparación, cualificación, espera)
grievance_category-harmful_content = Contenido dañino o perturbador
grievance_category-harassment = Acoso
grievance_category-data_privacy = Mal uso de mis datos
grievance_category-opaque_management = Gestión algorítmica opaca
grievance_category-safety = Seguridad
grievance_category-discrimination = Discriminación
grievance_category-other = Otra

choose-grievance_status = Elige un estado.
unknown-grievance_status = «{ $value }» no es un estado conocido; usa uno de: { $allowed }.
grievance_status-open = Abierta
grievance_status-taken_up = Asumida por organizadores
grievance_status-resolved = Resuelta
grievance_status-unresolved = Sin resolver

choose-platform_kind = Elige un tipo de plataforma.
unknown-platform_kind = «{ $value }» no es un tipo de plataforma conocido; usa uno de: { $allowed }.
platform_kind-microtask = Microtareas
platform_kind-freelance = Freelance
platform_kind-on_demand = Bajo demanda / presencial

choose-report_kind = Elige un tipo de informe.
unknown-report_kind = «{ $value }» no es un tipo de informe conocido; usa uno de: { $allowed }.
report_kind-rating = Valoración
report_kind-grievance = Queja

choose-role = Elige un rol.
unknown-role = «{ $value }» no es un rol conocido; usa uno de: { $allowed }.
role-organizer = Organizador/a
role-moderator = Moderador/a
role-admin = Administrador/a

choose-strike_status = Elige un estado de huelga.
unknown-strike_status = «{ $value }» no es un estado de huelga conocido; usa uno de: { $allowed }.
strike_status-announced = Anunciada
strike_status-active = En huelga
strike_status-ended = Terminada
strike_status-won = Ganada
strike_status-called_off = Desconvocada
invalid-date-empty = Indica una fecha como AAAA-MM-DD.
invalid-date = «{ $value }» no es una fecha; escríbela como AAAA-MM-DD.
invalid-strike-title = Indica un título de 5 a 200 caracteres.
invalid-strike-demands = Expón las reivindicaciones en 10 a 5000 caracteres (se admite Markdown).
invalid-platform-unknown-named = Clickline no conoce la plataforma «{ $value }»; consulta /platforms.
invalid-strike-requesters = Como máximo 100 solicitantes por convocatoria de huelga.
invalid-strike-countries = Nombra los países donde se convoca la huelga, como PH,ID.
invalid-strike-start = Una convocatoria de huelga no puede empezar hace más de 30 días.
invalid-strike-end = La fecha de fin es anterior a la de inicio.
forbidden-strike-countries = Organizas en { $yours }, no en { $outside }: solo puedes convocar una huelga en tus propios países.
forbidden-strike-change = Solo quienes organizan en los países donde se convocó pueden cambiar esta huelga.
forbidden-moderators = Solo las personas moderadoras pueden hacer esto.
forbidden-grievance-country = Esta queja viene de { $country }, fuera de tus países.
forbidden-channel = Solo quienes organizan en { $country } pueden publicar en su canal.
forbidden-admins = Solo las personas administradoras gestionan a quienes organizan.
forbidden-csrf = Este formulario ha caducado; vuelve atrás, recarga la página e inténtalo de nuevo.

## Report forms

optional = (opcional)
yes-no-true = Sí
yes-no-false = No
field-requester_id = Identificador del solicitante
hint-requester_id = Tal como lo muestra la plataforma, p. ej. A1B2C3D4E5F6 en MTurk. Solo letras, cifras y - _ . ~ @ + :.
legend-where-who = Dónde y quién
field-platform = Plataforma
choose-platform-option = Elige una plataforma
field-requester_name = Nombre del solicitante
hint-requester_name = El nombre que usa el solicitante; un nombre nuevo para un identificador conocido se guarda como alias.
field-country = Tu país
choose-country-option = Elige tu país
hint-country = Solo se usa para cifras por país, publicadas para grupos de varias personas trabajadoras.
legend-work-pay = El trabajo y la paga
field-task_type = Tipo de tarea
field-pay-amount = Paga por este trabajo
hint-pay-amount = Lo que pagó (u ofreció) el solicitante, p. ej. 1,50. Escribe 0 si nada.
field-pay-currency = Moneda
field-minutes = Minutos que llevó
hint-minutes = Todo incluido: leer instrucciones, cualificación, preparación y espera.
legend-treatment = Cómo te trataron
field-paid = ¿Te pagaron?
field-days_to_payment = Días hasta que te pagaron
field-rejected = ¿Rechazaron trabajo?
field-communication = Comunicación
field-recommend = ¿Recomendarías este solicitante a otras personas trabajadoras?
field-tos_violation = La tarea incumplía las normas de la plataforma (por ejemplo, pedía datos personales o trabajo fuera de la plataforma)
field-broken = La tarea estaba rota o no se podía completar
legend-words = Con tus palabras
field-comment = Comentario
hint-comment = Se admite Markdown. No escribas nombres, correos ni identificadores de trabajadores: quitamos los que encontramos.
legend-what-happened = Qué pasó
field-category = ¿Qué tipo de problema?
field-amount_at_stake-amount = Dinero en juego
hint-amount_at_stake-amount = Si perdiste paga, cuánto.
field-amount_at_stake-currency = Moneda de ese importe
choose-currency-option = Elige una moneda
field-month = Mes en que ocurrió
hint-month = AAAA-MM, por ejemplo 2026-10.
field-description = Describe lo que pasó
hint-description = De 20 a 10000 caracteres, se admite Markdown. Deja fuera nombres, correos e identificadores de trabajadores: quitamos los que encontramos.
field-desired_outcome = ¿Qué lo repararía?

## Layout

nav-skip = Ir al contenido
nav-main-label = Principal
nav-rate = Valorar a un solicitante
nav-report = Informar de un problema
nav-strikes-near-you = Huelgas cerca de ti
nav-scorecards = Fichas
nav-receipt = Corregir o retirar
nav-methodology = Metodología
nav-language-label = Idioma
demo-banner = <strong>Datos de demostración.</strong> Esta base de datos de desarrollo se llenó con informes inventados para que puedas explorar Clickline. Nada es real.
demo-tag = Demo
footer-promise = Clickline lo gestionan las personas trabajadoras de plataformas y para ellas. Sin cuenta ni rastreo: no guardamos direcciones IP, datos del navegador ni horas exactas. Las fechas públicas son días.
footer-strikes = Convocatorias de huelga
footer-api = API de datos abiertos
footer-organizers = Organizadores
table-region = Tabla (se desplaza de lado en pantallas pequeñas)
not-enough-data = datos insuficientes
not-enough-data-yet = Aún no hay datos suficientes.
data-label = Datos:
reports-newest-first = Informes, los más recientes primero

## Errors

error-home = Volver a la página de inicio
error-401-title = Hace falta iniciar sesión
error-403-title = No permitido
error-404-title = No encontrado
error-409-title = Ya enviado
error-410-title = Retirado
error-413-title = Demasiado grande
error-422-title = No entendido
error-429-title = Demasiadas solicitudes
error-503-title = Base de datos inaccesible
error-500-title = Algo salió mal
error-401 = Inicia sesión como organizador/a para ver esta página: ve a /organize/login.
error-403 = No tienes permiso para hacer esto.
error-404 = No hay ninguna página en esta dirección.
error-413 = Lo que enviaste es demasiado grande. Acorta el texto e inténtalo de nuevo; el botón Atrás de tu navegador lo recupera.
error-422 = No se pudo leer lo que enviaste.
error-429 = Demasiados envíos desde esta conexión; espera una hora e inténtalo de nuevo.
error-429-target = Desde esta conexión ya se ha valorado a este solicitante tantas veces como se permite en un día. No se guardó nada; inténtalo de nuevo mañana.
error-429-report = Este informe ya se ha corregido o retirado tantas veces como se permite en un día. No se guardó nada; inténtalo de nuevo mañana.
error-503 = Clickline no puede acceder a su base de datos ahora mismo. No se guardó nada; inténtalo de nuevo en unos minutos.
error-other = Algo salió mal por nuestra parte.
error-withdrawn = Este informe lo retiró la persona que lo presentó.
error-wrong-receipt = El código de recibo no corresponde a este informe.
error-key-reused = Esta clave de envío ya se usó para otro informe.
banner-unavailable = Clickline no puede acceder a su base de datos ahora mismo, así que no se guardó nada. Tu texto sigue abajo: inténtalo en unos minutos o cópialo en un lugar seguro.
banner-rate-limited = En la última hora llegaron demasiados informes desde tu conexión. No se guardó nada; tu texto sigue abajo. Inténtalo más tarde.
banner-not-saved = No se guardó nada: { $reason } Tu texto sigue abajo.

## Home

home-title = Valora a los solicitantes. Informa de los problemas. Haced huelga juntos.
home-lead = Clickline convierte lo que viven las personas que hacen microtareas (paga por debajo del salario mínimo, trabajo rechazado, cuentas cerradas) en pruebas públicas, y esas pruebas en acción colectiva más allá de las fronteras. Sin cuenta, sin nombre.
home-read-scorecards = Leer las fichas
home-search-title = Buscar un solicitante
home-search-label = Nombre, alias o identificador del solicitante
home-search-button = Buscar
home-result-on = en { $platform }
home-result-also = también
home-no-results = Nadie ha informado todavía de un solicitante que coincida con «{ $query }».
home-be-first = Sé la primera persona en valorarlo.
home-platforms = Plataformas
title-home = Clickline: valorar solicitantes, informar de problemas, hacer huelga juntos

## Filing and receipts

title-filed = Gracias: guarda tu recibo
filed-duplicate-title = Ya teníamos este informe
filed-title = Gracias, tu informe está guardado
filed-duplicate = Este formulario ya se había enviado, así que se guardó una sola vez.
filed-receipt-title = Tu código de recibo
filed-report-id = Identificador del informe:
filed-keep-it = <strong>Apunta este código o guárdalo ahora. No lo volveremos a mostrar ni podemos recuperarlo:</strong> solo guardamos una versión cifrada. Con él, y solo con él, puedes corregir o retirar tu informe en <a href="/receipt?id={ $id }">/receipt</a>.
filed-redacted = Para protegerte, quitamos de tu texto lo que parecían datos personales:
redaction-email = una dirección de correo
redaction-phone = un número de teléfono
redaction-worker_id = un identificador de trabajador
filed-see-report = Ver tu informe como lo ven los demás
filed-rate-another = Valorar a otro solicitante
form-correct-title = Corregir tu informe
form-summary-title = Corrige lo que está marcado abajo; todavía no se guardó nada
form-rating-lead = Cuenta a otras personas trabajadoras cómo te trató un solicitante. Sin cuenta, sin nombre: recibes un código de recibo para corregir o retirar tu valoración más tarde.
form-grievance-lead = Informa de un daño que te hicieron: trabajo no pagado, un rechazo injusto, una cuenta cerrada. Lo ven quienes organizan en tu país; nadie sabrá quién eres.
form-privacy = Guardamos el día, nunca la hora, y nada sobre tu dispositivo o tu conexión.
form-save-correction = Guardar la corrección
form-send-rating = Enviar mi valoración
form-send-report = Enviar mi informe
title-receipt = Corregir o retirar un informe
receipt-lead = Usa el código de recibo que recibiste al presentar tu informe. Nadie más puede cambiarlo ni retirarlo.
receipt-id = Identificador del informe
receipt-code = Código de recibo
receipt-code-hint = Como ABCD-EFGH-JKMN-PQRS; mayúsculas y guiones no importan.
receipt-edit = Corregirlo
receipt-withdraw = Retirarlo
receipt-wrong-code = Este código de recibo no corresponde a ese informe.
receipt-no-report = Ningún informe tiene este identificador.
receipt-wrong-pledge-code = Este código de recibo no corresponde a ese compromiso.
title-withdraw-pledge = Retirar tu compromiso
title-withdraw-report = Retirar tu informe
title-corrected = Tu informe se corrigió
pledge-withdrawn = Tu compromiso se retiró.
title-pledge-withdrawn = Compromiso retirado
title-withdrawn = Tu informe se retiró
title-not-withdrawn = No retirado
saved-lead = Tu código de recibo sigue siendo el mismo.
saved-see = Ver tu informe
withdraw-pledge-lead = Retirar borra tu compromiso; deja de contar en la página de la huelga.
withdraw-report-lead = Retirar borra lo que dice tu informe y lo quita de todas las páginas y cifras.
withdraw-final = No se puede deshacer.
withdraw-yes = Sí, retirarlo
withdraw-no = No, conservarlo
withdrawn-lead = Su contenido está borrado y ya no aparece en ninguna parte de Clickline.
withdrawn-home = Inicio
notice-continue = Continuar

## Reports

report-rating-about = Valoración de
report-grievance-about = Queja sobre
report-on = en
report-filed = Presentado el { $day } por una persona trabajadora en { $country }.
report-corrected-since = Corregido después.
report-task = Tarea
report-pay = Paga
report-pay-for = { $pay } por { $minutes } minutos
report-hourly = Paga por hora
report-paid = Pagado
report-after-days = tras { $days ->
    [one] { $days } día
   *[other] { $days } días
}
report-rejected = Rechazado
report-communication = Comunicación
report-recommends = Recomienda
report-tos = Incumplió las normas de la plataforma
report-broken = Tarea rota
report-comment = Comentario
report-category = Categoría
report-status = Estado
report-when = Cuándo
report-at-stake = En juego
report-what-happened = Qué pasó
report-put-right = Qué lo repararía
report-organizers-note = Nota de quienes organizan
flag-title = ¿Algo va mal con este informe?
flag-because = Pedir a la moderación que lo revise porque
flag-note = Lo que la moderación debería saber
flag-submit = Marcar para revisión
flag-own = ¿Presentaste tú este informe? <a href="/receipt?id={ $id }">Corrígelo o retíralo</a> con tu código de recibo.
title-flag = Marcar un informe
title-thanks = Gracias
flagged-lead = La moderación revisará este informe. Sigue visible hasta que decida.
flagged-back = Volver al informe
card-rating = Valoración
card-grievance = Queja:
card-worker-in = persona trabajadora en { $country }
card-corrected = corregido
card-full-report = Informe completo
requester-id-on = Solicitante
requester-aka = también conocido como
requester-rate = Valorar a este solicitante
requester-report = Informar de un problema con él
requester-all-csv = todos los solicitantes en CSV
requester-no-reports = No hay informes visibles.
platform-rate-on = Valorar a un solicitante en { $platform }
platform-no-reports = Aún no hay informes sobre { $platform }.
title-scorecards = Fichas
platforms-lead = Elige una plataforma para leer lo que cuentan de ella las personas trabajadoras. ¿Falta la tuya? Dínoslo en un informe bajo la más parecida.
platforms-all-csv = Todas las fichas de solicitantes:
platforms-how = cómo se calculan las cifras
pagination-label = Páginas
pagination-newest = Informes más recientes
pagination-older = Más antiguos

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

## Strikes and channels

title-strikes = Huelgas
title-pledge = Compromiso
title-pledged = Gracias por tu compromiso
title-undercut = Informar de esquirolaje
title-channels = Canales por país
title-channel = Canal de { $country }
strike-closed = Esta huelga ya no admite compromisos.
undercut-recorded = Tu informe de esquirolaje se registró de forma anónima. Quienes organizan ven por dónde se filtra la huelga.
alert-message = Las personas trabajadoras de { $countries } están en huelga contra { $platform } desde el { $date }: no aceptes tareas de { $platform }.
strike-against = Contra
strike-requesters = solicitantes
strike-called-in = convocada en
strike-from = desde el { $from }
strike-from-to = del { $from } al { $to }
strike-demands = Reivindicaciones
strike-map-title = Dónde se pide solidaridad, dónde se promete y dónde se filtra
strike-col-asked = Petición
strike-col-pledges = Compromisos
strike-col-undercuts = Informes de esquirolaje
strike-asked-called = huelga convocada
strike-asked-solidarity = solidaridad pedida
strike-asked-not_asked = sin petición
fewer-than = menos de { $n }
strike-leaking = (se filtra)
strike-no-countries = Aún no hay países.
strike-timeline = Cronología
pledge-title = Comprometerse a no aceptar este trabajo
pledge-lead = Anónimo: solo contamos los compromisos por país. Recibes un código de recibo para retirarlo.
pledge-submit = Me comprometo a no aceptar este trabajo
undercut-title = ¿Has visto este trabajo hecho o desviado a otro sitio?
undercut-country = País donde lo viste
undercut-choose-country = Elige un país
undercut-platform = Plataforma donde se ofrecía
undercut-platform-optional = (opcional, identificador)
undercut-note = Lo que viste
undercut-submit = Informar de esquirolaje
strike-manage-title = Organizadores: cambiar el estado
save = Guardar
strikes-lead = Convocatorias de huelga de organizaciones de personas trabajadoras. Cuando un trabajo está en huelga en un país, no lo recojas en otro.
strikes-find-channel = Encontrar el canal de tu país
atom-feed = Canal Atom
strikes-none = Aún no hay convocatorias de huelga.
pledged-lead = Tu compromiso con «{ $title }» está guardado. Los compromisos se cuentan por lotes diarios, así que ninguna cifra muestra cuándo te comprometiste.
pledged-keep = Identificador del compromiso: <code>{ $pledge }</code>. Guarda ambos si quieres poder retirar el compromiso en <a href="/receipt?id={ $pledge }">/receipt</a> (o con la API: <code>DELETE /api/v1/strikes/{ $strike }/pledges/{ $pledge }</code> con <code>Authorization: Receipt &lt;code&gt;</code>). No volveremos a mostrar el código.
pledged-back = Volver a la huelga
channel-reports-here = Informes de personas trabajadoras de aquí:
channel-ratings-fewer = menos de { $n } valoraciones
channel-ratings = { $n ->
    [one] { $n } valoración
   *[other] { $n } valoraciones
}
channel-grievances-fewer = menos de { $n } quejas
channel-grievances = { $n ->
    [one] { $n } queja
   *[other] { $n } quejas
}
channel-alerts = Alertas de solidaridad
channel-no-alerts = No hay alertas para las personas trabajadoras de { $country }.
channel-strikes-here = Huelgas convocadas aquí
channel-none-now = Ninguna por ahora.
channel-announcements = Anuncios
channel-no-announcements = No hay anuncios.
channel-post-title = Publicar un anuncio
channel-post-body = Anuncio (Markdown)
channel-post-submit = Publicar
channels-lead = Cada país tiene un canal: huelgas convocadas allí, alertas de huelgas en otros lugares cuyo trabajo podría desviarse hacia ti, y noticias de quienes organizan.
channels-none = Aún no hay actividad.

## Organizers

title-login = Acceso para organizadores
title-organize = Área de organizadores
title-password = Cambiar tu contraseña
title-password-changed = Contraseña cambiada
title-call-strike = Convocar una huelga
title-moderation = Cola de moderación
title-moderation-log = Registro de moderación
title-org-grievances = Quejas de tus países
title-token-new = Nuevo token de API
title-tokens-revoked = Tokens revocados
title-organizers = Organizadores
login-lead = Para organizadores de sindicatos y colectivos. Las personas trabajadoras nunca necesitan cuenta.
login-rate-limited = Demasiados intentos de acceso desde tu conexión. Espera una hora.
login-wrong = El correo o la contraseña no son correctos.
login-submit = Entrar
field-email = Correo electrónico
field-password = Contraseña
field-name = Nombre
field-role = Rol
field-countries = Países
password-not-current = Esta no es tu contraseña actual.
password-too-short = Usa al menos 12 caracteres.
password-differ = Las dos contraseñas nuevas no coinciden.
password-changed = Tu contraseña se cambió; se cerraron las demás sesiones.
password-current = Contraseña actual
password-new = Contraseña nueva
password-new-hint = Al menos 12 caracteres.
password-confirm = Repite la contraseña nueva
password-submit = Cambiar la contraseña
moderation-choose-action = Elige ocultar o restaurar.
moderation-reason-length = Indica un motivo de 1 a 500 caracteres; va al registro de moderación.
announcement-length = Escribe de 1 a 5000 caracteres.
token-new = Tu nuevo token de API (se muestra una vez; Clickline solo guarda un hash): { $token }
tokens-revoked = { $count ->
    [one] { $count } token de API revocado.
   *[other] { $count } tokens de API revocados.
}
organize-in = en
organize-any-country = cualquier país
organize-follow-grievances = Hacer seguimiento de las <a href="/organize/grievances">quejas</a> presentadas desde tus países.
organize-announce = Publicar anuncios en tus canales:
organize-any-channel = cualquier canal
organize-tokens = Tokens de API
organize-tokens-lead = Los scripts llaman a la API de organizadores con <code>Authorization: Bearer &lt;token&gt;</code>. Clickline solo guarda un hash de cada token.
organize-token-new = Crear un token nuevo
organize-token-revoke = Revocar todos mis tokens
org-nav-label = Área de organizadores
org-logged-in-as = Sesión iniciada como <strong>{ $name }</strong>
org-nav-overview = Resumen
org-nav-grievances = Quejas
org-nav-moderation = Moderación
org-logout = Cerrar sesión
strike-form-lead = Clickline avisará a todos los demás países donde se hace el trabajo de este objetivo, para que no se recoja allí sin más.
strike-field-title = Título
markdown-allowed = Se admite Markdown.
strike-field-platform = Plataforma objetivo
strike-field-requesters = Identificadores de solicitantes
strike-field-requesters-hint = Separados por comas; déjalo vacío para hacer huelga contra toda la plataforma.
strike-field-called-in = Convocada en (países)
strike-field-called-in-hint = Códigos de país separados por comas, como PH,ID. Solo tus propios países.
strike-field-starts = Empieza el
strike-field-date-hint = AAAA-MM-DD, por ejemplo { $today }.
strike-field-ends = Termina el
strike-form-submit = Convocar la huelga
organizers-created = <strong>{ $email }</strong> creado. Entrégale esto una sola vez; Clickline solo guarda hashes:
organizers-add = Añadir un organizador
organizers-countries-hint = Códigos separados por comas, como FR,DE.
organizers-add-submit = Añadir
moderation-report = Informe { $id }
moderation-hidden = oculto
moderation-visible = visible
moderation-reason = Motivo (va al registro)
moderation-restore = Restaurar
moderation-hide = Ocultar
moderation-nothing = No hay nada marcado.
moderation-action-hide = ocultado
moderation-action-restore = restaurado
log-day = Día
log-report = Informe
log-action = Acción
log-reason = Motivo
log-moderator = Moderador/a
log-empty = Aún no hay moderación.
org-grievance = Queja { $id }
org-grievance-note = Nota pública
org-grievances-none = No hay quejas de tus países.
vouched-tag = Avalado
report-held = Esta valoración llegó en una ráfaga de valoraciones del mismo solicitante, así que una persona moderadora la revisará antes de publicarla. No tienes que hacer nada más.
report-to-be-published = Se publicará el { $day }: los informes se publican en lotes diarios para que nadie sepa cuándo se envió cada uno. Con tu recibo aún puedes corregirlo o retirarlo.
report-correction-pending = Tu corrección se publicará el { $day }; hasta entonces el informe se lee como antes.
figure-vouched = De ellas, avaladas por una organización
scorecard-held = { $count } valoraciones llegaron en una ráfaga sospechosa y esperan revisión; no cuentan en ningún sitio hasta que se liberen.
scorecard-held-why = Cómo funciona la revisión
moderation-held = retenida por la revisión
moderation-held-correction = corrección retenida por la revisión (mostrada tal como quedaría)
moderation-release = Liberar (publicar)
moderation-reject = Rechazar
moderation-action-release = liberada
moderation-action-reject = rechazada
organize-vouchers = Vales
organize-vouchers-lead = Reparte vales de un solo uso en persona o en tus canales. Una valoración o queja con vale queda avalada y nunca la retiene la revisión de ráfagas. Clickline guarda solo un hash de cada código y ningún informe registra qué vale, lote u organización lo avaló.
field-voucher-count = Cuántos (de 20 a 1000)
organize-vouchers-issue = Emitir vales
organize-follows = Plataformas que siguen tus canales
organize-follows-lead = Tus países reciben una alerta por cada huelga contra estas plataformas.
organize-follows-save = Guardar
title-vouchers = Tus nuevos vales
vouchers-lead = Imprime o copia estos códigos ahora: solo se muestran una vez. Cada uno sirve una vez.
invalid-voucher-count = Indica un número entero de { $min } a { $max }.
invalid-voucher = Un vale tiene 20 letras y cifras, como ABCD-EFGH-JKMN-PQRS-TUVW.
voucher-not-valid = Este vale no existe, ya se usó o ya no es válido. No se guardó nada; quítalo o consúltalo con quien te lo dio.
voucher-quota = Cada organizador puede emitir como máximo { $quota } vales al día. No se emitió nada; vuelve a intentarlo mañana o emite un lote más pequeño.
field-voucher = Vale de una organización
hint-voucher = Si un sindicato o colectivo te dio un vale, escríbelo: tu informe quedará avalado. No se vincula contigo ni con ellos.
voucher-only-when-filing = Un vale solo puede añadirse al enviar un informe.
correction-keeps-target = Una corrección no puede trasladar un informe a otra plataforma u otro solicitante. Retira este informe con su recibo y envía uno nuevo.
legend-voucher = Vale
method-screening = Revisión antes de publicar
method-screening-def = Quien es valorado no debe poder mover sus propias cifras. Antes de publicar cada lote se revisan las valoraciones de cada solicitante; las que parecen falsas quedan retenidas para moderación, que libera o rechaza cada una con un motivo en un registro público. Las fichas dicen cuántas hay retenidas. La regla:
method-screening-burst = cuando el lote de un solicitante tiene más de { $min } valoraciones y más de { $factor } veces su cifra diaria habitual de los últimos { $days } días, solo se publican tantas como podría tener un lote por debajo de ese umbral; el resto se retiene, primero las que coinciden con la mayoría de la oleada (recomiendan o no al solicitante, como la mayor parte del lote), de modo que una avalancha no puede colar sus propias valoraciones ni dejar fuera las contrarias;
method-screening-copies = { $count } o más valoraciones de un solicitante en un lote con el mismo comentario (sin contar mayúsculas, espacios ni puntuación) se retienen;
method-screening-network = una valoración se retiene cuando ese día llegaron más de { $count } valoraciones de su solicitante desde la misma red (IPv4 /24 o IPv6 /48);
method-screening-platform = la misma regla se aplica al lote de cada plataforma, sumando todos sus solicitantes, frente a la cifra habitual de la propia plataforma, y una valoración se retiene cuando ese día llegaron más de { $count } valoraciones de su plataforma desde la misma red;
method-screening-corrections = las correcciones de valoraciones se revisan con el lote en que se publican, cuentan en los mismos límites que las valoraciones nuevas y no pueden trasladar una valoración a otra plataforma u otro solicitante;
method-screening-limit = una conexión puede valorar al mismo solicitante como mucho { $count } veces al día y enviar un número limitado de informes por hora (IPv6 cuenta por /64). Estos contadores se guardan con una clave que cambia cada día y luego se borra.
method-screening-after = Las valoraciones con vale de una organización nunca se retienen.
method-vouchers = Vales
method-vouchers-def = Sindicatos y colectivos reparten vales de un solo uso en persona o en sus canales. Un informe con vale queda avalado y las fichas cuentan las valoraciones avaladas. El informe guarda solo esa marca: Clickline guarda los vales como hashes, un vale usado conserva solo su hash y nada registra qué vale, lote u organización avaló un informe.
method-threats = Qué pueden saber otros y qué no
method-threats-poller = Quien recarga las páginas cada segundo solo sabe el día de un informe: aparece con el resto del lote de su día, en un orden que no dice nada.
method-threats-thief = Quien robe la base de datos no encuentra direcciones IP, navegadores, horas exactas ni cuentas: solo el día de cada informe, hashes de recibos y vales, y contadores con claves que duran un día. Sin la clave secreta del servidor no puede vincular un contador con una dirección; borrada la clave del día, nadie puede.
method-threats-oplog = Una base de datos en un conjunto de réplicas de MongoDB guarda un registro de escrituras recientes (oplog) con sus horas durante el tiempo configurado. Quien pueda leerlo en ese plazo verá cuándo se escribió un informe. Conviene mantener corto ese plazo y su acceso tan restringido como el de la base.
title-cross-site = Enviado desde otro sitio
cross-site-refused = Este formulario llegó desde otro sitio, no desde una página de Clickline, así que no se hizo nada: otro sitio nunca debe enviar, cambiar ni retirar nada en tu nombre. Si querías hacerlo, abre el formulario en el propio Clickline y envíalo de nuevo.

## Organizer access

forbidden-password-change = Sigues usando la contraseña inicial que otra persona vio. Primero elige una nueva.
forbidden-own-access = Quien administra no puede cambiar su propio rol ni desactivarse; pídeselo a otra persona administradora.
login-wait = Demasiadas contraseñas incorrectas para esta cuenta desde tu conexión. Espera { $seconds } segundos e inténtalo de nuevo.
login-disabled = Esta cuenta de organizador está desactivada. Consulta a una persona administradora.
password-same = La nueva contraseña debe ser distinta de la actual.
password-initial = Has entrado con una contraseña inicial que otra persona vio. Elige una nueva para continuar.
organizers-state = Estado
organizers-disabled = Desactivada
organizers-initial-password = Contraseña inicial aún sin cambiar
organizers-active = Activa
organizers-changed = Se guardó el acceso de { $email }.
organizers-access = Roles, países y acceso
organizers-access-hint = Desactivar una cuenta cierra sus sesiones y sus tokens de API al instante. Un rol o país cambiado vale desde la siguiente página que abra.
organizers-disable = Desactivada (sin acceso ni token de API)
organizers-access-submit = Guardar
field-token-valid = Válido durante
token-valid-days = { $days } días
token-valid-never = Sin caducidad
invalid-token-validity = Elige una de las duraciones ofrecidas.

## The work behind the work

legend-more-work = Más sobre este trabajo
more-work-lead = Todo aquí es opcional. Muestra lo que una cifra «por tarea» no ve: tiempo no pagado, descartes, para quién era realmente el trabajo y para qué.
field-bonus-amount = Bonificación
hint-bonus-amount = Cualquier bonificación además del pago; el pago por hora la cuenta.
field-bonus-currency = Moneda de la bonificación
field-unpaid_minutes = Minutos no pagados
hint-unpaid_minutes = De los minutos de arriba, cuántos no se pagaron: buscar tareas, pruebas de calificación, filtros, instrucciones, esperas.
invalid-unpaid-minutes = Indica un número entero de minutos entre 0 y { $max } (no más que el tiempo que llevó el trabajo).
field-outcome = ¿Cómo terminó?
choose-outcome = Elige cómo terminó el trabajo.
unknown-outcome = «{ $value }» no es una de las respuestas sobre cómo terminó el trabajo; usa una de: { $allowed }.
outcome-completed = Lo terminé
outcome-screened_out = Me descartaron
outcome-not_finished = No pude terminarlo
field-payment_form = ¿Con qué te pagaron?
choose-payment_form = Elige con qué te pagaron.
unknown-payment_form = «{ $value }» no es una de las respuestas sobre la forma de pago; usa una de: { $allowed }.
payment_form-money = Dinero
payment_form-gift_card = Tarjetas regalo
payment_form-points = Puntos
payment_form-in_kind = Bienes o servicios
field-purpose = ¿Para qué era el trabajo?
choose-purpose = Elige para qué era el trabajo.
choose-purpose-option = No lo sé / prefiero no decirlo
unknown-purpose = «{ $value }» no es uno de los fines que Clickline cuenta; usa uno de: { $allowed }.
purpose-ai_training = Entrenar IA
purpose-content_moderation = Moderación de contenidos
purpose-surveillance = Vigilancia o reconocimiento facial
purpose-military = Uso militar
purpose-fake_engagement = «Me gusta», reseñas o cuentas falsas
purpose-research = Investigación
purpose-marketing = Marketing
purpose-other = Otra cosa
purpose-unknown = No me lo dijeron
field-harmful_content = Me mostró material violento, sexual o de odio
say-whether-harmful_content = Di si el trabajo te mostró material dañino.
field-end_client_disclosed = ¿Te dijeron para quién era realmente el trabajo?
say-whether-end_client_disclosed = Di si te dijeron para quién era el trabajo.
field-evaluation_explained = ¿Te dijeron cómo se evaluaría tu trabajo?
say-whether-evaluation_explained = Di si te dijeron cómo se evaluaría tu trabajo.
yes-no-unknown = No lo sé
field-end_client = ¿Para quién era realmente?
hint-end_client = La empresa detrás del solicitante, si la conoces. La moderación lo comprueba antes de publicar nada.
figure-unpaid-time = Parte del tiempo no pagada
figure-screened-out = Descartados
figure-not-money = Pagado en tarjetas, puntos o especie
figure-harmful = Mostró material dañino
figure-end-client-disclosed = Se dijo para quién era
figure-evaluation-explained = Se explicó la evaluación
scorecard-purposes = Para qué era el trabajo, según quienes lo hicieron
scorecard-harmful = Hay personas que informan de que este trabajo les mostró material violento, sexual o de odio. Si te afectó, no estás sola ni solo: las organizaciones de tu país dicen dónde encontrar ayuda.
scorecard-harmful-country = Tu país
scorecard-harmful-go = Buscar ayuda
method-bonus-def = La bonificación cuenta: (pago + bonificación) ÷ minutos × 60, cada uno convertido por separado.
method-unpaid-time = Parte del tiempo no pagada
method-unpaid-time-def = Suma de los minutos no pagados ÷ suma de los minutos, sobre las valoraciones que indican minutos no pagados (búsqueda, pruebas de calificación, filtros, instrucciones, esperas). Se muestra junto al pago por hora porque lo explica.
method-screened-out = Descartados
method-screened-out-def = Parte de las valoraciones cuya persona fue descartada (un filtro o prueba terminó la tarea). Se muestra junto al pago por hora porque lo explica.
method-not-money = Pagado en tarjetas, puntos o especie
method-not-money-def = Parte de las valoraciones pagadas con algo distinto del dinero.
method-harmful = Mostró material dañino
method-harmful-def = Parte de las valoraciones cuyo trabajo mostró material violento, sexual o de odio. Una ficha con alguna de ellas remite a la página de apoyo del canal del país de quien la lee.
method-disclosed = Se dijo para quién era; se explicó la evaluación
method-disclosed-def = Parte de síes entre las valoraciones que responden; «no lo sé» no cuenta.
method-purposes = Para qué era el trabajo
method-purposes-def = Número de valoraciones que nombran cada fin, entre las que nombran alguno.
title-support-page = Apoyo para trabajadores en { $country }
support-none = Las personas que organizan este canal aún no han escrito una página de apoyo.
support-updated = Escrita por quienes organizan el canal; último cambio: { $date }.
support-always = Sea cual sea tu país
support-always-stop = Puedes dejar una tarea que te muestre material violento, sexual o de odio. Tu salud va antes que cualquier valoración.
support-always-report = Denúncialo en Clickline, de forma anónima: se avisará a otras personas y las organizaciones podrán actuar.
support-always-talk = Habla con alguien de confianza o con un sindicato; no tienes que cargar con ello a solas.
support-channel = La página del canal
support-report = Denunciar contenido dañino
support-write = Escribir esta página
support-write-label = Página de apoyo (Markdown)
support-write-hint = Dónde encuentran ayuda las personas trabajadoras de este país: líneas de ayuda, sindicatos, atención psicológica, derechos. Se muestra tal como la escribes.
support-write-submit = Guardar la página de apoyo
support-length = Escribe entre 1 y { $max } caracteres.

## Companies, pressure and supporters

nav-companies = Empresas
title-companies = Empresas detrás de las cuentas
companies-lead = Muchos solicitantes son fachadas: el trabajo es para una empresa que está detrás, a menudo en otro país. Aquí están las empresas que Clickline conoce, con las cuentas confirmadas como suyas. Cada vínculo está documentado en nuestro catálogo inicial o confirmado por una moderadora.
companies-col-company = Empresa
companies-col-based-in = Sede
companies-col-accounts = Plataformas y cuentas
companies-none = Todavía no hay empresas.
company-operates-short = gestiona { $platform }
company-propose-link = Proponer una empresa o un vínculo
company-based-in = Con sede en
company-based-in-unknown = País de la sede aún desconocido
company-operates = Gestiona
company-operated-by = Plataforma gestionada por
company-behind = Empresa detrás de esta cuenta:
company-accounts = Cuentas
company-no-accounts = Todavía no hay ninguna cuenta de solicitante confirmada como de esta empresa.
company-sources = Fuentes:
company-figures-cover = Estas cifras abarcan las valoraciones publicadas de todas las cuentas de arriba, en todas las plataformas.
company-propose-account-title = Una cuenta que pertenece a esta empresa
company-propose-country-title = Dónde tiene su sede la empresa
company-propose-lead = Cualquiera puede proponer, de forma anónima. Una moderadora revisa tus pruebas y confirma o rechaza la propuesta; hasta entonces no cuenta en ninguna parte.
company-name-field = Nombre de la empresa
company-evidence = Pruebas
company-evidence-hint = ¿Dónde puede comprobarlo la moderación? Enlaces, un registro mercantil, un aviso legal, un contrato. Markdown; los datos personales se eliminan.
company-propose-submit = Enviar la propuesta
company-based-in-field = País de la sede
company-choose-country = Elige un país
company-no-account-option = Sin cuenta: propongo un país de sede
company-or = (o una cuenta arriba)
requester-propose-company = ¿Conoces la empresa detrás de este solicitante?
title-company-proposal = Proponer un vínculo con una empresa
title-company-proposed = Gracias por tu propuesta
company-proposed-lead = Tu propuesta sobre «{ $company }» espera a la moderación.
company-proposed-redacted = Eliminamos datos personales de tus pruebas:
company-proposed-keep = Id de la propuesta: <code>{ $id }</code>. Guárdalo con el código para retirar la propuesta mientras espera (API: <code>DELETE /api/v1/companies/proposals/{ $id }</code> con <code>Authorization: Receipt &lt;código&gt;</code>). No volveremos a mostrar el código.
invalid-company-empty = Indica el nombre de la empresa.
invalid-company-name = El nombre de una empresa necesita al menos una letra latina o una cifra.
invalid-company-name-long = El nombre de la empresa es demasiado largo (como máximo { $max } caracteres).
invalid-proposal-both = Propón una cuenta o un país de sede, no las dos cosas a la vez.
invalid-proposal-neither = Indica una plataforma y un id de solicitante, o un país de sede.
invalid-evidence-short = Indica tus pruebas (al menos { $min } caracteres).
decision-confirm = confirmar
decision-reject = rechazar
choose-decision = Elige una decisión: { $allowed }.
unknown-decision = «{ $value }» no es una decisión; usa una de { $allowed }.
proposal-already-decided = Esta propuesta ya fue decidida.
title-proposals = Propuestas sobre empresas
proposal-label = Propuesta { $id }
proposal-from-rating = nombrada por una trabajadora en una valoración
proposal-claims-account = Afirma que esta cuenta pertenece a la empresa:
proposal-claims-based-in = Afirma que la empresa tiene su sede en
proposal-confirm = Confirmar
proposal-reject = Rechazar
proposals-nothing = No hay propuestas en espera.
log-proposal = propuesta { $id }
moderation-action-confirm_proposal = propuesta confirmada
moderation-action-reject_proposal = propuesta rechazada
pressure-message = Trabajadoras y trabajadores en { $countries } están en huelga desde el { $date } contra trabajos de { $platform } para un cliente con sede aquí: la clientela, periodistas y sindicatos de aquí pueden presionarlo.
channel-pressure-alerts = Alertas de presión
channel-pressure-lead = Huelgas en otros lugares contra clientes con sede en este país. El trabajo no se hace aquí, pero puedes actuar donde está el cliente.
channel-no-pressure = Ahora mismo ninguna huelga apunta a un cliente con sede en { $country }.
strike-asked-pressure = presión donde tiene su sede el cliente
strike-pressure-in = El cliente tiene su sede en:
strike-supporters-title = Apoyos
strike-supporters-lead = Personas que no son trabajadoras (clientela, periodistas, investigadores) apoyan esta huelga. Contadas por país, aparte de los compromisos de las trabajadoras.
strike-col-supporters = Apoyos
strike-no-supporters = Todavía no hay apoyos.
support-title = ¿No eres trabajador/a? Apoya esta huelga
support-lead = Anónimo: contamos los apoyos solo por país. Recibes un código de recibo para retirar tu apoyo.
support-country = País en el que estás
support-submit = Apoyo esta huelga
strike-closed-support = Esta huelga ya no acepta apoyos.
title-support = Apoyar
title-supported = Gracias por tu apoyo
supported-lead = Tu apoyo a «{ $title }» está guardado. Los apoyos se cuentan por lotes diarios, así que ninguna cifra muestra cuándo lo diste.
supported-keep = Id de apoyo: <code>{ $support }</code>. Guárdalo con el código para retirar tu apoyo a través de la API: <code>DELETE /api/v1/strikes/{ $strike }/support/{ $support }</code> con <code>Authorization: Receipt &lt;código&gt;</code>. No volveremos a mostrar el código.

## Extension and Turkopticon

extension-title = Usa Clickline desde las herramientas que ya tienes
extension-lead = Mira las valoraciones de Clickline junto a cada tarea de Amazon Mechanical Turk, sin salir de la lista de tareas.
extension-shown = Qué muestra
extension-shown-list = Junto a cada solicitante: pago mediano por hora, tasa de trabajo sin pagar, tasa de rechazos y número de valoraciones, valoraciones avaladas y retenidas para revisión, un aviso cuando se ha convocado una huelga contra el solicitante o contra MTurk, y enlaces a la ficha y a un formulario de valoración ya rellenado con el solicitante y la tarea. Cuando hay pocas valoraciones lo indica, nunca muestra 0.
extension-privacy = La extensión y el userscript preguntan a este Clickline solo por los solicitantes de la página que estás viendo: sin cuenta, sin rastreo, sin cookies, sin contactar con ningún otro sitio. Solo pueden leer worker.mturk.com.
extension-unavailable = Faltan los archivos de la extensión en esta instalación de Clickline.
extension-screenshot-alt = Una lista de tareas en worker.mturk.com con las cifras de Clickline bajo cada solicitante: pago mediano por hora, tasa sin pagar, tasa de rechazos, número de valoraciones y un aviso de huelga.
extension-chromium = Chrome, Chromium, Edge, Brave
extension-chromium-download = Descarga la extensión y descomprímela en una carpeta que conserves.
extension-zip-link = Descargar la extensión (zip)
extension-chromium-developer = Abre la página de extensiones y activa el modo de desarrollador:
extension-chromium-load = Elige «Cargar descomprimida» y selecciona la carpeta.
extension-options = La extensión usa este Clickline ({ $address }). Para usar otro, cambia la dirección en las opciones de la extensión.
extension-options-none = Abre las opciones de la extensión y escribe la dirección de este Clickline.
extension-firefox = Firefox
extension-firefox-steps = Abre la página de abajo, elige «Cargar complemento temporal» y selecciona el archivo manifest.json de la carpeta descomprimida. Firefox olvida los complementos temporales al cerrarse; para conservar Clickline, usa el userscript.
extension-userscript = Userscript (Tampermonkey, Violentmonkey)
extension-userscript-steps = Instala Tampermonkey o Violentmonkey desde la tienda de complementos de tu navegador y abre el userscript: el gestor te ofrecerá instalarlo.
extension-userscript-link = Instalar el userscript
extension-turkopticon = Herramientas que leen Turkopticon
extension-turkopticon-intro = MTurk Suite, HIT Forker y otros scripts que muestran valoraciones de Turkopticon pueden mostrar las de Clickline: en su configuración, sustituye la dirección de Turkopticon por la de este Clickline.
extension-turkopticon-to2 = API de Turkopticon 2
extension-turkopticon-to1 = API de Turkopticon 1
prefill-invalid = El enlace rellenó este campo con un valor que Clickline no acepta, así que se dejó vacío. Escríbelo tú.
form-task-title = Tarea: { $title }
