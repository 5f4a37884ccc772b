package org.ponte.app

import org.ponte.core.Effect
import org.ponte.core.Event

/**
 * Performs what the app core asks of the platform. Results come back to the core as events
 * through [send]. `Effect.Run` and `Effect.ForgetDatabaseKey` never reach a handler: the
 * [AppStore] owns the core and performs those itself.
 */
interface EffectHandler {
    fun perform(effect: Effect, send: (Event) -> Unit)
}

/**
 * What only a visible Activity can do (Activity Result API). [MainActivity] registers itself
 * while it is started; without one, a permission counts as refused and a scan as cancelled.
 */
interface ActivityHost {
    fun requestPermission(permission: org.ponte.core.Permission)
    fun scanQrCode()
    fun startActivitySafely(intent: android.content.Intent): Boolean
}
