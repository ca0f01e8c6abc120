import Records

/// Placeholder namespace until the store issue lands.
public enum StoreInfo { public static let name = "Store" }
