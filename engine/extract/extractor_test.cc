#include "engine/extract/extractor.h"

#include <map>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "engine/extract/extract_text.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

// The claims of `text`, published on a Wednesday, 2024-03-13.
std::vector<Claim> Extract(absl::string_view text) {
  return ExtractText(text, "2024-03-13", "src");
}

// A compact rendering of a claim's arguments: role=value-key, sorted.
std::string ArgsOf(const Claim& c) {
  std::vector<std::string> parts;
  for (const Argument& a : c.args()) {
    const Value& v = a.value();
    std::string value;
    switch (v.kind_case()) {
      case Value::kEntityId:
        value = v.entity_id();
        break;
      case Value::kTime:
        value = v.time().begin().substr(0, 10);
        break;
      case Value::kDuration:
        value =
            std::to_string(static_cast<int64_t>(v.duration().seconds())) + "s";
        break;
      case Value::kOrdinal:
        value = "#" + std::to_string(v.ordinal());
        break;
      case Value::kSet: {
        for (const Value& m : v.set().members()) {
          value += (value.empty() ? "{" : ",") + m.entity_id();
        }
        value += "}";
        break;
      }
      case Value::kText:
        value = "\"" + v.text() + "\"";
        break;
      default:
        value = "?";
    }
    parts.push_back(a.role() + "=" + value);
  }
  std::sort(parts.begin(), parts.end());
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : " ") + p;
  return out;
}

struct Case {
  std::string text;
  std::string frame;
  std::string args;  // as ArgsOf renders them
  Modality modality = ASSERTED;
  Polarity polarity = POSITIVE;
};

// Sentences written for these tests (not taken from any corpus), one per
// wording family the rules claim to cover.
// A negation counts only when it governs the trigger's own verb group.
TEST(ExtractorTest, NegationScope) {
  struct PolarityCase {
    const char* text;
    const char* frame;
    Polarity polarity;
  };
  const PolarityCase cases[] = {
      {"Chancellor Olaf Scholz did not travel to Kyiv.", "VISIT", NEGATIVE},
      {"Police never arrested the driver.", "ARREST", NEGATIVE},
      {"The suspect was not arrested at the scene.", "ARREST", NEGATIVE},
      {"The governor refused to resign.", "RESIGN", NEGATIVE},
      {"The mayor hasn't resigned.", "RESIGN", NEGATIVE},
      // The negation belongs to another verb of the sentence.
      {"The spokesman did not say when the mayor resigned.", "RESIGN",
       POSITIVE},
      {"Officials would not comment, but police arrested two men.", "ARREST",
       POSITIVE},
      {"The lawyer said his client isn't the man who killed the guard.", "KILL",
       POSITIVE},
      // "not only ... but" affirms.
      {"The navy not only repelled the raid but arrested the crew.", "PREVENT",
       POSITIVE},
  };
  for (const PolarityCase& c : cases) {
    const Claim* found = nullptr;
    const std::vector<Claim> claims = Extract(c.text);
    for (const Claim& claim : claims) {
      if (claim.frame() == c.frame) found = &claim;
    }
    if (found == nullptr) {
      ADD_FAILURE() << c.frame << " not found in: " << c.text;
      continue;
    }
    EXPECT_EQ(found->polarity(), c.polarity) << c.text;
  }
}

// Two rules reading one phrase ("life sentence" and "sentence", "double
// murder" and "murder") make one claim, with the longer trigger; two
// events of one frame in a sentence stay two.
TEST(ExtractorTest, OverlappingTriggersOfOneFrameAreOneClaim) {
  struct OverlapCase {
    const char* text;
    const char* frame;
    std::vector<std::string> triggers;
  };
  const OverlapCase cases[] = {
      {"The man is serving a life sentence.", "SENTENCE", {"life sentence"}},
      {"He was charged a week after the double murder.",
       "KILL",
       {"double murder"}},
      {"He was serving a prison sentence when he received a death sentence.",
       "SENTENCE",
       {"prison sentence", "death sentence"}},
  };
  for (const OverlapCase& c : cases) {
    std::vector<std::string> triggers;
    for (const Claim& claim : Extract(c.text)) {
      if (claim.frame() == c.frame) triggers.push_back(claim.trigger().text());
    }
    EXPECT_EQ(triggers, c.triggers) << c.text;
  }
}

// A capitalized verb (not also the frame's noun) inside running text is a
// word of a name; a title-case headline capitalizes its verbs.
TEST(ExtractorTest, ACapitalizedVerbInsideASentenceIsAName) {
  struct NameCase {
    const char* text;
    const char* frame;
    bool claimed;
  };
  const NameCase cases[] = {
      {"He turned himself in at the Lakeview County Jail on Monday.",
       "SENTENCE", false},
      {"The judge said she would jail him for contempt.", "SENTENCE", true},
      {"Police Arrest 3 After Bank Raid In Leeds", "ARREST", true},
      {"Deputies drove the man to the Orange County Jail.", "SENTENCE", false},
      // A noun of the frame is left to the compound test: "arrest" is
      // ARREST's noun too.
      {"Police said they made the arrest at the Arrest Processing Center.",
       "ARREST", true},
  };
  for (const NameCase& c : cases) {
    bool claimed = false;
    for (const Claim& claim : Extract(c.text)) {
      claimed |= claim.frame() == c.frame;
    }
    EXPECT_EQ(claimed, c.claimed) << c.text;
  }
}

