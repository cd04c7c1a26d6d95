#include "engine/ingest/page_furniture.h"

#include <string>
#include <vector>

#include "engine/data/embedded_data.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

// The parts of `text` Find() removes, in order.
std::vector<std::string> Removed(const std::string& text) {
  std::vector<std::string> out;
  for (const Removal& r : PageFurniture::Default().Find(text)) {
    EXPECT_EQ(r.reason(), "page furniture");
    out.push_back(text.substr(r.begin(), r.end() - r.begin()));
  }
  return out;
}

TEST(PageFurnitureTest, WholeLines) {
  struct Case {
    const char* line;
    bool furniture;
  };
  const Case kCases[] = {
      // Labels and captions: a cue, a colon or a few words, no finite verb.
      {"Photo: Jane Roe / The Daily Courier", true},
      {"Photo credit: Family handout", true},
      {"Share this article", true},
      {"Advertisement", true},
      {"Posted: Mar 4, 2019 6:12 PM CST", true},
      {"Updated 11:05 AM EST", true},
      {"Video", true},
      // Teasers for other stories, whatever their length.
      {"RELATED: Council votes to close the old bridge after inspectors "
       "found cracks in two supports",
       true},
      {"Read more: Storm knocks out power to thousands", true},
      {"Related Stories", true},
      // Pagers and times alone.
      {"1 / 2", true},
      {"Image 3 of 12", true},
      {"Page 2 of 5", true},
      {"0:45", true},
      {"02:16:05", true},
      // Sentences stay, even when they open with a cue word.
      {"Video showed the suspect running from the store.", false},
      {"Photos were released by the family on Friday.", false},
      {"Share prices fell 3 percent on Monday after the report was "
       "published.",
       false},
      {"Updated figures show 40 homes were damaged.", false},
      {"More than 20 people were hurt.", false},
      {"The fire started at 2:30 a.m. on Sunday.", false},
      {"He said 1 in 5 residents had left.", false},
  };
  for (const Case& c : kCases) {
    const std::vector<std::string> removed = Removed(c.line);
    if (c.furniture) {
      ASSERT_EQ(removed.size(), 1u) << c.line;
      EXPECT_EQ(removed[0], c.line);
    } else {
      EXPECT_TRUE(removed.empty()) << c.line << " -> " << removed[0];
    }
  }
}

TEST(PageFurnitureTest, SpansInsideALine) {
  EXPECT_EQ(Removed("Firefighters at the scene. Image 2 of 9 Crews worked "
                    "all night. Back to Gallery"),
            (std::vector<std::string>{"Image 2 of 9", "Back to Gallery"}));
  EXPECT_EQ(Removed("Gunman kills 4 people in Mason County | 02:16 A gunman "
                    "opened fire."),
            (std::vector<std::string>{"| 02:16"}));
}

TEST(PageFurnitureTest, OffsetsPointIntoTheText) {
  const std::string text = "First line of the story.\n1 / 2\nLast line.";
  const std::vector<Removal> r = PageFurniture::Default().Find(text);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].begin(), 25);
  EXPECT_EQ(r[0].end(), 30);
}

TEST(PageFurnitureTest, RejectsIncompleteCueFiles) {
  EXPECT_FALSE(PageFurniture::FromTextproto("label_cues: [").ok());
  EXPECT_FALSE(PageFurniture::FromTextproto("label_cues: [\"photo\"]").ok());
  EXPECT_TRUE(PageFurniture::FromTextproto(embedded::kFurniture).ok());
}

}  // namespace
}  // namespace accord
