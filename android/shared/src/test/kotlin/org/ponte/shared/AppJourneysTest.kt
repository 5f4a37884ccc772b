package org.ponte.shared

import java.io.File
import java.nio.file.Files
import java.time.ZoneId
import java.time.ZonedDateTime
import java.time.format.DateTimeFormatter
import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertNotNull
import kotlin.test.assertTrue
import kotlinx.coroutines.runBlocking
import org.junit.After
import org.junit.Test
import org.ponte.core.AgendaSource
import org.ponte.core.Capabilities
import org.ponte.core.DiaryEvent
import org.ponte.core.DiaryFormField
import org.ponte.core.DiaryScreen
import org.ponte.core.Effect
import org.ponte.core.Event
import org.ponte.core.GuidesEvent
import org.ponte.core.GuidesScreen
import org.ponte.core.ExternalKind
import org.ponte.core.LessonsEvent
import org.ponte.core.LessonsScreen
import org.ponte.core.NotificationCategory
import org.ponte.core.OpenOptions
import org.ponte.core.Permission
import org.ponte.core.Platform
import org.ponte.core.Route
import org.ponte.core.Screen
import org.ponte.core.ServicesEvent
import org.ponte.core.ServicesScreen
import org.ponte.core.SettingsEvent
import org.ponte.core.Task
import org.ponte.core.TextDirection
import org.ponte.core.TutorEvent
import org.ponte.core.TutorScreen
import org.ponte.ffi.App
import org.ponte.wire.Category

/**
 * A person's real paths through the app core, driven as the Android shell drives it: events in,
 * `view()` out, effects performed by the test (the shipped files read, permissions granted, the
 * network tasks run with `App.run`). The same journeys run in Rust with a fixed clock; here the
 * clock is the machine's, so nothing below depends on the time of day.
 */
class AppJourneysTest {
    private val dir = Files.createTempDirectory("ponte-journeys").toFile()
    private val path = File(dir, "ponte.db").path
    private val key = ByteArray(32) { 7 }
    private val trusted = listOf(System.getProperty("ponte.demoPublicKey"))

    private fun phone(language: String) = Capabilities(
        platform = Platform.ANDROID,
        voices = listOf("it-IT", "en-US"),
        camera = true,
        location = true,
        preferredLanguages = listOf(language),
        timeZone = "Europe/Rome",
    )

    @After
    fun cleanUp() {
        dir.deleteRecursively()
    }

    private fun openApp(language: String) = App.open(OpenOptions(path, key, create = true, trustedKeys = trusted), phone(language))

    /** The first run as a person does it, the shipped files read from the test's resources. */
    private fun firstRun(app: App, language: String, content: String? = null) {
        app.handle(Event.ChooseUiLanguage(language))
        for (effect in app.handle(Event.ChooseContentLanguage(content))) {
            if (effect is Effect.LoadShippedContent) {
                val dump = File(System.getProperty("ponte.bolognaDump")).readBytes()
                val pack = File(System.getProperty("ponte.miniPack")).readBytes()
                app.handle(Event.ShippedContent(dump, pack))
            }
        }
        app.handle(Event.ChooseCity("Bologna"))
        app.handle(Event.AcceptPrivacy)
        app.handle(Event.SkipPairing)
        assertEquals(Route.Home, app.view().route)
    }

