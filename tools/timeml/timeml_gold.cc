#include "tools/timeml/timeml_gold.h"

#include <cstdio>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "engine/base/file_util.h"

namespace accord {
namespace timeml {
namespace {

// The value of attribute `name` in a start tag, or "".
std::string Attribute(absl::string_view tag, absl::string_view name) {
  const std::string key = absl::StrCat(" ", name, "=\"");
  const size_t p = tag.find(key);
  if (p == absl::string_view::npos) return "";
  const size_t b = p + key.size();
  const size_t e = tag.find('"', b);
  if (e == absl::string_view::npos) return "";
  return std::string(tag.substr(b, e - b));
}

// Appends `s` to `out` with XML's predefined entities decoded.
void AppendDecoded(absl::string_view s, std::string* out) {
  static const struct {
    const char* entity;
    char c;
  } kEntities[] = {{"&amp;", '&'},
                   {"&lt;", '<'},
                   {"&gt;", '>'},
                   {"&quot;", '"'},
                   {"&apos;", '\''}};
  for (size_t i = 0; i < s.size();) {
    bool decoded = false;
    if (s[i] == '&') {
      for (const auto& e : kEntities) {
        if (absl::StartsWith(s.substr(i), e.entity)) {
          out->push_back(e.c);
          i += strlen(e.entity);
          decoded = true;
          break;
        }
      }
    }
    if (!decoded) out->push_back(s[i++]);
  }
}

}  // namespace

absl::StatusOr<TimeMLDoc> ParseTimeML(absl::string_view xml,
                                      absl::string_view name) {
  TimeMLDoc doc;
  doc.name = std::string(name);
  const size_t dct = xml.find("<DCT>");
  if (dct == absl::string_view::npos) {
    return absl::InvalidArgumentError(absl::StrCat(name, ": no DCT element"));
  }
  const size_t dct_tag = xml.find("<TIMEX3", dct);
  const size_t dct_end = dct_tag == absl::string_view::npos
                             ? absl::string_view::npos
                             : xml.find('>', dct_tag);
  if (dct_end == absl::string_view::npos) {
    return absl::InvalidArgumentError(
        absl::StrCat(name, ": DCT has no TIMEX3"));
  }
  const std::string dct_value =
      Attribute(xml.substr(dct_tag, dct_end - dct_tag), "value");
  int y = 0, m = 0, d = 0;
  if (std::sscanf(dct_value.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3) {
    return absl::InvalidArgumentError(
        absl::StrCat(name, ": DCT value \"", dct_value, "\" is not a date"));
  }
  doc.dct = absl::CivilSecond(y, m, d, 0, 0, 0);
  const size_t tb = xml.find("<TEXT>");
  const size_t te = xml.find("</TEXT>");
  if (tb == absl::string_view::npos || te == absl::string_view::npos ||
      te < tb) {
    return absl::InvalidArgumentError(absl::StrCat(name, ": no TEXT element"));
  }
  const absl::string_view body = xml.substr(tb + 6, te - tb - 6);
  bool open = false;
  GoldTimex cur;
  for (size_t i = 0; i < body.size();) {
    const size_t lt = body.find('<', i);
    AppendDecoded(
        body.substr(i, lt == absl::string_view::npos ? absl::string_view::npos
                                                     : lt - i),
        &doc.text);
    if (lt == absl::string_view::npos) break;
    const size_t gt = body.find('>', lt);
    if (gt == absl::string_view::npos) {
      return absl::InvalidArgumentError(
          absl::StrCat(name, ": unterminated tag in TEXT"));
    }
    const absl::string_view tag = body.substr(lt, gt + 1 - lt);
    if (absl::StartsWith(tag, "<TIMEX3")) {
      if (open) {
        return absl::InvalidArgumentError(
            absl::StrCat(name, ": nested TIMEX3 at byte ", tb + 6 + lt));
      }
      open = true;
      cur = GoldTimex();
      cur.begin = static_cast<int>(doc.text.size());
      cur.type = Attribute(tag, "type");
      cur.value = Attribute(tag, "value");
    } else if (absl::StartsWith(tag, "</TIMEX3")) {
      if (!open) {
        return absl::InvalidArgumentError(absl::StrCat(
            name, ": </TIMEX3> without <TIMEX3> at byte ", tb + 6 + lt));
      }
      open = false;
      cur.end = static_cast<int>(doc.text.size());
      if (cur.end > cur.begin) doc.timexes.push_back(cur);
    }
    i = gt + 1;
  }
  if (open) {
    return absl::InvalidArgumentError(
        absl::StrCat(name, ": unclosed TIMEX3 in TEXT"));
  }
  return doc;
}

absl::StatusOr<std::vector<TimeMLDoc>> ReadTimeMLDir(const std::string& dir) {
  absl::StatusOr<std::vector<std::string>> files = ListDirectory(dir);
  if (!files.ok()) return files.status();
  std::vector<TimeMLDoc> docs;
  for (const std::string& path : *files) {
    if (!absl::EndsWith(path, ".tml")) continue;
    absl::StatusOr<std::string> xml = ReadFileToString(path, 64 << 20);
    if (!xml.ok()) return xml.status();
    absl::StatusOr<TimeMLDoc> doc = ParseTimeML(*xml, path);
    if (!doc.ok()) return doc.status();
    docs.push_back(*std::move(doc));
  }
  return docs;
}

}  // namespace timeml
}  // namespace accord
