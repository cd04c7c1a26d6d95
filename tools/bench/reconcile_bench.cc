// Reconciliation cost at scale on synthetic claims (synthetic_claims.h):
// time and peak memory of aligning N claims into facts and conflicts, and of
// building the report from them. One thread; one size per process, so the
// peak-memory figure is not polluted by an earlier size.
//
//   tools/bazel run -c opt //tools/bench:reconcile_bench -- --claims=1000000
//   tools/bench/reconcile_scaling.sh   # 10^3 .. 10^6, one table
//
// A profile of the alignment alone (the input's generation left out):
//   mkfifo ctl ack
//   perf record -D -1 --control fifo:ctl,ack -e cpu-clock -- reconcile_bench
//       --claims=1000000 --perf_control=ctl --perf_ack=ack   (one line)
//
// Memory is the growth of the resident set's high-water mark over the
// resident set just before the stage (Linux /proc/self/clear_refs), divided
// by N: what the stage needs beyond its input.
#include <fcntl.h>
#include <time.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/strings/str_format.h"
#include "engine/base/file_util.h"
#include "engine/extract/extractor.h"
#include "engine/reconcile/aligner.h"
#include "engine/report/report_builder.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "tools/bench/synthetic_claims.h"

ABSL_FLAG(int64_t, claims, 100000, "Number of synthetic claims.");
ABSL_FLAG(uint64_t, seed, 1, "Seed for the synthetic claims.");
ABSL_FLAG(bool, header, false, "Print the column header first.");
ABSL_FLAG(std::string, perf_control, "",
          "If set, the control fifo of `perf record -D -1 --control "
          "fifo:CTL,ACK`: the alignment is bracketed by \"enable\" and "
          "\"disable\", so that the profile holds the alignment alone.");
ABSL_FLAG(std::string, perf_ack, "",
          "With --perf_control, perf's acknowledgement fifo: each command "
          "waits until perf has taken it.");
ABSL_FLAG(std::string, out, "",
          "If set, write the report there (binary Report, deterministic "
          "serialization), to check that a change keeps the output.");

namespace accord {
namespace {

// "VmRSS" or "VmHWM" of this process, in bytes.
int64_t StatusBytes(const std::string& field) {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind(field + ":", 0) == 0) {
      return std::stoll(line.substr(field.size() + 1)) * 1024;
    }
  }
  return -1;
}

// Resets the high-water mark to the current resident set.
void ResetPeak() {
  const int fd = open("/proc/self/clear_refs", O_WRONLY);
  if (fd < 0) return;
  if (write(fd, "5", 1) != 1) std::cerr << "cannot reset VmHWM\n";
  close(fd);
}

// CPU time of this process: on a shared machine, other processes inflate
// wall time but not this.
double CpuSeconds() {
  timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

// Sends `command` to `perf record --control` (--perf_control), if set, and
// waits for its acknowledgement (--perf_ack), if set.
void PerfControl(const char* command) {
  const std::string ctl = absl::GetFlag(FLAGS_perf_control);
  if (ctl.empty()) return;
  std::ofstream(ctl) << command << "\n" << std::flush;
  if (const std::string ack = absl::GetFlag(FLAGS_perf_ack); !ack.empty()) {
    std::ifstream in(ack);
    std::string line;
    std::getline(in, line);
  }
}

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since)
      .count();
}

int Main() {
  const int64_t n = absl::GetFlag(FLAGS_claims);
  auto extractor = Extractor::CreateDefault();
  if (!extractor.ok()) {
    std::cerr << extractor.status() << "\n";
    return 1;
  }
  const ValueComparator comparator(&(*extractor)->gazetteer());
  const Aligner aligner(&(*extractor)->lexicon(), &comparator);

  const int64_t base = StatusBytes("VmRSS");
  std::vector<Claim> claims = SyntheticClaims(n, absl::GetFlag(FLAGS_seed));
  const int64_t input = StatusBytes("VmRSS") - base;

  ResetPeak();
  const int64_t before_align = StatusBytes("VmRSS");
  auto start = std::chrono::steady_clock::now();
  double cpu_start = CpuSeconds();
  PerfControl("enable");
  Alignment alignment = aligner.Align(claims);
  PerfControl("disable");
  const double align_s = Seconds(start);
  const double align_cpu_s = CpuSeconds() - cpu_start;
  const int64_t align_peak = StatusBytes("VmHWM") - before_align;

  size_t largest = 0;
  std::string largest_id;
  for (const Fact& f : alignment.facts) {
    if (static_cast<size_t>(f.claim_ids_size()) > largest) {
      largest = f.claim_ids_size();
      largest_id = f.id();
    }
  }
  const size_t num_facts = alignment.facts.size();
  const size_t num_conflicts = alignment.conflicts.size();

  ResetPeak();
  const int64_t before_report = StatusBytes("VmRSS");
  start = std::chrono::steady_clock::now();
  cpu_start = CpuSeconds();
  // The claims and the alignment move into the report, as in the pipeline.
  const Report report =
      BuildReport({}, std::move(claims), std::move(alignment), {}, {});
  const double report_s = Seconds(start);
  const double report_cpu_s = CpuSeconds() - cpu_start;
  const int64_t report_peak = StatusBytes("VmHWM") - before_report;

  if (const std::string out = absl::GetFlag(FLAGS_out); !out.empty()) {
    std::string bytes;
    {
      google::protobuf::io::StringOutputStream stream(&bytes);
      google::protobuf::io::CodedOutputStream coded(&stream);
      coded.SetSerializationDeterministic(true);
      report.SerializeToCodedStream(&coded);
    }
    if (absl::Status s = WriteFileAtomically(out, bytes); !s.ok()) {
      std::cerr << s << "\n";
      return 1;
    }
  }
  std::cerr << "largest fact: " << largest_id << " with " << largest
            << " claims\n";
  if (absl::GetFlag(FLAGS_header)) {
    std::cout << absl::StrFormat(
        "%10s %9s %9s %12s %11s %12s %9s %9s %12s %9s %9s\n", "claims",
        "align_s", "align_cpu", "claims/s", "input_B/cl", "align_B/cl",
        "report_s", "rep_cpu", "report_B/cl", "facts", "conflicts");
  }
  std::cout << absl::StrFormat(
      "%10d %9.3f %9.3f %12.0f %11.0f %12.0f %9.3f %9.3f %12.0f %9d %9d\n", n,
      align_s, align_cpu_s, n / align_s, static_cast<double>(input) / n,
      static_cast<double>(align_peak) / n, report_s, report_cpu_s,
      static_cast<double>(report_peak) / n, num_facts, num_conflicts);
  return report.facts_size() == static_cast<int>(num_facts) &&
                 report.claims_size() == n
             ? 0
             : 1;
}

}  // namespace
}  // namespace accord

int main(int argc, char** argv) {
  absl::ParseCommandLine(argc, argv);
  return accord::Main();
}
