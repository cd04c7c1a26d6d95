#include "tools/wordnet/wordnet_index.h"

#include <sstream>

namespace accord {

bool ParseIndexLine(const std::string& line, IndexLine* out) {
  if (line.empty() || line[0] == ' ') return false;
  std::istringstream in(line);
  std::string pos;
  int synset_cnt = 0, p_cnt = 0;
  out->lemma.clear();
  out->offsets.clear();
  in >> out->lemma >> pos >> synset_cnt >> p_cnt;
  for (int i = 0; i < p_cnt; ++i) {
    std::string symbol;
    in >> symbol;
  }
  int sense_cnt = 0, tagsense_cnt = 0;
  in >> sense_cnt >> tagsense_cnt;
  std::string offset;
  for (int i = 0; i < synset_cnt && in >> offset; ++i) {
    out->offsets.push_back(offset);
  }
  return !out->offsets.empty();
}

}  // namespace accord
