import Guidance

/// Placeholder namespace until the advisor issue lands.
public enum AdvisorInfo { public static let name = "Advisor" }
