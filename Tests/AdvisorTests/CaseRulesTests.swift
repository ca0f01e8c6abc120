@testable import Advisor
import Guidance
import XCTest

/// The guide's decision rules applied to case facts (decisions.yaml `if:`):
/// every outcome that applies, and what the answer depends on when a fact is missing.
final class CaseRulesTests: XCTestCase {
    let advisor = DevSetTests.advisor
    var reasoner: CaseReasoner { advisor.reasoner }

    func pay(_ input: PayCaseInput) throws -> CaseReading { reasoner.reason(try advisor.payFacts(input)) }
    func fired(_ r: CaseReading) -> Set<String> { Set(r.outcomeIDs) }

    /// A receiving school holding back the work mid-year is tackled now, not at the review; once the
    /// year is judged and objectives were missed, the same fact is mitigation instead.
    func testAnUnhelpfulReceivingSchoolIsTackledEarlyOrCountsAsMitigation() {
        let during = advisor.answer("The school our AST supports keeps cancelling her sessions and won't release teachers to meet her. Should I just wait for her review?")
        XCTAssertTrue(during.reasoning.prefix(2).contains { $0.cites.first == "monitoring.1" }, "\(during.reasoning.map(\.text))")
        XCTAssertTrue(during.citations.contains("objectives.4"))
        XCTAssertTrue(during.facts["receiving-unreceptive"] == .yes)
        XCTAssertTrue(fired(reasoner.reason(during.facts)).contains("evidence-weighting/receiving-school-now"))
        var facts = CaseFacts()
        facts["receiving-unreceptive"] = .yes
        facts["objectives-missed"] = .yes
        facts["pay-asked"] = .yes
        let after = fired(reasoner.reason(facts))
        XCTAssertFalse(after.contains("evidence-weighting/receiving-school-now"), "\(after)")
        XCTAssertTrue(after.contains("evidence-weighting/mitigation"), "\(after)")
    }

    /// One weak observation is not underperformance: no support-and-capability template, but the
    /// one-off rule; a single critical email from a receiving school is weighed with how receptive it was.
    func testASingleWeakObservationOrEmailIsNotTreatedAsUnderperformance() {
        let observed = advisor.answer("One observation of our AST in May came out as weak, the day after a school trip. Everything else this year has been good. How much should it count?")
        let ids = fired(reasoner.reason(observed.facts))
        XCTAssertTrue(ids.contains("evidence-weighting/one-off") || ids.contains("underperformance/one-off-not-capability"), "\(ids)")
        XCTAssertFalse(ids.contains("underperformance/discuss-early"), "\(ids)")
        XCTAssertFalse(ids.contains("underperformance/mentors"), "\(ids)")
        let email = advisor.answer("The only outreach feedback this year is one email from a receiving head saying his work made no noticeable difference. Do I hold back his point?")
        XCTAssertTrue(email.citations.contains("monitoring.4"), "\(email.citations)")
        XCTAssertTrue(email.citations.contains("evidence.3"), "\(email.citations)")
        XCTAssertFalse(email.citations.contains("qa.10"), "no capability talk on one email: \(email.citations)")
        let lesson = advisor.answer("On a learning walk I saw our AST teach a lesson that was poor. I want to start capability procedures now. Should I?")
        XCTAssertTrue(fired(reasoner.reason(lesson.facts)).contains("underperformance/one-off-not-capability"))
        XCTAssertFalse(lesson.citations.contains("qa.11"), "the procedures' drafting is not this case: \(lesson.citations)")
    }

