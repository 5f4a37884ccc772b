package org.ponte.shared

import kotlin.test.assertEquals
import kotlin.test.assertTrue
import org.junit.Test
import org.ponte.core.ApplicationField
import org.ponte.core.Arg
import org.ponte.core.Field
import org.ponte.core.InvalidReason
import org.ponte.core.NamedArg
import org.ponte.core.PackProblem
import org.ponte.core.PonteException
import org.ponte.core.TextDirection
import org.ponte.ffi.catalogueReport
import org.ponte.ffi.errorMessage
import org.ponte.ffi.formatNumber
import org.ponte.ffi.negotiateLanguages
import org.ponte.ffi.supportedLanguages
import org.ponte.ffi.t

/** The catalogue through the real library, as both apps read it. */
class I18nTest {
    private fun days(n: Double) = listOf(
        NamedArg("employer", Arg.Text("Coop Sole")),
        NamedArg("days", Arg.Number(n)),
    )

    @Test
    fun arabicPluralsHaveTheirSixForms() {
        val chain = negotiateLanguages(listOf("ar-EG"), null)
        assertEquals(listOf("ar", "en", "it"), chain)
        val forms = listOf(0.0, 1.0, 2.0, 3.0, 11.0, 100.0).map { t(chain, "home-follow-up", days(it)).text }
        assertEquals(6, forms.toSet().size, forms.joinToString("\n"))
        assertTrue(forms.all { t(chain, "home-follow-up", days(1.0)).locale == "ar" })
    }

    @Test
    fun rightToLeftMessagesIsolateTheirNumbers() {
        val text = t(listOf("ar"), "stats-applications-week", listOf(NamedArg("count", Arg.Number(12.0))))
        assertEquals(TextDirection.RIGHT_TO_LEFT, text.direction)
        // The number is wrapped in FSI … PDI so it keeps its place in right-to-left text.
        assertTrue(text.text.contains("\u206812\u2069"), text.text)
        assertEquals("١٢", formatNumber("ar-EG", 12.0))
    }

    @Test
    fun aLanguageTheCatalogueLacksFallsBackToItalian() {
        val text = t(listOf("de", "it"), "nav-services", emptyList())
        assertEquals("it", text.locale)
        assertEquals("Servizi", text.text)
        val chain = negotiateLanguages(listOf("de-DE"), "ar")
        assertEquals(listOf("ar", "en", "it"), chain)
    }

    @Test
    fun errorsAreExplainedInThePersonsLanguage() {
        val error = PonteException.InvalidInput(Field.Application(ApplicationField.EMPLOYER), InvalidReason.REQUIRED)
        val message = errorMessage(listOf("ar"), error)
        // The field's label and the problem, both in Arabic, each isolated from the other.
        assertEquals("ar", message.locale)
        assertTrue(message.text.startsWith("\u2068صاحب العمل\u2069"), message.text)
        val tampered = errorMessage(listOf("it"), PonteException.Pack(PackProblem.TAMPERED))
        assertTrue(tampered.text.startsWith("Questo pacchetto di lezioni è stato modificato"))
        val older = errorMessage(listOf("it"), PonteException.Pack(PackProblem.OLDER))
        assertEquals("Su questo telefono ci sono già lezioni più nuove. Non serve fare nulla.", older.text)
    }

    @Test
    fun thePickerListsTwelveLanguagesWithNativeNames() {
        val languages = supportedLanguages()
        assertEquals(12, languages.size)
        assertEquals(TextDirection.RIGHT_TO_LEFT, languages.single { it.code == "ur" }.direction)
        assertEquals("ትግርኛ", languages.single { it.code == "ti" }.nativeName)
        assertEquals("العربية", languages.single { it.code == "ar" }.nativeName)
        assertEquals("Italiano", languages.single { it.code == "it" }.nativeName)
        assertEquals(TextDirection.RIGHT_TO_LEFT, languages.single { it.code == "ar" }.direction)
        assertTrue(catalogueReport().all { it.present == it.keys })
    }
}
