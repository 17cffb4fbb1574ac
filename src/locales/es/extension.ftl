### Clickline, español.
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

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
