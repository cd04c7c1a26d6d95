#include "tools/timeml/timeml_gold.h"

#include "gtest/gtest.h"

namespace accord {
namespace timeml {
namespace {

constexpr char kDoc[] =
    "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>d</DOCID>\n"
    "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\" "
    "functionInDocument=\"CREATION_TIME\">19980108</TIMEX3></DCT>\n"
    "<TEXT>\nA &amp; B <EVENT eid=\"e1\">met</EVENT> <TIMEX3 tid=\"t1\" "
    "type=\"DATE\" value=\"1998-01-07\">yesterday</TIMEX3> for <TIMEX3 "
    "tid=\"t2\" type=\"DURATION\" value=\"PT2H\">two hours</TIMEX3>.\n"
    "</TEXT>\n</TimeML>\n";

TEST(ParseTimeML, TextDctAndSpans) {
  absl::StatusOr<TimeMLDoc> doc = ParseTimeML(kDoc, "d.tml");
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->text, "\nA & B met yesterday for two hours.\n");
  EXPECT_EQ(doc->dct, absl::CivilSecond(1998, 1, 8, 0, 0, 0));
  ASSERT_EQ(doc->timexes.size(), 2u);
  const GoldTimex& y = doc->timexes[0];
  EXPECT_EQ(doc->text.substr(y.begin, y.end - y.begin), "yesterday");
  EXPECT_EQ(y.type, "DATE");
  EXPECT_EQ(y.value, "1998-01-07");
  const GoldTimex& h = doc->timexes[1];
  EXPECT_EQ(doc->text.substr(h.begin, h.end - h.begin), "two hours");
  EXPECT_EQ(h.value, "PT2H");
}

TEST(ParseTimeML, ErrorsNameTheDocument) {
  const struct {
    const char* xml;
    const char* message;
  } kCases[] = {
      {"<TEXT>x</TEXT>", "bad.tml: no DCT element"},
      {"<DCT><TIMEX3 value=\"soon\">x</TIMEX3></DCT><TEXT>x</TEXT>",
       "bad.tml: DCT value \"soon\" is not a date"},
      {"<DCT><TIMEX3 value=\"1998-01-08\">x</TIMEX3></DCT>",
       "bad.tml: no TEXT element"},
      {"<DCT><TIMEX3 value=\"1998-01-08\">x</TIMEX3></DCT><TEXT><TIMEX3 "
       "tid=\"t1\">x</TEXT>",
       "bad.tml: unclosed TIMEX3 in TEXT"},
  };
  for (const auto& c : kCases) {
    absl::StatusOr<TimeMLDoc> doc = ParseTimeML(c.xml, "bad.tml");
    ASSERT_FALSE(doc.ok()) << c.xml;
    EXPECT_EQ(doc.status().message(), c.message);
  }
}

}  // namespace
}  // namespace timeml
}  // namespace accord
