// A sentence rendered for the rules: each mention becomes a tag "⟦PER#3⟧"
// (3 = index into the sentence's mentions), other text is lower-cased with
// typographic quotes and dashes folded to ASCII. Offsets map back to the
// document.
//
//   TaggedSentence t = TaggedSentence::Render(doc.text(), sentence);
//   RE2::PartialMatch(t.text(), "⟦PER#\\d+⟧ will travel to ⟦GPE#\\d+⟧");
#ifndef ACCORD_ENGINE_RULES_TAGGED_SENTENCE_H_
#define ACCORD_ENGINE_RULES_TAGGED_SENTENCE_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "engine/annotate/mention.h"

namespace accord {

class TaggedSentence {
 public:
  // Renders `sentence` of the document whose text is `doc_text`.
  static TaggedSentence Render(absl::string_view doc_text,
                               const AnnotatedSentence& sentence);

  const std::string& text() const { return text_; }

  // Document byte offset of tagged-text position `pos` (0 <= pos <= size).
  // A position inside a tag maps to its mention's begin; the end of a tag to
  // its mention's end.
  int DocOffset(int pos) const { return doc_offset_[pos]; }

  // Position just after mention `i`'s tag in text().
  int TagEnd(int i) const { return tag_end_[i]; }

  // Indices of the mentions whose tags lie inside [begin, end) of text().
  std::vector<int> MentionsIn(int begin, int end) const;

 private:
  std::string text_;
  std::vector<int> doc_offset_;           // size text_.size() + 1
  std::vector<int> tag_begin_, tag_end_;  // per mention, in text_
};

}  // namespace accord

#endif  // ACCORD_ENGINE_RULES_TAGGED_SENTENCE_H_
