#include "engine/normalize/iso_civil.h"

namespace accord {
namespace {

// The value of the `n` decimal digits at `p`, or -1 if one is not a digit.
int Digits(const char* p, int n) {
  int v = 0;
  for (int i = 0; i < n; ++i) {
    const unsigned d = static_cast<unsigned char>(p[i]) - '0';
    if (d > 9) return -1;
    v = v * 10 + static_cast<int>(d);
  }
  return v;
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

}  // namespace

bool ParseIsoCivilFast(absl::string_view s, absl::CivilSecond* out) {
  if (s.size() != 19 || s[4] != '-' || s[7] != '-' || s[10] != 'T' ||
      s[13] != ':' || s[16] != ':') {
    return false;
  }
  const char* p = s.data();
  const int y = Digits(p, 4), mo = Digits(p + 5, 2), d = Digits(p + 8, 2),
            h = Digits(p + 11, 2), mi = Digits(p + 14, 2),
            se = Digits(p + 17, 2);
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 ||
      mi > 59 || se < 0 || se > 59) {
    return false;
  }
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  const int days = mo == 2 && IsLeap(y) ? 29 : kDays[mo - 1];
  if (d > days) return false;
  *out = absl::CivilSecond(y, mo, d, h, mi, se);
  return true;
}

bool ParseCivilSecond(absl::string_view s, absl::CivilSecond* out) {
  return ParseIsoCivilFast(s, out) || absl::ParseCivilTime(s, out);
}

}  // namespace accord
