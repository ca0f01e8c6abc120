@testable import Advisor
import Guidance
import XCTest

/// What a user notices about answers: citations, declines, and the words they use.
final class AdvisorBehaviourTests: XCTestCase {
    let advisor = DevSetTests.advisor

    func testEveryCoveredAnswerCitesRealParagraphsBestFirst() {
        let a = advisor.answer("can an AST get more than one performance point in a year?")
        XCTAssertTrue(a.covered)
        XCTAssertEqual(a.citations.first, "qa.14")
        XCTAssertLessThanOrEqual(a.citations.count, 3)
        XCTAssertTrue(a.citations.allSatisfy(DevSetTests.guidance.outline.contains))
        XCTAssertFalse(a.headline.isEmpty)
    }

    func testAKnownGapIsDeclinedAndNamesWhereTheAnswerLives() {
        let a = advisor.answer("which ASTs are exempt from the 20% outreach requirement?")
        XCTAssertFalse(a.covered)
        XCTAssertEqual(a.gapID, "gap.outreach-exceptions")
        XCTAssertTrue(a.nearest.contains("objectives.3"))
        XCTAssertTrue(a.citations.isEmpty, "a declined answer attributes nothing to the guide")
    }

    /// A question about what a paragraph says is answered from it, even where a
    /// known gap covers the detail the guide leaves out; asking for that detail is declined.
    func testAParagraphNamedByAGapStillAnswersTheGeneralQuestion() {
        let general = advisor.answer("informal reviews for a new AST")
        XCTAssertTrue(general.covered)
        XCTAssertEqual(general.citations.first, "monitoring.1")
        let detail = advisor.answer("how many informal reviews a year must we hold")
        XCTAssertFalse(detail.covered)
        XCTAssertEqual(detail.gapID, "gap.informal-review-frequency")
    }

    /// A gap answers only questions that ask for the detail it names (its
    /// `detail` cues): a question about the thing itself is answered from the
    /// paragraphs that explain it.
    func testAGapAnswersOnlyAQuestionForItsMissingDetail() {
        let what = advisor.answer("what is this performance pay progression grant we keep hearing about?")
        XCTAssertTrue(what.covered, "\(what.headline)")
        XCTAssertTrue(what.citations.contains("qa.13") || what.citations.contains("prp.1"), "\(what.citations)")
        let amount = advisor.answer("how much performance pay progression grant will our school get next year?")
        XCTAssertFalse(amount.covered)
        XCTAssertEqual(amount.gapID, "gap.performance-pay-grant-amounts")
        let leave = advisor.answer("our AST wants to give up the post and go back to ordinary classroom teaching - what should we do?")
        XCTAssertTrue(leave.covered, "\(leave.headline)")
        let pay = advisor.answer("if our AST gives up the post, does she keep her AST salary?")
        XCTAssertEqual(pay.gapID, "gap.leaving-ast-pay")
    }

    func testEveryGapDetailCueIsAPhraseTheMatcherReads() {
        for gap in DevSetTests.guidance.gaps {
            for phrase in gap.detail {
                XCTAssertNotNil(CueMatcher.cue(phrase), "\(gap.id): '\(phrase)'")
            }
        }
    }

    func testATopicOutsideTheGuideIsDeclinedWithNearestTopics() {
        let a = advisor.answer("how many weeks of sick pay is our AST entitled to?")
        XCTAssertFalse(a.covered)
        XCTAssertTrue(a.headline.contains("does not cover"))
    }

    func testAQuestionAboutAstpmItselfPointsToHelpNotToTheGuide() {
        for q in ["how can I make the writing on this screen bigger?", "is there a way to keep a copy of this conversation?"] {
            let a = advisor.answer(q)
            XCTAssertFalse(a.covered, q)
            XCTAssertTrue(a.citations.isEmpty, q)
            XCTAssertTrue(a.reasoning.contains { $0.text.contains("`help`") && $0.cites.isEmpty }, "\(q): \(a.reasoning)")
            XCTAssertTrue(a.nearest.isEmpty, "no guide paragraph is offered for a question about the program: \(a.nearest)")
        }
    }

