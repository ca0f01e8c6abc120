/// Decodes `interviews/*.yaml`.
enum InterviewDecoder {
    static func decode(_ map: YAMLMap) -> Interview? {
        guard let id = map.text("id", in: "an interview") else { return nil }
        return Interview(id: id, title: map.text("title", in: "interview '\(id)'") ?? id, location: map.location)
    }
}
