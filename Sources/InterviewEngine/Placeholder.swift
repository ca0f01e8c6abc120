import Guidance
import Records

/// Placeholder namespace until the interview issue lands.
public enum InterviewEngineInfo { public static let name = "InterviewEngine" }
