package org.ponte.shared

import java.io.File
import java.nio.file.Files
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertNull
import kotlin.test.assertTrue
import kotlinx.coroutines.runBlocking
import org.junit.After
import org.junit.Test
import org.ponte.core.ConsentChoice
import org.ponte.core.NetworkState
import org.ponte.core.OpenOptions
import org.ponte.core.PonteException
import org.ponte.core.SkipReason
import org.ponte.core.SyncFailure
import org.ponte.core.TutorItemKind
import org.ponte.ffi.Ponte

/**
 * Pairing and sync against a real coordinator started by `cargo xtask test`: the tutor makes a
 * code and a referral on the dashboard, the phone pairs with the code and the referral arrives.
 */
class SyncTest {
    private val dir: File = Files.createTempDirectory("ponte-sync").toFile()
    private val server = System.getProperty("ponte.coordinator")

    @After
    fun cleanUp() {
        dir.deleteRecursively()
    }

    @Test
    fun pairWithATutorsCodeAndReceiveAReferral() = runBlocking {
        val tutor = DashboardTutor().signIn()
        val beneficiary = tutor.addBeneficiary("Amina", "ar, it")
        val code = tutor.pairingCode(beneficiary)
        val referral = tutor.post(
            "/beneficiaries/$beneficiary/items",
            "kind" to "referral", "title" to "Centro per l'impiego", "service_id" to "bo-questura", "at" to "2026-12-01T09:30",
        )
        assertEquals(303, referral.statusCode())

        Ponte.open(OpenOptions(File(dir, "ponte.db").path, ByteArray(32) { 3 }, create = true)).use { ponte ->
            val sync = ponte.sync()
            // A wrong code is refused with words from the catalogue.
            val refused = assertFailsWith<PonteException.Sync> { sync.pair(server, "ZZZZ-ZZZZ", "JVM", listOf()) }
            assertEquals(SyncFailure.BAD_CODE, refused.failure)
            assertTrue(org.ponte.ffi.errorMessage(listOf("it"), refused).text.contains("codice"))

            val pairing = sync.pair(server, code, "JVM test", listOf())
            assertEquals("Amina", pairing.nickname)
            sync.setConsent(ConsentChoice.DIARY, true)
            val report = sync.syncNow(true, null)
            assertTrue(report.contentChanges > 0u, "the territory came down")
            val items = sync.tutorItems()
            assertEquals(1, items.size)
            assertEquals(TutorItemKind.REFERRAL, items[0].kind)
            assertEquals("Centro per l'impiego", items[0].title)
            // An instant (ms since the epoch): 09:30 in Rome on 1 December 2026.
            assertEquals(java.time.Instant.ofEpochMilli(1_796_113_800_000L), items[0].at)
            assertEquals("tutor", items[0].tutor)
            // Pairing a paired phone again is a state of its own, with its own words.
            val again = assertFailsWith<PonteException.AlreadyPaired> { sync.pair(server, code, "JVM", listOf()) }
            assertTrue(org.ponte.ffi.errorMessage(listOf("it"), again).text.contains("già collegato"))
            val status = sync.status(listOf("it"))
            assertTrue(status.paired)
            assertEquals(0u, status.pendingOperations)
        }
    }

    /** What a WorkManager job calls: the policy (Wi-Fi only, the deadline) decides, the outcome says what to return. */
    @Test
    fun backgroundSyncFollowsThePolicy() = runBlocking {
        val tutor = DashboardTutor().signIn()
        val beneficiary = tutor.addBeneficiary("Samir", "fa, it")
        val code = tutor.pairingCode(beneficiary)

        Ponte.open(OpenOptions(File(dir, "ponte.db").path, ByteArray(32) { 4 }, create = true)).use { ponte ->
            val sync = ponte.sync()
            val onWifi = NetworkState(connected = true, metered = false, wifi = true)
            val onMobile = NetworkState(connected = true, metered = true, wifi = false)
            fun inHalfAMinute() = java.time.Instant.now().plusSeconds(30)
            // Not paired yet: nothing to do, and nothing to retry.
            val unpaired = sync.runBackgroundSync(onWifi, inHalfAMinute())
            assertEquals(SkipReason.NOT_PAIRED, unpaired.skipped)
            assertFalse(unpaired.retry)

            sync.pair(server, code, "JVM background", listOf())
            val policy = sync.backgroundPolicy()
            assertTrue(policy.wifiOnly && policy.dataSaver, "both on by default")
            assertEquals(SkipReason.WAITING_FOR_WIFI, sync.runBackgroundSync(onMobile, inHalfAMinute()).skipped)
            val ran = sync.runBackgroundSync(onWifi, inHalfAMinute())
            assertTrue(ran.ran)
            assertNull(ran.failure)
            assertFalse(ran.retry)
            assertTrue(ran.report!!.contentChanges > 0u, "the territory came down")

            sync.setWifiOnly(false)
            assertFalse(sync.backgroundPolicy().wifiOnly)
            assertTrue(sync.runBackgroundSync(onMobile, inHalfAMinute()).ran)
            // Too close to the deadline to start.
            assertEquals(SkipReason.DEADLINE_TOO_CLOSE, sync.runBackgroundSync(onWifi, java.time.Instant.now()).skipped)
        }
    }
}