    @Test
    fun findTheNearestEmploymentCentreAndGetThere() {
        openApp("ar-EG").use { app ->
            firstRun(app, "ar", content = "it")
            app.handle(Event.Navigate(Route.Services))
            app.handle(Event.Services(ServicesEvent.ToggleCategory(Category.WORK)))
            // The position is asked in context, and only then.
            assertEquals(listOf<Effect>(Effect.RequestPermission(Permission.LOCATION)), app.handle(Event.Services(ServicesEvent.UseMyLocation)))
            assertEquals(listOf<Effect>(Effect.GetLocation), app.handle(Event.PermissionResult(Permission.LOCATION, true)))
            app.handle(Event.LocationFound(44.4939, 11.3428))

            val view = app.view()
            assertEquals(TextDirection.RIGHT_TO_LEFT, view.direction)
            val list = ((view.screen as Screen.Services).screen as ServicesScreen.List).list
            assertTrue(list.services.isNotEmpty())
            val nearest = list.services.first()
            assertEquals("it", nearest.name.locale, "the service in the content language")
            assertEquals("ar", nearest.openLine.locale, "the app's words in the person's language")

            app.handle(Event.Services(ServicesEvent.OpenService(nearest.id)))
            val detail = ((app.view().screen as Screen.Services).screen as ServicesScreen.Detail).service
            assertEquals(nearest.id, detail.id)
            val directions = detail.contacts.indexOfFirst { it.kind == ExternalKind.DIRECTIONS }
            assertTrue(directions >= 0, "every service with a place offers directions")
            val open = app.handle(Event.Services(ServicesEvent.OpenContact(detail.id, directions.toUInt()))).single() as Effect.OpenExternal
            assertEquals(ExternalKind.DIRECTIONS, open.kind)
            assertTrue(open.uri.startsWith("geo:"), open.uri)
            // The service is shown in Italian, which the phone has a voice for.
            val read = app.handle(Event.Services(ServicesEvent.ReadAloud(detail.id)))
            assertTrue(read.single() is Effect.ReadAloud)
        }
    }

    @Test
    fun anApplicationThroughItsFormAndItsNextActionRemindedAtTheLocalTime() {
        openApp("ur-PK").use { app ->
            firstRun(app, "ur")
            app.handle(Event.Navigate(Route.EditApplication(null)))
            app.handle(Event.Diary(DiaryEvent.EditText(DiaryFormField.APPLICATION_POSITION, "Aiuto cuoco")))
            // Saved without an employer: refused on that field, in Urdu, and what was typed stays.
            assertTrue(app.handle(Event.Diary(DiaryEvent.Save)).isEmpty())
            val refused = app.view()
            assertEquals("ur", refused.error!!.locale)
            val form = ((refused.screen as Screen.Diary).screen as DiaryScreen.Form).form
            assertEquals("ur", form.fields.single { it.field == DiaryFormField.APPLICATION_EMPLOYER }.error!!.locale)
            assertEquals("Aiuto cuoco", form.fields.single { it.field == DiaryFormField.APPLICATION_POSITION }.value)

            app.handle(Event.Diary(DiaryEvent.EditText(DiaryFormField.APPLICATION_EMPLOYER, "Coop Sole")))
            assertTrue(app.handle(Event.Diary(DiaryEvent.Save)).any { it is Effect.ScheduleNotifications })
            val saved = app.view()
            val application = ((saved.screen as Screen.Diary).screen as DiaryScreen.Application).application
            assertEquals("Coop Sole", application.employer)

            // A call back tomorrow at 10:00 in Rome, whatever the machine's own zone.
            val due = ZonedDateTime.now(ZoneId.of("Europe/Rome")).plusDays(1).withHour(10).withMinute(0).withSecond(0).withNano(0).toInstant()
            app.handle(Event.OpenLink(application.addActionLink))
            app.handle(Event.Diary(DiaryEvent.Choose(DiaryFormField.ACTION_KIND, "call_back")))
            app.handle(Event.Diary(DiaryEvent.EditTime(DiaryFormField.ACTION_DUE_AT, due)))
            val plan = app.handle(Event.Diary(DiaryEvent.Save)).filterIsInstance<Effect.ScheduleNotifications>().single().plan
            val reminder = plan.notifications.single { it.link == "ponte://diary/application/${application.id}" && it.at == due }
            assertEquals("ur", reminder.title.locale)
            assertTrue(reminder.title.text.contains("Coop Sole"))
        }
    }

