// The gazetteer: known entities and their surface forms, matched in text.
//
//   ACCORD_ASSIGN_OR_RETURN(auto gaz, Gazetteer::FromTextproto(text));
//   for (const GazetteerMatch& m : gaz->FindAll(sentence)) ...
//
// Names are matched case-sensitively as whole words; entries whose aliases
// are all lower case (common nouns such as "ceasefire") match in any case.
// At each position the longest alias wins.
#ifndef ACCORD_ENGINE_ANNOTATE_GAZETTEER_H_
#define ACCORD_ENGINE_ANNOTATE_GAZETTEER_H_

#include <bitset>
#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "engine/normalize/tokenizer.h"
#include "proto/accord.pb.h"
#include "re2/re2.h"

namespace accord {

struct GazetteerMatch {
  int begin = 0;  // byte offsets into the searched text
  int end = 0;
  const Entity* entity = nullptr;
  // True when the match is a demonym ("Russian") rather than a name.
  bool demonym = false;
};

class Gazetteer {
 public:
  // Parses an accord.GazetteerFile textproto. Fails on duplicate ids, duplicate
  // aliases naming different entities, and part_of/stands_for ids that are
  // not defined.
  static absl::StatusOr<std::unique_ptr<Gazetteer>> FromTextproto(
      absl::string_view textproto);

  // Loads the gazetteer file at `path` (see FromTextproto).
  static absl::StatusOr<std::unique_ptr<Gazetteer>> FromFile(
      const std::string& path);

  // All non-overlapping matches in `text`, left to right, longest first.
  std::vector<GazetteerMatch> FindAll(absl::string_view text) const;
  // The same matches, visiting the words of `tokens` == Tokenize(text)
  // instead of every byte where it can (every form starts with an ASCII
  // letter or digit).
  std::vector<GazetteerMatch> FindAll(absl::string_view text,
                                      const std::vector<Token>& tokens) const;

  // The entity with `id`, or nullptr.
  const Entity* Find(absl::string_view id) const;

  // True when `inner` is `outer` or transitively part_of it.
  bool IsPartOf(absl::string_view inner, absl::string_view outer) const;

  // The id an actor mention stands for by metonymy (Beijing -> china), or
  // `id` itself.
  std::string ActorId(absl::string_view id) const;

  int size() const { return entities_.entities_size(); }

 private:
  Gazetteer() = default;
  absl::Status Build();
  // FindAll, over `tokens` when not null.
  std::vector<GazetteerMatch> FindAllImpl(
      absl::string_view text, const std::vector<Token>* tokens) const;

  GazetteerFile entities_;
  absl::flat_hash_map<std::string, const Entity*> by_id_;
  // Surface form (lower-cased for the case-insensitive set) -> entity.
  absl::flat_hash_map<std::string, const Entity*> names_;
  absl::flat_hash_map<std::string, const Entity*> nouns_;
  absl::flat_hash_map<std::string, const Entity*> demonyms_;
  std::unique_ptr<RE2> names_re_;
  std::unique_ptr<RE2> nouns_re_;

  // The forms of one alternation indexed by their first byte (lower-cased
  // for the case-insensitive nouns), longest first. FindAll scans with them
  // instead of the RE2 alternations, which give the same leftmost-longest
  // matches (see LongestAt in gazetteer.cc); the RE2s remain for the case
  // where only RE2's Unicode case folding is exact.
  struct LiteralForms {
    // False when some form is not ASCII: then only RE2's Unicode case
    // folding is exact and the case-insensitive scan keeps using RE2.
    bool ascii = true;
    std::vector<std::string> by_first_byte[256];
    // Bytes a form can start with (both ASCII cases when case-insensitive).
    bool starts[256] = {};
    // second_bytes[first] has bit b set when a form of by_first_byte[first]
    // has b as its second byte, and every bit when one has a single byte.
    std::bitset<256> second_bytes[256];
  };
  LiteralForms names_literal_;
  LiteralForms nouns_literal_;
  // True when every form of both scans starts with an ASCII letter or digit.
  bool starts_alnum_ = true;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_ANNOTATE_GAZETTEER_H_
