#include "engine/ingest/document_reader.h"

#include <string>

#include "gtest/gtest.h"

namespace accord {
namespace {

struct BadCase {
  std::string name;
  std::string text;
  std::string want_in_error;
};

TEST(ParseDocumentTest, RejectsBadInputNamingTheFile) {
  const BadCase cases[] = {
      {"empty", "", "empty"},
      {"blank", " \n\t\n", "empty"},
      {"binary", std::string("PK\x03\x04\0\0\x01", 7), "binary"},
      {"latin1", "caf\xE9 au lait", "UTF-8"},
      {"huge", std::string(2000, 'a'), "limit"},
  };
  ReaderOptions options;
  options.max_bytes = 1000;
  for (const BadCase& c : cases) {
    auto doc = ParseDocument("dir/" + c.name + ".txt", c.text, "", options);
    ASSERT_FALSE(doc.ok()) << c.name;
    EXPECT_NE(doc.status().message().find(c.name + ".txt"), std::string::npos)
        << doc.status();
    EXPECT_NE(doc.status().message().find(c.want_in_error), std::string::npos)
        << doc.status();
  }
}

TEST(ParseDocumentTest, SidecarMetadataFillsSource) {
  auto doc = ParseDocument("a/003_x.txt", "Body text.\n",
                           "source: Alliance News\npublished: 2025-05-05\n"
                           "url: https://example.org/a\n",
                           ReaderOptions());
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->id(), "003_x");
  EXPECT_EQ(doc->source().name(), "Alliance News");
  EXPECT_EQ(doc->source().id(), "003_x");
  EXPECT_EQ(doc->published(), "2025-05-05");
  EXPECT_EQ(doc->source().url(), "https://example.org/a");
}

TEST(ParseDocumentTest, MalformedMetadataIsAnError) {
  const std::string metas[] = {"published: May 5", "color: blue",
                               "no colon here"};
  for (const std::string& meta : metas) {
    auto doc = ParseDocument("m.txt", "Body.", meta, ReaderOptions());
    ASSERT_FALSE(doc.ok()) << meta;
    EXPECT_NE(doc.status().message().find("m.txt"), std::string::npos);
  }
}

TEST(ParseDocumentTest, FrontMatterIsReadAndRemovedWithOffsetsKept) {
  const std::string text =
      "---\nsource: Wire\npublished: 2024-01-02\n---\nHello world.\n";
  auto doc = ParseDocument("f.md", text, "", ReaderOptions());
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->source().name(), "Wire");
  EXPECT_EQ(doc->text(), text);  // offsets point into the original bytes
  ASSERT_EQ(doc->removed_size(), 1);
  EXPECT_EQ(doc->removed(0).begin(), 0);
  EXPECT_EQ(text.substr(doc->removed(0).end()), "\nHello world.\n");
}

TEST(ParseDocumentTest, RepeatedLinesAreBoilerplate) {
  const std::string text =
      "Headline here\n\nStation News\nA sentence.\nStation News\nStation "
      "News\n";
  auto doc = ParseDocument("b.txt", text, "", ReaderOptions());
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->removed_size(), 3);
  for (const Removal& r : doc->removed()) {
    EXPECT_EQ(text.substr(r.begin(), r.end() - r.begin()), "Station News");
  }
  EXPECT_EQ(doc->title(), "Headline here");
}

TEST(DocumentIdForPathTest, StripsDirectoryAndExtension) {
  EXPECT_EQ(DocumentIdForPath("a/b/003_bb.txt"), "003_bb");
  EXPECT_EQ(DocumentIdForPath("plain"), "plain");
  EXPECT_EQ(DocumentIdForPath("x.tar.gz"), "x.tar");
}

}  // namespace
}  // namespace accord