    /// A pay decision resting on one account of the outreach (spoken, or
    /// lukewarm) is weighed with the rest of the year's evidence, and the case
    /// is told that the answer depends on that evidence.
    func testOneAccountOfTheOutreachDoesNotSettlePayOnItsOwn() {
        let a = advisor.answer("The receiving head only rang me and gave a lukewarm verbal report on our AST's outreach. Can I base her September pay decision on that?")
        let ids = fired(reasoner.reason(a.facts))
        XCTAssertTrue(ids.contains("evidence-weighting/pay-on-one-account"), "\(ids)")
        XCTAssertTrue(ids.contains("evidence-weighting/verbal-feedback"), "\(ids)")
        XCTAssertTrue(a.citations.contains("monitoring.4") && a.citations.contains("qa.5"), "\(a.citations)")
        let general = advisor.answer("The receiving head rang me with a lukewarm verbal report on our AST's outreach. What weight does a phone call carry?")
        XCTAssertFalse(fired(reasoner.reason(general.facts)).contains("evidence-weighting/pay-on-one-account"), "no pay question, no pay line")
    }

    /// Holding the yearly pay review at another time of year is answered with
    /// the 1 September rule and the same-cycle rule, not with pay boilerplate.
    func testThePayReviewDateIsFixed() {
        let a = advisor.answer("Our governors want to hold the AST's annual pay review in March each year instead of September, to fit our budget year. Can we?")
        let reading = reasoner.reason(a.facts)
        let ids = fired(reading)
        XCTAssertEqual(reading.outcomeIDs.first, "pay-progression/review-date-fixed", "the most decisive line first: \(reading.outcomeIDs)")
        XCTAssertFalse(ids.contains("pay-progression/review-date"), "the rule is said once: \(ids)")
        XCTAssertFalse(ids.contains("pay-progression/funding-which-route"), "a budget year is not a funding question: \(ids)")
        XCTAssertFalse(ids.contains("pay-progression/evidence-based"), "\(ids)")
        XCTAssertTrue(a.citations.contains("prp.1") && a.citations.contains("line-manager.2"), "\(a.citations)")
    }

    /// "Any point our AST gets" names a performance point: which budget pays
    /// it is answered, not hedged as a rise of unknown kind.
    func testAnyPointTheASTGetsIsAPerformancePoint() {
        let a = advisor.answer("Our business manager has decided that any point our AST gets this year has to be found from the AST money from the Standards Fund instead of the performance pay grant. The PPG allocation won't stretch to all four teachers up for points.")
        let ids = fired(reasoner.reason(a.facts))
        XCTAssertFalse(ids.contains("pay-progression/funding-which-route"), "\(ids)")
        XCTAssertTrue(a.citations.contains("qa.13"), "\(a.citations)")
    }

    /// Where support has not worked and capability is in question, the room
    /// left in the range is beside the point and is not offered.
    func testNoRoomLeftLineWhenSupportHasNotWorked() {
        let a = advisor.answer("Our AST is on the second point of her five point range and has had two full terms of support since we raised concerns. Her lessons are still consistently well below what we'd expect. My deputy says no increment this September and possibly capability. Who's right?")
        let ids = fired(reasoner.reason(a.facts))
        XCTAssertFalse(ids.contains("pay-progression/room-left"), "\(ids)")
        XCTAssertTrue(ids.contains("underperformance/no-improvement-pay"), "\(ids)")
    }

    /// One poor lesson against a strong record is answered by the one-off
    /// rule and by saying where she does well, not as a classroom/outreach gap
    /// nor as "no support yet" on the road to capability.
    func testOnePoorLessonAgainstAStrongRecord() {
        let a = advisor.answer("I observed our English AST last Thursday and it was honestly poor. All her observations over the past three years have been excellent and her outreach feedback is strong. I'm minded to record this as underperformance and mention capability at her review. Thoughts?")
        let ids = fired(reasoner.reason(a.facts))
        XCTAssertTrue(ids.contains("underperformance/one-off-not-capability"), "\(ids)")
        XCTAssertFalse(ids.contains("underperformance/support-not-mentioned"), "\(ids)")
        XCTAssertFalse(ids.contains("development/uneven-effectiveness"), "\(ids)")
        XCTAssertTrue(a.citations.contains("monitoring.5"), "\(a.citations)")
    }

