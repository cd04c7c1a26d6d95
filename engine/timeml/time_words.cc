#include "engine/timeml/time_words.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "engine/data/embedded_data.h"
#include "engine/io/bounded_parse.h"
#include "proto/time_words.pb.h"

namespace accord {
namespace {

using google::protobuf::RepeatedPtrField;

bool IsLowerCase(absl::string_view w) {
  for (char c : w) {
    if (absl::ascii_isupper(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

absl::Status Fill(absl::string_view field,
                  const RepeatedPtrField<std::string>& in,
                  TimeWords::WordSet* out) {
  if (in.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat("time words: ", field, " holds no word"));
  }
  for (const std::string& w : in) {
    if (w.empty() || !IsLowerCase(w) || w.find(' ') != std::string::npos) {
      return absl::InvalidArgumentError(absl::StrCat(
          "time words: ", field, ": \"", w, "\" is not one lower-case word"));
    }
    out->Insert(w);
  }
  return absl::OkStatus();
}

absl::Status Fill(absl::string_view field,
                  const RepeatedPtrField<TimePhrase>& in,
                  std::vector<TimeWords::Phrase>* out) {
  if (in.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat("time words: ", field, " holds no phrase"));
  }
  for (const TimePhrase& p : in) {
    TimeWords::Phrase phrase;
    phrase.words = absl::StrSplit(p.phrase(), ' ', absl::SkipEmpty());
    phrase.value = p.value();
    if (phrase.words.empty() || phrase.value.empty() ||
        !IsLowerCase(p.phrase())) {
      return absl::InvalidArgumentError(
          absl::StrCat("time words: ", field, ": \"", p.phrase(),
                       "\" needs lower-case words and a value"));
    }
    out->push_back(std::move(phrase));
  }
  return absl::OkStatus();
}

// Phrases without values: each string is a phrase.
absl::Status FillPhrases(absl::string_view field,
                         const RepeatedPtrField<std::string>& in,
                         std::vector<TimeWords::Phrase>* out) {
  if (in.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat("time words: ", field, " holds no phrase"));
  }
  for (const std::string& p : in) {
    TimeWords::Phrase phrase;
    phrase.words = absl::StrSplit(p, ' ', absl::SkipEmpty());
    if (phrase.words.empty() || !IsLowerCase(p)) {
      return absl::InvalidArgumentError(absl::StrCat(
          "time words: ", field, ": \"", p, "\" is no lower-case phrase"));
    }
    out->push_back(std::move(phrase));
  }
  return absl::OkStatus();
}

}  // namespace

int TimeWords::Phrase::MatchAt(const std::vector<Token>& t, int i) const {
  const int n = static_cast<int>(words.size());
  for (int k = 0; k < n; ++k) {
    if (i + k >= static_cast<int>(t.size()) || !t[i + k].Is(words[k])) return 0;
  }
  return n;
}

const std::string* TimeWords::ValueOf(const std::vector<Phrase>& phrases,
                                      const Token& t) {
  for (const Phrase& p : phrases) {
    if (p.words.size() == 1 && t.Is(p.words[0])) return &p.value;
  }
  return nullptr;
}

absl::StatusOr<std::unique_ptr<TimeWords>> TimeWords::FromTextproto(
    absl::string_view text) {
  TimeWordsFile f;
  const absl::Status parsed = ParseTextproto(text, &f);
  if (!parsed.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat("time words: ", parsed.message()));
  }
  auto w = std::make_unique<TimeWords>();
  absl::Status s;
#define ACCORD_FILL(field) \
  if (!(s = Fill(#field, f.field(), &w->field)).ok()) return s;
  ACCORD_FILL(future_markers)
  ACCORD_FILL(future_before_to)
  ACCORD_FILL(past_forms)
  ACCORD_FILL(ed_not_past)
  ACCORD_FILL(leading_prepositions)
  ACCORD_FILL(boundaries)
  ACCORD_FILL(vague_references)
  ACCORD_FILL(past_time_openers)
  ACCORD_FILL(recurrence_adverbs)
  ACCORD_FILL(recurrence_units)
  ACCORD_FILL(not_noun_after_recurrence)
  ACCORD_FILL(parts_of_day)
  ACCORD_FILL(seasons)
  ACCORD_FILL(duration_frames)
  ACCORD_FILL(vague_amounts)
  ACCORD_FILL(vague_units)
  ACCORD_FILL(not_year_before)
  ACCORD_FILL(not_year_after)
  ACCORD_FILL(determiners)
  ACCORD_FILL(relative_words)
  ACCORD_FILL(range_connectors)
  ACCORD_FILL(range_openers)
  ACCORD_FILL(possessive_time_nouns)
  ACCORD_FILL(elapsed_time_cues)
  ACCORD_FILL(reported_quarter_words)
  ACCORD_FILL(current_quarter_words)
  ACCORD_FILL(quarter_followers)
  ACCORD_FILL(vague_length_frames)
  ACCORD_FILL(figure_cues)
  ACCORD_FILL(longer_period_cues)
  ACCORD_FILL(present_forms)
  ACCORD_FILL(period_end_words)
  ACCORD_FILL(future_after_to)
  ACCORD_FILL(deadline_prepositions)
  ACCORD_FILL(past_perfect_markers)
  ACCORD_FILL(participle_auxiliaries)
  ACCORD_FILL(cause_prepositions)
  ACCORD_FILL(narrative_offsets)
  ACCORD_FILL(narrative_units)
  ACCORD_FILL(narrative_span_openers)
  ACCORD_FILL(current_period_units)
  ACCORD_FILL(definite_year_modifiers)
  ACCORD_FILL(definite_year_blockers)
  ACCORD_FILL(attributive_adverbs)
  ACCORD_FILL(future_before_for)
  ACCORD_FILL(relative_pronouns)
  ACCORD_FILL(prenominal_references)
  if (!(s = Fill("value_words.decade_words", f.value_words().decade_words(),
                 &w->decade_words))
           .ok() ||
      !(s = Fill("value_words.duration_bounds",
                 f.value_words().duration_bounds(), &w->duration_bounds))
           .ok()) {
    return s;
  }
#undef ACCORD_FILL
  if (!(s = FillPhrases("year_back_phrases", f.year_back_phrases(),
                        &w->year_back_phrases))
           .ok() ||
      !(s = FillPhrases("reported_quarter_phrases",
                        f.reported_quarter_phrases(),
                        &w->reported_quarter_phrases))
           .ok() ||
      !(s = FillPhrases("year_end_phrases", f.year_end_phrases(),
                        &w->year_end_phrases))
           .ok() ||
      !(s = FillPhrases("earliest_time_phrases", f.earliest_time_phrases(),
                        &w->earliest_time_phrases))
           .ok()) {
    return s;
  }
  // Values the readers map to enums: checked here, so a typo in the data
  // is an error rather than a silently wrong value.
  struct Allowed {
    const char* field;
    const std::vector<Phrase>* phrases;
    std::vector<absl::string_view> values;
  } allowed[] = {
      {"boundaries", &w->boundaries, {"START", "MID", "END"}},
      {"vague_references", &w->vague_references, {"PAST", "PRESENT", "FUTURE"}},
      {"narrative_offsets", &w->narrative_offsets, {"+1", "-1", "0"}},
      {"narrative_units", &w->narrative_units, {"YEAR", "MONTH", "DAY"}},
      {"duration_bounds",
       &w->duration_bounds,
       {"MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS", "APPROX"}},
  };
  for (const Phrase& p : w->decade_words) {
    int year = 0;
    if (!absl::SimpleAtoi(p.value, &year) || year < 1000 || year > 2090 ||
        year % 10 != 0) {
      return absl::InvalidArgumentError(
          absl::StrCat("time words: decade_words: \"", p.value,
                       "\" is not the first year of a decade"));
    }
  }
  for (const Allowed& a : allowed) {
    for (const Phrase& p : *a.phrases) {
      if (std::find(a.values.begin(), a.values.end(), p.value) ==
          a.values.end()) {
        return absl::InvalidArgumentError(
            absl::StrCat("time words: ", a.field, ": \"", p.value,
                         "\" is not one of ", absl::StrJoin(a.values, ", ")));
      }
    }
  }
  return w;
}

const TimeWords& TimeWords::Default() {
  static const TimeWords* const kDefault =
      TimeWords::FromTextproto(embedded::kTimeWords).value().release();
  return *kDefault;
}

}  // namespace accord
