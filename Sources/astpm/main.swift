import REPL
print("astpm \(REPLInfo.version)")
