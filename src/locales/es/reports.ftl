### Clickline, español.
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

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