    /// A second question about something the guide leaves out gets its own
    /// "not covered" line, not the nearest paragraph's answer.
    func testBonusesAndClawbackAreOutsideTheGuide() {
        let bonus = advisor.answer("Our AST (English, 2nd point of 5) has been brilliant since Christmas. It's only February but the head wants to reward her now. Can we put her up a point this month? And if not, could we give her a one-off bonus payment instead?")
        XCTAssertTrue(bonus.reasoning.contains { $0.text.contains("does not cover bonuses and one-off payments") }, bonus.reasoning.map(\.text).joined(separator: "\n"))
        let clawback = advisor.answer("I'm an AST and my range has just been reviewed upwards after I became cluster lead. Our LEA says it isn't putting in any matched funding this year. So where does the uplift come from? And if the LEA pulls the funding later, can they take the uplift back off me?")
        XCTAssertTrue(clawback.reasoning.contains { $0.text.contains("does not cover cutting or taking back pay already awarded") }, clawback.reasoning.map(\.text).joined(separator: "\n"))
    }

    /// A short question pointing back at the case ("how do we stop this
    /// happening again?") is about the case, not about whatever paragraph
    /// its few general words match.
    func testABackReferenceQuestionIsAboutTheCase() {
        let a = advisor.answer("The head of the receiving school has phoned me twice to say our AST's work with her Year 6 teachers was fantastic, but she still hasn't filled in the LEA evaluation form. I'm the AST's line manager. Can I count the phone calls in her review? And how do we stop this happening again next year?")
        XCTAssertEqual(a.citations.first, "qa.5")
        XCTAssertFalse(a.citations.contains("qa.17"), "the top of the range has nothing to do with a form not returned")
    }

    /// An outside topic's nearest paragraph answers only a question about an
    /// AST: the same allowance asked about heads of department is declined.
    func testAnOutsideTopicAskedWithoutAnASTIsDeclined() {
        let a = advisor.answer("How are management allowance points for heads of department decided?")
        XCTAssertFalse(a.covered)
        XCTAssertEqual(a.declinedTopic, "TLRs and other allowances")
        XCTAssertTrue(advisor.answer("She still holds a TLR as head of year: should PM reflect it?").covered, "an AST's own allowance is qa.8's question")
    }

    func testUnrelatedTextIsDeclined() {
        XCTAssertFalse(advisor.answer("who won the football last night").covered)
        XCTAssertFalse(advisor.answer("how do I bake a cake").covered)
    }

    func testEverydayWordsAndAbbreviationsReachTheGuidesTerms() {
        // LA for LEA, appraisal for performance management, HoD for a management role.
        XCTAssertEqual(advisor.answer("does the LA help set the outreach objective?").citations.first.map { ["objectives.4", "qa.7", "qa.4"].contains($0) }, true)
        XCTAssertEqual(advisor.answer("our AST wants to stay on as HoD - should her appraisal reflect that?").citations.first, "qa.8")
    }

    func testTyposStillFindTheParagraph() {
        XCTAssertEqual(advisor.answer("can an AST go up more than one pont at a tme").citations.first, "qa.14")
    }

    func testAnalyzerFoldsAccentsAndDropsShortEndings() {
        XCTAssertEqual(Analyzer.words("Zoë Ní Bhriain's £181m she'll"), ["zoe", "ni", "bhriain", "£181m", "she"])
    }

    /// A one-sentence question that names a topic outside the guide is
    /// declined as that topic, though a paragraph shares its other words;
    /// not when its best paragraph is the one the guide has near that topic.
    func testAQuestionNamingAnOutsideTopicIsDeclinedUnlessTheGuidesNearestParagraphAnswersIt() {
        let tlr = advisor.answer("Can our AST be paid a TLR on top of her AST pay range for the extra work?")
        XCTAssertFalse(tlr.covered)
        XCTAssertEqual(tlr.declinedTopic, "TLRs and other allowances")
        let ta = advisor.answer("Which pay scale should the teaching assistant who helps with our AST's outreach be on?")
        XCTAssertFalse(ta.covered, "\(ta.citations)")
        let kept = advisor.answer("our AST still holds a TLR as head of year - should that be part of her PM?")
        XCTAssertTrue(kept.covered)
        XCTAssertEqual(kept.citations.first, "qa.8")
        // ...but asked with money ("on top of her salary"), it is the allowance's pay.
        let allowance = advisor.answer("If our AST keeps her head of year job, can she have a management allowance on top of her salary?")
        XCTAssertEqual(allowance.declinedTopic, "TLRs and other allowances", allowance.headline)
    }

