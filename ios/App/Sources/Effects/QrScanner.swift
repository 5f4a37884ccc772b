import AVFoundation
import SwiftUI
import UIKit
import VisionKit
@preconcurrency import PonteCore

/// The pairing QR code: VisionKit's DataScannerViewController where the phone supports it
/// (A12 chip or newer), AVFoundation's metadata output on older phones. Closing the scanner
/// sends `Event.qrScanCancelled`; the pairing form, where the code can be typed by hand, stays.
enum QrScanner {
    static func cameraExists() -> Bool {
        AVCaptureDevice.default(for: .video) != nil
    }

    @MainActor
    static var dataScannerAvailable: Bool {
        DataScannerViewController.isSupported && DataScannerViewController.isAvailable
    }
}

/// The scanner as a sheet, with the core's word for going back as its close button.
struct QrScannerSheet: View {
    let closeLabel: Localized
    let done: (String?) -> Void

    var body: some View {
        NavigationStack {
            Group {
                if QrScanner.dataScannerAvailable {
                    DataScannerView(found: { done($0) })
                } else {
                    CaptureScannerView(found: { done($0) })
                }
            }
            .ignoresSafeArea()
            .toolbar {
                ToolbarItem(placement: .cancellationAction) {
                    Button(action: { done(nil) }) { LText(closeLabel) }
                }
            }
        }
    }
}

/// VisionKit's scanner, QR codes only; the first code recognised is the answer.
struct DataScannerView: UIViewControllerRepresentable {
    let found: (String) -> Void

    func makeUIViewController(context: Context) -> DataScannerViewController {
        let scanner = DataScannerViewController(
            recognizedDataTypes: [.barcode(symbologies: [.qr])],
            qualityLevel: .balanced,
            recognizesMultipleItems: false,
            isHighFrameRateTrackingEnabled: false,
            isHighlightingEnabled: true
        )
        scanner.delegate = context.coordinator
        try? scanner.startScanning()
        return scanner
    }

    func updateUIViewController(_ scanner: DataScannerViewController, context: Context) {}

    static func dismantleUIViewController(_ scanner: DataScannerViewController, coordinator: Coordinator) {
        scanner.stopScanning()
    }

    func makeCoordinator() -> Coordinator { Coordinator(found: found) }

    @MainActor
    final class Coordinator: NSObject, DataScannerViewControllerDelegate {
        let found: (String) -> Void
        private var answered = false

        init(found: @escaping (String) -> Void) { self.found = found }

        func dataScanner(_ scanner: DataScannerViewController, didAdd addedItems: [RecognizedItem], allItems: [RecognizedItem]) {
            for item in addedItems {
                if case let .barcode(barcode) = item, let text = barcode.payloadStringValue, !answered {
                    answered = true
                    scanner.stopScanning()
                    found(text)
                    return
                }
            }
        }
    }
}

/// The AVFoundation scanner for phones without DataScanner.
struct CaptureScannerView: UIViewControllerRepresentable {
    let found: (String) -> Void

    func makeUIViewController(context: Context) -> CaptureScannerController {
        CaptureScannerController(found: found)
    }

    func updateUIViewController(_ controller: CaptureScannerController, context: Context) {}
}

final class CaptureScannerController: UIViewController, AVCaptureMetadataOutputObjectsDelegate {
    private let found: (String) -> Void
    private let camera = CaptureSession()
    private var answered = false

    init(found: @escaping (String) -> Void) {
        self.found = found
        super.init(nibName: nil, bundle: nil)
    }

    required init?(coder: NSCoder) { nil }

    override func viewDidLoad() {
        super.viewDidLoad()
        view.backgroundColor = .black
        let session = camera.session
        guard let device = AVCaptureDevice.default(for: .video),
              let input = try? AVCaptureDeviceInput(device: device),
              session.canAddInput(input)
        else { return }
        session.addInput(input)
        let output = AVCaptureMetadataOutput()
        guard session.canAddOutput(output) else { return }
        session.addOutput(output)
        output.setMetadataObjectsDelegate(self, queue: .main)
        output.metadataObjectTypes = [.qr]
        let preview = AVCaptureVideoPreviewLayer(session: session)
        preview.videoGravity = .resizeAspectFill
        preview.frame = view.layer.bounds
        view.layer.addSublayer(preview)
    }

    override func viewDidLayoutSubviews() {
        super.viewDidLayoutSubviews()
        view.layer.sublayers?.first?.frame = view.layer.bounds
    }

    override func viewWillAppear(_ animated: Bool) {
        super.viewWillAppear(animated)
        camera.start()
    }

    override func viewWillDisappear(_ animated: Bool) {
        super.viewWillDisappear(animated)
        camera.stop()
    }

    nonisolated func metadataOutput(
        _ output: AVCaptureMetadataOutput, didOutput metadataObjects: [AVMetadataObject], from connection: AVCaptureConnection
    ) {
        let text = metadataObjects.compactMap { ($0 as? AVMetadataMachineReadableCodeObject)?.stringValue }.first
        guard let text else { return }
        MainActor.assumeIsolated {
            guard !answered else { return }
            answered = true
            found(text)
        }
    }
}

/// The capture session and the queue it starts and stops on: both calls block, so never on
/// the main thread.
final class CaptureSession: @unchecked Sendable {
    let session = AVCaptureSession()
    private let queue = DispatchQueue(label: "org.ponte.camera")

    func start() { queue.async { self.session.startRunning() } }
    func stop() { queue.async { self.session.stopRunning() } }
}
