package org.ponte.shared

import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertTrue

class PrintedDocumentTest {
    @Test
    fun onlyHtmlIsPrinted() {
        assertTrue(PrintedDocument.isPrintable("text/html"))
        assertTrue(PrintedDocument.isPrintable("text/html; charset=utf-8"))
        assertFalse(PrintedDocument.isPrintable("application/json"))
        assertFalse(PrintedDocument.isPrintable("application/pdf"))
    }

    @Test
    fun thePdfKeepsTheNameWithoutAFolder() {
        assertEquals("ponte-cv.pdf", PrintedDocument.pdfName("ponte-cv.html"))
        assertEquals("ponte-certificate-basics.pdf", PrintedDocument.pdfName("ponte-certificate-basics.HTM"))
        assertEquals("cv.pdf", PrintedDocument.pdfName("../../cv.html"))
        assertEquals("document.pdf", PrintedDocument.pdfName(".html"))
        assertEquals("export.json.pdf", PrintedDocument.pdfName("export.json"))
    }

    @Test
    fun aLongDocumentIsCutIntoA4PagesWithNothingLeftOut() {
        // 1000 px wide: an A4 page is 1415 px tall (842 / 595).
        val slices = PrintedDocument.slices(widthPx = 1000, contentHeightPx = 3000)
        assertEquals(
            listOf(
                PrintedDocument.Slice(0, 1415),
                PrintedDocument.Slice(1415, 1415),
                PrintedDocument.Slice(2830, 170),
            ),
            slices,
        )
        assertEquals(3000, slices.sumOf { it.heightPx })
        assertEquals(0.595f, PrintedDocument.scale(1000))
    }

    @Test
    fun aShortOrEmptyDocumentIsOnePage() {
        assertEquals(listOf(PrintedDocument.Slice(0, 1415)), PrintedDocument.slices(1000, 1415))
        assertEquals(listOf(PrintedDocument.Slice(0, 1)), PrintedDocument.slices(1000, 0))
    }

    @Test
    fun aRunawayDocumentIsNotDrawn() {
        assertEquals(emptyList(), PrintedDocument.slices(1000, 1415 * PrintedDocument.MAX_PAGES + 1))
        assertEquals(PrintedDocument.MAX_PAGES, PrintedDocument.slices(1000, 1415 * PrintedDocument.MAX_PAGES).size)
    }

    @Test
    fun aPageThatWasNotLaidOutIsRefused() {
        assertFailsWith<IllegalArgumentException> { PrintedDocument.slices(0, 100) }
    }
}
