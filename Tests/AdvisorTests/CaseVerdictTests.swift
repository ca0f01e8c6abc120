@testable import Advisor
import Guidance
import XCTest

/// The direct answer a described case leads with (an outcome's `verdict`),
/// chosen by what the question asks; and a paragraph's own "Yes"/"No" kept
/// only for the question it answers (`verdict_when`).
final class CaseVerdictTests: XCTestCase {
    let advisor = DevSetTests.advisor

    /// The direct answer, which must exist and cite `id` first.
    @discardableResult
    func leadingVerdict(of answer: Answer, citesFirst id: String, _ message: (String) -> String = { $0 },
                        file: StaticString = #filePath, line: UInt = #line) throws -> CitedLine {
        let verdict = try XCTUnwrap(answer.verdict, file: file, line: line)
        XCTAssertEqual(verdict.cites.first, id, message(verdict.text), file: file, line: line)
        return verdict
    }

    /// The direct answer `answer` leads with, checked to begin with `prefix`.
    @discardableResult
    func leadingVerdict(of answer: Answer, startsWith prefix: String, file: StaticString = #filePath, line: UInt = #line) throws -> CitedLine {
        let verdict = try XCTUnwrap(answer.verdict, file: file, line: line)
        XCTAssertTrue(verdict.text.hasPrefix(prefix), verdict.text, file: file, line: line)
        return verdict
    }

    /// A sharp complaint from a receiving school about a new AST, and "is
    /// this a capability issue?", with no support mentioned: not yet.
    func testACapabilityQuestionAfterOneComplaintIsNotYet() throws {
        let a = advisor.answer("Our new AST only started in September. The LEA sent her straight into a school in special measures, and the head there has emailed me a pretty sharp complaint that nothing has changed. I'm her line manager. Is this a capability issue?")
        try leadingVerdict(of: a, startsWith: "Not yet")
    }

    /// "Do I need anything more than the once-a-year meeting?" is answered
    /// by the informal reviews, not by whether a new AST can have a point
    /// (the pay date in the background asks nothing).
    func testAskingAboutMoreThanTheAnnualMeetingIsAnsweredByInformalReviews() throws {
        let a = advisor.answer("New head here. The previous head ran our AST's appraisal on its own timetable, January to January, separate from everyone else's autumn cycle. It means her review finishes months after the 1 Sept pay decisions. I'm also wondering whether I need anything more than the once-a-year formal meeting with her, she's only been an AST since last spring.")
        try leadingVerdict(of: a, citesFirst: "monitoring.1")
        XCTAssertTrue(a.citations.contains("qa.3"), "the separate cycle is answered too")
    }

    /// An AST asking whether she is unreasonable to mind weekend-short notice
    /// is told the guide expects reasonable notice.
    func testShortNoticeOfOutreachIsReasonableToRaise() throws {
        let a = advisor.answer("Am I being unreasonable? I'm a primary AST. Three times this term the LEA has rung on a Friday afternoon and told me to be at a school I've never heard of on the Monday. The first time, nobody at the school even knew what I was there for.")
        try leadingVerdict(of: a, citesFirst: "objectives.4")
    }

    /// "What can we offer within the AST role?" for a long-serving AST who
    /// will not manage is answered by growth within the grade (development.4),
    /// and "restless" is not read as an ambition to leave.
    func testGrowthWithinTheRoleIsTheAnswerForARestlessExperiencedAST() throws {
        let a = advisor.answer("Our longest-serving AST (she's been one for six years and is on the top point of her band) has told me she's getting restless. She's adamant she doesn't want to manage people or budgets. I don't want to lose her. What can we actually offer within the AST role?")
        try leadingVerdict(of: a, citesFirst: "development.4")
        XCTAssertNotEqual(a.facts["career-ambition"], .yes)
    }

    func testAnAstAtTheTopIsToldPlainlyThereIsNoFurtherPoint() throws {
        let a = advisor.answer("Priya has sat on the top point of her range since last year. She has asked me whether she can have another increment this September. What do I say?")
        let verdict = try XCTUnwrap(a.verdict, "a yes/no question about a point at the top gets a direct answer")
        XCTAssertTrue(verdict.text.hasPrefix("No further performance point"), verdict.text)
        XCTAssertEqual(verdict.cites.first, "qa.17")
    }

    func testCapabilityBeforeAnyTalkOrSupportIsNotYet() throws {
        let a = advisor.answer("Our deputy wants to put the AST straight onto capability. Nobody has spoken to her about it and she has had no help at all. Is that OK?")
        let verdict = try leadingVerdict(of: a, startsWith: "Not yet")
        XCTAssertTrue(verdict.cites.contains("underperformance.2"))
    }

    /// The verdict answers what is asked, not the weightiest detail: a case
    /// that mentions a management role but asks about cutting outreach.
    func testTheVerdictIsAboutWhatTheQuestionAsks() throws {
        let a = advisor.answer("Our AST is also head of science. Her outreach has been weak all year despite a mentor and regular support, and the concerns persist. The head wants to pull all her outreach now. Is that the right call?")
        let verdict = try XCTUnwrap(a.verdict)
        XCTAssertEqual(verdict.cites, ["qa.12"], verdict.text)
        XCTAssertTrue(verdict.text.hasPrefix("Only as a last resort"), verdict.text)
    }

    /// A plan stated last, with no question ("Thinking of..."), is what the
    /// message wants judged; and outreach for a new AST is not the
    /// underperformance last resort.
    func testAPlanStatedLastIsWhatTheVerdictJudges() throws {
        let a = advisor.answer("His outreach has been poor for a while now despite us putting support in, and two schools have asked him not to come back. Thinking of just letting him make materials full time.")
        let verdict = try XCTUnwrap(a.verdict)
        XCTAssertEqual(verdict.cites, ["qa.12"], verdict.text)
        let fresh = advisor.answer("Our new AST started this September. The LEA wants her in a very tough school straight away. Should new ASTs do no outreach at all in their first year?")
        XCTAssertFalse(fresh.reasoning.contains { $0.cites == ["qa.12", "development.7"] }, "\(fresh.reasoning.map(\.text))")
    }

    /// An outcome answers only questions about what it is `about`: a range
    /// move mentioned beside the question does not make "is a higher range a
    /// reward?" the answer to "can we still pay his increment?".
    func testAVerdictAnswersOnlyQuestionsAboutItsOwnSubject() throws {
        let a = advisor.answer("Our LEA says the AST matched funding will be cut next year. Does that mean we cannot pay his increment this September? We also hoped to move him up a range at Easter.")
        try leadingVerdict(of: a, citesFirst: "qa.13")
    }

    /// Two questions, two direct answers, in the order asked.
    func testEachQuestionGetsItsOwnVerdict() {
        let a = advisor.answer("I sat in on one of her lessons last week and it was poor. I have not spoken to her about it yet. Can I start capability? And should I stop her outreach in the meantime?")
        XCTAssertEqual(a.verdicts.count, 2, "\(a.verdicts.map(\.text))")
        XCTAssertTrue(a.verdicts.first?.cites.contains("monitoring.4") == true, "\(a.verdicts.map(\.text))")
        XCTAssertEqual(a.verdicts.last?.cites.first, "qa.12", "\(a.verdicts.map(\.text))")
    }

    func testWhoPaysForARangeMoveIsAnsweredBeforeItsTiming() throws {
        let a = advisor.answer("Our AST has been moved onto a higher five-point range from April because of her new cross-authority role. Who funds the jump onto the new range?")
        XCTAssertEqual(a.facts["responsibilities-grown"], .yes)
        let verdict = try XCTUnwrap(a.verdict)
        XCTAssertEqual(verdict.cites, ["pay-review.3", "qa.16"], verdict.text)
    }

