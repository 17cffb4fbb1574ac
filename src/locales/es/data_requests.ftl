### Clickline, español.
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Solicitudes colectivas de acceso a datos

nav-data-requests = Tus datos
title-data-requests = Pide tus datos, en colectivo
title-open-campaign = Abrir una campaña de solicitudes de datos
title-letter = Tu solicitud de acceso a datos
title-request-sent = Solicitud registrada
title-request-receipt = Tu solicitud de datos
title-complaint-letter = Tu reclamación ante la autoridad

data_category-ratings = Valoraciones y puntuaciones de calidad
data_category-rejections = Trabajo rechazado y el motivo de cada rechazo
data_category-flags = Marcas, advertencias y los motivos de cualquier suspensión o desactivación
data_category-allocation = Cómo se me asignan las tareas y qué lo decide
data_category-earnings = Ingresos, pagos y deducciones
data_category-profiling = Perfiles e inferencias sobre mí
choose-data_category = Elige qué pedir.
unknown-data_category = «{ $value }» no es algo que pidan las cartas de Clickline; usa uno de: { $allowed }.

data_outcome-complete = Respuesta completa
data_outcome-partial = Respuesta parcial
data_outcome-refused = Denegada
data_outcome-asked_for_identity = Me pidieron demostrar mi identidad
data_outcome-no_answer = Sin respuesta
choose-data_outcome = Elige qué respuesta llegó.
unknown-data_outcome = «{ $value }» no es una respuesta conocida; usa una de: { $allowed }.

invalid-campaign-title = Ponle a la campaña un título de 5 a 200 caracteres.
invalid-campaign-explanation = Explica la campaña en 20 a 5000 caracteres.
invalid-campaign-categories = Elige al menos una cosa que pedir.
invalid-campaign-countries = Indica al menos un país, con códigos ISO como DE o PH.
invalid-campaign-no-law = Clickline aún no tiene la ley de protección de datos de { $country }, así que no puede redactar la carta para ese país.
forbidden-campaign-countries = Solo puedes abrir campañas para los países de tu cuenta; { $outside } no es uno de ellos.
invalid-campaign-country = Esta campaña es para personas trabajadoras de: { $countries }.
invalid-answer-day-missing = Indica el día en que respondió la plataforma.
invalid-answer-day = El día debe estar entre el día en que enviaste la solicitud ({ $sent }) y hoy.
invalid-answer-missing = Marca solo lo que pidió esta campaña.
invalid-letter-language = Elige uno de los idiomas de Clickline.
invalid-letter-required = Rellena esto: la plataforma lo necesita para encontrar tus datos.
invalid-letter-line = Escríbelo en una sola línea de { $max } caracteres como máximo.
invalid-letter-email = Indica la dirección de correo de tu cuenta, como nombre@ejemplo.org.
invalid-sent-id = Ninguna solicitud enviada tiene este identificador. Cópialo de la página que te mostró tu recibo.
complaint-not-open = Solo se puede presentar una reclamación cuando la solicitud está vencida o la respuesta se quedó corta, y una sola vez.

