import Foundation

/// The shells' completion scripts (`astpm completion bash|zsh|fish`), written
/// from the commands' declarations: command names, their summaries and the
/// options before the command are in the script; everything after the
/// command (its options, filters such as `kind=`, record ids, a question's
/// choices) comes from `astpm __complete WORDS...`, which runs the REPL's own
/// Tab completion, so the shell and the prompt offer the same words.
public enum ShellCompletion {
    /// The shells a script is written for.
    public enum Shell: String, CaseIterable, Sendable {
        case bash, zsh, fish
    }

    /// The script for `shell`.
    public static func script(_ shell: Shell, commands: [CommandSpec], options: [OptionSpec] = GlobalOptions.specs) -> String {
        switch shell {
        case .bash: return bash(commands, options)
        case .zsh: return zsh(commands, options)
        case .fish: return fish(commands, options)
        }
    }

    static func names(_ commands: [CommandSpec]) -> [String] { commands.flatMap { [$0.name] + $0.aliases } }

    static func bash(_ commands: [CommandSpec], _ options: [OptionSpec]) -> String {
        let valued = options.filter { $0.value != nil }.map(\.primary).joined(separator: "|")
        return """
        # bash completion for astpm, written by 'astpm completion bash' from its command declarations.
        # Install: astpm completion bash > ~/.local/share/bash-completion/completions/astpm
        _astpm() {
            local line=${COMP_LINE:0:COMP_POINT} words=() pre=() i=1 n cur
            read -ra words <<< "$line"
            [[ -z $line || $line == *[[:space:]] ]] && words+=("")
            n=${#words[@]}
            cur=${words[n-1]}
            while (( i < n - 1 )); do
                case ${words[i]} in
                    \(valued))
                        if (( i + 1 == n - 1 )); then COMPREPLY=($(compgen -d -- "$cur")); return; fi
                        pre+=("${words[i]}" "${words[i+1]}"); (( i += 2 )) ;;
                    -*) (( i += 1 )) ;;
                    *) break ;;
                esac
            done
            if (( i == n - 1 )); then
                COMPREPLY=($(compgen -W '\(names(commands).joined(separator: " ")) \(options.flatMap(\.names).joined(separator: " "))' -- "$cur"))
                return
            fi
            local IFS=$'\\n'
            COMPREPLY=($(command "${words[0]}" "${pre[@]}" __complete "${words[@]:i}" 2>/dev/null))
            # bash splits 'kind=rev' at '=': offer only what follows it.
            if [[ $cur == *=* && $COMP_WORDBREAKS == *=* ]]; then
                local head=${cur%=*}=
                COMPREPLY=("${COMPREPLY[@]#"$head"}")
            fi
        }
        complete -o default -F _astpm astpm

        """
    }

    static func zsh(_ commands: [CommandSpec], _ options: [OptionSpec]) -> String {
        let valued = options.filter { $0.value != nil }.map(\.primary).joined(separator: "|")
        let described = commands.flatMap { spec in ([spec.name] + spec.aliases).map { "    " + zshQuoted("\($0):\(spec.summary.replacingOccurrences(of: ":", with: "\\:"))") } }
        let flags = options.flatMap { o in o.names.map { "    " + zshQuoted("\($0):\(o.help.replacingOccurrences(of: ":", with: "\\:"))") } }
        return """
        #compdef astpm
        # zsh completion for astpm, written by 'astpm completion zsh' from its command declarations.
        # Install: astpm completion zsh > ~/.local/share/zsh/site-functions/_astpm (a folder on $fpath)
        _astpm() {
          local -a pre reply commands flags
          local i=2
          while (( i < CURRENT )); do
            case ${words[i]} in
              \(valued))
                if (( i + 1 == CURRENT )); then _files -/; return; fi
                pre+=("${words[i]}" "${words[i+1]}"); (( i += 2 )) ;;
              -*) (( i += 1 )) ;;
              *) break ;;
            esac
          done
          if (( i == CURRENT )); then
            commands=(
        \(described.joined(separator: "\n"))
            )
            flags=(
        \(flags.joined(separator: "\n"))
            )
            if [[ $PREFIX == -* ]]; then _describe -t options 'astpm option' flags; else _describe -t commands 'astpm command' commands; fi
            return
          fi
          reply=("${(@f)$(command ${words[1]} "${pre[@]}" __complete "${(@)words[i,CURRENT]}" 2>/dev/null)}")
          reply=(${reply:#})
          if (( ${#reply} )); then compadd -Q -- "${reply[@]}"; else _files; fi
        }
        _astpm "$@"

        """
    }

    static func fish(_ commands: [CommandSpec], _ options: [OptionSpec]) -> String {
        var lines = [
            "# fish completion for astpm, written by 'astpm completion fish' from its command declarations.",
            "# Install: astpm completion fish > ~/.config/fish/completions/astpm.fish",
            "function __astpm_complete",
            "    set -l cur (commandline -ct)",
            "    set -l words (commandline -opc) \"$cur\"",
            "    set -l pre",
            "    set -l i 2",
            "    while test $i -lt (count $words)",
            "        switch $words[$i]",
            "            case " + options.filter { $0.value != nil }.map(\.primary).joined(separator: " "),
            "                set pre $pre $words[$i] $words[(math $i + 1)]",
            "                set i (math $i + 2)",
            "            case '-*'",
            "                set i (math $i + 1)",
            "            case '*'",
            "                break",
            "        end",
            "    end",
            "    test $i -lt (count $words); or return",
            "    command $words[1] $pre __complete $words[$i..-1] 2>/dev/null",
            "end",
            "complete -c astpm -f",
        ]
        for spec in commands {
            for name in [spec.name] + spec.aliases {
                lines.append("complete -c astpm -n __fish_use_subcommand -a \(name) -d \(fishQuoted(spec.summary))")
            }
        }
        for option in options {
            let long = option.names.filter { $0.hasPrefix("--") }.map { "-l " + $0.dropFirst(2) }
            let short = option.names.filter { !$0.hasPrefix("--") }.map { "-s " + $0.dropFirst(1) }
            let value = option.value == nil ? "" : " -r -a '(__fish_complete_directories)'"
            lines.append("complete -c astpm -n __fish_use_subcommand \((long + short).joined(separator: " "))\(value) -d \(fishQuoted(option.help))")
        }
        lines.append("complete -c astpm -n 'not __fish_use_subcommand' -a '(__astpm_complete)'")
        return lines.joined(separator: "\n") + "\n"
    }

    static func zshQuoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    static func fishQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }
}
