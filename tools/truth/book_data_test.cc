#include "tools/truth/book_data.h"

#include "gtest/gtest.h"

namespace accord {
namespace truth {
namespace {

TEST(BookDataTest, SurnameKeys) {
  struct Case {
    const char* raw;
    const char* want;
  } cases[] = {
      {"Knuth, Donald E.", "knuth"},
      {"Donald E. Knuth", "knuth"},
      {"KNUTH, DONALD E.", "knuth"},
      {"Yacht, Carol; Crosson, Susan", "crosson;yacht"},
      {"Yacht, Carol, And Crosson, Susan", "crosson;yacht"},
      {"Yacht, Carol/ Crosson, Susan", "crosson;yacht"},
      {"Donald E. Knuth John Fuller", "fuller;knuth"},
      {"Connolly, Thomas M.Begg, Carolyn E.", "begg;connolly"},
      {"Richard Johnsonbaugh, Marcus Schaefer", "johnsonbaugh;schaefer"},
      {"Farquhar, Erin (Author) Bunce, Philip J. (Author)", "bunce;farquhar"},
      {"By (author) Schulz, Greg", "schulz"},
      {"Deitel &amp; Associates", "deitel"},
      {"o'leary, timothy j.;  o'leary, linda i.;  ", "oleary;oleary"},
      {"Van Der Linden, Peter", "linden"},
      {"Stevens, W.Richard; Wright, Gary R.", "stevens;wright"},
      {"Stevens, W. RichardWright, Gary R.", "stevens;wright"},
      {"McDonald, Ian; MacLeod, Ken", "macleod;mcdonald"},
      {"Holger H. Hoos, Thomas St&uuml;tzle", "hoos;stutzle"},
      {"Smith, Connie U.; Williams, Lloyd G.; Smith, Connie; Williams, Lloyd",
       "smith;williams"},
      {"Moore, Martin (Author) Hancock, Steven (Author) Hancock, Steve",
       "hancock;moore"},
      {"Smith, John; Smith, Mary", "smith;smith"},
      {"Not Available", ""},
      {"", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(SurnameKey(ParseAuthorList(c.raw)), c.want) << c.raw;
  }
}

TEST(BookDataTest, JaccardSimilarity) {
  BookValueModel m;
  EXPECT_EQ(m.Similarity("authors", "knuth", "knuth"), 1);
  EXPECT_NEAR(m.Similarity("authors", "knuth", "fuller;knuth"), 0.5, 1e-9);
  EXPECT_EQ(m.Similarity("authors", "a", "b"), 0);
  EXPECT_FALSE(m.Same("authors", "knuth", "fuller;knuth"));
}

}  // namespace
}  // namespace truth
}  // namespace accord
