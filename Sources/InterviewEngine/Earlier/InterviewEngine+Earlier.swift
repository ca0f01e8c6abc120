import Foundation
import Guidance
import Records

/// How a question takes what the earlier records say (`offers:` on its step):
/// the next plan objective, the evidence logged against the item's objective,
/// a reference to that evidence, the pay range and point from earlier reviews.
extension InterviewEngine {
    func offerEarlier(_ e: InterviewWalk.Entry, into q: inout Question) {
        if e.key.step == StepKey.more, let group = e.key.group, let objectiveStep = planObjectiveStep(in: group),
           let plan = earlier.plan {
            // "Review another objective?": yes while the plan has one not yet reviewed.
            let left = unreviewed(plan, items: e.scope.items[group] ?? [], objectiveStep: objectiveStep)
            q.defaultAnswer = left.isEmpty ? "no" : "yes"
            q.defaultSource = left.isEmpty ? "every objective of the plan has been reviewed"
                : "objective\(left.count == 1 ? "" : "s") \(Self.numberList(left)) of the plan not reviewed yet"
            return
        }
        guard let offer = e.step.offers else { return }
        switch offer {
        case .planObjectives:
            guard e.step.kind == .text, let group = e.key.group, let plan = earlier.plan, q.defaultAnswer == nil,
                  let next = unreviewed(plan, items: e.scope.items[group] ?? [], objectiveStep: e.step.id).first else { return }
            q.defaultAnswer = plan.objectives[next - 1]
            q.defaultSource = "objective \(next) of the plan"
        case .loggedEvidence:
            q.loggedEvidence = objectiveEvidence(e)
        case .loggedEvidenceSummary:
            guard q.defaultAnswer == nil, let reference = objectiveEvidence(e)?.reference else { return }
            q.defaultAnswer = reference
        case .earlierRangeStart:
            guard q.defaultAnswer == nil, let pay = earlier.pay, let start = pay.rangeStart,
                  fits(.number(Double(start)), e) else { return }
            q.defaultAnswer = String(start)
            q.defaultSource = pay.rangeSource
        case .earlierPoint:
            guard q.defaultAnswer == nil, let pay = earlier.pay, let point = pay.point,
                  fits(.number(Double(point)), e) else { return }
            q.defaultAnswer = String(point)
            q.defaultSource = pay.pointSource
        case .configuredLineManager:
            guard q.defaultAnswer == nil, let name = settings.lineManager?.trimmingCharacters(in: .whitespaces),
                  !name.isEmpty else { return }
            q.defaultAnswer = name
            q.defaultSource = "the line manager in the configuration file"
        case .configuredSchool:
            guard q.defaultAnswer == nil, let name = settings.school?.trimmingCharacters(in: .whitespaces),
                  !name.isEmpty else { return }
            q.defaultAnswer = name
            q.defaultSource = "the school in the configuration file"
        }
    }

    /// The evidence logged against the objective this group item is about.
    func objectiveEvidence(_ e: InterviewWalk.Entry) -> ObjectiveEvidence? {
        EarlierFields.objectiveEvidence(e, interview: interview, earlier)
    }

    func planObjectiveStep(in group: String) -> String? { EarlierFields.objectiveStep(of: group, in: interview) }

    /// The plan's objectives (numbers) that no item so far is about.
    func unreviewed(_ plan: PlanObjectives, items: [[String: Answer]], objectiveStep: String) -> [Int] {
        let covered = Set(items.compactMap { $0[objectiveStep].flatMap { plan.number(of: $0.display()) } })
        return plan.objectives.indices.map { $0 + 1 }.filter { !covered.contains($0) }
    }

    /// True when an offered answer is within the step's bounds as they stand.
    func fits(_ answer: Answer, _ e: InterviewWalk.Entry) -> Bool {
        BoundsEvaluator.parser(for: e.step, in: e.scope).check(answer) == nil
    }

    /// "1", "1 and 3", "1, 2 and 4".
    static func numberList(_ numbers: [Int]) -> String {
        let shown = numbers.map(String.init)
        guard shown.count > 1 else { return shown.first ?? "" }
        return shown.dropLast().joined(separator: ", ") + " and " + shown.last!
    }
}
