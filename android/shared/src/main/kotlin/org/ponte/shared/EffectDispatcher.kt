package org.ponte.shared

import org.ponte.core.Effect
import org.ponte.core.ExternalKind
import org.ponte.core.NotificationPlan
import org.ponte.core.Permission
import org.ponte.core.Task

/**
 * The shell's effect handlers, one per `Effect` variant. [dispatch] routes with a `when`
 * without `else`: a variant added to the core fails the build here until it is handled.
 * The handlers are plain calls on the UI thread; `run` starts its coroutine itself.
 */
interface EffectDispatcher {
    fun loadShippedContent()
    fun scheduleNotifications(plan: NotificationPlan)
    fun scheduleBackgroundSync(intervalMinutes: UInt, unmeteredOnly: Boolean)
    fun cancelBackgroundSync()
    fun requestPermission(permission: Permission)
    fun readAloud(text: String, language: String)
    fun playAudio(bytes: ByteArray, mimeType: String)
    fun stopReading()
    fun scanQrCode()
    fun shareFile(fileName: String, mimeType: String, bytes: ByteArray)
    fun openExternal(kind: ExternalKind, uri: String)
    fun getLocation()
    fun run(task: Task)
    fun forgetDatabaseKey()

    fun dispatch(effect: Effect) {
        when (effect) {
            is Effect.LoadShippedContent -> loadShippedContent()
            is Effect.ScheduleNotifications -> scheduleNotifications(effect.plan)
            is Effect.ScheduleBackgroundSync -> scheduleBackgroundSync(effect.intervalMinutes, effect.unmeteredOnly)
            is Effect.CancelBackgroundSync -> cancelBackgroundSync()
            is Effect.RequestPermission -> requestPermission(effect.permission)
            is Effect.ReadAloud -> readAloud(effect.text, effect.language)
            is Effect.PlayAudio -> playAudio(effect.bytes, effect.mimeType)
            is Effect.StopReading -> stopReading()
            is Effect.ScanQrCode -> scanQrCode()
            is Effect.ShareFile -> shareFile(effect.fileName, effect.mimeType, effect.bytes)
            is Effect.OpenExternal -> openExternal(effect.kind, effect.uri)
            is Effect.GetLocation -> getLocation()
            is Effect.Run -> run(effect.task)
            is Effect.ForgetDatabaseKey -> forgetDatabaseKey()
        }
    }

    /** Each effect in order, as `App.handle`, `App.run` and `App.start` return them. */
    fun dispatchAll(effects: List<Effect>) {
        effects.forEach(::dispatch)
    }
}
