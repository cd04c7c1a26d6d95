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

TEST(ClaimIoTest, JsonAlwaysHasEmptyListsAndZeroCounts) {
  Report report;  // no conflicts, nothing agreed
  report.add_sources()->mutable_source()->set_id("a");
  report.mutable_stats();
  auto json = SerializeMessage(report, ClaimFormat::kJson);
  ASSERT_TRUE(json.ok()) << json.status();
  for (const char* field :
       {"\"conflicts\": []", "\"facts\": []", "\"updates\": []",
        "\"agreeing_facts\": 0", "\"shared_facts\": 0", "\"sentences\": 0",
        "\"schema_version\": 0", "\"documents\": []"}) {
    EXPECT_NE(json->find(field), std::string::npos) << field << "\n" << *json;
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

// Claim files that crashed, hung or exhausted memory before the checks.
TEST(ClaimIoTest, HostileFilesAreErrorsNamingTheFile) {
  std::string deep_text = "claims { frame: \"X\" source_id: \"s\" ";
  for (int i = 0; i < 5000; ++i) deep_text += "args { value { set { members ";
  std::string deep_json = "{\"claims\": " + std::string(100000, '[');
  const std::string doc = R"(documents { id: "d" text: "short" } )"
                          R"(claims { id: "d/0/0" frame: "X" source_id: "s" )";
  const Bad cases[] = {
      {"deep.textproto", deep_text},
      {"deep.json", deep_json},
      {"span.textproto", R"(claims { id: "a" frame: "X" source_id: "s" )"
                         R"(sentence { begin: 2147483647 end: 5 } })"},
      {"trigger.textproto", R"(claims { id: "a" frame: "X" source_id: "s" )"
                            R"(trigger { begin: -2147483648 end: 3 } })"},
      {"past_end.textproto",
       doc + R"(sentence { doc_id: "d" begin: 0 end: 6 } })"},
      {"dup_claim.textproto",
       R"(claims { id: "a" frame: "X" source_id: "s" } )"
       R"(claims { id: "a" frame: "Y" source_id: "t" })"},
      {"dup_doc.textproto", R"(documents { id: "d" } documents { id: "d" })"},
  };
  for (const Bad& b : cases) {
    auto set = ParseClaimSet("dir/" + b.path, b.bytes,
                             ClaimFormatForPath(b.path).value());
    ASSERT_FALSE(set.ok()) << b.path;
    EXPECT_NE(set.status().message().find("dir/" + b.path), std::string::npos)
        << set.status();
  }
  // The same spans inside their document are fine.
  EXPECT_TRUE(
      ParseClaimSet("ok.textproto",
                    doc + R"(sentence { doc_id: "d" begin: 0 end: 5 } })",
                    ClaimFormat::kText)
          .ok());
}

TEST(ClaimIoTest, ClaimCountIsLimitedPerDocument) {
  ClaimSet set;
  for (int i = 0; i < 5; ++i) {
    Claim* c = set.add_claims();
    c->set_id(std::to_string(i));
    c->set_frame("X");
    c->set_source_id("s");
  }
  ClaimFileLimits limits;
  limits.max_claims_per_document = 4;
  for (ClaimFormat f :
       {ClaimFormat::kBinary, ClaimFormat::kText, ClaimFormat::kJson}) {
    const std::string bytes = SerializeMessage(set, f).value();
    auto parsed = ParseClaimSet("many", bytes, f, limits);
    EXPECT_EQ(parsed.status().code(), absl::StatusCode::kResourceExhausted);
    EXPECT_NE(parsed.status().message().find("--max_claims"),
              std::string::npos);
  }
  set.add_documents()->set_id("d1");
  set.add_documents()->set_id("d2");
  for (ClaimFormat f :
       {ClaimFormat::kBinary, ClaimFormat::kText, ClaimFormat::kJson}) {
    EXPECT_TRUE(
        ParseClaimSet("two_docs", SerializeMessage(set, f).value(), f, limits)
            .ok());
  }
}

TEST(ClaimIoTest, ArticlesAreNotClaimFiles) {
  EXPECT_FALSE(ClaimFormatForPath("story.txt").ok());
  EXPECT_FALSE(ClaimFormatForPath("story.md").ok());
}

}  // namespace
}  // namespace accord
