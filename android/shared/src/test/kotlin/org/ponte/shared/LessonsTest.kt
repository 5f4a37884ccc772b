package org.ponte.shared

import java.io.File
import java.nio.file.Files
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertTrue
import org.junit.After
import org.junit.Test
import org.ponte.core.Answer
import org.ponte.core.LessonStatus
import org.ponte.core.PonteException
import org.ponte.core.StepKind
import org.ponte.ffi.Ponte

/** The lesson player through the real library, with a signed pack of known answers. */
class LessonsTest {
    private val dir: File = Files.createTempDirectory("ponte-lessons").toFile()
    private val path = File(dir, "ponte.db").path
    private val key = ByteArray(32) { 5 }
    private val pack = File(System.getProperty("ponte.miniPack")).readBytes()
    private val trusted = listOf(System.getProperty("ponte.demoPublicKey"))
    private val italian = listOf("it", "en")

    @After
    fun cleanUp() {
        dir.deleteRecursively()
    }

    @Test
    fun aLessonFromStartToMastery() {
        Ponte.open(path, key).use { ponte ->
            val lessons = ponte.lessons()
            assertEquals(2u, lessons.installPack(pack, trusted).lessons)
            val first = lessons.openLesson("wifi", italian)
            assertEquals(StepKind.EXPLAIN, first.step.kind)
            assertEquals("Il Wi-Fi è una rete senza fili.", first.step.text.speakable)
            val question = lessons.goToStep("wifi", 2u, italian)
            assertEquals(StepKind.SINGLE_CHOICE, question.step.kind)
            val wrong = lessons.answer("wifi", "q1", Answer.Choices(listOf("a")), 3000u, false, italian)
            assertFalse(wrong.correct)
            assertEquals("Altri possono vedere i tuoi dati.", wrong.feedback.single().text)
            assertTrue(lessons.answer("wifi", "q1", Answer.Choices(listOf("b")), 1500u, true, italian).correct)
            val last = lessons.answer("wifi", "q2", Answer.TrueFalse(true), 900u, false, italian)
            assertTrue(last.masteredNow)
            assertEquals(LessonStatus.MASTERED, lessons.courses(italian).single().lessons.first().status)
        }
    }

    @Test
    fun resumesAtTheSavedStepAfterReopening() {
        Ponte.open(path, key).use { ponte ->
            ponte.lessons().installPack(pack, trusted)
            ponte.lessons().openLesson("wifi", italian)
            ponte.lessons().goToStep("wifi", 3u, italian)
        }
        Ponte.open(path, key).use { ponte ->
            val view = ponte.lessons().openLesson("wifi", italian)
            assertEquals("q2", view.step.id)
            assertEquals(3u, view.step.index)
            assertEquals(LessonStatus.IN_PROGRESS, view.status)
        }
    }

    @Test
    fun aTamperedPackIsRefused() {
        val tampered = String(pack, Charsets.UTF_8).replace("Corso di prova", "Corso truccato").toByteArray()
        Ponte.open(path, key).use { ponte ->
            assertFailsWith<PonteException.InvalidInput> { ponte.lessons().installPack(tampered, trusted) }
            assertTrue(ponte.lessons().courses(italian).isEmpty())
        }
    }
}
