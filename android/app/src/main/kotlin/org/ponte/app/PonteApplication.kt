package org.ponte.app

import android.app.Application

/**
 * The process. Opens nothing here: the core is opened off the main thread by [AppStore.start],
 * called by [MainActivity] behind the splash screen and by [SyncWorker] in the background.
 */
class PonteApplication : Application() {
    val store: AppStore by lazy { AppStore(this) }

    override fun onCreate() {
        super.onCreate()
        // Before any WebView exists: the CV is drawn whole into a PDF (HtmlToPdf).
        HtmlToPdf.prepare()
    }
}
