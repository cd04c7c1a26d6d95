#include "engine/annotate/gazetteer.h"

#include <string>
#include <vector>

#include "engine/data/embedded_data.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

std::vector<std::string> Ids(const Gazetteer& g, const std::string& text) {
  std::vector<std::string> out;
  for (const GazetteerMatch& m : g.FindAll(text)) {
    out.push_back((m.demonym ? "dem:" : "") + m.entity->id());
  }
  return out;
}

class EmbeddedGazetteerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    gaz_ = Gazetteer::FromTextproto(embedded::kGazetteer).value().release();
  }
  static Gazetteer* gaz_;
};
Gazetteer* EmbeddedGazetteerTest::gaz_ = nullptr;

struct Case {
  std::string text;
  std::vector<std::string> want;
};

TEST_F(EmbeddedGazetteerTest, FindsNamesAliasesAndDemonyms) {
  const Case cases[] = {
      {"Zelenskyy met Zelenskiy",
       {"volodymyr_zelenskyy", "volodymyr_zelenskyy"}},
      {"Chinese President Xi Jinping", {"dem:china", "xi_jinping"}},
      {"Xinhua reported", {}},  // no match inside a word
      {"Turkmenistan\xE2\x80\x99s leader", {"turkmenistan"}},  // curly 's
      {"a 30-day CEASEFIRE", {"ceasefire"}},  // nouns in any case
      {"the Kremlin said", {"kremlin"}},
      {"in World War Two", {"world_war_ii"}},
      {"the Great Patriotic War", {"world_war_ii"}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Ids(*gaz_, c.text), c.want) << c.text;
  }
}

TEST_F(EmbeddedGazetteerTest, ContainmentAndMetonymy) {
  EXPECT_TRUE(gaz_->IsPartOf("moscow", "russia"));
  EXPECT_TRUE(gaz_->IsPartOf("red_square", "russia"));
  EXPECT_FALSE(gaz_->IsPartOf("russia", "moscow"));
  EXPECT_EQ(gaz_->ActorId("beijing"), "china");
  EXPECT_EQ(gaz_->ActorId("kremlin"), "russia");
  EXPECT_EQ(gaz_->ActorId("xi_jinping"), "xi_jinping");
}

TEST(GazetteerTest, RejectsInconsistentData) {
  const std::string bad[] = {
      "entities { id: \"a\" name: \"A\" } entities { id: \"a\" name: \"B\" }",
      "entities { id: \"a\" name: \"Same\" } entities { id: \"b\" name: "
      "\"Same\" }",
      "entities { id: \"a\" name: \"A\" part_of: \"nowhere\" }",
      "entities { id: ",
  };
  for (const std::string& text : bad) {
    EXPECT_FALSE(Gazetteer::FromTextproto(text).ok()) << text;
  }
}

}  // namespace
}  // namespace accord
