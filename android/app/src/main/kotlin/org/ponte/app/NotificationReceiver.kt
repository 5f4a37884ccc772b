package org.ponte.app

import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent

/** Posts a planned notification when its alarm fires (see [PlannedNotifications]). */
class NotificationReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        if (intent.action == PlannedNotifications.ACTION_NOTIFY) {
            PlannedNotifications(context).post(intent)
        }
    }
}
