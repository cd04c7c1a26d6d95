// The English words the TimeML layer reads tense and time expressions with
// (tense cues, prepositions, vague references, recurrences, ...), loaded
// from data: engine/data/time_words.textproto (proto/time_words.proto).
//
//   const TimeWords& w = TimeWords::Default();
//   if (w.leading_prepositions.Has(token)) ...
//   for (const TimeWords::Phrase& p : w.boundaries) p.MatchAt(tokens, i);

#ifndef ACCORD_ENGINE_TIMEML_TIME_WORDS_H_
#define ACCORD_ENGINE_TIMEML_TIME_WORDS_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "engine/normalize/tokenizer.h"

namespace accord {

class TimeWords {
 public:
  // A set of lower-case words, tested against a token's (lower-cased)
  // text.
  class WordSet {
   public:
    bool Has(const Token& t) const { return words_.contains(t.text); }
    bool Has(absl::string_view w) const { return words_.contains(w); }
    void Insert(absl::string_view w) { words_.emplace(w); }
    bool empty() const { return words_.empty(); }

   private:
    absl::flat_hash_set<std::string> words_;
  };

  // A phrase of words and its value ("the end of" END, "daily" P1D).
  struct Phrase {
    std::vector<std::string> words;
    std::string value;
    // Number of tokens of this phrase at tokens[i..] (0 when they do not
    // all match).
    int MatchAt(const std::vector<Token>& tokens, int i) const;
  };

  // Parses a TimeWordsFile textproto. Every list must hold a word, every
  // phrase words and a value, and every word be lower case; errors name
  // the field.
  static absl::StatusOr<std::unique_ptr<TimeWords>> FromTextproto(
      absl::string_view text);

  // The embedded words, parsed once on first use (thread-safe; the
  // embedded file is checked by a test, so this never fails).
  static const TimeWords& Default();

  // The lists of proto/time_words.proto, field by field.
  WordSet future_markers, future_before_to, past_forms, ed_not_past;
  WordSet leading_prepositions, past_time_openers, not_noun_after_recurrence;
  WordSet duration_frames, vague_amounts, vague_length_frames;
  WordSet elapsed_time_cues, not_year_before, not_year_after, determiners;
  WordSet relative_words, range_connectors, range_openers;
  WordSet possessive_time_nouns, reported_quarter_words;
  WordSet current_quarter_words, quarter_followers, figure_cues;
  WordSet longer_period_cues, present_forms, period_end_words;
  WordSet future_after_to, deadline_prepositions, past_perfect_markers;
  WordSet participle_auxiliaries, cause_prepositions, narrative_span_openers;
  WordSet current_period_units, definite_year_modifiers;
  WordSet definite_year_blockers, attributive_adverbs, future_before_for;
  WordSet relative_pronouns, prenominal_references;
  std::vector<Phrase> boundaries, vague_references, recurrence_adverbs;
  std::vector<Phrase> recurrence_units, parts_of_day, seasons, vague_units;
  std::vector<Phrase> narrative_offsets, narrative_units;
  // value_words: decade_words, duration_bounds.
  std::vector<Phrase> decade_words, duration_bounds;
  // Phrases without a value (year_back_phrases, reported_quarter_phrases).
  std::vector<Phrase> year_back_phrases, reported_quarter_phrases;
  std::vector<Phrase> year_end_phrases, earliest_time_phrases;

  // The value of the one-word phrase `t` in `phrases`, or nullptr.
  static const std::string* ValueOf(const std::vector<Phrase>& phrases,
                                    const Token& t);
};

}  // namespace accord

#endif  // ACCORD_ENGINE_TIMEML_TIME_WORDS_H_