    /// "She's an AST, she should be delivering the training, not going on it"
    /// is answered: ASTs still have development needs, which the review looks at.
    func testAnASTStillHasDevelopmentNeeds() {
        let a = advisor.answer("Head of science says our chemistry AST doesn't need any of the CPD budget this year - 'she's an AST, she should be delivering the training, not going on it'. She'd asked to go to a conference. Is he right?")
        XCTAssertTrue(a.verdict?.text.hasPrefix("No: being an excellent teacher") ?? false, "\(String(describing: a.verdict))")
        XCTAssertEqual(Set(a.citations.prefix(3)), ["development.2", "development.1", "development.3"])
    }

    /// "Outreach is the LEA's problem, pay is about his teaching" is answered:
    /// the outreach counts, for the review and for pay.
    func testOutreachCountsForPay() {
        let a = advisor.answer("His outreach has been pretty weak - the two schools say the sessions were disorganised. Nobody has raised it with him yet. Head says outreach is the LEA's problem, pay is about his teaching. Is that the right way to look at it?")
        XCTAssertTrue(a.verdict?.text.hasPrefix("No: the outreach counts") ?? false, "\(String(describing: a.verdict))")
        XCTAssertEqual(a.citations.first, "evidence.1")
        XCTAssertNil(advisor.reasoner.facts(in: "He got the best A level results in the school for the third year running.").number("years-in-post"))
    }

    /// "Is that how it's meant to work?" after a sentence reporting two claims
    /// answers each: the LEA does not take over PM, and the cycle matches
    /// other teachers'.
    func testACheckOfAReportedPairOfClaimsAnswersBoth() {
        let a = advisor.answer("The LEA adviser has told me that because the outreach runs January to December, the AST's performance management cycle should run on the calendar year rather than Sept-July like everyone else's, and that the adviser will write the outreach part of the review. Is that how it's meant to work?")
        XCTAssertEqual(a.verdicts.count, 2, "\(a.verdicts.map(\.text))")
        XCTAssertTrue(a.verdicts.contains { $0.cites.contains("qa.3") }, "\(a.verdicts.map(\.cites))")
        XCTAssertTrue(a.verdicts.contains { $0.cites.contains("qa.4") }, "\(a.verdicts.map(\.cites))")
    }

    /// "Is the deputy being fair?" judges the case; it is not declined as the
    /// gap on who should be line manager, whose words it shares.
    func testAClaimCheckIsNotDeclinedAsAGap() {
        let a = advisor.answer("My deputy watched one of our AST's sessions at the school she supports and it went badly. He wants to write that up as the main evidence of her outreach for the year. All the other feedback we've had has been good. Is the deputy being fair?")
        XCTAssertFalse(a.reasoning.contains { $0.text.contains("does not settle it") }, "\(a.reasoning.map(\.text))")
        XCTAssertTrue(a.citations.contains("monitoring.4"), "\(a.citations)")
    }

    /// "Must we review her range now the school's ranges changed?" is answered
    /// by the school-range rule, without stock lines on where she sits, on
    /// who pays for a move nobody proposed, or on service nobody claimed.
    func testARangeQuestionGetsNoStockLines() {
        let a = advisor.answer("The governors have just finished restructuring the school's pay ranges for management posts. Our AST's range was set when she was appointed two years ago and hasn't been touched since. Does the DfES guide say we have to review her range now as well?")
        let ids = fired(reasoner.reason(a.facts))
        XCTAssertTrue(ids.contains("range-review/school-range-change"), "\(ids)")
        for stock in ["pay-progression/top-not-known", "range-review/funding-new-range", "range-review/service-not-test"] {
            XCTAssertFalse(ids.contains(stock), "\(stock) in \(ids)")
        }
        let service = advisor.answer("She's been an AST with us for eight years, so surely she's due a higher range by now? Can we review her range?")
        XCTAssertTrue(fired(reasoner.reason(service.facts)).contains("range-review/service-not-test"))
    }

