package org.ponte.app.ui

import androidx.compose.foundation.isSystemInDarkTheme
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.runtime.Composable
import androidx.compose.runtime.DisposableEffect
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberUpdatedState
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalContext
import androidx.compose.ui.unit.dp
import androidx.compose.ui.viewinterop.AndroidView
import androidx.lifecycle.Lifecycle
import androidx.lifecycle.LifecycleEventObserver
import androidx.lifecycle.compose.LocalLifecycleOwner
import org.maplibre.android.MapLibre
import org.maplibre.android.camera.CameraUpdateFactory
import org.maplibre.android.geometry.LatLngBounds
import org.maplibre.android.maps.MapLibreMap
import org.maplibre.android.maps.MapView
import org.maplibre.android.maps.Style
import org.maplibre.android.style.sources.GeoJsonSource
import org.ponte.app.SyncWorker
import org.ponte.core.Bounds
import org.ponte.core.Event
import org.ponte.core.MapState
import org.ponte.core.MapStatus
import org.ponte.core.Route
import org.ponte.core.ServicesEvent
import org.ponte.core.ServicesMapView

/**
 * The services on the offline city map (MapLibre, the pack's PMTiles file, the core's GeoJSON
 * pins); without a pack, the pack's status, its download and the way back to the list.
 */
@Composable
fun ServicesMapScreen(screen: ServicesMapView, send: Send) {
    val context = LocalContext.current
    val file = screen.map.file
    Column(Modifier.fillMaxSize()) {
        Column(Modifier.fillMaxWidth().padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            Secondary(screen.statusLine)
            when (val status = screen.map.status) {
                is MapStatus.Downloading -> if (status.total > 0UL) {
                    LinearProgressIndicator(
                        progress = { (status.done.toDouble() / status.total.toDouble()).toFloat() },
                        modifier = Modifier.fillMaxWidth(),
                    )
                }
                else -> Unit
            }
            Secondary(screen.demoNote)
            screen.download?.let { download ->
                PrimaryButton(download, onClick = {
                    send(Event.Services(ServicesEvent.DownloadMap(SyncWorker.networkKind(context))))
                })
            }
            screen.wifiNote?.let { Secondary(it) }
            if (screen.download != null || screen.map.status !is MapStatus.Ready) {
                SwitchRow(screen.mobileData.label, screen.mobileData.on, onChange = {
                    send(Event.Services(ServicesEvent.SetMapMobileData(it)))
                })
            }
            screen.cancel?.let { cancel -> LinkButton(cancel, onClick = { send(Event.Services(ServicesEvent.CancelMapDownload)) }) }
            screen.withoutMap?.let { LText(it) }
            SecondaryButton(screen.listLabel, onClick = { send(Event.Navigate(Route.Services)) })
        }
        if (file != null && screen.map.status is MapStatus.Ready) {
            OfflineMap(screen.map, file, send, Modifier.fillMaxWidth().weight(1f))
        }
    }
}

private class MapHolder {
    var map: MapLibreMap? = null
    var styledFile: String? = null
    var style: Style? = null
    var pins: String? = null
}

@Composable
private fun OfflineMap(state: MapState, file: String, send: Send, modifier: Modifier) {
    val context = LocalContext.current
    val dark = isSystemInDarkTheme()
    val lifecycle = LocalLifecycleOwner.current.lifecycle
    val currentSend = rememberUpdatedState(send)
    val holder = remember { MapHolder() }
    val mapView = remember {
        MapLibre.getInstance(context)
        MapView(context).apply { onCreate(null) }
    }
    DisposableEffect(lifecycle, mapView) {
        val observer = LifecycleEventObserver { _, event ->
            when (event) {
                Lifecycle.Event.ON_START -> mapView.onStart()
                Lifecycle.Event.ON_RESUME -> mapView.onResume()
                Lifecycle.Event.ON_PAUSE -> mapView.onPause()
                Lifecycle.Event.ON_STOP -> mapView.onStop()
                else -> Unit
            }
        }
        lifecycle.addObserver(observer)
        onDispose {
            lifecycle.removeObserver(observer)
            mapView.onStop()
            mapView.onDestroy()
        }
    }
    AndroidView(factory = { mapView }, modifier = modifier) { view ->
        view.getMapAsync { map ->
            if (holder.map == null) {
                holder.map = map
                map.addOnCameraIdleListener {
                    val visible = map.projection.visibleRegion.latLngBounds
                    currentSend.value(
                        Event.Services(
                            ServicesEvent.MapViewportChanged(
                                Bounds(
                                    south = visible.latitudeSouth,
                                    west = visible.longitudeWest,
                                    north = visible.latitudeNorth,
                                    east = visible.longitudeEast,
                                ),
                            ),
                        ),
                    )
                }
                map.addOnMapClickListener { point ->
                    val screenPoint = map.projection.toScreenLocation(point)
                    val id = map.queryRenderedFeatures(screenPoint, MapStyle.PINS_LAYER).firstOrNull()?.id()
                    if (id != null) currentSend.value(Event.Services(ServicesEvent.OpenService(id)))
                    id != null
                }
            }
            if (holder.styledFile != file) {
                holder.styledFile = file
                holder.pins = state.pinsGeojson
                map.setMinZoomPreference(state.minZoom.toDouble())
                map.setMaxZoomPreference(state.maxZoom.toDouble())
                map.setStyle(Style.Builder().fromJson(MapStyle.json(file, state.pinsGeojson, dark))) { style ->
                    holder.style = style
                    state.bounds?.let { b ->
                        map.moveCamera(
                            CameraUpdateFactory.newLatLngBounds(LatLngBounds.from(b.north, b.east, b.south, b.west), 0),
                        )
                    }
                }
            } else if (holder.pins != state.pinsGeojson) {
                holder.pins = state.pinsGeojson
                holder.style?.getSourceAs<GeoJsonSource>(MapStyle.PINS_SOURCE)?.setGeoJson(state.pinsGeojson)
            }
        }
    }
}
