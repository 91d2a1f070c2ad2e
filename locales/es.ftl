## El catálogo de traducciones de Homegroup (Project Fluent), en español. Cada mensaje
## del inglés (en.ftl) está aquí con las mismas variables.

## La página para encontrar una reunión, que los miembros abren desde el código QR.

page-language-name = Español
page-language-dir = ltr
page-title = { $program }: reuniones
page-heading = Encuentra una reunión
page-skip = Ir a las reuniones
page-updated = Actualizado el { $date }
page-language = Idioma
page-loading = Cargando reuniones…
page-load-failed = No se pudo cargar la lista de reuniones. Revisa tu conexión y vuelve a intentarlo.
page-retry = Volver a intentar
page-now = En curso
page-next = Próximas
page-today = Hoy
page-tomorrow = Mañana
page-week = Esta semana
page-week-day = Día
page-show-more = Ver más reuniones
page-no-meetings = Ninguna reunión coincide. Quita los filtros para ver todas.
page-nothing-soon = No hay reuniones en las próximas horas. Abajo está la semana completa.
page-search = Buscar
page-search-hint = Nombre, lugar o ciudad
page-filters = Filtros
page-filter-time = Hora del día
page-time-any = Cualquier hora
page-time-morning = Mañana (antes del mediodía)
page-time-afternoon = Tarde (del mediodía a las 17)
page-time-evening = Atardecer (de 17 a 21)
page-time-night = Noche (después de las 21)
page-filter-attend = Cómo asistir
page-mode-any = Cualquier forma
page-mode-in_person = Presencial
page-mode-online = En línea
page-mode-hybrid = Presencial y en línea
page-mode-phone = Por teléfono
page-filter-fellowship = Confraternidad
page-fellowship-any = Cualquier confraternidad
page-fellowship-na = Narcóticos Anónimos
page-fellowship-smart = SMART Recovery
page-fellowship-other = Otras confraternidades
page-filter-formats = Formatos
page-clear = Quitar filtros
page-in-progress = En curso
page-ends = hasta las { $time }
page-cancelled = Cancelada
page-closed = Cerrada
page-moved-to = Cambiada al { $when }
page-moved-from = Cambiada aquí desde el { $when }
page-minutes = { $minutes } min
page-open = Detalles
page-close = Cerrar
page-where = Dónde
page-room = Sala: { $room }
page-directions = Cómo llegar (app de mapas)
page-map = Mapa (OpenStreetMap)
page-join = Entrar en línea
page-meeting-id = ID de la reunión: { $id }
page-passcode = Código: { $passcode }
page-dial = Llamar al: { $number }
page-formats = Formatos
page-notes = Notas
page-group = Grupo: { $group }
page-every = Cada { $days } a las { $time }
page-dates = Próximas fechas
page-changes = Cambios en las próximas semanas
page-add-one = Añadir esta reunión a mi calendario
page-subscribe = Todas las reuniones en tu calendario
page-subscribe-hint = Suscríbete una vez: cuando una reunión cambia o se cancela, tu calendario también cambia.
page-subscribe-apple = Calendario de Apple (iPhone, iPad, Mac)
page-subscribe-google = Google Calendar
page-subscribe-outlook = Outlook.com
page-subscribe-office = Microsoft 365
page-subscribe-other = Otras apps: copia esta dirección
page-copy = Copiar dirección
page-copied = Dirección copiada
page-android = En Android, la app gratuita ICSx⁵ se suscribe a esta dirección y mantiene al día el calendario del teléfono.
page-resources = Ayuda ahora
page-private = Esta página no guarda ningún registro de tu visita y no carga nada de otros sitios.

## Los esquemas, hitos y colores de fichas con los que empieza Homegroup, tal como los
## muestra la ventana (los nombres y colores propios de un grupo se muestran como los escribió).

chip-named = { $item } de { $label }
chip-scheme-na-keytags = Llaveros de NA
chip-scheme-na-medallions = Medallones de NA
chip-scheme-aa-chips = Fichas (estilo AA)
chip-seeded-welcome = Bienvenida
chip-seeded-30-days = 30 días
chip-seeded-60-days = 60 días
chip-seeded-90-days = 90 días
chip-seeded-6-months = 6 meses
chip-seeded-9-months = 9 meses
chip-seeded-1-year = 1 año
chip-seeded-18-months = 18 meses
chip-seeded-multiple-years = Varios años
chip-seeded-welcome-back = Bienvenida de vuelta
chip-seeded-1-year-medallion = Medallón de 1 año
chip-seeded-18-months-medallion = Medallón de 18 meses
chip-seeded-yearly-medallion = Medallón anual
chip-seeded-24-hours = 24 horas
chip-color-white = blanco
chip-color-orange = naranja
chip-color-green = verde
chip-color-red = rojo
chip-color-blue = azul
chip-color-yellow = amarillo
chip-color-glow = fosforescente
chip-color-grey = gris
chip-color-black = negro
chip-color-pink = rosa
chip-color-bronze = bronce
chip-color-silver = plateado
chip-color-gold = dorado
chip-color-dark-blue = azul oscuro
chip-color-purple = morado

## Lo que un canal de calendario escribe en la descripción de una reunión, en el idioma de la reunión.

feed-join = Enlace
feed-meeting-id = ID de la reunión
feed-passcode = Código
feed-phone = Teléfono
feed-format = Formato
feed-group = Grupo

## El volante para la pared.

flyer-scan-calendar = Escanee para añadir nuestras reuniones al calendario de su teléfono
flyer-updates = Se actualiza solo cuando una reunión cambia o se cancela.
flyer-week = Esta semana
flyer-cancelled = CANCELADA
flyer-moved = CAMBIADA
flyer-type-address = O escriba esta dirección en su aplicación de calendario:
flyer-refresh = Las aplicaciones de calendario buscan cambios por sí solas, normalmente en pocas horas (Google Calendar puede tardar hasta un día).
flyer-wifi-only = Esta dirección solo funciona en la red wifi de esta sala, mientras esté encendida la computadora que imprimió esta hoja.
flyer-scan-page = Escanee para encontrar una reunión, ver cómo llegar o el enlace para entrar, y añadir nuestras reuniones al calendario de su teléfono
# El cartel es una sola hoja: si la semana tiene más de las que caben, la última línea
# dice cuántas más muestra el código QR.
flyer-more = …y { $count } más esta semana: escanee el código para verlas todas.

## La lista de reuniones impresa (homegroup print list, y Imprimir lista en la ventana).
print-title = Lista de reuniones
print-printed = Impresa el { $date }
print-scan = Escanee para ver la lista al día, cómo llegar y los enlaces para conectarse
print-resources = Recursos locales
print-section-in_person = Presenciales
print-section-hybrid = Híbridas: presenciales y en línea
print-section-online = En línea y por teléfono
print-daily = Todos los días
print-daily-short = Diaria
print-other = Otros días
print-no-city = Otros lugares
print-from = Desde el { $date }
print-meeting_id = ID { $id }
print-passcode = Código { $passcode }
print-dial = Teléfono: { $number }
print-legend = Códigos de formato
print-empty = No hay reuniones que listar.
print-page = { $page }
print-file_name = Lista de reuniones de Homegroup
print-unprintable = Estos caracteres no tienen forma en las fuentes que trae Homegroup y se imprimen como cuadros vacíos: { $chars }

## Lo que el servidor de calendarios responde a quien abre un enlace equivocado o roto en un navegador.
server-no_feed = No hay ningún calendario en esta dirección. Pida a su grupo el enlace actual.
server-not_found = Aquí no hay nada. Pida a su grupo el enlace actual del calendario.
server-page_unavailable = No se pudo preparar la lista de reuniones; vuelva a intentarlo en un momento.
server-calendar_failed = No se pudo preparar el calendario; vuelva a intentarlo en un momento.

## Hojas impresas: comprobantes de asistencia e informes de la casa.

slip-title = Asistencia a reuniones
slip-attended = { $nickname } asistió, según registra { $group }:
slip-code = Código del comprobante: { $code }
slip-signed = Firmado por { $group } el { $date } (clave { $key }).
slip-scan = Escanee para verificarlo con la clave pública del grupo. Este comprobante solo confirma la presencia.
report-title = { $house }: asistencia a reuniones
report-period = Del { $from } al { $to }
report-rules = Reglas: { $rules }
report-no-rules = Sin reglas.
report-who-phase = { $name } (fase { $phase })
report-line = { $who }: { $attended } de { $required } – { $met ->
        [yes] cumplido
       *[other] le faltan
    }
report-detail = { $here } en nuestras reuniones, { $verified } verificadas con comprobante, { $self } declaradas por la persona (del { $from } al { $to })
report-presence = La asistencia solo confirma la presencia, nunca la participación ni nada más sobre una persona.

## La línea de órdenes (homegroup): lo que escribe para las personas.

cli-meetings-none = Aún no hay reuniones. Añada una en la aplicación Homegroup o importe una lista de reuniones.
cli-slip-valid = válido: { $nickname } asistió, según firmó { $group } el { $date } (clave { $key }):
cli-keys-trusted =
    { $n ->
        [one] { $n } clave de confianza
       *[other] { $n } claves de confianza
    }
cli-keys-revoked = revocada; los comprobantes que firmó ya no se verifican
cli-backup-encrypted = cifrada
cli-backup-plain = SIN cifrar
cli-backup-bytes = { $n } bytes
cli-restored = restaurada desde { $file } (la base de datos anterior está en { $folder })
cli-passphrase-set = la base de datos está cifrada; guarde la frase de contraseña en un lugar seguro: sin ella no se pueden recuperar los datos
cli-passphrase-removed = la base de datos ya no está cifrada
cli-hint-passphrase = ponga la frase de contraseña de la base de datos en HOMEGROUP_PASSPHRASE
cli-hint-old-backups = añada --old-backups reencrypt (o --old-backups remove) a `passphrase set`
cli-col-feed = CANAL
cli-list-printed = { $file }: { $meetings ->
    [one] { $meetings } reunión
   *[other] { $meetings } reuniones
} en { $pages ->
    [one] { $pages } página
   *[other] { $pages } páginas
}{ $percent ->
    [100] {""}
   *[other] , letra al { $percent } %
}
cli-resources-none = Aún no hay recursos locales. Agregue uno con `homegroup resources add --name NOMBRE --phone NÚMERO`.
cli-col-name = NOMBRE
cli-col-phone = TELÉFONO
cli-col-hours = HORARIO
cli-feeds-port = los canales se sirven en el puerto { $port } desde el próximo inicio de la aplicación
cli-page-written = { $n } archivos escritos en { $folder }
cli-sources-none = Aún no hay fuentes de importación. Importe una con `homegroup import ARCHIVO|URL`.
cli-source-every = la fuente { $id } se actualiza cada { $minutes } minutos
cli-source-by-hand = la fuente { $id } solo se actualiza a mano
cli-run-failed = falló: { $error }
cli-run-report = { $created } creadas, { $updated } actualizadas, { $unchanged } sin cambios, { $removed } eliminadas{ $skipped ->
        [0] {""}
       *[other] , { $skipped } omitidas
    }