    func testAWhatIfLeadsWithAVerdictOnlyAboutWhatItWorksOut() {
        var facts = CaseFacts([("underperforming", .yes), ("capability-raised", .yes), ("support-given", .yes), ("improved", .no),
                               ("persistent", .no), ("management-role", .yes)])
        let a = advisor.whatIf(facts, about: ["capability-raised", "underperforming"])
        XCTAssertNil(a.verdict, "the management role is a detail of a capability what-if, not its question: \(a.verdict?.text ?? "")")
        facts["support-given"] = .no
        XCTAssertEqual(advisor.whatIf(facts, about: ["capability-raised", "underperforming"]).verdict?.text.hasPrefix("Not yet"), true)
    }

    func testAVerdictThatTurnsOnAMissingFactSaysSo() throws {
        let a = advisor.answer("the head wants to give our AST three points this September, is that allowed?")
        let verdict = try leadingVerdict(of: a, startsWith: "It depends on where the AST sits now")
        XCTAssertTrue(verdict.text.contains("only from point 2 or lower"), verdict.text)
    }

    /// "Thoughts?" or "ok to go ahead?" points at nothing in particular: it
    /// asks about the whole case, so the plan in an earlier sentence counts.
    func testAShortQuestionThatPointsAtNothingAsksAboutTheWholeCase() throws {
        let a = advisor.answer("The head would like to give our AST two points this September. She has had a superb year and met every objective. ok to go ahead?")
        try leadingVerdict(of: a, startsWith: "It depends on where the AST sits now")
        let weak = "Her lessons have been weak all year. Thoughts?"
        XCTAssertEqual(advisor.askedFacts(weak).map(\.context), [advisor.reasoner.mentioned(in: weak)], "'Thoughts?' names nothing: it asks about the whole case")
    }

    func testNoObjectivesAgreedIsSaidToBeOutsideTheGuideAndTheSchoolsCall() throws {
        let a = advisor.answer("Her line manager left and nobody ever sat down and agreed her objectives for this year. Can she still get a point in September?")
        XCTAssertEqual(a.facts["objectives-not-agreed"], .yes)
        let verdict = try XCTUnwrap(a.verdict)
        XCTAssertTrue(verdict.text.contains("does not say"), verdict.text)
        XCTAssertTrue(a.citations.contains("line-manager.2"))
    }

    func testAWholeSchoolPayRestructureLeavesTheAstRangeReviewToTheSchool() throws {
        let a = advisor.answer("We have restructured our whole-school pay policy and moved the ranges for leadership staff. Must we change our two ASTs' ranges too?")
        XCTAssertNotEqual(a.facts["responsibilities-grown"], .yes, "a school's pay policy is not the AST's responsibilities growing")
        let verdict = try leadingVerdict(of: a, startsWith: "Not required")
        XCTAssertEqual(verdict.cites, ["pay-review.2"])
    }

    /// When the rules settle the question, a weaker paragraph that merely
    /// shares the case's words ("a full year in post": leaving the post,
    /// reassessment) is not stated as if it applied.
    func testASettledCaseDoesNotStateParagraphsThatOnlyShareItsWords() throws {
        let a = advisor.answer("Our new AST started with us on 1st May (an internal appointment). The head is telling her she cannot be considered for a performance point on 1 Sept because she has not done a full year in post. Is that right?")
        try leadingVerdict(of: a, startsWith: "The AST can be considered")
        let stated = Set(a.reasoning.flatMap(\.cites))
        XCTAssertFalse(stated.contains("development.6"), "\(a.reasoning.map(\.text))")
        XCTAssertFalse(stated.contains("background.1"), "\(a.reasoning.map(\.text))")
    }

    /// qa.16 answers "does the performance pay grant fund a move to a higher
    /// range?" with "No"; that "No" must not answer whether the move can happen.
    func testAParagraphsOwnNoIsNotBorrowedForAnotherQuestion() {
        let move = advisor.answer("can we move our AST onto a higher range from april?")
        XCTAssertFalse(move.headline.hasPrefix("No"), move.headline)
        XCTAssertFalse(move.reasoning.contains { $0.text.hasPrefix("No") }, "\(move.reasoning.map(\.text))")
        let funding = advisor.answer("does the performance pay grant pay for moving an AST to a higher range?")
        XCTAssertEqual(funding.citations.first, "qa.16")
        XCTAssertTrue(funding.headline.hasPrefix("No"), funding.headline)
    }

    func testTheSentencesThatAskIncludeTheOneAShortQuestionPointsBack() {
        let asking = QuestionParts.askingParts("She has been weak for a year. The head wants to pull all her outreach. Is that the right call?").joined(separator: " ")
        XCTAssertTrue(asking.contains("pull all her outreach"), asking)
        XCTAssertFalse(asking.contains("weak for a year"), asking)
        XCTAssertEqual(QuestionParts.askingParts("Our AST is on point 3 of her range."), [])
        let pointing = QuestionParts.askingParts("The committee want to give her three points this September in one go. Can they, or is one point a year the most an AST can get?").joined(separator: " ")
        XCTAssertTrue(pointing.contains("three points"), "a question opening 'Can they' points back at the sentence before: \(pointing)")
    }

    /// Two questions in one sentence are two questions: each gets the verdict
    /// about it, and the reasons for the first answer come first.
    func testTwoQuestionsInOneSentenceEachGetTheirOwnAnswer() throws {
        XCTAssertEqual(QuestionParts.askingParts("Which pot pays for the step up to the new starting point, and what about her increments after that?").count, 2)
        let a = advisor.answer("We're moving our AST onto a higher five-point range from January. Which pot pays for the step up to the new starting point, and what about her increments after that?")
        try leadingVerdict(of: a, citesFirst: "pay-review.3") { "the step onto the new range is not performance pay: \($0)" }
        XCTAssertEqual(a.citations.first, "pay-review.3", "\(a.citations)")
    }

    /// The paragraph a verdict rests on is cited first, before the other
    /// outcomes' paragraphs (an overload check, here).
    func testTheVerdictsOwnReasonLeadsTheReasons() throws {
        let a = advisor.answer("does the 20% outreach time include prep and writing up reports afterwards, or is that meant to come out of her own time?")
        let verdict = try XCTUnwrap(a.verdict)
        XCTAssertEqual(verdict.cites, ["objectives.2"], verdict.text)
        XCTAssertEqual(a.reasoning.first?.cites.first, "objectives.2", "\(a.reasoning.map(\.text))")
        XCTAssertEqual(a.citations.first, "objectives.2")
    }

    /// Support given, and the underperformance still there: a point this
    /// September is unlikely [qa.10], said directly.
    func testNoImprovementAfterSupportMakesAPointUnlikely() throws {
        let a = advisor.answer("Our history AST has had support for eighteen months, with termly reviews and another AST mentoring him, but his own classes are still well below where they should be, consistently and by a long way. Does he still get his pay point this September?")
        XCTAssertTrue(a.verdicts.contains { $0.text.hasPrefix("Unlikely") && $0.cites == ["qa.10"] }, "\(a.verdicts.map(\.text))")
    }

    /// A reported question and a second one joined to it ("asking whether...,
    /// and whether...") are two questions, each answered: capability not yet
    /// (no support so far), and a pay decision that weighs mitigation [qa.6].
    func testPersonalCircumstancesCapabilityAndPayAreAnsweredSeparately() {
        XCTAssertEqual(QuestionParts.questionClauses("The head's asking whether we should start something formal, and whether he can still get his point in September.").count, 2)
        let a = advisor.answer("Our maths AST has had an awful year at home - his marriage has broken up. Since November his own classes have slipped, though the schools he supports say his outreach is still excellent. He hasn't said much to anyone. The head's asking whether we should start something formal, and whether he can still get his point in September.")
        XCTAssertEqual(a.verdicts.count, 2, "\(a.verdicts.map(\.text))")
        XCTAssertTrue(a.verdicts.first?.text.hasPrefix("Not yet") == true, "\(a.verdicts.map(\.text))")
        XCTAssertTrue(a.verdicts.last?.cites.contains("qa.6") == true, "\(a.verdicts.map(\.text))")
        XCTAssertTrue(a.citations.contains("development.7"), "strong outreach, slipping classroom work: \(a.citations)")
    }

