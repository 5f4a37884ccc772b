import CoreLocation
import MapLibre
import SwiftUI
import UIKit
@preconcurrency import PonteCore

/// The services on the offline city map (MapLibre, the pack's PMTiles file, the core's GeoJSON
/// pins); without a pack, the pack's status, its download and the way back to the list.
struct ServicesMapScreen: View {
    let screen: ServicesMapView
    let send: Send

    var body: some View {
        VStack(spacing: 0) {
            ScrollView {
                VStack(alignment: .leading, spacing: 8) {
                    Secondary(screen.statusLine)
                    if case let .downloading(done, total) = screen.map.status, total > 0 {
                        ProgressView(value: Double(done), total: Double(total))
                    }
                    Secondary(screen.demoNote)
                    if let download = screen.download {
                        PrimaryButton(download) {
                            _Concurrency.Task {
                                let network = await BackgroundSync.currentNetwork()
                                send(.services(event: .downloadMap(network: network.kind)))
                            }
                        }
                    }
                    Secondary(screen.wifiNote)
                    if screen.download != nil || screen.map.status != .ready {
                        SwitchRow(screen.mobileData.label, isOn: screen.mobileData.on) { allowed in
                            send(.services(event: .setMapMobileData(allowed: allowed)))
                        }
                    }
                    if let cancel = screen.cancel {
                        LinkButton(cancel) { send(.services(event: .cancelMapDownload)) }
                    }
                    if let without = screen.withoutMap { LText(without) }
                    SecondaryButton(screen.listLabel) { send(.navigate(route: .services)) }
                }
                .padding(16)
            }
            .frame(maxHeight: hasMap ? 240 : .infinity)
            if hasMap, let file = screen.map.file {
                OfflineMap(state: screen.map, file: file, send: send)
            }
        }
    }

    private var hasMap: Bool {
        screen.map.file != nil && screen.map.status == .ready
    }
}

/// MLNMapView for SwiftUI: the style made from the pack's file once per file, the pins
/// replaced when the core's GeoJSON changes; each move of the map tells the core its bounds,
/// a tap on a pin opens its service.
struct OfflineMap: UIViewRepresentable {
    let state: MapState
    let file: String
    let send: Send
    @Environment(\.colorScheme) private var colorScheme

    func makeCoordinator() -> Coordinator { Coordinator(send: send) }

    func makeUIView(context: Context) -> MLNMapView {
        let map = MLNMapView(frame: .zero)
        map.delegate = context.coordinator
        map.logoView.isHidden = false
        map.attributionButton.isHidden = false
        let tap = UITapGestureRecognizer(target: context.coordinator, action: #selector(Coordinator.tapped(_:)))
        map.addGestureRecognizer(tap)
        return map
    }

    func updateUIView(_ map: MLNMapView, context: Context) {
        let coordinator = context.coordinator
        coordinator.send = send
        if coordinator.styledFile != file {
            coordinator.styledFile = file
            coordinator.pins = state.pinsGeojson
            map.minimumZoomLevel = Double(state.minZoom)
            map.maximumZoomLevel = Double(state.maxZoom)
            map.styleURL = MapStyle.write(pmtilesPath: file, pinsGeojson: state.pinsGeojson, dark: colorScheme == .dark)
            if let bounds = state.bounds {
                let box = MLNCoordinateBounds(
                    sw: CLLocationCoordinate2D(latitude: bounds.south, longitude: bounds.west),
                    ne: CLLocationCoordinate2D(latitude: bounds.north, longitude: bounds.east)
                )
                map.setVisibleCoordinateBounds(box, animated: false)
            }
        } else if coordinator.pins != state.pinsGeojson {
            coordinator.pins = state.pinsGeojson
            if let source = map.style?.source(withIdentifier: MapStyle.pinsSource) as? MLNShapeSource {
                source.shape = try? MLNShape(data: Data(state.pinsGeojson.utf8), encoding: String.Encoding.utf8.rawValue)
            }
        }
    }

    @MainActor
    final class Coordinator: NSObject, MLNMapViewDelegate {
        var send: Send
        var styledFile: String?
        var pins: String?

        init(send: @escaping Send) { self.send = send }

        nonisolated func mapView(_ mapView: MLNMapView, regionDidChangeAnimated animated: Bool) {
            MainActor.assumeIsolated {
                let visible = mapView.visibleCoordinateBounds
                send(.services(event: .mapViewportChanged(bounds: Bounds(
                    south: visible.sw.latitude, west: visible.sw.longitude,
                    north: visible.ne.latitude, east: visible.ne.longitude
                ))))
            }
        }

        @objc func tapped(_ gesture: UITapGestureRecognizer) {
            guard let map = gesture.view as? MLNMapView else { return }
            let point = gesture.location(in: map)
            let features = map.visibleFeatures(at: point, styleLayerIdentifiers: [MapStyle.pinsLayer])
            if let id = features.first?.identifier as? String {
                send(.services(event: .openService(id: id)))
            } else if let id = features.first?.attribute(forKey: "id") as? String {
                send(.services(event: .openService(id: id)))
            }
        }
    }
}

/// The MapLibre style for an offline city pack, as on Android: the PMTiles file as a vector
/// source (the Protomaps basemap layers: earth, water, landuse, roads, buildings) and the
/// core's pins as GeoJSON. No labels: glyphs would need font files in the pack. Written to a
/// file and loaded from there, so the `pmtiles://file://` URL is read by MapLibre's own
/// parser, not by NSURL (which refuses it on iOS 17, maplibre-native #3151).
enum MapStyle {
    static let pinsSource = "pins"
    static let pinsLayer = "pins"
    private static let baseSource = "city"