    /// A limit on how many ASTs an authority may appoint is outside the guide,
    /// though "how many" and "limit" match the points paragraph; asked as an
    /// aside ("btw is there a cap...") in a message the guide otherwise
    /// answers, it gets its own "not covered" line.
    func testALimitOnTheNumberOfAstsIsDeclinedAsAQuestionOrAnAside() {
        let limit = advisor.answer("Is there a limit on how many ASTs one LEA can appoint?")
        XCTAssertFalse(limit.covered, "\(limit.citations)")
        let aside = advisor.answer("I kept my Head of Science job when I became an AST last year. Should that be in my performance management objectives or do we just leave it out? btw is there a cap on how many ASTs one school can have, we've got three now")
        XCTAssertEqual(aside.citations.first, "qa.8")
        XCTAssertTrue(aside.reasoning.contains { $0.text.contains("does not cover recruitment") }, "\(aside.reasoning.map(\.text))")
    }

    /// A message of several questions, one of them the detail a gap names,
    /// is answered from what the guide does say, with a line for that detail;
    /// it is not declined as a whole.
    func testAGapAmongOtherQuestionsIsNamedWhileTheRestIsAnswered() {
        let a = advisor.answer("How many objectives should our AST have? And what do they need to cover?")
        XCTAssertTrue(a.covered, a.headline)
        XCTAssertTrue(a.citations.contains("objectives.2"), "\(a.citations)")
        XCTAssertTrue(a.reasoning.contains { $0.text.contains("touches on this but does not settle it") }, "\(a.reasoning.map(\.text))")
        XCTAssertFalse(advisor.answer("How many objectives should an AST have?").covered, "the detail alone is still the gap")
        XCTAssertFalse(advisor.answer("Which are the six standards of AST excellence? Could you list them?").covered,
                       "asking for the same detail twice is still the gap")
    }

    /// A gap answers only a question about the detail the guide leaves out,
    /// not one that merely shares its subject or its asker ("I'm a governor").
    func testAGapAnswersOnlyTheDetailItNames() {
        XCTAssertTrue(advisor.answer("I'm a new governor. What checks does someone go through before they become an AST?").covered)
        XCTAssertFalse(advisor.answer("do governors have to approve an AST's performance point?").covered)
        let whereListed = advisor.answer("are there cases where an AST need not do the full 20% outreach, and where are they set out?")
        XCTAssertTrue(whereListed.covered)
        XCTAssertTrue(whereListed.citations.prefix(2).contains("objectives.3"), "\(whereListed.citations)")
        XCTAssertFalse(advisor.answer("which ASTs are exempt from the 20% outreach?").covered)
    }

    /// A particular AST's case on a topic the guide leaves out is declined,
    /// and still told what the guide says nearby, cited; a general question on
    /// the same topic keeps the short decline.
    func testADeclinedCaseIsToldWhatTheGuideSaysNearby() {
        for text in ["Hana is our part-time AST and works three days a week. The head wants her outreach to be a full day like the full-timers. Is that fair on her?",
                     "Our AST has gone part-time, 0.6 from January. The LEA expects the same outreach days as before and she disagrees. The guide must say something about part-timers?"] {
            let a = advisor.answer(text)
            XCTAssertTrue(a.reasoning.contains { $0.text.contains("does not cover part-time") } || a.headline.contains("does not cover part-time"), text)
            XCTAssertTrue(a.reasoning.contains { $0.cites == ["objectives.2"] && $0.text.contains("20%") }, "\(a.reasoning.map(\.text))")
        }
        let general = advisor.answer("how does the 20% outreach rule work for part-time ASTs?")
        XCTAssertFalse(general.covered)
        XCTAssertFalse(general.reasoning.contains { $0.text.hasPrefix("What the guide does say nearby") })
    }
}

final class SpellingCorrectorTests: XCTestCase {
    let speller = SpellingCorrector(texts: ["what should objectives cover", "when are pay reviews done", "receiving schools", "receiving"])

    func testMistypedWordsBecomeTheKnownWord() {
        XCTAssertEqual(speller.correct("objectves"), "objectives")
        XCTAssertEqual(speller.correct("reveiws"), "reviews")
        XCTAssertEqual(speller.correct("recieving"), "receiving")
    }

    func testKnownShortAndUnlikeWordsAreLeftAlone() {
        XCTAssertEqual(speller.correct("schools"), "schools")
        XCTAssertEqual(speller.correct("pya"), "pya")
        XCTAssertEqual(speller.correct("pension"), "pension")
        XCTAssertEqual(speller.correct("2025"), "2025")
    }
}

/// Messages that ask several things, some the guide answers and some it does not.
final class MixedMessageTests: XCTestCase {
    let advisor = DevSetTests.advisor

