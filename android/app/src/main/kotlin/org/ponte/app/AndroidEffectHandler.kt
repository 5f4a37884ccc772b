package org.ponte.app

import android.Manifest
import android.annotation.SuppressLint
import android.content.ActivityNotFoundException
import android.content.Context
import android.content.Intent
import android.content.pm.PackageManager
import android.location.LocationManager
import android.media.MediaPlayer
import android.net.Uri
import android.os.Build
import android.speech.tts.TextToSpeech
import android.util.Log
import androidx.core.content.ContextCompat
import androidx.core.content.FileProvider
import androidx.core.location.LocationManagerCompat
import androidx.core.os.LocaleListCompat
import java.io.File
import java.io.IOException
import java.util.Locale
import java.util.TimeZone
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import kotlinx.coroutines.withTimeoutOrNull
import org.ponte.core.Capabilities
import org.ponte.core.Effect
import org.ponte.core.Event
import org.ponte.core.ExternalKind
import org.ponte.core.NotificationSwitch
import org.ponte.core.Permission
import org.ponte.core.Platform
import org.ponte.shared.ExternalIntent
import org.ponte.shared.ExternalIntentResult
import org.ponte.shared.ExternalIntents
import org.ponte.shared.PrintedDocument
import org.ponte.shared.Speech
import org.ponte.shared.Voices

/**
 * The platform side of every effect of the app core. Called on the main thread by [AppStore].
 * What needs a visible Activity (permission dialogs, the QR scanner, the share sheet) goes
 * through [host], which [MainActivity] sets while it is started.
 */
class AndroidEffectHandler(private val context: Context) : EffectHandler {
    @Volatile
    var host: ActivityHost? = null

    private val scope = CoroutineScope(SupervisorJob() + Dispatchers.Main)
    private val notifications = PlannedNotifications(context)
    private val speechReady = CompletableDeferred<Boolean>()
    private var player: MediaPlayer? = null

    @Volatile
    private var voiceLocales: List<Locale> = emptyList()
    private val speech: TextToSpeech by lazy {
        TextToSpeech(context) { status -> speechReady.complete(status == TextToSpeech.SUCCESS) }
    }

    /** What the phone can do, reported to the core when it opens (voices waited for briefly). */
    suspend fun capabilities(): Capabilities {
        val voices = withContext(Dispatchers.Main) { speech }.let { tts ->
            val ready = withTimeoutOrNull(VOICES_WAIT_MILLIS) { speechReady.await() } ?: false
            if (!ready) {
                emptyList()
            } else {
                try {
                    voiceLocales = tts.voices.orEmpty().filterNot { it.isNetworkConnectionRequired }.map { it.locale }
                    Voices.tags(voiceLocales)
                } catch (e: RuntimeException) {
                    // Some engines throw here; the phone then reads nothing aloud.
                    emptyList()
                }
            }
        }
        val packages = context.packageManager
        val languages = LocaleListCompat.getAdjustedDefault()
        return Capabilities(
            platform = Platform.ANDROID,
            voices = voices,
            camera = packages.hasSystemFeature(PackageManager.FEATURE_CAMERA_ANY),
            location = packages.hasSystemFeature(PackageManager.FEATURE_LOCATION),
            preferredLanguages = (0 until languages.size()).mapNotNull { languages[it]?.toLanguageTag() },
            timeZone = TimeZone.getDefault().id,
        )
    }

    override fun perform(effect: Effect, send: (Event) -> Unit) {
        when (effect) {
            is Effect.LoadShippedContent -> loadShippedContent(send)
            is Effect.ScheduleNotifications -> notifications.schedule(effect.plan)
            is Effect.ScheduleBackgroundSync ->
                SyncWorker.schedule(context, effect.intervalMinutes, effect.unmeteredOnly)
            is Effect.CancelBackgroundSync -> SyncWorker.cancel(context)
            is Effect.RequestPermission -> requestPermission(effect.permission, send)
            is Effect.ReadAloud -> readAloud(effect.text, effect.language)
            is Effect.PlayAudio -> playAudio(effect.bytes)
            is Effect.StopReading -> stopReading()
            is Effect.ScanQrCode -> host?.scanQrCode() ?: send(Event.QrScanCancelled)
            is Effect.ShareFile -> share(effect.fileName, effect.mimeType, effect.bytes)
            is Effect.OpenExternal -> openExternal(effect.kind, effect.uri)
            is Effect.GetLocation -> locate(send)
            // Performed by the AppStore, which owns the core.
            is Effect.Run, is Effect.ForgetDatabaseKey -> Unit
        }
    }

