#include "engine/extract/role_tags.h"

#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "engine/data/embedded_data.h"
#include "engine/extract/extractor.h"
#include "engine/rules/lexicon.h"
#include "google/protobuf/text_format.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

std::string Join(const std::vector<std::string>& tags) {
  std::string out;
  for (const std::string& t : tags) out += (out.empty() ? "" : ",") + t;
  return out;
}

constexpr char kSmallLexicon[] = R"pb(
  default_role_tags: [ "PER", "ORG" ]
  role_types {
    role: "time"
    tags: [ "TIME" ]
  }
  role_types { role: "quote" text: true }
  frames {
    name: "SAY"
    roles { name: "agent" kind: KEY }
    roles { name: "time" kind: FUNCTIONAL }
    roles { name: "quote" kind: INFO }
  }
  frames {
    name: "ARRIVE"
    roles { name: "agent" kind: KEY }
    roles {
      name: "time"
      kind: FUNCTIONAL
      tags: [ "TIME", "DUR" ]
    }
    roles {
      name: "quote"
      kind: INFO
      tags: [ "QUOTE" ]
    }
  }
)pb";

TEST(RoleTagsTest, FrameOverRoleTypeOverDefault) {
  auto lexicon = Lexicon::FromTextproto(kSmallLexicon);
  ASSERT_TRUE(lexicon.ok()) << lexicon.status();
  auto tags = RoleTags::FromLexicon(**lexicon);
  ASSERT_TRUE(tags.ok()) << tags.status();
  const FrameSpec& say = *(*lexicon)->Find("SAY");
  const FrameSpec& arrive = *(*lexicon)->Find("ARRIVE");
  struct Case {
    const FrameSpec* frame;
    const char* role;
    const char* tags;
    bool text;
  };
  const Case cases[] = {
      {&say, "time", "TIME", false},         // role_types
      {&say, "agent", "PER,ORG", false},     // default_role_tags
      {&say, "victim", "PER,ORG", false},    // undeclared role: default
      {&say, "quote", "PER,ORG", true},      // a text role
      {&arrive, "time", "TIME,DUR", false},  // the frame's own tags
      {&arrive, "quote", "QUOTE", false},    // own tags make it no text role
      {&arrive, "agent", "PER,ORG", false},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(std::string(c.frame->name()) + "." + c.role);
    EXPECT_EQ(Join(tags->TagsFor(*c.frame, c.role)), c.tags);
    EXPECT_EQ(tags->IsText(*c.frame, c.role), c.text);
  }
}

TEST(RoleTagsTest, RejectsIncompleteData) {
  const char* const bad[] = {
      // No default: a role no entry names would accept nothing.
      R"pb(role_types { role: "time" tags: "TIME" })pb",
      // An entry without a name, or without tags or text.
      R"pb(default_role_tags: "PER"
           role_types { tags: "TIME" })pb",
      R"pb(default_role_tags: "PER"
           role_types { role: "time" })pb",
      // A role typed twice.
      R"pb(default_role_tags: "PER"
           role_types { role: "time" tags: "TIME" }
           role_types { role: "time" tags: "DUR" })pb",
  };
  for (const char* text : bad) {
    SCOPED_TRACE(text);
    auto lexicon = Lexicon::FromTextproto(text);
    ASSERT_TRUE(lexicon.ok()) << lexicon.status();
    EXPECT_FALSE(RoleTags::FromLexicon(**lexicon).ok());
  }
}

// The shipped lexicon types the roles the rules fill.
TEST(RoleTagsTest, ShippedLexicon) {
  auto lexicon = Lexicon::FromTextproto(embedded::kLexicon);
  ASSERT_TRUE(lexicon.ok()) << lexicon.status();
  auto tags = RoleTags::FromLexicon(**lexicon);
  ASSERT_TRUE(tags.ok()) << tags.status();
  const FrameSpec& visit = *(*lexicon)->Find("VISIT");
  EXPECT_EQ(Join(tags->TagsFor(visit, "destination")), "GPE");
  EXPECT_EQ(Join(tags->TagsFor(visit, "time")), "TIME");
  EXPECT_EQ(Join(tags->TagsFor(visit, "agent")), "PER,PRO,ORG,GPE,DEM");
  EXPECT_TRUE(tags->IsText(visit, "content"));
}

// Writes the shipped lexicon, changed by `edit`, to a file and returns an
// extractor that reads it.
template <typename Edit>
std::unique_ptr<Extractor> ExtractorWithLexicon(const std::string& name,
                                                Edit edit) {
  LexiconFile file;
  EXPECT_TRUE(google::protobuf::TextFormat::ParseFromString(
      std::string(embedded::kLexicon), &file));
  edit(&file);
  std::string text;
  google::protobuf::TextFormat::PrintToString(file, &text);
  const std::string path = testing::TempDir() + "/" + name + ".textproto";
  std::ofstream(path) << text;
  ExtractorOptions options;
  options.lexicon_path = path;
  auto extractor = Extractor::Create(options);
  if (!extractor.ok()) {
    ADD_FAILURE() << extractor.status();
    return nullptr;
  }
  return *std::move(extractor);
}

std::string DestinationOf(const Extractor& extractor, const std::string& text) {
  Document doc;
  doc.set_id("t");
  doc.mutable_source()->set_id("src");
  doc.set_published("2024-03-13");
  doc.set_text(text);
  std::string out;
  const std::vector<Claim> claims = extractor.Extract(doc).value();
  for (const Claim& c : claims) {
    if (c.frame() != "VISIT") continue;
    out += "VISIT";
    for (const Argument& a : c.args()) {
      if (a.role() == "destination") out += ":" + a.value().surface();
    }
  }
  return out;
}

// A rule author's lexicon decides which mentions fill a role: here VISIT's
// destination accepts people only, so a city fills nothing.
TEST(RoleTagsTest, CustomLexiconRetypesARole) {
  const std::string text = "Chancellor Olaf Scholz will visit Paris.";
  auto shipped = Extractor::CreateDefault();
  ASSERT_TRUE(shipped.ok()) << shipped.status();
  EXPECT_EQ(DestinationOf(**shipped, text), "VISIT:Paris");
  auto people_only = ExtractorWithLexicon("people_only", [](LexiconFile* f) {
    for (FrameSpec& frame : *f->mutable_frames()) {
      if (frame.name() != "VISIT") continue;
      for (RoleSpec& r : *frame.mutable_roles()) {
        if (r.name() == "destination") r.add_tags("PER");
      }
    }
  });
  ASSERT_NE(people_only, nullptr);
  EXPECT_EQ(DestinationOf(*people_only, text), "VISIT");
}

// A lexicon without role types is refused with a message naming the file.
TEST(RoleTagsTest, LexiconWithoutRoleTypesNamesTheFile) {
  LexiconFile file;
  ASSERT_TRUE(google::protobuf::TextFormat::ParseFromString(
      std::string(embedded::kLexicon), &file));
  file.clear_default_role_tags();
  std::string text;
  google::protobuf::TextFormat::PrintToString(file, &text);
  const std::string path = testing::TempDir() + "/no_roles.textproto";
  std::ofstream(path) << text;
  ExtractorOptions options;
  options.lexicon_path = path;
  auto extractor = Extractor::Create(options);
  ASSERT_FALSE(extractor.ok());
  EXPECT_NE(extractor.status().message().find(path), std::string::npos)
      << extractor.status();
}

}  // namespace
}  // namespace accord