    /// Someone returning to an AST post, or who passed but never took one up,
    /// is not reassessed [qa.2]; a management role can be kept [qa.8].
    func testReturningApplicantsAndAKeptManagementRole() {
        let a = advisor.answer("Anna passed the AST assessment back in 2001 but the post went to someone else. Tom was an AST here until 2001, then became head of sixth form, and wants to come back, though he'd like to hang on to the sixth form job too. Does either of them need assessing again, and can Tom keep his sixth form role?")
        XCTAssertEqual(a.verdicts.map { $0.cites }, [["qa.2"], ["qa.8"]], "\(a.verdicts.map(\.text))")
        XCTAssertTrue(a.verdicts.last?.text.hasPrefix("The AST can keep it") == true)
    }

    /// A review cycle of the AST's own is not what the guide expects [line-manager.2, qa.3].
    func testAnOwnReviewCycleIsAnsweredDirectly() throws {
        let a = advisor.answer("The LEA's AST coordinator has suggested we line up our AST's performance review with the LEA's outreach year, which runs April to March. Everyone else in school is reviewed in the autumn. Is it OK to put him on his own April cycle?")
        try leadingVerdict(of: a, citesFirst: "line-manager.2")
    }

    /// A verb after a comma opens a question only when a subject follows:
    /// "Our AST, Mike, did two half-days a week" states; "..., can she go?" asks.
    func testAVerbAfterACommaAsksOnlyWithASubject() {
        XCTAssertEqual(QuestionParts.askingParts("Our AST, Mike, did two half-days a week with the maths department from January to Easter."), [])
        // A statement carried on after a comma, even when an article follows the verb.
        XCTAssertEqual(QuestionParts.askingParts("Our AST, Tomasz, did a whole year of outreach at Brookfield Primary."), [])
        XCTAssertEqual(QuestionParts.questionClauses("The head wants to know, does a point come with it?").count, 1)
        XCTAssertEqual(QuestionParts.questionClauses("She has had a mentor all year, can she still get a point?").count, 1)
        XCTAssertEqual(QuestionParts.questionClauses("Does she need assessing again, and can Tom keep his role?").count, 2)
    }

    /// Other staff's ranges rising is pay-review.2's "may wish to", not a
    /// mid-year performance point.
    func testOtherStaffsRangesRisingIsTheSchoolsOption() throws {
        let a = advisor.answer("Governors have just signed off a new staffing structure: from April our heads of faculty all move up onto higher management points. Our two ASTs have asked whether their ranges go up as well to keep the differentials. What's the actual position?")
        let verdict = try XCTUnwrap(a.verdict)
        XCTAssertEqual(verdict.cites, ["pay-review.2"], verdict.text)
        XCTAssertNil(a.facts["beyond-control"], "governors signing off a structure is not sick leave")
    }

    /// A head keeping the AST in school all year is answered by the rules
    /// (objectives cover outreach too), not declined as a question about how
    /// outreach time is timetabled; the host school's special measures are not
    /// circumstances outside the AST's control.
    func testKeepingAnAstInSchoolIsAnsweredNotDeclined() throws {
        let a = advisor.answer("We went into special measures in the summer. I've got a brilliant science AST and I need every hour of her in our own building this year, coaching my weaker science staff. Her AST time is a day a week. Can I just set her objectives around that and tell the LEA she's not available for outreach this year?")
        XCTAssertTrue(a.covered, a.headline)
        try leadingVerdict(of: a, citesFirst: "objectives.2")
        XCTAssertNil(a.facts["beyond-control"])
        XCTAssertNil(a.facts["underperforming"])
    }

    /// The Standards Fund question a rule answers is not also called a detail
    /// the guide leaves out (the matched-funding gap names only how matching works).
    func testASettledFundingQuestionIsNotAlsoCalledUnsettled() {
        let a = advisor.answer("I chair our governors' pay committee. The head wants to take Dev, our science AST, from the bottom point of his five-point range straight to the top this September - four points in one go. He's had an exceptional year: every objective met. One of my governors says you can only go up one point a year. Who's right? And is it the AST Standards Fund money that pays for it?")
        XCTAssertTrue(a.verdicts.contains { $0.cites.first == "qa.13" }, "\(a.verdicts.map(\.text))")
        XCTAssertFalse(a.reasoning.contains { $0.text.contains("does not settle it") }, "\(a.reasoning.map(\.text))")
        XCTAssertFalse(advisor.answer("how does LEA matched funding for ASTs work?").covered, "how matching works is still the gap")
    }

    /// A question sentence matched far more surely than the whole message leads.
    func testASurelyMatchedQuestionLeadsOverItsBackstory() {
        let a = advisor.answer("I'm head of a primary that's been offered an AST from the secondary down the road, via the LEA - two afternoons a month with our KS2 maths team, starting after half term. We've never had one before. What should we agree up front, and what will I be expected to do afterwards?")
        XCTAssertEqual(a.citations.first, "objectives.4", "\(a.citations)")
    }

    /// "X says (a) ... and (b) .... Which of us is right?" checks each listed
    /// claim: no minimum time in post [prp.1], several points at once [qa.14].
    func testEachListedClaimIsChecked() {
        XCTAssertEqual(QuestionParts.listedItems("Another governor says (a) she can't have anything until she's done a full year and (b) you can only go up one increment at a time anyway."),
                       ["she can't have anything until she's done a full year", "you can only go up one increment at a time anyway."])
        let a = advisor.answer("Dr Okafor started as our science AST in January and is on the bottom point of her range. The head wants to give her three points on 1 Sept. Another governor says (a) she can't have anything until she's done a full year and (b) you can only go up one increment at a time anyway. Which of us is right?")
        XCTAssertEqual(a.verdicts.first?.cites, ["prp.1"], "\(a.verdicts.map(\.text))")
        XCTAssertTrue(a.verdicts.contains { $0.cites.first == "qa.14" }, "\(a.verdicts.map(\.text))")
    }

    /// A role behind a higher range has ended: the guide covers reviewing the
    /// range, not moving down or protecting pay, and says so; the old role is
    /// not read as responsibilities that have grown.
    func testARoleThatEndedIsNotReadAsGrownResponsibilities() throws {
        let a = advisor.answer("Mrs Patel was moved onto a higher range two years ago when she took on co-ordinating the LEA's network of primary science ASTs. The LEA wound the network up at Easter. The head is asking whether we can put her back on her old range now. What does the AST guidance actually say?")
        try leadingVerdict(of: a, startsWith: "The guide does not settle it")
        XCTAssertFalse(a.citations.contains("intro.1"), "'what does the guidance say' names no subject of its own: \(a.citations)")
    }

    /// Leave is outside the guide, but the pay review still rests on evidence
    /// and equality of opportunity [prp.1]; a bare question about maternity
    /// leave is still declined as that topic.
    func testLeaveBeforeAPayReviewIsAnsweredFromWhatTheGuideSays() throws {
        let a = advisor.answer("Our English AST, Kerry, was on maternity leave from October until the end of March. She's on point 3 of her range. The head's view is that she hasn't done enough of the year to be considered for a point this September so we should just skip her. Does the AST guidance say anything about this?")
        let verdict = try leadingVerdict(of: a, startsWith: "The AST can still be considered")
        XCTAssertTrue(verdict.text.contains("does not deal with leave"), verdict.text)
        XCTAssertEqual(verdict.cites, ["prp.1"])
        XCTAssertFalse(advisor.answer("Does maternity leave pause an AST's progression up her pay range?").covered)
    }

