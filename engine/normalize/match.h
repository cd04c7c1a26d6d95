// ValueMatch: a normalized value found in text, the common result type of the
// value normalizers (FindNumbers, FindOrdinals, FindDurations, FindTimes,
// FindQuantities).
//
//   for (const ValueMatch& m : FindNumbers(text)) Use(m.begin, m.end, m.value);

#ifndef ACCORD_ENGINE_NORMALIZE_MATCH_H_
#define ACCORD_ENGINE_NORMALIZE_MATCH_H_

#include "proto/accord.pb.h"

namespace accord {

// A normalized value found in text: bytes [begin, end) of the scanned text.
struct ValueMatch {
  int begin = 0;
  int end = 0;
  accord::Value value;  // value.surface = the matched text
};

}  // namespace accord

#endif  // ACCORD_ENGINE_NORMALIZE_MATCH_H_
