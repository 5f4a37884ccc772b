package org.ponte.shared

import kotlin.math.ceil
import kotlin.math.roundToInt

/**
 * How a shared HTML document (the CV, a course certificate) becomes a PDF before the share
 * sheet: the web page is laid out once at the width of an A4 sheet, then cut into pages that
 * are drawn one by one into `android.graphics.pdf.PdfDocument`. The arithmetic lives here so it
 * is tested on the JVM; the app only draws.
 */
object PrintedDocument {
    /** A4 in PDF points (1/72 inch): what PdfDocument's pages are measured in. */
    const val PAGE_WIDTH_POINTS = 595
    const val PAGE_HEIGHT_POINTS = 842

    /** The CSS width an A4 page has at 96 CSS pixels per inch, which web layouts expect. */
    const val PAGE_WIDTH_CSS_PX = 794

    /** Past this, a "document" is not one a person made: share the HTML rather than draw it. */
    const val MAX_PAGES = 50

    /** Whether a file the core shares is printed to PDF first. */
    fun isPrintable(mimeType: String): Boolean =
        mimeType.substringBefore(';').trim().equals("text/html", ignoreCase = true)

    /** The PDF's file name: `cv.html` → `cv.pdf`; a name without `.html` gets `.pdf` added. */
    fun pdfName(fileName: String): String {
        val base = fileName.substringAfterLast('/').substringAfterLast('\\')
        val stem = when {
            base.endsWith(".html", ignoreCase = true) -> base.dropLast(5)
            base.endsWith(".htm", ignoreCase = true) -> base.dropLast(4)
            else -> base
        }
        return (stem.ifBlank { "document" }) + ".pdf"
    }

    /** One page: the band of the laid-out page, in view pixels, that it shows. */
    data class Slice(val topPx: Int, val heightPx: Int)

    /**
     * The pages of a document laid out `widthPx` wide and `contentHeightPx` tall: bands as tall
     * as an A4 page is for that width, the last one shorter. An empty document is one blank
     * page; one longer than [MAX_PAGES] gives no page (the caller shares the HTML instead).
     */
    fun slices(widthPx: Int, contentHeightPx: Int): List<Slice> {
        require(widthPx > 0) { "the page was not laid out" }
        val pageHeightPx = (widthPx.toDouble() * PAGE_HEIGHT_POINTS / PAGE_WIDTH_POINTS).roundToInt()
        val height = contentHeightPx.coerceAtLeast(1)
        val count = ceil(height.toDouble() / pageHeightPx).toInt()
        if (count > MAX_PAGES) return emptyList()
        return (0 until count).map { page ->
            val top = page * pageHeightPx
            Slice(top, minOf(pageHeightPx, height - top))
        }
    }

    /** The scale from view pixels to PDF points. */
    fun scale(widthPx: Int): Float = PAGE_WIDTH_POINTS.toFloat() / widthPx
}
