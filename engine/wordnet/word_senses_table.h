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
  uint32_t word;        // the lemma, lower case
  uint32_t group_name;  // the head word of the group's synset
  uint32_t synset;      // first (most frequent) sense
  uint32_t hypernym;    // first sense's hypernym, 0 if none
  uint32_t group;       // the event the word names (gen_word_senses.cc)
  uint64_t lexfiles;    // bit N: some sense is in lexicographer file N
  char pos;             // 'n' or 'v'
  uint8_t first_lexfile;
  uint8_t senses;  // number of senses, at most 255
};

// An irregular inflection (verb.exc, noun.exc): "fled" -> "flee".
struct ExceptionRecord {
  uint32_t form;
  uint32_t lemma;
  char pos;
};

extern const LemmaRecord kLemmas[];  // sorted by (word, pos)
extern const size_t kLemmaCount;
extern const ExceptionRecord kExceptions[];  // sorted by (form, pos, lemma)
extern const size_t kExceptionCount;
extern const char kStrings[];
extern const size_t kStringsSize;

}  // namespace wordnet_internal
}  // namespace accord

#endif  // ACCORD_ENGINE_WORDNET_WORD_SENSES_TABLE_H_
