package org.ponte.shared

import java.io.File
import java.nio.file.Files
import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertNotNull
import kotlin.test.assertTrue
import org.junit.After
import org.junit.Test
import org.ponte.core.Capabilities
import org.ponte.core.Effect
import org.ponte.core.Event
import org.ponte.core.FirstRunStep
import org.ponte.core.OpenOptions
import org.ponte.core.OpenStatus
import org.ponte.core.Platform
import org.ponte.core.Route
import org.ponte.core.Screen
import org.ponte.core.TextDirection
import org.ponte.ffi.App

/** The app core driven as the Android shell will drive it: events in, views out, effects performed. */
class AppTest {
    private val dir = Files.createTempDirectory("ponte-app").toFile()
    private val path = File(dir, "ponte.db").path
    private val key = ByteArray(32) { 9 }
    private val trusted = listOf(System.getProperty("ponte.demoPublicKey"))
    private val phone = Capabilities(
        platform = Platform.ANDROID,
        camera = true,
        preferredLanguages = listOf("ar-EG"),
        timeZone = "Europe/Rome",
    )

    @After
    fun cleanUp() {
        dir.deleteRecursively()
    }

    private fun openApp() = App.open(OpenOptions(path, key, create = true, trustedKeys = trusted), phone)

    /** What the Android shell does for an effect: here, read the shipped files. */
    private fun perform(app: App, effects: List<Effect>) {
        for (effect in effects) {
            if (effect is Effect.LoadShippedContent) {
                val dump = File(System.getProperty("ponte.bolognaDump")).readBytes()
                val pack = File(System.getProperty("ponte.miniPack")).readBytes()
                perform(app, app.handle(Event.ShippedContent(dump, pack)))
            }
        }
    }

    @Test
    fun aFirstRunInArabicWithItalianContentSurvivesAKillAndEndsAtHome() {
        openApp().use { app ->
            val first = app.view()
            assertEquals(Route.FirstRun(FirstRunStep.UI_LANGUAGE), first.route)
            val picker = first.screen as Screen.ChooseLanguage
            assertEquals("العربية", picker.options.single { it.selected }.nativeName)
            perform(app, app.handle(Event.ChooseUiLanguage("ar")))
            assertEquals(TextDirection.RIGHT_TO_LEFT, app.view().direction)
            // Killed before the shell reads its files.
            assertEquals(listOf<Effect>(Effect.LoadShippedContent), app.handle(Event.ChooseContentLanguage("it")))
        }
        openApp().use { app ->
            assertEquals(Route.FirstRun(FirstRunStep.INSTALL), app.view().route)
            perform(app, app.start())
            val city = app.view().screen as Screen.ChooseCity
            assertEquals("Bologna", city.cities.single().name)
            app.handle(Event.ChooseCity("Bologna"))
            app.handle(Event.AcceptPrivacy)
            val offer = app.view().screen as Screen.OfferPairing
            assertNotNull(offer.scan)
            val plan = app.handle(Event.SkipPairing).single() as Effect.ScheduleNotifications
            assertTrue(plan.plan.notifications.isEmpty())
            val home = app.view()
            assertEquals(Route.Home, home.route)
            assertFalse(app.back())
            val screen = home.screen as Screen.Home
            assertEquals(3, screen.home.openNearby.size)
            assertTrue(screen.home.openNearby.all { it.open?.status == OpenStatus.OPEN })
        }
    }

    @Test
    fun aBadLinkIsExplainedAndChangesNothing() {
        openApp().use { app ->
            app.handle(Event.OpenLink("ponte://nowhere"))
            val view = app.view()
            assertEquals(Route.FirstRun(FirstRunStep.UI_LANGUAGE), view.route)
            assertNotNull(view.error)
        }
    }
}
