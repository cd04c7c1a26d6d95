#include "engine/normalize/holidays.h"

#include <algorithm>
#include <bitset>
#include <cmath>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"

namespace accord {
namespace {

using absl::CivilDay;
using absl::CivilSecond;

// How a holiday's date is computed.
enum class Rule {
  kFixed,         // month/day
  kFixedWeekday,  // month/day moved off weekends (Boss's Day, King's Day)
  kNthWeekday,    // n-th (or last, n = -1) weekday of month
  kEaster,        // offset days from Gregorian Easter
  kOrthodox,      // offset days from Orthodox Easter
  kHebrew,        // Hebrew month/day (the evening before, as Duckling)
  kEarthHour,     // last Saturday of March, 20:30-21:30
  kIslamic,       // Islamic month/day from the astronomical new moon
  kChinese,       // first new moon (Beijing) on or after January 21
  kSankranti,     // the Sun entering a sidereal sign (a: degrees), + b days
  kParsi,         // 1 Farvardin of the 365-day Shahenshahi year
};

struct Holiday {
  const char* name;
  Rule rule;
  int a = 0;            // month | offset | Hebrew month
  int b = 0;            // day | n | Hebrew day
  int c = 0;            // weekday (Mon=0) for kNthWeekday
  int length = 1;       // days
  int length2 = 0;      // for intervals ending at another offset
  const char* aliases;  // '|'-separated lower-case token sequences
};

// Names are matched as token sequences ("boss's day" is "boss's" + "day").
const std::vector<Holiday>& Table() {
  static const auto* t = new std::vector<Holiday>{
      {"Christmas", Rule::kFixed, 12, 25, 0, 1, 0,
       "christmas|christmas day|xmas|xmas day|christmas eve day"},
      {"Christmas Eve", Rule::kFixed, 12, 24, 0, 1, 0, "christmas eve"},
      {"New Year's Eve", Rule::kFixed, 12, 31, 0, 1, 0,
       "new year's eve|new years eve"},
      {"New Year's Day", Rule::kFixed, 1, 1, 0, 1, 0,
       "new year's day|new years day|new year's"},
      {"Valentine's Day", Rule::kFixed, 2, 14, 0, 1, 0,
       "valentine's day|valentine day|valentines day|valentine's"},
      {"Halloween", Rule::kFixed, 10, 31, 0, 1, 0, "halloween"},
      {"St Patrick's Day", Rule::kFixed, 3, 17, 0, 1, 0,
       "st patrick's day|st paddy's day|saint patrick's day|saint paddy's "
       "day|saint patricks day|st patricks day|st . patrick's day"},
      {"World Vegan Day", Rule::kFixed, 11, 1, 0, 1, 0, "world vegan day"},
      {"Independence Day", Rule::kFixed, 7, 4, 0, 1, 0, "independence day"},
      {"Boss's Day", Rule::kFixedWeekday, 10, 16, 0, 1, 0,
       "boss's day|boss day|bosses day|boss's"},
      {"King's Day", Rule::kFixedWeekday, 4, 27, 1, 1, 0,
       "king's day|kings day|koningsdag"},
      {"Thanksgiving Day", Rule::kNthWeekday, 11, 4, 3, 1, 0,
       "thanksgiving day|thanksgiving"},
      {"Black Friday", Rule::kNthWeekday, 11, 4, 3, 1, 1, "black friday"},
      {"Martin Luther King's Day", Rule::kNthWeekday, 1, 3, 0, 1, 0,
       "mlk day|mlk jr . day|mlk jr day|martin luther king day|martin luther "
       "king's day|martin luther kings day|martin luther king jr . day|"
       "martin luther king jr day|civil rights day"},
      {"Memorial Day", Rule::kNthWeekday, 5, -1, 0, 1, 0, "memorial day"},
      {"Labor Day", Rule::kNthWeekday, 9, 1, 0, 1, 0, "labor day|labour day"},
      {"Mother's Day", Rule::kNthWeekday, 5, 2, 6, 1, 0,
       "mother's day|mothers day"},
      {"Father's Day", Rule::kNthWeekday, 6, 3, 6, 1, 0,
       "father's day|fathers day"},
      {"Easter Sunday", Rule::kEaster, 0, 0, 0, 1, 0,
       "easter|easter sunday|easter day"},
      {"Easter Monday", Rule::kEaster, 1, 0, 0, 1, 0,
       "easter monday|easter mon"},
      {"Maundy Thursday", Rule::kEaster, -3, 0, 0, 1, 0,
       "maundy thursday|covenant thursday|covenant thu|thu of mysteries|"
       "thursday of mysteries|holy thursday"},
      {"Good Friday", Rule::kEaster, -2, 0, 0, 1, 0, "good friday"},
      {"Holy Saturday", Rule::kEaster, -1, 0, 0, 1, 0, "holy saturday"},
      {"Palm Sunday", Rule::kEaster, -7, 0, 0, 1, 0,
       "palm sunday|branch sunday"},
      {"Ascension Day", Rule::kEaster, 39, 0, 0, 1, 0, "ascension day"},
      {"Pentecost", Rule::kEaster, 49, 0, 0, 1, 0,
       "pentecost|white sunday|whit sunday|whitsunday"},
      {"Whit Monday", Rule::kEaster, 50, 0, 0, 1, 0,
       "whit monday|monday of the holy spirit|whitmonday"},
      {"Trinity Sunday", Rule::kEaster, 56, 0, 0, 1, 0, "trinity sunday"},
      {"Shrove Tuesday", Rule::kEaster, -47, 0, 0, 1, 0,
       "shrove tuesday|pancake day|mardi gras|pancake tuesday"},
      {"Ash Wednesday", Rule::kEaster, -46, 0, 0, 1, 0, "ash wednesday"},
      {"Lent", Rule::kEaster, -46, 0, 0, 46, 0, "lent"},
      {"Orthodox Easter Sunday", Rule::kOrthodox, 0, 0, 0, 1, 0,
       "orthodox easter|orthodox easter sunday"},
      {"Orthodox Good Friday", Rule::kOrthodox, -2, 0, 0, 1, 0,
       "orthodox good friday|orthodox great friday"},
      {"Clean Monday", Rule::kOrthodox, -48, 0, 0, 1, 0,
       "clean monday|orthodox shrove monday|ash monday"},
      {"Lazarus Saturday", Rule::kOrthodox, -8, 0, 0, 1, 0, "lazarus saturday"},
      {"Great Lent", Rule::kOrthodox, -48, 0, 0, 40, 0,
       "great fast|great lent"},
      {"Earth Hour", Rule::kEarthHour, 0, 0, 0, 1, 0, "earth hour"},
      // Hebrew calendar: month (1 = Nisan, 7 = Tishri), day, length in days.
      {"Rosh Hashanah", Rule::kHebrew, 7, 1, 0, 3, 0,
       "rosh hashanah|rosh hashana|rosh hashanna|rosh hoshana"},
      {"Yom Kippur", Rule::kHebrew, 7, 10, 0, 1, 0, "yom kippur"},
      {"Sukkot", Rule::kHebrew, 7, 15, 0, 9, 0,
       "sukkot|succos|sukkos|feast of the ingathering|feast of tabernacles|"
       "feast of booths"},
      {"Shemini Atzeret", Rule::kHebrew, 7, 22, 0, 1, 0, "shemini atzeret"},
      {"Simchat Torah", Rule::kHebrew, 7, 23, 0, 1, 0, "simchat torah"},
      {"Hanukkah", Rule::kHebrew, 9, 25, 0, 8, 0,
       "hanukkah|chanukah|hanukah|hannukkah|chanukkah|hannukah"},
      {"Tu BiShvat", Rule::kHebrew, 11, 15, 0, 1, 0,
       "tu bishvat|tu b'shvat|tu bshvat"},
      {"Purim", Rule::kHebrew, 12, 14, 0, 1, 0, "purim"},
      {"Shushan Purim", Rule::kHebrew, 12, 15, 0, 1, 0, "shushan purim"},
      {"Passover", Rule::kHebrew, 1, 15, 0, 9, 0, "passover|pesach"},
      {"Yom HaShoah", Rule::kHebrew, 1, 27, 0, 1, 0,
       "yom hashoah|holocaust day|holocaust remembrance day"},
      {"Yom Ha'atzmaut", Rule::kHebrew, 2, 5, 0, 1, 0,
       "yom ha'atzmaut|yom haatzmaut"},
      {"Lag BaOmer", Rule::kHebrew, 2, 18, 0, 1, 0,
       "lag b'omer|lag baomer|lag ba'omer"},
      {"Shavuot", Rule::kHebrew, 3, 6, 0, 3, 0, "shavuot|shavuos"},
      {"Tisha B'Av", Rule::kHebrew, 5, 9, 0, 1, 0,
       "tisha b'av|tisha bav|tisha be'av"},
      // Islamic calendar: month (1 = Muharram ... 9 = Ramadan, 12 = Dhu
      // al-Hijjah), day; length 0 = the whole month; c = 1: last Friday.
      {"Islamic New Year", Rule::kIslamic, 1, 1, 0, 1, 0,
       "islamic new year|hijri new year|amun jadid"},
      {"Ashura", Rule::kIslamic, 1, 10, 0, 1, 0, "ashura|day of ashura"},
      {"Mawlid", Rule::kIslamic, 3, 12, 0, 1, 0,
       "mawlid|mawlid al - nabawi|mawlid an - nabi|milad un nabi|the "
       "prophet's birthday"},
      {"Isra and Mi'raj", Rule::kIslamic, 7, 27, 0, 1, 0,
       "isra and mi'raj|isra and miraj|the prophet's ascension|the night "
       "journey|ascension to heaven|lailat al miraj"},
      {"Ramadan", Rule::kIslamic, 9, 1, 0, 0, 0, "ramadan|ramadhan"},
      {"Laylat al-Qadr", Rule::kIslamic, 9, 27, 0, 1, 0,
       "laylat al - qadr|laylat al qadr|laylat al kadr|laylat al - kadr|night "
       "of power|night of destiny|night of measures|night of decree"},
      {"Jumu'atul-Wida", Rule::kIslamic, 9, 0, 1, 1, 0,
       "jumu'atul - wida|jumu'atul wida|jamat ul - vida|jamat ul vida|"
       "jumu'ah al - wida"},
      {"Eid al-Fitr", Rule::kIslamic, 10, 1, 0, 1, 0,
       "eid al - fitr|eid al fitr|eid ul - fitr|eid ul fitr|id ul - fitr"},
      {"Eid al-Adha", Rule::kIslamic, 12, 10, 0, 1, 0,
       "eid al - adha|eid al adha|eid ul - adha|eid ul adha|id ul - adha|"
       "id ul adha|bakr id|bakrid|sacrifice feast|feast of the sacrifice|"
       "kurban bayram"},
      // Solar (sidereal) festivals of India: Makara Sankranti (270 degrees)
      // and its Pongal days, Vaisakhi (0 degrees).
      {"Thai Pongal", Rule::kSankranti, 270, 0, 0, 1, 0,
       "pongal|thai pongal|makar sankranti|makara sankranti|makara "
       "sankranthi|makar sankranthi|maghi|uttarayan"},
      {"Boghi", Rule::kSankranti, 270, -1, 0, 1, 0,
       "boghi|bhogi|bogi|bogi pandigai|bhogi pandigai"},
      {"Mattu Pongal", Rule::kSankranti, 270, 1, 0, 1, 0,
       "mattu pongal|maattu pongal"},
      {"Kaanum Pongal", Rule::kSankranti, 270, 2, 0, 1, 0,
       "kaanum pongal|kanni pongal|kanum pongal"},
      {"Vaisakhi", Rule::kSankranti, 0, 0, 0, 1, 0,
       "vaisakhi|baisakhi|vaishakhi|vasakhi|vesakhi|mesha sankranti"},
      // 25 Boishakh: the Bengali year starts the day after the Sun enters
      // sidereal Aries.
      {"Rabindra Jayanti", Rule::kSankranti, 0, 25, 0, 1, 0,
       "rabindra jayanti|rabindranath jayanti|rabindranath tagore jayanti|"
       "pochishe boishakh"},
      {"Parsi New Year", Rule::kParsi, 0, 0, 0, 1, 0,
       "parsi new year|jamshedi navroz|parsi navroz"},
      {"Chinese New Year", Rule::kChinese, 0, 0, 0, 1, 0,
       "chinese new year|chinese new years|chinese new year's|chinese new "
       "year's day|chinese lunar new year|chinese lunar new year's day|lunar "
       "new year|spring festival"},
  };
  return *t;
}

struct Alias {
  std::vector<std::string> words;
  int id;
};

const std::vector<Alias>& Aliases() {
  static const auto* a = [] {
    auto* v = new std::vector<Alias>;
    const std::vector<Holiday>& t = Table();
    for (int id = 0; id < static_cast<int>(t.size()); ++id) {
      for (absl::string_view alias : absl::StrSplit(t[id].aliases, '|')) {
        Alias x;
        for (absl::string_view w :
             absl::StrSplit(alias, ' ', absl::SkipEmpty()))
          x.words.emplace_back(w);
        x.id = id;
        v->push_back(std::move(x));
      }
    }
    return v;
  }();
  return *a;
}

int WeekdayOf(CivilDay d) {
  return (static_cast<int>(absl::GetWeekday(d)) + 7) % 7;  // Monday = 0
}

CivilDay NthWeekday(int year, int month, int n, int weekday) {
  if (n > 0) {
    CivilDay d(year, month, 1);
    while (WeekdayOf(d) != weekday) d += 1;
    return d + 7 * (n - 1);
  }
  CivilDay d = CivilDay(year, month + 1, 1) - 1;
  while (WeekdayOf(d) != weekday) d -= 1;
  return d;
}

// Hebrew calendar (Reingold & Dershowitz, Calendrical Calculations).
long long HebrewElapsedDays(long long y) {
  const long long months = (235 * y - 234) / 19;
  const long long parts = 12084 + 13753 * months;
  long long day = 29 * months + parts / 25920;
  if ((3 * (day + 1)) % 7 < 3) ++day;
  return day;
}

long long HebrewNewYearDelay(long long y) {
  const long long ny0 = HebrewElapsedDays(y - 1);
  const long long ny1 = HebrewElapsedDays(y);
  const long long ny2 = HebrewElapsedDays(y + 1);
  if (ny2 - ny1 == 356) return 2;
  if (ny1 - ny0 == 382) return 1;
  return 0;
}

constexpr long long kHebrewEpoch = -1373427;  // R.D. of 1 Tishri AM 1

long long HebrewNewYear(long long y) {
  return kHebrewEpoch + HebrewElapsedDays(y) + HebrewNewYearDelay(y);
}

bool HebrewLeap(long long y) { return (7 * y + 1) % 19 < 7; }

int HebrewMonthDays(int m, long long y) {
  const long long len = HebrewNewYear(y + 1) - HebrewNewYear(y);
  const bool long_heshvan = len % 10 == 5;  // 355 or 385
  const bool short_kislev = len % 10 == 3;  // 353 or 383
  if (m == 2 || m == 4 || m == 6 || m == 10 || m == 13 ||
      (m == 12 && !HebrewLeap(y)) || (m == 8 && !long_heshvan) ||
      (m == 9 && short_kislev))
    return 29;
  return 30;
}

// R.D. day number: day 1 is 0001-01-01 (proleptic Gregorian).
CivilDay FromRd(long long rd) { return CivilDay(1, 1, 1) + (rd - 1); }

// Julian ephemeris day of the k-th new moon after January 2000 (Meeus,
// Astronomical Algorithms, ch. 49; accurate to a few minutes).
double NewMoonJde(double k) {
  const double T = k / 1236.85;
  const double rad = 3.14159265358979323846 / 180;
  double jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * T * T -
               0.000000150 * T * T * T + 0.00000000073 * T * T * T * T;
  const double E = 1 - 0.002516 * T - 0.0000074 * T * T;
  const double M = rad * (2.5534 + 29.10535670 * k - 0.0000014 * T * T -
                          0.00000011 * T * T * T);
  const double Mp =
      rad * (201.5643 + 385.81693528 * k + 0.0107582 * T * T +
             0.00001238 * T * T * T - 0.000000058 * T * T * T * T);
  const double F = rad * (160.7108 + 390.67050284 * k - 0.0016118 * T * T -
                          0.00000227 * T * T * T + 0.000000011 * T * T * T * T);
  const double Om = rad * (124.7746 - 1.56375588 * k + 0.0020672 * T * T +
                           0.00000215 * T * T * T);
  jde +=
      -0.40720 * std::sin(Mp) + 0.17241 * E * std::sin(M) +
      0.01608 * std::sin(2 * Mp) + 0.01039 * std::sin(2 * F) +
      0.00739 * E * std::sin(Mp - M) - 0.00514 * E * std::sin(Mp + M) +
      0.00208 * E * E * std::sin(2 * M) - 0.00111 * std::sin(Mp - 2 * F) -
      0.00057 * std::sin(Mp + 2 * F) + 0.00056 * E * std::sin(2 * Mp + M) -
      0.00042 * std::sin(3 * Mp) + 0.00042 * E * std::sin(M + 2 * F) +
      0.00038 * E * std::sin(M - 2 * F) - 0.00024 * E * std::sin(2 * Mp - M) -
      0.00017 * std::sin(Om) - 0.00007 * std::sin(Mp + 2 * M) +
      0.00004 * std::sin(2 * Mp - 2 * F) + 0.00004 * std::sin(3 * M) +
      0.00003 * std::sin(Mp + M - 2 * F) + 0.00003 * std::sin(2 * Mp + 2 * F) -
      0.00003 * std::sin(Mp + M + 2 * F) + 0.00003 * std::sin(Mp - M + 2 * F) -
      0.00002 * std::sin(Mp - M - 2 * F) - 0.00002 * std::sin(3 * Mp + M) +
      0.00002 * std::sin(4 * Mp);
  return jde;
}

// Civil time of a Julian day at UTC + `offset_hours` (Delta T, about a
// minute, is ignored).
CivilSecond FromJulianDay(double jd, double offset_hours) {
  const double seconds = (jd - 2451545.0) * 86400.0 + offset_hours * 3600.0;
  return CivilSecond(2000, 1, 1, 12, 0, 0) +
         static_cast<long long>(std::floor(seconds));
}

// Julian day at 00:00 UTC of `d`.
double ToJulianDay(CivilDay d) {
  return 2451544.5 + static_cast<double>(d - CivilDay(2000, 1, 1));
}

// The new moon at or before Julian day `jd`.
double NewMoonBefore(double jd) {
  double k = std::floor((jd - 2451550.09766) / 29.530588861) + 1;
  while (NewMoonJde(k) > jd) k -= 1;
  return NewMoonJde(k);
}

// Tabular (arithmetic) Islamic date as R.D., a first guess.
long long TabularIslamicRd(long long y, int m, int d) {
  return d + 29 * (m - 1) + (6 * m - 1) / 11 + (y - 1) * 354 +
         (3 + 11 * y) / 30 + 227015 - 1;
}

// First day of Islamic month (y, m) (m may be 13 = next year's first): the
// day after the conjunction when it falls before sunset in Mecca (taken as
// 18:30 local, UTC+3), else the day after that.
CivilDay IslamicMonthStart(long long y, int m) {
  if (m > 12) {
    y += 1;
    m -= 12;
  }
  const CivilDay guess = FromRd(TabularIslamicRd(y, m, 1));
  const double conj = NewMoonBefore(ToJulianDay(guess) + 1.5);
  const CivilSecond mecca = FromJulianDay(conj, 3);
  const CivilDay day(mecca);
  const CivilSecond sunset = CivilSecond(day) + (18 * 3600 + 30 * 60);
  return day + (mecca < sunset ? 1 : 2);
}

CivilDay FromIslamic(long long y, int m, int d) {
  return IslamicMonthStart(y, m) + (d - 1);
}

// Apparent geometric longitude of the Sun in degrees at Julian day `jd`
// (Meeus, ch. 25, low accuracy: about 0.01 degree).
double SunLongitude(double jd) {
  const double rad = 3.14159265358979323846 / 180;
  const double T = (jd - 2451545.0) / 36525.0;
  const double L0 = 280.46646 + 36000.76983 * T + 0.0003032 * T * T;
  const double M = rad * (357.52911 + 35999.05029 * T - 0.0001537 * T * T);
  const double C = (1.914602 - 0.004817 * T - 0.000014 * T * T) * std::sin(M) +
                   (0.019993 - 0.000101 * T) * std::sin(2 * M) +
                   0.000289 * std::sin(3 * M);
  const double omega = rad * (125.04 - 1934.136 * T);
  const double lambda = L0 + C - 0.00569 - 0.00478 * std::sin(omega);
  return lambda - 360.0 * std::floor(lambda / 360.0);
}

// Sidereal solar longitude with the Lahiri ayanamsa (23.853 degrees at
// J2000, precessing 50.29 arc seconds a year).
double SiderealSunLongitude(double jd) {
  const double ayanamsa = 23.853 + 0.0139694 * (jd - 2451545.0) / 365.25;
  const double l = SunLongitude(jd) - ayanamsa;
  return l - 360.0 * std::floor(l / 360.0);
}

// Day of a sankranti (the Sun entering sidereal longitude `target`) in
// India: the date in IST, or the next day when it happens after sunset
// (taken as 18:00 IST). Searches from `from` for 40 days.
CivilDay SankrantiDay(CivilDay from, double target) {
  auto past = [target](double jd) {
    double d = SiderealSunLongitude(jd) - target;
    d -= 360.0 * std::floor((d + 180.0) / 360.0);
    return d >= 0;
  };
  double lo = ToJulianDay(from), hi = lo + 40;
  for (int k = 0; k < 50; ++k) {
    const double mid = (lo + hi) / 2;
    if (past(mid)) {
      hi = mid;
    } else {
      lo = mid;
    }
  }
  const CivilSecond ist = FromJulianDay(hi, 5.5);
  const CivilDay day(ist);
  return ist.hour() >= 18 ? day + 1 : day;
}

}  // namespace

CivilDay FromHebrew(int hyear, int month, int day) {
  long long rd = HebrewNewYear(hyear) + day - 1;
  const int last = HebrewLeap(hyear) ? 13 : 12;
  if (month < 7) {
    for (int m = 7; m <= last; ++m) rd += HebrewMonthDays(m, hyear);
    for (int m = 1; m < month; ++m) rd += HebrewMonthDays(m, hyear);
  } else {
    for (int m = 7; m < month; ++m) rd += HebrewMonthDays(m, hyear);
  }
  return FromRd(rd);
}

CivilDay WesternEaster(int year) {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const int a = year % 19, b = year / 100, c = year % 100;
  const int d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return CivilDay(year, month, day);
}

CivilDay OrthodoxEaster(int year) {
  // Meeus' Julian algorithm, then Julian -> Gregorian.
  const int a = year % 4, b = year % 7, c = year % 19;
  const int d = (19 * c + 15) % 30;
  const int e = (2 * a + 4 * b - d + 34) % 7;
  const int month = (d + e + 114) / 31;
  const int day = (d + e + 114) % 31 + 1;
  const int offset = year / 100 - year / 400 - 2;  // Julian lag in days
  return CivilDay(year, month, day) + offset;
}

namespace {

// Aliases indexed by their first word.
const absl::flat_hash_map<std::string, std::vector<const Alias*>>&
AliasIndex() {
  static const auto* m = [] {
    auto* idx = new absl::flat_hash_map<std::string, std::vector<const Alias*>>;
    for (const Alias& a : Aliases()) (*idx)[a.words[0]].push_back(&a);
    return idx;
  }();
  return *m;
}

// Cheap exact tests before the AliasIndex lookup, on hashes Tokenize
// computed anyway (Token::word_hash). A word token's text is lower-case
// letters and inner apostrophes, and its word_hash is WordHash(text); so
// the token can begin a name only when the bit of its hash is set in
// `first_` (each alias's first word sets its own bit). About 9 % of words
// of running text still pass: "the", "new" and "night" begin names. Unless
// a one-word name begins with it (`single_`), the next token must then be
// the name's second word: `pair_` holds a bit of (first word hash, second
// key) for every name of two or more words, where a token's key is its
// word_hash for a word and 0 otherwise, and an alias word's key is its
// WordHash when it begins with a letter (only a word token can equal it)
// and 0 otherwise (only a non-word token can). The bits of the
// (first letter, second letter, length) filter these replaced passed far
// more words, each then hashed as a string.
class FirstWordFilter {
 public:
  FirstWordFilter() {
    for (const Alias& a : Aliases()) {
      const uint32_t h = WordHash(a.words[0]);
      first_.set(h & kMask);
      if (a.words.size() == 1) {
        single_.set(h & kMask);
      } else {
        pair_.set(Pair(h, AliasWordKey(a.words[1])));
      }
    }
  }
  const std::bitset<holidays_internal::kHolidayFirstWordMask + 1>& first()
      const {
    return first_;
  }
  // False only when no alias matches at token i (a word token).
  bool MayMatch(const std::vector<Token>& t, int i) const {
    const uint32_t h = t[i].word_hash;
    if (!first_.test(h & kMask)) return false;
    if (single_.test(h & kMask)) return true;
    if (i + 1 >= static_cast<int>(t.size())) return false;
    const Token& next = t[i + 1];
    return pair_.test(Pair(h, next.IsWord() ? next.word_hash : 0));
  }

