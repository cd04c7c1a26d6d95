#include "tools/gvc/gold.h"

#include "gtest/gtest.h"

namespace accord {
namespace gvc {
namespace {

TEST(ParseGvcGoldTest, ReadsRowsAfterTheHeader) {
  auto rows = ParseGvcGold(
      "incident\tdate\tcity\tstate\tkilled\tinjured\tframe\tn_articles\t"
      "n_sources\n"
      "1\t2015-01-02\tSpringfield\tOhio\t2\t0\tx\t3\t3\r\n"
      "\n"
      "22\t2016-03-04\tA Town\tTexas\t0\t5\tx\t4\t4\n");
  ASSERT_TRUE(rows.ok()) << rows.status();
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[0].id, "1");
  EXPECT_EQ((*rows)[0].date, "2015-01-02");
  EXPECT_EQ((*rows)[0].killed, 2);
  EXPECT_EQ((*rows)[0].injured, 0);
  EXPECT_EQ((*rows)[1].city, "A Town");
  EXPECT_EQ((*rows)[1].injured, 5);
}

TEST(ParseGvcGoldTest, RejectsMalformedRowsNamingTheLine) {
  const char* kBad[] = {
      "1\t2015-01-02\tX\tY\n",          // too few fields
      "1\t2015-01-02\tX\tY\ttwo\t0\n",  // not a number
      "1\t2015-01-02\tX\tY\t-1\t0\n",   // negative
      "\t2015-01-02\tX\tY\t1\t0\n",     // no id
  };
  for (const char* tsv : kBad) {
    auto rows = ParseGvcGold(tsv);
    ASSERT_FALSE(rows.ok()) << tsv;
    EXPECT_NE(rows.status().message().find("line 1"), std::string::npos)
        << rows.status();
  }
}

TEST(ReadGvcTest, MissingDirectoryIsAnError) {
  auto incidents = ReadGvc("/nonexistent/eval");
  ASSERT_FALSE(incidents.ok());
  EXPECT_NE(incidents.status().message().find("/nonexistent/eval/gvc"),
            std::string::npos);
}

}  // namespace
}  // namespace gvc
}  // namespace accord
