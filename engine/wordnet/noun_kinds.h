// What kind of thing an English noun names, from WordNet's noun hierarchy
// (WordNet 3.0, Debian's wordnet-base), compiled into the binary at build
// time by tools/wordnet/gen_noun_kinds: whether some sense of a noun is a
// person (a hyponym of person.n.01), an animal (animal.n.01), a social group
// (social_group.n.01: "police", "family", "crowd"), a body part
// (body_part.n.01: "leg") or anything else. Used
// to tell the patients of violence frames ("killed a courier") from
// figurative objects ("executing the philosophy", "hurt feelings") and to
// sum enumerations of people ("seven officers and two civilians").
//
//   const NounKinds& kinds = NounKinds::Default();
//   if (kinds.Of("officers") & NounKinds::kPerson) ...
#ifndef ACCORD_ENGINE_WORDNET_NOUN_KINDS_H_
#define ACCORD_ENGINE_WORDNET_NOUN_KINDS_H_

#include "absl/strings/string_view.h"

namespace accord {

class NounKinds {
 public:
  // Kind bits: a noun with several senses has several.
  static constexpr int kPerson = 1;
  static constexpr int kAnimal = 2;
  static constexpr int kGroup = 4;
  static constexpr int kBodyPart = 8;
  static constexpr int kOther = 16;

  // The compiled table. Thread-safe; costs nothing at start-up (lookups
  // binary-search the generated text, which gen_noun_kinds writes sorted).
  static const NounKinds& Default();

  // The kind bits of `noun` (any case; a regular or irregular plural is
  // reduced to its lemma: "officers", "women", "families"); 0 when WordNet
  // has no such noun. Thread-safe.
  int Of(absl::string_view noun) const;

  // The kind bits of `noun`'s most frequent sense (WordNet orders senses
  // by frequency): "cow" has a person sense, but first names an animal.
  int FirstSenseOf(absl::string_view noun) const;

  // Whether `noun`'s most frequent sense is a person.
  bool IsPerson(absl::string_view noun) const {
    return FirstSenseOf(noun) & kPerson;
  }

  // Number of entries (lemmas and irregular plurals). Linear: for tests.
  size_t size() const;

  // Whether the table's lines are in ascending byte order of their keys,
  // which lookups rely on (the generator sorts them; tests check it).
  // Linear: for tests.
  bool SortedByKey() const;

 private:
  explicit NounKinds(absl::string_view table) : table_(table) {}

  // The table entry's kind digits for exactly `lemma` (lower case), or ""
  // when there is none.
  absl::string_view Lookup(absl::string_view lemma, int depth) const;
  // The kind digits of `noun` (itself, else its singular), with the kind
  // bits of all senses of it and of its singular in `all`.
  absl::string_view Digits(absl::string_view noun, int* all) const;

  // Lines "lemma\tKF" or "plural\t=lemma", sorted by key, one per line.
  absl::string_view table_;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_WORDNET_NOUN_KINDS_H_
