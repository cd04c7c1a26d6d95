// Splits article text into sentences, keeping byte offsets into the text.
//
//   for (const SentenceBounds& s : SplitSentences(doc.text(), doc.removed()))
//     Annotate(doc.text().substr(s.begin, s.end - s.begin));
//
// Line breaks always end a sentence (articles put paragraphs and headlines on
// lines of their own). Inside a line, ".", "!" or "?" (with any closing quotes
// or brackets) followed by white space and an upper-case letter, digit or
// opening quote ends a sentence, unless the word before the period is a known
// abbreviation ("Mr.", "U.S.", "Jan.") or a single initial ("J.").
#ifndef ACCORD_ENGINE_TEXT_SENTENCE_SPLITTER_H_
#define ACCORD_ENGINE_TEXT_SENTENCE_SPLITTER_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "google/protobuf/repeated_field.h"
#include "proto/accord.pb.h"

namespace accord {

// Half-open byte range [begin, end) of one sentence, trimmed of white space.
struct SentenceBounds {
  int begin = 0;
  int end = 0;
};

// Returns the sentences of `text` in order, skipping the `removed` ranges and
// sentences longer than `max_sentence_bytes` (those are split at that length,
// so hostile input cannot make one huge sentence). Pieces never split a
// UTF-8 character: a character longer than the limit is a piece of its own.
std::vector<SentenceBounds> SplitSentences(
    absl::string_view text,
    const google::protobuf::RepeatedPtrField<Removal>& removed,
    int max_sentence_bytes = 2000);

namespace sentence_splitter_internal {

// The first i' in [i, end) with text[i'] one of '.', '!', '?', else `end`
// (exposed for tests).
int NextTerminal(absl::string_view text, int i, int end);

}  // namespace sentence_splitter_internal

}  // namespace accord

#endif  // ACCORD_ENGINE_TEXT_SENTENCE_SPLITTER_H_
