package org.ponte.shared

import java.time.Instant
import kotlin.test.assertEquals
import kotlin.test.assertTrue
import org.junit.Test
import org.ponte.core.Effect
import org.ponte.core.ExternalKind
import org.ponte.core.NotificationPlan
import org.ponte.core.Permission
import org.ponte.core.Task

class EffectDispatcherTest {
    /** Records which handler ran, with what. */
    private class Recorder : EffectDispatcher {
        val calls = mutableListOf<String>()
        override fun loadShippedContent() { calls += "loadShippedContent" }
        override fun scheduleNotifications(plan: NotificationPlan) { calls += "scheduleNotifications ${plan.notifications.size}" }
        override fun scheduleBackgroundSync(intervalMinutes: UInt, unmeteredOnly: Boolean) { calls += "scheduleBackgroundSync $intervalMinutes $unmeteredOnly" }
        override fun cancelBackgroundSync() { calls += "cancelBackgroundSync" }
        override fun requestPermission(permission: Permission) { calls += "requestPermission $permission" }
        override fun readAloud(text: String, language: String) { calls += "readAloud $text $language" }
        override fun playAudio(bytes: ByteArray, mimeType: String) { calls += "playAudio ${bytes.size} $mimeType" }
        override fun stopReading() { calls += "stopReading" }
        override fun scanQrCode() { calls += "scanQrCode" }
        override fun shareFile(fileName: String, mimeType: String, bytes: ByteArray) { calls += "shareFile $fileName $mimeType ${bytes.size}" }
        override fun openExternal(kind: ExternalKind, uri: String) { calls += "openExternal $kind $uri" }
        override fun getLocation() { calls += "getLocation" }
        override fun run(task: Task) { calls += "run $task" }
        override fun forgetDatabaseKey() { calls += "forgetDatabaseKey" }
    }

    /** One of each variant, with what its handler must receive. */
    private val samples: List<Pair<Effect, String>> = listOf(
        Effect.LoadShippedContent to "loadShippedContent",
        Effect.ScheduleNotifications(NotificationPlan(emptyList(), Instant.EPOCH)) to "scheduleNotifications 0",
        Effect.ScheduleBackgroundSync(60u, true) to "scheduleBackgroundSync 60 true",
        Effect.CancelBackgroundSync to "cancelBackgroundSync",
        Effect.RequestPermission(Permission.CAMERA) to "requestPermission CAMERA",
        Effect.ReadAloud("Buongiorno", "it-IT") to "readAloud Buongiorno it-IT",
        Effect.PlayAudio(ByteArray(3), "audio/ogg") to "playAudio 3 audio/ogg",
        Effect.StopReading to "stopReading",
        Effect.ScanQrCode to "scanQrCode",
        Effect.ShareFile("cv.html", "text/html", ByteArray(5)) to "shareFile cv.html text/html 5",
        Effect.OpenExternal(ExternalKind.DIAL, "tel:+390511234567") to "openExternal DIAL tel:+390511234567",
        Effect.GetLocation to "getLocation",
        Effect.Run(Task.SyncNow) to "run ${Task.SyncNow}",
        Effect.ForgetDatabaseKey to "forgetDatabaseKey",
    )

    @Test
    fun everyVariantOfTheBindingsHasASample() {
        // The variants the generated code declares, read from the class itself: a variant added
        // to the core and missing here fails this test (and `dispatch` fails to compile).
        val declared = Effect::class.java.declaredClasses
            .filter { Effect::class.java.isAssignableFrom(it) && it != Effect::class.java }
            .map { it.name }
            .toSet()
        assertTrue(declared.size > 1, declared.toString())
        assertEquals(declared, samples.map { it.first.javaClass.name }.toSet())
    }

    @Test
    fun eachEffectReachesItsOwnHandlerWithItsValues() {
        for ((effect, expected) in samples) {
            val recorder = Recorder()
            recorder.dispatch(effect)
            assertEquals(listOf(expected), recorder.calls, effect.toString())
        }
    }

    @Test
    fun effectsAreDispatchedInOrder() {
        val recorder = Recorder()
        recorder.dispatchAll(samples.map { it.first })
        assertEquals(samples.map { it.second }, recorder.calls)
    }
}
