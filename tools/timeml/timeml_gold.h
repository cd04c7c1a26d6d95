// TimeML gold documents (TimeBank, AQUAINT, TempEval-3): the plain text of
// the TEXT element, the document creation time and the gold TIMEX3 spans
// with their type and value, for scoring accord's time expressions.
//
//   absl::StatusOr<TimeMLDoc> doc = ParseTimeML(xml, "ABC19980108.tml");
//   absl::StatusOr<std::vector<TimeMLDoc>> docs = ReadTimeMLDir(dir);
#ifndef ACCORD_TOOLS_TIMEML_TIMEML_GOLD_H_
#define ACCORD_TOOLS_TIMEML_TIMEML_GOLD_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"

namespace accord {
namespace timeml {

// A gold TIMEX3: bytes [begin, end) of TimeMLDoc::text.
struct GoldTimex {
  int begin = 0;
  int end = 0;
  std::string type;
  std::string value;
};

struct TimeMLDoc {
  std::string name;  // file name, for messages
  // The TEXT element without its tags, entities decoded.
  std::string text;
  // The creation time (the DCT TIMEX3 tid="t0"), at day precision.
  absl::CivilSecond dct;
  // TIMEX3 elements inside TEXT, in text order.
  std::vector<GoldTimex> timexes;
};

// Parses one TimeML document. INVALID_ARGUMENT naming `name` when it has no
// DCT with a date value, no TEXT element, or unbalanced TIMEX3 tags.
absl::StatusOr<TimeMLDoc> ParseTimeML(absl::string_view xml,
                                      absl::string_view name);

// Reads every *.tml file in `dir` (sorted by name). A file that does not
// parse fails the whole read with its name.
absl::StatusOr<std::vector<TimeMLDoc>> ReadTimeMLDir(const std::string& dir);

}  // namespace timeml
}  // namespace accord

#endif  // ACCORD_TOOLS_TIMEML_TIMEML_GOLD_H_
