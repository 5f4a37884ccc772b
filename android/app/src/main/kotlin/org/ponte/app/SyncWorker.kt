package org.ponte.app

import android.content.Context
import android.net.ConnectivityManager
import android.net.NetworkCapabilities
import androidx.work.Constraints
import androidx.work.CoroutineWorker
import androidx.work.ExistingPeriodicWorkPolicy
import androidx.work.NetworkType
import androidx.work.PeriodicWorkRequestBuilder
import androidx.work.WorkManager
import androidx.work.WorkerParameters
import java.time.Instant
import java.util.concurrent.TimeUnit
import org.ponte.core.NetworkKind
import org.ponte.core.NetworkState
import org.ponte.shared.BackgroundWork
import org.ponte.shared.WorkResult

/**
 * The periodic sync, under the core's policy: the interval and the unmetered constraint come
 * from `Effect.ScheduleBackgroundSync`; the run itself is `App.runInBackground`, which decides
 * whether to sync at all and re-plans the notifications after a sync.
 */
class SyncWorker(context: Context, params: WorkerParameters) : CoroutineWorker(context, params) {
    override suspend fun doWork(): Result {
        val store = (applicationContext as PonteApplication).store
        // WorkManager stops a worker after ten minutes; the core stops before (shared logic).
        val deadline = BackgroundWork.deadline(Instant.now())
        val run = store.runInBackground(networkState(applicationContext), deadline) ?: return Result.failure()
        // The effects (a new notification plan) were performed by the store.
        return when (BackgroundWork.decide(run, Instant.now()).result) {
            WorkResult.SUCCESS -> Result.success()
            WorkResult.RETRY -> Result.retry()
            WorkResult.FAILURE -> Result.failure()
        }
    }

    companion object {
        private const val WORK_NAME = "ponte.sync"
        private const val MIN_INTERVAL_MINUTES = 15L

        fun schedule(context: Context, intervalMinutes: UInt, unmeteredOnly: Boolean) {
            val constraints = Constraints.Builder()
                .setRequiredNetworkType(if (unmeteredOnly) NetworkType.UNMETERED else NetworkType.CONNECTED)
                .setRequiresBatteryNotLow(true)
                .build()
            val request = PeriodicWorkRequestBuilder<SyncWorker>(
                maxOf(intervalMinutes.toLong(), MIN_INTERVAL_MINUTES),
                TimeUnit.MINUTES,
            ).setConstraints(constraints).build()
            WorkManager.getInstance(context)
                .enqueueUniquePeriodicWork(WORK_NAME, ExistingPeriodicWorkPolicy.UPDATE, request)
        }

        fun cancel(context: Context) {
            WorkManager.getInstance(context).cancelUniqueWork(WORK_NAME)
        }

        fun networkState(context: Context): NetworkState {
            val manager = context.getSystemService(ConnectivityManager::class.java)
            val capabilities = manager.activeNetwork?.let { manager.getNetworkCapabilities(it) }
            return BackgroundWork.network(
                hasInternet = capabilities?.hasCapability(NetworkCapabilities.NET_CAPABILITY_INTERNET) == true,
                notMetered = capabilities?.hasCapability(NetworkCapabilities.NET_CAPABILITY_NOT_METERED) == true,
                wifiOrEthernet = capabilities?.hasTransport(NetworkCapabilities.TRANSPORT_WIFI) == true ||
                    capabilities?.hasTransport(NetworkCapabilities.TRANSPORT_ETHERNET) == true,
            )
        }

        fun networkKind(context: Context): NetworkKind {
            val state = networkState(context)
            return when {
                !state.connected -> NetworkKind.OFFLINE
                state.wifi && !state.metered -> NetworkKind.WIFI
                else -> NetworkKind.MOBILE
            }
        }
    }
}
