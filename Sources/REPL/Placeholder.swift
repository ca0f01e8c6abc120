import LineEditing
import Guidance

/// Placeholder.
public enum REPLInfo { public static let version = "0.1" }
