package org.ponte.shared

import java.text.BreakIterator
import java.util.IllformedLocaleException
import java.util.Locale

/**
 * The phone's text-to-speech locales as the BCP 47 tags the core's `Capabilities.voices`
 * wants. TTS engines report locales in several shapes (`Locale("en", "US")`,
 * `Locale("eng", "USA")` from ISO 639-2 engines, the old `iw`/`in` codes, empty or "und"
 * entries): each becomes one well-formed tag (`en-US`, `he`, `id-ID`) or is left out.
 */
object Voices {
    /** ISO 639-2 bibliographic codes some engines use, which Java's ISO 3 table lacks. */
    private val BIBLIOGRAPHIC = mapOf(
        "alb" to "sq", "arm" to "hy", "baq" to "eu", "bur" to "my", "chi" to "zh", "cze" to "cs",
        "dut" to "nl", "fre" to "fr", "geo" to "ka", "ger" to "de", "gre" to "el", "ice" to "is",
        "mac" to "mk", "mao" to "mi", "may" to "ms", "per" to "fa", "rum" to "ro", "slo" to "sk",
        "tib" to "bo", "wel" to "cy",
    )

    private val LANGUAGE_3_TO_2: Map<String, String> by lazy {
        val table = HashMap<String, String>()
        for (code in Locale.getISOLanguages()) {
            val three = runCatching { Locale.forLanguageTag(code).isO3Language }.getOrNull()
            if (!three.isNullOrEmpty()) table[three] = code
        }
        table + BIBLIOGRAPHIC
    }

    private val COUNTRY_3_TO_2: Map<String, String> by lazy {
        val table = HashMap<String, String>()
        for (code in Locale.getISOCountries()) {
            val three = runCatching { Locale.Builder().setRegion(code).build().isO3Country }.getOrNull()
            if (!three.isNullOrEmpty()) table[three] = code
        }
        table
    }

    /** One tag per distinct voice locale, in the order given; unusable locales left out. */
    fun tags(locales: Iterable<Locale>): List<String> {
        val seen = LinkedHashSet<String>()
        for (locale in locales) {
            tagOf(locale)?.let(seen::add)
        }
        return seen.toList()
    }

    /** The tag of one locale, or null when it names no language. */
    fun tagOf(locale: Locale): String? {
        val language = languageOf(locale.language) ?: return null
        val region = regionOf(locale.country)
        return try {
            Locale.Builder()
                .setLanguage(language)
                .setScript(locale.script)
                .setRegion(region ?: "")
                .build()
                .toLanguageTag()
                .takeIf { it != "und" }
        } catch (e: IllformedLocaleException) {
            null
        }
    }

    private fun languageOf(raw: String): String? {
        val code = raw.trim().lowercase(Locale.ROOT)
        if (code.isEmpty() || code == "und" || !code.all { it in 'a'..'z' }) return null
        return when (code.length) {
            2 -> Locale.forLanguageTag(code).language.ifEmpty { null } // iw -> he, in -> id
            3 -> LANGUAGE_3_TO_2[code] ?: code // "prs" (Dari) has no two-letter code
            else -> null
        }
    }

    private fun regionOf(raw: String): String? {
        val code = raw.trim().uppercase(Locale.ROOT)
        return when {
            code.isEmpty() -> null
            code.length == 2 && code.all { it in 'A'..'Z' } -> code
            code.length == 3 && code.all { it.isDigit() } -> code // UN M.49, e.g. 419
            code.length == 3 -> COUNTRY_3_TO_2[code]
            else -> null
        }
    }
}

/** What the shell gives its TTS engine for one `Effect.ReadAloud`. */
data class SpeechRequest(
    val locale: Locale,
    /** The text cut into pieces the engine accepts, in order, each queued after the other. */
    val chunks: List<String>,
)

/**
 * A voice for `Effect.ReadAloud(text, language)`. The core chose `language` among the tags
 * [Voices.tags] gave, so the match is exact; a locale of the same language and script in
 * another region (the engine's list changed since) is accepted. Otherwise null: the shell
 * never falls back to another language by itself.
 */
object Speech {
    /** `TextToSpeech.getMaxSpeechInputLength()` on every Android version so far. */
    const val MAX_INPUT_LENGTH = 4000

    fun localeFor(language: String, available: Iterable<Locale>): Locale? {
        val wanted = Voices.tagOf(Locale.forLanguageTag(language.replace('_', '-'))) ?: return null
        val candidates = available.mapNotNull { locale -> Voices.tagOf(locale)?.let { it to locale } }
        candidates.firstOrNull { it.first.equals(wanted, ignoreCase = true) }?.let { return it.second }
        val want = Locale.forLanguageTag(wanted)
        return candidates.firstOrNull { (tag, _) ->
            val have = Locale.forLanguageTag(tag)
            have.language == want.language && have.script == want.script
        }?.second
    }

    fun request(text: String, language: String, available: Iterable<Locale>, maxLength: Int = MAX_INPUT_LENGTH): SpeechRequest? {
        val locale = localeFor(language, available) ?: return null
        val chunks = chunks(text, locale, maxLength)
        return if (chunks.isEmpty()) null else SpeechRequest(locale, chunks)
    }

    /** The text cut at sentence ends (else at spaces, else anywhere) into pieces of at most `maxLength`. */
    fun chunks(text: String, locale: Locale, maxLength: Int = MAX_INPUT_LENGTH): List<String> {
        require(maxLength > 0)
        val trimmed = text.trim()
        if (trimmed.isEmpty()) return emptyList()
        if (trimmed.length <= maxLength) return listOf(trimmed)
        val sentences = BreakIterator.getSentenceInstance(locale)
        sentences.setText(trimmed)
        val pieces = ArrayList<String>()
        var start = sentences.first()
        var end = sentences.next()
        while (end != BreakIterator.DONE) {
            pieces += trimmed.substring(start, end)
            start = end
            end = sentences.next()
        }
        val out = ArrayList<String>()
        val current = StringBuilder()
        fun flush() {
            val piece = current.toString().trim()
            if (piece.isNotEmpty()) out += piece
            current.setLength(0)
        }
        for (piece in pieces.flatMap { split(it, maxLength) }) {
            if (current.length + piece.length > maxLength) flush()
            current.append(piece)
        }
        flush()
        return out
    }

    /** A piece longer than `maxLength` cut at its last space before the limit, or at the limit. */
    private fun split(piece: String, maxLength: Int): List<String> {
        val out = ArrayList<String>()
        var rest = piece
        while (rest.length > maxLength) {
            val space = rest.lastIndexOf(' ', maxLength - 1)
            var cut = if (space > 0) space + 1 else maxLength
            // Never between the two halves of a character outside the BMP.
            if (cut > 1 && Character.isHighSurrogate(rest[cut - 1])) cut -= 1
            out += rest.substring(0, cut)
            rest = rest.substring(cut)
        }
        if (rest.isNotEmpty()) out += rest
        return out
    }
}
