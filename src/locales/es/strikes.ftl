### Clickline, español.
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Strikes and channels

title-strikes = Huelgas
title-pledge = Compromiso
title-pledged = Gracias por tu compromiso
title-undercut = Informar de esquirolaje
title-channels = Canales por país
title-channel = Canal de { $country }
strike-closed = Esta huelga ya no admite compromisos.
undercut-recorded = Tu informe de esquirolaje se registró de forma anónima. Quienes organizan ven por dónde se filtra la huelga.
alert-message-requesters = Las personas trabajadoras de { $countries } están en huelga desde el { $date } contra { $requesters } en { $platform }: no aceptes sus tareas.
alert-message-company = Las personas trabajadoras de { $countries } están en huelga desde el { $date } contra { $company } en { $platform }: no aceptes sus tareas.
alert-message-platform = Las personas trabajadoras de { $countries } están en huelga desde el { $date } contra toda la plataforma { $platform }: no aceptes ninguna de sus tareas.
# $language is a language's own name, like "Bahasa Indonesia".
strike-text-in = En { $language }
strike-text-original = Original, en { $language }
strike-other-languages = También en:
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
channel-languages = Lee este canal en:
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
