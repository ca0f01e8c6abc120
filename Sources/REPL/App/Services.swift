/// Registers the services other modules provide (advisor, interviews).
enum Services {
    static func registerAll(in context: REPLContext) {
        context.register(AdvisorService(guidance: { [unowned context] in context.guidance }) as QuestionAnswering,
                         as: QuestionAnswering.self)
    }
}
