package org.ponte.shared

import java.io.File
import java.nio.file.Files
import java.time.Instant
import java.time.ZoneId
import java.time.ZonedDateTime
import kotlin.test.assertEquals
import kotlin.test.assertTrue
import org.junit.After
import org.junit.Test
import org.ponte.core.Capabilities
import org.ponte.core.DiaryEvent
import org.ponte.core.DiaryFormField
import org.ponte.core.DiaryScreen
import org.ponte.core.Effect
import org.ponte.core.Event
import org.ponte.core.ExternalKind
import org.ponte.core.NotificationPlan
import org.ponte.core.OpenOptions
import org.ponte.core.Permission
import org.ponte.core.Platform
import org.ponte.core.Route
import org.ponte.core.Screen
import org.ponte.core.Task
import org.ponte.ffi.App

/**
 * The real `App`, its effects routed by [EffectDispatcher] as the Android shell routes them,
 * and its notification plans scheduled by [NotificationScheduler] against the set of keys the
 * platform keeps: the same plan a second time leaves nothing to do.
 */
class SchedulingJourneyTest {
    private val dir = Files.createTempDirectory("ponte-scheduling").toFile()
    private val path = File(dir, "ponte.db").path
    private val trusted = listOf(System.getProperty("ponte.demoPublicKey"))

    @After
    fun cleanUp() {
        dir.deleteRecursively()
    }

    /** The platform's side: the keys scheduled, and what each plan asked of it. */
    private class Shell(private val app: App) : EffectDispatcher {
        val scheduled = LinkedHashSet<String>()
        val changes = mutableListOf<ScheduleChanges>()
        val voices = listOf(java.util.Locale.forLanguageTag("it-IT"), java.util.Locale.forLanguageTag("en-US"))

        override fun loadShippedContent() {
            val dump = File(System.getProperty("ponte.bolognaDump")).readBytes()
            val pack = File(System.getProperty("ponte.miniPack")).readBytes()
            dispatchAll(app.handle(Event.ShippedContent(dump, pack)))
        }

        override fun scheduleNotifications(plan: NotificationPlan) {
            val now = Instant.now()
            val change = NotificationScheduler.changes(plan, scheduled, now)
            changes += change
            scheduled.removeAll(change.cancel)
            scheduled.addAll(change.schedule.map { it.key })
        }

        override fun scheduleBackgroundSync(intervalMinutes: UInt, unmeteredOnly: Boolean) = Unit
        override fun cancelBackgroundSync() = Unit
        override fun requestPermission(permission: Permission) = dispatchAll(app.handle(Event.PermissionResult(permission, true)))
        override fun readAloud(text: String, language: String) {
            assertTrue(Speech.localeFor(language, voices) != null, language)
        }
        override fun playAudio(bytes: ByteArray, mimeType: String) = Unit
        override fun stopReading() = Unit
        override fun scanQrCode() = Unit
        override fun shareFile(fileName: String, mimeType: String, bytes: ByteArray) = Unit
        override fun openExternal(kind: ExternalKind, uri: String) {
            assertTrue(ExternalIntents.intentFor(kind, uri) is ExternalIntentResult.Open, uri)
        }
        override fun getLocation() = Unit
        override fun run(task: Task) = Unit
        override fun forgetDatabaseKey() = Unit
    }

    @Test
    fun aReminderIsScheduledOnceAndTheSamePlanAgainChangesNothing() {
        val capabilities = Capabilities(
            platform = Platform.ANDROID,
            voices = Voices.tags(listOf(java.util.Locale.forLanguageTag("it-IT"), java.util.Locale.forLanguageTag("en-US"))),
            camera = true,
            location = true,
            preferredLanguages = listOf("en-GB"),
            timeZone = "Europe/Rome",
        )
        val key = ByteArray(32) { 3 }
        App.open(OpenOptions(path, key, create = true, trustedKeys = trusted), capabilities).use { app ->
            val shell = Shell(app)
            shell.dispatchAll(app.start())
            // The first run, as a person does it.
            shell.dispatchAll(app.handle(Event.ChooseUiLanguage("en")))
            shell.dispatchAll(app.handle(Event.ChooseContentLanguage(null)))
            shell.dispatchAll(app.handle(Event.ChooseCity("Bologna")))
            shell.dispatchAll(app.handle(Event.AcceptPrivacy))
            shell.dispatchAll(app.handle(Event.SkipPairing))
            assertEquals(Route.Home, app.view().route)

            // An application with a call back due tomorrow at 10:00 in Rome.
            shell.dispatchAll(app.handle(Event.Navigate(Route.EditApplication(null))))
            shell.dispatchAll(app.handle(Event.Diary(DiaryEvent.EditText(DiaryFormField.APPLICATION_POSITION, "Aiuto cuoco"))))
            shell.dispatchAll(app.handle(Event.Diary(DiaryEvent.EditText(DiaryFormField.APPLICATION_EMPLOYER, "Coop Sole"))))
            shell.dispatchAll(app.handle(Event.Diary(DiaryEvent.Save)))
            val application = ((app.view().screen as Screen.Diary).screen as DiaryScreen.Application).application
            val due = ZonedDateTime.now(ZoneId.of("Europe/Rome")).plusDays(1).withHour(10).withMinute(0).withSecond(0).withNano(0).toInstant()
            shell.dispatchAll(app.handle(Event.OpenLink(application.addActionLink)))
            shell.dispatchAll(app.handle(Event.Diary(DiaryEvent.Choose(DiaryFormField.ACTION_KIND, "call_back"))))
            shell.dispatchAll(app.handle(Event.Diary(DiaryEvent.EditTime(DiaryFormField.ACTION_DUE_AT, due))))

            val effects = app.handle(Event.Diary(DiaryEvent.Save))
            val plan = effects.filterIsInstance<Effect.ScheduleNotifications>().single().plan
            val reminder = plan.notifications.single { it.link == "ponte://diary/application/${application.id}" && it.at == due }

            // First time: the reminder is scheduled on its channel, with its delay.
            val before = shell.scheduled.toSet()
            shell.dispatchAll(effects)
            val first = shell.changes.last()
            val scheduledReminder = first.schedule.single { it.id == reminder.id }
            assertEquals(NotificationScheduler.channelFor(reminder.category), scheduledReminder.channel)
            assertTrue(!scheduledReminder.delay.isNegative)
            assertTrue(shell.scheduled.any { NotificationScheduler.idOf(it) == reminder.id })
            assertEquals(first.scheduledAfter(before), shell.scheduled)

            // Second time, the very same plan: nothing to do.
            val kept = shell.scheduled.toSet()
            shell.scheduleNotifications(plan)
            assertTrue(shell.changes.last().nothingToDo, shell.changes.last().toString())
            assertEquals(kept, shell.scheduled)

            // And the plan the core computes again at the next start is the same: nothing to do.
            shell.dispatchAll(app.start().filterIsInstance<Effect.ScheduleNotifications>())
            assertTrue(shell.changes.last().nothingToDo, shell.changes.last().toString())
            assertEquals(kept, shell.scheduled)
        }
    }
}
