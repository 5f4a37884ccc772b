package org.ponte.app

import android.content.Context
import android.util.Log
import java.io.File
import java.time.Instant
import java.util.concurrent.Executors
import java.util.concurrent.atomic.AtomicBoolean
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.asCoroutineDispatcher
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import org.ponte.core.AppView
import org.ponte.core.BackgroundRun
import org.ponte.core.Effect
import org.ponte.core.Event
import org.ponte.core.NetworkState
import org.ponte.core.OpenOptions
import org.ponte.core.PonteException
import org.ponte.core.Screen
import org.ponte.core.SettingsScreen
import org.ponte.core.Task
import org.ponte.ffi.App

/**
 * One per process ([PonteApplication.store]): holds the app core, the screen to draw as a
 * [StateFlow], and a single thread on which every blocking core call runs
 * (`App.handle/view/back/start` block; `App.run` suspends on the core's own runtime).
 */
class AppStore(private val context: Context) {
    private val coreThread = Executors.newSingleThreadExecutor { runnable ->
        Thread(runnable, THREAD_NAME).apply { isDaemon = true }
    }.asCoroutineDispatcher()
    private val scope = CoroutineScope(SupervisorJob() + coreThread)
    private val keys = KeyStoreKey(context)
    private val started = AtomicBoolean(false)
    private var app: App? = null

    private val mutableView = MutableStateFlow<AppView?>(null)

    /** The screen to draw; null until the core is open (the splash screen stays up). */
    val view: StateFlow<AppView?> = mutableView.asStateFlow()

    private val mutableFailure = MutableStateFlow<Exception?>(null)

    /** Set when the database could not be opened (wrong key, damaged file, no Keystore). */
    val failure: StateFlow<Exception?> = mutableFailure.asStateFlow()

    val effects: AndroidEffectHandler by lazy { AndroidEffectHandler(context) }

    /** Opens the core (once per process) and performs what it asks right after opening. */
    fun start() {
        if (!started.compareAndSet(false, true)) return
        scope.launch {
            val core = openCore() ?: return@launch
            perform(guard { core.start() })
            refresh()
        }
    }

    /** What the person did. */
    fun send(event: Event) {
        scope.launch {
            val core = openCore() ?: return@launch
            perform(guard { core.handle(event) })
            refresh()
        }
    }

    /** System back: true when the core went back a screen; false at the root. */
    suspend fun back(): Boolean = withContext(coreThread) {
        val core = app ?: return@withContext false
        val went = guard { core.back() } ?: false
        refresh()
        went
    }

    /** `Effect.Run`: a network task on the core's runtime, then what it asks next. */
    suspend fun run(task: Task) {
        val core = withContext(coreThread) { openCore() } ?: return
        val next = try {
            core.run(task)
        } catch (e: PonteException) {
            Log.w(TAG, "task failed", e)
            emptyList()
        }
        withContext(coreThread) {
            perform(next)
            refresh()
        }
    }

    /** The background job's call ([SyncWorker]): opens the core if needed, never starts it. */
    suspend fun runInBackground(network: NetworkState, deadline: Instant): BackgroundRun? {
        val core = withContext(coreThread) { openCore() } ?: return null
        val outcome = try {
            core.runInBackground(network, deadline)
        } catch (e: PonteException) {
            Log.w(TAG, "background run failed", e)
            return null
        }
        withContext(coreThread) {
            // Only what makes sense without a screen: the plan, the schedule.
            perform(
                outcome.effects.filter {
                    it is Effect.ScheduleNotifications || it is Effect.ScheduleBackgroundSync ||
                        it is Effect.CancelBackgroundSync
                },
            )
            if (mutableView.value != null) refresh()
        }
        return outcome
    }

    private suspend fun openCore(): App? {
        app?.let { return it }
        return try {
            val options = OpenOptions(
                path = databaseFile().path,
                key = keys.databaseKey(),
                create = true,
                trustedKeys = trustedKeys(),
            )
            val capabilities = effects.capabilities()
            App.`open`(options, capabilities).also { app = it }
        } catch (e: PonteException) {
            Log.e(TAG, "the database could not be opened", e)
            mutableFailure.value = e
            null
        } catch (e: java.security.GeneralSecurityException) {
            Log.e(TAG, "the database key could not be unwrapped", e)
            mutableFailure.value = e
            null
        }
    }

    private suspend fun perform(effects: List<Effect>?) {
        for (effect in effects.orEmpty()) {
            when (effect) {
                is Effect.Run -> scope.launch { run(effect.task) }
                is Effect.ForgetDatabaseKey -> forgetDatabase()
                else -> withContext(Dispatchers.Main) { this@AppStore.effects.perform(effect, this@AppStore::send) }
            }
        }
    }

    /** The person erased everything: the key and the database go, a new empty one is made. */
    private suspend fun forgetDatabase() {
        app?.close()
        app = null
        keys.forget()
        val db = databaseFile()
        db.parentFile?.listFiles()?.filter { it.name.startsWith(db.name) }?.forEach { it.delete() }
        val core = openCore() ?: return
        perform(guard { core.start() })
    }

    private fun refresh() {
        val core = app ?: return
        val shown = guard { core.view() } ?: return
        mutableView.value = shown
        val screen = shown.screen
        if (screen is Screen.Settings && screen.screen is SettingsScreen.Main) {
            val settings = (screen.screen as SettingsScreen.Main).settings
            effects.nameChannels(settings.notifications)
        }
    }

    private fun databaseFile() = File(context.noBackupFilesDir, DATABASE_FILE)

    private fun trustedKeys(): List<String> = try {
        context.assets.open(TRUSTED_KEYS_ASSET).bufferedReader().readLines()
            .map { it.trim() }.filter { it.isNotEmpty() && !it.startsWith("#") }
    } catch (e: java.io.IOException) {
        Log.w(TAG, "no trusted keys shipped", e)
        emptyList()
    }

    private inline fun <T> guard(call: () -> T): T? = try {
        call()
    } catch (e: PonteException) {
        // A refused input is shown by the next view(); anything else is logged.
        Log.w(TAG, "core call failed", e)
        null
    }

    private companion object {
        const val TAG = "Ponte"
        const val THREAD_NAME = "ponte-core"
        const val DATABASE_FILE = "ponte.db"
        const val TRUSTED_KEYS_ASSET = "content/trusted_keys.txt"
    }
}
