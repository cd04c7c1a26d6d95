// Loader for the Flight 2011-12-08 data set (Li, Dong, Lyons, Meng,
// Srivastava, "Truth Finding on the Deep Web: Is the Problem Solved?",
// PVLDB 6(2)) into truth-discovery observations.
//
// Attributes: sched_dep, actual_dep, dep_gate, sched_arr, actual_arr,
// arr_gate. Times are normalized to local "HH:MM" (the first h:mm in the raw
// string, with am/pm markers in any spelling: "2:07 PMDec 08", "1:55pDec 8",
// "Thu., Dec.08, 2011 2:15 p.m.", "2011-12-08 18:43"); time zones are
// dropped because every source reports local airport time; the date is
// dropped and times compare on a 24-hour circle, so "12:15 AM" on the wrong
// day still matches. Gates drop terminal prefixes ("Terminal 4 - 42",
// "Term C - C9"), "Gate", spaces and "?"; placeholders ("-", "Not provided
// by airline", "Not Available", a terminal alone) are no claim.
//
//   auto obs = accord::truth::LoadFlightObservations(dir +
//   "/2011-12-08-data.txt");
#ifndef ACCORD_TOOLS_TRUTH_FLIGHT_DATA_H_
#define ACCORD_TOOLS_TRUTH_FLIGHT_DATA_H_

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "engine/truth/observation.h"

namespace accord {
namespace truth {

// The six attributes, in file column order.
const std::vector<std::string>& FlightAttributes();

// Minutes since local midnight of the first clock time in `raw`, or -1.
int ParseFlightTime(absl::string_view raw);

// "HH:MM" for ParseFlightTime(raw), or "" when there is no time.
std::string NormalizeFlightTime(absl::string_view raw);

// Normalized gate ("C12", "42"), or "" when `raw` states no gate.
std::string NormalizeGate(absl::string_view raw);

// Normalized value of `attribute` ("" = no claim).
std::string NormalizeFlightValue(absl::string_view attribute,
                                 absl::string_view raw);

// Times are the same within `tolerance_minutes` on the 24-hour circle;
// similarity falls linearly to 0 at one hour. Gates compare exactly.
class FlightValueModel : public ValueModel {
 public:
  explicit FlightValueModel(int tolerance_minutes = 10)
      : tolerance_(tolerance_minutes) {}
  bool Same(absl::string_view attribute, absl::string_view a,
            absl::string_view b) const override;
  double Similarity(absl::string_view attribute, absl::string_view a,
                    absl::string_view b) const override;

 private:
  int tolerance_;
};

// Reinterpretation of implicitly qualified times. Some sources mark a time
// "(Runway)" (wheels-off/on), i.e. not the gate time the attribute means;
// such values are never claims. Other sources report runway times without
// saying so. A (source, attribute) whose unqualified times coincide, within
// `runway_match_minutes`, with a runway-qualified time of ANOTHER source on
// at least `runway_match_fraction` of the items where another source gives
// one, and more often than chance explains, is taken to report runway times
// on that attribute: its values there are no claim either. "Chance": each
// time's rate of coinciding with some other item's runway time (how densely
// the day's runway times pack that minute); the binomial tail of the
// observed coincidences at the mean rate must be at most
// `runway_significance`. Neither depends on how many items the day has (a
// fixed minimum count of items did, and never fired on small days).
// Decided from the data only (no source names, no gold). A fraction > 1
// disables it.
struct FlightLoadOptions {
  double runway_match_fraction = 0.5;
  int runway_match_minutes = 1;
  double runway_significance = 1e-3;
};

// Reads Source, Flight#, then the six attribute columns per line. When
// `reinterpreted` is non-null it receives the (source, attribute) pairs
// found to report runway times (see FlightLoadOptions), sorted.
absl::StatusOr<std::vector<Observation>> LoadFlightObservations(
    const std::string& path, const FlightLoadOptions& options = {},
    std::vector<std::pair<std::string, std::string>>* reinterpreted = nullptr);

// Reads the truth file (Flight#, six columns). Returns
// (flight, attribute) -> normalized value, for non-empty values; the first
// row wins when a flight repeats.
absl::StatusOr<std::map<std::pair<std::string, std::string>, std::string>>
LoadFlightGold(const std::string& path);

}  // namespace truth
}  // namespace accord

#endif  // ACCORD_TOOLS_TRUTH_FLIGHT_DATA_H_
