import Foundation

/// The diary for SwiftUI views: the core's blocking calls run off the main actor, and "now"
/// and the time zone come from the phone.
public actor DiaryStore {
    private let diary: Diary

    /// Opens the diary; with `create` (the default, for the first start) a new one is made
    /// when there is none.
    public init(path: String, key: Data, create: Bool = true) throws {
        diary = try Ponte.open(options: OpenOptions(path: path, key: key, create: create)).diary()
    }

    public func agenda(now: Date = Date(), timeZone: TimeZone = .current) throws -> Agenda {
        // A zone, not today's offset: a week across a daylight-saving change keeps its days.
        try diary.agenda(options: AgendaOptions(now: now, timeZone: timeZone.identifier))
    }

    /// One page of applications, the most recently active first; `after` is the previous
    /// page's `next`.
    public func applications(stage: Stage? = nil, after: String? = nil) throws -> ApplicationPage {
        try diary.applications(stage: stage, after: after)
    }

    public func addApplication(_ details: ApplicationDetails, stage: Stage = .saved) throws -> Application {
        try diary.addApplication(details: details, stage: stage)
    }

    public func moveToStage(id: String, stage: Stage, note: String = "") throws -> Application {
        try diary.moveToStage(id: id, stage: stage, note: note)
    }
}
