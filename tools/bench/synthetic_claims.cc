#include "tools/bench/synthetic_claims.h"

#include <algorithm>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "tools/corpus_gen/rng.h"

namespace accord {
namespace {

std::string Iso(absl::CivilDay d) {
  return absl::StrFormat("%04d-%02d-%02dT00:00:00", d.year(), d.month(),
                         d.day());
}

void AddEntity(Claim* c, const std::string& role, const std::string& id) {
  Argument* a = c->add_args();
  a->set_role(role);
  a->mutable_value()->set_entity_id(id);
  a->mutable_value()->set_surface(id);
}

void AddText(Claim* c, const std::string& role, const std::string& text) {
  Argument* a = c->add_args();
  a->set_role(role);
  a->mutable_value()->set_text(text);
  a->mutable_value()->set_surface(text);
}

void AddTime(Claim* c, absl::CivilDay begin, int days) {
  Argument* a = c->add_args();
  a->set_role("time");
  TimeValue* t = a->mutable_value()->mutable_time();
  t->set_begin(Iso(begin));
  t->set_end(Iso(begin + days));
  t->set_grain(DAY);
  a->mutable_value()->set_surface("May 7");
}

void AddDuration(Claim* c, double hours) {
  Argument* a = c->add_args();
  a->set_role("duration");
  a->mutable_value()->mutable_duration()->set_seconds(hours * 3600);
  a->mutable_value()->mutable_duration()->set_grain(HOUR);
  a->mutable_value()->set_surface(absl::StrCat(hours, "-hour"));
}

}  // namespace

std::vector<Claim> SyntheticClaims(int64_t n, uint64_t seed) {
  static const char* const kFrames[] = {"VISIT",  "MEET",  "PROPOSE", "ACCUSE",
                                        "ATTEND", "STATE", "WARN"};
  static const char* const kWords[] = {
      "trade", "security", "energy",    "border", "talks",  "grain",
      "ports", "refugees", "sanctions", "loans",  "troops", "elections"};
  Rng rng(seed);
  std::vector<Claim> out;
  out.reserve(n);
  const int people = static_cast<int>(std::max<int64_t>(40, n / 200));
  const std::string padding(90, 'x');
  for (int64_t story = 0; static_cast<int64_t>(out.size()) < n; ++story) {
    const std::string frame = kFrames[rng.Range(0, 6)];
    const std::string agent = absl::StrCat("person_", rng.Range(0, people));
    std::string partner;
    do {
      partner = absl::StrCat("person_", rng.Range(0, people));
    } while (partner == agent);
    const std::string place = absl::StrCat("city_", rng.Range(0, 150));
    const std::string country_a = absl::StrCat("country_", rng.Range(0, 60));
    const std::string country_b = absl::StrCat("country_", rng.Range(0, 60));
    const absl::CivilDay day = absl::CivilDay(2018, 1, 1) + story / 4;
    const int days = rng.Range(1, 4);
    const int hours = rng.Percent(50) ? 72 : 48;
    // Quotes differ from story to story as real ones do: eight words from a
    // vocabulary of 5000 (plus stop words), so statements are told apart by
    // their words.
    std::string quote = "we";
    for (int w = 0; w < 8; ++w) {
      absl::StrAppend(&quote, w % 3 == 1 ? " the " : " ",
                      kWords[rng.Range(0, 11)], rng.Range(0, 4999));
    }
    std::vector<std::string> guests;
    for (int g = rng.Range(2, 4); g > 0; --g) {
      guests.push_back(absl::StrCat("person_", rng.Range(0, people)));
    }
    const int sources = rng.Range(3, 20);
    for (int s = 0; s < sources && static_cast<int64_t>(out.size()) < n; ++s) {
      const std::string doc = absl::StrFormat("s%07d_%02d", story, s);
      const std::string source = absl::StrCat("outlet_", rng.Range(0, 299));
      const int per_doc = rng.Range(1, 2);
      for (int k = 0; k < per_doc && static_cast<int64_t>(out.size()) < n;
           ++k) {
        Claim c;
        const int sentence = rng.Range(0, 30);
        c.set_id(absl::StrCat(doc, "/", sentence, "/", k));
        c.set_frame(frame);
        c.set_source_id(source);
        c.set_rule("subject_verb_place");
        c.set_modality(rng.Percent(20) ? PLANNED : ASSERTED);
        c.set_polarity(rng.Percent(3) ? NEGATIVE : POSITIVE);
        const bool off = rng.Percent(8);  // this source disagrees
        const absl::CivilDay when = off ? day + 1 : day;
        if (frame == "VISIT") {
          AddEntity(&c, "agent", agent);
          AddEntity(&c, "destination",
                    off && rng.Percent(50) ? country_a : place);
          AddTime(&c, when, days);
        } else if (frame == "MEET") {
          AddEntity(&c, "agent", rng.Percent(50) ? agent : partner);
          AddEntity(&c, "partner",
                    c.args(0).value().entity_id() == agent ? partner : agent);
          AddTime(&c, when, 1);
          AddEntity(&c, "place", place);
        } else if (frame == "PROPOSE") {
          AddEntity(&c, "agent", agent);
          AddEntity(&c, "theme", "ceasefire");
          AddDuration(&c, off ? 96 - hours : hours);
        } else if (frame == "ACCUSE") {
          AddEntity(&c, "agent", country_a);
          AddEntity(&c, "target", country_b);
          AddText(&c, "charge", off ? "attacking" : "shelling");
        } else if (frame == "ATTEND") {
          AddEntity(&c, "event", absl::StrCat("event_", story % 500));
          Argument* a = c.add_args();
          a->set_role("agent");
          const int members = static_cast<int>(guests.size()) - (off ? 1 : 0);
          for (int m = 0; m < members; ++m) {
            Value* v = a->mutable_value()->mutable_set()->add_members();
            v->set_entity_id(guests[m]);
            v->set_surface(guests[m]);
          }
          AddTime(&c, when, 1);
        } else if (frame == "STATE") {
          AddEntity(&c, "speaker", off ? partner : agent);
          AddText(&c, "text", quote);
        } else {  // WARN
          AddEntity(&c, "agent", agent);
          AddText(&c, "content", quote);
        }
        Span* span = c.mutable_sentence();
        span->set_doc_id(doc);
        span->set_begin(sentence * 160);
        span->set_end(sentence * 160 + 150);
        span->set_text(absl::StrCat(agent, " and ", partner, " in ", place,
                                    " said on ", story, ": ", padding));
        Span* trigger = c.mutable_trigger();
        trigger->set_doc_id(doc);
        trigger->set_begin(sentence * 160 + 20);
        trigger->set_end(sentence * 160 + 30);
        trigger->set_text("travel to");
        out.push_back(std::move(c));
      }
    }
  }
  // Ids must be unique: a document can reuse a sentence number.
  std::sort(out.begin(), out.end(),
            [](const Claim& a, const Claim& b) { return a.id() < b.id(); });
  for (size_t i = 1; i < out.size(); ++i) {
    if (out[i].id() == out[i - 1].id()) {
      out[i].set_id(absl::StrCat(out[i].id(), "_", i));
    }
  }
  return out;
}

}  // namespace accord
