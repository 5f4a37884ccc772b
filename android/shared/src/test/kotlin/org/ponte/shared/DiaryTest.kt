package org.ponte.shared

import java.io.File
import java.nio.file.Files
import java.time.Clock
import java.time.Instant
import java.time.ZoneId
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import kotlin.test.assertContains
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertTrue
import kotlinx.coroutines.runBlocking
import org.junit.After
import org.junit.Test
import org.ponte.core.ActionDetails
import org.ponte.core.ActionKind
import org.ponte.core.AgendaOptions
import org.ponte.core.ApplicationField
import org.ponte.core.Field
import org.ponte.core.AgendaSource
import org.ponte.core.ApplicationDetails
import org.ponte.core.ContractType
import org.ponte.core.InterviewDetails
import org.ponte.core.InterviewFormat
import org.ponte.core.InvalidReason
import org.ponte.core.JobSource
import org.ponte.core.OpenOptions
import org.ponte.core.PonteException
import org.ponte.core.QueryField
import org.ponte.core.Stage
import org.ponte.ffi.Ponte
import org.ponte.ffi.errorMessage

/** The diary through the real library, as the Android app uses it. */
class DiaryTest {
    private val dir: File = Files.createTempDirectory("ponte-diary").toFile()
    private val path = File(dir, "ponte.db").path
    private val key = ByteArray(32) { (it * 7 + 1).toByte() }

    /** Monday 23 November 2026, 09:00 in Rome. */
    private val monday9 = Instant.parse("2026-11-23T08:00:00Z")
    private val hour = java.time.Duration.ofHours(1)
    private val day = java.time.Duration.ofDays(1)

    @After
    fun cleanUp() {
        dir.deleteRecursively()
    }

    // The fields left out (contacts, link, notes) take their defaults.
    private fun details(employer: String, position: String) = ApplicationDetails(
        employer = employer,
        position = position,
        source = JobSource.EMPLOYMENT_CENTRE,
        sourceDetail = "CPI Bologna",
        city = "Bologna",
        contractType = ContractType.INTERNSHIP,
    )

    @Test
    fun applicationsMoveThroughStagesAndSurviveReopening() {
        val firstId: String
        Ponte.open(OpenOptions(path, key, create = true)).use { ponte ->
            val diary = ponte.diary()
            val app = diary.addApplication(details("Coop Sole", "Aiuto cuoco"), Stage.SAVED, monday9 - day.multipliedBy(10))
            firstId = app.id
            diary.moveToStage(app.id, Stage.APPLIED, "CV consegnato a mano", monday9 - day.multipliedBy(9))
            diary.addInterview(
                app.id,
                InterviewDetails(monday9 + hour.multipliedBy(2), InterviewFormat.IN_PERSON, place = "Via Emilia 12"),
            )
            diary.moveToStage(app.id, Stage.OFFER)
            diary.moveToStage(app.id, Stage.HIRED, "Inizio lunedì")
            diary.addApplication(details("Hera", "Operatore ecologico"), Stage.APPLIED)
        }
        Ponte.open(OpenOptions(path, key, create = true)).use { ponte ->
            val diary = ponte.diary()
            val app = diary.application(firstId)
            assertEquals(Stage.HIRED, app.currentStage)
            val stages = diary.timeline(firstId).map { it.stage }
            assertEquals(listOf(Stage.SAVED, Stage.APPLIED, Stage.INTERVIEW, Stage.OFFER, Stage.HIRED), stages)
            assertEquals("Inizio lunedì", diary.timeline(firstId).last().note)
            assertEquals(2, diary.applications().applications.size)
            assertEquals(listOf("Hera"), diary.applications(Stage.APPLIED).applications.map { it.details.employer })
            assertEquals("Via Emilia 12", diary.interviews(firstId).single().details.place)
        }
    }

