import Advisor

/// Registers the services other modules provide (advisor, interviews).
enum Services {
    /// - Parameter advisorCache: gives the cache of built advisors to use, if any
    ///   (asked on the first question only).
    static func registerAll(in context: REPLContext, advisorCache: @escaping () -> AdvisorCache? = { nil }) {
        let service = AdvisorService { [unowned context] in
            let cache = advisorCache()
            if let cached = cache?.load() { return cached }
            let built = Advisor(guidance: context.guidance)
            cache?.store(built)
            return built
        }
        context.register(service as QuestionAnswering, as: QuestionAnswering.self)
    }
}
