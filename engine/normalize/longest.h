// The longest of several alternative parses starting at one token: each
// grammar proposes an end token and a value, and the first value with the
// largest end wins (a later alternative of the same length does not replace
// it). The time parser's grammars collect their alternatives this way.
//
//   Longest<Spec> best;
//   if ((e = DateAt(i, &s)) > 0) best.Consider(e, s);
//   if ((e = ClockAt(i, &s)) > 0) best.Consider(e, s);
//   return best.Finish(out);  // end token or -1; *out set on success
//
// A plain value type; not thread-safe (one per parse).

#ifndef ACCORD_ENGINE_NORMALIZE_LONGEST_H_
#define ACCORD_ENGINE_NORMALIZE_LONGEST_H_

namespace accord {

template <typename T>
class Longest {
 public:
  // Keeps `value` when `end` is past the longest end so far.
  void Consider(int end, const T& value) {
    if (end > end_) {
      end_ = end;
      value_ = value;
    }
  }

  // Forgets the longest end so far (its value stays until replaced), so
  // the next Consider with any end >= 0 wins: for an alternative that
  // overrides earlier ones of the same length.
  void Reset() { end_ = -1; }

  // The longest end so far, or -1 before any Consider.
  int end() const { return end_; }
  // Moves the end (a suffix read after the chosen value); -1 forgets it.
  void set_end(int end) { end_ = end; }

  // The value kept; a default T before any Consider.
  const T& value() const { return value_; }
  T* mutable_value() { return &value_; }

  // The grammars' convention: returns end() and, when it is positive,
  // copies the value to *out (which is left alone otherwise).
  int Finish(T* out) const {
    if (end_ > 0) *out = value_;
    return end_;
  }

 private:
  int end_ = -1;
  T value_;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_NORMALIZE_LONGEST_H_
