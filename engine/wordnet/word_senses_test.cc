#include "engine/wordnet/word_senses.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace accord {
namespace {

TEST(WordSensesTest, LemmatizesRegularAndIrregularForms) {
  struct Case {
    const char* word;
    WordSenses::Pos pos;
    const char* lemma;
    WordSenses::Form form;
  } cases[] = {
      {"rob", WordSenses::kVerb, "rob", WordSenses::kLemma},
      {"robbed", WordSenses::kVerb, "rob", WordSenses::kPast},  // verb.exc
      {"Destroyed", WordSenses::kVerb, "destroy", WordSenses::kPast},
      {"fled", WordSenses::kVerb, "flee", WordSenses::kPast},
      {"stolen", WordSenses::kVerb, "steal", WordSenses::kPast},
      {"evacuates", WordSenses::kVerb, "evacuate", WordSenses::kThirdPerson},
      {"raising", WordSenses::kVerb, "raise", WordSenses::kGerund},
      {"collapsing", WordSenses::kVerb, "collapse", WordSenses::kGerund},
      {"fires", WordSenses::kNoun, "fire", WordSenses::kPlural},
      {"robberies", WordSenses::kNoun, "robbery", WordSenses::kPlural},
      {"crises", WordSenses::kNoun, "crisis", WordSenses::kPlural},  // exc
  };
  for (const Case& c : cases) {
    WordSenses::Sense s;
    ASSERT_TRUE(WordSenses::Find(c.word, c.pos, &s)) << c.word;
    EXPECT_EQ(s.lemma, c.lemma) << c.word;
    EXPECT_EQ(s.form, c.form) << c.word;
  }
}

TEST(WordSensesTest, UnknownWordsAreNotFound) {
  WordSenses::Sense s;
  EXPECT_FALSE(WordSenses::Find("", WordSenses::kVerb, &s));
  EXPECT_FALSE(WordSenses::Find("xyzzyplugh", WordSenses::kVerb, &s));
  // Nouns whose first sense is an object are not in the noun table.
  EXPECT_FALSE(WordSenses::Find("table", WordSenses::kNoun, &s));
  EXPECT_FALSE(WordSenses::Find(std::string(200, 'a'), WordSenses::kNoun, &s));
}

TEST(WordSensesTest, LexicographerFiles) {
  struct Case {
    const char* word;
    WordSenses::Pos pos;
    const char* lexfile;
  } cases[] = {
      {"rob", WordSenses::kVerb, "verb.possession"},
      {"punched", WordSenses::kVerb, "verb.contact"},
      {"think", WordSenses::kVerb, "verb.cognition"},
      {"earthquake", WordSenses::kNoun, "noun.event"},
      {"robbery", WordSenses::kNoun, "noun.act"},
  };
  for (const Case& c : cases) {
    WordSenses::Sense s;
    ASSERT_TRUE(WordSenses::Find(c.word, c.pos, &s)) << c.word;
    EXPECT_EQ(WordSenses::LexfileName(s.first_lexfile), c.lexfile) << c.word;
    EXPECT_NE(s.lexfiles & (uint64_t{1} << s.first_lexfile), 0u);
  }
  EXPECT_EQ(WordSenses::LexfileNumber("noun.event"), 11);
  EXPECT_EQ(WordSenses::LexfileNumber("verb.weather"), 43);
  EXPECT_EQ(WordSenses::LexfileNumber("verb.nothing"), -1);
  EXPECT_EQ(WordSenses::LexfileName(99), "");
}

// Words WordNet relates share an event group; unrelated ones do not.
TEST(WordSensesTest, EventGroups) {
  auto group = [](const char* word, WordSenses::Pos pos) {
    WordSenses::Sense s;
    EXPECT_TRUE(WordSenses::Find(word, pos, &s)) << word;
    return WordSenses::GroupKey(s);
  };
  const auto n = WordSenses::kNoun, v = WordSenses::kVerb;
  EXPECT_EQ(group("quake", n), group("earthquake", n));  // synonyms
  EXPECT_EQ(group("temblor", n), group("earthquake", n));
  EXPECT_EQ(group("robbery", n), group("rob", v));  // derivation
  EXPECT_EQ(group("robberies", n), group("robbed", v));
  EXPECT_EQ(group("explosion", n), group("exploded", v));
  EXPECT_EQ(group("destruction", n), group("destroy", v));
  // A noun derived from a rarer sense of a verb joins the verb's first
  // sense only within one lexicographer file: the attack is an attack, but
  // a fire (burning) is not "fired" (shot).
  EXPECT_EQ(group("attack", n), group("attacked", v));
  EXPECT_NE(group("fire", n), group("fired", v));
  EXPECT_NE(group("earthquake", n), group("rob", v));
  EXPECT_NE(group("flood", n), group("earthquake", n));
  EXPECT_EQ(group("rob", v).rfind("rob.v.", 0), 0u) << group("rob", v);
}

// Nouns of communication are listed: a speech act is often told by its
// noun ("made the announcement"). Such a noun joins the verb it derives
// from only through that verb's first sense, so the broad class of
// saying does not chain unrelated verbs into one group.
TEST(WordSensesTest, CommunicationNouns) {
  auto group = [](const char* word, WordSenses::Pos pos) {
    WordSenses::Sense s;
    EXPECT_TRUE(WordSenses::Find(word, pos, &s)) << word;
    return WordSenses::GroupKey(s);
  };
  const auto n = WordSenses::kNoun, v = WordSenses::kVerb;
  for (const char* word : {"announcement", "speech", "interview"}) {
    WordSenses::Sense s;
    ASSERT_TRUE(WordSenses::Find(word, n, &s)) << word;
    EXPECT_EQ(WordSenses::LexfileName(s.first_lexfile), "noun.communication")
        << word;
  }
  EXPECT_EQ(group("announcement", n), group("announced", v));
  EXPECT_EQ(group("announcements", n), group("announce", v));
  // Verbs of saying keep the groups of their own first senses.
  EXPECT_NE(group("signed", v), group("argued", v));
  EXPECT_NE(group("said", v), group("recounted", v));
  EXPECT_NE(group("investigated", v), group("asked", v));
  EXPECT_EQ(group("said", v).rfind("state.v.", 0), 0u) << group("said", v);
  EXPECT_EQ(group("announced", v).rfind("announce.v.", 0), 0u);
}

// A verb with its particle is a lemma of its own, joined by "_"; its noun
// ("takeover", "outbreak") joins its group by derivation.
TEST(WordSensesTest, TwoWordVerbs) {
  WordSenses::Sense s;
  ASSERT_TRUE(WordSenses::Find("take_over", WordSenses::kVerb, &s));
  EXPECT_EQ(s.lemma, "take_over");
  EXPECT_EQ(s.form, WordSenses::kLemma);
  WordSenses::Sense noun;
  ASSERT_TRUE(WordSenses::Find("takeover", WordSenses::kNoun, &noun));
  EXPECT_EQ(WordSenses::GroupKey(s), WordSenses::GroupKey(noun));
  EXPECT_TRUE(WordSenses::Find("kick_off", WordSenses::kVerb, &s));
  EXPECT_TRUE(WordSenses::Find("break_out", WordSenses::kVerb, &s));
  // Three words are not listed.
  EXPECT_FALSE(WordSenses::Find("put_up_with", WordSenses::kVerb, &s));
}

// Every sense is kept, in WordNet's order: the first is `synset`, and a
// word's rarer senses are reachable ("fire" is a burning, then a
// shooting).
TEST(WordSensesTest, AllSensesInOrder) {
  WordSenses::Sense fire;
  ASSERT_TRUE(WordSenses::Find("fires", WordSenses::kNoun, &fire));
  ASSERT_GE(fire.senses, 3);
  EXPECT_EQ(WordSenses::SenseAt(fire, 0).id, fire.synset);
  EXPECT_EQ(WordSenses::SenseAt(fire, 0).lexfile, fire.first_lexfile);
  EXPECT_EQ(WordSenses::LexfileName(WordSenses::SenseAt(fire, 0).lexfile),
            "noun.event");
  EXPECT_EQ(WordSenses::LexfileName(WordSenses::SenseAt(fire, 1).lexfile),
            "noun.act");  // the firing of weapons
  // "blaze" (a strong flame) is a kind of fire as combustion, fire's third
  // sense, not its first.
  WordSenses::Sense blaze;
  ASSERT_TRUE(WordSenses::Find("blaze", WordSenses::kNoun, &blaze));
  EXPECT_NE(blaze.hypernym, fire.synset);
  EXPECT_EQ(blaze.hypernym, WordSenses::SenseAt(fire, 2).id);
  // One synset has one id in every word: "heist" is first a rip-off, and
  // its second sense, an armed robbery, is "holdup"'s first.
  WordSenses::Sense heist, holdup;
  ASSERT_TRUE(WordSenses::Find("heists", WordSenses::kNoun, &heist));
  ASSERT_TRUE(WordSenses::Find("holdup", WordSenses::kNoun, &holdup));
  ASSERT_GE(heist.senses, 2);
  EXPECT_NE(heist.synset, holdup.synset);
  EXPECT_EQ(WordSenses::SenseAt(heist, 1).id, holdup.synset);
  // Every lemma's senses lie inside the table.
  EXPECT_GT(WordSenses::SenseCount(), WordSenses::LemmaCount());
}

TEST(WordSensesTest, TableIsCompiledIn) {
  EXPECT_GT(WordSenses::LemmaCount(), 10000u);
  EXPECT_GT(WordSenses::ExceptionCount(), 2000u);
}

// Find remembers each thread's recent answers: a repeated lookup (in any
// case, found or not, after other words have taken cache slots) must give
// what the first gave.
TEST(WordSensesTest, RepeatedLookupsAgree) {
  const char* words[] = {"robbed", "Robbed", "fled",     "fires", "crises",
                         "table",  "the",    "shooting", "xyzzy", "mice"};
  struct Answer {
    bool found;
    WordSenses::Sense sense;
  };
  std::vector<Answer> first;
  for (int round = 0; round < 3; ++round) {
    size_t n = 0;
    for (const char* w : words) {
      for (WordSenses::Pos pos : {WordSenses::kNoun, WordSenses::kVerb}) {
        WordSenses::Sense s;
        const bool found = WordSenses::Find(w, pos, &s);
        if (round == 0) {
          first.push_back({found, s});
        } else {
          const Answer& a = first[n];
          ASSERT_EQ(found, a.found) << w;
          EXPECT_EQ(s.lemma, a.sense.lemma) << w;
          EXPECT_EQ(s.form, a.sense.form) << w;
          EXPECT_EQ(s.synset, a.sense.synset) << w;
          EXPECT_EQ(s.senses, a.sense.senses) << w;
        }
        ++n;
      }
    }
    // Other words between the rounds.
    for (int i = 0; i < 5000; ++i) {
      WordSenses::Sense s;
      WordSenses::Find("w" + std::to_string(i), WordSenses::kNoun, &s);
    }
  }
}

}  // namespace
}  // namespace accord