 private:
  static constexpr uint32_t kMask = holidays_internal::kHolidayFirstWordMask;
  static uint32_t AliasWordKey(const std::string& w) {
    return !w.empty() && w[0] >= 'a' && w[0] <= 'z' ? WordHash(w) : 0;
  }
  static uint32_t Pair(uint32_t first, uint32_t second) {
    uint32_t x = first ^ (second * 0x9E3779B1u);
    x ^= x >> 15;
    return x & kMask;
  }
  std::bitset<kMask + 1> first_;
  std::bitset<kMask + 1> single_;
  std::bitset<kMask + 1> pair_;
};

const FirstWordFilter& FirstWords() {
  static const auto* f = new FirstWordFilter;
  return *f;
}

}  // namespace

namespace holidays_internal {

int HolidayAtSlow(const std::vector<Token>& t, int i, int* id) {
  const int n = static_cast<int>(t.size());
  if (i < 0 || i >= n || !t[i].IsWord()) return -1;
  auto it = AliasIndex().find(t[i].text);
  if (it == AliasIndex().end()) return -1;
  int best = -1;
  for (const Alias* ap : it->second) {
    const Alias& a = *ap;
    const int len = static_cast<int>(a.words.size());
    if (i + len > n || len <= best - i) continue;
    bool ok = true;
    for (int k = 0; k < len && ok; ++k) ok = t[i + k].text == a.words[k];
    if (ok) {
      best = i + len;
      *id = a.id;
    }
  }
  return best;
}

const std::bitset<kHolidayFirstWordMask + 1>& HolidayFirstWords() {
  return FirstWords().first();
}

}  // namespace holidays_internal

int HolidayAt(const std::vector<Token>& t, int i, int* id) {
  const int n = static_cast<int>(t.size());
  if (i < 0 || i >= n || !t[i].IsWord()) return -1;
  if (!FirstWords().MayMatch(t, i)) return -1;
  return holidays_internal::HolidayAtSlow(t, i, id);
}

bool HolidayDates(int id, int year, CivilSecond* begin, CivilSecond* end,
                  Grain* grain) {
  if (id < 0 || id >= static_cast<int>(Table().size())) return false;
  if (year < 1 || year > 9999) return false;
  const Holiday& h = Table()[id];
  CivilDay d;
  *grain = DAY;
  switch (h.rule) {
    case Rule::kFixed:
      d = CivilDay(year, h.a, h.b);
      break;
    case Rule::kFixedWeekday: {
      d = CivilDay(year, h.a, h.b);
      const int wd = WeekdayOf(d);
      if (h.c == 1) {
        if (wd == 6) d -= 1;  // King's Day: Sunday -> Saturday before
      } else if (wd == 5) {
        d -= 1;  // Saturday -> Friday
      } else if (wd == 6) {
        d += 1;  // Sunday -> Monday
      }
      break;
    }
    case Rule::kNthWeekday:
      d = NthWeekday(year, h.a, h.b, h.c) + h.length2;
      break;
    case Rule::kEaster:
      d = WesternEaster(year) + h.a;
      break;
    case Rule::kOrthodox:
      d = OrthodoxEaster(year) + h.a;
      break;
    case Rule::kEarthHour: {
      const CivilDay sat = NthWeekday(year, 3, -1, 5);
      *begin = CivilSecond(sat) + (20 * 3600 + 30 * 60);
      // 20:30 to 21:30 inclusive, like a clock-time range.
      *end = *begin + 3660;
      *grain = MINUTE;
      return true;
    }
    case Rule::kHebrew: {
      // Tishri to Kislev fall late in the Gregorian year, Tevet to Elul
      // early, so they belong to different Hebrew years.
      const int hyear = (h.a >= 7 && h.a <= 9) ? year + 3761 : year + 3760;
      int month = h.a;
      if (month == 12 && HebrewLeap(hyear)) month = 13;  // Purim in Adar II
      d = FromHebrew(hyear, month, h.b);
      // Observance moves off the Sabbath and its eve.
      const int wd = WeekdayOf(d);
      if (h.a == 1 && h.b == 27) {  // Yom HaShoah
        if (wd == 4) d -= 1;
        if (wd == 6) d += 1;
      } else if (h.a == 2 && h.b == 5) {  // Yom Ha'atzmaut
        if (wd == 4) d -= 1;
        if (wd == 5) d -= 2;
        if (wd == 0) d += 1;
      } else if (h.a == 5 && h.b == 9 && wd == 5) {  // Tisha B'Av
        d += 1;
      }
      // Jewish holidays begin at sunset: like Duckling, start on the eve.
      d -= 1;
      break;
    }
    case Rule::kIslamic: {
      // The occurrence of the Islamic date that falls in `year` (the first
      // when the shorter lunar year puts two in it).
      const long long hy0 = (year - 622) * 10307LL / 10000 - 2;
      for (long long hy = hy0; hy < hy0 + 6; ++hy) {
        CivilDay b;
        int length = h.length;
        if (h.c == 1) {  // the last Friday of the month
          b = IslamicMonthStart(hy, h.a + 1) - 1;
          while (WeekdayOf(b) != 4) b -= 1;
        } else if (h.length == 0) {  // the whole month
          b = IslamicMonthStart(hy, h.a);
          length = static_cast<int>(IslamicMonthStart(hy, h.a + 1) - b);
        } else {
          b = FromIslamic(hy, h.a, h.b);
        }
        if (b.year() == year) {
          *begin = CivilSecond(b);
          *end = CivilSecond(b + length);
          return true;
        }
      }
      return false;
    }
    case Rule::kSankranti: {
      const CivilDay from =
          h.a == 270 ? CivilDay(year, 1, 1) : CivilDay(year, 3, 25);
      d = SankrantiDay(from, h.a) + h.b;
      break;
    }
    case Rule::kParsi: {
      // The Shahenshahi year has exactly 365 days, so its new year moves a
      // day earlier every leap year: 1 Farvardin 1394 Y.Z. = 2024-08-15.
      d = CivilDay(2024, 8, 15) + 365LL * (year - 2024);
      if (d.year() != year) return false;
      break;
    }
    case Rule::kChinese: {
      // The new moon, in Beijing time, on or after January 21.
      const CivilDay jan21(year, 1, 21);
      double k =
          std::floor((ToJulianDay(jan21) - 2451550.09766) / 29.530588861) - 1;
      for (;; k += 1) {
        d = CivilDay(FromJulianDay(NewMoonJde(k), 8));
        if (d >= jan21) break;
      }
      break;
    }
  }

  *begin = CivilSecond(d);
  *end = CivilSecond(d + h.length);
  return true;
}

bool HolidayIsInterval(int id) {
  return id >= 0 && id < static_cast<int>(Table().size()) &&
         Table()[id].length != 1;
}

const char* HolidayName(int id) {
  if (id < 0 || id >= static_cast<int>(Table().size())) return "";
  return Table()[id].name;
}

}  // namespace accord
