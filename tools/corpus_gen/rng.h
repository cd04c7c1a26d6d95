// A tiny deterministic random generator (SplitMix64) for the synthetic
// corpus and claim generators: the same seed gives the same bytes with every
// standard library (unlike <random>'s distributions).
//
//   Rng rng(seed);
//   int n = rng.Range(3, 20);
#ifndef ACCORD_TOOLS_CORPUS_GEN_RNG_H_
#define ACCORD_TOOLS_CORPUS_GEN_RNG_H_

#include <cstdint>
#include <vector>

namespace accord {

class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}

  // The next 64 random bits.
  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }

  // Uniform in [lo, hi].
  int Range(int lo, int hi) {
    return lo + static_cast<int>(Next() % static_cast<uint64_t>(hi - lo + 1));
  }

  // True with probability `p` in [0, 1].
  bool Chance(double p) {
    return static_cast<double>(Next() >> 11) * (1.0 / 9007199254740992.0) < p;
  }

  // True in `percent` of 100 draws (one Range(1, 100) draw).
  bool Percent(int percent) { return Range(1, 100) <= percent; }

  // A uniformly chosen element of a non-empty vector.
  template <typename T>
  const T& Pick(const std::vector<T>& v) {
    return v[Next() % v.size()];
  }

 private:
  uint64_t state_;
};

}  // namespace accord

#endif  // ACCORD_TOOLS_CORPUS_GEN_RNG_H_
