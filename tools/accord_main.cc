// accord: cross-source fact reconciliation from the command line.
//
//   accord reconcile testdata/victory_day            # Markdown report
//   accord extract --out=claims.json story/*.txt     # claims for pipelines
//   accord explain story/ 002_x/3/0 003_y/9/1        # why (not) aligned
//   accord timex story/001.txt                       # TimeML (TIMEX3)
//
// Exit codes: 0 success, 1 some input could not be processed (the others
// were), 2 usage error.
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/reflection.h"
#include "absl/flags/usage.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "engine/base/file_util.h"
#include "engine/extract/extractor.h"
#include "engine/extract/generic_frame.h"
#include "engine/io/claim_io.h"
#include "engine/pipeline/pipeline.h"
#include "engine/reconcile/aligner.h"
#include "engine/reconcile/event_anchors.h"
#include "engine/report/claim_placement.h"
#include "engine/report/html_writer.h"
#include "engine/report/markdown_writer.h"
#include "engine/timeml/timeml_writer.h"
#include "engine/timeml/timex.h"
#include "engine/truth/options.h"
#include "re2/re2.h"
#include "tools/version.h"
#include "tools/worker/params_file.h"
#include "tools/worker/worker_loop.h"

ABSL_FLAG(std::string, format, "",
          "Output format: md (default for reconcile), html, json, textproto, "
          "or binary; extract defaults to textproto.");
ABSL_FLAG(std::string, out, "",
          "Write the output to this file (atomically) instead of stdout.");
ABSL_FLAG(int, jobs, 1, "Threads for reading and extraction.");
ABSL_FLAG(std::string, gazetteer, "",
          "Gazetteer textproto to use instead of the built-in one.");
ABSL_FLAG(std::string, lexicon, "",
          "Frame lexicon textproto to use instead of the built-in one.");
ABSL_FLAG(std::string, rules, "",
          "Rule file textproto to use instead of the built-in one.");
ABSL_FLAG(int64_t, max_article_bytes, 4 << 20,
          "Articles larger than this are rejected.");
ABSL_FLAG(int, max_sentence_bytes, 2000, "Sentences longer than this are cut.");
ABSL_FLAG(int, max_claims, 10000,
          "A document yielding more claims than this is an error.");
ABSL_FLAG(int, max_rules, 5000, "Rule files with more rules are rejected.");
ABSL_FLAG(int64_t, max_claim_file_bytes, 64 << 20,
          "Claim files larger than this are rejected.");
ABSL_FLAG(double, min_conflict_confidence, 0.5,
          "Conflicts scored below this confidence are listed as possible "
          "conflicts (engine/reconcile/conflict_confidence.h).");
ABSL_FLAG(std::string, support, "vote",
          "Truth-discovery method that weighs conflict sides: vote, "
          "truthfinder, accu, accusim, accucopy, or none.");

