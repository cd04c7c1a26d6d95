// Which facts the editors' reports (Markdown, HTML) list one by one.
//
// A generic claim (frame EVENT, engine/extract/generic_events.h) is a word
// WordNet classes as an event that no frame rule covers; alone it tells an
// editor nothing another source checks, and its roles are found by position
// only. So a single-source generic fact is counted in the summary but not
// listed: it stays in the JSON report and in `accord explain`. Generic facts
// that are corroborated or disputed are listed like any other.
//
//   if (!ListedInEditorReport(fact)) ++unlisted;
#ifndef ACCORD_ENGINE_REPORT_LISTED_FACTS_H_
#define ACCORD_ENGINE_REPORT_LISTED_FACTS_H_

#include "engine/extract/generic_frame.h"
#include "proto/accord.pb.h"

namespace accord {

// True unless `fact` is a single-source fact of the generic frame.
// Pure; thread-safe.
inline bool ListedInEditorReport(const Fact& fact) {
  return !(fact.status() == SINGLE_SOURCE && fact.frame() == kGenericFrame);
}

// The sentence the editors' reports print after the single-source list when
// `unlisted` (> 0) generic facts were left out of it.
inline const char* UnlistedGenericNote() {
  return " single-source generic events (frame EVENT: words WordNet classes "
         "as events, no frame rule) are not listed; they are in the JSON "
         "report and in accord explain.";
}

}  // namespace accord

#endif  // ACCORD_ENGINE_REPORT_LISTED_FACTS_H_
