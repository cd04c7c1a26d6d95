#include "engine/extract/noun_victims.h"

#include <algorithm>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "engine/extract/cue_patterns.h"
#include "engine/extract/tagged_tokens.h"

namespace accord {

absl::StatusOr<std::unique_ptr<NounVictims>> NounVictims::Create(
    const CountCueFile& p) {
  std::unique_ptr<NounVictims> v(new NounVictims());
  v->frames_.insert(p.death_frames().begin(), p.death_frames().end());
  std::vector<std::string> counted;
  for (const CountWord& w : p.count_words()) {
    v->count_words_[w.word()] = w.count();
    counted.push_back(w.word());
  }
  std::vector<std::string> dets(p.definite_determiners().begin(),
                                p.definite_determiners().end());
  dets.insert(dets.end(), p.singular_determiners().begin(),
              p.singular_determiners().end());
  const std::string det = dets.empty() ? "(?:a)" : LongestFirst(dets);
  const std::string units =
      p.age_units().empty() ? "(?:year)" : LongestFirst(p.age_units());
  const std::string name = "⟦PER#\\d+⟧(?:,? \\(?(?:[a-z]+ )?⟦NUM#\\d+⟧\\)?,?)?";
  std::vector<CuePattern> builds = {
      // "the slaying of Ana Ruiz, 15, and Leo Ruiz": the people named.
      {&v->of_names_,
       absl::StrCat("^ of (?:", det, " )?(?:⟦NUM#\\d+⟧[- ][a-z]+[- ]old )?(",
                    name, "(?:(?:,? and |, )", name, ")*)")},
      // "the death of a 2-year-old": one person told by an age ("-olds"
      // would be several).
      {&v->of_age_, absl::StrCat("^ of (?:", det, " )?⟦NUM#\\d+⟧[- ]", units,
                                 "[- ]old\\b(?:[^s]|$)")},
  };
  if (!counted.empty()) {
    builds.push_back(
        {&v->count_word_, absl::StrCat("(?:^|[^a-z])(", LongestFirst(counted),
                                       ") (?:[a-z-]+ )?$")});
  }
  if (!p.self_killing_nouns().empty()) {
    builds.push_back(
        {&v->self_killing_,
         absl::StrCat("^[-/]", LongestFirst(p.self_killing_nouns()), "\\b")});
  }
  if (absl::Status s = CompileCuePatterns(builds); !s.ok()) return s;
  return v;
}

int NounVictims::Count(absl::string_view frame, const TaggedSentence& tagged,
                       int trigger_begin, int trigger_end,
                       size_t* of_phrase) const {
  *of_phrase = std::string::npos;
  if (!frames_.contains(frame) || of_names_ == nullptr) return 0;
  const std::string& t = tagged.text();
  const re2::StringPiece before(t.data(), trigger_begin);
  const re2::StringPiece after(t.data() + trigger_end, t.size() - trigger_end);
  const absl::string_view trigger(t.data() + trigger_begin,
                                  trigger_end - trigger_begin);
  int n = 0;
  // "a double homicide", "the triple murder" (the word may be the
  // trigger's own first word).
  std::string word;
  if (count_word_ != nullptr) {
    const size_t space = trigger.find(' ');
    const auto own = count_words_.find(absl::AsciiStrToLower(
        trigger.substr(0, space == absl::string_view::npos ? 0 : space)));
    if (own != count_words_.end()) {
      n = own->second;
    } else if (RE2::PartialMatch(before, *count_word_, &word)) {
      n = count_words_.at(word);
    }
  }
  // "murder-suicide": the killer died as well as a victim.
  if (self_killing_ != nullptr && RE2::PartialMatch(after, *self_killing_)) {
    n = std::max(n, 2);
  }
  // The of-phrase's people.
  std::string names;
  if (RE2::PartialMatch(after, *of_names_, &names)) {
    return std::max(n, CountTags(names, "PER"));
  }
  if (RE2::PartialMatch(after, *of_age_)) return std::max(n, 1);
  static const LazyRE2 kOf = {"^ of "};
  re2::StringPiece rest = after;
  if (RE2::Consume(&rest, *kOf)) {
    *of_phrase = static_cast<size_t>(rest.data() - t.data());
  }
  return n;
}

}  // namespace accord
