#include "tools/truth/flight_data.h"

#include <cstdlib>
#include <fstream>
#include <string>

#include "gtest/gtest.h"

namespace accord {
namespace truth {
namespace {

TEST(FlightDataTest, TimeFormats) {
  struct Case {
    const char* raw;
    const char* want;
  } cases[] = {
      {"December 8, 2011               01:55 PM    ", "13:55"},
      {"12/8/2011 2:07PM EST", "14:07"},
      {"12/8/11 2:07 PM (-05:00)", "14:07"},
      {"2:07 PMDec 08", "14:07"},
      {"Dec 08 - 1:55pm", "13:55"},
      {"1:55pDec 8", "13:55"},
      {"3:00P 12-08-11", "15:00"},
      {"06:20 PM  Thu 08-Dec-2011", "18:20"},
      {"Thu., Dec.08, 2011 2:15 p.m.", "14:15"},
      {"2011-12-08 12:15 AM", "00:15"},
      {"2011-12-08 12:05 PM", "12:05"},
      {"2011-12-08 18:43 ", "18:43"},
      {"Dec 08 - Contact Airline", ""},
      {"December 8, 2011     ", ""},
      {"Not Available", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(NormalizeFlightTime(c.raw), c.want) << c.raw;
  }
}

TEST(FlightDataTest, RunwayTimesAreNoClaim) {
  EXPECT_EQ(NormalizeFlightValue("actual_dep", "2011-12-08 9:11 AM (runway)"),
            "");
  EXPECT_EQ(NormalizeFlightValue("actual_dep", "9:11 AM, Dec 08"), "09:11");
}

TEST(FlightDataTest, Gates) {
  struct Case {
    const char* raw;
    const char* want;
  } cases[] = {
      {" F80", "F80"},
      {"Term C - C12", "C12"},
      {"Terminal 4 - 42", "42"},
      {"Terminal 4", ""},
      {" -", ""},
      {"Not provided by airline", ""},
      {"16?", "16"},
      {" c31 ", "C31"},
      {"Gate B7", "B7"},
      {"G20/T3", "G20"},
      {"B9/B", "B9"},
      {"44J/T4", "44J"},
  };
  for (const Case& c : cases) EXPECT_EQ(NormalizeGate(c.raw), c.want) << c.raw;
}

TEST(FlightDataTest, TenMinuteToleranceOnA24HourCircle) {
  FlightValueModel m;
  EXPECT_TRUE(m.Same("actual_dep", "14:07", "14:17"));
  EXPECT_FALSE(m.Same("actual_dep", "09:00", "09:11"));
  EXPECT_TRUE(m.Same("sched_arr", "23:55", "00:04"));
  EXPECT_FALSE(m.Same("dep_gate", "C1", "C10"));
  EXPECT_NEAR(m.Similarity("actual_dep", "09:00", "09:30"), 0.5, 1e-9);
  EXPECT_EQ(m.Similarity("dep_gate", "C1", "C2"), 0);
}

std::string WriteFile(const std::string& name, const std::string& text) {
  const char* tmp = std::getenv("TEST_TMPDIR");
  const std::string path = std::string(tmp ? tmp : "/tmp") + "/" + name;
  std::ofstream(path) << text;
  return path;
}

// Source "labels" marks some take-off times "(Runway)"; "implicit" gives the
// same take-off times unmarked on every flight; "gate" gives gate times.
std::string RunwayWorld(int flights) {
  std::string text;
  for (int f = 0; f < flights; ++f) {
    const std::string id = "XX-" + std::to_string(f);
    const std::string gate = "10:0" + std::to_string(f % 10) + " AM";
    const std::string runway = "10:2" + std::to_string(f % 10) + " AM";
    text += "labels\t" + id + "\t\t" + runway + " (Runway)\t\t\t\t\n";
    text += "implicit\t" + id + "\t\t" + runway + "\t\t\t\t\n";
    text += "gate\t" + id + "\t\t" + gate + "\t\t\t\t\n";
  }
  return text;
}

TEST(FlightDataTest, SourcesReportingRunwayTimesUnmarkedAreReinterpreted) {
  const std::string path = WriteFile("runway.tsv", RunwayWorld(12));
  std::vector<std::pair<std::string, std::string>> reinterpreted;
  auto obs = LoadFlightObservations(path, FlightLoadOptions(), &reinterpreted);
  ASSERT_TRUE(obs.ok()) << obs.status();
  ASSERT_EQ(reinterpreted.size(), 1u);
  EXPECT_EQ(reinterpreted[0].first, "implicit");
  EXPECT_EQ(reinterpreted[0].second, "actual_dep");
  for (const Observation& o : *obs) {
    EXPECT_EQ(o.source, "gate");  // labelled runway values are no claim
  }
  EXPECT_EQ(obs->size(), 12u);

  // Disabled, or too little evidence: the unmarked values stay claims.
  FlightLoadOptions off;
  off.runway_match_fraction = 2;
  obs = LoadFlightObservations(path, off);
  ASSERT_TRUE(obs.ok());
  EXPECT_EQ(obs->size(), 24u);
  // Five flights whose runway times are all within five minutes: any time
  // near 10:22 meets some flight's runway time, so five coincidences are
  // what chance gives; the unmarked values stay claims.
  const std::string few = WriteFile("few.tsv", RunwayWorld(5));
  reinterpreted.clear();
  obs = LoadFlightObservations(few, FlightLoadOptions(), &reinterpreted);
  ASSERT_TRUE(obs.ok());
  EXPECT_TRUE(reinterpreted.empty());
  EXPECT_EQ(obs->size(), 10u);
}

// The same five flights spread over the day: five coincidences are now far
// beyond chance, and a small day is judged like a big one (a fixed minimum
// of ten flights never fired on small days). One flight is never proof.
TEST(FlightDataTest, SmallDaysAreJudgedByChanceNotBySize) {
  auto world = [](int flights) {
    std::string text;
    for (int f = 0; f < flights; ++f) {
      const std::string id = "XX-" + std::to_string(f);
      const std::string hour = std::to_string(1 + 2 * f);
      text += "labels\t" + id + "\t\t" + hour + ":20 PM (Runway)\t\t\t\t\n";
      text += "implicit\t" + id + "\t\t" + hour + ":20 PM\t\t\t\t\n";
      text += "gate\t" + id + "\t\t" + hour + ":05 PM\t\t\t\t\n";
    }
    return text;
  };
  std::vector<std::pair<std::string, std::string>> reinterpreted;
  auto obs = LoadFlightObservations(WriteFile("spread.tsv", world(5)),
                                    FlightLoadOptions(), &reinterpreted);
  ASSERT_TRUE(obs.ok()) << obs.status();
  ASSERT_EQ(reinterpreted.size(), 1u);
  EXPECT_EQ(reinterpreted[0].first, "implicit");
  EXPECT_EQ(obs->size(), 5u);  // the gate source's
  reinterpreted.clear();
  obs = LoadFlightObservations(WriteFile("one.tsv", world(1)),
                               FlightLoadOptions(), &reinterpreted);
  ASSERT_TRUE(obs.ok());
  EXPECT_TRUE(reinterpreted.empty());
}

}  // namespace
}  // namespace truth
}  // namespace accord
