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
import org.ponte.core.InvalidReason
import org.ponte.core.LessonStatus
import org.ponte.core.OpenOptions
import org.ponte.core.PackProblem
import org.ponte.core.PairAnswer
import org.ponte.core.PonteException
import org.ponte.core.StepKind
import org.ponte.ffi.Ponte
import org.ponte.wire.MasteryRule

/** The lesson player through the real library, with a signed pack of known answers. */
class LessonsTest {
    private val dir: File = Files.createTempDirectory("ponte-lessons").toFile()
    private val path = File(dir, "ponte.db").path
    private val key = ByteArray(32) { 5 }
    private val pack = File(System.getProperty("ponte.miniPack")).readBytes()
    private val trusted = listOf(System.getProperty("ponte.demoPublicKey"))
    private val italian = listOf("it", "en")

    /** The app opens its database once, with the signing keys it ships. */
    private fun openPonte() = Ponte.open(OpenOptions(path, key, create = true, trustedKeys = trusted))

    @After
    fun cleanUp() {
        dir.deleteRecursively()
    }

    @Test
    fun aLessonFromStartToMastery() {
        openPonte().use { ponte ->
            val lessons = ponte.lessons()
            assertEquals(2u, lessons.installPack(pack).lessons)
            val first = lessons.openLesson("wifi", italian)
            assertEquals(StepKind.EXPLAIN, first.step.kind)
            assertEquals("Il Wi-Fi è una rete senza fili.", first.step.text.speakable)
            assertEquals(MasteryRule.MOfN(2u, 3u), first.mastery)
            assertEquals(
                "To master this lesson, get 2 of your last 3 answers right.",
                lessons.openLesson("wifi", listOf("en")).masteryText.speakable,
            )
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
        openPonte().use { ponte ->
            ponte.lessons().installPack(pack)
            ponte.lessons().openLesson("wifi", italian)
            ponte.lessons().goToStep("wifi", 3u, italian)
        }
        openPonte().use { ponte ->
            val view = ponte.lessons().openLesson("wifi", italian)
            assertEquals("q2", view.step.id)
            assertEquals(3u, view.step.index)
            assertEquals(LessonStatus.IN_PROGRESS, view.status)
        }
    }

    @Test
    fun completingIsExplicitAndOnlyFromTheLastStep() {
        openPonte().use { ponte ->
            val lessons = ponte.lessons()
            lessons.installPack(pack)
            lessons.goToStep("wifi", 3u, italian)
            val past = assertFailsWith<PonteException.InvalidInput> { lessons.goToStep("wifi", 6u, italian) }
            assertEquals(InvalidReason.OUT_OF_RANGE, past.reason)
            val early = assertFailsWith<PonteException.LessonNotFinished> { lessons.completeLesson("wifi") }
            assertEquals(2u, early.stepsLeft)
            assertEquals(LessonStatus.IN_PROGRESS, lessons.openLesson("wifi", italian).status)
            lessons.goToStep("wifi", 5u, italian)
            assertEquals(LessonStatus.COMPLETED, lessons.completeLesson("wifi"))
        }
    }

    @Test
    fun wrongAnswersAlwaysGetFeedbackAndPairsHideTheirAnswer() {
        openPonte().use { ponte ->
            val lessons = ponte.lessons()
            lessons.installPack(pack)
            val missing = lessons.answer("battery", "q1", Answer.Choices(listOf("a")), 0u, false, italian)
            assertFalse(missing.correct)
            assertEquals("Non proprio: manca una risposta giusta.", missing.feedback.single().speakable)

            val view = lessons.goToStep("wifi", 5u, italian)
            val lefts = view.step.choices.map { it.id }
            assertTrue(view.step.matches.none { it.id in lefts })
            fun right(text: String) = view.step.matches.first { it.text?.text == text }.id
            val pairs = listOf(PairAnswer("1", right("gratis a casa")), PairAnswer("2", right("costano")))
            assertTrue(lessons.answer("wifi", "q4", Answer.Pairs(pairs), 0u, false, italian).correct)
            val swapped = listOf(PairAnswer("1", right("costano")), PairAnswer("2", right("gratis a casa")))
            val wrong = lessons.answer("wifi", "q4", Answer.Pairs(swapped), 0u, false, italian)
            assertFalse(wrong.correct)
            assertTrue(wrong.feedback.isNotEmpty())
        }
    }

    @Test
    fun aTamperedPackIsRefused() {
        val tampered = String(pack, Charsets.UTF_8).replace("Corso di prova", "Corso truccato").toByteArray()
        openPonte().use { ponte ->
            val error = assertFailsWith<PonteException.Pack> { ponte.lessons().installPack(tampered) }
            assertEquals(PackProblem.TAMPERED, error.problem)
            assertTrue(ponte.lessons().courses(italian).isEmpty())
        }
        // A database opened without the organisation's key trusts no pack.
        Ponte.open(OpenOptions(path, key)).use { ponte ->
            val untrusted = assertFailsWith<PonteException.Pack> { ponte.lessons().installPack(pack) }
            assertEquals(PackProblem.UNTRUSTED, untrusted.problem)
        }
        // A key the app ships wrong is refused at open.
        assertFailsWith<PonteException.InvalidInput> { Ponte.open(OpenOptions(path, key, trustedKeys = listOf("not a key"))) }
    }
}
