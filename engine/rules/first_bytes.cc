#include "engine/rules/first_bytes.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <vector>

#include "absl/strings/str_cat.h"

namespace accord {
namespace {

// Two-byte prefixes (first byte << 8 | second byte), and the first bytes
// after which any second byte is possible.
struct Pairs {
  std::bitset<256> full_rows;
  std::vector<uint16_t> list;  // may hold duplicates until Compact()

  void Add(const Pairs& other) {
    full_rows |= other.full_rows;
    list.insert(list.end(), other.list.begin(), other.list.end());
    if (list.size() > 4096) Compact();
  }
  // Every pair of a first byte in `firsts` and a second byte in `seconds`.
  void AddProduct(const std::bitset<256>& firsts,
                  const std::bitset<256>& seconds) {
    if (firsts.none() || seconds.none()) return;
    // A wide row costs more to list than it saves: keep it whole.
    if (seconds.count() > 32) {
      full_rows |= firsts;
      return;
    }
    for (int b = 0; b < 256; ++b) {
      if (!firsts[b] || full_rows[b]) continue;
      for (int c = 0; c < 256; ++c) {
        if (seconds[c]) list.push_back(static_cast<uint16_t>(b << 8 | c));
      }
    }
    if (list.size() > 4096) Compact();
  }
  void Compact() {
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
  }
};

// What a piece of pattern can begin with: the first bytes of its non-empty
// matches, the first two bytes of its matches of two bytes or more, the
// bytes that are a whole match by themselves, and whether it can match the
// empty string.
struct Start {
  std::bitset<256> bytes;
  Pairs pairs;
  std::bitset<256> singles;
  bool nullable = false;

  // Any byte, then any byte.
  void SetAny() {
    bytes.set();
    singles.set();
    pairs.full_rows.set();
  }
  // The one-byte match `b`.
  void SetSingle(unsigned char b) {
    bytes.set(b);
    singles.set(b);
  }
};

// A recursive-descent reader of RE2 syntax that computes Start. Whatever it
// does not know sets `unknown`, and the caller gives up (any start).
class Reader {
 public:
  explicit Reader(absl::string_view pattern) : p_(pattern) {}

  // The whole pattern, or false when it is not understood.
  bool ReadAll(Start* out) {
    *out = Alternation(0);
    return !unknown_ && i_ == p_.size();
  }

 private:
  static constexpr int kMaxDepth = 1000;

  bool AtEnd() const { return i_ >= p_.size(); }
  char Peek() const { return p_[i_]; }
  void Fail() {
    unknown_ = true;
    i_ = p_.size();
  }

  // alternation := sequence ('|' sequence)*
  Start Alternation(int depth) {
    if (depth > kMaxDepth) {
      Fail();
      return {};
    }
    Start all = Sequence(depth);
    while (!AtEnd() && Peek() == '|') {
      ++i_;
      const Start next = Sequence(depth);
      all.bytes |= next.bytes;
      all.pairs.Add(next.pairs);
      all.singles |= next.singles;
      all.nullable = all.nullable || next.nullable;
    }
    return all;
  }

  // sequence := (atom repeat*)*, up to ')' or '|'
  Start Sequence(int depth) {
    Start seq;
    seq.nullable = true;
    while (!AtEnd() && Peek() != '|' && Peek() != ')') {
      Start item = Atom(depth);
      Repeats(&item);
      // A match of the sequence so far is empty, one byte or longer; the
      // item's match follows it.
      if (seq.nullable) seq.pairs.Add(item.pairs);
      seq.pairs.AddProduct(seq.singles, item.bytes);
      std::bitset<256> singles;
      if (item.nullable) singles |= seq.singles;
      if (seq.nullable) singles |= item.singles;
      seq.singles = singles;
      if (seq.nullable) seq.bytes |= item.bytes;
      seq.nullable = seq.nullable && item.nullable;
    }
    return seq;
  }

  // Any number of repetition operators after an atom.
  void Repeats(Start* item) {
    while (!AtEnd()) {
      const char c = Peek();
      if (c == '*' || c == '?') {
        item->nullable = true;
        ++i_;
      } else if (c == '+') {
        ++i_;
      } else if (c == '{') {
        int min = 0;
        if (!Counted(&min)) return;  // a literal '{': Atom() will fail on it
        if (min == 0) item->nullable = true;
      } else {
        return;
      }
      // One iteration of one byte, then the next iteration's first byte
      // (also added for "?" and "{1}": a superset is still correct).
      item->pairs.AddProduct(item->singles, item->bytes);
      if (!AtEnd() && Peek() == '?') ++i_;  // lazy
    }
  }

  // "{n}", "{n,}" or "{n,m}" at i_: consumes it and sets *min.
  bool Counted(int* min) {
    size_t j = i_ + 1;
    const size_t digits = j;
    int n = 0;
    while (j < p_.size() && std::isdigit(static_cast<unsigned char>(p_[j]))) {
      n = std::min(n * 10 + (p_[j] - '0'), 100000);
      ++j;
    }
    if (j == digits) return false;
    if (j < p_.size() && p_[j] == ',') {
      ++j;
      while (j < p_.size() && std::isdigit(static_cast<unsigned char>(p_[j]))) {
        ++j;
      }
    }
    if (j >= p_.size() || p_[j] != '}') return false;
    i_ = j + 1;
    *min = n;
    return true;
  }

