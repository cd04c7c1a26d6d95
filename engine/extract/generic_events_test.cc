#include "engine/extract/generic_events.h"

#include <string>
#include <vector>

#include "engine/data/embedded_data.h"
#include "engine/extract/extract_text.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

// "trigger: role=value ..." for each EVENT claim of `text` (published
// 2026-03-10), with times as their first day and entities by id.
std::vector<std::string> GenericClaims(const std::string& text) {
  std::vector<std::string> out;
  for (const Claim& c : ExtractText(text, "2026-03-10")) {
    if (c.frame() != "EVENT") continue;
    std::string line = c.trigger().text() + ":";
    for (const Argument& a : c.args()) {
      const Value& v = a.value();
      std::string value;
      if (a.role() == "event") {
        value = v.text().substr(0, v.text().find('.'));  // group head word
      } else if (v.has_time()) {
        value = v.time().begin().substr(0, 10);
      } else if (v.has_quantity()) {
        value = std::to_string(static_cast<long long>(v.quantity().value())) +
                " " + v.quantity().unit();
      } else {
        value = v.entity_id();
      }
      line += " " + a.role() + "=" + value;
    }
    if (c.modality() != ASSERTED) line += " " + Modality_Name(c.modality());
    if (c.polarity() == NEGATIVE) line += " NEGATIVE";
    out.push_back(line);
  }
  return out;
}