    @Test
    fun aLessonToMasteryResumesAfterAKill() {
        openApp("fa-IR").use { app ->
            firstRun(app, "fa")
            app.handle(Event.OpenLink("ponte://lessons/wifi"))
            fun player() = ((app.view().screen as Screen.Lessons).screen as LessonsScreen.Player).player
            assertEquals(1u, player().stepNumber)
            while (player().stepNumber < 3u) app.handle(Event.Lessons(LessonsEvent.Next))
            app.handle(Event.Lessons(LessonsEvent.Select("b")))
        }
        // The process is killed with an answer chosen but not checked.
        openApp("fa-IR").use { app ->
            assertEquals(Route.Lesson("wifi"), app.view().route)
            fun player() = ((app.view().screen as Screen.Lessons).screen as LessonsScreen.Player).player
            assertEquals(3u, player().stepNumber)
            assertTrue(player().choices.single { it.id == "b" }.selected, "the choice survived")
            app.handle(Event.Lessons(LessonsEvent.Check))
            assertTrue(player().feedback!!.correct)
            app.handle(Event.Lessons(LessonsEvent.Next))
            app.handle(Event.Lessons(LessonsEvent.Select("true")))
            app.handle(Event.Lessons(LessonsEvent.Check))
            assertNotNull(player().mastered)
            while (player().next != null) app.handle(Event.Lessons(LessonsEvent.Next))
            app.handle(Event.Lessons(LessonsEvent.Finish))
            // Back where the lesson was opened from (home, by its link), with a word of praise.
            val after = app.view()
            assertEquals(Route.Home, after.route)
            assertEquals("fa", after.notice!!.locale)
        }
    }

