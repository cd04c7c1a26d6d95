// Parsers for the text formats accord reads (textproto and JSON) with a
// bound on nesting depth, so hostile input gets an error instead of
// exhausting the stack or memory. Every textproto accord reads (claim files,
// --rules, --lexicon, --gazetteer, the embedded data) goes through
// ParseTextproto.
//
//   RuleFile file;
//   ACCORD_RETURN_IF_ERROR(ParseTextproto(text, &file));
#ifndef ACCORD_ENGINE_IO_BOUNDED_PARSE_H_
#define ACCORD_ENGINE_IO_BOUNDED_PARSE_H_

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "google/protobuf/message.h"

namespace accord {

// Deepest message nesting accepted. accord's own files nest at most about a
// dozen levels (a set of values inside an argument inside a claim).
inline constexpr int kMaxParseDepth = 64;

// Parses `text` into `message` (replacing its contents) with protobuf's
// recursion limit set to `max_depth`. On failure returns INVALID_ARGUMENT
// with the first error as "line L:C: what" (without a path: callers add it).
absl::Status ParseTextproto(absl::string_view text,
                            google::protobuf::Message* message,
                            int max_depth = kMaxParseDepth);

// Checks that `json` nests objects and arrays at most `max_depth` deep,
// ignoring brackets inside strings. Cheap (one pass, no allocation); run it
// before a JSON parser whose depth bound is absent or too generous. Returns
// INVALID_ARGUMENT naming the byte offset where the limit is crossed.
absl::Status CheckJsonNesting(absl::string_view json,
                              int max_depth = kMaxParseDepth);

}  // namespace accord

#endif  // ACCORD_ENGINE_IO_BOUNDED_PARSE_H_