cli-import-done = { $created } creadas, { $updated } actualizadas, { $unchanged } sin cambios, { $removed } eliminadas
cli-import-would = se crearían { $created }, se actualizarían { $updated }, { $unchanged } sin cambios, se eliminarían { $removed }
cli-import-kept = se conservan sus cambios en «{ $name }» (--overwrite-local-edits toma la versión de la fuente)
cli-occurrences-none = No hay reuniones entre el { $from } y el { $to }.
cli-export-left-out = se omitió «{ $name }»: Meeting Guide solo incluye reuniones semanales
cli-published = { $created } creados, { $updated } actualizados, { $unchanged } sin cambios, { $deleted } eliminados
cli-subscribe-at = los miembros se suscriben en { $url }
cli-public-broken = la dirección pública no funciona: { $error }
cli-no-public-address = aún no hay dirección pública: añada --public-url para que los miembros se suscriban desde cualquier lugar
cli-synced = { $created } creadas, { $updated } actualizadas, { $deleted } eliminadas aquí; { $uploaded } subidas, { $removed } eliminadas allí; { $conflicts } conflictos
cli-sync-kept = se conservó { $name }: se eliminó en un lado y se editó en el otro
cli-sync-to-confirm = lugar por confirmar: { $name } llegó sin lugar ni enlace; añada uno en el editor de la reunión
cli-sync-skipped = omitido: { $warning }
cli-conflicts-none = No hay conflictos.
cli-password-not-kept = la contraseña no se guardó: ningún llavero responde en esta computadora y la base de datos no está cifrada. Indíquela en cada ejecución (--password-env VAR) o guarde una orden que la escriba (--password-command CMD)
cli-passwords-dropped = una versión anterior guardaba { $n } contraseñas de publicación sin cifrar y aquí no responde ningún llavero: se eliminaron. Indíquelas en cada ejecución (--password-env VAR) o guarde una orden (--password-command CMD)
# Un aviso de la importación (qué entrada y por qué), tal como lo redacta el núcleo.
cli-import-skipped = se omitió { $warning }
cli-import-partly = importada con algo dejado fuera: { $warning }
error-cli-password_env = la variable de entorno { $var } no está definida
error-cli-passphrase_missing = ponga la nueva frase de contraseña en HOMEGROUP_NEW_PASSPHRASE
error-cli-public_address = la subida funcionó, pero la dirección pública no la sirve
error-cli-range = --to { $to } es anterior a --from { $from }
error-cli-read = no se puede leer { $file }: { $error }
error-cli-bad_json = { $file } no es JSON válido: { $error }
error-cli-source_which = indique el número de una fuente, o use --due
error-cli-write = no se puede escribir { $file }: { $error }
error-cli-make = no se puede crear { $file }: { $error }
error-cli-day = { $value } no es un día: use MO, TU, WE, TH, FR, SA o SU
error-cli-no_targets = aún no hay dónde publicar; indique una carpeta o un calendario con --url


