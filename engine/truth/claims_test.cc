#include "engine/truth/claims.h"

#include "google/protobuf/text_format.h"
#include "gtest/gtest.h"

namespace accord {
namespace truth {
namespace {

TEST(ClaimsTest, ConventionAndSkips) {
  accord::ClaimSet set;
  ASSERT_TRUE(google::protobuf::TextFormat::ParseFromString(
      R"pb(
        claims {
          frame: "author"
          source_id: "s1"
          args {
            role: "object"
            value { text: "isbn1" }
          }
          args {
            role: "value"
            value { text: "knuth" }
          }
        }
        claims {
          frame: "VISIT"
          source_id: "s2"
          args {
            role: "destination"
            value { entity_id: "moscow" }
          }
          args {
            role: "agent"
            value { entity_id: "xi_jinping" }
          }
          args {
            role: "value"
            value {
              time { begin: "2025-05-07T00:00:00" end: "2025-05-11T00:00:00" }
            }
          }
        }
        claims {
          frame: "VISIT"
          source_id: "s3"
          polarity: NEGATIVE
          args {
            role: "object"
            value { text: "x" }
          }
          args {
            role: "value"
            value { text: "y" }
          }
        }
        claims {
          frame: "VISIT"
          source_id: "s4"
          args {
            role: "object"
            value { text: "x" }
          }
        }
      )pb",
      &set));
  int skipped = 0;
  std::vector<Observation> obs = ObservationsFromClaims(set.claims(), &skipped);
  EXPECT_EQ(skipped, 2);
  ASSERT_EQ(obs.size(), 2u);
  EXPECT_EQ(obs[0].source, "s1");
  EXPECT_EQ(obs[0].object, "isbn1");
  EXPECT_EQ(obs[0].attribute, "author");
  EXPECT_EQ(obs[0].value, "knuth");
  EXPECT_EQ(obs[1].object, "agent=xi_jinping;destination=moscow");
  EXPECT_EQ(obs[1].value, "2025-05-07T00:00:00/2025-05-11T00:00:00");
}

TEST(ClaimsTest, ValueText) {
  accord::Value v;
  EXPECT_EQ(ValueText(v), "");
  v.mutable_quantity()->set_value(3);
  v.mutable_quantity()->set_unit("person");
  EXPECT_EQ(ValueText(v), "3 person");
  accord::Value set;
  set.mutable_set()->add_members()->set_entity_id("serbia");
  set.mutable_set()->add_members()->set_entity_id("brazil");
  EXPECT_EQ(ValueText(set), "brazil|serbia");
}

}  // namespace
}  // namespace truth
}  // namespace accord
