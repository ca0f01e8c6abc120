import Configuration
import Foundation

/// `config`: where the configuration file is and what it sets. astpm only
/// reads the file; it is edited by hand.
struct ConfigCommand: Command {
    let spec = CommandSpec(
        name: "config",
        summary: "show the settings file: school and LEA for printed statements, line manager, store",
        usage: "config",
        details: """
        config    where the configuration file is, and what it sets
        The file is $XDG_CONFIG_HOME/astpm/config (else ~/.config/astpm/config; ASTPM_CONFIG names another),
        YAML with one setting a line; every setting is optional:
          school: Elmfield High School        named at the top of every printed statement
          lea: Westshire LEA                  likewise
          line-manager: Femi Adeyemi          offered in interviews that ask for the line manager (Enter takes it),
                                              and the signature box of a statement not yet agreed
          store: ~/pm-records                 the records folder (--store and ASTPM_STORE come first)
        A mistake in the file (an unknown setting, a list where text belongs) is reported with its line,
        and astpm does not start until it is put right.
        """)

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        guard arguments.isEmpty else { throw UserError.usage("Usage: \(usage) (the file is edited by hand; 'help config' shows its settings)") }
        let c = context.configuration
        let home = ProcessInfo.processInfo.environment["HOME"]
        let shown = c.path.map { StoreFactory.display($0, home: home) } ?? "(none)"
        var lines = ["Configuration file: \(shown)" + (c.found ? "" : " (not there: no settings; 'help config' shows how to write one)")]
        let values: [(String, String?)] = [("school", c.school), ("lea", c.lea), ("line-manager", c.lineManager), ("store", c.store)]
        for (key, value) in values {
            lines.append("  " + padded(key, 13) + (value ?? "(not set)"))
        }
        lines.append("Records are kept in \(context.storeDescription).")
        context.output.write(lines.joined(separator: "\n") + "\n")
        return .continueSession
    }
}
