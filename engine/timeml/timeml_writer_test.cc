#include "engine/timeml/timeml_writer.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace accord {
namespace {

TEST(WriteTimeML, MarksSpansAndTheCreationTime) {
  const std::string text = "Talks <began> Friday & ended.";
  Timex friday;
  friday.begin = 14;
  friday.end = 20;
  friday.type = "DATE";
  friday.value = "1998-08-07";
  friday.anchored = true;
  const std::string xml =
      WriteTimeML("d1", text, absl::CivilSecond(1998, 8, 7), {friday});
  EXPECT_NE(xml.find("<DOCID>d1</DOCID>"), std::string::npos);
  EXPECT_NE(xml.find("<TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-08-07\" "
                     "temporalFunction=\"false\" "
                     "functionInDocument=\"CREATION_TIME\">1998-08-07"
                     "</TIMEX3>"),
            std::string::npos);
  EXPECT_NE(xml.find("<TEXT>Talks &lt;began&gt; <TIMEX3 tid=\"t1\" "
                     "type=\"DATE\" value=\"1998-08-07\" "
                     "temporalFunction=\"true\" anchorTimeID=\"t0\">Friday"
                     "</TIMEX3> &amp; ended.</TEXT>"),
            std::string::npos)
      << xml;
}

TEST(WriteTimeML, SkipsSpansOutsideTheTextOrOverlapping) {
  Timex a;
  a.begin = 0;
  a.end = 3;
  a.type = "DATE";
  a.value = "1998";
  a.mod = "START";
  Timex overlapping = a;
  overlapping.begin = 2;
  Timex outside = a;
  outside.begin = 10;
  outside.end = 40;
  const std::string xml = WriteTimeML(
      "d", "abcdef", absl::CivilSecond(1998, 1, 1), {a, overlapping, outside});
  EXPECT_NE(xml.find("<TEXT><TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998\" "
                     "mod=\"START\" temporalFunction=\"false\">abc</TIMEX3>"
                     "def</TEXT>"),
            std::string::npos)
      << xml;
  EXPECT_EQ(xml.find("t2"), std::string::npos);
}

}  // namespace
}  // namespace accord
