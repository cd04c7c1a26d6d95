// Synthetic Claim protos shaped like accord's extraction output, for
// measuring reconciliation at sizes no test corpus reaches (10^6 claims).
//
//   std::vector<Claim> claims = SyntheticClaims(1000000, /*seed=*/1);
//
// Claims come in stories of 3-20 sources each, over the frames of the
// built-in lexicon (VISIT, MEET, PROPOSE, ACCUSE, ATTEND, STATE, WARN), with
// entity, time, duration, set and text values, realistic sentence spans and
// a few per cent of disagreeing values. Actors recur across stories (a pool
// that grows with the size), so blocks hold several stories, separated by
// time as in real news.
#ifndef ACCORD_TOOLS_BENCH_SYNTHETIC_CLAIMS_H_
#define ACCORD_TOOLS_BENCH_SYNTHETIC_CLAIMS_H_

#include <cstdint>
#include <vector>

#include "proto/accord.pb.h"

namespace accord {

// Exactly `n` claims with unique ids; deterministic in (n, seed).
std::vector<Claim> SyntheticClaims(int64_t n, uint64_t seed);

}  // namespace accord

#endif  // ACCORD_TOOLS_BENCH_SYNTHETIC_CLAIMS_H_