    /// A message whose whole is about something the guide leaves out still
    /// gets its covered questions answered, and the uncovered one named.
    func testACoveredQuestionIsAnsweredWhenAnotherInTheSameMessageIsNot() {
        let a = advisor.answer("i teach all tuesday so cant go and watch. do i have to observe her outreach myself to write her review? "
            + "also how many times am i allowed to observe her own lessons in a year, is there a limit for ASTs?")
        XCTAssertTrue(a.covered)
        XCTAssertTrue(a.citations.contains { ["qa.4", "evidence.1", "evidence.2"].contains($0) }, "\(a.citations)")
        XCTAssertTrue(a.reasoning.contains { $0.text.contains("does not cover lesson observation") }, "\(a.reasoning.map { $0.text })")
    }

    /// A question inside a longer message that names a topic outside the guide
    /// (pensions, an allowance) is flagged as that topic, not answered from the
    /// paragraph its other words match.
    func testAQuestionNamingAnOutsideTopicIsFlaggedAsThatTopic() {
        let a = advisor.answer("I've hit the top of my range this September. Can the range be reviewed? "
            + "And would going onto a higher range make much difference to my pension?")
        XCTAssertTrue(a.covered)
        XCTAssertTrue(a.reasoning.contains { $0.text.contains("does not cover pensions") }, "\(a.reasoning.map { $0.text })")
        XCTAssertTrue(a.citations.contains("qa.17") || a.citations.contains("pay-review.1"), "\(a.citations)")
    }

    /// A question inside a longer message that asks for a detail the guide
    /// leaves out (a salary in pounds) is named as such even when too short
    /// to match a paragraph with confidence.
    func testAQuestionForADetailTheGuideLeavesOutIsNamed() {
        let a = advisor.answer("Our AST has taken on far more responsibility and we want to move her to a higher range. "
            + "Which budget pays for that? And can you tell me what the new spine point is actually worth in pounds?")
        XCTAssertTrue(a.reasoning.contains { $0.text.contains("gives no salary") }, "\(a.reasoning.map { $0.text })")
    }

    /// A paragraph's own "Yes"/"No" answers the paragraph's question; a long
    /// message about a case does not inherit it, while a short question does.
    func testALongMessageDoesNotBorrowAParagraphsVerdict() {
        let long = advisor.answer("our AST is 52, been teaching 28 years and an AST for 3 of them. she's had an increment every "
            + "september since she started. HT says she must be maxed out by now so theres no point even putting her forward this year. is that right??")
        XCTAssertFalse(long.headline.hasPrefix("Yes") || long.headline.hasPrefix("No"), long.headline)
        XCTAssertFalse(long.reasoning.contains { $0.text.hasPrefix("Yes") || $0.text.hasPrefix("No:") || $0.text.hasPrefix("No.") },
                       "\(long.reasoning.map { $0.text })")
        let short = advisor.answer("can an AST get more than one performance point in a year?")
        XCTAssertTrue(short.headline.hasPrefix("Yes") || short.reasoning.first?.text.hasPrefix("Yes") == true, short.headline)
    }

    /// A short question inside a described case is read with the case around
    /// it: "who decides the wording?" after an LEA officer's demand about the
    /// outreach objective asks who settles that objective, not about the
    /// outreach proformas a known gap says the guide leaves out.
    func testAShortQuestionInACaseIsReadWithTheCaseAroundIt() {
        let a = advisor.answer("The LEA officer told our new AST that her outreach objective must be written in the LEA's own standard words, and she is unhappy with them. Who actually decides the wording?")
        XCTAssertTrue(a.covered)
        XCTAssertEqual(a.citations.first, "qa.7", "\(a.citations)")
        XCTAssertFalse(a.reasoning.contains { $0.text.contains("does not settle it") },
                       "the question is answered, not declined as the proformas gap: \(a.reasoning.map(\.text))")
    }

    /// Beside other questions, a line answering one of them quotes it, without
    /// the joining word that led into it, so the reader sees which it answers.
    func testALineAnsweringOneOfSeveralQuestionsQuotesIt() {
        XCTAssertEqual(Advisor.answering("And if the LEA disagrees, who decides?", "The LEA may propose it."),
                       "On \u{201C}If the LEA disagrees, who decides\u{201D}: the LEA may propose it.")
        XCTAssertEqual(Advisor.answering(nil, "The LEA may propose it."), "The LEA may propose it.")
    }

