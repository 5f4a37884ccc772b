package org.ponte.app

import android.content.ActivityNotFoundException
import android.content.Intent
import android.os.Bundle
import android.util.Log
import android.view.WindowManager
import androidx.activity.ComponentActivity
import androidx.activity.OnBackPressedCallback
import androidx.activity.compose.setContent
import androidx.activity.enableEdgeToEdge
import androidx.activity.result.contract.ActivityResultContracts
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.core.splashscreen.SplashScreen.Companion.installSplashScreen
import androidx.lifecycle.compose.collectAsStateWithLifecycle
import androidx.lifecycle.lifecycleScope
import com.journeyapps.barcodescanner.ScanContract
import com.journeyapps.barcodescanner.ScanOptions
import kotlinx.coroutines.launch
import org.ponte.app.ui.PonteScreen
import org.ponte.app.ui.PonteTheme
import org.ponte.core.Event
import org.ponte.core.Permission
import org.ponte.core.Route
import org.ponte.core.Screen
import org.ponte.core.TutorScreen

/**
 * The one Activity: the splash screen stays until the core is open, then [PonteScreen] draws
 * the core's view. Deep links become `Event.OpenLink`; system back is `App.back()`, and at the
 * root the Activity finishes. Registers itself as the [ActivityHost] while started.
 */
class MainActivity : ComponentActivity(), ActivityHost {
    private val store: AppStore get() = (application as PonteApplication).store
    private var pendingPermission: Permission? = null

    private val permissionLauncher =
        registerForActivityResult(ActivityResultContracts.RequestPermission()) { granted ->
            pendingPermission?.let { store.send(Event.PermissionResult(it, granted)) }
            pendingPermission = null
        }

    private val scanLauncher = registerForActivityResult(ScanContract()) { result ->
        val text = result.contents
        store.send(if (text == null) Event.QrScanCancelled else Event.QrScanned(text))
    }

    override fun onCreate(savedInstanceState: Bundle?) {
        val splash = installSplashScreen()
        super.onCreate(savedInstanceState)
        enableEdgeToEdge()
        splash.setKeepOnScreenCondition { store.view.value == null && store.failure.value == null }
        store.start()
        if (savedInstanceState == null) followLink(intent)

        onBackPressedDispatcher.addCallback(
            this,
            object : OnBackPressedCallback(true) {
                override fun handleOnBackPressed() {
                    lifecycleScope.launch {
                        if (!store.back()) finish()
                    }
                }
            },
        )

        setContent {
            val view by store.view.collectAsStateWithLifecycle()
            PonteTheme {
                view?.let { shown ->
                    val secure = isPrivate(shown.route, shown.screen)
                    LaunchedEffect(secure) {
                        if (secure) {
                            window.addFlags(WindowManager.LayoutParams.FLAG_SECURE)
                        } else {
                            window.clearFlags(WindowManager.LayoutParams.FLAG_SECURE)
                        }
                    }
                    PonteScreen(
                        view = shown,
                        send = store::send,
                        onBack = { onBackPressedDispatcher.onBackPressed() },
                    )
                }
            }
        }
    }

    override fun onNewIntent(intent: Intent) {
        super.onNewIntent(intent)
        followLink(intent)
    }

    override fun onStart() {
        super.onStart()
        store.effects.host = this
    }

    override fun onStop() {
        if (store.effects.host === this) store.effects.host = null
        super.onStop()
    }

    override fun requestPermission(permission: Permission) {
        val name = store.effects.manifestPermission(permission)
        if (name == null) {
            store.send(Event.PermissionResult(permission, true))
            return
        }
        pendingPermission = permission
        permissionLauncher.launch(name)
    }

    override fun scanQrCode() {
        val options = ScanOptions()
            .setDesiredBarcodeFormats(ScanOptions.QR_CODE)
            .setBeepEnabled(false)
            .setOrientationLocked(false)
        // The scanner's prompt is the core's words for the action that opened it.
        store.view.value?.title?.text?.let { options.setPrompt(it) }
        scanLauncher.launch(options)
    }

    override fun startActivitySafely(intent: Intent): Boolean = try {
        startActivity(intent)
        true
    } catch (e: ActivityNotFoundException) {
        Log.w(TAG, "no app for $intent", e)
        false
    }

    private fun followLink(intent: Intent?) {
        if (intent?.action != Intent.ACTION_VIEW) return
        val link = intent.dataString ?: return
        store.send(Event.OpenLink(link))
    }

    private companion object {
        const val TAG = "Ponte"

        /** The diary and the tutor screens are kept out of screenshots and the app switcher. */
        fun isPrivate(route: Route, screen: Screen): Boolean = when (route) {
            is Route.Applications, is Route.Application, is Route.EditApplication,
            is Route.EditInterview, is Route.Actions, is Route.EditAction, is Route.Documents,
            is Route.EditDocument, is Route.Meetings, is Route.EditMeeting, is Route.Tutor,
            is Route.Pairing,
            -> true
            else -> screen is Screen.Diary || (screen is Screen.Tutor && screen.screen !is TutorScreen.NotPaired)
        }
    }
}
