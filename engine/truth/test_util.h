// Test helpers: build problems from compact tables and read chosen values.
#ifndef ACCORD_ENGINE_TRUTH_TEST_UTIL_H_
#define ACCORD_ENGINE_TRUTH_TEST_UTIL_H_

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "engine/truth/observation.h"
#include "engine/truth/result.h"

namespace accord {
namespace truth {
namespace testing {

// Observations from rows "source object value" (attribute "a").
inline std::vector<Observation> Table(
    const std::vector<std::vector<std::string>>& rows) {
  std::vector<Observation> out;
  for (const auto& r : rows) out.push_back(Observation{r[0], r[1], "a", r[2]});
  return out;
}

// The chosen value of (object, "a"), or "<none>".
inline std::string Chosen(const Problem& p, const Result& r,
                          const std::string& object) {
  int i = ItemIndex(p, object, "a");
  if (i < 0 || r.items[i].chosen < 0) return "<none>";
  return p.items[i].candidates[r.items[i].chosen].value;
}

// A world with copied false values (after Dong et al. 2009's motivating
// example), 30 items o0..o29 with true values t<i>:
//  - g1..g3: independent, everywhere, each wrong on 4 items of its own
//    (g<k> wrong on items 4k-3..4k, values x<i>g<k>);
//  - h1..h6: independent, always right, silent on o29;
//  - b: wrong on o10..o29 (values f<i>), and c1..c6 copy b verbatim.
// On o10..o28 the copied false values lose the vote (at least 8 vs 7),
// which exposes the copying; on o29 they win it 7 to 3.
inline std::vector<Observation> CopierWorld() {
  std::vector<Observation> obs;
  for (int i = 0; i < 30; ++i) {
    const std::string object = absl::StrCat("o", i);
    const std::string truth = absl::StrCat("t", i);
    for (int g = 1; g <= 3; ++g) {
      const bool wrong = i >= 4 * g - 3 && i <= 4 * g;
      obs.push_back(Observation{absl::StrCat("g", g), object, "a",
                                wrong ? absl::StrCat("x", i, "g", g) : truth});
    }
    if (i < 29) {
      for (int h = 1; h <= 6; ++h) {
        obs.push_back(Observation{absl::StrCat("h", h), object, "a", truth});
      }
    }
    const std::string bad = i >= 10 ? absl::StrCat("f", i) : truth;
    obs.push_back(Observation{"b", object, "a", bad});
    for (int c = 1; c <= 6; ++c) {
      obs.push_back(Observation{absl::StrCat("c", c), object, "a", bad});
    }
  }
  return obs;
}

// A world where reliability should beat a head count: on items o0..o9 the
// sources t, v1, v2 agree and u1, u2 each give their own wrong value; on
// item "disputed" t says "t" and u1, u2 both say "u".
inline std::vector<Observation> TrustedMinorityWorld() {
  std::vector<Observation> obs;
  for (int i = 0; i < 10; ++i) {
    const std::string object = absl::StrCat("o", i);
    for (const char* s : {"t", "v1", "v2"}) {
      obs.push_back(Observation{s, object, "a", absl::StrCat("true", i)});
    }
    obs.push_back(Observation{"u1", object, "a", absl::StrCat("u1_", i)});
    obs.push_back(Observation{"u2", object, "a", absl::StrCat("u2_", i)});
  }
  obs.push_back(Observation{"t", "disputed", "a", "t"});
  obs.push_back(Observation{"u1", "disputed", "a", "u"});
  obs.push_back(Observation{"u2", "disputed", "a", "u"});
  return obs;
}

}  // namespace testing
}  // namespace truth
}  // namespace accord

#endif  // ACCORD_ENGINE_TRUTH_TEST_UTIL_H_
