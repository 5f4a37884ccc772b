package org.ponte.shared

import java.io.File
import java.nio.file.Files
import java.time.Instant
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertTrue
import org.junit.After
import org.junit.Test
import org.ponte.core.GeoPoint
import org.ponte.core.ImportFormat
import org.ponte.core.OpenOptions
import org.ponte.core.OpenStatus
import org.ponte.core.PonteException
import org.ponte.core.ServiceFilter
import org.ponte.ffi.Ponte
import org.ponte.wire.Category

/** The services map through the real library. */
class ServicesTest {
    private val dir: File = Files.createTempDirectory("ponte-services").toFile()
    private val ponte = Ponte.open(OpenOptions(File(dir, "ponte.db").path, ByteArray(32) { 3 }, create = true))
    private val services = ponte.services()

    /** Monday 23 November 2026, 10:00 in Rome. */
    private val monday10 = Instant.parse("2026-11-23T09:00:00Z")
    private val piazzaMaggiore = GeoPoint(44.4938, 11.3430)

    private val csv = """
        id,organisation,categories,address,lat,lon,opening_hours,languages_spoken,name_it,name_ar,provenance_ar
        bo-cpi,Regione,work,Via A 1,44.4965,11.3440,"Mo-Fr 09:00-13:00; PH off",it;ar,Centro per l'impiego,مركز التوظيف,reviewed
        bo-scuola,Associazione,italian_courses,Via B 2,44.5000,11.3500,"Mo-Fr 15:00-18:00; PH off",it,Scuola di italiano,مدرسة اللغة الإيطالية,machine
        bo-mensa,Parrocchia,food,Via C 3,44.4940,11.3432,"Su 12:00-14:00",it,Mensa della domenica,,
    """.trimIndent()

    @After
    fun cleanUp() {
        ponte.close()
        dir.deleteRecursively()
    }

    private fun load() {
        val summary = services.import(ImportFormat.CSV, csv.toByteArray(), "bologna", "Bologna")
        assertEquals(3u, summary.upserted)
    }

    @Test
    fun nearMeIsSortedByDistanceWithNamesInMyLanguage() {
        load()
        // The chain is set once on the open database; the calls leave `languages` out.
        ponte.setLanguages(listOf("ar", "en", "it"))
        val near = services.near(piazzaMaggiore, 2_000.0, 10u, monday10)
        assertEquals(listOf("bo-mensa", "bo-cpi", "bo-scuola"), near.map { it.id })
        assertTrue(near.zipWithNext().all { (a, b) -> a.distanceM!! <= b.distanceM!! })
        assertEquals("مركز التوظيف", near[1].name)
        assertEquals("ar", near[1].nameLanguage)
        // No Arabic name for the canteen: shown in Italian, and the app can say so.
        assertEquals("it", near[0].nameLanguage)
    }

    @Test
    fun aServiceWithoutAPositionIsFoundBySearchButNeverNearMe() {
        load()
        val unplaced = """
            id,organisation,categories,address,name_it,attribution
            bo-sportello,Comune,work,Via D 4,Sportello lavoro del Comune,"Comune di Bologna, CC BY 4.0"
        """.trimIndent()
        assertEquals(1u, services.import(ImportFormat.CSV, unplaced.toByteArray(), "bologna", "Bologna").upserted)
        val near = services.near(piazzaMaggiore, 50_000.0, 10u, monday10, languages = listOf("it"))
        assertTrue(near.none { it.id == "bo-sportello" } && near.all { it.position != null })
        val unplacedWork = services.withoutPosition(10u, monday10, ServiceFilter(categories = listOf(Category.WORK)))
        assertEquals(listOf("bo-sportello"), unplacedWork.map { it.id })
        val found = services.search("sportello comune", 10u, monday10, near = piazzaMaggiore, languages = listOf("it"))
        assertEquals(listOf("bo-sportello"), found.map { it.service.id })
        assertEquals(null, found.single().service.position)
        assertEquals(null, found.single().service.distanceM)
        val details = services.service("bo-sportello", monday10, listOf("it"))
        assertEquals(null, details.position)
        assertEquals("Comune di Bologna, CC BY 4.0", details.attribution)
    }

    @Test
    fun searchInArabicAndInItalian() {
        load()
        val arabic = services.search("مدرسة", 10u, monday10, languages = listOf("ar"))
        assertEquals(listOf("bo-scuola"), arabic.map { it.service.id })
        assertEquals("ar", arabic.single().matchedLanguage)
        val italian = services.search("centro impieg", 10u, monday10, near = piazzaMaggiore, languages = listOf("ar"))
        assertEquals("bo-cpi", italian.first().service.id)
        assertEquals("it", italian.first().matchedLanguage)
        assertEquals("ar", italian.first().service.nameLanguage)
    }

    @Test
    fun openNowWithTheNextChange() {
        load()
        val open = services.near(piazzaMaggiore, 5_000.0, 10u, monday10, ServiceFilter(openOnly = true), listOf("it"))
        assertEquals(listOf("bo-cpi"), open.map { it.id })
        val state = open.single().open!!
        assertEquals(OpenStatus.OPEN, state.status)
        // Open until 13:00 Rome time.
        assertEquals(Instant.parse("2026-11-23T12:00:00Z"), state.nextChange)
        val school = services.service("bo-scuola", monday10, listOf("it"))
        assertEquals(OpenStatus.CLOSED, school.open!!.status)
        assertEquals(Instant.parse("2026-11-23T14:00:00Z"), school.open!!.nextChange)
        assertEquals(listOf(Category.ITALIAN_COURSES), school.categories)
    }

    @Test
    fun aBadImportNamesTheRowAndFieldAndImportsNothing() {
        val bad = csv.replace("44.5000,11.3500", "44.5000,east")
        val error = assertFailsWith<PonteException.ImportRefused> {
            services.import(ImportFormat.CSV, bad.toByteArray(), "bologna", "Bologna")
        }
        assertEquals(3u, error.problems.single().row)
        assertEquals("lon", error.problems.single().field)
        assertEquals("problem-not-a-number", error.problems.single().reason)
        assertEquals(0uL, services.count())
    }
}