  Start Atom(int depth) {
    Start s;
    const unsigned char c = static_cast<unsigned char>(Peek());
    switch (c) {
      case '(':
        return Group(depth);
      case '[':
        return Class();
      case '.':
        ++i_;
        s.SetAny();
        return s;
      case '^':
      case '$':
        ++i_;
        s.nullable = true;
        return s;
      case '\\':
        return Escape();
      case '*':
      case '+':
      case '?':
      case '{':
        Fail();  // a repetition with nothing to repeat, or a literal '{'
        return s;
      default:
        break;
    }
    const size_t length = Utf8Length(c);
    if (length == 1 || i_ + 1 >= p_.size()) {
      s.SetSingle(c);
    } else {
      s.bytes.set(c);
      s.pairs.list.push_back(static_cast<uint16_t>(
          c << 8 | static_cast<unsigned char>(p_[i_ + 1])));
    }
    i_ += length;
    return s;
  }

  // The length of the UTF-8 sequence that begins with `lead`.
  static size_t Utf8Length(unsigned char lead) {
    if (lead < 0xC0) return 1;
    if (lead < 0xE0) return 2;
    if (lead < 0xF0) return 3;
    return 4;
  }

  Start Group(int depth) {
    ++i_;  // '('
    if (!AtEnd() && Peek() == '?') {
      if (p_.substr(i_, 2) == "?:") {
        i_ += 2;
      } else if (p_.substr(i_, 3) == "?P<") {
        const size_t close = p_.find('>', i_);
        if (close == absl::string_view::npos) {
          Fail();
          return {};
        }
        i_ = close + 1;
      } else {
        Fail();  // flags such as (?i) change what the bytes mean
        return {};
      }
    }
    Start inner = Alternation(depth + 1);
    if (AtEnd() || Peek() != ')') {
      Fail();
      return {};
    }
    ++i_;
    return inner;
  }

  // The bytes an escape outside a class matches first.
  Start Escape() {
    Start s;
    if (i_ + 1 >= p_.size()) {
      Fail();
      return s;
    }
    const unsigned char c = static_cast<unsigned char>(p_[i_ + 1]);
    i_ += 2;
    switch (c) {
      case 'b':
      case 'B':
      case 'A':
      case 'z':
        s.nullable = true;
        return s;
      default:
        break;
    }
    if (!ClassEscape(c, &s.bytes)) Fail();
    // Escapes stand for ASCII bytes, except \D, \W and \S (all bytes).
    s.singles = s.bytes;
    if (s.bytes.all()) s.SetAny();
    return s;
  }

  // Adds the bytes of escape "\c" (valid in and outside classes) to *bytes;
  // false for an escape this reader does not know.
  static bool ClassEscape(unsigned char c, std::bitset<256>* bytes) {
    switch (c) {
      case 'd':
        for (int b = '0'; b <= '9'; ++b) bytes->set(b);
        return true;
      case 'w':
        for (int b = 0; b < 128; ++b) {
          if (std::isalnum(b) || b == '_') bytes->set(b);
        }
        return true;
      case 's':  // RE2: [\t\n\f\r ]
        for (char b : {'\t', '\n', '\f', '\r', ' '}) bytes->set(b);
        return true;
      case 'D':
      case 'W':
      case 'S':
        bytes->set();
        return true;
      case 'n':
        bytes->set('\n');
        return true;
      case 't':
        bytes->set('\t');
        return true;
      case 'r':
        bytes->set('\r');
        return true;
      case 'f':
        bytes->set('\f');
        return true;
      case 'v':
        bytes->set('\v');
        return true;
      default:
        break;
    }
    // An escaped ASCII character other than a letter, digit or '_' stands
    // for itself (RE2::QuoteMeta escapes spaces, for one).
    if (c < 128 && !std::isalnum(c) && c != '_') {
      bytes->set(c);
      return true;
    }
    return false;
  }