    /// A reward wanted now, in February, for a brilliant term: no early point,
    /// but telling her she is doing well is something to do now.
    func testARewardWantedMidYearSaysSo() {
        let a = advisor.answer("Our AST had a brilliant autumn term and three schools have asked for her to come back. The head would like to reward her now, in February, with a performance point rather than making her wait till September. Can we?")
        let ids = fired(reasoner.reason(a.facts))
        XCTAssertTrue(ids.contains("recognition/say-so"), "\(ids)")
        XCTAssertEqual(a.facts["high-quality"], .yes)
    }

    /// Pairing the AST with another AST is support given.
    func testPairingWithAnotherASTIsSupport() {
        XCTAssertEqual(reasoner.facts(in: "It hasn't improved, even though we paired him with our other AST.")["support-given"], .yes)
    }

    func testOnePointWithinTheRange() throws {
        let r = try pay(PayCaseInput(point: 9, rangeStart: 8, award: 1))
        XCTAssertTrue(fired(r).contains("pay-progression/within-range"))
        XCTAssertTrue(r.lines.contains { $0.text.contains("from point 2 would take the AST to point 3") }, "\(r.lines)")
        XCTAssertFalse(fired(r).contains("pay-progression/reached-top"))
        XCTAssertTrue(Set(r.lines.flatMap(\.cites)).isSuperset(of: ["qa.14", "prp.1", "qa.13"]))
    }

    func testTooManyPointsAreCappedAtTheTopAndTheRangeReviewIsNamed() throws {
        let r = try pay(PayCaseInput(position: 3, award: 3))
        XCTAssertEqual(r.lines.first?.text.hasPrefix("From point 3 of the five-point range only 2 points remain"), true, "\(r.lines)")
        XCTAssertTrue(fired(r).contains("pay-progression/reached-top"))
        XCTAssertFalse(r.lines.contains { $0.text.contains("would take the AST to point 6") })
    }

    func testAlreadyAtTheTopGetsNoPointAndNoPerformancePayFunding() throws {
        let r = try pay(PayCaseInput(point: 12, rangeStart: 8, award: 1))
        XCTAssertEqual(r.outcomeIDs.first, "pay-progression/already-at-top")
        XCTAssertFalse(fired(r).contains("pay-progression/funding-points"), "no point is awarded, so no performance pay funding")
    }

    func testAnAwardWithoutAPlaceInTheRangeSaysWhatItDependsOn() throws {
        let r = try pay(PayCaseInput(award: 2))
        XCTAssertFalse(fired(r).contains("pay-progression/capped"))
        XCTAssertTrue(r.depends.contains { $0.text.contains("fit only from point 3 or lower") }, "\(r.depends)")
        XCTAssertEqual(r.needs.first?.fact, "range-position")
        XCTAssertTrue(fired(r).contains("pay-progression/several-points"))
    }

    func testNoAwardIsInventedWhenNoneIsGiven() throws {
        let r = try pay(PayCaseInput(point: 10, rangeStart: 8))
        XCTAssertNil(r.facts.number("points-proposed"))
        XCTAssertFalse(r.lines.contains { $0.text.contains("would take the AST") })
    }

    func testShortTenureIsWeighedNotBarred() throws {
        var input = PayCaseInput(position: 1, award: 1)
        input.monthsInPost = 4
        let r = try pay(input)
        XCTAssertTrue(r.lines.contains { $0.text.contains("No minimum time in post") && $0.cites == ["prp.1"] })
    }

    func testGrownResponsibilitiesBringTheRangeReviewAndItsFunding() throws {
        var input = PayCaseInput(position: 2, award: 1)
        input.responsibilitiesGrown = true
        let r = try pay(input)
        XCTAssertTrue(r.lines.contains { $0.text.contains("ordinary pay") && $0.cites.contains("qa.16") },
                      "the jump to a new range is paid from standard AST pay resources")
        XCTAssertTrue(r.lines.contains { $0.text.contains("new range") && $0.text.contains("Performance Pay Progression") })
    }

