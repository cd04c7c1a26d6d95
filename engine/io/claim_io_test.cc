#include "engine/io/claim_io.h"

#include <cstdlib>
#include <string>

#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

ClaimSet Sample() {
  ClaimSet set;
  Claim* c = set.add_claims();
  c->set_id("d/0/0");
  c->set_frame("VISIT");
  c->set_source_id("wire");
  Argument* a = c->add_args();
  a->set_role("agent");
  a->mutable_value()->set_entity_id("xi_jinping");
  Argument* t = c->add_args();
  t->set_role("duration");
  t->mutable_value()->mutable_duration()->set_seconds(259200);
  c->mutable_sentence()->set_doc_id("d");
  c->mutable_sentence()->set_begin(3);
  c->mutable_sentence()->set_end(40);
  return set;
}

TEST(ClaimIoTest, RoundTripsInEveryFormat) {
  const std::string dir =
      std::getenv("TEST_TMPDIR") ? std::getenv("TEST_TMPDIR") : "/tmp";
  for (const char* ext : {".pb", ".textproto", ".json"}) {
    const std::string path = dir + "/claims" + ext;
    ASSERT_TRUE(WriteClaimSet(Sample(), path).ok()) << ext;
    auto back = ReadClaimSet(path);
    ASSERT_TRUE(back.ok()) << back.status();
    EXPECT_TRUE(
        google::protobuf::util::MessageDifferencer::Equals(*back, Sample()))
        << ext << "\n"
        << back->DebugString();
  }
}

struct Bad {
  std::string path;
  std::string bytes;
};

TEST(ClaimIoTest, MalformedFilesNameTheFile) {
  const Bad cases[] = {
      {"x.textproto", "claims { frame: }"},
      {"x.json", "{\"claims\": [ {\"frame\": 3"},
      {"x.json", "{\"unknown_field\": 1}"},
      {"x.pb", "\xff\xff\xff\xff garbage"},
      {"x.textproto", "claims { id: \"no frame\" }"},
  };
  for (const Bad& b : cases) {
    auto format = ClaimFormatForPath(b.path);
    ASSERT_TRUE(format.ok());
    auto set = ParseClaimSet("dir/" + b.path, b.bytes, *format);
    ASSERT_FALSE(set.ok()) << b.bytes;
    EXPECT_NE(set.status().message().find("dir/" + b.path), std::string::npos)
        << set.status();
  }
}

TEST(ClaimIoTest, ArticlesAreNotClaimFiles) {
  EXPECT_FALSE(ClaimFormatForPath("story.txt").ok());
  EXPECT_FALSE(ClaimFormatForPath("story.md").ok());
}

}  // namespace
}  // namespace accord