    /// The only question of a message that names nothing particular may take
    /// two answers when the case raises two settled points.
    func testAQuestionAboutTheWholeCaseCanTakeTwoAnswers() {
        let a = advisor.answer("Jenny's draft objectives for this year: three objectives, all about outreach, all in schools causing concern. Jenny has been doing half a day a week of outreach by agreement. Any thoughts?")
        XCTAssertEqual(a.verdicts.count, 2, "\(a.verdicts.map(\.text))")
        let lea = advisor.answer("Our LEA adviser has emailed over Jenny's objectives: three objectives, all about outreach, all in the LEA's schools causing concern. Do we just adopt what the LEA sent us?")
        XCTAssertTrue(lea.verdict?.cites.contains("qa.4") == true, "the head has the final say: \(lea.verdicts.map(\.text))")
    }

    /// "My line manager says ... . I actually think ... . Who's right, and do
    /// I have to wait...?": each reported claim is a question, and so is what
    /// the sentence asks after the check.
    func testReportedClaimsBeforeWhosRightAreEachAnswered() {
        let text = "I'm an AST on pt 2 of my range. In January the LEA added two more schools to my outreach without anyone checking with my head. My inreach objective slipped badly as a result. My line manager says a missed objective = no increment this year, full stop. I actually think that with the extra schools I should be on a higher band. Who's right, and do I have to wait till September to raise the band?"
        XCTAssertEqual(QuestionParts.askingParts(text).count, 3, "\(QuestionParts.askingParts(text))")
        let a = advisor.answer(text)
        XCTAssertEqual(a.verdicts.first?.cites, ["qa.6"], "\(a.verdicts.map(\.text))")
        XCTAssertGreaterThanOrEqual(a.verdicts.count, 2, "\(a.verdicts.map(\.text))")
    }

    /// A question part the rules settle does not also get the paragraph its
    /// words happen to match: "which budget does it come out of?" about
    /// points is the performance pay grant, not the range-move paragraph.
    func testASettledPartGetsNoGuessedParagraph() {
        let a = advisor.answer("Dr Okafor started as our science AST in January and is on the bottom point of her range. The head wants to give her three points on 1 Sept as her first two terms have been outstanding. Which budget does it come out of?")
        XCTAssertTrue(a.verdicts.contains { $0.cites.first == "qa.13" }, "\(a.verdicts.map(\.text))")
        XCTAssertFalse(a.reasoning.contains { $0.cites.first == "qa.16" }, "\(a.reasoning.map(\.text))")
    }

    /// Superb teaching, outreach "not landing", and a plan to stop outreach:
    /// qa.12's last resort, not yet.
    func testStoppingOutreachForAStrongTeacherIsNotYet() throws {
        let a = advisor.answer("Nadia is in her second year as our MFL AST. Her own teaching is superb but her outreach just isn't landing - she's awkward leading sessions with adults. Another AST has mentored her since January; slightly better, not much. The head's plan is to stop her outreach altogether from September and have her produce resources, keeping her AST pay. Does that work?")
        let verdict = try leadingVerdict(of: a, citesFirst: "qa.12")
        XCTAssertTrue(verdict.text.hasPrefix("Not yet"), verdict.text)
    }

    /// A receiving head's question about the feedback form gets a direct
    /// answer (once only qa.5's short answer, now the receiving-school rule)
    /// and the target is judged for realism; no paragraph's bare "Yes."/"No."
    /// is borrowed.
    func testAReceivingHeadsTwoQuestionsEachGetAnAnswer() {
        let a = advisor.answer("Hi - head of a junior school in special measures. The LEA has offered us an AST (maths) one morning a week from half term to Easter. Honestly I'd want to see our KS2 maths results up 15% by the summer off the back of it. What do we need to do our end? Do I have to fill in forms for her own school?")
        XCTAssertTrue(a.verdicts.contains { $0.text.hasPrefix("Yes, it should be completed") }, "\(a.verdicts.map(\.text))")
        XCTAssertTrue(a.citations.contains("objectives.5"), "the 15% target is judged for realism: \(a.citations)")
        XCTAssertFalse(a.verdicts.contains { $0.text.hasPrefix("Yes.") || $0.text.hasPrefix("No.") }, "\(a.verdicts.map(\.text))")
    }

    /// "Can I put the cost of moving them through the performance pay grant?"
    /// in a case about moving ranges is the range-move funding rule.
    func testFundingAPartAboutARangeMoveIsTheRangeMoveRule() {
        let a = advisor.answer("As part of a staffing restructure the governors have just regraded the pay ranges for most of our staff. We have two ASTs on different ranges. Do we have to regrade the AST ranges too? If we do move them, can I put the cost through the performance pay grant, since it's all pay progression?")
        XCTAssertTrue(a.verdicts.contains { $0.cites.first == "pay-review.3" }, "\(a.verdicts.map(\.text))")
        XCTAssertFalse(a.verdicts.contains { $0.cites == ["qa.13"] }, "\(a.verdicts.map(\.text))")
    }

    /// A particular AST's funding question is answered by the rules even when
    /// it names only what is asked; "worrying about the money" is a tight
    /// budget (the school's strategic call), not "which grant".
    func testFundingAndTightMoneyForAParticularAst() throws {
        let due = advisor.answer("A head at one of our small primaries rang: their AST is due a performance point in September but the head says she spends a fifth of her time working for the LEA, so the LEA should pay her increment, not us. Who is meant to pay for it?")
        XCTAssertEqual(try XCTUnwrap(due.verdict).cites.first, "qa.13")
        let tight = advisor.answer("Governor on the pay committee here. We've got one AST, and the budget is frankly a mess after the boiler went. How much should we be worrying about the money when we decide how many performance points to hand out to the AST?")
        XCTAssertEqual(try XCTUnwrap(tight.verdict).cites.first, "prp.1", tight.verdicts.map(\.text).joined())
    }

    /// A quoted policy clause checked against the guide ("Does this sit
    /// alright with the guidance?"): a one-point-a-year limit is the school's
    /// own choice, not the guide's [qa.14]; a follow-on "Anything else?" adds
    /// no unrelated verdict.
    func testAPolicyClauseIsCheckedAgainstTheGuide() throws {
        let a = advisor.answer("I chair our governors' pay committee and we're redrafting the pay policy. The draft clause for ASTs reads: 'An AST will not be considered for a performance increment until they have completed two full years in post, and no more than one increment on the AST pay scale will be awarded in any one year.' The head likes it because it keeps things simple and protects the budget. Does this sit alright with the DfES AST guidance? Anything else we ought to say in the policy?")
        try leadingVerdict(of: a, startsWith: "Not from the guide")
        XCTAssertFalse(a.verdicts.contains { $0.cites.first == "qa.13" }, "\(a.verdicts.map(\.text))")
    }

    /// "In post for life now reassessment has gone?" No: yearly PM, and
    /// capability procedures may follow persistent underperformance.
    func testAnAstPostIsNotForLife() throws {
        let a = advisor.answer("At our last governors' meeting the chair said that since the DfES scrapped the five-year reassessment, an AST is basically in post for life however they perform. One of the parent governors reckons ASTs should still be formally reassessed every five years to be safe. Which of them has it right?")
        try leadingVerdict(of: a, startsWith: "No: the five-year reassessment was dropped")
        XCTAssertNil(a.facts["beyond-control"])
    }

