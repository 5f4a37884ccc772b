package org.ponte.shared

import java.time.Duration
import java.time.Instant
import org.ponte.core.BackgroundOutcome
import org.ponte.core.BackgroundRun
import org.ponte.core.Effect
import org.ponte.core.NetworkState
import org.ponte.core.SkipReason

/** What the worker returns: `Result.success()`, `Result.retry()`, `Result.failure()`. */
enum class WorkResult { SUCCESS, RETRY, FAILURE }

/** What the background job tells WorkManager, and what it does before. */
data class BackgroundDecision(
    val result: WorkResult,
    /**
     * The earliest a next attempt makes sense, from now (the end of the backoff after
     * failures); null when nothing time-bound stops it (the periodic job and its network
     * constraint decide). The shell may enqueue a one-time retry with this initial delay.
     */
    val nextDelay: Duration?,
    /** Perform these before returning (a new notification plan after a sync that ran). */
    val effects: List<Effect>,
    /** The phone is not paired: the periodic job may be cancelled (the core asks it at start too). */
    val notPaired: Boolean,
)

/**
 * `App.runInBackground` to WorkManager, as the table of `core/src/app/background.rs` says:
 * `retry` true → `Result.retry()`; `retry` false (ran, or skipped) → `Result.success()`; an
 * error (the database itself failed) → `Result.failure()`.
 */
object BackgroundWork {
    /** WorkManager stops a worker after ten minutes; the core's deadline leaves a margin within. */
    val WORKER_LIMIT: Duration = Duration.ofMinutes(10)
    val DEADLINE_MARGIN: Duration = Duration.ofSeconds(30)

    /** The deadline to give `App.runInBackground` for a worker started at `startedAt`. */
    fun deadline(startedAt: Instant): Instant = startedAt.plus(WORKER_LIMIT).minus(DEADLINE_MARGIN)

    fun decide(run: BackgroundRun, now: Instant): BackgroundDecision {
        val outcome = run.outcome
        return BackgroundDecision(
            result = resultOf(outcome),
            nextDelay = nextDelay(outcome, now),
            effects = run.effects,
            notPaired = outcome.skipped == SkipReason.NOT_PAIRED,
        )
    }

    /** `App.runInBackground` threw: the database itself failed; retrying will not help. */
    fun decideOnError(@Suppress("UNUSED_PARAMETER") error: Throwable): BackgroundDecision =
        BackgroundDecision(WorkResult.FAILURE, nextDelay = null, effects = emptyList(), notPaired = false)

    fun resultOf(outcome: BackgroundOutcome): WorkResult = if (outcome.retry) WorkResult.RETRY else WorkResult.SUCCESS

    fun nextDelay(outcome: BackgroundOutcome, now: Instant): Duration? {
        val at = outcome.retryAfter ?: return null
        return Duration.between(now, at).coerceAtLeast(Duration.ZERO)
    }

    /**
     * The core's `NetworkState` from what `ConnectivityManager` says of the active network:
     * `hasInternet` (`NET_CAPABILITY_INTERNET`, and `VALIDATED` when known), `notMetered`
     * (`NET_CAPABILITY_NOT_METERED`), `wifiOrEthernet` (`TRANSPORT_WIFI` or `TRANSPORT_ETHERNET`).
     * No active network: `NetworkState(false, false, false)`.
     */
    fun network(hasInternet: Boolean, notMetered: Boolean, wifiOrEthernet: Boolean): NetworkState =
        NetworkState(connected = hasInternet, metered = !notMetered, wifi = wifiOrEthernet)
}