namespace accord {
namespace {

constexpr int kOk = 0;
constexpr int kInputError = 1;
constexpr int kUsage = 2;

constexpr char kUsageText[] =
    "accord: reconcile the claims several news sources make about one story.\n"
    "\n"
    "Usage: accord <command> [flags] <inputs...>\n"
    "\n"
    "Commands:\n"
    "  reconcile  articles and/or claim files -> conflict report\n"
    "             (md, html, json, textproto or binary)\n"
    "  extract    articles -> claims (ClaimSet)\n"
    "  explain    why two claims were or were not aligned; with one input\n"
    "             file and no claim ids, shows every sentence's tagged text\n"
    "             and rule matches\n"
    "  timex      articles -> TimeML: the text with TIMEX3 time expressions\n"
    "\n"
    "Run 'accord <command> --help' for the command's flags; 'accord\n"
    "--version' prints the version. An input '-' is an article read from\n"
    "stdin (document id 'stdin'); --out=- writes to stdout.\n";

constexpr char kReconcileHelp[] =
    "Usage: accord reconcile [flags] <article|claim file|directory|->...\n"
    "\n"
    "Reads articles (.txt, .md, with optional NAME.meta sidecars) and claim\n"
    "files (.pb, .textproto, .json), aligns the claims that state the same\n"
    "fact and prints the report: conflicts first, then corroborated facts,\n"
    "single-source claims and sources.\n"
    "\n"
    "Flags:\n"
    "  --format=md|html|json|textproto|binary\n"
    "                                      report format (default md; html\n"
    "                                      is one self-contained page)\n"
    "  --out=FILE                          write atomically to FILE (the\n"
    "                                      format follows .html, .json,\n"
    "                                      .textproto, .pb unless --format\n"
    "                                      says; '-' is stdout)\n"
    "  --jobs=N                            extraction threads (default 1)\n"
    "  --support=METHOD                    weigh conflict sides: vote,\n"
    "                                      truthfinder, accu, accusim,\n"
    "                                      accucopy, none (default vote)\n"
    "  --min_conflict_confidence=X         conflicts scored below X (default\n"
    "                                      0.5) are listed as possible\n"
    "                                      conflicts\n"
    "  --gazetteer/--lexicon/--rules=FILE  override the built-in data\n"
    "  --max_article_bytes, --max_sentence_bytes, --max_claims, --max_rules,\n"
    "  --max_claim_file_bytes              limits (docs/robustness.md)\n"
    "\n"
    "--out writes only regular files (a symlink is written through and\n"
    "kept; devices and FIFOs are refused) and keeps the file's mode. Files\n"
    "in directories are read when they are articles or claim files.\n"
    "\n"
    "Exit codes: 0 ok, 1 some input could not be processed, 2 usage.\n";

constexpr char kExtractHelp[] =
    "Usage: accord extract [flags] <article|directory>...\n"
    "\n"
    "Extracts claims from articles and writes one ClaimSet (documents and\n"
    "claims, each claim with its source, sentence and trigger offsets).\n"
    "\n"
    "Flags:\n"
    "  --format=textproto|json|binary      (default textproto; or from --out)\n"
    "  --out=FILE.{textproto,json,pb}      write atomically to FILE\n"
    "  --jobs=N, --gazetteer, --lexicon, --rules, --max_* as for reconcile\n"
    "\n"
    "Exit codes: 0 ok, 1 some input could not be processed, 2 usage.\n";

constexpr char kExplainHelp[] =
    "Usage: accord explain [flags] <inputs...> [CLAIM_ID CLAIM_ID]\n"
    "\n"
    "With two claim ids (as printed by extract, e.g. 002_x/3/0): shows each\n"
    "claim, its blocking key, whether the run's real alignment (as\n"
    "reconcile makes it) put the two in one fact and which conflicts cite\n"
    "them, and how every shared role compares.\n"
    "With one article and no ids: prints each sentence's tagged rendering,\n"
    "the rules that matched it and the generic EVENT claims no rule covers\n"
    "(for rule authors).\n"
    "\n"
    "Exit codes: 0 ok, 1 some input could not be processed, 2 usage.\n";

constexpr char kTimexHelp[] =
    "Usage: accord timex [flags] <article>...\n"
    "\n"
    "Writes each article as a TimeML document: its text with a TIMEX3\n"
    "element (tid, type, value, mod, anchorTimeID) for every time expression\n"
    "accord reads, and its publication date as the creation time (tid t0).\n"
    "An article without a publication date is an error; the others are\n"
    "still written.\n"
    "\n"
    "Flags:\n"
    "  --out=FILE                          write atomically to FILE\n"
    "  --max_article_bytes\n"
    "\n"
    "Exit codes: 0 ok, 1 some input could not be processed, 2 usage.\n";

// Prints `message` and the usage of the command at fault (`help`).
int Usage(const std::string& message, const char* help = kUsageText) {
  std::cerr << "accord: " << message << "\n\n" << help;
  return kUsage;
}

// The reconcile report format: --format, else --out's extension, else md.
absl::StatusOr<std::string> ReportFormat() {
  std::string f = absl::GetFlag(FLAGS_format);
  const std::string out = absl::GetFlag(FLAGS_out);
  if (f.empty() && !out.empty() && out != "-") {
    const size_t dot = out.rfind('.');
    const std::string ext = dot == std::string::npos ? "" : out.substr(dot);
    if (ext == ".html" || ext == ".htm") f = "html";
    if (ext == ".json") f = "json";
    if (ext == ".textproto" || ext == ".txtpb" || ext == ".pbtxt") {
      f = "textproto";
    }
    if (ext == ".pb" || ext == ".binpb") f = "binary";
  }
  if (f.empty() || f == "markdown") f = "md";
  if (f == "text") f = "textproto";
  if (f == "pb") f = "binary";
  if (f == "md" || f == "html" || f == "json" || f == "textproto" ||
      f == "binary") {
    return f;
  }
  return absl::InvalidArgumentError(absl::StrCat(
      "unknown --format=", f, " (md, html, json, textproto, binary)"));
}

absl::StatusOr<ClaimFormat> OutputFormat(const std::string& def) {
  std::string f = absl::GetFlag(FLAGS_format);
  if (f.empty() && !absl::GetFlag(FLAGS_out).empty()) {
    auto by_path = ClaimFormatForPath(absl::GetFlag(FLAGS_out));
    if (by_path.ok()) return *by_path;
  }
  if (f.empty()) f = def;
  if (f == "textproto" || f == "text") return ClaimFormat::kText;
  if (f == "json") return ClaimFormat::kJson;
  if (f == "binary" || f == "pb") return ClaimFormat::kBinary;
  return absl::InvalidArgumentError(absl::StrCat("unknown --format=", f));
}

// Writes `bytes` to --out or stdout. A failed write to stdout (a full disk,
// a closed pipe, >/dev/full) is an error, not a silent success.
int Emit(const std::string& bytes) {
  const std::string out = absl::GetFlag(FLAGS_out);
  if (out.empty() || out == "-") {
    const bool wrote =
        std::fwrite(bytes.data(), 1, bytes.size(), stdout) == bytes.size();
    if (!wrote || std::fflush(stdout) != 0 || std::ferror(stdout)) {
      std::cerr << "accord: cannot write to stdout: " << std::strerror(errno)
                << "\n";
      return kInputError;
    }
    return kOk;
  }
  const absl::Status s = WriteFileAtomically(out, bytes);
  if (!s.ok()) {
    std::cerr << "accord: " << s.message() << "\n";
    return kInputError;
  }
  return kOk;
}

// Paths are relative to where the user ran `bazel run`: work from there.
std::vector<std::string> ResolvePaths(const std::vector<char*>& args) {
  if (const char* wd = std::getenv("BUILD_WORKING_DIRECTORY")) {
    if (chdir(wd) != 0) std::cerr << "accord: cannot chdir to " << wd << "\n";
  }
  std::vector<std::string> out;
  for (size_t i = 2; i < args.size(); ++i) out.push_back(args[i]);
  return out;
}

// Progress on stderr for long runs: "documents done/total, rate, ETA",
// redrawn at most every 200 ms. Only used when stderr is a terminal.
std::function<void(size_t, size_t)> TerminalProgress() {
  using Clock = std::chrono::steady_clock;
  const Clock::time_point start = Clock::now();
  Clock::time_point last = start;
  return [start, last](size_t done, size_t total) mutable {
    const Clock::time_point now = Clock::now();
    if (done < total && now - last < std::chrono::milliseconds(200)) return;
    last = now;
    const double elapsed = std::chrono::duration<double>(now - start).count();
    const double rate = elapsed > 0 ? done / elapsed : 0;
    const double eta = rate > 0 ? (total - done) / rate : 0;
    std::fprintf(stderr, "\raccord: %zu/%zu documents, %.0f/s, ETA %.0fs   %s",
                 done, total, rate, eta, done == total ? "\n" : "");
  };
}

void ReportErrors(const Inputs& in) {
  for (const std::string& w : in.warnings) {
    std::cerr << "accord: warning: " << w << "\n";
  }
  for (const DocumentError& e : in.errors) {
    std::cerr << "accord: error: " << e.message() << "\n";
  }
}

// Checks every flag argument before absl::ParseCommandLine sees it: that
// parser exits 1 on an unknown flag or a bad value, and usage errors are
// exit 2. Returns the error message, or "" when all flags are known and
// their values parse.
std::string CheckFlagArguments(const std::vector<char*>& args) {
  for (size_t i = 1; i < args.size(); ++i) {
    absl::string_view a = args[i];
    if (a == "--") break;
    if (a.size() < 2 || a[0] != '-') continue;
    a.remove_prefix(a[1] == '-' ? 2 : 1);
    const size_t eq = a.find('=');
    const absl::string_view name = a.substr(0, eq);
    absl::CommandLineFlag* flag = absl::FindCommandLineFlag(name);
    if (flag == nullptr) {
      return absl::StrCat("unknown flag --", name);
    }
    if (flag->IsOfType<bool>()) continue;
    std::string value;
    if (eq != absl::string_view::npos) {
      value = std::string(a.substr(eq + 1));
    } else if (i + 1 < args.size()) {
      value = args[++i];
    } else {
      return absl::StrCat("flag --", name, " needs a value");
    }
    // Setting the flag here is harmless: ParseCommandLine sets it again.
    std::string error;
    if (!flag->ParseFrom(value, &error)) {
      return absl::StrCat("bad value for --", name, ": ", error);
    }
  }
  return "";
}

// The limits must allow progress: a sentence piece holds a UTF-8 character
// (up to 4 bytes); every other limit is a positive count or size.
std::string CheckLimits() {
  if (absl::GetFlag(FLAGS_max_sentence_bytes) < 4) {
    return "--max_sentence_bytes must be at least 4 (one UTF-8 character)";
  }
  if (absl::GetFlag(FLAGS_max_article_bytes) < 1) {
    return "--max_article_bytes must be positive";
  }
  if (absl::GetFlag(FLAGS_max_claim_file_bytes) < 1) {
    return "--max_claim_file_bytes must be positive";
  }
  if (absl::GetFlag(FLAGS_max_claims) < 1) {
    return "--max_claims must be positive";
  }
  if (absl::GetFlag(FLAGS_max_rules) < 1) {
    return "--max_rules must be positive";
  }
  if (absl::GetFlag(FLAGS_jobs) < 1 || absl::GetFlag(FLAGS_jobs) > 1024) {
    return "--jobs must be between 1 and 1024";
  }
  return "";
}

// accord timex: each article as TimeML, its publication date the DCT.
int RunTimex(const std::vector<std::string>& paths) {
  if (paths.empty()) return Usage("timex: no inputs");
  ReaderOptions reader;
  reader.max_bytes = absl::GetFlag(FLAGS_max_article_bytes);
  int status = kOk;
  std::string out;
  for (const std::string& path : paths) {
    absl::StatusOr<Document> doc = ReadDocument(path, reader);
    int y = 0, m = 0, d = 0;
    if (doc.ok() &&
        std::sscanf(doc->published().c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3) {
      doc = absl::InvalidArgumentError(
          absl::StrCat(path, ": no publication date (published: YYYY-MM-DD)"));
    }
    if (!doc.ok()) {
      std::cerr << "accord: error: " << doc.status().message() << "\n";
      status = kInputError;
      continue;
    }
    const absl::CivilSecond dct(y, m, d, 12, 0, 0);
    out +=
        WriteTimeML(doc->id(), doc->text(), dct, FindTimexes(doc->text(), dct));
  }
  const int emitted = Emit(out);
  return emitted != kOk ? emitted : status;
}

// In a persistent worker (RunWorker), the extractor kept across requests
// and the limits it was built with; null otherwise.
struct WorkerExtractor {
  std::string key;
  std::unique_ptr<Extractor> extractor;
};
WorkerExtractor* g_worker_extractor = nullptr;

// In a one-shot process, the extractor, kept until exit instead of being
// destroyed (as clang's -disable-free): the kernel takes its memory back
// at exit at no cost, while destroying its compiled rules, tables and
// their heap blocks one by one is work a one-article run pays for nothing
// (docs/performance.md, "Start-up"). Reachable from here, so leak checkers
// do not report it.
const Extractor* g_kept_until_exit = nullptr;

// An article read from stdin, kept in a private temporary directory as
// "stdin.txt" (document id "stdin") for the run and removed afterwards.
class StdinArticle {
 public:
  StdinArticle() = default;
  StdinArticle(const StdinArticle&) = delete;
  StdinArticle& operator=(const StdinArticle&) = delete;
  ~StdinArticle() {
    if (path_.empty()) return;
    unlink(path_.c_str());
    rmdir(dir_.c_str());
  }

  // Reads stdin up to `max_bytes` + 1 (the reader then reports the limit).
  absl::Status Read(int64_t max_bytes) {
    const char* tmp = std::getenv("TMPDIR");
    std::string templ = absl::StrCat(tmp != nullptr && *tmp ? tmp : "/tmp",
                                     "/accord_stdin.XXXXXX");
    if (mkdtemp(templ.data()) == nullptr) {
      return absl::InternalError(absl::StrCat(
          "cannot make a directory for stdin: ", std::strerror(errno)));
    }
    dir_ = templ;
    std::string bytes;
    char buf[1 << 16];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) {
      bytes.append(buf, n);
      if (static_cast<int64_t>(bytes.size()) > max_bytes) break;
    }
    path_ = dir_ + "/stdin.txt";
    return WriteFileAtomically(path_, bytes);
  }
  const std::string& path() const { return path_; }

 private:
  std::string dir_, path_;
};

int Run(int argc, char** argv) {
  if (argc < 2) return Usage("missing command");
  const std::string command = argv[1];
  const char* help = command == "reconcile" ? kReconcileHelp
                     : command == "extract" ? kExtractHelp
                     : command == "explain" ? kExplainHelp
                     : command == "timex"   ? kTimexHelp
                                            : nullptr;
  if (command == "--version" || command == "version") {
    std::cout << "accord " << ACCORD_VERSION << "\n";
    return kOk;
  }
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << kUsageText;
    return kOk;
  }
  if (help == nullptr)
    return Usage(absl::StrCat("unknown command '", command, "'"));
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--help" || a == "-h" || a == "--helpfull") {
      std::cout << help;
      return kOk;
    }
  }
  // Parse flags after the command; positional arguments remain.
  std::vector<char*> flag_argv = {argv[0]};
  for (int i = 2; i < argc; ++i) flag_argv.push_back(argv[i]);
  if (std::string bad = CheckFlagArguments(flag_argv); !bad.empty()) {
    return Usage(bad, help);
  }
  std::vector<char*> rest = absl::ParseCommandLine(
      static_cast<int>(flag_argv.size()), flag_argv.data());
  rest.insert(rest.begin() + 1, argv[1]);
  if (std::string bad = CheckLimits(); !bad.empty()) return Usage(bad, help);
  // Formats are checked before any input is read.
  std::string report_format;
  if (command == "reconcile") {
    auto f = ReportFormat();
    if (!f.ok()) return Usage(std::string(f.status().message()), help);
    report_format = *f;
  } else if (command == "extract") {
    auto f = OutputFormat("textproto");
    if (!f.ok()) return Usage(std::string(f.status().message()), help);
  }
  std::vector<std::string> inputs = ResolvePaths(rest);
  // "-" is an article read from stdin, through a private temporary file
  // (the reader and the pipeline work on regular files).
  StdinArticle stdin_article;
  for (std::string& p : inputs) {
    if (p != "-") continue;
    if (!stdin_article.path().empty()) {
      return Usage("'-' (stdin) may be given once", help);
    }
    if (absl::Status s =
            stdin_article.Read(absl::GetFlag(FLAGS_max_article_bytes));
        !s.ok()) {
      std::cerr << "accord: " << s.message() << "\n";
      return kInputError;
    }
    p = stdin_article.path();
  }

  if (command == "timex") return RunTimex(inputs);

  ExtractorOptions xopts;
  xopts.gazetteer_path = absl::GetFlag(FLAGS_gazetteer);
  xopts.lexicon_path = absl::GetFlag(FLAGS_lexicon);
  xopts.rules_path = absl::GetFlag(FLAGS_rules);
  xopts.max_claims_per_document = absl::GetFlag(FLAGS_max_claims);
  xopts.annotator.max_sentence_bytes = absl::GetFlag(FLAGS_max_sentence_bytes);
  xopts.rule_limits.max_rules = absl::GetFlag(FLAGS_max_rules);
  std::unique_ptr<Extractor> owned_extractor;
  const Extractor* extractor = nullptr;
  // A persistent worker keeps the extractor of the built-in data across
  // requests; data files given by flags are read afresh by every request.
  const bool cached = g_worker_extractor != nullptr &&
                      xopts.gazetteer_path.empty() &&
                      xopts.lexicon_path.empty() && xopts.rules_path.empty();
  const std::string cache_key = absl::StrCat(xopts.max_claims_per_document, ",",
                                             xopts.annotator.max_sentence_bytes,
                                             ",", xopts.rule_limits.max_rules);
  if (cached && g_worker_extractor->extractor != nullptr &&
      g_worker_extractor->key == cache_key) {
    extractor = g_worker_extractor->extractor.get();
  } else {
    auto created = Extractor::Create(xopts);
    if (!created.ok()) {
      std::cerr << "accord: " << created.status().message() << "\n";
      return kInputError;
    }
    owned_extractor = *std::move(created);
    extractor = owned_extractor.get();
    if (cached) {
      g_worker_extractor->key = cache_key;
      g_worker_extractor->extractor = std::move(owned_extractor);
    } else if (g_worker_extractor == nullptr && g_kept_until_exit == nullptr) {
      g_kept_until_exit = owned_extractor.release();
    }
  }
  PipelineOptions popts;
  popts.jobs = absl::GetFlag(FLAGS_jobs);
  popts.reader.max_bytes = absl::GetFlag(FLAGS_max_article_bytes);
  popts.claim_files.max_bytes = absl::GetFlag(FLAGS_max_claim_file_bytes);
  popts.claim_files.max_claims_per_document = absl::GetFlag(FLAGS_max_claims);
  // A report written into an input directory is not read back.
  const bool to_file =
      !absl::GetFlag(FLAGS_out).empty() && absl::GetFlag(FLAGS_out) != "-";
  if (to_file) popts.exclude.push_back(absl::GetFlag(FLAGS_out));
  popts.min_conflict_confidence = absl::GetFlag(FLAGS_min_conflict_confidence);
  if (absl::GetFlag(FLAGS_support) == "none") {
    popts.support.reset();
  } else {
    auto method = truth::ParseMethod(absl::GetFlag(FLAGS_support));
    if (!method.ok()) {
      return Usage(std::string(method.status().message()), help);
    }
    popts.support->method = *method;
    // AccuCopy models copying itself; the others count a wire group once.
    popts.support->merge_dependent = *method != truth::Method::kAccuCopy;
  }
  if (isatty(STDERR_FILENO) && command != "explain") {
    popts.progress = TerminalProgress();
  }
  Pipeline pipeline(extractor, popts);

  if (command == "reconcile" || command == "extract") {
    if (inputs.empty()) return Usage(absl::StrCat(command, ": no inputs"));
    const Inputs in = pipeline.Load(inputs);
    ReportErrors(in);
    const int status = in.errors.empty() ? kOk : kInputError;
    if (in.documents.empty() && in.claims.empty() && !in.errors.empty() &&
        to_file) {
      // Every input failed: keep whatever report is at --out.
      std::cerr << "accord: no input could be read; "
                << absl::GetFlag(FLAGS_out) << " is left as it was\n";
      return kInputError;
    }
    std::string bytes;
    if (command == "extract") {
      auto format = OutputFormat("textproto");
      if (!format.ok()) return Usage(std::string(format.status().message()));
      ClaimSet set;
      for (const Document& d : in.documents) *set.add_documents() = d;
      for (const Claim& c : in.claims) *set.add_claims() = c;
      bytes = SerializeMessage(set, *format).value();
    } else {
      const Report report = pipeline.Reconcile(in);
      const std::string& f = report_format;
      if (f == "md") {
        bytes = RenderMarkdown(report, pipeline.comparator());
      } else if (f == "html") {
        bytes = RenderHtml(report, in.documents, pipeline.comparator());
      } else {
        auto format = OutputFormat(f);
        if (!format.ok()) return Usage(std::string(format.status().message()));
        bytes = SerializeMessage(report, *format).value();
      }
    }
    const int emitted = Emit(bytes);
    return emitted != kOk ? emitted : status;
  }

  // explain
  static const LazyRE2 kClaimId = {R"([^/\s]+/\d+/\d+)"};
  std::vector<std::string> ids, paths;
  for (size_t i = 2; i < rest.size(); ++i) {
    const std::string raw = rest[i];
    if (RE2::FullMatch(raw, *kClaimId) &&
        !ReadFileToString(inputs[i - 2], 1).ok() &&
        !IsDirectory(inputs[i - 2])) {
      ids.push_back(raw);
    } else {
      paths.push_back(inputs[i - 2]);
    }
  }
  if (paths.empty()) return Usage("explain: no inputs");
  if (ids.empty()) {
    if (paths.size() != 1) {
      return Usage("explain: give one article, or inputs and two claim ids");
    }
    auto doc = ReadDocument(paths[0], popts.reader);
    if (!doc.ok()) {
      std::cerr << "accord: error: " << doc.status().message() << "\n";
      return kInputError;
    }
    std::vector<SentenceTrace> trace;
    auto claims = extractor->Extract(*doc, &trace);
    if (!claims.ok()) {
      std::cerr << "accord: error: " << claims.status().message() << "\n";
      return kInputError;
    }
    std::string out;
    // What ingestion dropped before annotation, and why.
    for (const Removal& r : doc->removed()) {
      absl::StrAppend(&out, "removed ", r.begin(), "-", r.end(), " (",
                      r.reason(), ")\n");
    }
    for (const SentenceTrace& t : trace) {
      absl::StrAppend(&out, "[", t.sentence.index, "] ", t.tagged, "\n");
      for (const RuleMatch& m : t.matches) {
        absl::StrAppend(&out, "    ", m.rule, " -> ", m.frame->name(), ":");
        for (const RuleMatch::Group& g : m.groups) {
          absl::StrAppend(&out, " ", g.role, "=\"",
                          t.tagged.substr(g.begin, g.end - g.begin), "\"");
        }
        absl::StrAppend(&out, "\n");
      }
      // Generic claims beside the rules' matches: what a new frame would
      // add (engine/extract/generic_events.h).
      for (const Claim& c : *claims) {
        if (c.frame() != kGenericFrame ||
            !absl::StartsWith(
                c.id(), absl::StrCat(doc->id(), "/", t.sentence.index, "/"))) {
          continue;
        }
        absl::StrAppend(&out, "    ", c.rule(), " -> ", c.frame(),
                        ": trigger=\"", c.trigger().text(), "\"");
        for (const Argument& a : c.args()) {
          absl::StrAppend(&out, " ", a.role(), "=\"",
                          a.value().has_text() ? a.value().text()
                          : a.value().surface().empty()
                              ? a.value().ShortDebugString()
                              : a.value().surface(),
                          "\"");
        }
        absl::StrAppend(&out, "\n");
      }
      for (const Mention& mention : t.sentence.mentions) {
        absl::StrAppend(&out, "    mention ", mention.tag, " \"",
                        mention.value.surface(), "\" ",
                        mention.value.ShortDebugString(), "\n");
      }
    }
    for (const Claim& c : *claims) {
      absl::StrAppend(&out, "claim ", c.ShortDebugString(), "\n");
    }
    return Emit(out);
  }
  if (ids.size() != 2) return Usage("explain: give exactly two claim ids");
  const Inputs in = pipeline.Load(paths);
  ReportErrors(in);
  const Claim* pair[2] = {nullptr, nullptr};
  for (const Claim& c : in.claims) {
    for (int k = 0; k < 2; ++k) {
      if (c.id() == ids[k]) pair[k] = &c;
    }
  }
  for (int k = 0; k < 2; ++k) {
    if (pair[k] == nullptr) {
      std::cerr << "accord: no claim with id " << ids[k] << "\n";
      return kInputError;
    }
  }
  const Aligner aligner(&extractor->lexicon(), &pipeline.comparator());
  const std::string key0 = aligner.BlockKey(*pair[0]);
  const std::string key1 = aligner.BlockKey(*pair[1]);
  // The anchors Reconcile gives them: a background event never joins the
  // main event's fact.
  const EventAnchors anchors(EventCues::Default(), extractor->lexicon(),
                             in.documents, in.claims);
  std::string out;
  for (int k = 0; k < 2; ++k) {
    const EventAnchor& anchor = anchors.Of(*pair[k]);
    absl::StrAppend(
        &out, "claim ", ids[k], " (", pair[k]->source_id(), ", rule ",
        pair[k]->rule(), ")\n  sentence: ", pair[k]->sentence().text(),
        "\n  key: ", k == 0 ? key0 : key1, "\n  event: ",
        anchor.background
            ? absl::StrCat("background (", anchor.cue,
                           anchor.key.empty() ? "; shares no anchor"
                                              : absl::StrCat("; ", anchor.key),
                           ")")
            : "main",
        "\n");
  }
  // The verdict comes from the run's real alignment: every claim, every
  // pass, as `reconcile` does it.
  const Report report = pipeline.Reconcile(in);
  absl::StrAppend(&out, DescribePlacement(report, ids[0], ids[1]));
  if (key0 != key1) {
    absl::StrAppend(&out,
                    "  blocking keys differ (frame or key roles): claims "
                    "with different keys are never aligned.\n");
  }
  for (const Argument& a : pair[0]->args()) {
    for (const Argument& b : pair[1]->args()) {
      if (a.role() != b.role()) continue;
      const Comparison r = pipeline.comparator().Compare(a.value(), b.value());
      absl::StrAppend(&out, "  ", a.role(), ": ",
                      pipeline.comparator().Describe(a.value()), " vs ",
                      pipeline.comparator().Describe(b.value()), " -> ",
                      Comparison_Name(r), "\n");
    }
  }
  return Emit(out);
}

