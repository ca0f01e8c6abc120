/// Commands contributed by other issues' files (questions, interviews, records).
func extraCommands() -> [Command] {
    [
        RecordsCommand(),
        ShowCommand(),
        FindCommand(),
        HistoryCommand(),
        RestoreCommand(),
        DiffCommand(),
        ExportCommand(),
        ProformaCommand(),
        ImportCommand(),
        DueCommand(),
        ReportCommand(),
        ConfigCommand(),
        StoreCommand(),
        DoctorCommand(),
        StartCommand(),
        TourCommand(),
        ResumeCommand(),
        DiscardCommand(),
        ExplainCommand(),
        DecisionsCommand(),
        CompletionCommand(),
        ManCommand(),
        CompleteWordsCommand(),
    ]
}
