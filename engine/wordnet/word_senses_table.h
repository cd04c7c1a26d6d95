// The layout of the WordNet table tools/wordnet/gen_word_senses generates:
// plain integer records sorted by word and a blob of NUL-terminated
// strings, so the table is ready in read-only memory with no parsing at
// start-up. Internal to engine/wordnet/word_senses; read it through
// WordSenses.
//
//   const LemmaRecord& r = kLemmas[i];
//   absl::string_view word(kStrings + r.word);
#ifndef ACCORD_ENGINE_WORDNET_WORD_SENSES_TABLE_H_
#define ACCORD_ENGINE_WORDNET_WORD_SENSES_TABLE_H_

#include <cstddef>
#include <cstdint>

namespace accord {
namespace wordnet_internal {

// One lemma of one part of speech. Strings are offsets into kStrings;
// synset ids are WordNet 3.0 data-file offsets with the top bit set for
// verbs.
struct LemmaRecord {
  uint32_t word;         // the lemma, lower case
  uint32_t group_name;   // the head word of the group's synset
  uint32_t synset;       // first (most frequent) sense
  uint32_t hypernym;     // first sense's hypernym, 0 if none
  uint32_t group;        // the event the word names (gen_word_senses.cc)
  uint32_t first_sense;  // kSenses[first_sense, + min(senses, 255)): all
                         // senses, most frequent first
  uint64_t lexfiles;     // bit N: some sense is in lexicographer file N
  char pos;              // 'n' or 'v'
  uint8_t first_lexfile;
  uint8_t senses;  // number of senses, at most 255
  uint8_t length;  // of the word
};

// One sense of a lemma in 32 bits: bit 31 is set for a verb, bits 24-29
// hold the lexicographer file and bits 0-23 the data-file offset (WordNet
// 3.0's offsets are below 2^24; the generator checks). A lemma's senses
// are consecutive, in WordNet's order (most frequent first).
using SenseRecord = uint32_t;
// The synset id of a sense, as LemmaRecord::synset spells ids.
inline uint32_t SenseSynset(SenseRecord r) { return r & 0x80ffffffu; }
inline int SenseLexfile(SenseRecord r) { return (r >> 24) & 0x3f; }

// An irregular inflection (verb.exc, noun.exc): "fled" -> "flee".
struct ExceptionRecord {
  uint32_t form;
  uint32_t lemma;
  char pos;
  uint8_t form_length, lemma_length;
};

// Lemmas are bucketed by their first two bytes so a lookup searches one
// small sorted range: kLemmas[kLemmaBuckets[b], kLemmaBuckets[b + 1]) holds
// every lemma of bucket b = LemmaBucket(word). Byte order sorts the end of
// a word and non-letters before letters, so the buckets follow the sort.
constexpr int kLemmaBucketCount = 27 * 28;
inline int LemmaBucket(const char* word, size_t size) {
  const auto letter = [](char c) { return c >= 'a' && c <= 'z'; };
  if (size == 0 || !letter(word[0])) return 0;
  const int first = word[0] - 'a' + 1;
  const int second = size == 1 ? 0 : letter(word[1]) ? word[1] - 'a' + 2 : 1;
  return first * 28 + second;
}

extern const LemmaRecord kLemmas[];  // sorted by (word, pos)
extern const size_t kLemmaCount;
extern const uint32_t kLemmaBuckets[kLemmaBucketCount + 1];
extern const SenseRecord kSenses[];
extern const size_t kSenseCount;
extern const ExceptionRecord kExceptions[];  // sorted by (form, pos, lemma)
extern const size_t kExceptionCount;
extern const char kStrings[];
extern const size_t kStringsSize;

}  // namespace wordnet_internal
}  // namespace accord

#endif  // ACCORD_ENGINE_WORDNET_WORD_SENSES_TABLE_H_
