// The default gazetteer, lexicon and rules, compiled into the binary from
// engine/data/*.textproto.
//
//   auto lexicon = Lexicon::FromTextproto(accord::embedded::kLexicon);
#ifndef ACCORD_ENGINE_DATA_EMBEDDED_DATA_H_
#define ACCORD_ENGINE_DATA_EMBEDDED_DATA_H_

#include <string_view>

namespace accord {
namespace embedded {

extern const std::string_view kGazetteer;  // gazetteer.textproto
extern const std::string_view kLexicon;    // lexicon.textproto
extern const std::string_view kRules;      // rules.textproto

}  // namespace embedded
}  // namespace accord

#endif  // ACCORD_ENGINE_DATA_EMBEDDED_DATA_H_