    fun nameChannels(switches: List<NotificationSwitch>) = notifications.nameChannels(switches)

    fun isGranted(permission: Permission): Boolean {
        val name = manifestPermission(permission) ?: return true
        return ContextCompat.checkSelfPermission(context, name) == PackageManager.PERMISSION_GRANTED
    }

    /** The Android permission behind a core permission; null when the platform needs none. */
    fun manifestPermission(permission: Permission): String? = when (permission) {
        Permission.NOTIFICATIONS ->
            if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU) Manifest.permission.POST_NOTIFICATIONS else null
        Permission.CAMERA -> Manifest.permission.CAMERA
        Permission.LOCATION -> Manifest.permission.ACCESS_COARSE_LOCATION
    }

    private fun requestPermission(permission: Permission, send: (Event) -> Unit) {
        if (isGranted(permission)) {
            send(Event.PermissionResult(permission, true))
            return
        }
        val current = host
        if (current == null) {
            send(Event.PermissionResult(permission, false))
        } else {
            current.requestPermission(permission)
        }
    }

    private fun loadShippedContent(send: (Event) -> Unit) {
        scope.launch {
            val event = withContext(Dispatchers.IO) {
                try {
                    val dump = context.assets.open(DUMP_ASSET).use { it.readBytes() }
                    val pack = context.assets.open(PACK_ASSET).use { it.readBytes() }
                    Event.ShippedContent(dump, pack)
                } catch (e: IOException) {
                    Log.w(TAG, "shipped content missing", e)
                    Event.ShippedContentMissing
                }
            }
            send(event)
        }
    }

    private fun readAloud(text: String, language: String) {
        stopReading()
        scope.launch {
            if (!speechReady.await()) return@launch
            // Never another language than the core's: no voice for it, nothing is read.
            val request = Speech.request(text, language, voiceLocales) ?: return@launch
            speech.setLanguage(request.locale)
            request.chunks.forEachIndexed { index, chunk ->
                val mode = if (index == 0) TextToSpeech.QUEUE_FLUSH else TextToSpeech.QUEUE_ADD
                speech.speak(chunk, mode, null, UTTERANCE_ID + index)
            }
        }
    }

    private fun playAudio(bytes: ByteArray) {
        stopReading()
        scope.launch {
            val file = withContext(Dispatchers.IO) {
                File(context.cacheDir, AUDIO_FILE).apply { writeBytes(bytes) }
            }
            try {
                player = MediaPlayer().apply {
                    setDataSource(file.path)
                    setOnCompletionListener { it.release(); if (player === it) player = null }
                    prepare()
                    start()
                }
            } catch (e: IOException) {
                Log.w(TAG, "audio could not be played", e)
            }
        }
    }

    private fun stopReading() {
        if (speechReady.isCompleted) speech.stop()
        player?.let {
            it.stop()
            it.release()
        }
        player = null
    }

    /**
     * The share sheet for a file of the core. HTML (the CV, a certificate) is printed to PDF
     * first, which every phone and every employer can open; if printing fails, the HTML itself
     * is shared, so the person never ends up with nothing.
     */
    private fun share(fileName: String, mimeType: String, bytes: ByteArray) {
        scope.launch {
            val dir = File(context.cacheDir, SHARED_DIR)
            withContext(Dispatchers.IO) {
                dir.mkdirs()
                // Files shared earlier are not needed any more: the cache holds only this one.
                dir.listFiles()?.forEach { it.delete() }
            }
            var file = File(dir, File(fileName).name)
            var type = mimeType
            if (PrintedDocument.isPrintable(mimeType)) {
                val pdf = File(dir, PrintedDocument.pdfName(fileName))
                if (HtmlToPdf.print(context, bytes.toString(Charsets.UTF_8), pdf)) {
                    file = pdf
                    type = PDF_MIME_TYPE
                } else {
                    Log.w(TAG, "the document could not be printed to PDF; sharing the HTML")
                }
            }
            val uri = withContext(Dispatchers.IO) {
                if (type != PDF_MIME_TYPE) file.writeBytes(bytes)
                FileProvider.getUriForFile(context, context.packageName + FILE_PROVIDER_SUFFIX, file)
            }
            val send = Intent(Intent.ACTION_SEND)
                .setType(type)
                .putExtra(Intent.EXTRA_STREAM, uri)
                .addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION)
            start(Intent.createChooser(send, null))
        }
    }

    /**
     * Dial, WhatsApp, e-mail, web, directions: the uri checked against its kind by
     * `org.ponte.shared.ExternalIntents` (a refused one opens nothing); WhatsApp not installed,
     * the same link opens in the browser.
     */
    private fun openExternal(kind: ExternalKind, uri: String) {
        val described = when (val result = ExternalIntents.intentFor(kind, uri)) {
            is ExternalIntentResult.Open -> result.intent
            is ExternalIntentResult.Refused -> {
                Log.w(TAG, "refused to open a $kind link: ${result.reason}")
                return
            }
        }
        if (!start(intentOf(described))) {
            described.withoutPackage()?.let { start(intentOf(it)) }
        }
    }

    private fun intentOf(described: ExternalIntent): Intent {
        val intent = Intent(described.action, Uri.parse(described.data))
        described.packageName?.let { intent.setPackage(it) }
        for (category in described.categories) intent.addCategory(category)
        return intent
    }

    private fun start(intent: Intent): Boolean {
        host?.let { return it.startActivitySafely(intent) }
        return try {
            context.startActivity(intent.addFlags(Intent.FLAG_ACTIVITY_NEW_TASK))
            true
        } catch (e: ActivityNotFoundException) {
            Log.w(TAG, "no app for $intent", e)
            false
        }
    }

    @SuppressLint("MissingPermission")
    private fun locate(send: (Event) -> Unit) {
        val manager = context.getSystemService(LocationManager::class.java)
        if (manager == null || !isGranted(Permission.LOCATION)) {
            send(Event.LocationUnavailable)
            return
        }
        val provider = listOf(LocationManager.NETWORK_PROVIDER, LocationManager.GPS_PROVIDER)
            .firstOrNull { manager.isProviderEnabled(it) }
        if (provider == null) {
            send(Event.LocationUnavailable)
            return
        }
        val recent = manager.getLastKnownLocation(provider)
        if (recent != null && System.currentTimeMillis() - recent.time < RECENT_LOCATION_MILLIS) {
            send(Event.LocationFound(recent.latitude, recent.longitude))
            return
        }
        LocationManagerCompat.getCurrentLocation(
            manager,
            provider,
            // Typed: the deprecated overload takes androidx.core.os.CancellationSignal.
            null as android.os.CancellationSignal?,
            ContextCompat.getMainExecutor(context),
        ) { location ->
            send(if (location == null) Event.LocationUnavailable else Event.LocationFound(location.latitude, location.longitude))
        }
    }

    private companion object {
        const val TAG = "Ponte"
        const val PDF_MIME_TYPE = "application/pdf"
        const val DUMP_ASSET = "content/directory.dump"
        const val PACK_ASSET = "content/lessons.pack"
        const val SHARED_DIR = "shared"
        const val AUDIO_FILE = "lesson-audio"
        const val FILE_PROVIDER_SUFFIX = ".files"
        const val UTTERANCE_ID = "ponte"
        const val VOICES_WAIT_MILLIS = 2_000L
        const val RECENT_LOCATION_MILLIS = 10L * 60L * 1000L
    }
}
