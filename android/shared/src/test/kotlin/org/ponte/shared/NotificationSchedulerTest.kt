package org.ponte.shared

import java.time.Duration
import java.time.Instant
import kotlin.test.assertEquals
import kotlin.test.assertNotEquals
import kotlin.test.assertTrue
import org.junit.Test
import org.ponte.core.Localized
import org.ponte.core.Notification
import org.ponte.core.NotificationCategory
import org.ponte.core.NotificationPlan
import org.ponte.core.NotificationSwitch
import org.ponte.core.TextDirection

class NotificationSchedulerTest {
    private val now = Instant.parse("2026-11-23T09:00:00Z")

    private fun text(s: String, locale: String = "en") = Localized(s, locale, TextDirection.LEFT_TO_RIGHT)

    private fun notification(
        id: String,
        at: Instant,
        category: NotificationCategory = NotificationCategory.INTERVIEW,
        title: String = "Interview tomorrow",
    ) = Notification(id, at, category, text(title), text("Coop Sole, 10:00"), "ponte://diary/application/a1")

    private fun plan(vararg notifications: Notification) =
        NotificationPlan(notifications.toList(), now.plus(Duration.ofDays(14)))

    @Test
    fun aFirstPlanIsScheduledSoonestFirstAndTheSamePlanAgainIsNothingToDo() {
        val later = notification("interview:a1:2h:20261124T0800Z", now.plus(Duration.ofHours(23)))
        val sooner = notification("interview:a1:day-before:20261124T0800Z", now.plus(Duration.ofHours(8)))
        val first = NotificationScheduler.changes(plan(later, sooner), emptySet(), now)
        assertEquals(listOf(sooner.id, later.id), first.schedule.map { it.id })
        assertTrue(first.cancel.isEmpty())
        assertEquals(Duration.ofHours(8), first.schedule.first().delay)
        assertEquals(NotificationScheduler.notificationIdOf(sooner.id), first.schedule.first().notificationId)

        val kept = first.scheduledAfter(emptySet())
        val second = NotificationScheduler.changes(plan(later, sooner), kept, now.plusSeconds(60))
        assertTrue(second.nothingToDo, second.toString())
        assertEquals(kept, second.scheduledAfter(kept))
    }

    @Test
    fun whatLeftThePlanIsCancelledAndWhatChangedIsReplaced() {
        val stays = notification("action:x1:20261124T1000Z", now.plus(Duration.ofHours(25)), NotificationCategory.ACTION)
        val goes = notification("interview:a1:day-before:20261124T0800Z", now.plus(Duration.ofHours(8)))
        val renamed = notification("follow-up:a2:20261125T0900Z", now.plus(Duration.ofDays(2)), NotificationCategory.FOLLOW_UP)
        val before = NotificationScheduler.changes(plan(stays, goes, renamed), emptySet(), now).scheduledAfter(emptySet())

        // The interview was deleted; the application of the follow-up got another employer.
        val renamedNow = notification(renamed.id, renamed.at, NotificationCategory.FOLLOW_UP, title = "News from Coop Luna?")
        val changes = NotificationScheduler.changes(plan(stays, renamedNow), before, now)
        assertEquals(setOf(goes.id, renamed.id), changes.cancel.map(NotificationScheduler::idOf).toSet())
        assertEquals(listOf(renamed.id), changes.schedule.map { it.id })
        assertEquals(setOf(renamed.id), changes.replaced)
        assertEquals("News from Coop Luna?", changes.schedule.single().title.text)
        // The replacement shows over the old one in the shade.
        assertEquals(NotificationScheduler.notificationIdOf(renamed.id), changes.schedule.single().notificationId)
    }

    @Test
    fun anotherLanguageReplacesEveryText() {
        val n = notification("document:d1:30d:20261223T0900Z", now.plus(Duration.ofDays(3)), NotificationCategory.DOCUMENT)
        val scheduled = NotificationScheduler.changes(plan(n), emptySet(), now).scheduledAfter(emptySet())
        val inArabic = n.copy(title = Localized("تذكير", "ar", TextDirection.RIGHT_TO_LEFT))
        val changes = NotificationScheduler.changes(plan(inArabic), scheduled, now)
        assertEquals(setOf(n.id), changes.replaced)
        assertEquals("ar", changes.schedule.single().title.locale)
    }

