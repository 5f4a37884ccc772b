package org.ponte.app

import android.content.Context
import android.graphics.pdf.PdfDocument
import android.os.Handler
import android.os.Looper
import android.view.View
import android.webkit.WebView
import android.webkit.WebViewClient
import java.io.File
import java.io.IOException
import kotlin.coroutines.resume
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.suspendCancellableCoroutine
import kotlinx.coroutines.withContext
import kotlinx.coroutines.withTimeoutOrNull
import org.ponte.shared.PrintedDocument

/**
 * Prints an HTML document the core made (the CV, a certificate) to a PDF file: an off-screen
 * WebView lays it out at an A4 page's width, then each page's band is drawn into a
 * [PdfDocument] (public APIs only; the print framework's callbacks cannot be driven without
 * its dialog). The pagination is [PrintedDocument]'s, tested on the JVM. The HTML is
 * self-contained: no script, no network, no file access.
 */
object HtmlToPdf {
    private const val LAYOUT_WAIT_MILLIS = 10_000L

    /** Must run before the first WebView of the process, so it draws the whole page. */
    fun prepare() {
        WebView.enableSlowWholeDocumentDraw()
    }

    /** Writes [out] and returns true, or returns false (the caller then shares the HTML). */
    suspend fun print(context: Context, html: String, out: File): Boolean = withContext(Dispatchers.Main) {
        val web = WebView(context)
        try {
            web.settings.javaScriptEnabled = false
            web.settings.allowFileAccess = false
            web.settings.allowContentAccess = false
            web.settings.blockNetworkLoads = true
            val density = context.resources.displayMetrics.density
            val widthPx = (PrintedDocument.PAGE_WIDTH_CSS_PX * density).toInt()
            val loaded = withTimeoutOrNull(LAYOUT_WAIT_MILLIS) { load(web, html, widthPx) } ?: false
            if (!loaded) return@withContext false
            val contentHeightPx = (web.contentHeight * density).toInt()
            val slices = PrintedDocument.slices(widthPx, contentHeightPx)
            if (slices.isEmpty()) return@withContext false
            // Laid out at the full height, so every band can be drawn.
            web.measure(
                View.MeasureSpec.makeMeasureSpec(widthPx, View.MeasureSpec.EXACTLY),
                View.MeasureSpec.makeMeasureSpec(contentHeightPx.coerceAtLeast(1), View.MeasureSpec.EXACTLY),
            )
            web.layout(0, 0, widthPx, contentHeightPx.coerceAtLeast(1))
            val document = PdfDocument()
            try {
                val scale = PrintedDocument.scale(widthPx)
                slices.forEachIndexed { index, slice ->
                    val info = PdfDocument.PageInfo.Builder(
                        PrintedDocument.PAGE_WIDTH_POINTS,
                        PrintedDocument.PAGE_HEIGHT_POINTS,
                        index + 1,
                    ).create()
                    val page = document.startPage(info)
                    val canvas = page.canvas
                    canvas.scale(scale, scale)
                    canvas.translate(0f, -slice.topPx.toFloat())
                    canvas.clipRect(0, slice.topPx, widthPx, slice.topPx + slice.heightPx)
                    web.draw(canvas)
                    document.finishPage(page)
                }
                withContext(Dispatchers.IO) { out.outputStream().use { document.writeTo(it) } }
                true
            } catch (e: IOException) {
                false
            } finally {
                document.close()
            }
        } finally {
            web.destroy()
        }
    }

    /** Loads the page laid out [widthPx] wide; true once it has finished loading. */
    private suspend fun load(web: WebView, html: String, widthPx: Int): Boolean =
        suspendCancellableCoroutine { continuation ->
            web.webViewClient = object : WebViewClient() {
                override fun onPageFinished(view: WebView, url: String?) {
                    // The page's layout is ready one frame after it finished loading.
                    Handler(Looper.getMainLooper()).post {
                        if (continuation.isActive) continuation.resume(true)
                    }
                }
            }
            web.measure(
                View.MeasureSpec.makeMeasureSpec(widthPx, View.MeasureSpec.EXACTLY),
                View.MeasureSpec.makeMeasureSpec(0, View.MeasureSpec.UNSPECIFIED),
            )
            web.layout(0, 0, widthPx, web.measuredHeight.coerceAtLeast(1))
            web.loadDataWithBaseURL(null, html, "text/html", "utf-8", null)
            continuation.invokeOnCancellation { web.stopLoading() }
        }
}