    /// A claim being checked that names a topic outside the guide gets that
    /// topic's line ("the 20% rule doesn't apply to part-timers").
    func testAClaimNamingAnOutsideTopicSaysTheGuideDoesNotCoverIt() {
        let a = advisor.answer("We're appointing an AST on a 0.6 contract (three days a week). The head wants to keep her outreach to half a day a fortnight because we need her on the timetable, and says the 20% rule doesn't apply to part-timers anyway. The LEA says 20% means a full day a week, full stop. Who's right? And does her prep and writing up feedback count inside the outreach time or on top?")
        XCTAssertTrue(a.reasoning.contains { $0.text.contains("does not cover part-time") }, "\(a.reasoning.map(\.text))")
    }

    /// "What are our options?" asks about the latest turn, the sentence just
    /// before, not about the weightiest fact of the whole story.
    func testAskingForOptionsIsAboutTheSentenceBefore() throws {
        let a = advisor.answer("Mel has underperformed in outreach for over a year despite support from a mentor, though her own teaching is fine. The head now wants to stop her outreach at half-term. What are our options?")
        try leadingVerdict(of: a, citesFirst: "qa.12")
    }

    /// With every objective met there is no shortfall to explain: no
    /// mitigation line and no question about what caused one.
    func testNoMitigationIsAskedForWhenEveryObjectiveWasMet() {
        let a = advisor.answer("Sam met all his objectives this year and the receiving schools' proformas are glowing. He is on point 2 of his range. The head wants to give him two points in September. Any problem with that?")
        XCTAssertFalse(a.reasoning.contains { $0.cites.first == "qa.6" && $0.text.contains("shortfall") }, "\(a.reasoning.map(\.text))")
        XCTAssertFalse(a.needs.contains { $0.fact == "beyond-control" || $0.fact == "receiving-unreceptive" }, "\(a.needs)")
    }

    /// Outreach about to start before the receiving school (or the AST's own
    /// head) has agreed it: the direct answer is to agree it first.
    func testOutreachNobodyHasAgreedIsNotYet() throws {
        let a = advisor.answer("The LEA wants our AST to start a six-week project at Brook Lane next week. Brook Lane's head hasn't actually agreed to it and our head hasn't seen the plan. Shall we just let her start?")
        let verdict = try leadingVerdict(of: a, startsWith: "Agree it first")
        XCTAssertTrue(verdict.cites.contains("objectives.4"))
    }

    /// "Does she have to reach the top first?" gets its own "No", beside the
    /// answer on timing.
    func testARangeReviewDoesNotWaitForTheTop() {
        let a = advisor.answer("Leah is on point 3 of her range and now leads the school's literacy strategy across all departments. Can her range be reviewed this term, or does she need to be at the top of her range first?")
        XCTAssertTrue(a.verdicts.contains { $0.text.hasPrefix("No: reaching the top") }, "\(a.verdicts.map(\.text))")
        let atTop = advisor.answer("Leah has been at the top of her range for a year. Can her range be reviewed?")
        XCTAssertFalse(atTop.verdicts.contains { $0.text.hasPrefix("No: reaching the top") }, "\(atTop.verdicts.map(\.text))")
    }

    /// A case on leave (outside the guide) that asks about a point keeps the
    /// facts of the leave sentence: it is answered as a case, with the missed
    /// objective and its cause weighed, not with the leave sentence dropped.
    func testACaseOnLeaveIsAnsweredAsACase() throws {
        let a = advisor.answer("Our AST Maya was on maternity leave for most of the year and her outreach objective didn't happen. Can she still be considered for a point this September?")
        XCTAssertTrue(a.covered)
        XCTAssertEqual(a.facts["on-leave"], .yes)
        XCTAssertTrue(a.verdicts.contains { $0.cites.contains("prp.1") }, "\(a.verdicts.map(\.text))")
        XCTAssertTrue(a.reasoning.contains { $0.cites.contains("qa.6") }, "\(a.reasoning.map(\.text))")
    }

    /// A line manager new to an AST who asks what the job involves is told
    /// the whole year's shape, cited: arrangements and cycle, objectives,
    /// evidence, informal reviews; asking only about the guide itself is not.
    func testANewLineManagerAskingWhatToDoGetsTheYearsShape() throws {
        let a = advisor.answer("I've just been asked to line manage our AST, Tom, and I've never done PM for an AST before. What do I actually have to do, and does anyone outside school get involved?")
        let verdict = try XCTUnwrap(a.verdict)
        XCTAssertTrue(verdict.cites.contains("line-manager.2"), verdict.text)
        for id in ["objectives.2", "evidence.1", "monitoring.1", "qa.4"] {
            XCTAssertTrue(a.citations.contains(id), "\(id) missing from \(a.citations)")
        }
        let other = advisor.answer("I've been asked to line manage our AST. Does this guide replace the usual performance management guidance?")
        XCTAssertNil(other.verdict, "\(other.verdicts.map(\.text))")
    }

    /// A head who holds back a point over one observed lesson is told a
    /// one-off should not carry that weight.
    func testAPointRefusedOverOneObservationIsAnsweredFromOverTime() throws {
        let a = advisor.answer("Our deputy observed Jon once this year and graded the lesson requires improvement; everything else about his year has been excellent. The deputy wants to refuse him a point because an AST should always be outstanding. Is that reasonable?")
        let verdict = try XCTUnwrap(a.verdict)
        XCTAssertTrue(verdict.cites.contains("monitoring.4"), verdict.text)
    }

    /// A new AST's first outreach planned as a long placement in a struggling
    /// school with a results target: ease in first, realistic aims.
    func testANewAstsFirstPlacementShouldEaseThemIn() throws {
        let a = advisor.answer("Nia joins us as our new science AST after Easter. The LEA wants her first outreach to be turning round science at a failing school across town, very different from ours. What should her first outreach look like?")
        let verdict = try leadingVerdict(of: a, startsWith: "Ease in first")
        XCTAssertTrue(verdict.cites.contains("monitoring.2"))
    }

    /// Heads asking the LEA to do the outreach part of the appraisal: the
    /// employing school keeps PM, the LEA helps.
    func testHeadsHandingTheOutreachAppraisalToTheLeaKeepItInSchool() throws {
        let a = advisor.answer("As the LEA's AST adviser I keep hearing from heads that they would rather the LEA did the outreach part of the appraisal, as they never see it. Could we take it over?")
        try leadingVerdict(of: a, startsWith: "No: performance management stays with the school")
    }

    /// Outreach run as an LEA-wide network with no single receiving school
    /// counts, and is evaluated with the LEA and other evidence.
    func testLeaWideNetworkOutreachCounts() throws {
        let a = advisor.answer("This year our AST runs a maths network for teachers across the authority rather than working in one school, so nobody at a host school can fill in the form. Is that still outreach, and how do I judge it at her review?")
        try leadingVerdict(of: a, startsWith: "Yes, it counts")
        XCTAssertTrue(a.citations.contains("evidence.2"), "\(a.citations)")
    }

    /// A receiving head asking whether they must fill in the feedback form is
    /// told yes, and that they give evidence while the AST's own school judges.
    func testAReceivingHeadIsToldToGiveFeedback() throws {
        let a = advisor.answer("I'm deputy head at a primary where an AST from the high school ran some maths sessions this spring. The LEA has now sent me a form about her for her appraisal. Do I have to fill it in? It doesn't feel like my place to judge someone else's teacher.")
        try leadingVerdict(of: a, startsWith: "Yes, it should be completed")
    }

