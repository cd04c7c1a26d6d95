#include "engine/ingest/document_reader.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
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

// Metadata reaches reports and terminals: it must be text, and dates must
// exist. Each of these was accepted before.
TEST(ParseDocumentTest, HostileMetadataIsAnErrorNamingTheSidecar) {
  struct Case {
    std::string meta;
    std::string want;
  };
  const Case cases[] = {
      {"published: 2025-13-45", "must be a date"},
      {"published: 2025-02-29", "must be a date"},
      {"source: caf\xE9", "not valid UTF-8"},
      {std::string("source: a\0b", 11), "control character 0x00"},
      {"source: \x1b[31mRed\x1b[0m", "control character 0x1b"},
  };
  for (const Case& c : cases) {
    auto doc = ParseDocument("d/m.txt", "Body.", c.meta, ReaderOptions());
    ASSERT_FALSE(doc.ok()) << c.meta;
    EXPECT_NE(doc.status().message().find("d/m.txt.meta"), std::string::npos)
        << doc.status();
    EXPECT_NE(doc.status().message().find(c.want), std::string::npos)
        << doc.status();
  }
  // Front matter is checked the same way (named by the article).
  auto doc = ParseDocument("f.txt", "---\npublished: 2024-02-30\n---\nBody.",
                           "", ReaderOptions());
  EXPECT_FALSE(doc.ok());
  EXPECT_TRUE(ParseDocument("m.txt", "Body.", "published: 2024-02-29\n",
                            ReaderOptions())
                  .ok());
}

TEST(ReadDocumentTest, FifoSidecarIsAnErrorNotAHang) {
  const char* tmp = std::getenv("TEST_TMPDIR");
  const std::string dir = tmp != nullptr ? tmp : "/tmp";
  const std::string path = dir + "/fifo_meta.txt";
  FILE* f = std::fopen(path.c_str(), "w");
  ASSERT_NE(f, nullptr);
  std::fputs("An article.\n", f);
  std::fclose(f);
  unlink((path + ".meta").c_str());
  ASSERT_EQ(mkfifo((path + ".meta").c_str(), 0600), 0);
  auto doc = ReadDocument(path, ReaderOptions());
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.status().message().find("fifo_meta.txt.meta: is a FIFO"),
            std::string::npos)
      << doc.status();
  unlink((path + ".meta").c_str());
  ASSERT_EQ(symlink("nowhere", (path + ".meta").c_str()), 0);
  EXPECT_FALSE(ReadDocument(path, ReaderOptions()).ok());
  unlink((path + ".meta").c_str());
  EXPECT_TRUE(ReadDocument(path, ReaderOptions()).ok());
}

TEST(ReadDocumentTest, BothSidecarNamesAreReadTxtMetaFirst) {
  const char* tmp = std::getenv("TEST_TMPDIR");
  const std::string dir = tmp != nullptr ? tmp : "/tmp";
  auto write = [](const std::string& path, const char* text) {
    FILE* f = std::fopen(path.c_str(), "w");
    ASSERT_NE(f, nullptr);
    std::fputs(text, f);
    std::fclose(f);
  };
  const std::string article = dir + "/side.txt";
  write(article, "An article.\n");
  unlink((article + ".meta").c_str());
  unlink((dir + "/side.meta").c_str());
  EXPECT_EQ(SidecarPath(article), "");
  write(dir + "/side.meta", "source: Short Name\n");
  EXPECT_EQ(SidecarPath(article), dir + "/side.meta");
  auto doc = ReadDocument(article, ReaderOptions());
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->source().name(), "Short Name");
  write(article + ".meta", "source: Long Name\n");
  EXPECT_EQ(SidecarPath(article), article + ".meta");
  doc = ReadDocument(article, ReaderOptions());
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->source().name(), "Long Name");
  // Errors name the sidecar that was read.
  unlink((article + ".meta").c_str());
  write(dir + "/side.meta", "published: 2025-13-45\n");
  doc = ReadDocument(article, ReaderOptions());
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.status().message().find("side.meta"), std::string::npos);
  EXPECT_EQ(doc.status().message().find("side.txt.meta"), std::string::npos)
      << doc.status();
  unlink((dir + "/side.meta").c_str());
  EXPECT_TRUE(IsSidecarPath("a/b.txt.meta"));
  EXPECT_FALSE(IsSidecarPath("a/b.txt"));
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

TEST(ParseDocumentTest, RepeatedBodyKeepsItsFirstCopy) {
  // A page crawled with its body three times, a byline after each copy.
  const std::string copy =
      "The council approved the budget on Monday.\n"
      "The mayor said the vote was close.\n\n"
      "Station News\n";
  const std::string text = "Budget passes\n\n" + copy + copy + copy;
  auto doc = ParseDocument("r.txt", text, "", ReaderOptions());
  ASSERT_TRUE(doc.ok());
  std::string kept;
  size_t pos = 0;
  for (const Removal& r : doc->removed()) {
    kept += text.substr(pos, r.begin() - pos);
    pos = r.end();
    EXPECT_NE(r.reason().find("first occurrence kept"), std::string::npos)
        << r.reason();
  }
  kept += text.substr(pos);
  // Every line once: the first copy stays, the later copies go.
  for (const char* line :
       {"The council approved the budget on Monday.",
        "The mayor said the vote was close.", "Station News"}) {
    const size_t first = kept.find(line);
    EXPECT_NE(first, std::string::npos) << line;
    EXPECT_EQ(kept.find(line, first + 1), std::string::npos) << line;
  }
  EXPECT_EQ(doc->removed_size(), 6);
}

TEST(DocumentIdForPathTest, StripsDirectoryAndExtension) {
  EXPECT_EQ(DocumentIdForPath("a/b/003_bb.txt"), "003_bb");
  EXPECT_EQ(DocumentIdForPath("plain"), "plain");
  EXPECT_EQ(DocumentIdForPath("x.tar.gz"), "x.tar");
}

}  // namespace
}  // namespace accord