dr-list-lead = La ley da a cada persona trabajadora el derecho a los datos que una plataforma guarda sobre ella: valoraciones, puntuaciones de calidad, marcas, los motivos de rechazos y desactivaciones, y cómo se toman las decisiones automatizadas. Cuando se piden en colectivo, las respuestas muestran quién respeta ese derecho.
dr-list-empty = Aún no hay campañas.
dr-have-receipt = Tengo un recibo: registrar la respuesta
dr-open-link = Organizadores: abrir una campaña
dr-opened-on = abierta el
dr-feed = Recordatorios (canal Atom)
dr-asks-for = Lo que pide la carta
dr-always-asked = Una copia de todos los datos personales que se tienen sobre mí, para qué se usan, de dónde proceden y con quién se han compartido
dr-figures-title = Quién responde
dr-figures-hint = Se publica en lotes diarios, como los informes. Los grupos menores que el tamaño mínimo de grupo no se muestran como cifras.
dr-figure-sent = Solicitudes enviadas
dr-figure-in-time = Respondidas dentro del plazo legal
dr-figure-median = Mediana del tiempo de respuesta
dr-figure-overdue = Vencidas, sin respuesta
dr-figure-complaints = Reclamaciones ante una autoridad
dr-figure-not-yet = aún no hay suficientes respuestas
dr-days = { $n ->
    [one] { $n } día
   *[other] { $n } días
}
dr-outcomes-caption = Qué respuestas llegaron
dr-col-outcome = Respuesta
dr-col-requests = Solicitudes
dr-missing-caption = Qué omitieron las respuestas
dr-col-category = Lo pedido
dr-col-answers = Respuestas que lo omitieron
dr-letter-title = Prepara tu carta
dr-letter-lead = Rellena lo que te identifica ante la plataforma. Clickline redacta la carta en tu idioma, conforme a la ley de tu país y dirigida al responsable del tratamiento de la plataforma.
dr-letter-send-from = Envíala desde la dirección de correo que usa tu cuenta, para que la plataforma no pueda decir que no te conoce.
dr-field-country = El país desde el que trabajas
dr-field-language = Idioma de la carta
dr-field-name = Tu nombre tal como lo conoce la plataforma
dr-field-email = La dirección de correo de tu cuenta
dr-field-email-hint = Envía la carta desde esta dirección.
dr-field-worker-id = Tu identificador de trabajador en la plataforma
dr-letter-never-stored = Nada de lo que escribas aquí se guarda ni se registra: la carta se genera para ti y se olvida.
dr-letter-make = Preparar la carta
dr-sent-title = Envié mi solicitud
dr-sent-lead = Dile a Clickline que la enviaste: solo se guardan tu país y el día. Recibes un recibo para registrar la respuesta más adelante.
dr-sent-submit = La envié
dr-laws-title = La ley en cada país
dr-col-law = Ley
dr-col-deadline = Plazo
dr-col-authority = Dónde reclamar
dr-col-articles = Acceso; portabilidad; decisiones automatizadas
dr-col-source = Fuente
dr-col-contact = Adónde van las solicitudes
dr-in-force-from = en vigor desde el
dr-no-deadline = la ley no fija ninguno
dr-controller-title = Quién es responsable del tratamiento de los datos
dr-sources = Fuentes de estas tablas
dr-letter-page-lead = Copia esta carta en un correo a la dirección de arriba o descárgala como archivo de texto.
dr-letter-download = Descargar como archivo de texto
dr-letter-next = ¿La enviaste? Regístralo aquí
dr-letter-back-receipt = Volver a tu solicitud
dr-sent-recorded = Tu solicitud para «{ $title }» está registrada. Cuenta a partir del próximo lote diario.
dr-sent-id = Identificador de la solicitud
dr-sent-keep = Guarda el identificador y este código: con ellos registras lo que responda la plataforma. Solo se muestran ahora.
dr-due-on = La plataforma debe responder a más tardar el:
dr-calendar-download = Añadir el día a mi calendario (.ics)
dr-back-to-campaign = Volver a la campaña
dr-receipt-lead = Introduce el identificador de la solicitud y el código de recibo que recibiste al registrar tu solicitud.
dr-receipt-open = Abrir mi solicitud
dr-receipt-about = Tu solicitud a { $platform } en la campaña «{ $title }».
dr-sent-on = Enviada el
dr-due = Plazo de respuesta hasta el
dr-overdue = vencida
dr-answer = Respuesta
dr-no-answer-yet = aún no se ha registrado ninguna
dr-complaint = Reclamación
dr-complained = indicaste a Clickline que presentaste una reclamación
dr-answer-title = Qué respuesta llegó
dr-field-outcome = La respuesta de la plataforma
dr-field-answered-on = El día en que respondió (AAAA-MM-DD)
dr-field-missing = Qué omitió la respuesta
dr-answer-submit = Registrar la respuesta
answer-recorded = Registrada. Cuenta a partir del próximo lote diario.
dr-complaint-title = Reclamar ante la autoridad
dr-complaint-lead = La plataforma no respondió a tiempo o respondió de forma incompleta. Puedes presentar una reclamación ante la autoridad de control ({ $authority }): Clickline redacta la reclamación por ti.
dr-complaint-make = Preparar la reclamación
dr-complaint-filed = Presenté la reclamación
complaint-recorded = Gracias: la campaña cuenta tu reclamación a partir del próximo lote diario.
dr-form-lead = Invita a las personas trabajadoras de una plataforma a pedir sus datos en colectivo. La página de la campaña da a cada persona una carta conforme a la ley de su país y cuenta, de forma anónima, quién responde.
dr-field-title = Título
dr-field-categories = Qué pedir
dr-field-countries = Países a los que se dirige
dr-field-countries-hint = Códigos ISO separados por comas. Clickline tiene la ley de: { $countries }
dr-field-explanation = Por qué, en pocas líneas, para la página de la campaña
dr-form-submit = Abrir la campaña
dr-block-title = Derechos sobre los datos
dr-block-lead = { $n ->
    [one] Personas trabajadoras pidieron sus datos a esta plataforma en una campaña.
   *[other] Personas trabajadoras pidieron sus datos a esta plataforma en { $n } campañas.
}
dr-block-link = Todas las campañas
dr-method-title = Solicitudes de acceso a datos
dr-method-lead = Las cartas citan la ley del país de la persona trabajadora y se dirigen al responsable del tratamiento que indica la plataforma. Las tablas de abajo se distribuyen con Clickline, cada fila con su fuente y el día en que se comprobó; los responsables proceden en parte de los registros CC0 de datenanfragen.de. No se publica ninguna tasa ni mediana calculada sobre menos solicitudes que el tamaño mínimo de grupo.
dr-method-laws-caption = Leyes de protección de datos
dr-method-controllers-caption = Responsables del tratamiento de las plataformas
dr-source-link = fuente
feed-answers-due = Las respuestas vencen el { $day }
feed-answers-due-text = Las solicitudes enviadas en esta campaña deben responderse hoy como muy tarde. Abre tu solicitud con su recibo y registra qué respuesta llegó.
calendar-summary = Comprobar la respuesta a tu solicitud de datos a { $platform }
calendar-description = El plazo legal termina hoy. Abre tu solicitud en Clickline con su recibo y registra qué respuesta llegó; si no llegó nada, Clickline redacta tu reclamación.

