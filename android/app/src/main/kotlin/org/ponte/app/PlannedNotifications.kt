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
import org.ponte.core.NotificationCategory
import org.ponte.core.NotificationPlan
import org.ponte.core.NotificationSwitch

/**
 * The core's notification plan on Android: one inexact alarm per planned notification, keyed
 * by the notification's stable id (re-planning replaces, never duplicates); the alarms no longer
 * in the plan are cancelled. [NotificationReceiver] posts each one when its alarm fires, on the
 * channel of its [NotificationCategory].
 */
class PlannedNotifications(private val context: Context) {
    private val prefs = context.getSharedPreferences(PREFS, Context.MODE_PRIVATE)
    private val alarms = context.getSystemService(AlarmManager::class.java)

    fun schedule(plan: NotificationPlan) {
        val wanted = plan.notifications.map { it.id }.toSet()
        val before = prefs.getStringSet(KEY_SCHEDULED, emptySet()).orEmpty()
        for (id in before - wanted) {
            val intent = alarmIntent(id)
            PendingIntent.getBroadcast(context, 0, intent, PendingIntent.FLAG_NO_CREATE or PendingIntent.FLAG_IMMUTABLE)
                ?.let { pending ->
                    alarms.cancel(pending)
                    pending.cancel()
                }
            NotificationManagerCompat.from(context).cancel(id, NOTIFICATION_ID)
        }
        for (notification in plan.notifications) {
            val intent = alarmIntent(notification.id)
                .putExtra(EXTRA_CATEGORY, notification.category.name)
                .putExtra(EXTRA_TITLE, notification.title.text)
                .putExtra(EXTRA_BODY, notification.body.text)
                .putExtra(EXTRA_LINK, notification.link)
            val pending = PendingIntent.getBroadcast(
                context,
                0,
                intent,
                PendingIntent.FLAG_UPDATE_CURRENT or PendingIntent.FLAG_IMMUTABLE,
            ) ?: continue
            // Inexact: no exact-alarm permission, the phone batches wake-ups.
            alarms.set(AlarmManager.RTC_WAKEUP, notification.at.toEpochMilli(), pending)
        }
        prefs.edit().putStringSet(KEY_SCHEDULED, wanted).apply()
    }

    /** Posts one notification (from [NotificationReceiver]); the permission is checked first. */
    @SuppressLint("MissingPermission")
    fun post(intent: Intent) {
        val id = intent.data?.schemeSpecificPart ?: return
        val category = intent.getStringExtra(EXTRA_CATEGORY)
            ?.let { name -> NotificationCategory.entries.firstOrNull { it.name == name } } ?: return
        val title = intent.getStringExtra(EXTRA_TITLE).orEmpty()
        val body = intent.getStringExtra(EXTRA_BODY).orEmpty()
        val link = intent.getStringExtra(EXTRA_LINK).orEmpty()
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU &&
            ContextCompat.checkSelfPermission(context, Manifest.permission.POST_NOTIFICATIONS) !=
            PackageManager.PERMISSION_GRANTED
        ) {
            return
        }
        ensureChannel(category, fallbackName = title)
        val tap = Intent(context, MainActivity::class.java)
            .setAction(Intent.ACTION_VIEW)
            .setData(Uri.parse(link))
            .addFlags(Intent.FLAG_ACTIVITY_SINGLE_TOP or Intent.FLAG_ACTIVITY_CLEAR_TOP)
        val content = PendingIntent.getActivity(
            context,
            id.hashCode(),
            tap,
            PendingIntent.FLAG_UPDATE_CURRENT or PendingIntent.FLAG_IMMUTABLE,
        )
        val notification = NotificationCompat.Builder(context, channelId(category))
            .setSmallIcon(context.applicationInfo.icon)
            .setContentTitle(title)
            .setContentText(body)
            .setStyle(NotificationCompat.BigTextStyle().bigText(body))
            .setCategory(NotificationCompat.CATEGORY_REMINDER)
            .setAutoCancel(true)
            .setContentIntent(content)
            .build()
        try {
            NotificationManagerCompat.from(context).notify(id, NOTIFICATION_ID, notification)
        } catch (e: SecurityException) {
            // The permission was withdrawn between the check and the post.
        }
        prefs.edit().putStringSet(
            KEY_SCHEDULED,
            prefs.getStringSet(KEY_SCHEDULED, emptySet()).orEmpty() - id,
        ).apply()
    }

    /** Names the channels with the core's labels (the settings screen's switches). */
    fun nameChannels(switches: List<NotificationSwitch>) {
        val editor = prefs.edit()
        for (switch in switches) {
            editor.putString(KEY_CHANNEL_NAME + switch.category.name, switch.label.text)
        }
        editor.apply()
        for (switch in switches) ensureChannel(switch.category, fallbackName = switch.label.text)
    }

    private fun ensureChannel(category: NotificationCategory, fallbackName: String) {
        if (Build.VERSION.SDK_INT < Build.VERSION_CODES.O) return
        val name = prefs.getString(KEY_CHANNEL_NAME + category.name, null) ?: fallbackName
        val manager = context.getSystemService(NotificationManager::class.java)
        // Creating an existing channel only updates its name.
        manager.createNotificationChannel(
            NotificationChannel(channelId(category), name, NotificationManager.IMPORTANCE_DEFAULT),
        )
    }

    private fun alarmIntent(id: String) = Intent(context, NotificationReceiver::class.java)
        .setAction(ACTION_NOTIFY)
        .setData(Uri.fromParts(ID_SCHEME, id, null))

    private fun channelId(category: NotificationCategory) = CHANNEL_PREFIX + category.name.lowercase()

    companion object {
        const val ACTION_NOTIFY = "org.ponte.app.NOTIFY"
        private const val ID_SCHEME = "ponte-notification"
        private const val PREFS = "notifications"
        private const val KEY_SCHEDULED = "scheduled"
        private const val KEY_CHANNEL_NAME = "channel."
        private const val CHANNEL_PREFIX = "ponte."
        private const val EXTRA_CATEGORY = "category"
        private const val EXTRA_TITLE = "title"
        private const val EXTRA_BODY = "body"
        private const val EXTRA_LINK = "link"
        private const val NOTIFICATION_ID = 1
    }
}
