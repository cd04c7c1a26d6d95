// Counts that an enumeration of counted nouns adds up: "captured 12 Iraqi
// and 9 Syrian fighters" is 21, "seven officers and two civilians were
// hurt" is 9 people.
//
//   AddEnumeratedCounts(tagged, sentence, head, cues, is_clause_word, &value);
#ifndef ACCORD_ENGINE_EXTRACT_ENUMERATED_COUNTS_H_
#define ACCORD_ENGINE_EXTRACT_ENUMERATED_COUNTS_H_

#include <functional>
#include <string>

#include "absl/strings/string_view.h"
#include "engine/annotate/mention.h"
#include "engine/extract/count_cues.h"
#include "engine/rules/tagged_sentence.h"
#include "proto/accord.pb.h"

namespace accord {

// The unit of two counts summed in one enumeration, or false when they do
// not add up: equal units or one missing ("12 Iraqi and 9 Syrian
// fighters"), or two nouns that both name people ("7 officers and 2
// civilians": WordNet's most frequent sense), counted as "person". "7
// people and 12 cows" do not add up. Thread-safe.
bool JoinUnits(const std::string& a, const std::string& b, std::string* out);

// A count in an enumeration of counted nouns counts them all: "captured 12
// Iraqi and 9 Syrian fighters" (one noun shared) is 21, "killed 3 soldiers,
// 2 soldiers and 4 soldiers" is 9 and "seven officers and two civilians
// were hurt" is 9 people (JoinUnits). `head` is the count's mention in `s`;
// the counts that follow it, or precede it, after at most two words and a
// comma or "and" are added to `value` (bounds too). A range ("between 10
// and 20") is not an enumeration. An enumeration lists one event's victims
// in one noun phrase, so it ends where a clause does: a verb or an
// auxiliary between two counts ("Two people were killed and one child was
// injured": `is_clause_word`) makes them counts of different clauses, and
// a partitive ("Ten people were shot, one of them fatally") or an age is a
// subset or an attribute, never one more member. Leaves `value` alone when
// it holds no quantity. Thread-safe.
void AddEnumeratedCounts(
    const TaggedSentence& tagged, const AnnotatedSentence& s, int head,
    const CountCues& cues,
    const std::function<bool(absl::string_view)>& is_clause_word, Value* value);

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_ENUMERATED_COUNTS_H_
