#include "engine/rules/lexicon.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "engine/base/file_util.h"
#include "engine/base/status_macros.h"
#include "engine/io/bounded_parse.h"

namespace accord {
namespace {

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// Regular English inflections of one verb: base, -s, -ed, -ing, with the
// doubled-consonant variants both spellings use ("travelled", "traveled").
std::vector<std::string> Inflect(const std::string& v) {
  std::vector<std::string> out = {v};
  if (v.empty()) return out;
  const char last = v.back();
  const bool ends_e = last == 'e';
  const bool ends_y_consonant =
      last == 'y' && v.size() > 1 && !IsVowel(v[v.size() - 2]);
  // third person
  if (ends_y_consonant) {
    out.push_back(v.substr(0, v.size() - 1) + "ies");
  } else if (last == 's' || last == 'x' || last == 'z' ||
             absl::EndsWith(v, "ch") || absl::EndsWith(v, "sh")) {
    out.push_back(v + "es");
  } else {
    out.push_back(v + "s");
  }
  // past and gerund
  if (ends_e) {
    out.push_back(v + "d");
    out.push_back(v.substr(0, v.size() - 1) + "ing");
  } else if (ends_y_consonant) {
    out.push_back(v.substr(0, v.size() - 1) + "ied");
    out.push_back(v + "ing");
  } else {
    out.push_back(v + "ed");
    out.push_back(v + "ing");
    const bool cvc = v.size() >= 3 && !IsVowel(last) && last != 'w' &&
                     last != 'x' && last != 'y' && IsVowel(v[v.size() - 2]) &&
                     !IsVowel(v[v.size() - 3]);
    if (cvc) {
      out.push_back(v + last + "ed");
      out.push_back(v + last + "ing");
    }
  }
  return out;
}

}  // namespace

absl::StatusOr<std::unique_ptr<Lexicon>> Lexicon::FromTextproto(
    absl::string_view textproto) {
  std::unique_ptr<Lexicon> lex(new Lexicon());
  if (const absl::Status s = ParseTextproto(textproto, &lex->lexicon_);
      !s.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat("lexicon: malformed textproto: ", s.message()));
  }
  for (const std::string& p : lex->lexicon_.pronouns()) {
    lex->pronouns_.insert(absl::AsciiStrToLower(p));
  }
  for (const FrameSpec& f : lex->lexicon_.frames()) {
    if (!lex->by_name_.emplace(f.name(), &f).second) {
      return absl::InvalidArgumentError(
          absl::StrCat("lexicon: duplicate frame ", f.name()));
    }
    auto declared = [&f](const std::string& role) {
      if (role.empty()) return true;
      for (const RoleSpec& r : f.roles()) {
        if (r.name() == role) return true;
      }
      return false;
    };
    for (const RoleSpec& r : f.roles()) {
      if (r.kind() == ROLE_KIND_UNSPECIFIED) {
        return absl::InvalidArgumentError(
            absl::StrCat("lexicon: ", f.name(), ".", r.name(), " has no kind"));
      }
    }
    if (!declared(f.subject_role()) || !declared(f.object_role())) {
      return absl::InvalidArgumentError(absl::StrCat(
          "lexicon: ", f.name(), " subject/object role is not declared"));
    }
  }
  return lex;
}

absl::StatusOr<std::unique_ptr<Lexicon>> Lexicon::FromFile(
    const std::string& path) {
  ACCORD_ASSIGN_OR_RETURN(std::string text, ReadFileToString(path, 16 << 20));
  auto lex = FromTextproto(text);
  if (!lex.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat(path, ": ", lex.status().message()));
  }
  return lex;
}

bool Lexicon::IsPronoun(absl::string_view word) const {
  return pronouns_.contains(absl::AsciiStrToLower(word));
}

const FrameSpec* Lexicon::Find(absl::string_view name) const {
  auto it = by_name_.find(name);
  return it == by_name_.end() ? nullptr : it->second;
}

RoleKind Lexicon::KindOf(const FrameSpec& frame, absl::string_view role) const {
  for (const RoleSpec& r : frame.roles()) {
    if (r.name() == role) return r.kind();
  }
  return INFO;
}

std::vector<std::string> Lexicon::VerbForms(const FrameSpec& frame) {
  std::vector<std::string> out;
  for (const std::string& phrase : frame.verbs()) {
    const size_t space = phrase.find(' ');
    const std::string head = phrase.substr(0, space);
    const std::string rest =
        space == std::string::npos ? "" : phrase.substr(space);
    for (const std::string& f : Inflect(head)) out.push_back(f + rest);
  }
  for (const std::string& f : frame.forms()) out.push_back(f);
  std::sort(out.begin(), out.end(),
            [](const std::string& a, const std::string& b) {
              return a.size() != b.size() ? a.size() > b.size() : a < b;
            });
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::string> Lexicon::NounForms(const FrameSpec& frame) {
  std::vector<std::string> out;
  for (const std::string& n : frame.nouns()) {
    out.push_back(n);
    if (!n.empty() && n.back() != 's') {
      out.push_back(n.back() == 'y' ? n.substr(0, n.size() - 1) + "ies"
                                    : n + "s");
    }
  }
  std::sort(out.begin(), out.end(),
            [](const std::string& a, const std::string& b) {
              return a.size() != b.size() ? a.size() > b.size() : a < b;
            });
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace accord