## Las cartas (texto plano)

letter-subject = Solicitud de ejercicio del derecho de acceso ({ $law })
letter-greeting = Estimados señores:
letter-access = Trabajo en { $platform }. Conforme al { $law } ({ $article }), les solicito una copia de todos los datos personales que tratan sobre mí, junto con los fines del tratamiento, su origen, los destinatarios a los que se han comunicado y el plazo durante el que se conservarán.
letter-portability = Conforme al { $law } ({ $article }), les ruego que me remitan los datos que he facilitado y los generados por mi trabajo en un formato estructurado, de uso común y lectura mecánica (como CSV o JSON).
letter-explanation = Conforme al { $law } ({ $article }), les ruego que me indiquen si toman decisiones automatizadas sobre mí, incluida la elaboración de perfiles, y que me faciliten información significativa sobre la lógica aplicada y el procedimiento efectivamente seguido, así como sobre la importancia y las consecuencias de dicho tratamiento para mí.
letter-categories = En particular, solicito:
letter-data_category-ratings = todas las valoraciones, puntuaciones de calidad y medidas de precisión sobre mí, con el modo en que se calculan
letter-data_category-rejections = cada rechazo de mi trabajo, con su motivo y quién o qué lo decidió
letter-data_category-flags = cada marca, advertencia, suspensión o desactivación relativa a mi cuenta, con sus motivos y los datos en que se basó
letter-data_category-allocation = cómo se me asignan las tareas y qué datos y criterios lo deciden
letter-data_category-earnings = mis ingresos, pagos, bonificaciones y deducciones, tarea por tarea
letter-data_category-profiling = cada perfil, categoría o inferencia que tengan sobre mí
letter-deadline = La ley les obliga a responder de forma gratuita en el plazo de { $deadline } desde la recepción de esta solicitud.
letter-no-deadline = Les ruego que respondan sin dilación indebida y de forma gratuita.
letter-months = { $n ->
    [one] un mes
   *[other] { $n } meses
}
letter-days = { $n ->
    [one] un día
   *[other] { $n } días
}
letter-identity = Para identificarme:
letter-name = Nombre: { $name }
letter-email = Dirección de correo electrónico de mi cuenta: { $email }
letter-worker-id = Identificador en la plataforma: { $id }
letter-authority = Si no recibo una respuesta completa en plazo, podré presentar una reclamación ante la autoridad de control ({ $authority }).
letter-closing = Atentamente,
complaint-subject = Reclamación: { $controller } no atendió mi solicitud de acceso a datos como exige la ley
complaint-sent = El { $sent } solicité a { $controller }, que gestiona { $platform }, el acceso a mis datos personales conforme al { $law } ({ $article }). La respuesta debía llegar a más tardar el { $due }.
complaint-no-answer = No he recibido ninguna respuesta.
complaint-partial = La respuesta recibida es incompleta: omite datos que solicité.
complaint-refused = Mi solicitud fue denegada.
complaint-ask = Les solicito que investiguen los hechos y ordenen al responsable del tratamiento que atienda mi solicitud en su totalidad.
complaint-collective = Presenté esta solicitud junto con otras personas trabajadoras de { $platform }, en el marco de una campaña colectiva.
complaint-identity = Mis datos:
