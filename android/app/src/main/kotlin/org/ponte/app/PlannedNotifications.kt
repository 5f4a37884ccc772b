package org.ponte.app

import android.Manifest
import android.annotation.SuppressLint
import android.app.AlarmManager
import android.app.NotificationChannel
import android.app.NotificationManager
import android.app.PendingIntent
import android.content.Context
import android.content.Intent
import android.content.pm.PackageManager
import android.net.Uri
import android.os.Build
import androidx.core.app.NotificationCompat
import androidx.core.app.NotificationManagerCompat
import androidx.core.content.ContextCompat
import java.time.Instant
import org.json.JSONException
import org.json.JSONObject
import org.ponte.core.NotificationCategory
import org.ponte.core.NotificationPlan
import org.ponte.core.NotificationSwitch
import org.ponte.shared.ChannelImportance
import org.ponte.shared.ChannelSpec
import org.ponte.shared.NotificationScheduler
import org.ponte.shared.ScheduledNotification

/**
 * The core's notification plan on Android. What to cancel and what to schedule comes from
 * `org.ponte.shared.NotificationScheduler` (pure, tested on the JVM): one inexact alarm per
 * planned notification, keyed by the notification's stable id and a fingerprint of its text;
 * the alarms no longer in the plan are cancelled. Each scheduled notification is also kept in
 * private preferences so [rearm] can set the alarms again after a reboot or an update.
 * [NotificationReceiver] posts each one when its alarm fires, on its category's channel.
 */
class PlannedNotifications(private val context: Context) {
    private val prefs = context.getSharedPreferences(PREFS, Context.MODE_PRIVATE)
    private val pending = context.getSharedPreferences(PENDING_PREFS, Context.MODE_PRIVATE)
    private val alarms = context.getSystemService(AlarmManager::class.java)

    fun schedule(plan: NotificationPlan) {
        val before = prefs.getStringSet(KEY_SCHEDULED, emptySet()).orEmpty()
        val changes = NotificationScheduler.changes(plan, before, Instant.now())
        val editor = pending.edit()
        for (key in changes.cancel) {
            cancelAlarm(key)
            editor.remove(key)
        }
        for (notification in changes.schedule) {
            val stored = stored(notification)
            arm(key = notification.key, atMillis = notification.at.toEpochMilli(), payload = stored)
            editor.putString(notification.key, stored.toString())
        }
        editor.apply()
        prefs.edit().putStringSet(KEY_SCHEDULED, changes.scheduledAfter(before)).apply()
    }

    /** After a reboot or an app update: the alarms are gone, the plan is not. */
    fun rearm() {
        val now = System.currentTimeMillis()
        for ((key, value) in pending.all) {
            val payload = try {
                JSONObject(value as? String ?: continue)
            } catch (e: JSONException) {
                continue
            }
            // A reminder missed while the phone was off is still shown, once.
            arm(key, maxOf(payload.optLong(FIELD_AT), now), payload)
        }
    }

    /** Posts one notification (from [NotificationReceiver]); the permission is checked first. */
    @SuppressLint("MissingPermission")
    fun post(intent: Intent) {
        val key = intent.data?.schemeSpecificPart ?: return
        val payload = try {
            JSONObject(intent.getStringExtra(EXTRA_PAYLOAD) ?: return)
        } catch (e: JSONException) {
            return
        }
        pending.edit().remove(key).apply()
        prefs.edit().putStringSet(KEY_SCHEDULED, prefs.getStringSet(KEY_SCHEDULED, emptySet()).orEmpty() - key).apply()
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU &&
            ContextCompat.checkSelfPermission(context, Manifest.permission.POST_NOTIFICATIONS) !=
            PackageManager.PERMISSION_GRANTED
        ) {
            return
        }
        val category = NotificationCategory.entries.firstOrNull { it.name == payload.optString(FIELD_CATEGORY) } ?: return
        val title = payload.optString(FIELD_TITLE)
        val body = payload.optString(FIELD_BODY)
        val channel = NotificationScheduler.channelFor(category)
        ensureChannel(channel, category, fallbackName = title)
        val tap = Intent(context, MainActivity::class.java)
            .setAction(Intent.ACTION_VIEW)
            .setData(Uri.parse(payload.optString(FIELD_LINK)))
            .addFlags(Intent.FLAG_ACTIVITY_SINGLE_TOP or Intent.FLAG_ACTIVITY_CLEAR_TOP)
        val notificationId = payload.optInt(FIELD_NOTIFICATION_ID)
        val content = PendingIntent.getActivity(
            context,
            notificationId,
            tap,
            PendingIntent.FLAG_UPDATE_CURRENT or PendingIntent.FLAG_IMMUTABLE,
        )
        val notification = NotificationCompat.Builder(context, channel.id)
            .setSmallIcon(context.applicationInfo.icon)
            .setContentTitle(title)
            .setContentText(body)
            .setStyle(NotificationCompat.BigTextStyle().bigText(body))
            .setCategory(NotificationCompat.CATEGORY_REMINDER)
            .setAutoCancel(true)
            .setContentIntent(content)
            .build()
        try {
            NotificationManagerCompat.from(context).notify(notificationId, notification)
        } catch (e: SecurityException) {
            // The permission was withdrawn between the check and the post.
        }
    }

    /** Names the channels with the core's labels (the settings screen's switches). */
    fun nameChannels(switches: List<NotificationSwitch>) {
        val editor = prefs.edit()
        for (switch in switches) editor.putString(KEY_CHANNEL_NAME + switch.category.name, switch.label.text)
        editor.apply()
        for ((spec, label) in NotificationScheduler.namedChannels(switches)) {
            val category = switches.first { NotificationScheduler.channelFor(it.category) == spec }.category
            ensureChannel(spec, category, fallbackName = label.text)
        }
    }

    private fun ensureChannel(spec: ChannelSpec, category: NotificationCategory, fallbackName: String) {
        if (Build.VERSION.SDK_INT < Build.VERSION_CODES.O) return
        val name = prefs.getString(KEY_CHANNEL_NAME + category.name, null) ?: fallbackName
        val importance = when (spec.importance) {
            ChannelImportance.HIGH -> NotificationManager.IMPORTANCE_HIGH
            ChannelImportance.DEFAULT -> NotificationManager.IMPORTANCE_DEFAULT
            ChannelImportance.LOW -> NotificationManager.IMPORTANCE_LOW
        }
        // Creating an existing channel again only renames it.
        context.getSystemService(NotificationManager::class.java)
            .createNotificationChannel(NotificationChannel(spec.id, name, importance))
    }

    private fun stored(notification: ScheduledNotification) = JSONObject()
        .put(FIELD_AT, notification.at.toEpochMilli())
        .put(FIELD_NOTIFICATION_ID, notification.notificationId)
        .put(FIELD_CATEGORY, categoryOf(notification.channel).name)
        .put(FIELD_TITLE, notification.title.text)
        .put(FIELD_BODY, notification.body.text)
        .put(FIELD_LINK, notification.link)

    private fun categoryOf(channel: ChannelSpec): NotificationCategory =
        NotificationCategory.entries.first { NotificationScheduler.channelFor(it) == channel }

    private fun arm(key: String, atMillis: Long, payload: JSONObject) {
        val intent = alarmIntent(key).putExtra(EXTRA_PAYLOAD, payload.toString())
        val operation = PendingIntent.getBroadcast(
            context,
            0,
            intent,
            PendingIntent.FLAG_UPDATE_CURRENT or PendingIntent.FLAG_IMMUTABLE,
        ) ?: return
        // Inexact: no exact-alarm permission; the phone batches wake-ups.
        alarms.set(AlarmManager.RTC_WAKEUP, atMillis, operation)
    }

    private fun cancelAlarm(key: String) {
        PendingIntent.getBroadcast(context, 0, alarmIntent(key), PendingIntent.FLAG_NO_CREATE or PendingIntent.FLAG_IMMUTABLE)
            ?.let { operation ->
                alarms.cancel(operation)
                operation.cancel()
            }
    }

    /** One alarm per key: the key is the intent's data, which makes the PendingIntents distinct. */
    private fun alarmIntent(key: String) = Intent(context, NotificationReceiver::class.java)
        .setAction(ACTION_NOTIFY)
        .setData(Uri.fromParts(KEY_SCHEME, key, null))

    companion object {
        const val ACTION_NOTIFY = "org.ponte.app.NOTIFY"
        private const val KEY_SCHEME = "ponte-notification"
        private const val PREFS = "notifications"
        private const val PENDING_PREFS = "notifications.pending"
        private const val KEY_SCHEDULED = "scheduled"
        private const val KEY_CHANNEL_NAME = "channel."
        private const val EXTRA_PAYLOAD = "payload"
        private const val FIELD_AT = "at"
        private const val FIELD_NOTIFICATION_ID = "notificationId"
        private const val FIELD_CATEGORY = "category"
        private const val FIELD_TITLE = "title"
        private const val FIELD_BODY = "body"
        private const val FIELD_LINK = "link"
    }
}