    /// A question of a word or two ("Does that have to stop now?") is still
    /// answered when that word picks out a paragraph the case points to: here
    /// whether outreach goes on during capability procedures.
    func testAVeryShortQuestionIsAnsweredFromTheParagraphTheCasePointsTo() {
        let a = advisor.answer("Our AST has been underperforming for over a year despite mentoring, and capability procedures began last week. She still goes out to a partner school every Friday. Does that have to stop now?")
        XCTAssertTrue(a.citations.contains("qa.12"), "\(a.citations)")
        XCTAssertTrue(a.reasoning.contains { $0.cites.first == "qa.12" && $0.text.contains("individual circumstances") },
                      "\(a.reasoning.map(\.text))")
    }

    /// A question about what an outside topic is worth ("...and what are
    /// they worth in points?") is about that topic's pay, declined as it, not
    /// answered from the paragraph on an AST keeping a management role.
    func testWhatAnOutsideTopicIsWorthIsDeclinedAsThatTopic() {
        let a = advisor.answer("How do management allowances work for a head of year, and what are they worth in points?")
        XCTAssertFalse(a.covered, "\(a.citations)")
        XCTAssertEqual(a.declinedTopic, "TLRs and other allowances")
    }

    /// The salary an AST drops to on leaving the grade is the detail the
    /// leaving-pay gap says the guide leaves out.
    func testTheSalaryAfterLeavingTheGradeIsDeclinedAsTheLeavingPayGap() {
        let a = advisor.answer("If she gives up being an AST next year, what salary does she drop to?")
        XCTAssertFalse(a.covered)
        XCTAssertEqual(a.gapID, "gap.leaving-ast-pay")
    }

    /// A school council is the pupils' body, not the local authority, and
    /// someone asking how to run one is not an AST taking on more.
    func testASchoolCouncilIsNotTheLEA() {
        let a = advisor.answer("How do I run a school council election?")
        XCTAssertFalse(a.covered, "\(a.citations)")
        XCTAssertNil(advisor.reasoner.facts(in: "How do I run a school council election?")["responsibilities-grown"])
    }

    /// Two outcomes that word one rule twice give one line: the fuller, in
    /// the earlier one's place, citing what its own words use.
    func testALineSayingAgainWhatAnEarlierOneSaysIsDropped() {
        let terms = { (text: String) in DevSetTests.advisor.ranker.index.extractor.analyzer.terms(text) }
        let short = CitedLine(text: "Missed objectives do not settle pay alone: the line manager allows for mitigating circumstances outside the AST's control.", cites: ["qa.6"])
        let other = CitedLine(text: "A point rests on high-quality performance against the agreed criteria.", cites: ["prp.1"])
        let fuller = CitedLine(text: "Missed objectives do not settle pay on their own: the line manager allows for mitigating circumstances outside the AST's control, such as illness or a receiving school that did not engage.", cites: ["qa.6", "evidence.3"])
        let kept = Advisor.withoutRepeats([short, other, fuller], terms: terms)
        XCTAssertEqual(kept.map(\.text), [fuller.text, other.text])
        XCTAssertEqual(kept.first?.cites, ["qa.6", "evidence.3"])
        let distinct = Advisor.withoutRepeats([short, other], terms: terms)
        XCTAssertEqual(distinct.count, 2, "lines saying different things both stay")
    }

    /// With the range given in spine points, the room left is counted in
    /// spine points too, up to the range's own top.
    func testTheRoomLeftInARangeIsCountedInItsSpinePoints() {
        let a = advisor.answer("Our AST Marcus is on spine points nine to thirteen and sits on ten at the moment. He has had a brilliant year. Is there a rule on how many points we can give him, or is that up to us?")
        XCTAssertTrue(a.reasoning.contains { $0.text.contains("up to 3 more points, as far as spine point 13") }, "\(a.reasoning.map(\.text))")
    }

    /// A claim that the LEA should pay for and decide an AST's increment gets
    /// both answers: the employing school decides, and the performance pay
    /// grant pays.
    func testAnLEAClaimingToPayAndDecideAnIncrementIsAnsweredOnBoth() {
        let a = advisor.answer("A head tells me that because the LEA places his AST's outreach, the LEA ought to pay for her increment this year and decide whether she gets it. She is employed by the school. What should I tell him?")
        XCTAssertTrue(a.verdicts.contains { $0.text.hasPrefix("No: performance management stays with the school") }, "\(a.verdicts.map(\.text))")
        XCTAssertTrue(a.verdicts.contains { $0.text.contains("Performance Pay Progression (General) grant") }, "\(a.verdicts.map(\.text))")
    }
}
