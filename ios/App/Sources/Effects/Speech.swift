import AVFoundation
import Foundation

/// Reading aloud with the phone's own voices (AVSpeechSynthesizer) and playing a lesson's
/// recorded audio. The core chooses the language among the voices reported at open
/// (`Capabilities.voices`); this never falls back to another language by itself.
@MainActor
final class Speech {
    private let synthesizer = AVSpeechSynthesizer()
    private var player: AVAudioPlayer?

    /// The BCP 47 tags of the installed voices (`en-US`, `ar-001`), each once.
    nonisolated static func voiceTags() -> [String] {
        var seen = Set<String>()
        var tags: [String] = []
        for voice in AVSpeechSynthesisVoice.speechVoices() {
            let tag = voice.language
            if !tag.isEmpty && seen.insert(tag).inserted { tags.append(tag) }
        }
        return tags
    }

    /// The voice for a tag the core chose: the exact one, else the same language in another
    /// region (the list changed since the app opened); nil reads nothing.
    static func voice(for language: String) -> AVSpeechSynthesisVoice? {
        let wanted = language.replacingOccurrences(of: "_", with: "-")
        let voices = AVSpeechSynthesisVoice.speechVoices()
        if let exact = voices.first(where: { $0.language.caseInsensitiveCompare(wanted) == .orderedSame }) {
            return exact
        }
        let base = wanted.split(separator: "-").first.map(String.init)?.lowercased()
        return voices.first { $0.language.split(separator: "-").first.map(String.init)?.lowercased() == base }
    }

    func read(_ text: String, language: String) {
        stop()
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, let voice = Speech.voice(for: language) else { return }
        activateAudio()
        let utterance = AVSpeechUtterance(string: trimmed)
        utterance.voice = voice
        synthesizer.speak(utterance)
    }

    func play(_ bytes: Data) {
        stop()
        activateAudio()
        do {
            let player = try AVAudioPlayer(data: bytes)
            player.prepareToPlay()
            player.play()
            self.player = player
        } catch {
            // Bytes the phone cannot play: nothing is heard, the lesson goes on.
            player = nil
        }
    }

    func stop() {
        if synthesizer.isSpeaking { synthesizer.stopSpeaking(at: .immediate) }
        player?.stop()
        player = nil
    }

    /// Spoken audio is heard with the silent switch on, and lowers other apps' sound.
    private func activateAudio() {
        try? AVAudioSession.sharedInstance().setCategory(.playback, mode: .spokenAudio, options: [.duckOthers])
        try? AVAudioSession.sharedInstance().setActive(true)
    }
}
