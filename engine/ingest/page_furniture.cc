#include "engine/ingest/page_furniture.h"

#include <algorithm>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "engine/data/embedded_data.h"
#include "engine/io/bounded_parse.h"

namespace accord {
namespace {

// The cues as case-insensitive RE2 alternatives, longest first, a space
// matching any run of spaces.
std::string Alternatives(
    const google::protobuf::RepeatedPtrField<std::string>& words) {
  std::vector<std::string> w;
  for (const std::string& s : words) {
    std::string q = RE2::QuoteMeta(s);
    // QuoteMeta escapes spaces as "\ ".
    std::string out;
    for (size_t i = 0; i < q.size(); ++i) {
      if (q[i] == '\\' && i + 1 < q.size() && q[i + 1] == ' ') {
        out += "\\s+";
        ++i;
      } else {
        out.push_back(q[i]);
      }
    }
    w.push_back(std::move(out));
  }
  std::sort(w.begin(), w.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  return absl::StrCat("(?:", absl::StrJoin(w, "|"), ")");
}

absl::Status Compile(const std::string& pattern, std::unique_ptr<RE2>* out) {
  *out = std::make_unique<RE2>(pattern);
  if (!(*out)->ok()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "furniture cues: bad pattern ", pattern, ": ", (*out)->error()));
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<std::unique_ptr<PageFurniture>> PageFurniture::FromTextproto(
    absl::string_view text) {
  std::unique_ptr<PageFurniture> f(new PageFurniture());
  const absl::Status parsed = ParseTextproto(text, &f->proto_);
  if (!parsed.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat("furniture cues: ", parsed.message()));
  }
  const FurnitureCueFile& p = f->proto_;
  if (p.label_cues().empty() || p.teaser_cues().empty() ||
      p.widget_phrases().empty() || p.pager_nouns().empty() ||
      p.finite_verbs().empty() || p.max_label_words() <= 0) {
    return absl::InvalidArgumentError(
        "furniture cues: every list must hold a word and max_label_words "
        "must be positive");
  }
  const std::string pager = absl::StrCat(Alternatives(p.pager_nouns()),
                                         "s?\\s+\\d+\\s+of\\s+(?:/\\s*)?\\d+");
  // "1 / 2", "0:26", "02:16:05", "10:42 AM", "|", "Image 4 of 8".
  const std::string shape = absl::StrCat(
      "(?:\\d+\\s*/\\s*\\d+|", pager,
      "|\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?|[|•·]|-+)");
  absl::Status s;
  if (!(s = Compile(absl::StrCat("(?i)^", Alternatives(p.label_cues()),
                                 "\\b(\\s*[:|])?"),
                    &f->label_))
           .ok() ||
      !(s = Compile(absl::StrCat("(?i)^", Alternatives(p.teaser_cues()),
                                 "\\s*(?:[:|]|$)"),
                    &f->teaser_))
           .ok() ||
      !(s = Compile(absl::StrCat("(?i)^", shape, "(?:\\s+", shape, ")*$"),
                    &f->shapes_))
           .ok() ||
      !(s = Compile(absl::StrCat("(?i)(?:\\b", pager, "\\b|\\b",
                                 Alternatives(p.widget_phrases()),
                                 "\\b|\\|\\s*\\d{1,2}:\\d{2}\\b)"),
                    &f->inline_))
           .ok()) {
    return s;
  }
  for (const std::string& v : p.finite_verbs()) f->finite_verbs_.insert(v);
  return f;
}

const PageFurniture& PageFurniture::Default() {
  static const PageFurniture* const kDefault =
      PageFurniture::FromTextproto(embedded::kFurniture).value().release();
  return *kDefault;
}

bool PageFurniture::IsFurnitureLine(absl::string_view line) const {
  const re2::StringPiece l(line.data(), line.size());
  if (RE2::PartialMatch(l, *teaser_) || RE2::FullMatch(l, *shapes_)) {
    return true;
  }
  std::string colon;
  if (!RE2::PartialMatch(l, *label_, &colon)) return false;
  int words = 0;
  for (absl::string_view w :
       absl::StrSplit(line, absl::ByAnyChar(" \t"), absl::SkipEmpty())) {
    ++words;
    std::string lower = absl::AsciiStrToLower(
        absl::StripTrailingAsciiWhitespace(absl::StripSuffix(w, ",")));
    if (finite_verbs_.contains(lower)) return false;
  }
  if (words > proto_.max_label_words()) return false;
  return !colon.empty() || words <= 4;
}

std::vector<Removal> PageFurniture::Find(absl::string_view text) const {
  std::vector<Removal> out;
  auto add = [&](size_t b, size_t e) {
    Removal r;
    r.set_begin(static_cast<int>(b));
    r.set_end(static_cast<int>(e));
    r.set_reason("page furniture");
    out.push_back(std::move(r));
  };
  size_t begin = 0;
  while (begin <= text.size()) {
    size_t end = text.find('\n', begin);
    if (end == absl::string_view::npos) end = text.size();
    const absl::string_view raw = text.substr(begin, end - begin);
    const absl::string_view line = absl::StripAsciiWhitespace(raw);
    if (!line.empty()) {
      if (IsFurnitureLine(line)) {
        add(begin, end);
      } else {
        // Pager and widget spans inside a sentence line.
        re2::StringPiece input(raw.data(), raw.size());
        re2::StringPiece m;
        size_t pos = 0;
        while (pos <= raw.size() &&
               inline_->Match(input, pos, raw.size(), RE2::UNANCHORED, &m, 1)) {
          const size_t b = m.data() - raw.data();
          const size_t e = b + m.size();
          if (e == b) {
            ++pos;
            continue;
          }
          add(begin + b, begin + e);
          pos = e;
        }
      }
    }
    if (end == text.size()) break;
    begin = end + 1;
  }
  return out;
}

}  // namespace accord
