#include "engine/annotate/gazetteer.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "engine/base/file_util.h"
#include "engine/base/status_macros.h"
#include "google/protobuf/text_format.h"

namespace accord {
namespace {

bool AllLower(absl::string_view s) {
  for (char c : s) {
    if (absl::ascii_isupper(c)) return false;
  }
  return true;
}

// One alternation of the quoted forms, longest first, between word edges.
// RE2 has no \b over UTF-8 letters, so edges are checked after matching.
std::unique_ptr<RE2> CompileAlternation(std::vector<std::string> forms,
                                        bool case_insensitive) {
  if (forms.empty()) return nullptr;
  std::sort(forms.begin(), forms.end(),
            [](const std::string& a, const std::string& b) {
              return a.size() != b.size() ? a.size() > b.size() : a < b;
            });
  std::vector<std::string> quoted;
  quoted.reserve(forms.size());
  for (const std::string& f : forms) quoted.push_back(RE2::QuoteMeta(f));
  RE2::Options options;
  options.set_case_sensitive(!case_insensitive);
  options.set_max_mem(64 << 20);
  return std::make_unique<RE2>(
      absl::StrCat("(", absl::StrJoin(quoted, "|"), ")"), options);
}

// True when the character starting at byte `i` of `text` is part of a word:
// ASCII letters and digits, and non-ASCII characters other than general
// punctuation (U+2000..U+206F: curly quotes, dashes) and no-break space.
bool IsWordCharAt(absl::string_view text, size_t i) {
  const unsigned char c = text[i];
  if (c < 0x80) return absl::ascii_isalnum(c);
  if (c == 0xE2 && i + 1 < text.size() &&
      (static_cast<unsigned char>(text[i + 1]) == 0x80 ||
       static_cast<unsigned char>(text[i + 1]) == 0x81)) {
    return false;
  }
  if (c == 0xC2 && i + 1 < text.size() &&
      static_cast<unsigned char>(text[i + 1]) == 0xA0) {
    return false;
  }
  return true;
}

// The start of the character that ends just before byte `i`.
size_t PreviousCharStart(absl::string_view text, size_t i) {
  size_t p = i - 1;
  while (p > 0 && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
  return p;
}

}  // namespace

absl::StatusOr<std::unique_ptr<Gazetteer>> Gazetteer::FromTextproto(
    absl::string_view textproto) {
  std::unique_ptr<Gazetteer> g(new Gazetteer());
  if (!google::protobuf::TextFormat::ParseFromString(std::string(textproto),
                                                     &g->entities_)) {
    return absl::InvalidArgumentError("gazetteer: malformed textproto");
  }
  ACCORD_RETURN_IF_ERROR(g->Build());
  return g;
}

absl::StatusOr<std::unique_ptr<Gazetteer>> Gazetteer::FromFile(
    const std::string& path) {
  ACCORD_ASSIGN_OR_RETURN(std::string text, ReadFileToString(path, 16 << 20));
  auto g = FromTextproto(text);
  if (!g.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat(path, ": ", g.status().message()));
  }
  return g;
}

absl::Status Gazetteer::Build() {
  std::vector<std::string> names, nouns;
  auto add = [&](absl::flat_hash_map<std::string, const Entity*>* map,
                 std::vector<std::string>* forms, const std::string& form,
                 const Entity* e) -> absl::Status {
    auto [it, inserted] = map->emplace(form, e);
    if (!inserted && it->second != e) {
      return absl::InvalidArgumentError(
          absl::StrCat("gazetteer: '", form, "' names both ", it->second->id(),
                       " and ", e->id()));
    }
    if (inserted) forms->push_back(form);
    return absl::OkStatus();
  };
  for (const Entity& e : entities_.entities()) {
    if (!by_id_.emplace(e.id(), &e).second) {
      return absl::InvalidArgumentError(
          absl::StrCat("gazetteer: duplicate id ", e.id()));
    }
  }
  std::vector<std::string> demonym_forms;
  for (const Entity& e : entities_.entities()) {
    std::vector<std::string> forms(e.aliases().begin(), e.aliases().end());
    forms.push_back(e.name());
    const bool noun = std::all_of(forms.begin(), forms.end(), AllLower);
    for (const std::string& f : forms) {
      if (f.empty()) continue;
      if (noun) {
        ACCORD_RETURN_IF_ERROR(add(&nouns_, &nouns, f, &e));
      } else {
        ACCORD_RETURN_IF_ERROR(add(&names_, &names, f, &e));
      }
    }
    for (const std::string& d : e.demonyms()) {
      ACCORD_RETURN_IF_ERROR(add(&demonyms_, &demonym_forms, d, &e));
      names.push_back(d);
    }
    for (const std::string& p : e.part_of()) {
      if (!by_id_.contains(p)) {
        return absl::InvalidArgumentError(absl::StrCat(
            "gazetteer: ", e.id(), " is part_of undefined id ", p));
      }
    }
    for (const std::string& p : e.stands_for()) {
      if (!by_id_.contains(p)) {
        return absl::InvalidArgumentError(absl::StrCat(
            "gazetteer: ", e.id(), " stands_for undefined id ", p));
      }
    }
  }
  names_re_ = CompileAlternation(names, false);
  nouns_re_ = CompileAlternation(nouns, true);
  if ((names_re_ && !names_re_->ok()) || (nouns_re_ && !nouns_re_->ok())) {
    return absl::InternalError("gazetteer: alias pattern does not compile");
  }
  return absl::OkStatus();
}

std::vector<GazetteerMatch> Gazetteer::FindAll(absl::string_view text) const {
  std::vector<GazetteerMatch> found;
  auto scan = [&](const RE2* re, bool lower) {
    if (re == nullptr) return;
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece m;
    size_t pos = 0;
    while (pos <= text.size() &&
           re->Match(input, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
      const int b = static_cast<int>(m.data() - text.data());
      const int e = b + static_cast<int>(m.size());
      const bool left_ok =
          b == 0 || !IsWordCharAt(text, PreviousCharStart(text, b));
      const bool right_ok =
          e == static_cast<int>(text.size()) || !IsWordCharAt(text, e);
      if (left_ok && right_ok && e > b) {
        std::string key(m.data(), m.size());
        if (lower) key = absl::AsciiStrToLower(key);
        GazetteerMatch gm{b, e, nullptr, false};
        if (auto it = (lower ? nouns_ : names_).find(key);
            it != (lower ? nouns_ : names_).end()) {
          gm.entity = it->second;
        } else if (auto d = demonyms_.find(key); d != demonyms_.end()) {
          gm.entity = d->second;
          gm.demonym = true;
        }
        if (gm.entity != nullptr) found.push_back(gm);
        pos = e;
      } else {
        // Not at word edges: retry one byte further (next UTF-8 start).
        pos = b + 1;
        while (pos < text.size() &&
               (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) {
          ++pos;
        }
      }
    }
  };
  scan(names_re_.get(), false);
  scan(nouns_re_.get(), true);
  // Longest first, then leftmost; drop overlaps.
  std::sort(found.begin(), found.end(),
            [](const GazetteerMatch& a, const GazetteerMatch& b) {
              return (a.end - a.begin) != (b.end - b.begin)
                         ? (a.end - a.begin) > (b.end - b.begin)
                         : a.begin < b.begin;
            });
  std::vector<GazetteerMatch> kept;
  for (const GazetteerMatch& m : found) {
    bool overlaps = false;
    for (const GazetteerMatch& k : kept) {
      if (m.begin < k.end && k.begin < m.end) {
        overlaps = true;
        break;
      }
    }
    if (!overlaps) kept.push_back(m);
  }
  std::sort(kept.begin(), kept.end(),
            [](const GazetteerMatch& a, const GazetteerMatch& b) {
              return a.begin < b.begin;
            });
  return kept;
}

const Entity* Gazetteer::Find(absl::string_view id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : it->second;
}

bool Gazetteer::IsPartOf(absl::string_view inner,
                         absl::string_view outer) const {
  std::vector<std::string> stack = {std::string(inner)};
  for (int steps = 0; !stack.empty() && steps < 64; ++steps) {
    const std::string id = stack.back();
    stack.pop_back();
    if (id == outer) return true;
    if (const Entity* e = Find(id)) {
      for (const std::string& p : e->part_of()) stack.push_back(p);
    }
  }
  return false;
}

std::string Gazetteer::ActorId(absl::string_view id) const {
  const Entity* e = Find(id);
  if (e != nullptr && e->stands_for_size() > 0) return e->stands_for(0);
  return std::string(id);
}

}  // namespace accord
