#include "engine/reconcile/participants.h"

#include <algorithm>
#include <utility>

#include "absl/strings/ascii.h"
#include "engine/extract/patient_age.h"
#include "engine/extract/patient_kind.h"
#include "engine/wordnet/noun_kinds.h"
#include "proto/claim_args.h"

namespace accord {
namespace {

// The lower-case words of `text` (letters and digits).
std::set<std::string> Words(absl::string_view text) {
  std::set<std::string> words;
  std::string w;
  for (size_t i = 0; i <= text.size(); ++i) {
    const char ch = i < text.size() ? text[i] : ' ';
    if (absl::ascii_isalnum(static_cast<unsigned char>(ch))) {
      w.push_back(absl::ascii_tolower(static_cast<unsigned char>(ch)));
    } else if (!w.empty()) {
      words.insert(w);
      w.clear();
    }
  }
  return words;
}

bool SharesWord(const std::set<std::string>& a,
                const std::set<std::string>& b) {
  for (const std::string& w : a) {
    if (b.count(w) > 0) return true;
  }
  return false;
}

bool Includes(const std::set<std::string>& a, const std::set<std::string>& b) {
  return std::includes(a.begin(), a.end(), b.begin(), b.end());
}

}  // namespace

std::set<std::string> ParticipantSplitter::NameOf(const Value& v) const {
  if (!v.has_entity_id()) return {};
  const absl::string_view said =
      v.surface().empty() ? absl::string_view(v.entity_id()) : v.surface();
  if (lexicon_->IsPronoun(said) || lexicon_->IsPronoun(v.entity_id())) {
    return {};
  }
  std::set<std::string> words = Words(said);
  // A possessive's "s" and articles say nothing about who it is.
  words.erase("s");
  words.erase("the");
  words.erase("a");
  words.erase("an");
  const NounKinds& kinds = NounKinds::Default();
  bool proper = false;
  for (const std::string& w : words) {
    const bool digits = std::all_of(w.begin(), w.end(), [](char ch) {
      return absl::ascii_isdigit(static_cast<unsigned char>(ch));
    });
    if (!digits && w.size() > 1 && kinds.Of(w) == 0) proper = true;
  }
  if (!proper) return {};
  return words;
}

std::vector<std::vector<const Claim*>> ParticipantSplitter::Split(
    const std::vector<const Claim*>& part, const FrameSpec& frame) const {
  if (frame.participant_roles_size() == 0 || part.size() < 2) return {part};
  // An animal's killing or death is never a person's: the claims whose
  // patient is an animal (engine/extract/patient_kinds.h) are an
  // occurrence of their own, split further by name like the rest.
  std::vector<const Claim*> animals, others;
  for (const Claim* c : part) {
    const Value* kind = ArgValue(*c, kPatientKindRole);
    (kind != nullptr && kind->text() == kAnimalPatient ? animals : others)
        .push_back(c);
  }
  if (!animals.empty() && !others.empty()) {
    std::vector<std::vector<const Claim*>> out = SplitByName(others, frame);
    for (auto& o : SplitByName(animals, frame)) out.push_back(std::move(o));
    return out;
  }
  return SplitByName(part, frame);
}

std::vector<std::vector<const Claim*>> ParticipantSplitter::SplitByName(
    const std::vector<const Claim*>& part, const FrameSpec& frame) const {
  if (part.size() < 2) return {part};
  struct Named {
    const Claim* claim;
    std::vector<std::pair<int, std::set<std::string>>> names;  // role index
    std::set<std::string> sentence;  // words of the claim's sentence
  };
  std::vector<Named> named;
  std::vector<const Claim*> wildcards;
  for (const Claim* c : part) {
    Named n{c, {}, {}};
    for (int i = 0; i < frame.participant_roles_size(); ++i) {
      const Value* v = ArgValue(*c, frame.participant_roles(i));
      if (v == nullptr) continue;
      std::set<std::string> name = NameOf(*v);
      if (!name.empty()) n.names.emplace_back(i, std::move(name));
    }
    // The one victim's age names the victim too: a 27-year-old's death is
    // not a 4-year-old's. Ages are compared with ages only (their own role
    // index), and a claim's sentence never "mentions" an age key.
    if (const Value* age = ArgValue(*c, kPatientAgeRole);
        age != nullptr && !age->text().empty()) {
      n.names.emplace_back(frame.participant_roles_size(),
                           std::set<std::string>{"age:" + age->text()});
    }
    if (n.names.empty()) {
      wildcards.push_back(c);
    } else {
      n.sentence = Words(c->sentence().text());
      named.push_back(std::move(n));
    }
  }
  if (named.size() < 2) return {part};
  std::stable_sort(named.begin(), named.end(),
                   [](const Named& a, const Named& b) {
                     return a.names.size() > b.names.size();
                   });
  // Two names of one role may be one participant: they share a word, or
  // either claim's sentence mentions the other's name.
  auto compatible = [](const Named& a, const std::set<std::string>& name_a,
                       const Named& b, const std::set<std::string>& name_b) {
    return SharesWord(name_a, name_b) || Includes(a.sentence, name_b) ||
           Includes(b.sentence, name_a);
  };
  std::vector<std::vector<const Named*>> occurrences;
  for (const Named& n : named) {
    int best = -1;
    for (int k = 0; k < static_cast<int>(occurrences.size()); ++k) {
      bool fits = true;
      for (const Named* other : occurrences[k]) {
        for (const auto& [role, name] : n.names) {
          for (const auto& [other_role, other_name] : other->names) {
            if (role == other_role &&
                !compatible(n, name, *other, other_name)) {
              fits = false;
            }
          }
        }
        if (!fits) break;
      }
      if (fits &&
          (best < 0 || occurrences[k].size() > occurrences[best].size())) {
        best = k;
      }
    }
    if (best < 0) {
      occurrences.emplace_back();
      best = static_cast<int>(occurrences.size()) - 1;
    }
    occurrences[best].push_back(&n);
  }
  std::vector<std::vector<const Claim*>> out;
  size_t largest = 0;
  for (const auto& o : occurrences) {
    std::vector<const Claim*> claims;
    for (const Named* n : o) claims.push_back(n->claim);
    out.push_back(std::move(claims));
  }
  for (size_t k = 1; k < out.size(); ++k) {
    if (out[k].size() > out[largest].size()) largest = k;
  }
  for (const Claim* c : wildcards) out[largest].push_back(c);
  return out;
}

}  // namespace accord
