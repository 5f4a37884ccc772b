package org.ponte.shared

import java.util.Locale
import kotlin.test.assertEquals
import kotlin.test.assertNull
import kotlin.test.assertTrue
import org.junit.Test

class VoicesTest {
    @Suppress("DEPRECATION")
    private fun locale(language: String, country: String = "") = Locale(language, country)

    @Test
    fun engineLocalesBecomeBcp47TagsOnceEach() {
        val engine = listOf(
            locale("it", "IT"),
            locale("en", "US"),
            locale("eng", "USA"), // an ISO 639-2 engine: the same voice
            locale("ar", "EG"),
            locale("fa"),
            locale("per", "AFG"), // bibliographic code for Persian, as spoken in Afghanistan
            locale("prs"), // Dari has no two-letter code
            locale("ti", "ER"),
            locale(""),
            Locale.ROOT,
            Locale.forLanguageTag("und"),
            Locale.forLanguageTag("es-419"),
            Locale.forLanguageTag("zh-Hans-CN"),
        )
        assertEquals(
            listOf("it-IT", "en-US", "ar-EG", "fa", "fa-AF", "prs", "ti-ER", "es-419", "zh-Hans-CN"),
            Voices.tags(engine),
        )
    }

    @Test
    fun oldLanguageCodesBecomeTheCurrentOnes() {
        assertEquals("he-IL", Voices.tagOf(locale("iw", "IL")))
        assertEquals("id-ID", Voices.tagOf(locale("in", "ID")))
        assertEquals("yi", Voices.tagOf(locale("ji")))
        assertEquals("de-DE", Voices.tagOf(locale("ger", "DEU")))
    }

    @Test
    fun localesThatNameNoLanguageAreLeftOut() {
        assertNull(Voices.tagOf(locale("")))
        assertNull(Voices.tagOf(locale("", "IT")))
        assertNull(Voices.tagOf(locale("e1")))
        assertNull(Voices.tagOf(locale("abcdefghi")))
        // A country code nobody knows is dropped, the language kept.
        assertEquals("it", Voices.tagOf(locale("it", "XYZ")))
    }

    @Test
    fun speechUsesTheVoiceTheCoreChose() {
        val available = listOf(locale("it", "IT"), locale("en", "GB"), locale("en", "US"), locale("ara", "EGY"))
        assertEquals(locale("en", "US"), Speech.localeFor("en-US", available))
        assertEquals(locale("it", "IT"), Speech.localeFor("it-IT", available))
        assertEquals(locale("ara", "EGY"), Speech.localeFor("ar-EG", available))
        assertEquals(locale("ara", "EGY"), Speech.localeFor("ar_EG", available))
        // The engine's list changed since: the same language in another region still speaks it.
        assertEquals(locale("en", "GB"), Speech.localeFor("en-AU", available))
        // Never another language.
        assertNull(Speech.localeFor("ti", available))
        assertNull(Speech.localeFor("", available))
        assertNull(Speech.localeFor("fa-AF", listOf(locale("ar", "EG"))))
    }

    @Test
    fun aLongTextIsReadInPiecesTheEngineAccepts() {
        val sentence = "Il centro per l'impiego è aperto dal lunedì al venerdì. "
        val text = sentence.repeat(200)
        val request = Speech.request(text, "it-IT", listOf(locale("it", "IT")))!!
        assertEquals(locale("it", "IT"), request.locale)
        assertTrue(request.chunks.size > 1)
        assertTrue(request.chunks.all { it.length <= Speech.MAX_INPUT_LENGTH })
        assertTrue(request.chunks.all { it.endsWith(".") }, "cut at the ends of sentences")
        assertEquals(text.replace(" ", ""), request.chunks.joinToString("").replace(" ", ""))

        val words = "parola ".repeat(50)
        val pieces = Speech.chunks(words, Locale.ITALIAN, maxLength = 20)
        assertTrue(pieces.all { it.length <= 20 && !it.contains("parol ") })
        assertEquals(words.trim().split(" "), pieces.joinToString(" ").split(" "))

        val unbroken = "a".repeat(45)
        assertEquals(listOf("a".repeat(20), "a".repeat(20), "a".repeat(5)), Speech.chunks(unbroken, Locale.ROOT, maxLength = 20))
        assertEquals(listOf("Ciao."), Speech.chunks("  Ciao.  ", Locale.ITALIAN))
        assertNull(Speech.request("   ", "it-IT", listOf(locale("it", "IT"))))
        assertNull(Speech.request("Ciao.", "ti", listOf(locale("it", "IT"))))
    }
}
