// The tokens of a tagged sentence (engine/rules/tagged_sentence.h): its
// lower-case words, its mention tags ("⟦TIME#3⟧", with the mention index)
// and single punctuation bytes, with their offsets in the tagged text. The
// extraction passes that read a sentence word by word (generic claims,
// time owners) share this reading.
//
//   for (const TaggedToken& t : TokenizeTagged(tagged.text()))
//     if (t.kind == TaggedToken::kTag && t.text == "TIME") ... t.mention
#ifndef ACCORD_ENGINE_EXTRACT_TAGGED_TOKENS_H_
#define ACCORD_ENGINE_EXTRACT_TAGGED_TOKENS_H_

#include <vector>

#include "absl/strings/string_view.h"

namespace accord {

// A token of a tagged sentence: a lower-case word, a tag (mention index
// and tag name) or one punctuation byte.
struct TaggedToken {
  enum Kind { kWord, kTag, kPunct } kind;
  int begin, end;          // in the tagged text
  absl::string_view text;  // the word, the tag name or the byte
  int mention = -1;        // for tags
};

// The tokens of `t`, a tagged text, in order. A word is a run of ASCII
// letters, digits, apostrophes and hyphens; spaces separate tokens; any
// other byte is punctuation; a malformed tag opener is skipped. The views
// point into `t`. Pure function; thread-safe.
std::vector<TaggedToken> TokenizeTagged(absl::string_view t);

// How many mention tags named `tag` ("PER" counts "⟦PER#0⟧", "⟦PER#3⟧'s")
// stand in `t`, a tagged text or a piece of one. Pure function;
// thread-safe.
int CountTags(absl::string_view t, absl::string_view tag);

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_TAGGED_TOKENS_H_