    static func write(pmtilesPath: String, pinsGeojson: String, dark: Bool) -> URL? {
        let land = dark ? "#1f2421" : "#f2efe9"
        let water = dark ? "#1b3346" : "#aad3df"
        let road = dark ? "#5a5f63" : "#ffffff"
        let building = dark ? "#2c3135" : "#d9d0c9"
        let park = dark ? "#233326" : "#cdebb0"
        guard let pins = try? JSONSerialization.jsonObject(with: Data(pinsGeojson.utf8)) else { return nil }
        func fill(_ id: String, _ layer: String, _ color: String) -> [String: Any] {
            let paint: [String: Any] = ["fill-color": color]
            return ["id": id, "type": "fill", "source": baseSource, "source-layer": layer, "paint": paint]
        }
        let background: [String: Any] = [
            "id": "background", "type": "background", "paint": ["background-color": land] as [String: Any],
        ]
        let roads: [String: Any] = [
            "id": "roads", "type": "line", "source": baseSource, "source-layer": "roads",
            "paint": ["line-color": road, "line-width": 1.5] as [String: Any],
        ]
        // Green when open, grey when closed, blue when unknown (the core's `open` property).
        let pinColour: [Any] = ["match", ["get", "open"] as [Any], "open", "#2e7d32", "closed", "#9e9e9e", "#1565c0"]
        let pinPaint: [String: Any] = [
            "circle-radius": 8, "circle-stroke-width": 2, "circle-stroke-color": "#ffffff", "circle-color": pinColour,
        ]
        let pinLayer: [String: Any] = ["id": pinsLayer, "type": "circle", "source": pinsSource, "paint": pinPaint]
        let sources: [String: Any] = [
            baseSource: ["type": "vector", "url": "pmtiles://file://" + pmtilesPath] as [String: Any],
            pinsSource: ["type": "geojson", "data": pins] as [String: Any],
        ]
        let layers: [[String: Any]] = [
            background, fill("landuse", "landuse", park), fill("water", "water", water),
            fill("buildings", "buildings", building), roads, pinLayer,
        ]
        let style: [String: Any] = ["version": 8, "sources": sources, "layers": layers]
        guard let data = try? JSONSerialization.data(withJSONObject: style) else { return nil }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(dark ? "map-style-dark.json" : "map-style.json")
        guard (try? data.write(to: url)) != nil else { return nil }
        return url
    }
}