    /// Someone who passed the assessment but never took up a post is told
    /// there is no reassessment, not the five-year answer.
    func testAnUnusedPassNeedsNoReassessment() throws {
        let a = advisor.answer("I passed the AST assessment years ago but another candidate got the job, so I never took up the post. Would I have to be assessed again to apply now?")
        let verdict = try XCTUnwrap(a.verdict)
        XCTAssertEqual(verdict.cites, ["qa.2"], verdict.text)
    }

    /// How a point is paid for is said where money is in question or the
    /// whole decision is asked about, not as padding to a narrow question.
    func testTheFundingRouteOnlyWhereMoneyOrTheWholeDecisionIsAsked() {
        func saysFunding(_ text: String) -> Bool {
            advisor.answer(text).reasoning.contains { $0.cites.contains("qa.13") }
        }
        XCTAssertFalse(saysFunding("Amir has been our AST for eight months and is on point 2 of his range. The deputy says he can't be considered for a point until he has done a full year. Is that so?"))
        XCTAssertTrue(saysFunding("Amir is on point 2 of his range and had an excellent year. The head wants to give him a point in September. Anything we should watch out for?"))
        XCTAssertTrue(saysFunding("Amir is on point 2 of his range and the head wants to give him a point in September. Which budget does that come out of?"))
    }

    /// A claim that the school's capability policy does not reach its AST is
    /// answered "No" (the governing body's procedures cover all staff), ahead
    /// of what to do about the concern itself.
    func testAClaimThatCapabilityGoesOutsideTheSchoolIsRebutted() throws {
        let a = advisor.answer("One of our governors insists that capability for an AST would have to go to the LEA because the AST was externally assessed, so our own policy doesn't apply to him. There are a few worries about his lessons. Is she right?")
        let verdict = try leadingVerdict(of: a, startsWith: "No: the school's own capability procedures")
        XCTAssertEqual(verdict.cites.first, "qa.11")
    }

    /// "Whose PM system will she come under?" for an AST joining the school is
    /// answered: the employing school's.
    func testWhosePerformanceManagementAnAstComesUnderIsAnswered() throws {
        let a = advisor.answer("Our new AST Dana starts in January after two years as an AST elsewhere. She is on point 3 of her range. Whose PM system does she come under, ours or the LEA's?")
        XCTAssertTrue(a.verdicts.contains { $0.text.hasPrefix("The employing school") }, "\(a.verdicts.map(\.text))")
    }

    /// An AST at the end of the first year is not told to worry whether a
    /// short time in post gives enough evidence; the end of the first year is
    /// the moment to look at the range again.
    func testTheEndOfTheFirstYearIsAboutTheRangeNotTooLittleEvidence() throws {
        let a = advisor.answer("Raj is finishing his first year as our science AST. He now runs outreach in four schools and all our trainee mentoring as well. Should we only be thinking about a point for him in September?")
        try leadingVerdict(of: a, startsWith: "The end of the first year")
        XCTAssertFalse(a.reasoning.contains { $0.text.contains("after a short appointment") }, "\(a.reasoning.map(\.text))")
    }

    /// A new AST's whole outreach given to the hardest schools, with a big
    /// target nobody agreed, gets the guide's direct answer: ease in first.
    func testAHardFirstPlacementNobodyAgreedGetsADirectAnswer() throws {
        let a = advisor.answer("Our new AST started a fortnight ago. The LEA has decided all his outreach this year will be in two schools in special measures, with a target of a ten point rise in results. Nobody asked him or us. He's a bit anxious. Is this the right way to do it?")
        try leadingVerdict(of: a, startsWith: "Ease in first")
    }

    /// An AST second from the top asked for two points is read at point 4,
    /// so the answer says only one more point fits.
    func testTwoPointsForAnAstSecondFromTheTop() throws {
        let a = advisor.answer("Mo is second from top on his range and had a superb year. The head wants to give him two points this September. Can we?")
        XCTAssertEqual(a.facts.number("range-position"), 4)
        XCTAssertFalse(a.needs.contains { $0.fact == "range-position" }, "the place was given")
    }

    /// A question part no rule answers takes the short answer of the paragraph
    /// it matched surely, when it names what that paragraph is about (the head
    /// and the LEA); a part that shares only "what now" with a paragraph does not.
    func testAParagraphsShortAnswerOnlyForAPartNamingItsSubject() throws {
        let say = advisor.answer("Our AST Sam is on point 3 of his range and had a strong year; the head of his outreach school sent glowing feedback. Who has the final say on his performance review, our head or the LEA?")
        XCTAssertEqual(say.verdict?.cites, ["qa.4"], "\(say.verdicts.map(\.text))")
        let now = advisor.answer("Our AST Tom did a year of outreach at two schools and neither has returned a single feedback form despite reminders. What can we do now, and how do we stop this happening next year?")
        XCTAssertFalse(now.verdicts.contains { $0.cites.contains("qa.17") }, "\(now.verdicts.map(\.text))")
        try leadingVerdict(of: now, startsWith: "The missing forms are a gap")
    }

    /// After a missed results objective, "how should we word it next year?"
    /// is a question of its own and gets the guide's advice on wording.
    func testHowToWordNextYearsObjectiveIsAnswered() throws {
        let a = advisor.answer("Kate met her classroom objective but her outreach one, raising Year 9 reading ages at a partner school, was not met: their staff kept changing. The deputy says no point for her. Is that fair? And how should we word her outreach objective next year?")
        XCTAssertTrue(a.verdicts.contains { $0.text.hasPrefix("Word it around what the outreach can realistically achieve") && $0.cites.contains("evidence.3") },
                      "\(a.verdicts.map(\.text))")
    }

    /// A head who says the range waits for the September review is told the
    /// two are separate routes as well as that the range can be reviewed now.
    func testTheRangeAndTheSeptemberReviewAreSeparateRoutes() {
        let a = advisor.answer("Since January our AST has taken on the LEA's coordination of all the science ASTs. The head says we will only look at her band at the September review. Is that right?")
        XCTAssertTrue(a.reasoning.contains { $0.cites.first == "pay.1" && $0.text.contains("separate routes") }, "\(a.reasoning.map(\.text))")
    }

    /// A gap line never says the guide "does not settle" a part a rule has
    /// just answered; it says what is left open beyond that answer.
    func testAGapLineDoesNotContradictTheAnswerToItsPart() throws {
        let a = advisor.answer("Our AST was appointed in 2001, so she has now done five years. Someone at the LEA says she must be formally reassessed. Should we book an external assessor?")
        try leadingVerdict(of: a, startsWith: "There is no five-yearly reassessment")
        XCTAssertFalse(a.reasoning.contains { $0.text.contains("does not settle it") }, "\(a.reasoning.map(\.text))")
    }

    /// A plan that pays for a range move from the performance pay grant and
    /// later points from the Standards Fund is told it is the wrong way round.
    func testFundingAPlanTheWrongWayRoundIsSaidToBe() throws {
        let a = advisor.answer("Our AST moves onto a higher range at Easter. Money is tight, so the bursar plans to pay for the jump out of the performance pay grant and to fund her later progression from the Standards Fund.")
        let verdict = try leadingVerdict(of: a, startsWith: "That is the wrong way round")
        XCTAssertEqual(verdict.cites.first, "qa.16")
    }

    /// "We can give more than one point at a time, can't we?" asks about the
    /// rule: yes, inside the range; it puts no one-point limit forward.
    func testMoreThanOnePointAtATimeIsAnsweredYes() throws {
        let a = advisor.answer("Jo is on point 2 of her range and had a superb year. The head wants to give her three points. We can give more than one point at a time, can't we?")
        try leadingVerdict(of: a, startsWith: "Yes: more than one point can be given at once")
        XCTAssertNotEqual(a.facts["one-point-limit"], .yes)
    }

