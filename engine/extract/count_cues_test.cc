#include "engine/extract/count_cues.h"

#include <memory>
#include <string>

#include "engine/annotate/annotator.h"
#include "engine/annotate/gazetteer.h"
#include "engine/data/embedded_data.h"
#include "engine/rules/tagged_sentence.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

class CountCuesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto g = Gazetteer::FromTextproto(embedded::kGazetteer);
    ASSERT_TRUE(g.ok()) << g.status();
    gazetteer_ = std::move(*g);
    annotator_ =
        std::make_unique<Annotator>(gazetteer_.get(), AnnotatorOptions());
    auto c = CountCues::FromTextproto(embedded::kCounts);
    ASSERT_TRUE(c.ok()) << c.status();
    cues_ = std::move(*c);
  }

  // Tags `sentence` and calls `f` with the tagged sentence and the index of
  // the number mention whose surface is `number`; fails when there is none.
  template <typename F>
  void WithNumber(const std::string& sentence, const std::string& number, F f) {
    Document doc;
    doc.set_id("t");
    doc.set_text(sentence);
    const std::vector<AnnotatedSentence> ss = annotator_->Annotate(doc);
    ASSERT_EQ(ss.size(), 1u) << sentence;
    const TaggedSentence t = TaggedSentence::Render(sentence, ss[0]);
    for (size_t i = 0; i < ss[0].mentions.size(); ++i) {
      const Mention& m = ss[0].mentions[i];
      if ((m.tag == "NUM" || m.tag == "QTY") && m.value.surface() == number) {
        f(t, static_cast<int>(i));
        return;
      }
    }
    FAIL() << "no number '" << number << "' in: " << t.text();
  }

  std::unique_ptr<Gazetteer> gazetteer_;
  std::unique_ptr<Annotator> annotator_;
  std::unique_ptr<CountCues> cues_;
};

TEST_F(CountCuesTest, TellsAgesFromCounts) {
  struct Case {
    const char* sentence;
    const char* number;
    bool age;
  };
  const Case kCases[] = {
      // Appositions after a name or a noun, closed by a comma, a
      // parenthesis, "and" before another name, or the sentence's end.
      {"Maria Gonzalez, 52, was stabbed on Tuesday.", "52", true},
      {"The driver, 61, was hurt.", "61", true},
      {"Tom Baker (19) was arrested.", "19", true},
      {"Ana Ruiz, 8, and Leo Ruiz, 11, were hurt.", "8", true},
      {"Ana Ruiz, 8, and Leo Ruiz, 11, were hurt.", "11", true},
      {"The man who died was Peter Wolf, 70.", "70", true},
      // The last age of a list of names, its closing comma dropped.
      {"Omar Diaz, 19, and Lena Ortiz, 22 were arrested.", "22", true},
      // A count after one name is still a count.
      {"Police shot Omar Diaz, 12 were evacuated.", "12", false},
      // Age units and markers.
      {"Gunmen killed a 33-year-old courier.", "33", true},
      {"The blast wounded 7 year old twins.", "7", true},
      {"A 3-month-old girl was found.", "3", true},
      {"A woman aged 81 was injured.", "81", true},
      {"Pupils under the age of 12 were evacuated.", "12", true},
      {"Two brothers, both 15, were detained.", "15", true},
      // Counts.
      {"Gunmen killed 33 villagers.", "33 villagers", false},
      {"Nine people were hurt and 4 were detained.", "4", false},
      {"Six were shot, two of them fatally.", "two", false},
      {"The storm killed 12, officials said.", "12", false},
  };
  for (const Case& c : kCases) {
    WithNumber(c.sentence, c.number, [&](const TaggedSentence& t, int i) {
      EXPECT_EQ(cues_->IsAge(t, i), c.age) << c.sentence << "\n" << t.text();
    });
  }
}

TEST_F(CountCuesTest, FindsPartitives) {
  struct Case {
    const char* sentence;
    const char* number;
    bool partitive;
  };
  const Case kCases[] = {
      {"Six were shot, two of them fatally.", "two", true},
      {"Eight were hurt, three of whom remain in hospital.", "three", true},
      {"Six were shot and two died.", "two", false},
      {"Two of the suspects fled.", "Two", false},
  };
  for (const Case& c : kCases) {
    WithNumber(c.sentence, c.number, [&](const TaggedSentence& t, int i) {
      EXPECT_EQ(cues_->IsPartitive(t, i), c.partitive) << c.sentence << "\n"
                                                       << t.text();
    });
  }
}

TEST_F(CountCuesTest, ClauseWordsComeFromTheData) {
  EXPECT_TRUE(cues_->IsClauseWord("were"));
  EXPECT_TRUE(cues_->IsClauseWord("was"));
  EXPECT_FALSE(cues_->IsClauseWord("soldiers"));
}

TEST(CountCuesFileTest, RejectsMalformedOrEmptyFiles) {
  EXPECT_FALSE(CountCues::FromTextproto("age_units: [").ok());
  EXPECT_FALSE(CountCues::FromTextproto("age_units: [\"year\"]").ok());
}

}  // namespace
}  // namespace accord