TEST(ExtractorTest, FramesAndArguments) {
  const Case cases[] = {
      {"Indian Prime Minister Narendra Modi will travel to Tokyo from March "
       "18 to 20.",
       "VISIT", "agent=narendra_modi destination=tokyo time=2024-03-18",
       PLANNED},
      {"President Emmanuel Macron arrived in Berlin on Monday.", "VISIT",
       "agent=emmanuel_macron destination=berlin time=2024-03-11"},
      {"Erdogan is on a three-day state visit to Hungary.", "VISIT",
       "agent=recep_tayyip_erdogan destination=hungary duration=259200s"},
      {"Chancellor Olaf Scholz has not committed to traveling to Kyiv.",
       "VISIT", "agent=olaf_scholz destination=kyiv", PLANNED, NEGATIVE},
      {"Lukashenko met Kim Jong Un in Pyongyang.", "MEET",
       "agent=alexander_lukashenko partner=kim_jong_un"},
      {"Hamas rejected the truce proposal.", "REJECT",
       "agent=hamas theme=ceasefire"},
      {"The Israeli cabinet will propose a 42-day truce.", "PROPOSE",
       "agent=israel duration=3628800s theme=ceasefire", PLANNED},
      {"Guterres urged a humanitarian ceasefire.", "CALL_FOR",
       "agent=antonio_guterres theme=ceasefire"},
      {"Kyiv accused Moscow of shelling civilian areas.", "ACCUSE",
       "agent=kyiv charge=\"shelling\" target=moscow"},
      {"The leaders of France, Germany and Poland will attend the summit in "
       "Vilnius.",
       "ATTEND", "agent={france,germany,poland} event=@occasion", PLANNED},
      {"Biden invited Netanyahu to visit the White House.", "INVITE",
       "agent=joe_biden invitee=benjamin_netanyahu"},
      {"It was Modi's fifth trip to the United States since 2014.",
       "RECURRENCE",
       "agent=narendra_modi kind=\"trip\" ordinal=#5 scope=2014-01-01 "
       "target=united_states"},
      {"\"We will not back down,\" Zelensky said.", "STATE",
       "speaker=volodymyr_zelenskyy text=\"we will not back down,\""},
      {"Rome marked the 100th anniversary of the end of World War I.",
       "ANNIVERSARY", "of=world_war_i ordinal=#100"},
  };
  for (const Case& c : cases) {
    const std::vector<Claim> claims = Extract(c.text);
    const Claim* found = nullptr;
    for (const Claim& claim : claims) {
      if (claim.frame() == c.frame) found = &claim;
    }
    if (found == nullptr) {
      ADD_FAILURE() << c.frame << " not found in: " << c.text;
      continue;
    }
    EXPECT_EQ(ArgsOf(*found), c.args) << c.text;
    EXPECT_EQ(found->modality(), c.modality) << c.text;
    EXPECT_EQ(found->polarity(), c.polarity) << c.text;
  }
}

TEST(ExtractorTest, SentencesWithoutEventsYieldNothing) {
  const std::string texts[] = {
      "The weather in Paris was mild.",
      "Analysts say the market remains volatile.",
      "Visit our website for more information.",
      "",
  };
  for (const std::string& t : texts) {
    EXPECT_TRUE(Extract(t).empty()) << t;
  }
}

TEST(ExtractorTest, ClaimsPointAtTheirSentenceAndTrigger) {
  const std::string text =
      "Headline words here.\nMacron will visit Rome on Friday. Scholz met "
      "Macron.";
  for (const Claim& c : Extract(text)) {
    EXPECT_EQ(text.substr(c.sentence().begin(),
                          c.sentence().end() - c.sentence().begin()),
              c.sentence().text());
    EXPECT_EQ(text.substr(c.trigger().begin(),
                          c.trigger().end() - c.trigger().begin()),
              c.trigger().text());
    EXPECT_FALSE(c.trigger().text().empty());
    EXPECT_EQ(c.source_id(), "src");
  }
}

TEST(ExtractorTest, MarkdownEmphasisDoesNotHideClaims) {
  const std::vector<Claim> claims =
      Extract("# Talks\n\n**Macron** will *visit* Rome on Friday.\n");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].frame(), "VISIT");
  EXPECT_EQ(ArgsOf(claims[0]),
            "agent=emmanuel_macron destination=rome time=2024-03-15");
}

TEST(ExtractorTest, AnaphoricOfferTakesTheLatestProposal) {
  const std::vector<Claim> claims = Extract(
      "Moscow proposed a five-day truce. Kyiv rejected the offer on "
      "Tuesday.");
  const Claim* reject = nullptr;
  for (const Claim& c : claims) {
    if (c.frame() == "REJECT") reject = &c;
  }
  ASSERT_NE(reject, nullptr);
  EXPECT_EQ(ArgsOf(*reject), "agent=kyiv duration=432000s theme=ceasefire");
}

TEST(ExtractorTest, PronounsResolveToTheLatestPerson) {
  const std::vector<Claim> claims =
      Extract("Narendra Modi spoke in Delhi. He will travel to Paris.");
  ASSERT_FALSE(claims.empty());
  EXPECT_EQ(ArgsOf(claims.back()), "agent=narendra_modi destination=paris");
}

TEST(ExtractorTest, ClaimLimitIsAPerDocumentError) {
  ExtractorOptions options;
  options.max_claims_per_document = 1;
  auto x = Extractor::Create(options).value();
  Document doc;
  doc.set_id("many");
  doc.set_path("dir/many.txt");
  doc.set_text("Macron met Scholz. Modi met Biden. Lula met Xi.");
  auto claims = x->Extract(doc);
  ASSERT_FALSE(claims.ok());
  EXPECT_NE(claims.status().message().find("dir/many.txt"), std::string::npos);
}

}  // namespace
}  // namespace accord