    /// A question the guide leaves open, which no rule answers, is answered
    /// first with that (whether a point carries over to a new school), before
    /// the rules about the rest of the case.
    func testAnOpenQuestionNoRuleAnswersComesFirst() throws {
        let a = advisor.answer("Kerry is an AST on point 2 of her range at a school in another LEA and joins us after Easter. Will she keep the same point when she moves to us?")
        let first = try XCTUnwrap(a.reasoning.first)
        XCTAssertTrue(first.text.contains("does not settle it") && first.text.contains("carries over"), first.text)
        // A second question the rules answer gets its direct answer as well.
        let both = advisor.answer("Kerry is an AST on point 2 of her range at a school in another LEA and joins us after Easter. Will she keep the same point when she moves to us? And who reviews her this year?")
        XCTAssertTrue(both.reasoning.prefix(3).contains { $0.text.contains("carries over") }, "\(both.reasoning.map(\.text))")
        XCTAssertTrue(try XCTUnwrap(both.verdict).text.hasPrefix("The employing school"), both.headline)
    }

    /// A described case the rules cannot settle, whose first question the
    /// guide leaves open, still answers its other question from the paragraph.
    func testACaseWithAnOpenQuestionStillAnswersItsOtherQuestion() {
        let a = advisor.answer("In January the authority switched our AST's outreach to a different secondary for the spring and summer terms. Can we amend her outreach objective halfway through the cycle? What should be agreed with the school she is going to?")
        XCTAssertTrue(a.covered, a.headline)
        XCTAssertTrue(a.citations.contains("objectives.4"), "\(a.citations)")
        XCTAssertTrue(a.reasoning.contains { $0.text.contains("objectives agreed for the year may be rewritten") }, "\(a.reasoning.map(\.text))")
    }

    /// An AST a few months into the post gets the advice for a new AST
    /// (informal reviews, induction) even when the case gives only the months.
    func testAFewMonthsInPostGetsTheNewAstAdvice() {
        let a = advisor.answer("Our AST started in late April, so she'll have done about five months by September. Can she be considered for a point, and what else should we do this first year?")
        XCTAssertTrue(a.citations.contains("prp.1"), "\(a.citations)")
        XCTAssertTrue(a.citations.contains("monitoring.1") && a.citations.contains("monitoring.2"), "\(a.citations)")
    }

    /// Stock advice for a new AST (informal reviews, development needs) and
    /// who draws up capability procedures are left out where nothing in the
    /// case calls for them.
    func testStockAdviceIsLeftOutWhereTheCaseDoesNotCallForIt() {
        let range = advisor.answer("Hannah started as our English AST last April. She is doing her full outreach allocation and the LEA has asked her to lead a county-wide project, which wasn't discussed when we set her pay. Do we have to wait until 1st September to look at her pay range, and who pays if she moves up?")
        XCTAssertFalse(range.citations.contains("monitoring.1"), "\(range.citations)")
        XCTAssertFalse(range.citations.contains("development.3"), "\(range.citations)")
        let early = advisor.answer("Our AST Bethany's own Y9 classes have slipped badly this term: two weak observations since Easter and her marking has fallen behind. No-one has sat down with her about it yet. The head wants to start capability procedures now. Thoughts?")
        XCTAssertFalse(early.citations.contains("qa.11"), "who writes the procedures is beside the point before any support: \(early.citations)")
        let late = advisor.answer("We've supported our AST for over a year with a mentor and termly reviews and there's been no real improvement; his teaching is still consistently well below what we'd expect. Should we start capability procedures?")
        XCTAssertTrue(late.citations.contains("qa.11"), "\(late.citations)")
    }

    /// "Must the inspection report count for most?" gets a plain "No": the
    /// guide sets no weighting between kinds of evidence.
    func testAskingWhetherOneSourceMustCountMostGetsNo() throws {
        let a = advisor.answer("For Raj's review I have the LEA forms, an OFSTED report on the school he supported and a pile of emails from its staff. Does the OFSTED report have to carry more weight than the emails?")
        try leadingVerdict(of: a, startsWith: "No: the guide sets no weighting")
    }

    /// A school changing other staff's ranges asks whether it must review its
    /// ASTs' too: not required, but open to it [pay-review.2].
    func testOtherStaffRangesChangingMakesAnAstRangeReviewOptional() {
        let a = advisor.answer("Our governors have revised the pay ranges for all our heads of department this spring. Do we have to review our AST's range too?")
        XCTAssertTrue(a.verdicts.contains { $0.text.hasPrefix("Not required, but open to the school") }, "\(a.verdicts.map(\.text))")
    }

    /// A line manager new to an AST who asks what the objectives cover and
    /// who writes them gets both: the kinds of objective and the LEA's part.
    func testANewLineManagerAskingWhatObjectivesCoverIsToldWhoIsInvolved() throws {
        let a = advisor.answer("I've just taken over line managing our AST and have never done an AST's review before. What kind of objectives should she have, and who writes them with us?")
        let verdict = try leadingVerdict(of: a, citesFirst: "objectives.1")
        XCTAssertTrue(verdict.text.contains("LEA"), verdict.text)
    }

    /// A kept management role beside weak outreach: check the load first.
    func testAManagementRoleBesideWeakOutreachPromptsALoadCheck() {
        let a = advisor.answer("Our AST kept her head of department role. The school she supports says her sessions are rushed and she turns up late. What should her review say?")
        XCTAssertTrue(a.reasoning.contains { $0.text.contains("overloading the AST") }, "\(a.reasoning.map(\.text))")
    }

    /// An AST joining from another school: the first review is the new
    /// school's, on its usual cycle, with no minimum time in post.
    func testAJoiningAstsFirstReviewIsTheNewSchools() throws {
        let a = advisor.answer("We are appointing an experienced AST from another county who starts with us in April. How should we handle her first review with us?")
        let verdict = try leadingVerdict(of: a, startsWith: "In the new school's own performance management")
        XCTAssertTrue(verdict.cites.contains("prp.1"), "\(verdict.cites)")
    }

    /// An AST who wants to drop outreach but keep the salary, and maybe come
    /// back to it later: no reassessment to return [qa.2], and pay on leaving
    /// is not covered.
    func testDroppingOutreachButKeepingThePay() {
        let a = advisor.answer("Our history AST wants to keep her AST salary but stop doing outreach and just teach in our school full time. She might go back to outreach in a few years. Can she?")
        XCTAssertTrue(a.citations.contains("qa.2"), "\(a.citations)")
        XCTAssertTrue(a.reasoning.contains { $0.text.contains("salary or title on stepping back is not covered") }, "\(a.reasoning.map(\.text))")
    }

    /// An objective lost when the LEA pulled a project's funding is a missed
    /// objective with a cause outside the AST's control, not a money question.
    func testAnObjectiveLostToPulledFundingIsMitigation() throws {
        let a = advisor.answer("Priya met two of her three objectives. The third was an LEA project, but the LEA pulled the funding in March and it was wound up. The governors say one objective missed means no point this year. Is that fair?")
        try leadingVerdict(of: a, startsWith: "Not necessarily")
        XCTAssertEqual(a.facts["beyond-control"], .yes)
        XCTAssertNil(a.facts["funding-asked"])
    }

    /// "Does leading whole-school work mean he stops being an AST?" No: it is
    /// one way an experienced AST grows within the role [development.4].
    func testASeniorWholeSchoolRoleIsGrowthWithinThePost() {
        let a = advisor.answer("Sam has been our AST for six years. The head wants him to lead teaching and learning across the whole school next year. Does taking that on mean he stops being an AST?")
        XCTAssertTrue(a.verdicts.contains { $0.cites.first == "development.4" }, "\(a.verdicts.map(\.text))")
    }

