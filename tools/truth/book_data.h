// Loader for the AbeBooks Book data set (Yin, Han, Yu, KDD 2007; Dong,
// Berti-Equille, Srivastava, VLDB 2009) into truth-discovery observations.
//
// Value of a listing = its author list reduced to the sorted multiset of
// author surnames, e.g. "knuth" or "crosson;yacht". Parsing handles
// "Last, First" and "First Last" forms, ';' '/' '&' "and" separators, runs
// like "Donald E. Knuth John Fuller" and "Connolly, Thomas M.Begg, Carolyn",
// initials, HTML entities, parenthesized roles "(Author)", and noise words
// (By, Editor, Associates, Jr., ...). Which word of a person is the surname
// is first guessed from the form, then settled per book by the guesses of
// all listings of that ISBN (so "Knuth Donald" becomes knuth). Empty lists
// and "Not Available" are no claim. Two lists match when their surname
// multisets are equal (order, first names and initials ignored).
//
//   auto obs = accord::truth::LoadBookObservations(dir + "/book.txt");
#ifndef ACCORD_TOOLS_TRUTH_BOOK_DATA_H_
#define ACCORD_TOOLS_TRUTH_BOOK_DATA_H_

#include <map>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "engine/truth/observation.h"

namespace accord {
namespace truth {

// One parsed author: lower-case name words (initials dropped) and the
// index of the guessed surname.
struct PersonName {
  std::vector<std::string> words;
  int surname = 0;
};

// Parses a raw author list into persons; empty for "Not Available" or
// nothing parseable.
std::vector<PersonName> ParseAuthorList(absl::string_view raw);

// Sorted surnames joined with ';' ("" for no persons).
std::string SurnameKey(const std::vector<PersonName>& persons);

// Similarity of two surname keys: multiset Jaccard |A n B| / |A u B|.
// Same() is key equality.
class BookValueModel : public ValueModel {
 public:
  double Similarity(absl::string_view attribute, absl::string_view a,
                    absl::string_view b) const override;
};

// Reads Source, ISBN, Title, Author list (CRLF) into observations with
// attribute "authors" and the surname key as value; surnames are settled
// per ISBN as described above.
absl::StatusOr<std::vector<Observation>> LoadBookObservations(
    const std::string& path);

// Reads ISBN<TAB>authors ("last, first; last, first;") into ISBN -> key.
absl::StatusOr<std::map<std::string, std::string>> LoadBookGold(
    const std::string& path);

}  // namespace truth
}  // namespace accord

#endif  // ACCORD_TOOLS_TRUTH_BOOK_DATA_H_
