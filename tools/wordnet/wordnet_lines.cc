#include "tools/wordnet/wordnet_lines.h"

#include <sstream>
#include <utility>

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

bool ParseDataLine(const std::string& line, DataLine* out) {
  if (line.empty() || line[0] == ' ') return false;
  std::istringstream in(line);
  std::string lex_filenum, ss_type, hex_count;
  out->words.clear();
  out->pointers.clear();
  in >> out->offset >> lex_filenum >> ss_type >> hex_count;
  out->lexfile = std::stoi(lex_filenum);
  const int words = std::stoi(hex_count, nullptr, 16);
  for (int i = 0; i < words; ++i) {
    std::string word, lex_id;
    in >> word >> lex_id;
    out->words.push_back(word);
  }
  int pointers = 0;
  in >> pointers;
  for (int i = 0; i < pointers; ++i) {
    DataLine::Pointer p;
    in >> p.symbol >> p.target >> p.pos >> p.source_target;
    out->pointers.push_back(std::move(p));
  }
  return true;
}

}  // namespace accord
