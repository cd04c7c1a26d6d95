#include "tools/corpus_gen/corpus.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/time/civil_time.h"
#include "tools/corpus_gen/rng.h"

namespace accord {
namespace {

struct Leader {
  const char* full;        // "Xi Jinping"
  const char* short_name;  // "Xi"
  const char* title;       // "President"
  const char* country;
  const char* demonym;
};

// People, countries and cities the built-in gazetteer knows.
const std::vector<Leader>& Leaders() {
  static const auto* const kLeaders = new std::vector<Leader>{
      {"Vladimir Putin", "Putin", "President", "Russia", "Russian"},
      {"Xi Jinping", "Xi", "President", "China", "Chinese"},
      {"Volodymyr Zelenskyy", "Zelenskyy", "President", "Ukraine", "Ukrainian"},
      {"Donald Trump", "Trump", "President", "United States", "US"},
      {"Luiz Inacio Lula da Silva", "Lula", "President", "Brazil", "Brazilian"},
      {"Aleksandar Vucic", "Vucic", "President", "Serbia", "Serbian"},
      {"Robert Fico", "Fico", "Prime Minister", "Slovakia", "Slovak"},
      {"Alexander Lukashenko", "Lukashenko", "President", "Belarus",
       "Belarusian"},
      {"Sadyr Japarov", "Japarov", "President", "Kyrgyzstan", "Kyrgyz"},
      {"Emomali Rahmon", "Rahmon", "President", "Tajikistan", "Tajik"},
      {"Kassym-Jomart Tokayev", "Tokayev", "President", "Kazakhstan", "Kazakh"},
      {"Shavkat Mirziyoyev", "Mirziyoyev", "President", "Uzbekistan", "Uzbek"},
      {"Narendra Modi", "Modi", "Prime Minister", "India", "Indian"},
  };
  return *kLeaders;
}

const std::vector<std::string>& Cities() {
  static const auto* const kCities = new std::vector<std::string>{
      "Moscow",  "Beijing",  "Kyiv",     "Washington", "London",    "Paris",
      "Berlin",  "Brasilia", "Belgrade", "Bratislava", "Hanoi",     "Minsk",
      "Bishkek", "Dushanbe", "Astana",   "Tashkent",   "New Delhi", "Tokyo",
      "Seoul",   "Tehran",   "Ankara",   "Cairo",      "Riyadh",    "Rome",
      "Madrid",  "Warsaw",   "Budapest", "Athens",     "Ottawa",    "Havana",
      "Jakarta", "Baku",     "Yerevan",  "Tbilisi",    "Nairobi",   "Manila",
      "Bangkok", "Dublin"};
  return *kCities;
}

const std::vector<std::string>& Countries() {
  static const auto* const kCountries = new std::vector<std::string>{
      "Russia",     "China",    "Ukraine",   "France",     "Germany", "Brazil",
      "Serbia",     "Vietnam",  "India",     "Japan",      "Iran",    "Israel",
      "Syria",      "Turkey",   "Egypt",     "Pakistan",   "Poland",  "Hungary",
      "Mexico",     "Cuba",     "Kenya",     "Nigeria",    "Somalia", "Armenia",
      "Azerbaijan", "Mongolia", "Indonesia", "Philippines"};
  return *kCountries;
}

// Officials the gazetteer does not know: recognized by their title.
const std::vector<std::string>& FirstNames() {
  static const auto* const k = new std::vector<std::string>{
      "Anna",  "Marek",  "Lucia", "Tomas",  "Irina",   "Pavel", "Elena",
      "Jonas", "Mira",   "Karim", "Leila",  "Omar",    "Sofia", "Viktor",
      "Nadia", "Stefan", "Ines",  "Rafael", "Hana",    "David", "Amara",
      "Felix", "Yusuf",  "Clara", "Arman",  "Dilnoza", "Bruno", "Olga",
      "Kenji", "Priya",  "Tariq", "Helena", "Ivo",     "Zara",  "Lars",
      "Aisha", "Goran",  "Vera",  "Matteo", "Selin"};
  return *k;
}
const std::vector<std::string>& LastNames() {
  static const auto* const k = new std::vector<std::string>{
      "Kovacs",    "Novak",    "Petrov",   "Horvath", "Okafor",   "Haddad",
      "Lindqvist", "Moreau",   "Santos",   "Kaplan",  "Nazarov",  "Ibrahim",
      "Tanaka",    "Mehta",    "Kowalski", "Romano",  "Demir",    "Alvarez",
      "Fischer",   "Marin",    "Sokolov",  "Osei",    "Rahimi",   "Duarte",
      "Varga",     "Nieminen", "Costa",    "Barzani", "Yilmaz",   "Castillo",
      "Bakirov",   "Ferreira", "Larsen",   "Mensah",  "Quintero", "Aliyev",
      "Dragan",    "Sato",     "Weber",    "Karimova"};
  return *k;
}
const std::vector<std::string>& Titles() {
  static const auto* const k = new std::vector<std::string>{"Foreign Minister",
                                                            "Prime Minister",
                                                            "Defense Minister",
                                                            "Governor",
                                                            "Minister",
                                                            "Chancellor",
                                                            "Mayor",
                                                            "General"};
  return *k;
}

const std::vector<std::string>& Outlets() {
  static const auto* const k = new std::vector<std::string>{
      "Alliance News",    "The Daily Ledger",   "Northern Courier",
      "Global Dispatch",  "The Evening Post",   "Harbor Times",
      "Capital Wire",     "Continental Herald", "The Morning Star",
      "Eastern Observer", "Metro Chronicle",    "The Sentinel",
      "Pacific Bulletin", "Union Gazette",      "The Standard",
      "Atlantic Review",  "Frontier Journal",   "The Examiner",
      "Valley Tribune",   "World Briefing",     "The Monitor",
      "Coastal Record",   "Summit Daily",       "The Register",
      "Highland Press",   "Meridian News",      "The Clarion",
      "Riverside Digest", "Civic Reporter",     "The Beacon"};
  return *k;
}

const char* const kMonths[] = {"January",   "February", "March",    "April",
                               "May",       "June",     "July",     "August",
                               "September", "October",  "November", "December"};

std::string MonthDay(absl::CivilDay d) {
  return absl::StrCat(kMonths[d.month() - 1], " ", d.day());
}

std::string Iso(absl::CivilDay d) {
  return absl::StrFormat("%04d-%02d-%02d", d.year(), d.month(), d.day());
}

std::string NumberWord(int n) {
  static const char* const kWords[] = {"zero",  "one",  "two", "three",
                                       "four",  "five", "six", "seven",
                                       "eight", "nine", "ten"};
  return n >= 0 && n <= 10 ? kWords[n] : absl::StrCat(n);
}

// An actor of a story: a known leader or a titled official.
struct Actor {
  std::string full;        // "Foreign Minister Anna Kovacs"
  std::string short_name;  // "Kovacs"
  std::string country;
};

Actor MakeActor(Rng& rng) {
  if (rng.Chance(0.35)) {
    const Leader& l = rng.Pick(Leaders());
    return {absl::StrCat(l.title, " ", l.full), l.short_name, l.country};
  }
  const std::string last = rng.Pick(LastNames());
  return {
      absl::StrCat(rng.Pick(Titles()), " ", rng.Pick(FirstNames()), " ", last),
      last, rng.Pick(Countries())};
}

// The facts of one story; outlets perturb copies of it.
struct Story {
  std::string type;
  Actor a, b;
  std::vector<Actor> guests;
  std::string city, country_a, country_b;
  absl::CivilDay day;
  int days = 3;    // visit length
  int hours = 72;  // ceasefire length
  int killed = 0, wounded = 0, arrested = 0;
  int billions = 0;
  std::string company;
};

const std::vector<std::string>& Companies() {
  static const auto* const k = new std::vector<std::string>{
      "Northwind Holdings", "Kestrel Energy",   "Bluegate Logistics",
      "Orion Metals",       "Halcyon Pharma",   "Vantage Telecom",
      "Crescent Foods",     "Ironbridge Steel", "Lumen Robotics",
      "Silverline Rail"};
  return *k;
}

// Background sentences: realistic bulk that states nothing the rules
// extract. `which` selects the template, so an article can use each once.
constexpr int kFillerTemplates = 12;

std::string Filler(Rng& rng, const Story& s, int which) {
  static const auto* const kSubjects =
      new std::vector<std::string>{"Analysts",
                                   "Diplomats",
                                   "Observers",
                                   "Local residents",
                                   "Market watchers",
                                   "Regional experts",
                                   "Opposition lawmakers",
                                   "Business groups"};
  static const auto* const kVerbs = new std::vector<std::string>{
      "described the development as", "characterized the move as",
      "saw the episode as", "viewed the situation as"};
  static const auto* const kAdj = new std::vector<std::string>{
      "significant test", "important signal", "fragile moment",
      "turning point",    "predictable step", "costly gamble"};
  static const auto* const kTail = new std::vector<std::string>{
      "for relations across the region",
      "for economic cooperation and trade",
      "for the balance of security commitments",
      "for the coalition's domestic standing",
      "for investors weighing long-term exposure",
      "for humanitarian groups working on the ground"};
  switch (which % kFillerTemplates) {
    case 0:
      return absl::StrCat(rng.Pick(*kSubjects), " in ", s.city, " ",
                          rng.Pick(*kVerbs), " a ", rng.Pick(*kAdj), " ",
                          rng.Pick(*kTail), ".");
    case 1:
      return "The situation has drawn attention from international partners, "
             "many of whom have called on all parties to exercise restraint "
             "and to keep channels of communication open in the weeks ahead.";
    case 2:
      return absl::StrCat(
          "Officials in ", s.country_a,
          " have repeatedly stressed that their priorities remain stability, "
          "economic growth and the protection of citizens, a message "
          "repeated in briefings and statements over recent months.");
    case 3:
      return absl::StrCat(
          "Trade between the two sides reached roughly ", rng.Range(2, 90),
          " billion dollars last year, according to customs data, although "
          "growth has slowed amid ",
          rng.Chance(0.5) ? "currency volatility" : "shipping disruptions",
          ".");
    case 4:
      return absl::StrCat(
          "The episode ", rng.Chance(0.5) ? "comes" : "came",
          " against a backdrop of ", rng.Pick(*kAdj),
          "s in regional politics, with elections due in several countries "
          "and budgets under strain from rising energy costs.");
    case 5:
      return absl::StrCat(
          "Newspapers in ", s.city,
          " devoted several pages to the story, and television channels "
          "broadcast panel discussions late into the evening, with "
          "commentators "
          "divided over what would come next.");
    case 6:
      return "Rights groups have long criticized the lack of transparency "
             "surrounding such decisions, arguing that the public deserves a "
             "clearer account of the costs and the commitments involved.";
    case 7:
      return absl::StrCat(
          "Officials in ", s.country_b,
          " did not immediately respond to requests for comment on Monday "
          "evening, and a spokesperson for the foreign ministry declined to "
          "elaborate beyond a brief written statement.");
    case 8:
      return absl::StrCat(
          "The currency weakened by about ", rng.Range(1, 4),
          " percent against the dollar in early trading before recovering "
          "some of its losses by the afternoon, traders in ",
          s.city, " noted.");
    case 9:
      return "Security was visibly tightened in the capital, with additional "
             "checkpoints on the main roads and several central streets "
             "closed to traffic for much of the day.";
    case 10:
      return absl::StrCat(
          rng.Pick(*kSubjects),
          " cautioned that it was too early to draw firm conclusions, noting "
          "that similar episodes in the past had unfolded slowly and often "
          "in unexpected directions.");
    default:
      return "Historians point out that relations between the two countries "
             "have gone through several cycles of tension and rapprochement "
             "since the end of the Cold War, shaped by energy, security and "
             "trade.";
  }
}

// `n` distinct filler template indices.
std::vector<int> FillerOrder(Rng& rng, int n) {
  std::vector<int> order(kFillerTemplates);
  for (int i = 0; i < kFillerTemplates; ++i) order[i] = i;
  for (int i = kFillerTemplates; i > 1; --i) {
    std::swap(order[i - 1], order[rng.Next() % i]);
  }
  order.resize(std::min(n, kFillerTemplates));
  return order;
}

// The story's sentences as one outlet tells them. `rng` picks paraphrases.
std::vector<std::string> Tell(Rng& rng, const Story& s) {
  std::vector<std::string> out;
  const std::string date = MonthDay(s.day);
  const std::string end = MonthDay(s.day + (s.days - 1));
  if (s.type == "visit") {
    switch (rng.Range(0, 2)) {
      case 0:
        out.push_back(absl::StrCat(s.a.full, " will travel to ", s.city,
                                   " from ", date, " to ", end,
                                   " for talks with officials."));
        break;
      case 1:
        out.push_back(absl::StrCat(s.a.full, " arrived in ", s.city, " on ",
                                   date, " for a ", NumberWord(s.days),
                                   "-day visit."));
        break;
      default:
        out.push_back(absl::StrCat(s.a.full, " is expected to visit ", s.city,
                                   " on ", date, ", officials said."));
    }
    out.push_back(absl::StrCat(s.a.short_name, " will meet ", s.b.full,
                               " during the trip, according to ", s.a.country,
                               "'s foreign ministry."));
    if (rng.Chance(0.5)) {
      out.push_back(absl::StrCat("The ", s.days, "-day visit is ",
                                 s.a.short_name, "'s first to ", s.city,
                                 " in several years."));
    }
  } else if (s.type == "meeting") {
    out.push_back(rng.Chance(0.5)
                      ? absl::StrCat(s.a.full, " met ", s.b.full, " in ",
                                     s.city, " on ", date, ".")
                      : absl::StrCat(s.a.full, " met with ", s.b.full, " on ",
                                     date, " in ", s.city,
                                     ", the two governments said."));
    if (!s.guests.empty()) {
      std::vector<std::string> names;
      for (const Actor& g : s.guests) names.push_back(g.full);
      const std::string last = names.back();
      names.pop_back();
      out.push_back(absl::StrCat(absl::StrJoin(names, ", "), " and ", last,
                                 " will attend the ceremony on ", date, "."));
    }
    out.push_back(absl::StrCat(
        "\xE2\x80\x9CWe had a frank and useful conversation about ",
        rng.Chance(0.5) ? "trade and security" : "energy and investment",
        ",\xE2\x80\x9D ", s.a.short_name, " told reporters."));
  } else if (s.type == "ceasefire") {
    out.push_back(absl::StrCat(s.a.full, " proposed a ", s.hours,
                               "-hour ceasefire starting on ", date, "."));
    out.push_back(rng.Chance(0.5)
                      ? absl::StrCat(s.b.full, " rejected the ", s.hours,
                                     "-hour ceasefire as a publicity stunt.")
                      : absl::StrCat(s.country_b, " rejected the truce, ",
                                     "calling it a stunt."));
    out.push_back(absl::StrCat(s.b.short_name, " instead called for a ",
                               rng.Chance(0.7) ? 30 : 60,
                               "-day ceasefire along the front."));
  } else if (s.type == "attack") {
    out.push_back(absl::StrCat(s.country_a, " accused ", s.country_b,
                               " of shelling ", s.city, " on ", date, "."));
    out.push_back(rng.Chance(0.5)
                      ? absl::StrCat("The attack killed at least ", s.killed,
                                     " people and wounded ", s.wounded,
                                     ", local officials said.")
                      : absl::StrCat("At least ", s.killed,
                                     " people were killed and ", s.wounded,
                                     " injured in the strike, according "
                                     "to emergency services."));
    out.push_back(absl::StrCat(s.a.full,
                               " warned that the attack would not go "
                               "unanswered."));
  } else if (s.type == "acquisition") {
    out.push_back(absl::StrCat(s.company, " agreed to buy a rival for ",
                               s.billions,
                               " billion dollars, the company "
                               "said on ",
                               date, "."));
    out.push_back(absl::StrCat(s.a.full, " signed an agreement on ", date,
                               " allowing the ", s.billions,
                               "-billion-dollar deal to proceed."));
    out.push_back(absl::StrCat(s.b.full,
                               " warned that the deal could hurt "
                               "competition in ",
                               s.country_a, "."));
  } else {  // arrest
    out.push_back(absl::StrCat("Police in ", s.city, " arrested ", s.arrested,
                               " people on ", date,
                               " after protests turned violent."));
    out.push_back(absl::StrCat(s.a.full, " accused ", s.country_b,
                               " of orchestrating the unrest."));
    out.push_back(absl::StrCat(
        "\xE2\x80\x9CThose responsible will be held to account,\xE2\x80\x9D ",
        s.a.short_name, " said."));
  }
  return out;
}

// Copy edits a wire rewrite makes: a few word swaps, never the facts.
std::string CopyEdit(Rng& rng, std::string text) {
  static const std::pair<const char*, const char*> kSwaps[] = {
      {" officials said", " officials told reporters"},
      {"Analysts", "Experts"},
      {"roughly", "about"},
      {"a publicity stunt", "a stunt"},
      {"local officials said", "authorities said"},
      {"for talks with officials", "for official talks"},
  };
  for (const auto& [from, to] : kSwaps) {
    if (rng.Chance(0.5)) text = absl::StrReplaceAll(text, {{from, to}});
  }
  return text;
}

Story MakeStory(Rng& rng, int64_t index) {
  static const char* const kTypes[] = {"visit",  "meeting",     "ceasefire",
                                       "attack", "acquisition", "arrest"};
  Story s;
  s.type = kTypes[rng.Range(0, 5)];
  s.a = MakeActor(rng);
  do {
    s.b = MakeActor(rng);
  } while (s.b.full == s.a.full);
  s.city = rng.Pick(Cities());
  s.country_a = s.a.country;
  do {
    s.country_b = rng.Pick(Countries());
  } while (s.country_b == s.country_a);
  // Stories spread over years so time windows separate recurring actors.
  s.day = absl::CivilDay(2018, 1, 1) + index / 4 + rng.Range(0, 20);
  s.days = rng.Range(2, 5);
  s.hours = rng.Chance(0.5) ? 72 : 48;
  s.killed = rng.Range(3, 60);
  s.wounded = s.killed * rng.Range(2, 4);
  s.arrested = rng.Range(5, 200);
  s.billions = rng.Range(1, 40);
  s.company = rng.Pick(Companies());
  if (s.type == "meeting" && rng.Chance(0.6)) {
    const int n = rng.Range(2, 4);
    while (static_cast<int>(s.guests.size()) < n) {
      const Leader& l = rng.Pick(Leaders());
      const std::string full = absl::StrCat(l.title, " ", l.full);
      bool dup = false;
      for (const Actor& g : s.guests) dup |= g.full == full;
      if (!dup) s.guests.push_back({full, l.short_name, l.country});
    }
  }
  return s;
}

// One outlet's version of the facts: sometimes a number, a date or a guest
// list differs.
Story Perturb(Rng& rng, Story s) {
  if (rng.Chance(0.15)) s.day = s.day + (rng.Chance(0.5) ? 1 : -1);
  if (rng.Chance(0.2)) s.days += rng.Chance(0.5) ? 1 : -1;
  if (s.days < 1) s.days = 1;
  if (rng.Chance(0.15)) s.hours = s.hours == 72 ? 48 : 72;
  if (rng.Chance(0.3)) s.killed += rng.Range(1, 10);
  if (rng.Chance(0.2)) s.arrested += rng.Range(1, 30);
  if (rng.Chance(0.2)) s.billions += 1;
  if (s.guests.size() > 2 && rng.Chance(0.25)) s.guests.pop_back();
  return s;
}

}  // namespace

void GenerateCorpus(const CorpusOptions& options,
                    const std::function<void(const GeneratedArticle&)>& sink) {
  Rng rng(options.seed);
  int64_t written = 0;
  for (int64_t story_index = 0; written < options.articles; ++story_index) {
    const Story story = MakeStory(rng, story_index);
    const int outlets = rng.Range(options.min_outlets, options.max_outlets);
    std::vector<std::string> outlet_names = Outlets();
    // Deterministic shuffle (Fisher-Yates over our own generator).
    for (size_t i = outlet_names.size(); i > 1; --i) {
      std::swap(outlet_names[i - 1], outlet_names[rng.Next() % i]);
    }
    // The wire story that rewriting outlets copy.
    Rng wire_rng(rng.Next());
    std::vector<std::string> wire = Tell(wire_rng, story);
    for (int f : FillerOrder(wire_rng, options.max_filler)) {
      wire.push_back(Filler(wire_rng, story, f));
    }
    for (int o = 0; o < outlets && written < options.articles; ++o) {
      GeneratedArticle a;
      a.story = story_index;
      a.event_type = story.type;
      a.name = absl::StrFormat("s%07d_%02d.txt", story_index, o);
      const std::string& outlet =
          outlet_names[static_cast<size_t>(o) % outlet_names.size()];
      std::vector<std::string> sentences;
      if (rng.Chance(0.3)) {
        // Wire rewrite: the shared copy, copy-edited, maybe shortened.
        sentences = wire;
        if (sentences.size() > 4 && rng.Chance(0.5)) sentences.pop_back();
        for (std::string& s : sentences) s = CopyEdit(rng, s);
      } else {
        const Story mine = Perturb(rng, story);
        sentences = Tell(rng, mine);
        const int filler = rng.Range(options.min_filler, options.max_filler);
        for (int f : FillerOrder(rng, filler)) {
          const size_t at = 1 + rng.Next() % sentences.size();
          sentences.insert(sentences.begin() + std::min(at, sentences.size()),
                           Filler(rng, mine, f));
        }
      }
      std::string text = absl::StrCat(story.a.short_name, ": ",
                                      story.type == "visit" ? "trip to " : "",
                                      story.city, " in focus\n\n");
      for (size_t i = 0; i < sentences.size(); ++i) {
        absl::StrAppend(&text, sentences[i], i % 3 == 2 ? "\n\n" : " ");
      }
      text.push_back('\n');
      a.text = std::move(text);
      const absl::CivilDay published = story.day + rng.Range(-2, 1);
      a.meta = absl::StrCat("source: ", outlet, "\npublished: ", Iso(published),
                            "\n");
      sink(a);
      ++written;
    }
  }
}

}  // namespace accord
