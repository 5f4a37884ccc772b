package org.ponte.shared

import java.security.MessageDigest
import java.time.Duration
import java.time.Instant
import org.ponte.core.Localized
import org.ponte.core.Notification
import org.ponte.core.NotificationCategory
import org.ponte.core.NotificationPlan
import org.ponte.core.NotificationSwitch

/**
 * How loud a channel is. Android maps it to `NotificationManager.IMPORTANCE_HIGH`,
 * `IMPORTANCE_DEFAULT` and `IMPORTANCE_LOW` when it creates the channel.
 */
enum class ChannelImportance { HIGH, DEFAULT, LOW }

/**
 * A notification channel: its stable id (never shown) and its importance. The channel's name
 * shown in the system settings is not here: it comes from the core, in the person's language.
 */
data class ChannelSpec(val id: String, val importance: ChannelImportance)

/** One notification to schedule (or to schedule again, replacing an older one with its id). */
data class ScheduledNotification(
    /**
     * What the platform keeps in its set of scheduled keys and schedules by (the unique work
     * name, the alarm's tag): the core's stable id plus a fingerprint of what is shown, so a
     * notification whose text changed (a renamed employer, another UI language) is replaced.
     */
    val key: String,
    /** The core's stable id. */
    val id: String,
    /** A stable number for `NotificationManager.notify`: the same id shows over itself. */
    val notificationId: Int,
    val at: Instant,
    /** How long from `now` until it is shown (never negative). */
    val delay: Duration,
    val channel: ChannelSpec,
    val title: Localized,
    val body: Localized,
    /** The deep link opened on a tap. */
    val link: String,
)

/** What to do to make the scheduled notifications exactly the plan. */
data class ScheduleChanges(
    /** Scheduled keys to cancel: no longer in the plan, replaced, or past. */
    val cancel: Set<String>,
    /** Notifications to schedule, soonest first. */
    val schedule: List<ScheduledNotification>,
    /** Of `schedule`, the ids that replace an older version of themselves. */
    val replaced: Set<String>,
    /** Compute the plan again by then (the plan's horizon, and at least once a day). */
    val recomputeBy: Instant,
) {
    val nothingToDo: Boolean get() = cancel.isEmpty() && schedule.isEmpty()

    /** The keys scheduled once these changes are done, for the platform to keep. */
    fun scheduledAfter(before: Set<String>): Set<String> = (before - cancel) + schedule.map { it.key }
}

/**
 * From the core's `NotificationPlan` and the keys the platform has already scheduled, what to
 * cancel and what to schedule. Pure and idempotent: the same plan against the keys it left
 * gives nothing to do.
 */
object NotificationScheduler {
    /** The plan is computed again at least this often (the core's rule: once a day). */
    val MAX_RECOMPUTE: Duration = Duration.ofDays(1)

    private const val KEY_SEPARATOR = '#'

    fun channelFor(category: NotificationCategory): ChannelSpec = when (category) {
        NotificationCategory.FOLLOW_UP -> ChannelSpec("ponte.follow_up", ChannelImportance.DEFAULT)
        NotificationCategory.ACTION -> ChannelSpec("ponte.action", ChannelImportance.HIGH)
        NotificationCategory.INTERVIEW -> ChannelSpec("ponte.interview", ChannelImportance.HIGH)
        NotificationCategory.TUTOR_APPOINTMENT -> ChannelSpec("ponte.tutor_appointment", ChannelImportance.HIGH)
        NotificationCategory.MEETING -> ChannelSpec("ponte.meeting", ChannelImportance.DEFAULT)
        NotificationCategory.DOCUMENT -> ChannelSpec("ponte.document", ChannelImportance.HIGH)
        NotificationCategory.LESSON -> ChannelSpec("ponte.lesson", ChannelImportance.LOW)
        NotificationCategory.TUTOR_ANSWER -> ChannelSpec("ponte.tutor_answer", ChannelImportance.DEFAULT)
    }

    /** Every channel, for creating them all at start (creating one again changes nothing). */
    fun allChannels(): List<ChannelSpec> = NotificationCategory.entries.map(::channelFor)

    /**
     * Each channel with its name in the person's language, from the settings screen's
     * switches (`NotificationSwitch.label`), for `NotificationChannel(id, name, importance)`:
     * creating a channel again with another name renames it, so this is done again after the
     * UI language changes. Categories without a switch are left out.
     */
    fun namedChannels(switches: List<NotificationSwitch>): List<Pair<ChannelSpec, Localized>> =
        switches.distinctBy { it.category }.map { channelFor(it.category) to it.label }

    /** The core's id from a key this class handed out (a bare id is its own id). */
    fun idOf(key: String): String = key.substringBeforeLast(KEY_SEPARATOR)

    /** The scheduling key of a notification: its id and a fingerprint of everything shown. */
    fun keyOf(notification: Notification): String {
        val digest = MessageDigest.getInstance("SHA-256")
        for (part in listOf(
            notification.at.toEpochMilli().toString(),
            notification.category.name,
            notification.title.text, notification.title.locale, notification.title.direction.name,
            notification.body.text, notification.body.locale, notification.body.direction.name,
            notification.link,
        )) {
            val bytes = part.toByteArray(Charsets.UTF_8)
            digest.update(bytes.size.toString().toByteArray(Charsets.US_ASCII))
            digest.update(':'.code.toByte())
            digest.update(bytes)
        }
        val fingerprint = digest.digest().take(8).joinToString("") { "%02x".format(it) }
        return "${notification.id}$KEY_SEPARATOR$fingerprint"
    }

    /** A stable `Int` for the id (Java's `String.hashCode` is specified, so it never changes). */
    fun notificationIdOf(id: String): Int = id.hashCode()

    fun changes(plan: NotificationPlan, scheduled: Set<String>, now: Instant): ScheduleChanges {
        // The plan lists each id once; should it not, the first (soonest) wins.
        val due = plan.notifications
            .filter { it.at.isAfter(now) }
            .distinctBy { it.id }
            .sortedWith(compareBy<Notification> { it.at }.thenBy { it.id })
        val wanted = due.associateBy(::keyOf)
        val cancel = scheduled.filterTo(LinkedHashSet()) { it !in wanted }
        val schedule = wanted.filterKeys { it !in scheduled }.map { (key, n) -> scheduledOf(key, n, now) }
        val cancelledIds = cancel.mapTo(HashSet(), ::idOf)
        val replaced = schedule.map { it.id }.filterTo(LinkedHashSet()) { it in cancelledIds }
        val daily = now.plus(MAX_RECOMPUTE)
        val recomputeBy = if (plan.horizonEnd.isAfter(now) && plan.horizonEnd.isBefore(daily)) plan.horizonEnd else daily
        return ScheduleChanges(cancel, schedule, replaced, recomputeBy)
    }

    private fun scheduledOf(key: String, n: Notification, now: Instant) = ScheduledNotification(
        key = key,
        id = n.id,
        notificationId = notificationIdOf(n.id),
        at = n.at,
        delay = Duration.between(now, n.at).coerceAtLeast(Duration.ZERO),
        channel = channelFor(n.category),
        title = n.title,
        body = n.body,
        link = n.link,
    )
}