  // "[...]" or "[^...]" at i_. A negated class can begin with any byte (a
  // conservative answer); ranges must be ASCII.
  Start Class() {
    Start s;
    ++i_;  // '['
    bool negated = false;
    if (!AtEnd() && Peek() == '^') {
      negated = true;
      ++i_;
    }
    bool first = true;
    while (!AtEnd() && (Peek() != ']' || first)) {
      first = false;
      if (Peek() == '[' && p_.substr(i_, 2) == "[:") {
        Fail();  // POSIX classes
        return s;
      }
      int lo = 0;
      if (!ClassChar(&lo, &s.bytes)) return s;
      if (lo < 0) continue;  // an escape class such as \d
      if (i_ + 1 < p_.size() && Peek() == '-' && p_[i_ + 1] != ']') {
        ++i_;
        int hi = 0;
        if (!ClassChar(&hi, &s.bytes) || hi < 0 || hi < lo) {
          Fail();
          return s;
        }
        if (hi >= 128) {
          Fail();  // ranges beyond ASCII
          return s;
        }
        for (int b = lo; b <= hi; ++b) s.bytes.set(b);
      } else {
        s.bytes.set(lo < 128 ? lo : Lead(lo));
      }
    }
    if (AtEnd()) {
      Fail();
      return s;
    }
    ++i_;  // ']'
    if (negated) {
      s.SetAny();
      return s;
    }
    // ASCII members are one-byte matches; after the lead byte of a
    // multi-byte member any second byte is assumed.
    for (int b = 0; b < 256; ++b) {
      if (!s.bytes[b]) continue;
      if (b < 128) {
        s.singles.set(b);
      } else {
        s.pairs.full_rows.set(b);
      }
    }
    return s;
  }

  // One class member at i_: a character (*c = its code point, or for a
  // non-ASCII one its lead byte shifted above 255) or an escape class (*c =
  // -1, its bytes added to *bytes). False (and Fail()) if not understood.
  bool ClassChar(int* c, std::bitset<256>* bytes) {
    const unsigned char b = static_cast<unsigned char>(Peek());
    if (b == '\\') {
      if (i_ + 1 >= p_.size()) {
        Fail();
        return false;
      }
      const unsigned char e = static_cast<unsigned char>(p_[i_ + 1]);
      i_ += 2;
      if (e < 128 && !std::isalnum(e) && e != '_') {
        *c = e;
        return true;
      }
      if (!ClassEscape(e, bytes)) {
        Fail();
        return false;
      }
      *c = -1;
      return true;
    }
    i_ += Utf8Length(b);
    *c = b < 128 ? b : 256 + b;
    return true;
  }
  static int Lead(int c) { return c - 256; }

  absl::string_view p_;
  size_t i_ = 0;
  bool unknown_ = false;
};

}  // namespace

FirstBytes FirstBytes::Of(absl::string_view pattern) {
  Start start;
  Reader reader(pattern);
  if (!reader.ReadAll(&start) || start.nullable) return Any();
  FirstBytes first;
  first.any_ = false;
  first.bytes_ = start.bytes;
  // A first byte that is a whole match, or after which any byte may come,
  // keeps no row: any second byte (or none) is possible.
  const std::bitset<256> free = start.singles | start.pairs.full_rows;
  start.pairs.Compact();
  for (const uint16_t pair : start.pairs.list) {
    const int b = pair >> 8;
    if (!first.bytes_[b] || free[b]) continue;
    first.SecondBytesOf(b).set(pair & 0xff);
  }
  return first;
}

std::bitset<256>& FirstBytes::SecondBytesOf(int b) {
  if (row_of_[b] == 0) {
    rows_.emplace_back();
    row_of_[b] = static_cast<uint8_t>(rows_.size());
  }
  return rows_[row_of_[b] - 1];
}

namespace {

void ReadBitmap(absl::string_view bytes, std::bitset<256>* out) {
  for (int b = 0; b < 256; ++b) {
    if (static_cast<unsigned char>(bytes[b / 8]) & (1u << (b % 8))) {
      out->set(b);
    }
  }
}

void WriteBitmap(const std::bitset<256>& set, std::string* out) {
  std::string bitmap(32, '\0');
  for (int b = 0; b < 256; ++b) {
    if (set[b]) {
      bitmap[b / 8] = static_cast<char>(bitmap[b / 8] | (1u << (b % 8)));
    }
  }
  out->append(bitmap);
}

}  // namespace

absl::StatusOr<FirstBytes> FirstBytes::Deserialize(absl::string_view bytes) {
  if (bytes.empty()) return Any();
  if (bytes.size() < 32 || (bytes.size() - 32) % 33 != 0) {
    return absl::InvalidArgumentError(
        absl::StrCat("first-byte set of ", bytes.size(),
                     " bytes, not 32 plus 33 per second-byte row"));
  }
  FirstBytes first;
  first.any_ = false;
  ReadBitmap(bytes.substr(0, 32), &first.bytes_);
  for (size_t at = 32; at < bytes.size(); at += 33) {
    const int b = static_cast<unsigned char>(bytes[at]);
    if (!first.bytes_[b] || first.row_of_[b] != 0) {
      return absl::InvalidArgumentError(
          absl::StrCat("first-byte set: a second-byte row for byte ", b,
                       ", which is not a first byte or has a row already"));
    }
    ReadBitmap(bytes.substr(at + 1, 32), &first.SecondBytesOf(b));
  }
  return first;
}

std::string FirstBytes::Serialize() const {
  if (any_) return "";
  std::string out;
  WriteBitmap(bytes_, &out);
  for (int b = 0; b < 256; ++b) {
    if (row_of_[b] == 0) continue;
    out.push_back(static_cast<char>(b));
    WriteBitmap(rows_[row_of_[b] - 1], &out);
  }
  return out;
}

}  // namespace accord
