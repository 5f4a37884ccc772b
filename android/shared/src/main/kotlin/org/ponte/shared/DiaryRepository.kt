package org.ponte.shared

import java.time.Clock
import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.withContext
import org.ponte.core.Agenda
import org.ponte.core.AgendaOptions
import org.ponte.core.Application
import org.ponte.core.ApplicationDetails
import org.ponte.core.ApplicationPage
import org.ponte.core.OpenOptions
import org.ponte.core.Stage
import org.ponte.ffi.Diary
import org.ponte.ffi.Ponte

/**
 * The diary for the app's view models: the core's blocking calls moved off the main thread,
 * and "now" and the time zone taken from the phone, so screens never compute days themselves.
 */
class DiaryRepository(
    private val diary: Diary,
    private val clock: Clock = Clock.systemDefaultZone(),
    private val io: CoroutineDispatcher = Dispatchers.IO,
) {
    suspend fun addApplication(details: ApplicationDetails, stage: Stage = Stage.SAVED): Application =
        withContext(io) { diary.addApplication(details, stage) }

    suspend fun moveToStage(id: String, stage: Stage, note: String = ""): Application =
        withContext(io) { diary.moveToStage(id, stage, note) }

    /** One page of applications, the most recently active first; `after` is the previous page's `next`. */
    suspend fun applications(stage: Stage? = null, after: String? = null): ApplicationPage =
        withContext(io) { diary.applications(stage = stage, after = after) }

    /** The home screen: overdue, today, this week, follow-ups and expiring documents. */
    suspend fun agenda(followUpAfterDays: UInt = 10u): Agenda = withContext(io) {
        diary.agenda(
            AgendaOptions(
                now = clock.instant(),
                timeZone = clock.zone.id,
                followUpAfterDays = followUpAfterDays,
            )
        )
    }

    companion object {
        /**
         * Opens the person's diary with the key the app keeps in the Keystore; with `create`
         * (the default, for the first start) a new diary is made when there is none.
         */
        fun open(path: String, key: ByteArray, create: Boolean = true): DiaryRepository =
            DiaryRepository(Ponte.open(OpenOptions(path, key, create)).diary())
    }
}