## La ayuda de la línea de órdenes (homegroup --help): qué hace cada orden y cada opción.
cli-help = Horarios, noche de reunión y canales de calendario para grupos de recuperación
cli-help--db = Archivo de la base de datos (por omisión: HOMEGROUP_DB; si no, la carpeta de datos del usuario)
cli-help--lang = Idioma de lo que se escribe para las personas (por omisión: LC_ALL, LC_MESSAGES o LANG): en, es, pt-BR, fa o cualquier otro que tenga el catálogo de traducciones
cli-help-meetings = Reuniones del programa
cli-help-meetings-list = Muestra todas las reuniones con su horario en palabras (con --json, la regla en sí)
cli-help-meetings-list--json = Escribe JSON en lugar de una tabla (cada reunión con su `uid`)
cli-help-meetings-add = Agrega una reunión desde JSON (los campos que tiene el editor de la aplicación; vea el README) y la escribe tal como quedó guardada, con su `uid`
cli-help-meetings-add--json = Un archivo, o - para la entrada estándar
cli-help-meetings-edit = Cambia solo los campos indicados (un JSON merge patch, p. ej. '{"{"}"room": "Hall B"{"}"}') y escribe la reunión tal como quedó guardada
cli-help-meetings-edit--json = El parche en sí, un archivo, o - para la entrada estándar
cli-help-meetings-remove = Elimina una reunión (sus registros de asistencia se eliminan con ella)
cli-help-meetings-cancel = Cancela la reunión en una fecha
cli-help-meetings-cancel--note = El motivo, tal como lo leerán los miembros («Cerrado por el día festivo»)
cli-help-occurrences = Las fechas de las reuniones entre dos fechas (incluidas, en las fechas locales de cada reunión), con las cancelaciones, los cambios y los cierres aplicados
cli-help-occurrences--json = Escribe JSON en lugar de una tabla
cli-help-import = Importa una lista de reuniones publicada desde un archivo o una URL. Importar de nuevo la misma fuente actualiza las mismas reuniones; si la importación falla, no cambia nada
cli-help-import--source = Una ruta de archivo o una dirección http(s)://
cli-help-import--fellowship = Confraternidad de las reuniones importadas (los formatos se leen según sus códigos)
cli-help-import--service_bodies = Cuerpo de servicio BMLT que se pide a un servidor raíz (repítalo para indicar varios)
cli-help-import--overwrite_local_edits = Toma la versión de la fuente incluso en las reuniones editadas aquí
cli-help-import--dry_run = Muestra lo que cambiaría, sin cambiar nada
cli-help-attendance = Cifras de asistencia por fecha de reunión (solo conteos, nunca un apodo)
cli-help-attendance-report = Una línea por fecha de reunión: si se realizó, asistencia, recién llegados, miembros, miembros que regresan, fichas
cli-help-attendance-report--csv = CSV (un informe de reunión al estilo de SMART) en lugar de una tabla
cli-help-verify = Verifica un comprobante de asistencia: su código, o el texto de su código QR. Si el comprobante no se verifica, termina con un código de salida distinto de cero e indica el motivo
cli-help-verify--code = El código del comprobante (7K3Q-9XDA-M2PF) o el texto del código QR (HG1.…)
cli-help-slip = Firma un comprobante de asistencia de los registros de llegada de un miembro a las reuniones de un grupo
cli-help-slip--out = Guarda aquí el PDF para imprimir (si no, escribe el código y el token)
cli-help-keys = Claves de verificación: exportar la clave pública de un grupo, confiar en la de otro grupo
cli-help-keys-export = Las claves públicas del grupo y las instrucciones de verificación (nada sobre los miembros)
cli-help-keys-trust = Confía en las claves del archivo de verificación que exportó un grupo (y registra sus revocaciones)
cli-help-keys-revoke = Revoca la clave de un grupo: sus comprobantes dejan de verificarse; el próximo comprobante recibe una clave nueva
cli-help-backup = Hace una copia de seguridad de la base de datos: en la carpeta de copias rotativas que está junto a ella, o en --out
cli-help-backup--list = Muestra las copias de seguridad en lugar de hacer una
cli-help-restore = Reemplaza la base de datos con una copia de seguridad, después de comprobar la copia (antes se hace una copia de la base de datos actual). Para una copia hecha con otra frase de contraseña, esa frase se toma de HOMEGROUP_BACKUP_PASSPHRASE
cli-help-passphrase = Cifra la base de datos con una frase de contraseña (tomada de HOMEGROUP_NEW_PASSPHRASE), la cambia o la quita
cli-help-passphrase-set = Pone o cambia la frase de contraseña por la de HOMEGROUP_NEW_PASSPHRASE
cli-help-passphrase-set--old_backups = Qué hacer con las copias de seguridad anteriores que no están cifradas: cifrarlas con la nueva frase de contraseña o borrarlas (se pide cuando hay alguna)
cli-help-passphrase-remove = Vuelve a guardar la base de datos sin cifrar
cli-help-sources = Fuentes importadas antes: listarlas, actualizarlas, programar sus actualizaciones
cli-help-sources-list = Cada fuente con su frecuencia de actualización y su último resultado
cli-help-sources-refresh = Vuelve a importar fuentes: la indicada, o todas aquellas a las que ya les toca
cli-help-sources-refresh--id = Id de la fuente (de `sources list`)
cli-help-sources-refresh--due = Todas las fuentes a las que les toca según su programación (para cron o un temporizador de systemd)
cli-help-sources-schedule = Actualiza una fuente cada N minutos, o solo a mano con --off
cli-help-sources-runs = Los informes de cambios de las últimas ejecuciones de una fuente
cli-help-export = Escribe el programa como archivo iCalendar o como canal JSON de Meeting Guide
cli-help-export-ics = Calendario RFC 5545 (un evento por reunión, con su regla y sus cambios)
cli-help-export-ics--out = Escribe aquí en lugar de en la salida estándar
cli-help-export-ics--feed = Exporta lo que publica este canal (por nombre; por omisión: todo el programa)
cli-help-export-meeting-guide = JSON de Meeting Guide (reuniones semanales; las demás se nombran en la salida de errores estándar)
cli-help-feeds = Canales de calendario a los que se suscriben los miembros
cli-help-feeds-list = El nombre y la dirección de cada canal (el canal de todo el programa se crea si falta)
cli-help-feeds-list--base = Dirección base por la que se llega al servidor de canales
cli-help-feeds-port = El puerto en el que la aplicación sirve los canales (8737 si no se cambia). Los calendarios suscritos y los volantes impresos lo llevan, así que cámbielo solo cuando otro programa lo necesite; 0 toma cualquier puerto libre en el próximo inicio y lo conserva
cli-help-publish = Publica canales en calendarios CalDAV y carpetas WebDAV (todos los destinos guardados, el indicado con --url, que se guarda para la próxima vez, o con --due solo los que tienen algo que hacer) y escribe dónde se suscriben los miembros
cli-help-publish--url = Colección o carpeta a la que subir, p. ej. https://cloud.example.org/remote.php/dav/files/hope/meetings/
cli-help-publish--kind = Qué es la dirección: un calendario CalDAV (un recurso por reunión) o una carpeta WebDAV (un archivo .ics y un archivo .json de Meeting Guide por canal)
cli-help-publish--password_env = Variable de entorno que contiene la contraseña (así no queda en el historial de la shell). Con --url se guarda: en el llavero del sistema, o en la base de datos cuando la base de datos está cifrada (si no hay ninguno de los dos, no se guarda nada y hay que darla en cada ejecución); sin --url, se usa solo en esta ejecución
cli-help-publish--password_command = Una orden que escribe la contraseña (se ejecuta sin shell; se usa su primera línea): con --url se guarda en lugar de la contraseña; sin --url, se ejecuta solo para esta ejecución
cli-help-publish--public_url = La dirección que usarán los miembros: para una carpeta, la dirección web que la sirve; para un calendario, su enlace público de suscripción. Se comprueba después de cada publicación
cli-help-publish--feed = Canal que se publica con --url (por omisión: todo el programa)
cli-help-publish--due = Solo los destinos con algo que hacer: el programa cambió desde su última publicación, o la última falló y ya pasó su tiempo de espera. No escribe nada cuando no toca nada (para cron)
cli-help-publish--timeout = Segundos que puede tardar una petición a un servidor
cli-help-flyer = El volante para la pared en PDF: el código QR de un canal y la semana que viene. El código QR lleva la dirección pública del canal una vez que está publicado
cli-help-flyer--feed = Canal cuya dirección lleva el código QR (por omisión: todo el programa)
cli-help-flyer--lan_base = La dirección del servidor de canales en la red local, para el volante de un canal que aún no se publicó (entonces lleva un aviso de que solo funciona en esta red wifi)
cli-help-print = Listas de reuniones impresas: las reuniones del área en papel, dobladas o en páginas
cli-help-print-list = La lista de reuniones de todo el programa o de un canal, en PDF
cli-help-print-list--layout = Cómo va la lista en el papel: páginas completas, una hoja doblada en tres o en cuatro, o un folleto
cli-help-print-list--group_by = Reuniones agrupadas por día de la semana, o por ciudad y luego por día
cli-help-print-list--out = Dónde se escribe el PDF
cli-help-print-list--paper = Tamaño del papel (por omisión: Oficio/Legal para el cuadríptico, quadfold; si no, Carta/Letter)
cli-help-print-list--feed = Solo las reuniones de un canal (por omisión: todo el programa)
cli-help-print-list--pages = Exactamente esta cantidad de páginas: la letra se achica, dentro de límites legibles, para que quepa
cli-help-print-list--first_day = El día en que empieza una lista por día: MO, TU… (por omisión: SU)
cli-help-print-list--cities = Primero estas ciudades, en este orden (en una lista por ciudad), separadas por comas
cli-help-print-list--link_qr = Reuniones en línea con un pequeño código QR de su enlace en lugar del enlace escrito
cli-help-resources = Recursos locales (líneas de ayuda, líneas de crisis, buscadores de tratamiento) que se imprimen en cada lista y volante y van en los canales
cli-help-resources-list = Los recursos locales, en el orden en que se imprimen
cli-help-resources-add = Agrega un recurso al final de la lista
cli-help-resources-add--name = Cómo se le conoce («Línea de crisis», «Línea de ayuda de NA»)
cli-help-resources-add--phone = El número al que llamar o escribir, tal como se marca («988», «1-800-GET-HELP»)
cli-help-resources-add--url = Su dirección web (https://…)
cli-help-resources-add--hours = Cuándo responde alguien («24/7»)
cli-help-resources-add--language = El idioma en que atiende el servicio (en, es…)
cli-help-resources-edit = Cambia el recurso ID (cada campo se reemplaza por lo que se indique)
cli-help-resources-edit--name = Cómo se le conoce («Línea de crisis», «Línea de ayuda de NA»)
cli-help-resources-edit--phone = El número al que llamar o escribir, tal como se marca («988», «1-800-GET-HELP»)
cli-help-resources-edit--url = Su dirección web (https://…)
cli-help-resources-edit--hours = Cuándo responde alguien («24/7»)
cli-help-resources-edit--language = El idioma en que atiende el servicio (en, es…)
cli-help-resources-remove = Quita el recurso ID
cli-help-resources-move = Sube o baja el recurso ID un lugar en la lista
cli-help-page = Escribe en una carpeta la página para encontrar una reunión que los miembros abren desde cualquier teléfono, con el calendario del canal y sus datos (para un alojamiento web estático o una memoria USB)
cli-help-page--out = La carpeta donde escribir (se crea si falta); sus archivos se reemplazan
cli-help-page--feed = El canal cuyas reuniones muestra la página (por omisión: todo el programa)
cli-help-serve = Sirve todos los canales por HTTP hasta que se interrumpa, y escribe la URL de cada canal en cuanto está escuchando
cli-help-serve--bind = Dirección en la que escuchar; 0.0.0.0 comparte los canales con la red local
cli-help-sync = Mantiene el programa al día con otros servidores de confianza a través de un calendario CalDAV compartido: enlaza uno con --url y luego sincroniza todos los calendarios enlazados. Termina con un código de salida distinto de cero mientras un conflicto espere una elección
cli-help-sync--url = El calendario CalDAV compartido que se enlaza (se guarda para la próxima vez); sin él, se sincronizan todos los calendarios enlazados
cli-help-sync--password_env = Variable de entorno que contiene la contraseña (así no queda en el historial de la shell). Con --url se guarda: en el llavero del sistema, o en la base de datos cuando la base de datos está cifrada; sin --url, se usa solo en esta ejecución
cli-help-sync--password_command = Una orden que escribe la contraseña (se ejecuta sin shell; se usa su primera línea): con --url se guarda en lugar de la contraseña, para una computadora sin llavero; sin --url, se ejecuta solo para esta sincronización
cli-help-sync--group = Comparte a través del calendario solo las reuniones de este grupo (con --url)
cli-help-sync--json = Escribe los informes como JSON
cli-help-sync--timeout = Segundos que puede tardar una petición al servidor
cli-help-conflicts = Cambios hechos aquí y en el calendario compartido que no coinciden
cli-help-conflicts-list = Campos cambiados de forma distinta aquí y en el calendario compartido, que esperan una elección
cli-help-conflicts-resolve = Resuelve uno: conserva el valor de esta instalación (mine) o el del calendario compartido (theirs). La próxima sincronización lo envía o lo aplica

## Formatos de reunión, por confraternidad y código (format-<confraternidad>-<código>):
## los nombres que se imprimen, se muestran y se escriben en los canales.

format-na-O = Abierta
format-na-C = Cerrada
format-na-B = Para el recién llegado
format-na-BT = Texto Básico
format-na-IW = Funciona: cómo y por qué
format-na-JT = Solo por Hoy
format-na-SPAD = Un Principio Espiritual al Día
format-na-LC = Vivir Limpios
format-na-GP = Principios Guía
format-na-IP = Folleto Informativo
format-na-BK = Estudio de libro
format-na-St = Paso
format-na-SG = Guía para Trabajar los Pasos
format-na-Tr = Tradición
format-na-TW = Taller de las Tradiciones
format-na-CP = Conceptos
format-na-D = Discusión
format-na-To = Tema
format-na-So = Solamente Orador
format-na-SD = Orador/Discusión
format-na-QA = Preguntas y respuestas
format-na-AB = Canasta de preguntas
format-na-RF = Formato que Rota
format-na-ME = Meditación
format-na-CL = Luz de vela
format-na-M = Hombres
format-na-W = Mujeres
format-na-YP = Jóvenes
format-na-GL = Gay/Lesbiana/Transgénero
format-na-WC = Silla de Ruedas
format-na-CW = Niños bienvenidos
format-na-NC = No niños
format-na-NS = No fumar
format-na-RA = Asistencia restringida
format-na-CH = Cerrado en días festivos
format-na-Ag = Agnóstica
format-na-VM = Reunión virtual
format-na-HY = Reunión híbrida
format-na-TC = Local temporalmente cerrado
format-na-ES = Español
format-na-ENG = Inglés
format-na-BL = Bilingüe
format-na-FIN = Finlandés
format-na-PER = Persa
format-na-SL = Lengua de señas americana
format-smart-SMART = Reunión de SMART Recovery
format-smart-FF = Familia y Amigos
format-smart-TY = Adolescentes y Jóvenes
format-smart-VFR = Veteranos y Primeros Intervinientes
format-smart-INSIDE = SMART Inside (centro penitenciario)
format-smart-W = Mujeres
format-smart-M = Hombres
format-smart-LGBTQ = LGBTQIA+
format-smart-X = Acceso en silla de ruedas
format-other-11 = Meditación del Paso 11
format-other-12x12 = 12 Pasos y 12 Tradiciones
format-other-A = Secular
format-other-ABSI = Como lo ve Bill
format-other-AF = Afrikáans
format-other-AL = Concurrente con Alateen
format-other-AL-AN = Concurrente con Al-Anon
format-other-AM = Amárico
format-other-AR = Árabe
format-other-ASL = Lenguaje por señas
format-other-B = Libro Grande
format-other-BA = Guardería disponible
format-other-BE = Principiantes
format-other-BG = Búlgaro
format-other-BI = Bisexual
format-other-BRK = Desayuno
format-other-C = Cerrada
format-other-CAN = Luz de una vela
format-other-CF = Niño amigable
format-other-D = Discusión
format-other-DA = Danés
format-other-DB = Canasta digital
format-other-DD = Diagnóstico dual
format-other-DE = Alemán
format-other-DR = Reflexiones Diarias
format-other-EL = Griego
format-other-EN = Inglés
format-other-FA = Persa
format-other-FI = Finlandés
format-other-FF = Sin fragancia
format-other-FR = Francés
format-other-G = Gay
format-other-GR = La Viña
format-other-H = Cumpleaños
format-other-HE = Hebreo
format-other-HI = Hindi
format-other-HR = Croata
format-other-HU = Húngaro
format-other-IS = Islandés
format-other-ITA = Italiano
format-other-JA = Japonés
format-other-KA = Georgiano
format-other-KOR = Coreano
format-other-L = Lesbiana
format-other-LGBTQ = LGBTQ
format-other-LIT = Literatura
format-other-LS = Viviendo Sobrio
format-other-LT = Lituano
format-other-M = Hombres
format-other-MED = Meditación
format-other-ML = Malayalam
format-other-MT = Maltés
format-other-N = Nativo Americano
format-other-NB = No binario
format-other-NDG = Indígena
format-other-NE = Nepalí
format-other-NL = Holandés
format-other-NO = Noruego
format-other-O = Abierta
format-other-OUT = Al aire libre
format-other-P = Profesionales
format-other-POA = Prueba de Asistencia
format-other-POC = Gente de color
format-other-POL = Polaco
format-other-POR = Portugués
format-other-PUN = Punjabi
format-other-RUS = Ruso
format-other-S = Español
format-other-SEN = Personas mayores
format-other-SK = Eslovaco
format-other-SL = Esloveno
format-other-SM = Se permite fumar
format-other-SP = Orador
format-other-ST = Estudio de pasos
format-other-SV = Sueco
format-other-T = Transgénero
format-other-TC = Ubicación temporalmente cerrada
format-other-TH = Tailandés
format-other-TL = Tagalo
format-other-TR = Estudio de tradición
format-other-TUR = Turco
format-other-UK = Ucraniano
format-other-W = Mujer
format-other-X = Acceso en silla de ruedas
format-other-XB = Baño accesible para sillas de ruedas
format-other-XT = Se permite opinar
format-other-Y = Gente joven

## La ventana: las pantallas de la aplicación de escritorio.

app-name = Homegroup
app-skip = Saltar al contenido
app-loading = Abriendo la base de datos…
app-cannot_open = Homegroup no pudo abrir su base de datos
app-cannot_open_help = No se cambió nada. El archivo sigue donde estaba:

nav-label = Secciones
nav-meetings = Reuniones
nav-calendar = Calendario
nav-night = Noche de reunión
nav-members = Miembros y fichas
nav-houses = Casas
nav-feeds = Calendarios
nav-settings = Ajustes
nav-sharing = Compartir

meetings-title = Reuniones
meetings-new = Nueva reunión
meetings-empty = Todavía no hay reuniones. Añada la primera reunión de su grupo con «Nueva reunión».
meetings-count =
    { $n ->
        [one] { $n } reunión
       *[other] { $n } reuniones
    }
meetings-col-name = Reunión
meetings-col-when = Cuándo
meetings-col-where = Dónde
meetings-col-fellowship = Confraternidad
meetings-created = Se guardó «{ $name }».
meetings-online = En línea
meetings-phone = Por teléfono
meetings-col-actions = Acciones
meetings-edit = Editar
meetings-edit_named = Editar { $name }
meetings-dates = Fechas y cambios
meetings-dates_named = Fechas y cambios de { $name }
meetings-delete = Eliminar esta reunión
meetings-delete_confirm = ¿Eliminar «{ $name }» con todas sus fechas, cambios y asistencia? No se puede deshacer.
meetings-deleted = Se eliminó «{ $name }».
meetings-inactive = inactiva
meetings-search = Buscar
meetings-search_hint = nombre, lugar, notas o formato
meetings-found =
    { $n ->
        [one] { $n } reunión encontrada
       *[other] { $n } reuniones encontradas
    }
meetings-none_found = Ninguna reunión coincide con «{ $text }».
meetings-shown = Se muestran { $shown } de { $n }
meetings-more = Mostrar { $n } más
meetings-place_to_confirm = Lugar por confirmar

first-title = Para empezar
first-meeting = Agregue la reunión de su grupo.
first-meeting_how = Su día, hora y lugar, o su enlace de video: se repite sola.
first-import = O traiga la lista de su área.
first-import_how = De un servidor BMLT, un archivo Meeting Guide o de calendario, o una hoja de cálculo.
first-feed = Ponga sus reuniones en la pared.
first-feed_how = En Calendarios se imprime un cartel cuyo código QR abre sus reuniones en cualquier teléfono.
first-night = La noche de la reunión,
first-night_how = abra Noche de reunión: escriba un apodo para registrar a alguien; las fichas que tocan aparecen solas.

form-title_new = Nueva reunión
form-name = Nombre
form-name_hint = Como la conocen los miembros, p. ej. «Martes de Esperanza».
form-fellowship = Confraternidad
form-mode = Cómo se asiste
form-address = Dirección
form-venue_name = Nombre del lugar
form-city = Ciudad
form-url = Enlace de video
form-dial_in = Número de teléfono
form-repeats = Se repite
form-days = Los días
form-start_date = Primera fecha
form-end_date = Última fecha (opcional)
form-start_time = Empieza a las
form-duration = Duración (minutos)
form-timezone = Zona horaria
form-save = Guardar reunión
form-saving = Guardando…
form-group_other_fellowship = { $group } es un grupo de { $fellowship }, así que esta reunión ya no está en él: elija un grupo de esta confraternidad, o ninguno.
form-cancel = Cancelar
form-fix = Corrija el campo marcado.
form-title_edit = Editar «{ $name }»
form-section-about = La reunión
form-section-where = Dónde y cómo
form-section-when = Cuándo
form-section-more = Servicio y notas
form-group = Grupo
form-group_none = Sin grupo
form-group_new = Nombre del grupo nuevo
form-group_add = Añadir grupo
form-language = Idioma
form-formats = Formatos
form-formats_find = Buscar un formato (código o nombre); Intro lo marca
form-formats_none = Ningún formato coincide con «{ $text }».
input-required = Complete este campo.
input-url = Escriba una dirección web completa, que empiece por https://
input-email = Escriba una dirección de correo, como nombre@ejemplo.org.
input-too_short = Use al menos { $n } caracteres.
input-too_long = Use como máximo { $n } caracteres.
input-number = Escriba un número entero.
input-number-min = Escriba un número entero de { $min } o más.
input-number-range = Escriba un número entero de { $min } a { $max }.
form-venue = Lugar
form-venue_new = Un lugar nuevo…
form-room = Sala
form-room_hint = p. ej. Sótano, Sala 4
form-platform_detected = Enlace de { $platform } reconocido.
form-meeting_id = ID de la reunión
form-passcode = Código de acceso
form-passcode_public = El grupo permite mostrar el código en calendarios públicos
form-secret_params = Otras partes del enlace que se mantienen privadas
form-secret_params_help = Nombres de parámetros del enlace (tras el ? del enlace) que no salen en calendarios, listas ni carteles públicos. Los códigos dentro del enlace (pwd=…) no salen salvo que el grupo lo permita.
form-one_tap = Marcado directo:
form-dial_in_notes = Notas para llamar
form-every_weeks = Cada cuántas semanas
form-every_months = Cada cuántos meses
form-weeks = Qué semanas del mes
form-weekday = Día de la semana
form-month_dates = En estas fechas del mes
form-custom_rule = Regla de repetición (RFC 5545)
form-date = Fecha
form-facilitator = Coordinador/a habitual
form-facilitator_hint = Un nombre de pila o de servicio; el turno del calendario puede nombrar a otra persona para una fecha.
form-verification = El grupo ofrece verificación de asistencia
form-verification_hint = Solo se confirma la presencia, por apodo.
form-active = Activa (aparece en calendarios y suscripciones)
form-notes = Notas

fellowship-na = Narcóticos Anónimos
fellowship-smart = SMART Recovery
fellowship-other = Otra confraternidad

mode-in_person = Presencial
mode-online = En línea
mode-hybrid = Híbrida
mode-phone = Solo por teléfono

repeat-once = Una vez
repeat-weekly = Cada semana
repeat-monthly_weekday = Cada mes, en un día de la semana
repeat-monthly_date = Cada mes, en una fecha
repeat-custom = Regla propia (importada)

day-MO = lun
day-TU = mar
day-WE = mié
day-TH = jue
day-FR = vie
day-SA = sáb
day-SU = dom

screen-night-title = Noche de reunión
screen-night-body = Aquí se hará el registro de esta noche: apodos con autocompletado, recuento de recién llegados y asistentes, y los llaveros que tocan hoy.
screen-members-title = Miembros y fichas
screen-members-body = Aquí se guardarán los miembros, con apodo y fecha limpia opcional, sus llaveros y medallones, y el inventario.
screen-houses-title = Casas de vida sobria
screen-houses-body = Aquí se gestionarán los residentes, las reglas de asistencia de cada casa y el cumplimiento semanal, con comprobantes verificables.
screen-feeds-title = Calendarios suscribibles
screen-sharing-title = Compartir el programa

settings-title = Ajustes
settings-language = Idioma
settings-language_system = La del sistema ({ $name })
settings-database = Archivo de datos
settings-version = Versión
settings-schema = Versión del esquema
settings-timezone = Zona horaria de este equipo
settings-encryption = Cifrado
settings-encrypted = La base de datos está cifrada: sin la frase, el archivo en esta computadora no se puede leer.
settings-not_encrypted = La base de datos no está cifrada. Cualquiera con los archivos de esta computadora podría ver quién asiste. Una frase cifra todo el archivo.
settings-current_passphrase = Frase actual
settings-new_passphrase = Nueva frase
settings-again = Repita la nueva frase
settings-set_passphrase = Cifrar con esta frase
settings-change_passphrase = Cambiar la frase
settings-remove_passphrase = Quitar el cifrado
settings-passphrase_mismatch = Las dos frases nuevas no coinciden.
settings-passphrase_warning = Guarde la frase en un lugar seguro: sin ella nadie puede recuperar los datos, ni siquiera con una copia.
settings-encrypted_now = La base de datos ahora está cifrada.
settings-decrypted_now = La base de datos ya no está cifrada.
settings-backups = Copias de seguridad
settings-backups_help = Se hace una copia cada día mientras Homegroup está abierto; se guardan las diez últimas junto a la base de datos.
settings-backup_now = Hacer una copia ahora
settings-backup_made = Copia guardada como { $path }
settings-backup_when = Hecha
settings-backup_size = Tamaño
settings-restore = Restaurar
settings-restore_confirm = ¿Reemplazar todo con la copia del { $when }? Antes se guarda una copia de los datos actuales.
settings-plain_backups_question =
    { $n ->
        [one] Hay una copia de seguridad anterior sin cifrar: cualquiera con los archivos de esta computadora podría leerla. ¿Qué hacemos con ella?
       *[other] Hay { $n } copias de seguridad anteriores sin cifrar: cualquiera con los archivos de esta computadora podría leerlas. ¿Qué hacemos con ellas?
    }
settings-plain_backups_encrypt = Cifrar con la nueva frase
settings-plain_backups_delete = Borrar
settings-plain_backups_cancel = Cancelar
settings-backup_protection = Protección
settings-backup_encrypted = Cifrada
settings-backup_plain = Sin cifrar
settings-restored = Restaurado. Los datos anteriores se guardaron como copia.

error-meeting-name_empty = Ponga un nombre a la reunión.
error-meeting-name_too_long = Un nombre tiene como máximo 200 caracteres.
error-schedule-invalid_timezone = No es una zona horaria conocida. Elija una de la lista, como America/Mexico_City.
error-schedule-timezone_missing = Elija una zona horaria.
error-schedule-end_before_start = La última fecha es anterior a la primera.
error-schedule-no_days = Elija al menos un día.
error-schedule-invalid_duration = Una reunión dura entre 1 minuto y 24 horas.
error-meeting-address_required = Una reunión presencial o híbrida necesita la dirección.
error-meeting-online_access_required = Una reunión en línea o híbrida necesita un enlace de video o un número de teléfono.
error-meeting-dial_in_required = Una reunión por teléfono necesita un número.
error-meeting-invalid_url = Un enlace de video empieza por https://
error-meeting-invalid_dial_in = Use dígitos, espacios y + - ( ) para un teléfono.
error-app-unexpected = Ocurrió algo que Homegroup no esperaba; no se cambió nada. Inténtelo de nuevo y, si vuelve a ocurrir, reinicie Homegroup.
error-import-no_source = Indique una dirección web o una ruta, o elija un archivo.
error-import-bad_service_body = Los cuerpos de servicio son números, como 3, 17.
error-settings-passphrase_mismatch = Las dos frases nuevas no coinciden.
error-input-date = Escriba una fecha.
error-input-time = Escriba una hora.
date-field-year = aaaa
date-field-month = mm
date-field-day = dd
error-schedule-no_weeks = Elija al menos una semana del mes.
error-schedule-invalid_week = Las semanas del mes son de la 1.ª a la 4.ª, o la última.
error-secrets-bad_command = Eso no es una línea de comando: revise las comillas.
error-secrets-command_failed = El comando que da la contraseña no funcionó. Ejecútelo usted para ver por qué y vuelva a intentarlo.
error-secrets-password_needed = No se guarda ninguna contraseña para este servidor. Désela para esta vez, o guarde un comando que la dé.
error-secrets-no_keyring = El llavero de esta computadora no pudo guardar la contraseña. Dé en su lugar un comando que la imprima, ponga una frase de contraseña a la base de datos para guardarla allí, cifrada, o inicie el llavero (GNOME Keyring o KWallet).
error-share-bad_reply = El servidor del calendario compartido envió una respuesta que Homegroup no pudo leer. Homegroup lo intentará de nuevo.
error-share-bad_resource = Un evento del calendario compartido no se pudo leer como reunión; se dejó como estaba.
error-share-conflicts_open = Algunos cambios hechos aquí y en el calendario compartido no coinciden. Elija cuáles conservar en Compartir.
error-share-no_links = Este programa todavía no se comparte. Añada la dirección del calendario compartido en Compartir.
error-share-not_a_calendar = Esa dirección no es un calendario CalDAV. Copie la dirección CalDAV del calendario desde el servidor.
error-schedule-invalid_month_day = Las fechas del mes van del 1 al 31.
error-schedule-invalid_interval = Repita cada 1 a 52 semanas o meses.
error-meeting-unknown_format = Uno de los formatos no existe para esta comunidad.
error-meeting-invalid_language = Use un código de idioma como en o es.
error-group-duplicate = Ya existe un grupo con este nombre.
error-group-name_empty = Ponga un nombre al grupo.
error-exception-not_an_occurrence = La reunión no se celebra en esa fecha.
error-exception-move_needs_change = Elija la nueva fecha, hora, duración o enlace.
error-calendar-range_backwards = La última fecha es anterior a la primera.
error-remote-auth = El servidor rechazó el usuario o la contraseña.
error-remote-network = No se pudo llegar al servidor. Revise la dirección y la conexión a internet.
error-remote-not_found = No hay un calendario ni una carpeta en esa dirección, y no se pudo crear. Créelo primero en el servidor.
error-publish-invalid_url = Escriba la dirección de la colección, empezando por https://
error-feed-name_empty = Ponga un nombre a la suscripción.
error-feed-duplicate = Ya existe una suscripción con este nombre.
error-import-html = Esa dirección devolvió una página web, no una lista de reuniones. Puede llevar a un inicio de sesión o a “acceso denegado”: ábrala en un navegador, descargue la lista e importe el archivo.
error-database-wrong_passphrase = Esa frase no abre la base de datos; no se cambió nada. Revise las mayúsculas e inténtelo de nuevo.
error-database-passphrase_empty = Escriba una frase: unas cuantas palabras son fáciles de recordar.
error-serve-port_taken = Otro programa usa el puerto en el que se sirven los calendarios, así que los calendarios suscritos no los alcanzan. Cierre el otro programa (otro Homegroup, o homegroup serve) y vuelva a abrir esta pantalla.
error-schedule-too_frequent = Una reunión se repite como mucho una vez al día; esta regla se repite más a menudo.
error-schedule-invalid_count = El número de fechas debe ser 1 o más.
error-schedule-count_too_large = Una reunión puede terminar tras 5.000 fechas como mucho; indique una fecha final.
error-schedule-year_out_of_range = Ese año no es posible para una reunión: use un año entre 1900 y 2199.
error-publish-insecure_url = Esa dirección usa http:// sin cifrar, y la contraseña viajaría a la vista. Use su dirección https:// (http:// solo sirve para un servidor en esta computadora).
error-import-json_cut_short = La lista termina a medias: se cortó. Descárguela de nuevo.
error-import-json_too_deep = El archivo anida listas dentro de listas demasiado para ser una lista de reuniones.
error-import-json_bad_number = El archivo tiene un número demasiado grande para significar algo; no es una lista de reuniones que Homegroup pueda leer.
error-import-json_bad_text = El archivo tiene texto roto (un carácter escapado que no es un carácter).
error-import-not_utf8_export = El archivo no es texto UTF-8, como exige su formato. Expórtelo de nuevo desde donde vino, o pídaselo a quien lo mantiene.
error-input-invalid_value = Homegroup no puede usar este valor aquí; revíselo e inténtelo de nuevo.
error-input-malformed = No se pudo leer algo del formulario; revise los valores e inténtelo de nuevo.
error-member-duplicate_nickname = Ya hay alguien en este grupo con ese apodo; agregue una inicial para distinguirlos.
error-io = No se pudo usar un archivo: compruebe que existe y que Homegroup puede leerlo y escribirlo.
error-document-not_saved_here = Solo se puede abrir desde aquí un documento guardado desde esta ventana.
error-document-cannot_open = Ningún programa de este equipo abrió el archivo; ábralo desde su carpeta.
error-backup-damaged = Esa copia de seguridad está dañada y no se usó; elija otra.
error-backup-interrupted = La copia de seguridad se detuvo de forma inesperada; no se cambió nada. Inténtelo de nuevo.
error-backup-missing = Ese archivo de copia ya no está; elija otro.
error-backup-not_a_database = Ese archivo no es una copia de Homegroup, o se hizo con otra frase.
error-backup-not_homegroup = Ese archivo es una base de datos, pero no de Homegroup; no se usó.
error-calendar-range_too_long = Muestre como mucho 400 días a la vez.
error-chips-already_awarded = Ese llavero ya se entregó para esta fecha limpia.
error-chips-default_scheme = Estos son los llaveros comunes de la confraternidad; personalícelos para su grupo y después edítelos.
error-chips-invalid_amount = Indique cuántos días, meses o años marca el hito.
error-chips-invalid_item = Un hito es un llavero, un medallón o una ficha.
error-chips-invalid_nth = Ese hito se entrega una sola vez.
error-chips-invalid_stock = Las existencias son números enteros desde 0.
error-chips-label_empty = Dé un nombre al hito, por ejemplo «30 días».
error-chips-milestone_awarded = Este hito ya se ha entregado; se queda para que el historial tenga sentido.
error-closure-corrupt = No se puede leer una fecha de cierre guardada; quite el cierre y añádalo de nuevo.
error-database-busy = Otro programa mantuvo ocupada la base de datos mucho rato; inténtelo de nuevo cuando termine.
error-database-error = La base de datos no pudo hacerlo; no se cambió nada. Si se repite, haga una copia y restáurela.
error-database-in_use = Otro programa tiene abierta la base de datos (otro Homegroup, o homegroup serve); ciérrelo e inténtelo de nuevo. No se cambió nada.
error-database-migration = No se pudo actualizar la base de datos; se dejó como estaba. Restaure una copia o pida ayuda.
error-database-no_data_dir = No se conoce una carpeta de datos para este usuario; indique un archivo en HOMEGROUP_DB.
error-database-not_a_database = Ese archivo no es una base de datos de Homegroup, o está cifrado y necesita su frase.
error-database-passphrase_required = La base de datos está cifrada: escriba su frase para abrirla.
error-database-passphrase_short = Una frase tiene al menos 8 caracteres; unas cuantas palabras son fáciles de recordar.
error-database-plaintext_backups = Algunas copias anteriores no están cifradas: elija cifrarlas con la nueva frase o borrarlas.
error-database-too_new = Esta base de datos la escribió un Homegroup más nuevo; no se abrió ni se cambió. Instale la versión nueva para usarla.
error-exception-invalid_occurrence = Esa no es una de las fechas de la reunión.
error-feed-unknown = No hay ningún calendario con ese nombre.
error-group-contact_too_long = Un contacto tiene como máximo 200 caracteres: un teléfono o un correo.
error-group-name_too_long = El nombre de un grupo tiene como mucho 120 caracteres.
error-house-duplicate = Ya hay una casa con ese nombre.
error-house-invalid_count = Una regla pide entre 1 y 1.000 reuniones.
error-house-invalid_days = Indique en cuántos días cuenta la regla, por ejemplo 90.
error-house-name_empty = Dé un nombre a la casa.
error-import-bad_csv = No se puede leer la primera línea del CSV; guárdelo de nuevo como «CSV UTF-8» desde la hoja de cálculo.
error-import-bad_ics = El archivo de calendario está roto; descárguelo o expórtelo de nuevo.
error-import-bad_json = El archivo no es JSON válido; quizá se editó a mano, o no es una lista de reuniones.
error-import-csv_columns = La primera línea de un CSV de reuniones nombra sus columnas: al menos Nombre, Día y Hora.
error-import-empty = La lista está vacía.
error-import-interrupted = La importación se detuvo de forma inesperada; no se cambió nada. Inténtelo de nuevo.
error-import-invalid_url = Eso no es una dirección web ni un archivo de este equipo.
error-import-no_meetings = La lista se lee, pero no contiene reuniones.
error-import-not_utf8 = El archivo no es texto UTF-8; en la hoja de cálculo, guárdelo como «CSV UTF-8».
error-import-too_big = Esa dirección envía mucho más que cualquier lista de reuniones; compruebe la dirección.
error-import-too_large = El archivo es mucho mayor que cualquier lista de reuniones; compruebe que es el correcto.
error-import-too_many = La lista tiene muchas más reuniones que cualquier región (más de 100.000); compruebe que es el archivo correcto.
error-import-unknown_format = Esto no es una lista de reuniones que Homegroup pueda leer (Meeting Guide JSON, BMLT, iCalendar o CSV).
error-import-wrong_shape = Una lista de Meeting Guide es una lista de reuniones; este archivo contiene otra cosa.
error-keys-malformed = Una línea de este archivo de verificación está dañada; pida el archivo al grupo de nuevo.
error-keys-none = Este no es un archivo de verificación de Homegroup.
error-meeting-invalid_fellowship = Elija una confraternidad de la lista.
error-meeting-invalid_mode = Elija cómo se asiste: en persona, en línea, híbrida o por teléfono.
error-meeting-unknown_group = Ese grupo ya no existe; elija otro.
error-member-clean_date_future = La fecha limpia está en el futuro.
error-member-nickname_empty = Escriba un apodo: basta un nombre de pila o una inicial.
error-member-nickname_identifying = Un apodo no puede ser un correo ni un número de teléfono.
error-member-nickname_too_long = Un apodo tiene como mucho 40 caracteres.
error-member-relapse_before_clean_date = La nueva fecha limpia debe ser posterior a la actual.
error-night-future = Esa reunión todavía no ha ocurrido.
error-night-invalid_count = Un recuento está entre 0 y 10.000.
error-night-not_an_occurrence = La reunión no se celebra a esa hora.
error-not_found = Eso se borró mientras tanto; vuelva a cargar la pantalla.
error-outside-future = Esa fecha todavía no ha llegado.
error-outside-name_required = Escriba el nombre de la reunión a la que asistió.
error-outside-slip_other_date = El justificante no incluye ninguna reunión en esa fecha.
error-outside-slip_other_member = Este justificante es de otra persona.
error-print-page_count = Esa cantidad de páginas no se puede imprimir con este diseño: un folleto lleva un múltiplo de 4 páginas, una hoja plegada 2 caras.
error-print-too_long = La lista no cabe en tantas páginas ni con la letra más pequeña que aún se lee: permita más páginas o imprima las reuniones de un solo calendario.
error-qr-too_long = Esta dirección es demasiado larga para un código QR.
error-resource-invalid_phone = Eso no es un número de teléfono: use dígitos (al menos tres), espacios, + - ( ) . y las letras de un número con palabra como 1-800-GET-HELP.
error-resource-invalid_url = Esa no es una dirección web: escriba la dirección completa, empezando por https://
error-resource-name_empty = Dé al recurso el nombre por el que la gente lo conoce.
error-resource-no_contact = Indique un número de teléfono o una dirección web, o los dos.
error-resource-too_long = Es más largo de lo que cabe en una lista impresa (120 caracteres como máximo).
error-remote-refused = El servidor rechazó la petición; compruebe la dirección y su acceso.
error-flyer-local_only = Este calendario solo se sirve en esta computadora, así que un teléfono no puede llegar a la dirección del volante. Publíquelo antes en una carpeta web o un servidor de calendarios (Calendarios → Publicar), o compártalo en esta red wifi.
error-publish-changed_on_server = Alguien cambió el archivo en el servidor después de que Homegroup lo escribiera, así que no se sobrescribió. Revíselo allí, bórrelo de la carpeta y vuelva a publicar.
error-publish-invalid_public_url = Escriba la dirección pública que usarán los miembros, empezando por https://
error-publish-public_differs = La dirección pública sirve algo distinto de lo que se subió. Compruebe que sea la dirección web de la carpeta o el calendario donde publica Homegroup.
error-publish-public_is_html = La dirección pública muestra una página web (un inicio de sesión o una vista de carpeta) en lugar del archivo del calendario. Use la dirección que sirve los archivos.
error-publish-public_needs_login = La dirección pública pide iniciar sesión, así que las aplicaciones de calendario de los miembros no pueden leerla. Haga pública la carpeta o el calendario en el servidor.
error-publish-public_not_found = No hay nada en la dirección pública. Compruebe que sea la dirección web de la carpeta donde sube Homegroup.
error-publish-public_refused = La dirección pública rechazó a un visitante anónimo. Revise cómo se comparte en el servidor.
error-publish-public_unreachable = No se pudo llegar a la dirección pública. Compruébela, y que el servidor esté en internet.
error-remote-forbidden = El servidor no deja escribir ahí con este usuario. Revise cómo se comparte la carpeta o el calendario en el servidor.
error-remote-server_error = El servidor tuvo un problema propio y no pudo responder. Homegroup lo intentará de nuevo en un rato; no se perdió nada.
error-remote-full = El servidor no tiene espacio libre para esta cuenta.
error-remote-login_page = Esa dirección es una página web (probablemente de inicio de sesión), no una carpeta WebDAV. Use la dirección WebDAV del servidor.
error-remote-redirected = El servidor envió a Homegroup a otra página, normalmente de inicio de sesión. Use la dirección WebDAV o CalDAV del servidor.
error-remote-timeout = El servidor no respondió a tiempo. Homegroup volverá a intentarlo más tarde.
error-report-invalid_range = La fecha final es anterior a la inicial.
error-resident-duplicate = Esta persona ya vive en la casa.
error-resident-move_in_future = La fecha de entrada está a más de dos meses.
error-resident-move_in_required = Indique la fecha de entrada.
error-resident-move_out_before_in = La fecha de salida es anterior a la de entrada.
error-roster-name_too_long = Un nombre del turno tiene como mucho 80 caracteres.
error-schedule-date_after_end = Una de las fechas es posterior a la última fecha.
error-schedule-invalid_rule = La regla de repetición no es válida; elija una repetición de la lista.
error-serve-bind = Los calendarios no se pueden servir en la dirección de red de este equipo.
error-slip-bad_key = La clave guardada del grupo está dañada; revóquela para crear una nueva.
error-slip-invalid_range = La fecha final es anterior a la inicial.
error-slip-malformed = Esto no es ni un código de justificante (12 letras y cifras) ni el texto de su código QR.
error-slip-no_attendance = No hay registro de esta persona en las reuniones del grupo en esas fechas.
error-slip-no_checkin = El justificante nombra una reunión en la que esta persona no registró su llegada.
error-slip-no_key = El grupo todavía no tiene clave; se crea con su primer justificante.
error-slip-not_offered = Este grupo no ofrece verificación de asistencia.
error-slip-revoked = El grupo revocó la clave que firmó este justificante; pida uno nuevo al grupo.
error-slip-tampered = El justificante se modificó después de firmarse: su firma no coincide.
error-slip-unknown_code = Aquí no se emitió ningún justificante con este código; escanee su código QR para comprobarlo con la clave pública del grupo.
error-slip-unknown_key = El justificante lo firma una clave que este equipo no conoce; importe antes la clave pública del grupo.
error-source-invalid_refresh = Actualice entre cada 15 minutos y una vez al mes.
error-source-invalid_time = Esa no es una hora que Homegroup pueda leer.
error-venue-address_required = Escriba la dirección del lugar.
error-venue-invalid_latitude = Una latitud está entre -90 y 90.
error-venue-invalid_longitude = Una longitud está entre -180 y 180.
error-venue-partial_coordinates = Indique latitud y longitud, o ninguna.

week-1 = 1.ª
week-2 = 2.ª
week-3 = 3.ª
week-4 = 4.ª
week-last = Última

dayname-MO = lunes
dayname-TU = martes
dayname-WE = miércoles
dayname-TH = jueves
dayname-FR = viernes
dayname-SA = sábado
dayname-SU = domingo

status-scheduled = Programada
status-cancelled = Cancelada
status-moved = Cambiada
status-closed = Cerrada
status-noted = Nota

dates-title = Fechas de «{ $name }»
dates-close = Cerrar
dates-cancel = Cancelar fecha
dates-move = Cambiar
dates-note = Añadir nota
dates-undo = Deshacer cambio
dates-none = No hay fechas en los próximos seis meses.
dates-new_url = Enlace para esta fecha
dates-reason = Motivo
dates-note_text = Nota
dates-form-cancelled = Cancelar { $date }
dates-form-moved = Cambiar { $date }
dates-form-noted = Nota para { $date }
dates-apply-cancelled = Cancelar esta fecha
dates-apply-moved = Cambiar esta fecha
dates-apply-noted = Guardar nota
dates-saved-cancelled = { $date } queda cancelada.
dates-saved-moved = { $date } queda cambiada.
dates-saved-noted = Nota guardada para { $date }.
dates-restored = { $date } vuelve a la normalidad.

closures-title = Cierres temporales
closures-hint = Cada fecha del periodo aparece como cerrada y no se publica como celebrada.
closures-from = Desde
closures-to = Hasta
closures-add = Cerrar en estas fechas
closures-remove = Reabrir

cal-title = Calendario
cal-zone = Horas mostradas en
cal-filters = Filtrar reuniones
cal-search = Buscar
cal-search_hint = nombre, lugar, notas
cal-any = Cualquiera
cal-day = Día
cal-format = Formato
cal-today = Hoy
cal-month = Mes
cal-week = Semana
cal-agenda = Agenda
cal-count =
    { $n ->
        [one] { $n } fecha mostrada
       *[other] { $n } fechas mostradas
    }
cal-side = Detalles y avisos
cal-local_time = { $time } donde se celebra ({ $zone })
cal-was = era { $time }
cal-facilitator = Coordina: { $person }
cal-no_facilitator = Nadie asignado para coordinar.
cal-conflicts = Choques
cal-no_conflicts = No hay choques en estas fechas.
cal-conflict-same_room = «{ $a }» y «{ $b }» coinciden en la misma sala el { $date }.
cal-conflict-same_facilitator = «{ $a }» y «{ $b }» coinciden con la misma persona coordinando el { $date }.
cal-unstaffed = Reuniones SMART sin coordinador/a
cal-all_staffed = Todas las próximas reuniones SMART mostradas tienen coordinador/a.
cal-assign = Asignar
cal-assign_hint = Coordinador/a
cal-assign_label = Coordinador/a de { $name } el { $date }
cal-assigned = { $person } coordinará { $name } el { $date }.
cal-today_is = Hoy: { $date }
cal-prev_month = Mes anterior
cal-next_month = Mes siguiente
cal-prev_week = Semana anterior
cal-next_week = Semana siguiente
cal-view = Vista
cal-more =
    { $n ->
        [one] { $n } más
       *[other] { $n } más
    }
cal-nothing = No hay reuniones estos días.
cal-narrow = Se muestran las primeras { $n }; use los filtros para ver el resto.
cal-more_conflicts =
    { $n ->
        [one] y { $n } choque más; use los filtros para verlo
       *[other] y { $n } choques más; use los filtros para verlos
    }

ord-last = último
ord-last_day = último día
ord-1 = 1.er
ord-2 = 2.º
ord-3 = 3.er
ord-4 = 4.º
ord-5 = 5.º
ord-day = { $n }

dayname_pl-MO = lunes
dayname_pl-TU = martes
dayname_pl-WE = miércoles
dayname_pl-TH = jueves
dayname_pl-FR = viernes
dayname_pl-SA = sábados
dayname_pl-SU = domingos

rule-once = una vez, el { $date }
rule-daily = todos los días
rule-daily_except = todos los días excepto los { $day }
rule-weekly = todos los { $days }
rule-biweekly = cada dos semanas, los { $days }
rule-weekly_n = cada { $n } semanas, los { $days }
rule-monthly_weekday = el { $weeks } { $day } de cada mes
rule-monthly_weekday_n = el { $weeks } { $day } cada { $n } meses
rule-monthly_date = el día { $dates } de cada mes
rule-monthly_date_n = el día { $dates } cada { $n } meses
rule-dates = los días { $dates }
rule-custom = según la regla { $rule }
rule-until = hasta el { $date }

feeds-lead = Los miembros se suscriben una vez y su calendario sigue cada cambio. Las suscripciones solo contienen reuniones: nunca miembros, asistencia ni llaveros.
feeds-server = Servidor de calendarios
feeds-serving_local = Los calendarios se sirven en { $base }, solo en esta computadora.
feeds-serving_lan = Los calendarios se sirven en { $base } a teléfonos y computadoras de esta red.
feeds-not_serving = El servidor de calendarios no está funcionando; reinicie Homegroup para intentarlo de nuevo.
feeds-share_lan = Compartir con teléfonos de esta red
feeds-share_hint = Los teléfonos deben estar en la misma wifi mientras esta computadora está encendida. Para llegar a todos, publique en un servidor de calendarios abajo.
feeds-qr_alt = Código QR para suscribirse a { $name }
feeds-count =
    { $n ->
        [one] { $n } reunión
       *[other] { $n } reuniones
    }
feeds-webcal = Enlace de suscripción (webcal)
feeds-http = Dirección del calendario (https/http)
feeds-json = JSON de Meeting Guide
feeds-copy = Copiar
feeds-copied = Se copió: { $what }.
feeds-flyer = Imprimir cartel (PDF)
feeds-flyer_saved = Cartel guardado en { $path }
feeds-delete = Eliminar suscripción
feeds-delete_confirm = ¿Eliminar «{ $name }»? Los calendarios suscritos dejarán de actualizarse.
feeds-new = Nueva suscripción
feeds-name = Nombre
feeds-name_hint = p. ej. Reuniones en línea
feeds-holds = Contiene
feeds-kind-online = Reuniones en línea, por teléfono e híbridas
feeds-kind-language = Reuniones en un idioma
feeds-kind-format = Reuniones con un formato
feeds-kind-group = Las reuniones de un grupo
feeds-kind-program = Todo el programa
feeds-add = Añadir
feeds-created = Se añadió «{ $name }».
feeds-publish = Publicar donde los miembros siempre lleguen
feeds-publish_hint = Una carpeta web (WebDAV: Nextcloud, ownCloud, Apache, muchos alojamientos web) o un servidor de calendarios (CalDAV: Nextcloud, Radicale…) mantiene al día los calendarios de los miembros aunque esta computadora esté apagada. Mientras Homegroup está abierto, vuelve a publicar solo después de cada cambio.
feeds-which = Suscripción
feeds-collection = Dirección de subida
feeds-user = Usuario
feeds-password = Contraseña
feeds-publish_add = Guardar y publicar
feeds-publish_now = Publicar ahora
feeds-remove_confirm = ¿Dejar de publicar en { $url }? No se borra nada allí; quienes estén suscritos dejarán de recibir los cambios.
feeds-publish_save = Guardar y publicar
feeds-remove = Quitar
feeds-last_run = publicado por última vez { $at }
feeds-program_name = Todas nuestras reuniones
feeds-public_webcal = Enlace de suscripción, siempre disponible
feeds-public_http = Dirección del calendario, siempre disponible
feeds-local_only = Servido por esta computadora, solo para esta computadora
feeds-local_wifi = Servido por esta computadora, en esta red wifi mientras esté encendida
feeds-qr_public = Funciona en cualquier lugar y momento
feeds-qr_local = Solo funciona en esta computadora: publique el calendario para los teléfonos
feeds-qr_wifi = Funciona en esta red wifi mientras esta computadora esté encendida
feeds-kind_label = Tipo
feeds-kind_webdav = Carpeta web (WebDAV)
feeds-kind_caldav = Servidor de calendarios (CalDAV)
feeds-public_url = Dirección pública que usan los miembros
feeds-public_url_hint_webdav = La dirección web que sirve esta carpeta a todos, p. ej. https://example.org/reuniones/
feeds-public_url_hint_caldav = El enlace público del calendario, si el servidor lo ofrece
feeds-published_ago = Publicado { $ago }
feeds-never_published = Aún no publicado
feeds-public_ok = Los miembros se suscriben en { $url }
feeds-public_problem = La subida funcionó, pero la dirección pública no: { $why }
feeds-failed = El último intento falló: { $why } Homegroup lo volverá a intentar solo.
feeds-no_public = No se indicó una dirección pública: los miembros aún no pueden suscribirse desde aquí.
feeds-published = Publicado en { $url }: { $created } nuevas, { $updated } actualizadas, { $unchanged } sin cambios, { $deleted } eliminadas.
feeds-kind-meeting = Una reunión
printlist-open = Imprimir lista de reuniones…
printlist-title = Imprimir la lista de reuniones: { $name }
printlist-lead = Doblada en el bolsillo, pegada en una puerta, dejada en un hospital: elija cómo va en el papel. Las imágenes muestran la primera hoja, por las dos caras, tal como se imprimirá.
printlist-layout = Diseño
printlist-layout-full = Páginas completas, dos columnas
printlist-layout-trifold = Tríptico (una hoja doblada en tres)
printlist-layout-quadfold = Cuadríptico (una hoja, cuatro paneles por cara)
printlist-layout-booklet = Folleto (doblado por la mitad)
printlist-group_by = Agrupada
printlist-by_day = Por día y hora
printlist-by_city = Por ciudad
printlist-first_day = La semana empieza el
printlist-cities = Primero estas ciudades, en este orden
printlist-cities_hint = Separadas por comas; las demás siguen por orden alfabético.
printlist-paper = Papel
printlist-paper_usual = El habitual para este diseño
printlist-paper-letter = Carta
printlist-paper-a4 = A4
printlist-paper-legal = Oficio (Legal)
printlist-pages = Exactamente estas páginas
printlist-pages_hint = Déjelo vacío para las que hagan falta; la letra se achica un poco para que quepa.
printlist-pages_number = Escriba el número de páginas en cifras, o déjelo vacío.
printlist-link_qr = Reuniones en línea con un código QR de su enlace
printlist-save = Guardar PDF…
printlist-close = Cerrar
printlist-preview_alt = La primera cara de la lista de reuniones, tal como se imprimirá
printlist-preview_back = La otra cara de la misma hoja
printlist-summary = { $meetings ->
    [one] Una reunión
   *[other] { $meetings } reuniones
} en { $pages ->
    [one] una página
   *[other] { $pages } páginas
}.
printlist-shrunk = { " " }La letra está al { $percent } % para que quepa.
printlist-drawing = Dibujando la vista previa…
printlist-saved = Lista de reuniones guardada en { $path }.
resources-title = Recursos locales
resources-lead = Líneas de ayuda, de crisis y buscadores de tratamiento para el recién llegado que necesita más que una reunión esta noche. Se imprimen en cada lista y volante y van en la descripción de los calendarios.
resources-none = Aún no hay recursos locales. Un programa nuevo empieza sin ninguno: agregue los que su área recomienda.
resources-name = Nombre
resources-name_hint = Línea de crisis
resources-phone = Teléfono
resources-url = Dirección web
resources-hours = Horario
resources-add = Agregar recurso
resources-save = Guardar recurso
resources-added = Se agregó { $name }.
resources-saved = Se guardó { $name }.
resources-removed = Se quitó { $name }.
resources-remove = Quitar
resources-remove_confirm = ¿Quitar { $name } de cada lista impresa, volante y calendario?
resources-up = Subir { $name }
resources-down = Bajar { $name }

secrets-command_label = O un comando que imprima la contraseña
secrets-command_hint = Se ejecuta cada vez que hace falta la contraseña, sin shell; solo se guarda el comando, nunca lo que imprime.

import-open = Importar una lista de reuniones…
import-title = Importar una lista de reuniones
import-intro = Desde un feed de Meeting Guide, un servidor BMLT, un archivo de calendario (.ics) o una hoja de cálculo (CSV). Verá lo que cambiaría antes de guardar nada; importar la misma lista de nuevo actualiza las mismas reuniones.
import-location = Dirección web o ruta del archivo
import-or_file = …o elija un archivo
import-format = Formato
import-format-auto = Reconocerlo automáticamente
import-fellowship = Confraternidad de estas reuniones
import-service_bodies = Cuerpos de servicio (ids de BMLT)
import-service_bodies_help = Números separados por comas; vacío para todas las reuniones del servidor.
import-bad_service_body = Los cuerpos de servicio son números, como 3, 17.
import-need_source = Indique una dirección web o una ruta, o elija un archivo.
import-progress = { $done } de { $total } reuniones
import-reading = Leyendo la lista…
import-applying = Importando…
import-preview_title = Lo que cambiaría esta importación ({ $format })
import-created = nuevas
import-updated = cambiadas
import-unchanged = sin cambios
import-removed = eliminadas
import-new_meetings =
    { $n ->
        [one] { $n } reunión nueva
       *[other] { $n } reuniones nuevas
    }
import-changed_meetings =
    { $n ->
        [one] { $n } reunión cambiada
       *[other] { $n } reuniones cambiadas
    }
import-removed_meetings =
    { $n ->
        [one] { $n } reunión que ya no está en la lista se eliminará
       *[other] { $n } reuniones que ya no están en la lista se eliminarán
    }
import-kept =
    { $n ->
        [one] Usted editó { $n } de estas reuniones aquí; se conserva su versión:
       *[other] Usted editó { $n } de estas reuniones aquí; se conservan sus versiones:
    }
import-overwrite = Reemplazar mis cambios con la versión de la lista
import-skipped =
    { $n ->
        [one] { $n } entrada no se pudo usar
       *[other] { $n } entradas no se pudieron usar
    }
import-preview = Vista previa
import-apply = Importar
import-nothing = Nada que cambiar
import-done = Importado: { $created } nuevas, { $updated } cambiadas, { $unchanged } sin cambios, { $removed } eliminadas.
import-warning = { $record }: { $problem }
import-record-name = "{ $name }"
import-record-line = línea { $n }
import-record-number = registro { $n }
import-record-event = evento { $uid }
import-record-unnamed = una reunión sin nombre
import-problem-not_a_meeting = no es una reunión
import-problem-no_name = sin nombre
import-problem-no_id = sin el identificador que la lista le da (un slug de Meeting Guide, un id de BMLT)
import-problem-duplicate_id = el id { $value } aparece dos veces; se ignoró el segundo
import-problem-unpublished = no está publicada en el servidor
import-problem-no_day = sin día
import-problem-by_appointment = sin día (una reunión con cita previa)
import-problem-bad_day = «{ $value }» no es un día de la semana
import-problem-bad_time = «{ $value }» no es una hora como 19:00 o 7:00 PM
import-problem-unknown_zone = la zona horaria «{ $value }» no es conocida ni está definida en el archivo
import-problem-all_day = un evento de todo el día, no una reunión con hora de inicio
import-problem-bad_length = dura { $value } minutos; una reunión dura entre 1 minuto y 24 horas
import-problem-bad_rule = no se puede seguir su regla de repetición ({ $value })
import-problem-invalid = las comprobaciones de Homegroup la rechazaron
import-problem-refused = { $reason } ({ $value })
import-problem-unknown_formats = los formatos { $value } no tienen equivalente aquí y se dejaron fuera
import-problem-extra_dates = se dejaron fuera { $value } fechas extra junto a la regla de repetición
import-problem-extra_dates_time = las fechas extra a otra hora del día se leyeron a la hora habitual
import-problem-orphan_changes = se dejaron fuera los cambios al evento { $value }: el archivo no tiene el evento que cambian
import-problem-change_unreadable = no se pudo leer la fecha cambiada { $value }
import-problem-change_not_a_date = se dejó fuera un cambio al { $value }: la reunión no se hace ese día
import-problem-recorded = { $value }
import-reason-not_a_meeting = No es una reunión
import-reason-no_name = Sin nombre
import-reason-no_id = Sin el identificador que la lista le da
import-reason-duplicate_id = El mismo id dos veces
import-reason-unpublished = No publicada en el servidor
import-reason-no_day = Sin día de la semana
import-reason-by_appointment = Con cita previa, sin día
import-reason-bad_day = Un día que no es un día de la semana
import-reason-bad_time = Una hora que no se pudo leer
import-reason-unknown_zone = Una zona horaria desconocida
import-reason-all_day = Un evento de todo el día
import-reason-bad_length = Menos de un minuto o más de un día
import-reason-bad_rule = Una regla de repetición que no se puede seguir
import-reason-invalid = Rechazada por las comprobaciones de Homegroup
import-reason-unknown_formats = Códigos de formato sin equivalente aquí, dejados fuera
import-reason-extra_dates = Fechas extra junto a una regla de repetición, dejadas fuera
import-reason-extra_dates_time = Fechas extra a otra hora, leídas a la hora habitual
import-reason-orphan_changes = Cambios a un evento que el archivo no tiene
import-reason-change_unreadable = Una fecha cambiada que no se pudo leer
import-reason-change_not_a_date = Un cambio en un día en que la reunión no se hace
import-reason-recorded = Anotado por una versión anterior
import-summary-partly = { $n ->
    [one] Una entró con algo dejado fuera
   *[other] { $n } entraron con algo dejado fuera
}
import-summary-skipped = { $n ->
    [one] Se omitió una entrada
   *[other] Se omitieron { $n } entradas
}
import-summary-will_come = { $n ->
    [one] Entrará una reunión
   *[other] Entrarán { $n } reuniones
}
import-summary-will_partly = { $n ->
    [one] Una entrará con algo dejado fuera
   *[other] { $n } entrarán con algo dejado fuera
}
import-summary-will_skip = { $n ->
    [one] Se omitirá una entrada
   *[other] Se omitirán { $n } entradas
}
import-more = { $n ->
    [one] …y una más.
   *[other] …y { $n } más.
}
import-choose_file = Elegir un archivo…

sources-title = Listas importadas
sources-never_run = Aún no importada
sources-failed = { $when }: falló ({ $why }); no se cambió nada
sources-ran = Última: { $when }: { $created } nuevas, { $updated } cambiadas, { $removed } eliminadas
sources-run_counts = { $created } nuevas, { $updated } cambiadas, { $unchanged } sin cambios, { $removed } eliminadas
sources-refresh_label = Con qué frecuencia actualizar { $source }
sources-every-never = Actualizar a mano
sources-every-hour = Cada hora
sources-every-six_hours = Cada 6 horas
sources-every-day = Cada día
sources-every-week = Cada semana
sources-refresh = Actualizar ahora
sources-refreshing = Actualizando…
sources-history = Historial
sources-forget = Olvidar
sources-forget_confirm = ¿Olvidar { $source }? Sus reuniones se quedan como suyas y ya no se actualizan desde ella.

common-save = Guardar

night-title = Noche de reunión
night-meeting = Reunión
night-date = Fecha
night-no_meetings = Aún no hay reuniones. Agregue una en Reuniones y registre la asistencia aquí.
night-checkin = Registro de llegada
night-type_name = Escriba un apodo…
night-hint = Intro registra el nombre resaltado (↑ ↓ para elegir). Un nombre nuevo se agrega como recién llegado.
night-add_newcomer = Agregar a “{ $name }” como recién llegado
night-already_in = { $name } ya registró su llegada esta noche
night-checked_in = { $name } está registrado.
night-newcomer_added = ¡Bienvenido, { $name }! Agregado y registrado.
night-here = Registrados esta noche
night-first_time = primera vez
night-days =
    { $n ->
        [one] { $n } día
       *[other] { $n } días
    }
night-undo_named = Deshacer el registro de { $name }
night-counts = Conteos
night-attendance = En la sala
night-newcomers = Recién llegados
night-less = Uno menos: { $what }
night-more = Uno más: { $what }
night-held = La reunión se realizó
night-due = Llaveros y fichas para esta noche
night-none_due = Nada pendiente para los registrados.
night-in_box = { $n } en la caja
night-award_named = Entregar a { $name }: { $chip }
night-award = Entregar
night-awarded = { $chip } entregado a { $name }.
night-awarded_tonight = Entregados esta noche
night-undo_award = Deshacer la entrega de { $chip } a { $name }
night-trends = Las últimas 12 semanas
night-export_csv = Guardar el informe de 90 días (CSV)
night-csv_saved = Informe guardado como { $path }
night-nothing_today_next = Hoy no hay ninguna de sus reuniones. La próxima: { $name }, { $when }.
night-nothing_today = Hoy no hay reuniones, ni en los próximos 60 días.
night-nothing_today_pick = Para registrar otra reunión, elíjala arriba o escriba su nombre.
night-choose_meeting = Elija una reunión
night-nothing_today_next_any = Hoy no hay reuniones. La próxima: { $name }, { $when }.
night-other_meeting = Otra reunión
night-find_hint = escriba su nombre

chip-item-keytag = llavero
chip-item-medallion = medallón
chip-item-chip = ficha
chip-item-coin = moneda

trend-attendance_label = Asistencia por semana; recién llegados en la base de cada barra
trend-chips_label = Fichas entregadas por semana
trend-attendance = Asistencia
trend-newcomers = Recién llegados
trend-returning = Miembros que regresan
trend-chips = Fichas entregadas
trend-week = Semana del
trend-meetings = Reuniones
trend-show_numbers = Mostrar las cifras
trend-hide_numbers = Ocultar las cifras

members-title = Miembros y fichas
members-intro = Los miembros se conocen por un apodo y, si quieren, una fecha limpia. No se pide ni se guarda nada más.
members-nickname = Apodo
members-clean_date = Fecha limpia
members-clean_time = Tiempo limpio
members-last_seen = Última vez
members-group = Grupo base
members-no_group = Sin grupo en particular
members-add = Agregar miembro
members-added_to = Se agregó a { $name } a { $group }.
members-added_no_group = Se agregó a { $name }, sin grupo en particular.
members-duplicate_in = Ya hay un miembro con el apodo { $name } en { $group }; agregue una inicial para distinguirlos.
members-duplicate_no_group = Ya hay un miembro con el apodo { $name } sin grupo en particular; agregue una inicial para distinguirlos.
members-saved = Se guardó a { $name }.
members-empty = Aún no hay miembros. Agréguelos aquí o regístrelos en la noche de reunión.
members-count =
    { $n ->
        [one] { $n } miembro
       *[other] { $n } miembros
    }
members-find_hint = cualquier parte de un apodo
members-none_found = Ningún apodo contiene «{ $text }».
members-days =
    { $n ->
        [one] { $n } día
       *[other] { $n } días
    }
members-years =
    { $n ->
        [one] { $n } año
       *[other] { $n } años
    }
members-edit_named = Editar a { $name }
members-relapse = Nueva fecha
members-relapse_named = Registrar una nueva fecha limpia para { $name }
members-new_clean_date = Nueva fecha limpia de { $name }
members-record_relapse = Registrar
members-relapse_help = Se conservan la fecha anterior y las fichas entregadas; corresponde un llavero de “bienvenido de vuelta”.
members-relapse_saved = Nueva fecha registrada.
members-forget = Olvidar
members-forget_named = Olvidar a { $name }
members-forget_confirm = ¿Olvidar a { $name } para siempre? También se borran sus registros y fichas. No se puede deshacer.
members-forgotten = { $name } fue olvidado.
members-stock = Fichas en la caja
members-chip = Tipo
members-on_hand = Disponibles
members-reorder_at = Pedir al llegar a
members-on_hand_of = { $chip } disponibles
members-reorder_at_of = Pedir { $chip } al llegar a
members-last_90 = Entregadas (90 días)
members-reorder = pedir
members-stock_saved = Existencias de { $chip } guardadas.
members-birthdays = Aniversarios de este mes
members-no_birthdays = No hay aniversarios este mes.
members-schemes = Hitos que se entregan
members-customise_for = Hitos propios para el grupo
members-customise = Hacer una copia para editar
members-customised = El grupo ya tiene su propia copia.
members-scheme = Esquema
members-milestone_label = Nombre
members-after = Después de
members-unit = Unidad
members-unit-day = días
members-unit-month = meses
members-unit-year = años
members-unit-welcome = primera visita
members-unit-welcome_back = regreso tras recaída
members-item = Objeto
members-item-keytag = llavero
members-item-chip = ficha
members-item-medallion = medallón
members-colour = Color
members-repeats = también cada unidad siguiente
members-add_milestone = Agregar hito
members-milestone_added = Se agregó { $chip }.
members-milestone_removed = Se quitó { $chip }.
members-remove_milestone = Quitar { $chip }
members-slips = Comprobantes de asistencia
members-slips_none = Ningún grupo aquí ofrece verificación de asistencia. Cada grupo lo decide: márquelo en la configuración del grupo, en Grupos, arriba.
members-slips_intro = Un comprobante indica solo reunión, fecha y apodo, firmada con la clave del grupo. Confirma la presencia, nada más.
members-from = Desde
members-to = Hasta
members-print_slip = Imprimir comprobante
members-slip_saved = Comprobante { $code } guardado como { $path }
members-export_key = Exportar clave de verificación
members-key_saved = Clave pública e instrucciones guardadas como { $path }
members-revoke_key = Revocar clave
members-revoke_confirm = ¿Revocar la clave del grupo? Ningún comprobante firmado con ella será válido; las nuevas usarán otra clave.
members-key_revoked = Clave revocada. Envíe a casas y juzgados el nuevo archivo de verificación.

groups-title = Grupos
groups-none = Aún no hay grupos. Un grupo se crea en el editor de reuniones, con la reunión que lleva; su configuración se guarda aquí.
groups-name = Nombre del grupo
groups-contact = Contacto
groups-contact_hint = un teléfono o correo que el grupo da a conocer
groups-meetings =
    { $n ->
        [one] { $n } reunión
       *[other] { $n } reuniones
    }
groups-verifies = firma comprobantes de asistencia
groups-no_verification = sin comprobantes de asistencia
groups-edit_named = Editar el grupo { $name }
groups-saved = Se guardó el grupo { $name }.

houses-title = Casas de vida sobria
houses-house = Casa
houses-new = Nueva casa
houses-add = Agregar casa
houses-created = Se agregó { $name }.
houses-empty = Aún no hay casas. Una casa de vida sobria sigue aquí las reuniones de sus residentes según sus reglas.
houses-rules = Reglas de la casa
# Una regla de la casa en palabras, a partir de sus partes: «5 por semana, fase 1, reuniones de NA».
houses-rule-per_week = { $count } por semana
houses-rule-in_first_days = { $count } en los primeros { $days } días
houses-rule-phase = fase { $phase }
houses-rule-counts = reuniones de { $fellowships }
houses-no_rules = Aún no hay reglas: agregue una como 5 por semana o 90 en los primeros 90 días.
houses-count = Reuniones
houses-kind = Regla
houses-kind-per_week = por semana
houses-kind-in_first_days = en los primeros días
houses-days = Días
houses-phase = Fase
houses-any_phase = cualquier fase
houses-counts = Reuniones que cuentan
houses-add_rule = Agregar regla
houses-rule_added = Regla agregada.
houses-rule_removed = Regla eliminada.
houses-remove_rule = Quitar la regla { $rule }
houses-this_week = Residentes esta semana
houses-week_pdf = Esta semana (PDF)
houses-month_pdf = Este mes (PDF)
houses-report_saved = Informe guardado como { $path }
houses-resident = Residente (apodo)
houses-move_in = Llegó el
houses-add_resident = Agregar residente
houses-resident_added = { $name } se mudó a la casa.
houses-no_residents = Aún no hay residentes.
houses-state-na = ninguna regla aplica
houses-state-met = cumplido
houses-state-on_track = al día
houses-state-behind = atrasado
houses-state-missed = no cumplido
houses-expected = { $n } esperadas a hoy
houses-breakdown = { $here } en nuestras reuniones · { $slip } verificadas con comprobante · { $self } declaradas
houses-weeks_label = { $name }: reuniones por semana durante ocho semanas frente a la regla
screen-print = Imprimir
houses-week = Semana del { $date }: { $n } { $n ->
    [one] reunión
   *[other] reuniones
  }{ $required ->
    [0] {""}
   *[other] , se piden { $required }
  }
houses-log_outside = Registrar una reunión externa
houses-move_out = Mudanza
houses-move_out_when = Fecha en que { $name } se mudó
houses-moved_out = { $name } dejó la casa.
houses-attended_on = Fecha
houses-meeting_name = Reunión
houses-slip_code = Código del comprobante (si hay)
houses-slip_placeholder = vacío = declarada
houses-log = Registrar
houses-logged_verified = Registrada y verificada con el comprobante.
houses-logged_self = Registrada como declarada.
houses-verify = Verificar un comprobante
houses-verify_help = El código del comprobante o el texto de su código QR
houses-verify_button = Verificar
houses-valid = Válida: { $name } asistió, firmado por { $group }
houses-slip_meta = Comprobante { $code }, emitido el { $date }
houses-refused = No válida
houses-trust = Confiar en la clave de un grupo
houses-trust_help = Pegue el archivo de verificación que le dio el grupo
houses-trust_button = Confiar en estas claves
houses-keys_trusted =
    { $n ->
        [one] { $n } clave de confianza.
       *[other] { $n } claves de confianza.
    }

unlock-title = Escriba la frase de contraseña
unlock-body = Esta base de datos está cifrada. Homegroup necesita su frase de contraseña para abrirla; no se lee ni cambia nada hasta entonces.
unlock-passphrase = Frase de contraseña
unlock-open = Abrir

documents-open = Abrirlo

share-lead = Mantenga un solo programa con los demás servidores de confianza de su área a través de un servidor de calendarios que ya tengan (Nextcloud, Radicale, cualquier calendario CalDAV). Cada computadora sigue funcionando sin conexión; los cambios viajan en ambos sentidos al sincronizar, cada pocos minutos y poco después de cada cambio.
share-private = Solo se comparten las reuniones. Los miembros, las asistencias, los conteos, las fichas, las casas, los comprobantes, los códigos marcados como privados y quién coordina nunca salen de esta computadora.
share-linked = Calendarios compartidos
share-only_group = solo { $group }
share-failed = La última sincronización falló: { $why }
share-synced_ago = Sincronizado { $ago }
share-never = Sin sincronizar todavía
share-to_confirm_title =
    { $n ->
        [one] { $n } reunión con el lugar por confirmar
       *[other] { $n } reuniones con el lugar por confirmar
    }
share-to_confirm_help = Alguien las agregó al calendario compartido sin lugar ni enlace. Están en el programa; ábralas en Reuniones y agregue la dirección o el enlace de video.
share-to_confirm_came = Llegaron sin lugar (por confirmar): { $names }.
share-pending =
    { $n ->
        [one] { $n } cambio por enviar
       *[other] { $n } cambios por enviar
    }
share-conflict_count =
    { $n ->
        [one] { $n } conflicto
       *[other] { $n } conflictos
    }
share-sync_now = Sincronizar ahora
share-unlink = Dejar de compartir
share-unlink_confirm = ¿Dejar de compartir a través de { $url }? Las reuniones se quedan aquí y en el servidor.
share-unlinked = Este programa ya no se comparte a través de { $url }.
share-synced = Sincronizado: { $created } nuevas aquí, { $updated } cambiadas aquí, { $deleted } quitadas aquí, { $uploaded } enviadas.
share-kept_edits = Se conservaron porque se cambiaron en un lado y se borraron en el otro: { $names }.
share-conflicts_waiting =
    { $n ->
        [one] { $n } cambio necesita que elija abajo.
       *[other] { $n } cambios necesitan que elija abajo.
    }
share-conflicts_title =
    { $n ->
        [one] { $n } cambio por elegir
       *[other] { $n } cambios por elegir
    }
share-conflicts_help = Lo mismo se cambió aquí y en el calendario compartido, de forma distinta. No se sobrescribió nada: elija qué conservar.
share-mine = Esta computadora
share-theirs = Calendario compartido
share-keep_mine = Conservar el de esta computadora
share-keep_theirs = Conservar el del calendario compartido
share-kept_mine = Se conservó el cambio de esta computadora en { $meeting }; se envía en la próxima sincronización.
share-kept_theirs = Se tomó el cambio del calendario compartido en { $meeting }.
share-was = Antes de ambos cambios: { $value }
share-empty = (nada)
share-yes = sí
share-join_title = Compartir este programa, o unirse a uno compartido
share-add_title = Compartir a través de otro calendario
share-join_help = Escriba la dirección CalDAV de un calendario en el servidor de su área. Si ya tiene un programa (usted asume un puesto de servicio), sus reuniones llegan aquí; si está vacío, este programa va allí.
share-url = Dirección del calendario (CalDAV)
share-user = Usuario
share-password = Contraseña
share-which = Qué compartir
share-whole_program = Todo el programa
share-join = Compartir y sincronizar
share-add = Añadir y sincronizar
share-field-date = cambio del { $date }
share-field-closure = cierre del { $from } al { $to }
share-change-cancelled = cancelada
share-change-moved = movida al { $to }
share-change-noted = se reúne, con una nota
share-field-name = nombre
share-field-fellowship = confraternidad
share-field-group = grupo
share-field-mode = cómo asistir
share-field-status = estado
share-field-start_date = primera fecha
share-field-start_time = hora de inicio
share-field-duration = duración (minutos)
share-field-timezone = zona horaria
share-field-repeats = cómo se repite
share-field-end_date = última fecha
share-field-venue_name = lugar
share-field-venue_address = dirección
share-field-venue_city = ciudad
share-field-venue_region = región
share-field-venue_postal_code = código postal
share-field-venue_country = país
share-field-venue_latitude = latitud
share-field-venue_longitude = longitud
share-field-venue_approximate = ubicación aproximada
share-field-venue_notes = notas del lugar
share-field-room = sala
share-field-url = enlace de video
share-field-platform = plataforma de video
share-field-meeting_id = ID de la reunión
share-field-passcode = código
share-field-passcode_public = el código es público
share-field-dial_in = número de teléfono
share-field-dial_in_notes = notas del teléfono
share-field-secret_params = partes privadas del enlace
share-field-formats = formatos
share-field-language = idioma
share-field-notes = notas
share-field-offers_verification = firma comprobantes de asistencia