    @Test
    fun dueRemindersComeBackForTheHomeScreen() {
        Ponte.open(OpenOptions(path, key, create = true)).use { ponte ->
            val diary = ponte.diary()
            val app = diary.addApplication(details("Hotel Roma", "Cameriera"), Stage.APPLIED, monday9 - day.multipliedBy(20))
            diary.addAction(ActionDetails(ActionKind.CALL_BACK, "Chiedere di Marta", monday9 - day), app.id)
            diary.addAction(ActionDetails(ActionKind.SEND_DOCUMENTS, "Attestato HACCP", monday9 + hour.multipliedBy(3)), app.id)
            diary.addAction(ActionDetails(ActionKind.OTHER, "Rinnovo DID al CPI", monday9 + day.multipliedBy(3)))
            val quiet = diary.addApplication(details("Coop Ali", "Magazziniere"), Stage.APPLIED, monday9 - day.multipliedBy(15))

            val agenda = diary.agenda(AgendaOptions(now = monday9, timeZone = "Europe/Rome"))
            assertEquals(listOf("Chiedere di Marta"), agenda.overdue.map { it.note })
            assertEquals(listOf("Attestato HACCP"), agenda.today.map { it.note })
            assertEquals(AgendaSource.ACTION, agenda.today.single().source)
            assertEquals("Hotel Roma", agenda.today.single().employer)
            assertEquals(listOf("Rinnovo DID al CPI"), agenda.thisWeek.map { it.note })
            assertEquals(listOf(quiet.id), agenda.followUps.map { it.applicationId })
            assertEquals(15u, agenda.followUps.single().daysWithoutNews)
        }
    }

    @Test
    fun theRepositoryUsesThePhonesClockAndZone() = runBlocking {
        val clock = Clock.fixed(monday9, ZoneId.of("Europe/Rome"))
        Ponte.open(OpenOptions(path, key, create = true)).use { ponte ->
            val repository = DiaryRepository(ponte.diary(), clock)
            val app = repository.addApplication(details("Ikea", "Magazziniere"))
            ponte.diary().addAction(
                ActionDetails(ActionKind.PREPARE_INTERVIEW, dueAt = monday9 + hour.multipliedBy(14) + java.time.Duration.ofMinutes(30)),
                app.id,
            )
            // 23:30 in Rome is still today.
            assertEquals(1, repository.agenda().today.size)
            assertEquals(Stage.APPLIED, repository.moveToStage(app.id, Stage.APPLIED).currentStage)
        }
    }

    @Test
    fun aWrongKeyIsReportedAndChangesNothing() {
        // Every object over the database is closed, so the file is complete and at rest
        // (an unclosed one would be finalised by the garbage collector at any moment).
        Ponte.open(OpenOptions(path, key, create = true)).use { ponte ->
            ponte.diary().use { it.addApplication(details("Coop", "Cuoco"), Stage.SAVED) }
        }
        val before = File(path).readBytes()
        assertFailsWith<PonteException.WrongKey> { Ponte.open(OpenOptions(path, ByteArray(32) { 9 })) }
        assertTrue(before.contentEquals(File(path).readBytes()))
        Ponte.open(OpenOptions(path, key)).use { assertEquals(1, it.diary().applications().applications.size) }
    }

    @Test
    fun aDiaryIsCreatedOnlyWhenAskedClosesAndChangesItsKey() {
        assertFailsWith<PonteException.NoDatabase> { Ponte.open(OpenOptions(path, key)) }
        assertFalse(File(path).exists())
        val newKey = ByteArray(32) { 11 }
        Ponte.open(OpenOptions(path, key, create = true)).use { ponte ->
            val diary = ponte.diary()
            diary.addApplication(details("Coop", "Cuoco"), Stage.SAVED)
            assertFailsWith<PonteException.InvalidInput> { ponte.changeKey(ByteArray(16)) }
            ponte.changeKey(newKey)
            assertEquals(1, diary.applications().applications.size)
            // Kotlin's close() releases the handle; closeDatabase() closes the database.
            ponte.closeDatabase()
            ponte.closeDatabase()
            assertFailsWith<PonteException.Closed> { diary.applications(null) }
            diary.close()
        }
        assertFailsWith<PonteException.WrongKey> { Ponte.open(OpenOptions(path, key)) }
        Ponte.open(OpenOptions(path, newKey)).use { assertEquals(1, it.diary().applications().applications.size) }
    }

