#include "engine/extract/tagged_tokens.h"

#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"

namespace accord {
namespace {

constexpr absl::string_view kOpen = "⟦";
constexpr absl::string_view kClose = "⟧";

bool IsWordByte(char c) {
  return absl::ascii_isalnum(static_cast<unsigned char>(c)) || c == '\'' ||
         c == '-';
}

}  // namespace

std::vector<TaggedToken> TokenizeTagged(absl::string_view t) {
  std::vector<TaggedToken> tokens;
  size_t i = 0;
  while (i < t.size()) {
    const char c = t[i];
    if (absl::ascii_isspace(static_cast<unsigned char>(c))) {
      ++i;
    } else if (t.substr(i, kOpen.size()) == kOpen) {
      const size_t close = t.find(kClose, i);
      const size_t hash = t.find('#', i);
      if (close == absl::string_view::npos || hash == absl::string_view::npos ||
          hash > close) {
        i += kOpen.size();
        continue;
      }
      int index = -1;
      const absl::string_view digits = t.substr(hash + 1, close - hash - 1);
      if (!absl::SimpleAtoi(digits, &index)) index = -1;
      const size_t name = i + kOpen.size();
      tokens.push_back({TaggedToken::kTag, static_cast<int>(i),
                        static_cast<int>(close + kClose.size()),
                        t.substr(name, hash - name), index});
      i = close + kClose.size();
    } else if (IsWordByte(c)) {
      size_t j = i;
      while (j < t.size() && IsWordByte(t[j])) ++j;
      tokens.push_back({TaggedToken::kWord, static_cast<int>(i),
                        static_cast<int>(j), t.substr(i, j - i)});
      i = j;
    } else {
      tokens.push_back({TaggedToken::kPunct, static_cast<int>(i),
                        static_cast<int>(i + 1), t.substr(i, 1)});
      ++i;
    }
  }
  return tokens;
}

int CountTags(absl::string_view t, absl::string_view tag) {
  const std::string opener = absl::StrCat("⟦", tag, "#");
  int n = 0;
  for (size_t at = t.find(opener); at != absl::string_view::npos;
       at = t.find(opener, at + opener.size())) {
    ++n;
  }
  return n;
}

}  // namespace accord