    func testImpossibleNumbersAreRefusedWithAReason() {
        XCTAssertThrowsError(try advisor.payFacts(PayCaseInput(point: 14, rangeStart: 8))) {
            XCTAssertTrue("\($0)".contains("outside the range 8–12"))
        }
        XCTAssertThrowsError(try advisor.payFacts(PayCaseInput(rangeStart: 24))) { XCTAssertTrue("\($0)".contains("run past point 27")) }
        XCTAssertThrowsError(try advisor.payFacts(PayCaseInput(point: 30)))
        XCTAssertThrowsError(try advisor.payFacts(PayCaseInput(award: -1)))
        XCTAssertThrowsError(try advisor.payFacts(PayCaseInput(position: 6)))
    }

    func testSalaryIsShownOnlyWhereBothPointsHaveSourcedFigures() throws {
        let none = advisor.whatIf(try advisor.payFacts(PayCaseInput(point: 1, rangeStart: 1, award: 2)))
        XCTAssertTrue(none.notes.first?.contains("never estimated") ?? false, "\(none.notes)")
        XCTAssertNil(advisor.whatIf(try advisor.payFacts(PayCaseInput(award: 2))).notes.first, "no point known, no salary")
    }

    func testCapabilityBeforeSupportIsNotYet() {
        let stated = reasoner.reason(CaseFacts([("underperforming", .yes), ("capability-raised", .yes), ("support-given", .no)]))
        XCTAssertEqual(stated.outcomeIDs.first, "underperformance/support-first")
        XCTAssertFalse(fired(stated).contains("underperformance/support-not-mentioned"))
        // A case silent about support is read as having none, and the answer says it is going on what the case says.
        let r = reasoner.reason(CaseFacts([("underperforming", .yes), ("capability-raised", .yes)]))
        XCTAssertEqual(r.outcomeIDs.first, "underperformance/support-not-mentioned")
        XCTAssertTrue(r.lines.first?.text.contains("the case mentions no support") ?? false)
        XCTAssertFalse(fired(r).contains("underperformance/capability-possible"))
        XCTAssertFalse(fired(r).contains("underperformance/outreach-last-resort"))
    }

    func testPersistentUnderperformanceDespiteSupportMayLeadToCapability() {
        let r = reasoner.reason(CaseFacts([("underperforming", .yes), ("support-given", .yes), ("persistent", .yes), ("improved", .no)]))
        XCTAssertTrue(fired(r).isSuperset(of: ["underperformance/capability-possible", "underperformance/procedures",
                                               "underperformance/no-improvement-pay"]))
    }

    /// Underperformance that keeps recurring is underperformance, said or
    /// not: "lessons regularly below standard" after a year of support answers
    /// "does he still get his increment?" with the rule for support that has
    /// not worked, alongside which procedure applies.
    func testRecurringUnderperformanceIsAConcernWithoutTheWord() {
        let r = reasoner.reason(CaseFacts([("persistent", .yes), ("support-given", .yes), ("improved", .no), ("pay-asked", .yes)]))
        XCTAssertTrue(fired(r).contains("underperformance/no-improvement-pay"), "\(r.outcomeIDs)")
        let a = advisor.answer("We agreed a support plan with Dan last year and gave him a mentor. A full year on there's still no real improvement - his lessons are regularly below standard. Does he still get his increment this September, and can we use our ordinary capability policy or is there a special AST procedure?")
        XCTAssertEqual(a.verdicts.map { $0.cites.first ?? "" }, ["qa.10", "qa.11"], "\(a.verdicts.map(\.text))")
        // Stated as no, it stays no: nothing is implied over what the case says.
        let stated = reasoner.reason(CaseFacts([("persistent", .yes), ("underperforming", .no), ("support-given", .yes), ("improved", .no), ("pay-asked", .yes)]))
        XCTAssertFalse(fired(stated).contains("underperformance/no-improvement-pay"), "\(stated.outcomeIDs)")
    }

