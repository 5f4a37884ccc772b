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

    private fun details(employer: String, position: String) = ApplicationDetails(
        employer = employer,
        position = position,
        source = JobSource.EMPLOYMENT_CENTRE,
        sourceDetail = "CPI Bologna",
        city = "Bologna",
        contractType = ContractType.INTERNSHIP,
        contactName = "",
        contactPhone = "",
        contactEmail = "",
        jobUrl = "",
        notes = "",
    )

    @Test
    fun applicationsMoveThroughStagesAndSurviveReopening() {
        val firstId: String
        Ponte.open(OpenOptions(path, key, create = true)).use { ponte ->
            val diary = ponte.diary()
            val app = diary.addApplication(details("Coop Sole", "Aiuto cuoco"), Stage.SAVED, monday9 - day.multipliedBy(10))
            firstId = app.id
            diary.moveToStage(app.id, Stage.APPLIED, monday9 - day.multipliedBy(9), "CV consegnato a mano")
            diary.addInterview(
                app.id,
                InterviewDetails(monday9 + hour.multipliedBy(2), InterviewFormat.IN_PERSON, "Via Emilia 12", "", ""),
            )
            diary.moveToStage(app.id, Stage.OFFER, null, "")
            diary.moveToStage(app.id, Stage.HIRED, null, "Inizio lunedì")
            diary.addApplication(details("Hera", "Operatore ecologico"), Stage.APPLIED, null)
        }
        Ponte.open(OpenOptions(path, key, create = true)).use { ponte ->
            val diary = ponte.diary()
            val app = diary.application(firstId)
            assertEquals(Stage.HIRED, app.currentStage)
            val stages = diary.timeline(firstId).map { it.stage }
            assertEquals(listOf(Stage.SAVED, Stage.APPLIED, Stage.INTERVIEW, Stage.OFFER, Stage.HIRED), stages)
            assertEquals("Inizio lunedì", diary.timeline(firstId).last().note)
            assertEquals(2, diary.applications(null).size)
            assertEquals(listOf("Hera"), diary.applications(Stage.APPLIED).map { it.details.employer })
            assertEquals("Via Emilia 12", diary.interviews(firstId).single().details.place)
        }
    }

    @Test
    fun dueRemindersComeBackForTheHomeScreen() {
        Ponte.open(OpenOptions(path, key, create = true)).use { ponte ->
            val diary = ponte.diary()
            val app = diary.addApplication(details("Hotel Roma", "Cameriera"), Stage.APPLIED, monday9 - day.multipliedBy(20))
            diary.addAction(app.id, ActionDetails(ActionKind.CALL_BACK, "Chiedere di Marta", monday9 - day))
            diary.addAction(app.id, ActionDetails(ActionKind.SEND_DOCUMENTS, "Attestato HACCP", monday9 + hour.multipliedBy(3)))
            diary.addAction(null, ActionDetails(ActionKind.OTHER, "Rinnovo DID al CPI", monday9 + day.multipliedBy(3)))
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
            ponte.diary().addAction(app.id, ActionDetails(ActionKind.PREPARE_INTERVIEW, "", monday9 + hour.multipliedBy(14) + java.time.Duration.ofMinutes(30)))
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
            ponte.diary().use { it.addApplication(details("Coop", "Cuoco"), Stage.SAVED, null) }
        }
        val before = File(path).readBytes()
        assertFailsWith<PonteException.WrongKey> { Ponte.open(OpenOptions(path, ByteArray(32) { 9 })) }
        assertTrue(before.contentEquals(File(path).readBytes()))
        Ponte.open(OpenOptions(path, key)).use { assertEquals(1, it.diary().applications(null).size) }
    }

    @Test
    fun aDiaryIsCreatedOnlyWhenAskedClosesAndChangesItsKey() {
        assertFailsWith<PonteException.NoDatabase> { Ponte.open(OpenOptions(path, key)) }
        assertFalse(File(path).exists())
        val newKey = ByteArray(32) { 11 }
        Ponte.open(OpenOptions(path, key, create = true)).use { ponte ->
            val diary = ponte.diary()
            diary.addApplication(details("Coop", "Cuoco"), Stage.SAVED, null)
            assertFailsWith<PonteException.InvalidInput> { ponte.changeKey(ByteArray(16)) }
            ponte.changeKey(newKey)
            assertEquals(1, diary.applications(null).size)
            // Kotlin's close() releases the handle; closeDatabase() closes the database.
            ponte.closeDatabase()
            ponte.closeDatabase()
            assertFailsWith<PonteException.Closed> { diary.applications(null) }
            diary.close()
        }
        assertFailsWith<PonteException.WrongKey> { Ponte.open(OpenOptions(path, key)) }
        Ponte.open(OpenOptions(path, newKey)).use { assertEquals(1, it.diary().applications(null).size) }
    }

    @Test
    fun badInputNamesTheFieldAndSavesNothing() {
        Ponte.open(OpenOptions(path, key, create = true)).use { ponte ->
            val diary = ponte.diary()
            val error = assertFailsWith<PonteException.InvalidInput> {
                diary.addApplication(details(" ", "Cuoco"), Stage.SAVED, null)
            }
            assertEquals(Field.Application(ApplicationField.EMPLOYER), error.field)
            // The message names the field in the person's language.
            assertEquals("\u2068Datore di lavoro\u2069: \u2068Questo campo è necessario.\u2069", errorMessage(listOf("it"), error).text)
            assertEquals(InvalidReason.REQUIRED, error.reason)
            val app = diary.addApplication(details("Coop", "Cuoco"), Stage.APPLIED, null)
            val same = assertFailsWith<PonteException.InvalidInput> { diary.moveToStage(app.id, Stage.APPLIED, null, "") }
            assertEquals(InvalidReason.SAME_STAGE, same.reason)
            assertFailsWith<PonteException.NotFound> { diary.application("no-such-id") }
            assertEquals(1, diary.applications(null).size)
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
                        diary.addApplication(details("Employer $thread-$i", "Job"), Stage.APPLIED, null)
                        seen = diary.applications(null).size
                    }
                    seen
                }
            }
            start.countDown()
            jobs.forEach { assertTrue(it.get(60, TimeUnit.SECONDS) >= 50) }
            pool.shutdown()
            assertEquals(100, diary.applications(null).size)
            assertEquals(100, diary.search("employer", 200u).size)
        }
    }

    @Test
    fun theCvIsInItalianForEmployers() {
        Ponte.open(OpenOptions(path, key, create = true)).use { ponte ->
            val diary = ponte.diary()
            diary.setPersonalDetails(org.ponte.core.PersonalDetails("Samuel Tesfaye", "", "", "Torino", ""))
            val html = diary.cvHtml("it")
            assertContains(html, "Samuel Tesfaye")
            assertContains(html, "Informazioni personali")
            // No empty sections: no work experience, no heading for it.
            assertFalse(html.contains("Esperienza lavorativa"))
            assertContains(diary.cvText("en"), "PERSONAL INFORMATION")
        }
    }
}
