// The default gazetteer, lexicon, rules and cue lists, compiled into the
// binary from engine/data/*.textproto and *.txt.
//
//   auto lexicon = Lexicon::FromTextproto(accord::embedded::kLexicon);
#ifndef ACCORD_ENGINE_DATA_EMBEDDED_DATA_H_
#define ACCORD_ENGINE_DATA_EMBEDDED_DATA_H_

#include "absl/strings/string_view.h"

namespace accord {
namespace embedded {

extern const absl::string_view kGazetteer;  // gazetteer.textproto
extern const absl::string_view kLexicon;    // lexicon.textproto
extern const absl::string_view kRules;      // rules.textproto
// Words that mark a figure as revised (engine/reconcile/update_detector.h).
extern const absl::string_view kRevisionCues;  // revision_cues.txt
extern const absl::string_view kCounts;        // counts.textproto
extern const absl::string_view kFurniture;     // furniture.textproto
// Event classes and cues of generic claims (engine/extract/generic_events.h).
extern const absl::string_view kGenericEvents;  // generic_events.textproto

}  // namespace embedded
}  // namespace accord

#endif  // ACCORD_ENGINE_DATA_EMBEDDED_DATA_H_
