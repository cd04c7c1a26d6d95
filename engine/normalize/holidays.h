// Holiday calendar for the time normalizer: recognizes English holiday names
// ("Christmas", "Thanksgiving", "Easter Monday", "Yom Kippur") and computes
// their dates in any year from calendar rules: fixed dates, n-th weekdays,
// the Gregorian and Julian Easter computus, and the arithmetic Hebrew
// calendar.
//
//   int id; int end = HolidayAt(tokens, i, &id);
//   HolidayDates(id, 2013, &begin, &end, &grain);  // Thanksgiving: Nov 28

#ifndef ACCORD_ENGINE_NORMALIZE_HOLIDAYS_H_
#define ACCORD_ENGINE_NORMALIZE_HOLIDAYS_H_

#include <bitset>
#include <cstdint>
#include <vector>

#include "absl/time/civil_time.h"
#include "engine/normalize/tokenizer.h"
#include "proto/accord.pb.h"

namespace accord {

// Longest holiday name starting at token `i`; sets *id and returns the end
// token, or -1.
// `tokens` must come from Tokenize (it reads Token::word_hash).
int HolidayAt(const std::vector<Token>& tokens, int i, int* id);

namespace holidays_internal {
// HolidayAt's first test on a word token `t`, exposed so that per-token
// scans can make it inline before calling HolidayAt (the call costs more
// than the test, and ~91 % of words fail it): no holiday name starts at a
// word whose bit kHolidayFirstWordMask & t.word_hash is clear in
// HolidayFirstWords().
constexpr uint32_t kHolidayFirstWordMask = (1u << 14) - 1;
const std::bitset<kHolidayFirstWordMask + 1>& HolidayFirstWords();
// HolidayAt without its first-word hash filter: the lookup HolidayAt makes
// once the filter passes, and the reference tests compare it with.
int HolidayAtSlow(const std::vector<Token>& tokens, int i, int* id);
}  // namespace holidays_internal

// The holiday's interval in Gregorian `year`: [*begin, *end) at *grain
// (DAY for most; MINUTE for Earth Hour). False when the holiday has no date
// that year.
bool HolidayDates(int id, int year, absl::CivilSecond* begin,
                  absl::CivilSecond* end, Grain* grain);

// True when the holiday spans several days (Hanukkah, Lent) and so reads as
// an interval.
bool HolidayIsInterval(int id);

// Canonical name ("Thanksgiving Day").
const char* HolidayName(int id);

// Gregorian Easter Sunday of `year`.
absl::CivilDay WesternEaster(int year);
// Orthodox (Julian computus) Easter Sunday of `year`, as a Gregorian date.
absl::CivilDay OrthodoxEaster(int year);
// Gregorian date of day `day` of Hebrew month `month` (1 = Nisan ... 7 =
// Tishri ... 12 = Adar, 13 = Adar II) of Hebrew year `hyear`.
absl::CivilDay FromHebrew(int hyear, int month, int day);

}  // namespace accord

#endif  // ACCORD_ENGINE_NORMALIZE_HOLIDAYS_H_
