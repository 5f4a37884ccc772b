import SwiftUI
import UIKit

/// A file of the core offered to the share sheet (the CV, a certificate, the exported data).
/// HTML is printed to PDF first, which every phone and every employer can open; if printing
/// gives nothing, the HTML itself is shared, so the person never ends up with nothing.
struct SharedFile: Identifiable {
    let id = UUID()
    let url: URL

    private static let pdfType = "application/pdf"
    /// A4 in points, with 2 cm margins: Italian employers print on A4.
    private static let paper = CGRect(x: 0, y: 0, width: 595.2, height: 841.8)
    private static let margin: CGFloat = 56.7

    @MainActor
    static func make(fileName: String, mimeType: String, bytes: Data) async -> SharedFile? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shared", isDirectory: true)
        // Files shared earlier are not needed any more: the folder holds only this one.
        try? FileManager.default.removeItem(at: folder)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let name = (fileName as NSString).lastPathComponent
        if mimeType.hasPrefix("text/html"), let html = String(data: bytes, encoding: .utf8) {
            let pdf = printed(html)
            if !pdf.isEmpty {
                let url = folder.appendingPathComponent(((name as NSString).deletingPathExtension) + ".pdf")
                if (try? pdf.write(to: url, options: .completeFileProtection)) != nil {
                    return SharedFile(url: url)
                }
            }
        }
        let url = folder.appendingPathComponent(name)
        guard (try? bytes.write(to: url, options: .completeFileProtection)) != nil else { return nil }
        return SharedFile(url: url)
    }

    /// The HTML laid out on A4 pages by UIKit's print formatter (WebKit underneath).
    @MainActor
    static func printed(_ html: String) -> Data {
        let formatter = UIMarkupTextPrintFormatter(markupText: html)
        let renderer = UIPrintPageRenderer()
        renderer.addPrintFormatter(formatter, startingAtPageAt: 0)
        let printable = paper.insetBy(dx: margin, dy: margin)
        renderer.setValue(NSValue(cgRect: paper), forKey: "paperRect")
        renderer.setValue(NSValue(cgRect: printable), forKey: "printableRect")
        let data = NSMutableData()
        UIGraphicsBeginPDFContextToData(data, paper, nil)
        renderer.prepare(forDrawingPages: NSRange(location: 0, length: renderer.numberOfPages))
        for page in 0..<renderer.numberOfPages {
            UIGraphicsBeginPDFPage()
            renderer.drawPage(at: page, in: UIGraphicsGetPDFContextBounds())
        }
        UIGraphicsEndPDFContext()
        return renderer.numberOfPages > 0 ? data as Data : Data()
    }
}

/// UIActivityViewController for SwiftUI's `.sheet(item:)`.
struct ShareSheet: UIViewControllerRepresentable {
    let file: SharedFile

    func makeUIViewController(context: Context) -> UIActivityViewController {
        UIActivityViewController(activityItems: [file.url], applicationActivities: nil)
    }

    func updateUIViewController(_ controller: UIActivityViewController, context: Context) {}
}
