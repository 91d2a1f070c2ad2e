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

## El volante para la pared.

flyer-scan-page = Escanee para encontrar una reunión, ver cómo llegar o el enlace para entrar, y añadir nuestras reuniones al calendario de su teléfono
# El cartel es una sola hoja: si la semana tiene más de las que caben, la última línea
# dice cuántas más muestra el código QR.
flyer-more = …y { $count } más esta semana: escanee el código para verlas todas.
