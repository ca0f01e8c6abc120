import Records

/// `store`: where records are kept; `store init --git [REMOTE]` makes the
/// store a git store, shared between machines (every save a commit).
struct StoreCommand: Command {
    let spec = CommandSpec(
        name: "store",
        summary: "where records are kept; store init --git [REMOTE] shares them through git",
        usage: "store [init [--git] [REMOTE]]",
        options: [OptionSpec("--git", help: "make the store a git work tree (git init, .gitignore, origin REMOTE)")],
        details: """
        store                      where records are kept, and whether it is a git store
        store init                 create the store folder (0700) if it is not there yet
        store init --git [REMOTE]  make the store a git store: 'git init', a .gitignore that keeps
                                   paused interviews, .history, the index and the lock on this
                                   machine, the records already there committed, and REMOTE (a
                                   path, or user@host:path over SSH) as 'origin'. In a 'git clone'
                                   a missing .gitignore is added and modes are put right. Every
                                   later save is one commit: see 'log ID' and 'sync'.
        Records are plain Markdown files with YAML fields, one folder per AST, in the store:
        --store DIR, else $ASTPM_STORE, else the configuration file's store: ('help config'), else
        $XDG_DATA_HOME/astpm (~/.local/share/astpm). Folders are private (0700) and files 0600.
        Earlier versions are kept: 'history ID' and 'restore ID VERSION'. Whoever can read a git
        store's remote can read its records.
        """)

    func complete(_ arguments: [String], context: REPLContext) -> [String] {
        arguments.count == 1 ? ["init"].filter { $0.hasPrefix(arguments[0]) } : []
    }

    func run(_ arguments: [String], rest: String, context: REPLContext) throws -> LineOutcome {
        let args = try RecordArguments(arguments)
        try args.allowOnly(["--git"], command: name)
        let words = args.positional
        guard let first = words.first else {
            guard !args.flags.contains("--git") else { throw UserError.usage("Usage: \(usage)") }
            context.say("Records are kept in \(context.storeDescription).")
            if context.store.sharing != nil {
                context.say("It is a git store: every save is a commit ('log ID'); 'sync' exchanges records with its remote.")
            } else {
                context.say("Type 'help store' for where and how; 'store init --git [REMOTE]' shares them through git.")
            }
            return .continueSession
        }
        guard first == "init", words.count <= 2 else { throw UserError.usage("Usage: \(usage)") }
        let remote = words.count == 2 ? words[1] : nil
        guard args.flags.contains("--git") else {
            guard remote == nil else { throw UserError.usage("A remote needs --git: store init --git \(remote!)") }
            do { _ = try context.store.ids(withPrefix: "") } catch { throw UserError("\(error)") }
            context.say("The store is ready: \(context.storeDescription).")
            return .continueSession
        }
        let setup: SharingSetup
        do { setup = try context.store.startSharing(remote: remote) } catch { throw UserError("\(error)") }
        var lines = [setup.createdRepository
            ? "\(context.storeDescription) is now a git store: every save is a commit."
            : "\(context.storeDescription) is a git store already; its .gitignore is there and its modes are private."]
        if setup.committedFiles > 0 {
            lines.append("Committed \(setup.committedFiles) file\(setup.committedFiles == 1 ? "" : "s") not yet in git.")
        }
        if let remote = setup.remote {
            lines.append((setup.remoteAdded ? "Remote origin: " : "Remote origin (already set): ") + remote
                         + ". 'sync' sends and receives records; whoever can read it can read the records.")
        } else {
            lines.append("No remote yet: 'store init --git REMOTE' adds one (a bare repository on a private server over SSH).")
        }
        context.say(lines.joined(separator: "\n"))
        return .continueSession
    }
}
