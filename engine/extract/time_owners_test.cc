#include "engine/extract/time_owners.h"

#include <string>
#include <vector>

#include "engine/extract/extract_text.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

// "trigger FRAME time=DAY" for each claim of `text` (published Tuesday
// 2026-03-10) that keeps a time; "trigger FRAME: 'Sunday' dates 'said'"
// for one whose time dates another word; "trigger FRAME" for one with no
// time. Claims of generic events are left out unless `generic`.
std::vector<std::string> Times(const std::string& text, bool generic = false) {
  std::vector<std::string> out;
  for (const Claim& c : ExtractText(text, "2026-03-10")) {
    if (c.frame() == "EVENT" && !generic) continue;
    std::string line = c.trigger().text() + " " + c.frame();
    for (const Argument& a : c.args()) {
      if (a.role() == "time" && a.value().has_time()) {
        line += " time=" + a.value().time().begin().substr(0, 10);
      }
    }
    const TimeAttachment& t = c.time_attachment();
    if (t.scope() == TimeAttachment::OTHER_EVENT) {
      line += ": '" + t.time().text() + "' dates '" + t.head().text() + "'";
    }
    out.push_back(line);
  }
  return out;
}

struct Case {
  std::string text;
  std::vector<std::string> claims;
};

void Check(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    EXPECT_EQ(Times(c.text), c.claims) << c.text;
  }
}

// A time after a reporting verb dates the report, not the event reported.
TEST(TimeOwnersTest, ReportingVerbKeepsItsTime) {
  Check({
      {"A man was killed Saturday, police said Sunday.",
       {"killed KILL time=2026-03-07"}},
      {"A woman was shot, police said Monday.",
       {"shot SHOOT: 'Monday' dates 'said'"}},
      {"A teenager was killed, the sheriff told reporters Monday.",
       {"killed KILL: 'Monday' dates 'told'"}},
  });
}

// A time after coordinated verbs dates every one of them; a time after
// the second of two verbs with their own objects and no coordinator
// between dates only the second.
TEST(TimeOwnersTest, CoordinatedVerbsShareTheTime) {
  Check({
      {"Police arrested and charged a man Monday.",
       {"arrested ARREST time=2026-03-09", "charged CHARGE time=2026-03-09"}},
      {"He was arrested Saturday and charged with murder Monday.",
       {"arrested ARREST time=2026-03-07", "charged CHARGE time=2026-03-09",
        // The noun right before the time is dated with the verb.
        "murder KILL time=2026-03-09"}},
  });
}

// A time before a noun dates that noun: "the March 3 shooting",
// "Saturday's killing".
TEST(TimeOwnersTest, PrenominalTimeDatesItsNoun) {
  Check({
      {"Police arrested a man Monday in the March 3 shooting.",
       {"arrested ARREST time=2026-03-09", "shooting SHOOT time=2026-03-03"}},
      {"Police arrested a man in the Saturday killing.",
       {"arrested ARREST: 'Saturday' dates 'killing'",
        "killing KILL time=2026-03-07"}},
      {"Police arrested a man in last week's killing.",
       {"arrested ARREST: 'in last week's' dates 'killing'",
        "killing KILL time=2026-03-02"}},
  });
}

// A time before every verb of the sentence dates all its events.
TEST(TimeOwnersTest, SentenceOpeningTimeScopesOverAll) {
  Check({
      {"On Sunday, police arrested a man and charged him with murder.",
       {"arrested ARREST time=2026-03-08", "charged CHARGE time=2026-03-08",
        "murder KILL time=2026-03-08"}},
      // The claim's own time is another verb's: it takes the
      // one that opens its clause.
      {"On Sunday, police arrested a man who was charged Monday.",
       {"arrested ARREST time=2026-03-08", "charged CHARGE time=2026-03-09"}},
  });
}

// A clause-opening time dates the clause up to its first reporting verb:
// the reported clause keeps only the times inside it, and an event the
// report does not date is left undated, whether it was that day or
// before.
TEST(TimeOwnersTest, ReportedClauseIsItsOwnClause) {
  Check({
      {"On Sunday, the police chief said the shooting was a dispute.",
       {"shooting SHOOT: 'On Sunday' dates 'said'"}},
      // With "that", and a past perfect: still not the report's day.
      {"On Monday, police announced that a man had been killed.",
       {"killed KILL: 'On Monday' dates 'announced'"}},
      // A reporting verb's object is the reported event too.
      {"Late Thursday, police announced a warrant in connection with "
       "the shooting.",
       {"shooting SHOOT: 'Thursday' dates 'announced'"}},
      {"On Tuesday, police confirmed the woman was shot.",
       {"shot SHOOT: 'On Tuesday' dates 'confirmed'"}},
      // A communication verb with a that-clause reports.
      {"On Friday, the officer testified that he shot the man.",
       {"shot SHOOT: 'On Friday' dates 'testified'"}},
      // A time inside the reported clause is the reported event's.
      {"On Monday, police said a man was shot Saturday.",
       {"shot SHOOT time=2026-03-07"}},
  });
}

// The events before the first reporting verb keep the opening time: the
// report comes after what it reports.
TEST(TimeOwnersTest, OpeningTimeStillDatesTheEventBeforeTheReport) {
  Check({
      {"On Sunday, a gunman killed two people, police said.",
       {"killed KILL time=2026-03-08"}},
      {"On Sunday, two men were shot, the sheriff told reporters.",
       {"shot SHOOT time=2026-03-08"}},
      // A communication verb without a that-clause is no report.
      {"On Sunday, officers were called to a home where a man was "
       "shot.",
       {"shot SHOOT time=2026-03-08"}},
  });
}

// In a relative clause the time dates the clause's own verb.
TEST(TimeOwnersTest, RelativeClauseHasItsOwnTime) {
  Check({
      {"The man who was shot Saturday died Monday.",
       {"shot SHOOT time=2026-03-07", "died DIE time=2026-03-09"}},
  });
}

// A time after an event noun dates it when a preposition of cause or
// sequence introduces the noun, or when the noun is the subject of the
// clause's verb or of an occurrence verb.
TEST(TimeOwnersTest, EventNounsKeepTheirOwnTime) {
  Check({
      {"A man was charged Monday for a shooting on Saturday.",
       {"charged CHARGE time=2026-03-09", "shooting SHOOT time=2026-03-07"}},
      {"Police said the shooting Saturday was gang-related.",
       {"shooting SHOOT time=2026-03-07"}},
      // A light verb's object names its event.
      {"Police made an arrest Monday.", {"arrest ARREST time=2026-03-09"}},
      {"The shooting happened Saturday near a school.",
       {"shooting SHOOT time=2026-03-07"}},
      {"His arraignment is set for April 2.",
       {"arraignment CHARGE time=2026-04-02"}},
      // Not when the time is of something the predicate names.
      {"On Tuesday, police confirmed the shooting was part of a feud "
       "over a killing in Seattle on March 3.",
       {"shooting SHOOT: 'On Tuesday' dates 'confirmed'",
        "killing KILL: 'on March 3' dates 'was'"}},
      // A participle after a noun, with the clause's verb before.
      // One claim: "sentence" inside "prison sentence" is the same
      // event (ClaimBuilder::KeepMostSpecific).
      {"He was serving a prison sentence imposed in 2019.",
       {"prison sentence SENTENCE time=2019-01-01"}},
  });
}

}  // namespace
}  // namespace accord
