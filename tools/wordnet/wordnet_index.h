// Reads one line of a WordNet 3.0 index file (index.noun, index.verb): the
// lemma and its synset offsets, most frequent sense first. Shared by the
// build-time table generators in tools/wordnet.
//
//   IndexLine e;
//   if (ParseIndexLine(line, &e)) first_sense[e.lemma] = e.offsets[0];
#ifndef ACCORD_TOOLS_WORDNET_WORDNET_INDEX_H_
#define ACCORD_TOOLS_WORDNET_WORDNET_INDEX_H_

#include <string>
#include <vector>

namespace accord {

struct IndexLine {
  std::string lemma;                 // as written: lower case, '_' for spaces
  std::vector<std::string> offsets;  // synset offsets, by sense frequency
};

// Parses `line` ("lemma pos synset_cnt p_cnt [ptr...] sense_cnt
// tagsense_cnt offset...") into `out`. False for the licence header (lines
// starting with a space), empty lines and lines without an offset. Pure.
bool ParseIndexLine(const std::string& line, IndexLine* out);

}  // namespace accord

#endif  // ACCORD_TOOLS_WORDNET_WORDNET_INDEX_H_