    @Test
    fun badInputNamesTheFieldAndSavesNothing() {
        Ponte.open(OpenOptions(path, key, create = true)).use { ponte ->
            val diary = ponte.diary()
            val error = assertFailsWith<PonteException.InvalidInput> {
                diary.addApplication(details(" ", "Cuoco"), Stage.SAVED)
            }
            assertEquals(Field.Application(ApplicationField.EMPLOYER), error.field)
            // The message names the field in the person's language.
            assertEquals("\u2068Datore di lavoro\u2069: \u2068Questo campo è necessario.\u2069", errorMessage(listOf("it"), error).text)
            assertEquals(InvalidReason.REQUIRED, error.reason)
            val app = diary.addApplication(details("Coop", "Cuoco"), Stage.APPLIED)
            val same = assertFailsWith<PonteException.InvalidInput> { diary.moveToStage(app.id, Stage.APPLIED) }
            assertEquals(InvalidReason.SAME_STAGE, same.reason)
            assertFailsWith<PonteException.NotFound> { diary.application("no-such-id") }
            assertEquals(1, diary.applications().applications.size)
            assertFailsWith<PonteException.InvalidInput> { Ponte.open(OpenOptions(File(dir, "other.db").path, ByteArray(16), create = true)) }
        }
    }

    @Test
    fun twoThreadsCanWriteAndReadAtOnce() {
        Ponte.open(OpenOptions(path, key, create = true)).use { ponte ->
            val diary = ponte.diary()
            val pool = Executors.newFixedThreadPool(2)
            val start = CountDownLatch(1)
            val jobs = (0 until 2).map { thread ->
                pool.submit<Int> {
                    start.await()
                    var seen = 0
                    repeat(50) { i ->
                        diary.addApplication(details("Employer $thread-$i", "Job"), Stage.APPLIED)
                        seen = diary.applications(limit = 200u).applications.size
                    }
                    seen
                }
            }
            start.countDown()
            jobs.forEach { assertTrue(it.get(60, TimeUnit.SECONDS) >= 50) }
            pool.shutdown()
            assertEquals(100, diary.applications(limit = 200u).applications.size)
            assertEquals(100, diary.search("employer", 200u).size)
        }
    }

    @Test
    fun applicationsComeInPagesWithACursor() {
        Ponte.open(OpenOptions(path, key, create = true)).use { ponte ->
            val diary = ponte.diary()
            repeat(25) { i -> diary.addApplication(details("Employer $i", "Job"), Stage.APPLIED, monday9 + hour.multipliedBy(i.toLong())) }
            val first = diary.applications(limit = 10u)
            assertEquals("Employer 24", first.applications.first().details.employer)
            diary.addApplication(details("Late", "Job"), Stage.SAVED, monday9 + day.multipliedBy(2))
            val second = diary.applications(limit = 10u, after = first.next)
            val third = diary.applications(limit = 10u, after = second.next)
            assertEquals(listOf(10, 10, 5), listOf(first, second, third).map { it.applications.size })
            assertEquals(null, third.next)
            val employers = listOf(first, second, third).flatMap { page -> page.applications.map { it.details.employer } }
            assertEquals((24 downTo 0).map { "Employer $it" }, employers)
            val bad = assertFailsWith<PonteException.InvalidInput> { diary.applications(after = "not a cursor") }
            assertEquals(Field.Query(QueryField.CURSOR), bad.field)
        }
    }

    @Test
    fun theCvIsInItalianForEmployers() {
        Ponte.open(OpenOptions(path, key, create = true)).use { ponte ->
            val diary = ponte.diary()
            diary.setPersonalDetails(org.ponte.core.PersonalDetails(fullName = "Samuel Tesfaye", city = "Torino"))
            // Italian when no language is given: the CV is for employers in Italy.
            val html = diary.cvHtml()
            assertContains(html, "Samuel Tesfaye")
            assertContains(html, "Informazioni personali")
            // No empty sections: no work experience, no heading for it.
            assertFalse(html.contains("Esperienza lavorativa"))
            assertContains(diary.cvText("en"), "PERSONAL INFORMATION")
        }
    }
}
