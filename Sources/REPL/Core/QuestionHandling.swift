/// Answers a free-text question. The advisor registers one; without it the REPL
/// says plainly that questions are not available.
public protocol QuestionAnswering: AnyObject {
    /// Writes the answer to `question` through the context.
    func answer(_ question: String, context: REPLContext)
}
