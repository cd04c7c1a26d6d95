#include "engine/timeml/timeml_writer.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace accord {

std::string XmlEscape(absl::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string WriteTimeML(absl::string_view doc_id, absl::string_view text,
                        absl::CivilSecond dct,
                        const std::vector<Timex>& timexes) {
  const std::string day = absl::StrFormat(
      "%04d-%02d-%02d", static_cast<int>(dct.year()), dct.month(), dct.day());
  std::string out = absl::StrCat(
      "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>", XmlEscape(doc_id),
      "</DOCID>\n<DCT><TIMEX3 tid=\"t0\" ", "type=\"DATE\" value=\"", day,
      "\" temporalFunction=\"false\" "
      "functionInDocument=\"CREATION_TIME\">",
      day, "</TIMEX3></DCT>\n<TEXT>");
  int pos = 0;
  int tid = 1;
  const int size = static_cast<int>(text.size());
  for (const Timex& x : timexes) {
    if (x.begin < pos || x.end > size || x.begin >= x.end) continue;
    absl::StrAppend(&out, XmlEscape(text.substr(pos, x.begin - pos)));
    absl::StrAppend(&out, "<TIMEX3 tid=\"t", tid++, "\" type=\"", x.type,
                    "\" value=\"", XmlEscape(x.value), "\"");
    if (!x.mod.empty()) absl::StrAppend(&out, " mod=\"", x.mod, "\"");
    absl::StrAppend(&out, " temporalFunction=\"", x.anchored ? "true" : "false",
                    "\"");
    if (x.anchored) absl::StrAppend(&out, " anchorTimeID=\"t0\"");
    absl::StrAppend(&out, ">", XmlEscape(text.substr(x.begin, x.end - x.begin)),
                    "</TIMEX3>");
    pos = x.end;
  }
  absl::StrAppend(&out, XmlEscape(text.substr(pos)), "</TEXT>\n</TimeML>\n");
  return out;
}

}  // namespace accord
