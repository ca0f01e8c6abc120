import Foundation
@testable import Advisor

/// Lets a tuning run override the ranking knobs: ASTPM_NB, ASTPM_NB_T, ASTPM_NB_S, ASTPM_NB_CHAR.
func tuningFromEnvironment() -> RankingTuning {
    let env = ProcessInfo.processInfo.environment
    var t = RankingTuning()
    if let v = env["ASTPM_NB"].flatMap(Double.init) { t.bayesWeight = v }
    if let v = env["ASTPM_NB_T"].flatMap(Double.init) { t.bayesTemperature = v }
    if let v = env["ASTPM_NB_S"].flatMap(Double.init) { t.bayesSmoothing = v }
    if let v = env["ASTPM_NB_CHAR"] { t.bayesUsesCharacters = v == "1" }
    return t
}
