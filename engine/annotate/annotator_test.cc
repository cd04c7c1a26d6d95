#include "engine/annotate/annotator.h"

#include <string>
#include <vector>

#include "engine/data/embedded_data.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

class AnnotatorTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    gaz_ = Gazetteer::FromTextproto(embedded::kGazetteer).value().release();
  }
  // "TAG:surface=id" for each mention of each sentence.
  static std::vector<std::string> Tags(const std::string& text) {
    Document doc;
    doc.set_id("d");
    doc.set_published("2025-05-07");  // a Wednesday
    doc.set_text(text);
    Annotator annotator(gaz_);
    std::vector<std::string> out;
    for (const AnnotatedSentence& s : annotator.Annotate(doc)) {
      for (const Mention& m : s.mentions) {
        std::string v = m.value.entity_id();
        if (m.value.has_time()) v = m.value.time().begin().substr(0, 10);
        if (m.value.has_duration()) {
          v = std::to_string(
              static_cast<int64_t>(m.value.duration().seconds()));
        }
        if (m.value.kind_case() == Value::kOrdinal) {
          v = std::to_string(m.value.ordinal());
        }
        out.push_back(m.tag + ":" + text.substr(m.begin, m.end - m.begin) +
                      "=" + v);
      }
    }
    return out;
  }
  static Gazetteer* gaz_;
};
Gazetteer* AnnotatorTest::gaz_ = nullptr;

struct Case {
  std::string text;
  std::vector<std::string> want;
};

TEST_F(AnnotatorTest, Table) {
  const Case cases[] = {
      {"Putin proposed a 72-hour truce.",
       {"PER:Putin=vladimir_putin", "DUR:72-hour=259200",
        "THG:truce=ceasefire"}},
      // Unknown people are recognized by a title and their surname later.
      {"Governor Maria Lopez spoke. Lopez left.",
       {"PER:Maria Lopez=maria_lopez", "PER:Lopez=maria_lopez"}},
      // An age before two capitalized words names a person; a demonym the
      // gazetteer knows stays a demonym.
      {"On Friday, 36-year-old Peter Vasko fell. Vasko was rescued.",
       {"TIME:On Friday=2025-05-02", "NUM:36=", "PER:Peter Vasko=peter_vasko",
        "PER:Vasko=peter_vasko"}},
      {"A 40-year-old French Climber fell.", {"NUM:40=", "DEM:French=france"}},
      // Pronouns take the latest person.
      {"Xi arrived. He smiled.", {"PER:Xi=xi_jinping", "PRO:He=xi_jinping"}},
      // Occasion nouns take the latest occasion.
      {"Victory Day is near. The parade starts soon.",
       {"EVT:Victory Day=victory_day", "EVT:parade=victory_day"}},
      // A weekday in a past clause points back, in a future one forward.
      {"Talks ended Monday.", {"TIME:Monday=2025-05-05"}},
      {"Talks will resume on Monday.", {"TIME:on Monday=2025-05-12"}},
      // "the 25th anniversary" is an ordinal, not a date.
      {"They marked the 25th anniversary.", {"ORD:25th=25"}},
      // Quoted speech of four or more words becomes one mention.
      {"\"We will not back down,\" she said.",
       {"QUOTE:\"We will not back down,\"=", "PRO:she="}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Tags(c.text), c.want) << c.text;
  }
}

TEST(SlugIdTest, Table) {
  EXPECT_EQ(SlugId("Tara Reid"), "tara_reid");
  EXPECT_EQ(SlugId("O'Neil-Smith  Jr."), "o_neil_smith_jr");
  EXPECT_EQ(SlugId(""), "");
}

}  // namespace
}  // namespace accord
