#include "engine/rules/tagged_sentence.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"

namespace accord {
namespace {

// ASCII replacement for a typographic character starting at `p`, or nullptr.
// Sets *len to the UTF-8 length of the character replaced.
const char* Fold(absl::string_view s, size_t p, int* len) {
  if (p + 2 < s.size() && static_cast<unsigned char>(s[p]) == 0xE2 &&
      static_cast<unsigned char>(s[p + 1]) == 0x80) {
    const char* folded = nullptr;
    switch (static_cast<unsigned char>(s[p + 2])) {
      case 0x98:  // ‘
      case 0x99:  // ’
        folded = "'";
        break;
      case 0x9C:  // “
      case 0x9D:  // ”
        folded = "\"";
        break;
      case 0x90:  // hyphen
      case 0x91:  // non-breaking hyphen
      case 0x93:  // –
      case 0x94:  // —
        folded = "-";
        break;
    }
    if (folded != nullptr) *len = 3;
    return folded;
  }
  if (p + 1 < s.size() && static_cast<unsigned char>(s[p]) == 0xC2 &&
      static_cast<unsigned char>(s[p + 1]) == 0xA0) {  // no-break space
    *len = 2;
    return " ";
  }
  return nullptr;
}

// Bytes that end a run of plain text: non-ASCII (maybe a character to fold)
// and Markdown emphasis and code markers.
struct NotPlain {
  bool c[256] = {};
  constexpr NotPlain() {
    for (int b = 0x80; b < 256; ++b) c[b] = true;
    c['*'] = c['_'] = c['`'] = true;
  }
};
constexpr NotPlain kNotPlain;

}  // namespace

TaggedSentence TaggedSentence::Render(absl::string_view doc_text,
                                      const AnnotatedSentence& sentence) {
  TaggedSentence t;
  const int begin = sentence.bounds.begin;
  const int end = sentence.bounds.end;
  t.tag_begin_.resize(sentence.mentions.size());
  t.tag_end_.resize(sentence.mentions.size());
  // The tagged text is at most the sentence plus the tags ("⟦", "⟧" and
  // "#" take 7 bytes, the tag name and index rarely more than 9), so one
  // reservation usually covers it and the per-byte appends below never
  // reallocate.
  const size_t capacity =
      (end > begin ? end - begin : 0) + 16 * sentence.mentions.size() + 1;
  t.text_.reserve(capacity);
  t.doc_offset_.reserve(capacity);
  size_t next = 0;
  int pos = begin;
  while (pos < end) {
    if (next < sentence.mentions.size() &&
        sentence.mentions[next].begin == pos) {
      const Mention& m = sentence.mentions[next];
      // ⟦TAG#i⟧, appended in place; every byte of it maps to the mention's
      // begin.
      t.tag_begin_[next] = static_cast<int>(t.text_.size());
      t.text_ += "\xE2\x9F\xA6";
      t.text_ += m.tag;
      t.text_ += '#';
      absl::StrAppend(&t.text_, next);
      t.text_ += "\xE2\x9F\xA7";
      t.tag_end_[next] = static_cast<int>(t.text_.size());
      t.doc_offset_.resize(t.text_.size(), m.begin);
      pos = m.end;
      ++next;
      continue;
    }
    // Plain text up to the next mention's begin. A begin the scan has
    // stepped over (inside a folded character) never matches `pos` again,
    // so then, as in a byte-by-byte check, no later tag is written.
    const int stop =
        next < sentence.mentions.size() && sentence.mentions[next].begin > pos
            ? std::min(sentence.mentions[next].begin, end)
            : end;
    while (pos < stop) {
      // A run of plain ASCII bytes is lower-cased as it is scanned, each
      // byte mapping to its own offset (text_ and doc_offset_ always have
      // the same size while rendering): both grow to the most the run can
      // take and are cut back where it ends.
      const size_t old = t.text_.size();
      t.text_.resize(old + (stop - pos));
      t.doc_offset_.resize(old + (stop - pos));
      char* out = &t.text_[old];
      int* offset = &t.doc_offset_[old];
      int run_end = pos;
      for (; run_end < stop; ++run_end) {
        const unsigned char b = doc_text[run_end];
        if (kNotPlain.c[b]) break;
        *out++ = absl::ascii_tolower(b);
        *offset++ = run_end;
      }
      t.text_.resize(old + (run_end - pos));
      t.doc_offset_.resize(old + (run_end - pos));
      if (run_end > pos) {
        pos = run_end;
        continue;
      }
      const char c = doc_text[pos];
      // Markdown emphasis and code markers carry no words.
      if (c == '*' || c == '_' || c == '`') {
        ++pos;
        continue;
      }
      int len = 1;
      if (const char* folded = Fold(doc_text, pos, &len)) {
        t.text_ += folded;
      } else {
        t.text_.push_back(absl::ascii_tolower(c));
      }
      t.doc_offset_.push_back(pos);
      pos += len;
    }
  }
  t.doc_offset_.push_back(end);
  return t;
}

std::vector<int> TaggedSentence::MentionsIn(int begin, int end) const {
  std::vector<int> out;
  for (size_t i = 0; i < tag_begin_.size(); ++i) {
    if (tag_begin_[i] >= begin && tag_end_[i] <= end) {
      out.push_back(static_cast<int>(i));
    }
  }
  return out;
}

}  // namespace accord
