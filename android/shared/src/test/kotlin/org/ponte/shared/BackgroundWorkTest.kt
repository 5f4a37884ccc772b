package org.ponte.shared

import java.time.Duration
import java.time.Instant
import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertNull
import kotlin.test.assertTrue
import org.junit.Test
import org.ponte.core.BackgroundOutcome
import org.ponte.core.BackgroundRun
import org.ponte.core.Effect
import org.ponte.core.NetworkState
import org.ponte.core.NotificationPlan
import org.ponte.core.SkipReason
import org.ponte.core.SyncFailure
import org.ponte.core.SyncReport

class BackgroundWorkTest {
    private val now = Instant.parse("2026-11-23T09:00:00Z")

    private fun outcome(
        ran: Boolean = false,
        skipped: SkipReason? = null,
        report: SyncReport? = null,
        failure: SyncFailure? = null,
        timedOut: Boolean = false,
        retryAfter: Instant? = null,
        retry: Boolean = false,
    ) = BackgroundOutcome(ran = ran, skipped = skipped, report = report, failure = failure, timedOut = timedOut, retryAfter = retryAfter, retry = retry)

    private val report = SyncReport(
        pushed = 2u, refused = 0u, items = 1u, contentChanges = 0u,
        lessonsUpdated = false, waitingUntil = null, lessonsDeferred = true,
    )

    @Test
    fun aSyncThatRanSucceedsAndItsEffectsArePerformed() {
        val plan = Effect.ScheduleNotifications(NotificationPlan(emptyList(), now.plus(Duration.ofDays(14))))
        val decision = BackgroundWork.decide(BackgroundRun(outcome(ran = true, report = report), listOf(plan)), now)
        assertEquals(WorkResult.SUCCESS, decision.result)
        assertNull(decision.nextDelay)
        assertEquals(listOf<Effect>(plan), decision.effects)
        assertFalse(decision.notPaired)
    }

    @Test
    fun aFailureALaterAttemptCanFixIsRetriedAfterTheBackoff() {
        for (failure in listOf(SyncFailure.OFFLINE, SyncFailure.SERVER, SyncFailure.BAD_ANSWER, SyncFailure.CANCELLED)) {
            val backoff = now.plus(Duration.ofMinutes(4))
            val decision = BackgroundWork.decide(
                BackgroundRun(outcome(ran = true, failure = failure, retryAfter = backoff, retry = true), emptyList()),
                now,
            )
            assertEquals(WorkResult.RETRY, decision.result, failure.name)
            assertEquals(Duration.ofMinutes(4), decision.nextDelay)
        }
    }

    @Test
    fun aFailureOnlyThePersonCanFixIsASuccessForTheScheduler() {
        for (failure in listOf(SyncFailure.UNPAIRED, SyncFailure.REFUSED)) {
            val decision = BackgroundWork.decide(BackgroundRun(outcome(ran = true, failure = failure), emptyList()), now)
            assertEquals(WorkResult.SUCCESS, decision.result, failure.name)
        }
    }

    @Test
    fun everySkipIsASuccessWithTheBackoffAsTheNextDelay() {
        for (reason in SkipReason.entries) {
            val retryAfter = if (reason == SkipReason.BACKING_OFF) now.plus(Duration.ofMinutes(30)) else null
            val decision = BackgroundWork.decide(BackgroundRun(outcome(skipped = reason, retryAfter = retryAfter), emptyList()), now)
            assertEquals(WorkResult.SUCCESS, decision.result, reason.name)
            assertEquals(retryAfter?.let { Duration.ofMinutes(30) }, decision.nextDelay, reason.name)
            assertEquals(reason == SkipReason.NOT_PAIRED, decision.notPaired, reason.name)
        }
    }

    @Test
    fun aBackoffAlreadyOverIsNoDelay() {
        val decision = BackgroundWork.decide(
            BackgroundRun(outcome(ran = true, failure = SyncFailure.SERVER, retryAfter = now.minusSeconds(5), retry = true), emptyList()),
            now,
        )
        assertEquals(Duration.ZERO, decision.nextDelay)
    }

    @Test
    fun anErrorOfTheDatabaseIsAFailure() {
        val decision = BackgroundWork.decideOnError(IllegalStateException("database disk image is malformed"))
        assertEquals(WorkResult.FAILURE, decision.result)
        assertTrue(decision.effects.isEmpty())
    }

    @Test
    fun theDeadlineIsWithinTheWorkersTenMinutes() {
        val deadline = BackgroundWork.deadline(now)
        assertTrue(deadline.isAfter(now.plus(Duration.ofMinutes(9))))
        assertTrue(deadline.isBefore(now.plus(Duration.ofMinutes(10))))
    }

    @Test
    fun theNetworkAsTheCoreWantsIt() {
        assertEquals(NetworkState(connected = true, metered = false, wifi = true), BackgroundWork.network(hasInternet = true, notMetered = true, wifiOrEthernet = true))
        assertEquals(NetworkState(connected = true, metered = true, wifi = false), BackgroundWork.network(hasInternet = true, notMetered = false, wifiOrEthernet = false))
        assertEquals(NetworkState(connected = false, metered = true, wifi = false), BackgroundWork.network(hasInternet = false, notMetered = false, wifiOrEthernet = false))
    }
}