    /// Once every question has a rule's answer, advice that holds for any
    /// question on the topic (what a point rests on, for any pay question) is
    /// left out; a pay question the rules do not settle still gets it.
    func testGeneralAdviceGivesWayToAnswersForTheCase() {
        let stock = "A point rests on high-quality performance"
        let settled = advisor.answer("Our AST is on point 2 of her five-point range and has had a strong year. The head wants to give her two points this September. Can we?")
        XCTAssertFalse(settled.verdicts.isEmpty)
        XCTAssertFalse(settled.reasoning.contains { $0.text.hasPrefix(stock) }, "\(settled.reasoning.map(\.text))")
        let facts = CaseFacts([("pay-asked", .yes)])
        let open = reasoner.reason(facts)
        XCTAssertTrue(open.general.contains { $0.hasPrefix(stock) }, "\(open.lines.map(\.text))")
        let particular = reasoner.reason(CaseFacts([("pay-asked", .yes), ("underperforming", .yes), ("support-given", .yes), ("improved", .no)]))
        XCTAssertFalse(particular.lines.filter { $0.text.hasPrefix("If support has not brought") }.contains { particular.general.contains($0.text) })
    }

    /// Points put forward to recognise a bigger role are answered with what
    /// points are for and the range review a bigger role calls for; with
    /// high-quality performance described as well, points may be earned, so
    /// the answer is left to the point rules.
    func testPointsForABiggerRoleAreAnsweredByTheRangeReview() throws {
        let a = advisor.answer("Ama is on the second point of her five point range. From September she's leading our whole-school literacy strategy. The head's idea is to recognise this by giving her three performance points this September. Is that the right way to do it?")
        XCTAssertTrue(a.verdict?.text.hasPrefix("Points are not the route for a bigger role") ?? false, "\(a.verdicts.map(\.text))")
        XCTAssertTrue(a.citations.contains("pay-review.3"), "\(a.citations)")
        let earned = reasoner.reason(CaseFacts([("responsibilities-grown", .yes), ("points-proposed", .number(2)), ("high-quality", .yes), ("range-position", .number(2))]))
        XCTAssertFalse(fired(earned).contains("range-review/points-for-responsibility"), "\(earned.outcomeIDs)")
    }

    /// "Do we have to wait till he's at the top of the band?" does not put
    /// him at the top: the answer is that the top is not a condition.
    func testAskingWhetherToWaitForTheTopDoesNotPutTheASTThere() {
        let facts = reasoner.facts(in: "He's coming up to the end of his first year. Do we have to wait till he's at the top of the band before looking at the range again?")
        XCTAssertNil(facts.number("range-position"), "\(facts.order)")
        XCTAssertNil(facts["at-top-asked"])
        XCTAssertEqual(reasoner.facts(in: "She's on spine point 22, the top of her 18 to 22 range. Do we have to wait till the top before looking at the range?").number("range-position"), 5)
    }

    func testOutreachIsCaseByCaseAndStoppingItALastResort() {
        let r = reasoner.reason(CaseFacts([("underperforming", .yes), ("support-given", .yes), ("persistent", .yes), ("outreach-continue", .yes)]))
        let ids = r.outcomeIDs
        XCTAssertLessThan(ids.firstIndex(of: "underperformance/outreach-case-by-case")!, ids.firstIndex(of: "underperformance/outreach-last-resort")!)
    }