    @Test
    fun pastNotificationsAreDroppedAndCancelled() {
        val past = notification("action:x1:20261123T0800Z", now.minus(Duration.ofHours(1)), NotificationCategory.ACTION)
        val exactlyNow = notification("action:x2:20261123T0900Z", now, NotificationCategory.ACTION)
        val future = notification("action:x3:20261123T1000Z", now.plus(Duration.ofHours(1)), NotificationCategory.ACTION)
        val first = NotificationScheduler.changes(plan(past, exactlyNow, future), emptySet(), now)
        assertEquals(listOf(future.id), first.schedule.map { it.id })

        // An hour later the one scheduled is past too: cancelled, nothing scheduled.
        val scheduled = first.scheduledAfter(emptySet())
        val later = NotificationScheduler.changes(plan(past, exactlyNow, future), scheduled, now.plus(Duration.ofHours(2)))
        assertEquals(scheduled, later.cancel)
        assertTrue(later.schedule.isEmpty())
    }

    @Test
    fun keysOfAnUnknownShapeAreCancelled() {
        val n = notification("meeting:m1:day-before:20261124T1700Z", now.plus(Duration.ofHours(30)), NotificationCategory.MEETING)
        val changes = NotificationScheduler.changes(plan(n), setOf("meeting:m1:day-before:20261124T1700Z", "old"), now)
        assertEquals(setOf("meeting:m1:day-before:20261124T1700Z", "old"), changes.cancel)
        assertEquals(listOf(n.id), changes.schedule.map { it.id })
        assertEquals(setOf(n.id), changes.replaced)
    }

    @Test
    fun theKeyDependsOnWhatIsShownOnly() {
        val n = notification("interview:a1:2h:20261124T0600Z", now.plus(Duration.ofHours(21)))
        assertEquals(NotificationScheduler.keyOf(n), NotificationScheduler.keyOf(n.copy()))
        assertEquals(n.id, NotificationScheduler.idOf(NotificationScheduler.keyOf(n)))
        assertNotEquals(NotificationScheduler.keyOf(n), NotificationScheduler.keyOf(n.copy(link = "ponte://home")))
        assertNotEquals(NotificationScheduler.keyOf(n), NotificationScheduler.keyOf(n.copy(at = n.at.plusSeconds(60))))
        // Parts are length-prefixed: moving text between title and body changes the key.
        val a = n.copy(title = text("ab"), body = text("c"))
        val b = n.copy(title = text("a"), body = text("bc"))
        assertNotEquals(NotificationScheduler.keyOf(a), NotificationScheduler.keyOf(b))
    }

    @Test
    fun thePlanIsComputedAgainByItsHorizonAndAtLeastDaily() {
        assertEquals(now.plus(Duration.ofDays(1)), NotificationScheduler.changes(plan(), emptySet(), now).recomputeBy)
        val short = NotificationPlan(emptyList(), now.plus(Duration.ofHours(5)))
        assertEquals(now.plus(Duration.ofHours(5)), NotificationScheduler.changes(short, emptySet(), now).recomputeBy)
    }

    @Test
    fun everyCategoryHasItsOwnChannel() {
        val channels = NotificationScheduler.allChannels()
        assertEquals(NotificationCategory.entries.size, channels.map { it.id }.toSet().size)
        assertTrue(channels.all { it.id.startsWith("ponte.") })
        assertEquals(ChannelImportance.HIGH, NotificationScheduler.channelFor(NotificationCategory.INTERVIEW).importance)
        assertEquals(ChannelImportance.HIGH, NotificationScheduler.channelFor(NotificationCategory.TUTOR_APPOINTMENT).importance)
        assertEquals(ChannelImportance.LOW, NotificationScheduler.channelFor(NotificationCategory.LESSON).importance)
        assertEquals("ponte.tutor_answer", NotificationScheduler.channelFor(NotificationCategory.TUTOR_ANSWER).id)
        assertEquals(ChannelImportance.DEFAULT, NotificationScheduler.channelFor(NotificationCategory.FOLLOW_UP).importance)
    }

    @Test
    fun channelsAreNamedWithTheSettingsLabels() {
        val switches = listOf(
            NotificationSwitch(NotificationCategory.INTERVIEW, text("Interviews"), true),
            NotificationSwitch(NotificationCategory.LESSON, text("Lessons"), false),
            NotificationSwitch(NotificationCategory.INTERVIEW, text("Again"), true),
        )
        val named = NotificationScheduler.namedChannels(switches)
        assertEquals(
            listOf(
                NotificationScheduler.channelFor(NotificationCategory.INTERVIEW) to text("Interviews"),
                NotificationScheduler.channelFor(NotificationCategory.LESSON) to text("Lessons"),
            ),
            named,
        )
    }
}
