package org.ponte.app

import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent

/**
 * Posts a planned notification when its alarm fires (see [PlannedNotifications]); after a
 * reboot or an app update, when the system has dropped every alarm, sets them again.
 */
class NotificationReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        when (intent.action) {
            PlannedNotifications.ACTION_NOTIFY -> PlannedNotifications(context).post(intent)
            Intent.ACTION_BOOT_COMPLETED, Intent.ACTION_MY_PACKAGE_REPLACED -> PlannedNotifications(context).rearm()
        }
    }
}
