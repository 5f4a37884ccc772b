# Ponte — app-diary (es).
# Review: machine

diary-actions-title = Próximos pasos
diary-tab = { $stage } ({ $count })
diary-tab-all = Todas
diary-since = Desde el { $date }
diary-empty-stage = No hay candidaturas en esta etapa.
diary-more = Mostrar más
diary-previous = Mostrar las más recientes
diary-move-to = Pasar a «{ $stage }»
diary-timeline-entry = { $stage }: { $date }
diary-when = { $date } a las { $time }
diary-interviews = Entrevistas
diary-action-due = Antes del { $date }
diary-mark-done = Marcar como hecho
diary-mark-not-done = Marcar como no hecho
diary-upcoming = Próximamente
diary-empty-actions = Todavía no hay pasos. Añade lo que quieres hacer y para cuándo.
diary-add-document = Añadir: { $document }
diary-field-interview-format = Cómo es la entrevista
diary-field-action-kind = Tipo de paso
diary-field-document-kind = Documento
diary-field-document-status = Cómo voy
diary-choice-none = Sin indicar
diary-one-per-line = Uno por línea
diary-interview-edit = Editar entrevista
diary-action-edit = Editar recordatorio
diary-document-new = Añadir un documento
diary-document-edit = Editar documento
diary-meeting-edit = Editar reunión
diary-open-job = Ver la oferta de empleo