    @Test
    fun scanATutorsCodeSyncAndSeeTheAppointment() = runBlocking {
        val tutor = DashboardTutor().signIn()
        val beneficiary = tutor.addBeneficiary("Hamid", "ps, it")
        val code = tutor.pairingCode(beneficiary)
        val server = System.getProperty("ponte.coordinator")
        val tomorrow = ZonedDateTime.now(ZoneId.of("Europe/Rome")).plusDays(1).withHour(9).withMinute(30)

        openApp("ps-AF").use { app ->
            firstRun(app, "ps")
            app.handle(Event.Navigate(Route.Tutor))
            assertEquals(listOf<Effect>(Effect.RequestPermission(Permission.CAMERA)), app.handle(Event.Tutor(TutorEvent.Scan)))
            assertEquals(listOf<Effect>(Effect.ScanQrCode), app.handle(Event.PermissionResult(Permission.CAMERA, true)))
            app.handle(Event.QrScanned("ponte:pair?server=$server&code=$code"))
            val form = ((app.view().screen as Screen.Tutor).screen as TutorScreen.Pairing).form
            assertEquals(code, form.code.value)

            val task = (app.handle(Event.Tutor(TutorEvent.Pair)).single() as Effect.Run).task
            val paired = app.run(task)
            assertTrue(paired.any { it is Effect.ScheduleBackgroundSync })
            assertTrue(app.view().screen.let { it is Screen.Tutor && it.screen is TutorScreen.Paired })

            tutor.post(
                "/beneficiaries/$beneficiary/items",
                "kind" to "tutor_meeting", "title" to "Colloquio CPI", "place" to "Via Castiglione 3",
                "at" to tomorrow.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")),
            )
            assertEquals(listOf<Effect>(Effect.Run(Task.SyncNow)), app.handle(Event.Tutor(TutorEvent.SyncNow)))
            val plan = app.run(Task.SyncNow).filterIsInstance<Effect.ScheduleNotifications>().single().plan
            assertTrue(plan.notifications.any { it.link == "ponte://tutor" }, "the appointment is reminded of")

            assertTrue(app.back())
            val home = (app.view().screen as Screen.Home).home
            assertTrue(home.nextDays.any { it.source == AgendaSource.TUTOR_ITEM } || home.today.any { it.source == AgendaSource.TUTOR_ITEM })
            assertEquals(1u, home.tutorItemsOpen)

            // The network's guides came with the same sync: the national ones, where there is
            // no Pashto in the next language of the person's chain (English, then Italian),
            // and their links handled by the core.
            app.handle(Event.OpenLink("ponte://guides"))
            val tree = (app.view().screen as Screen.Guides).screen as GuidesScreen.Tree
            assertEquals(
                listOf("Documents", "Looking for work", "Rights at work", "Health", "Study and training", "Money and benefits"),
                tree.items.map { it.title },
            )
            app.handle(Event.OpenLink("ponte://guides/codice-fiscale"))
            val guide = ((app.view().screen as Screen.Guides).screen as GuidesScreen.Guide).guide
            assertEquals("en", guide.language)
            assertTrue(guide.translationNotes.isEmpty(), "English is an original: no machine or outdated note")
            assertEquals(
                listOf<Effect>(Effect.OpenExternal(ExternalKind.WEB, "https://www.agenziaentrate.gov.it")),
                app.handle(Event.Guides(GuidesEvent.FollowLink(guide.sources.single().link))),
            )

            // Ask my tutor: asked first, sent through the outbox, answered on the dashboard,
            // and the answer comes back as the tutor's note, told by a notification.
            app.handle(Event.OpenLink("ponte://guides"))
            app.handle(Event.Guides(GuidesEvent.Ask("Can I drive here with my licence?")))
            fun ask() = ((app.view().screen as Screen.Guides).screen as GuidesScreen.Tree).ask
            assertTrue(app.handle(Event.Guides(GuidesEvent.AskTutor)).isEmpty())
            assertTrue(ask().tutor!!.confirm != null, "nothing leaves the phone before the person says so")
            assertEquals(listOf<Effect>(Effect.Run(Task.SyncNow)), app.handle(Event.Guides(GuidesEvent.ConfirmAskTutor)))
            app.run(Task.SyncNow)
            assertTrue(ask().tutor!!.sent != null)
            val question = tutor.openQuestions(beneficiary).single()
            val answered = tutor.post(
                "/beneficiaries/$beneficiary/questions/$question/answer",
                "answer" to "Yes, for a year: then convert it. Come on Tuesday, we will look at it together.",
            )
            assertTrue(answered.statusCode() in 200..399, "answered: ${answered.statusCode()}")
            assertTrue(tutor.openQuestions(beneficiary).isEmpty(), "answered once")
            val afterAnswer = app.run(Task.SyncNow).filterIsInstance<Effect.ScheduleNotifications>().single().plan
            val told = afterAnswer.notifications.single { it.category == NotificationCategory.TUTOR_ANSWER }
            assertEquals("ponte://tutor", told.link)
            app.handle(Event.OpenLink(told.link))
            val items = ((app.view().screen as Screen.Tutor).screen as TutorScreen.Paired).screen.items
            assertTrue(items.any { it.text.contains("convert it") }, "the answer is with the tutor's items")
        }
    }

    @Test
    fun eraseEverythingLeavesNothingAndStartsAgain() {
        openApp("uk-UA").use { app ->
            firstRun(app, "uk")
            app.handle(Event.Navigate(Route.Settings))
            assertTrue(app.handle(Event.Settings(SettingsEvent.AskErase)).isEmpty(), "a question first")
            val effects = app.handle(Event.Settings(SettingsEvent.ConfirmErase))
            assertEquals(Effect.CancelBackgroundSync, effects[0])
            assertTrue((effects[1] as Effect.ScheduleNotifications).plan.notifications.isEmpty())
            assertEquals(Effect.ForgetDatabaseKey, effects[2])
        }
        assertFalse(File(path).exists(), "the database is gone")
        // The shell forgot the key and opens a new App: the first run again.
        openApp("uk-UA").use { app -> assertTrue(app.view().route is Route.FirstRun) }
    }
}
