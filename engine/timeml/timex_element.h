// One TIMEX3 element: a time expression's span in a text with TimeML's
// type, value and mod, and accord's own value for it.
//
//   Timex x;
//   x.begin = 0; x.end = 6; x.type = "DATE"; x.value = "1998-08-07";
//
// A plain value (timex.h finds them, timeml_writer.h writes them).

#ifndef ACCORD_ENGINE_TIMEML_TIMEX_ELEMENT_H_
#define ACCORD_ENGINE_TIMEML_TIMEX_ELEMENT_H_

#include <string>

#include "proto/accord.pb.h"

namespace accord {

// One TIMEX3: bytes [begin, end) of the scanned text.
struct Timex {
  int begin = 0;
  int end = 0;
  // "DATE", "TIME", "DURATION" or "SET".
  std::string type;
  // The TimeML value: "1998-08-07", "1998-08-07T10:35", "1998-W32",
  // "1998-Q3", "1998-SU", "199" (the 1990s), "P3D", "PT2H", "PAST_REF",
  // "PRESENT_REF", "FUTURE_REF", "XXXX-WXX-4" (every Thursday).
  std::string value;
  // TimeML's mod: "START" (early, the beginning of), "MID", "END" (late,
  // the end of), "APPROX" (about), else "".
  std::string mod;
  // True when the value was computed from the document creation time
  // ("yesterday", "last week", "Friday"): TimeML's anchorTimeID="t0".
  bool anchored = false;
  // accord's value for the expression: time (with reference or recurrence
  // for vague and recurring times) or duration.
  Value value_proto;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_TIMEML_TIMEX_ELEMENT_H_