    /// A question for a minimum notice period the guide does not set is
    /// answered as that gap inside the case.
    func testAMinimumNoticeQuestionIsTheNoticeGap() {
        let a = advisor.answer("The LEA keeps sending our AST to schools with a day's warning and nothing agreed about what the work is for. Is there a set minimum amount of notice they have to give?")
        XCTAssertTrue(a.reasoning.contains { $0.text.contains("no number of days or weeks") }, "\(a.reasoning.map(\.text))")
    }

    /// A claim that pay is only looked at on 1 September, checked with "Is
    /// that right?", gets the range review's answer: it need not wait.
    func testAClaimThatPayWaitsForSeptemberIsAnswered() throws {
        let a = advisor.answer("Since Christmas our AST has been leading the LEA's science network as well as her outreach. The deputy says pay is only looked at on 1 September so she will have to wait till then. Is that right?")
        try leadingVerdict(of: a, startsWith: "A range review need not wait for 1 September")
    }

    /// With no rule answering the question, the paragraph the whole message
    /// matched surely leads, ahead of rules about the rest of the case.
    func testASurelyMatchedParagraphLeadsWhenNoRuleAnswers() throws {
        let a = advisor.answer("Our deputy passed the AST assessment years ago but the post went to another candidate. She now has an interview for an AST job at another school. Will she have to sit the assessment again?")
        XCTAssertEqual(a.reasoning.first?.cites.first, "qa.2", "\(a.reasoning.map(\.text))")
    }

    /// A head who wants the AST's point paid from the AST Standards Fund money
    /// is told no, from the rule for performance points (qa.13), not from the
    /// rule for the step onto a new range.
    func testPointsPaidFromTheASTGrantAreAnsweredByTheRuleForPoints() throws {
        let a = advisor.answer("I'm the LEA adviser for our ASTs. A head rang to say their performance pay budget is overcommitted, so they plan to pay their AST's September increment out of the AST Standards Fund money instead. Is that allowed?")
        try leadingVerdict(of: a, citesFirst: "qa.13")
        try leadingVerdict(of: a, startsWith: "No")
    }

    /// "Do her objectives just need to be about the outreach?" is answered by
    /// what the objectives must cover, not by a range review a new AST's
    /// description happens to touch.
    func testObjectivesOnlyAboutOutreachAreAnsweredByWhatObjectivesCover() throws {
        let a = advisor.answer("I'm drafting objectives for our new PE AST. She gets one day a week off timetable for AST work. She's at a partner school every Tuesday afternoon and also runs coaching for our own staff here on Thursdays. Do her objectives just need to be about the outreach, since that's the AST bit?")
        try leadingVerdict(of: a, citesFirst: "objectives.2")
        XCTAssertNotEqual(a.facts["responsibilities-grown"], .yes, "a standing inreach role is not grown responsibilities")
    }

    /// Capability and September pay asked together, with the concern never
    /// yet talked through and no support given: "not yet" to both, the talk
    /// first, and nothing on who writes capability procedures.
    func testCapabilityAndPayBeforeAnyTalkAreBothNotYet() {
        let a = advisor.answer("Our AST's own teaching has gone downhill over the last two terms - two poor observations, her Year 10 group's mocks well down - although the outreach schools still rate her highly. Nobody has actually sat down with her about it yet. The head's instinct is to go straight to capability. Should we? And what does it mean for her pay review in September?")
        XCTAssertEqual(a.verdicts.count, 2, "\(a.verdicts.map(\.text))")
        XCTAssertTrue(a.verdicts.first?.text.hasPrefix("Not yet") == true, "\(a.verdicts.map(\.text))")
        XCTAssertTrue(a.verdicts.last?.text.hasPrefix("Not as a first step") == true, "\(a.verdicts.map(\.text))")
        XCTAssertTrue(a.reasoning.contains { $0.text.hasPrefix("Nobody has talked it through") }, "\(a.reasoning.map(\.text))")
        XCTAssertFalse(a.citations.contains("qa.11"), "\(a.citations)")
    }

    /// An AST who wants to grow but not to manage is not read as having
    /// leadership ambitions, and is told how the grade lets her grow.
    func testGrowthWithoutManagementIsGrowthWithinTheRole() throws {
        let a = advisor.answer("Nadia has been an AST for seven years and wants a new challenge, but she's very clear she doesn't want to be a manager. The head's only idea is to offer her the assistant head post. What else could we offer her within the AST role?")
        XCTAssertEqual(a.facts["career-ambition"], .no)
        try leadingVerdict(of: a, citesFirst: "development.4")
    }

    /// A mentoring plan put in place, then "nothing much had changed": support
    /// given without improvement, so a point is unlikely and capability may
    /// now be appropriate, each question answered in turn.
    func testSupportWithoutImprovementAnswersPayAndCapabilityInTurn() {
        let a = advisor.answer("We put a mentoring plan in place for our AST last spring after her lessons slipped, but by the summer nothing much had changed. Should she still get a point this September, and could it turn into something formal?")
        XCTAssertEqual(a.facts["support-given"], .yes)
        XCTAssertEqual(a.facts["improved"], .no)
        XCTAssertEqual(a.verdicts.count, 2, "\(a.verdicts.map(\.text))")
        XCTAssertTrue(a.verdicts.first?.text.hasPrefix("Unlikely") == true, "\(a.verdicts.map(\.text))")
        XCTAssertTrue(a.verdicts.last?.text.hasPrefix("Capability procedures may now be appropriate") == true, "\(a.verdicts.map(\.text))")
    }

    /// "Do we HAVE to re-range them?" after the school's own ranges went up is
    /// answered by the school's option to review ASTs' ranges alongside other
    /// staff, not by the separate September route.
    func testReRangingAlongsideOtherStaffIsTheSchoolsOption() throws {
        let a = advisor.answer("Governors revised the school pay policy in April and the ranges for heads of department and other postholders went up. Our two ASTs have heard and are asking whether theirs will go up too. Do we HAVE to re-range them to match?")
        try leadingVerdict(of: a, startsWith: "Not required, but open to the school")
    }

    /// An AST whose father's health "has gone downhill" is not underperforming.
    func testSomeonesHealthGoingDownhillIsNotUnderperformance() {
        let a = advisor.answer("I'm an AST and my dad's health has gone downhill badly since the summer. I'm thinking of stepping back to ordinary teaching for a couple of years. Would I have to be reassessed to be an AST again?")
        XCTAssertNil(a.facts["underperforming"])
        XCTAssertFalse(a.citations.contains("qa.9"), "\(a.citations)")
    }

    /// "Her outreach is the LEA's business, not ours" is outreach held not to
    /// count, and the plan to pay on one class's results is told it does count.
    func testOutreachCalledTheLEAsBusinessStillCounts() throws {
        let a = advisor.answer("Our head's plan for the AST's pay point is simple: if her Year 11 set hit their targets she gets it. Her outreach at the two partner schools 'is the LEA's business, not ours', he says. Is it OK to do it his way?")
        try leadingVerdict(of: a, startsWith: "No: the outreach counts")
    }

    /// Two questions about a range, its timing then its funding, are answered
    /// in that order: the funding rule does not take the timing question.
    func testARangeQuestionAboutTimingIsAnsweredByTheTimingRule() {
        let a = advisor.answer("Beth took up her AST post last October and the LEA has since asked her to run the NQT support network for the whole cluster. Can we look at her band before the September pay review, or do we have to wait? And who pays if she moves up a range?")
        XCTAssertTrue(a.verdicts.first?.text.hasPrefix("A range review need not wait") == true, "\(a.verdicts.map(\.text))")
        XCTAssertTrue(a.verdicts.contains { $0.text.hasPrefix("From the resources that pay the AST's standard salary") }, "\(a.verdicts.map(\.text))")
    }
}
