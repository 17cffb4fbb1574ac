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
# The month as a full date writes it (a declined form where the language
# declines it, else the same as above).
month-of-day-1 = enero
month-of-day-2 = febrero
month-of-day-3 = marzo
month-of-day-4 = abril
month-of-day-5 = mayo
month-of-day-6 = junio
month-of-day-7 = julio
month-of-day-8 = agosto
month-of-day-9 = septiembre
month-of-day-10 = octubre
month-of-day-11 = noviembre
month-of-day-12 = diciembre
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
invalid-fields-unknown = Campos desconocidos: { $names }. Indica campos de una ficha o sus partes, como held_for_review o all.ratings (consulta /api/v1/openapi.json).
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
invalid-strike-language = «{ $value }» no es uno de los idiomas de Clickline.
invalid-strike-translation-same = Este es el idioma en que está escrita la convocatoria; pon el texto en el título y las reivindicaciones de arriba.
forbidden-strike-countries = Organizas en { $yours }, no en { $outside }: solo puedes convocar una huelga en tus propios países.
forbidden-strike-change = Solo quienes organizan en los países donde se convocó pueden cambiar esta huelga.
forbidden-moderators = Solo las personas moderadoras pueden hacer esto.
forbidden-grievance-country = Esta queja viene de { $country }, fuera de tus países.
forbidden-channel = Solo quienes organizan en { $country } pueden publicar en su canal.
forbidden-admins = Solo las personas administradoras gestionan a quienes organizan.
forbidden-csrf = Este formulario ha caducado; vuelve atrás, recarga la página e inténtalo de nuevo.

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
error-429-daily = Desde esta conexión ya se ha hecho esto tantas veces como se permite en un día. No se guardó nada; inténtalo de nuevo mañana.
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