TEST(GenericEventsTest, EventWordsNoFrameCovers) {
  struct Case {
    std::string text;
    std::vector<std::string> claims;
  } cases[] = {
      // An event noun after a determiner, a past verb, a planned verb.
      {"A flood reached the depot on Monday.",
       {"flood: event=flood", "reached: event=reach time=2026-03-09"}},
      // "fire" is in the group of "burn", a BLAZE verb: a BLAZE claim
      // (frame_senses.h), not a generic one.
      {"A fire broke out at the depot on Monday.",
       {"broke out: event=erupt time=2026-03-09"}},
      {"Thieves robbed a jeweller in Paris on Saturday.",
       {"robbed: event=rob place=paris time=2026-03-07"}},
      {"The port will reopen on Friday.",
       {"reopen: event=reopen time=2026-03-13 PLANNED"}},
      // Noun and verb of one event share its WordNet group.
      {"The robbery lasted ten minutes.", {"robbery: event=rob"}},
      // Money, not a count; a passive's subject count.
      {"The gang stole $2 million from the vault.",
       {"stole: event=steal money=2000000 dollar"}},
      {"About 40 residents were relocated on Sunday.",
       {"relocated: count=40 resident event=relocate time=2026-03-08"}},
      // Polarity as for frame claims.
      {"The ferry did not sail on Tuesday.",
       {"sail: event=sail time=2026-03-10 NEGATIVE"}},
      // Not events: thinking and feeling verbs, a verb after a determiner
      // ("the wounded"), a noun modifying another ("the fire department"),
      // an abstract event noun of the light list.
      {"The minister believed the report.", {}},
      {"They were evicted for aggravated trespass.", {"evicted: event=evict"}},
      {"Two hooded men waited outside.", {}},
      // A capitalized word inside a sentence is a name, except in a
      // headline in title case.
      {"The Watergate hearings resumed.",
       {"hearings: event=hearing", "resumed: event=recommence"}},
      {"Ellen DeGeneres Will Host The Oscars", {"Host: event=host PLANNED"}},
      {"The fire department arrived.", {"arrived: event=arrive"}},
      {"It was the way forward.", {}},
      // A verb and its particle are one trigger with the sense WordNet
      // gives the pair, also for a light verb ("take"); its object follows
      // the particle. A preposition is no particle.
      {"The rebels handed over the hostages on Sunday.",
       {"handed over: event=hand_over time=2026-03-08"}},
      {"The festival kicked off in Rome.",
       {"kicked off: event=inaugurate place=rome"}},
      {"The delegation went to Rome.", {}},
      // A participle opening the sentence before a noun is an adjective;
      // a participle after times only, before a time, is a dateline; a
      // word between a determiner and a number is an adjective.
      {"Hooded youths smashed windows.", {"smashed: event=slam"}},
      {"Masked gunmen robbed the bank.", {"robbed: event=rob"}},
      // The time dates the participle it follows, not the main verb
      // (engine/extract/time_owners.h).
      {"Robbed on Monday, the bank reopened.",
       {"Robbed: event=rob time=2026-03-09", "reopened: event=reopen"}},
      // After a preposition, "other" or a past verb that is no auxiliary, a
      // participle modifies a noun; after an auxiliary it is the verb.
      {"She walked along parked cars.", {"walked: agent=she event=walk"}},
      {"Police fought pitched battles.", {"fought: event=contend"}},
      {"She had parked her car.", {"parked: agent=she event=park patient=her"}},
      {"Last updated at 12:42 GMT", {}},
      {"March 9, 2026 | Updated 8:52 PM", {}},
      {"The bridge reopened at 8:52 PM.",
       {"reopened: event=reopen time=2026-03-10"}},
      {"They watched the final.", {"final: event=final"}},
      {"They watched the final two races.", {}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(GenericClaims(c.text), c.claims) << c.text;
  }
}

// A support verb lends its place to the event noun it takes as its object:
// one claim of the noun's event, triggered from the verb to the noun, with
// the verb's subject as agent. Without such an object a light support verb
// is no event; forms of "have" lend nothing.
TEST(GenericEventsTest, SupportVerbsLendTheirObjectsEvent) {
  struct Case {
    std::string text;
    std::vector<std::string> claims;
  } cases[] = {
      {"The army carried out an inspection on Monday.",
       {"carried out an inspection: event=visit time=2026-03-09"}},
      {"The team held a thorough inspection of the site.",
       {"held a thorough inspection: event=visit"}},
      {"The striker suffered a serious injury.",
       {"suffered a serious injury: event=injure"}},
      // No event noun after it: no claim ("made" the light verb).
      {"The chef made a cake.", {}},
      // A noun that modifies another is not the object's head; a verb
      // form is no modifier; a form of "have" lends nothing.
      {"The club made the fire department angry.", {}},
      {"They had fled the fighting.",
       {"fled: event=flee", "fighting: event=contend"}},
      {"They had an inspection.", {"inspection: event=visit"}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(GenericClaims(c.text), c.claims) << c.text;
  }
}

// A speech act told by a support verb and its noun of communication is an
// event of the noun's verb ("made the announcement" = announced). The noun
// alone is what was said, no event; a preposition after the noun ends its
// phrase.
TEST(GenericEventsTest, SupportVerbsLendTheirSpeechObjects) {
  struct Case {
    std::string text;
    std::vector<std::string> claims;
  } cases[] = {
      {"The mayor made the announcement via radio on Monday.",
       {"made the announcement: event=announce time=2026-03-09"}},
      {"The senator gave a long speech in the square.",
       {"gave a long speech: event=address"}},
      {"The mayor announced the closure of the bridge.",
       {"announced: event=announce", "closure: event=close"}},
      {"The announcement surprised the town.", {}},
      {"The statement was published on Monday.",
       {"published: event=print time=2026-03-09"}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(GenericClaims(c.text), c.claims) << c.text;
  }
}

// Communication verbs are events only with a noun-phrase object or in a
// passive; before a clause they report ("announced that ...").
TEST(GenericEventsTest, SayingWithAnObjectIsAnEvent) {
  struct Case {
    std::string text;
    std::vector<std::string> claims;
  } cases[] = {
      {"The ministry published the report on Monday.",
       {"published: event=print time=2026-03-09"}},
      {"The ministry reported that the plant had closed.",
       {"closed: event=close"}},
      {"The ministry reported on Monday that it had closed.",
       {"closed: event=close"}},
      {"The minister reported the plant had closed.", {"closed: event=close"}},
      {"The report was published on Monday.",
       {"published: event=print time=2026-03-09"}},
      // A nationality opens a noun phrase; a number may open a clause.
      {"The board named Spanish banker Ana Ruiz as its chair.",
       {"named: event=call"}},
      {"The mayor said one bridge had collapsed.",
       {"collapsed: event=collapse"}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(GenericClaims(c.text), c.claims) << c.text;
  }
}

// A headline tells a past event in the present: a present or base form
// after its subject is a verb there, and only there.
TEST(GenericEventsTest, HeadlinePresentIsAVerb) {
  struct Case {
    std::string text;
    std::vector<std::string> claims;
  } cases[] = {
      {"Villagers rebuild bridge in the north", {"rebuild: event=rebuild"}},
      {"The villagers rebuild bridges. They often do.", {}},
      // A noun before a past form is the headline's subject, not a verb.
      {"Ferry route closed after storm", {"closed: event=close"}},
      // A noun after a preposition is no subject.
      {"Minister to arrive in Rome for state visit",
       {"arrive: event=arrive place=rome PLANNED"}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(GenericClaims(c.text), c.claims) << c.text;
  }
}

// A gerund is a verb after "be", after a subordinator or preposition, and
// after a comma when its object follows; elsewhere it is left alone.
TEST(GenericEventsTest, GerundClauses) {
  struct Case {
    std::string text;
    std::vector<std::string> claims;
  } cases[] = {
      {"The hiker was rescued after falling into a ravine.",
       {"falling: event=fall"}},
      {"The storm hit the coast, flooding the harbour.",
       {"flooding: event=flood"}},
      {"The storm hit the coast, flooding.", {}},
      {"Swimming is healthy.", {}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(GenericClaims(c.text), c.claims) << c.text;
  }
}

// A frame's verb that no rule of any frame read is an event like any other
// verb; one that a rule read stays the frame's, kept or rejected.
TEST(GenericEventsTest, FrameVerbsNoRuleReadAreEvents) {
  struct Case {
    std::string text;
    std::vector<std::string> claims;
  } cases[] = {
      {"The old warehouse burned to the ground on Monday.",
       {"burned: event=burn time=2026-03-09"}},
      {"The two men were charged with murder.", {}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(GenericClaims(c.text), c.claims) << c.text;
  }
}

// An amount of money keeps the amount in another currency that the text
// gives beside it in parentheses (the article's own rate); an amount in
// the same currency or without parentheses adds nothing.
TEST(GenericEventsTest, MoneyKeepsTheRateTheTextGives) {
  struct Case {
    std::string text;
    std::string equivalents;  // "<value> <unit>", comma-separated
  } cases[] = {
      {"The gang stole €85 million ($108 million) from the vault.",
       "108000000 dollar"},
      {"The gang stole $108 million (€85 million) from the vault.",
       "85000000 euro"},
      {"The gang stole €85 million from the vault.", ""},
  };
  for (const Case& c : cases) {
    std::string got;
    bool money = false;
    for (const Claim& claim : ExtractText(c.text, "2026-03-10")) {
      for (const Argument& a : claim.args()) {
        if (a.role() != "money") continue;
        money = true;
        for (const Quantity& q : a.value().quantity().equivalents()) {
          if (!got.empty()) got += ",";
          got += std::to_string(static_cast<long long>(q.value())) + " " +
                 q.unit();
        }
      }
    }
    EXPECT_TRUE(money) << c.text;
    EXPECT_EQ(got, c.equivalents) << c.text;
  }
}

// A frame claim's trigger never yields a generic claim too, nor does a
// frame's own verb when its rules do not fire.
TEST(GenericEventsTest, FramesStayTheirs) {
  EXPECT_EQ(GenericClaims("Gunmen killed three people in Lagos on Monday."),
            std::vector<std::string>{});
  EXPECT_EQ(GenericClaims("He was charged with murder."),
            std::vector<std::string>{});
  // A frame's verb with its particle ("take over" is ACQUIRE's).
  EXPECT_EQ(GenericClaims("The rebels took over the airport."),
            std::vector<std::string>{});
}

// Background after the lead yields no generic claim.
TEST(GenericEventsTest, OnlyTheLead) {
  std::string text;
  for (int i = 0; i < 12; ++i) text += "The ferry sailed.\n\n";
  const std::vector<std::string> claims = GenericClaims(text);
  EXPECT_GT(claims.size(), 0u);
  EXPECT_LT(claims.size(), 12u);
}

TEST(GenericEventsCreateTest, BadDataIsAnErrorNamingTheFile) {
  auto lexicon = Lexicon::FromTextproto(embedded::kLexicon);
  ASSERT_TRUE(lexicon.ok());
  auto cues = CountCues::FromTextproto(embedded::kCounts);
  ASSERT_TRUE(cues.ok());
  auto bad = GenericEvents::Create(**lexicon, "verb_lexfiles: [\"verb.nope\"]",
                                   cues->get(), "my_events.textproto");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("my_events.textproto"),
            std::string::npos);
  EXPECT_NE(bad.status().message().find("verb.nope"), std::string::npos);
  EXPECT_FALSE(
      GenericEvents::Create(**lexicon, "not a textproto {", cues->get()).ok());
  EXPECT_TRUE(
      GenericEvents::Create(**lexicon, embedded::kGenericEvents, cues->get())
          .ok());
}

}  // namespace
}  // namespace accord