// Runs `accord ARGS...` with ARGS from a vector (a params file's or a work
// request's lines).
int RunArguments(const std::vector<std::string>& args) {
  std::vector<std::string> strings = {"accord"};
  strings.insert(strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& a : strings) argv.push_back(a.data());
  argv.push_back(nullptr);
  return Run(static_cast<int>(strings.size()), argv.data());
}

// accord --persistent_worker: Bazel's persistent worker (docs/batch.md).
// Each request is one accord command line, run with the flags at their
// defaults, its stdout and stderr captured into the response; the extractor
// is built once. Requests must write to --out: stdout is the protocol.
int RunWorker() {
  WorkerExtractor cache;
  g_worker_extractor = &cache;
  const absl::Status s = RunWorkerLoop(
      std::cin, std::cout,
      [](const std::vector<std::string>& args, std::string* output) {
        bool has_out = false;
        for (size_t i = 0; i < args.size(); ++i) {
          if (args[i] == "--") break;
          has_out |=
              (absl::StartsWith(args[i], "--out=") && args[i].size() > 6) ||
              (args[i] == "--out" && i + 1 < args.size());
        }
        if (!has_out) {
          *output = "accord: a worker request needs --out=FILE\n";
          return kUsage;
        }
        absl::FlagSaver defaults;
        std::ostringstream captured;
        std::streambuf* const out = std::cout.rdbuf(captured.rdbuf());
        std::streambuf* const err = std::cerr.rdbuf(captured.rdbuf());
        const int status = RunArguments(args);
        std::cout.rdbuf(out);
        std::cerr.rdbuf(err);
        *output = captured.str();
        return status;
      });
  g_worker_extractor = nullptr;
  if (!s.ok()) {
    std::cerr << "accord: worker: " << s.message() << "\n";
    return kInputError;
  }
  return kOk;
}

}  // namespace
}  // namespace accord

int main(int argc, char** argv) {
  // Bazel actions: `accord @PARAMS` (one argument per line), or a persistent
  // worker that reads the same arguments as WorkRequests on stdin.
  if (argc == 2 && std::strcmp(argv[1], "--persistent_worker") == 0) {
    return accord::RunWorker();
  }
  if (argc == 2 && argv[1][0] == '@') {
    auto args = accord::ReadParamsFile(argv[1] + 1);
    if (!args.ok()) {
      std::cerr << "accord: " << args.status().message() << "\n";
      return 2;
    }
    return accord::RunArguments(*args);
  }
  return accord::Run(argc, argv);
}
