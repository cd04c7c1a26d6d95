// TimeML writer: a document's text with its TIMEX3 elements, in the layout
// of the TimeBank and TempEval-3 corpora (DOCID, DCT, TEXT), so accord's
// reading of time can be inspected and scored with TimeML tools.
//
//   std::string xml = WriteTimeML("doc1", text, dct, FindTimexes(text, dct));
//
// The creation time is TIMEX3 tid="t0" functionInDocument="CREATION_TIME";
// expressions get tids t1, t2, ... in text order, anchorTimeID="t0" when
// their value was computed from it.

#ifndef ACCORD_ENGINE_TIMEML_TIMEML_WRITER_H_
#define ACCORD_ENGINE_TIMEML_TIMEML_WRITER_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "engine/timeml/timex.h"

namespace accord {

// Escapes &, < and > (and " in attribute values) for XML.
std::string XmlEscape(absl::string_view s);

// The TimeML document for `text` with `timexes` (sorted, non-overlapping,
// within text, as FindTimexes returns them; others are skipped). `dct` is
// written at day precision. Pure function.
std::string WriteTimeML(absl::string_view doc_id, absl::string_view text,
                        absl::CivilSecond dct,
                        const std::vector<Timex>& timexes);

}  // namespace accord

#endif  // ACCORD_ENGINE_TIMEML_TIMEML_WRITER_H_