    /// Every combination of the facts the pay and capability rules turn on: no
    /// two outcomes that contradict each other apply at once, and every outcome
    /// that applies can be put into words from the facts.
    func testNoContradictoryOutcomesOverAllFactCombinations() {
        let exclusive: [(String, String)] = [
            ("pay-progression/capped", "pay-progression/within-range"),
            ("pay-progression/already-at-top", "pay-progression/within-range"),
            ("pay-progression/already-at-top", "pay-progression/capped"),
            ("pay-progression/already-at-top", "pay-progression/reached-top"),
            ("pay-progression/already-at-top", "pay-progression/funding-points"),
            ("underperformance/support-first", "underperformance/capability-possible"),
            ("underperformance/support-not-mentioned", "underperformance/capability-possible"),
            ("underperformance/support-first", "underperformance/support-not-mentioned"),
            ("underperformance/capability-possible", "underperformance/capability-not-indicated"),
            ("underperformance/discuss-early", "underperformance/capability-possible"),
            ("pay-progression/funding-which-route", "pay-progression/funding-points"),
        ]
        let yesNo: [FactValue?] = [nil, .yes, .no]
        var checked = 0
        for position in [nil] + (1...5).map(Optional.some) {
            for award in [nil] + (0...4).map(Optional.some) {
                for support in yesNo { for persistent in yesNo { for improved in yesNo { for capability in yesNo { for funding in [false, true] {
                    var f = CaseFacts([("pay-asked", .yes), ("underperforming", .yes)])
                    if let position { f["range-position"] = .number(position) }
                    if let award { f["points-proposed"] = .number(award) }
                    f["support-given"] = support
                    f["persistent"] = persistent
                    f["improved"] = improved
                    f["capability-raised"] = capability
                    if funding { f["funding-asked"] = .yes }
                    let r = reasoner.reason(f)
                    let ids = Set(r.outcomeIDs)
                    for (a, b) in exclusive where ids.contains(a) && ids.contains(b) {
                        XCTFail("\(a) and \(b) both apply to \(f.values)")
                    }
                    XCTAssertEqual(r.outcomeIDs.count, Set(r.outcomeIDs).count)
                    checked += 1
                }}}}}
            }
        }
        XCTAssertEqual(checked, 6 * 6 * 3 * 3 * 3 * 3 * 2)
    }

    /// Every outcome with a condition is reachable: some case makes it apply.
    func testEveryConditionCanHold() {
        let g = DevSetTests.guidance
        for d in g.decisions {
            for o in d.outcomes {
                guard let cond = o.condition else { continue }
                XCTAssertTrue(canHold(cond.expression, g), "\(d.id)/\(o.id): '\(cond.source)' can never hold")
            }
        }
    }

    /// Tries the facts the condition reads (unknown, yes/no, and numbers across their bounds) until one assignment holds,
    /// each read as the rules read it (an unstated fact with no question taken as no).
    func canHold(_ e: InterviewExpression, _ g: GuidanceSet) -> Bool {
        let ids = Array(Set(e.references.map(\.step))).sorted()
        func values(_ id: String) -> [FactValue?] {
            guard let f = g.fact(id) else { return [] }
            // Stated values first, unknown last: conditions mostly hold on
            // stated facts, so the search finds one early instead of walking
            // every unknown first (exponential in the facts a condition reads).
            return (f.kind == .number ? stride(from: f.min ?? 0, through: min(f.max ?? 0, 12), by: 1).map { .number($0) } : [.yes, .no]) + [nil]
        }
        var found = false
        // An exhaustive walk is exponential in the facts a condition reads:
        // past a budget of assignments, seeded random ones are tried instead.
        var budget = 20_000
        func search(_ i: Int, _ facts: CaseFacts) {
            if found || budget <= 0 { return }
            if i == ids.count { budget -= 1; found = FactLogic.truth(e, reasoner.withDefaults(facts)) == true; return }
            for v in values(ids[i]) {
                var next = facts
                next[ids[i]] = v
                search(i + 1, next)
                if found || budget <= 0 { return }
            }
        }
        search(0, CaseFacts())
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<200_000 where !found {
            var facts = CaseFacts()
            for id in ids {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let options = values(id)
                facts[id] = options[Int((seed >> 33) % UInt64(options.count))]
            }
            found = FactLogic.truth(e, reasoner.withDefaults(facts)) == true
        }
        return found
    }
}
