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
// Words that mark a figure as the newer one (revised, risen) or the older
// one (originally, first reported) (engine/reconcile/update_detector.h).
extern const absl::string_view kRevisionCues;       // revision_cues.txt
extern const absl::string_view kEarlierFigureCues;  // earlier_figure_cues.txt
extern const absl::string_view kCounts;        // counts.textproto
extern const absl::string_view kFurniture;     // furniture.textproto
// Cues of background events (engine/reconcile/event_anchors.h).
extern const absl::string_view kEventCues;  // event_cues.txt
// Words of tense and time expressions (engine/timeml/time_words.h).
extern const absl::string_view kTimeWords;  // time_words.textproto
// Event classes and cues of generic claims (engine/extract/generic_events.h).
extern const absl::string_view kGenericEvents;  // generic_events.textproto
// English words several parts read (engine/data/english.h).
extern const absl::string_view kEnglish;  // english.textproto

}  // namespace embedded
}  // namespace accord

#endif  // ACCORD_ENGINE_DATA_EMBEDDED_DATA_H_
