// Bazel's persistent worker protocol for a command-line tool: a long-lived
// process that reads WorkRequests (the arguments of one action) and answers
// a WorkResponse for each, so that start-up costs (compiled rules, warm
// caches) are paid once per build instead of once per action. See
// https://bazel.build/remote/persistent and docs/batch.md.
//
//   WorkHandler handler = [&](const std::vector<std::string>& args,
//                             std::string* output) { ...; return 0; };
//   absl::Status s = RunWorkerLoop(std::cin, std::cout, handler);
#ifndef ACCORD_TOOLS_WORKER_WORKER_LOOP_H_
#define ACCORD_TOOLS_WORKER_WORKER_LOOP_H_

#include <functional>
#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "google/protobuf/message_lite.h"

namespace accord {

// Runs one request: `arguments` are the action's arguments (Bazel has
// expanded its params file); appends what the tool would print to `output`
// and returns the tool's exit code.
using WorkHandler = std::function<int(const std::vector<std::string>& arguments,
                                      std::string* output)>;

// Reads length-delimited WorkRequests from `in` until it ends; for each,
// calls `handler` and writes a length-delimited WorkResponse (the exit code,
// the output, the request's id) to `out`, flushed before the next request is
// read. Requests run one at a time, in order (a singleplex worker), on the
// calling thread. `in` is read one message at a time, never ahead: Bazel
// waits for each response before it sends the next request.
//
// Returns OK when `in` ends between two messages; an error when it ends
// inside one, a message does not parse or is larger than 64 MiB, or `out`
// fails. Not thread-safe: one loop per pair of streams.
absl::Status RunWorkerLoop(std::istream& in, std::ostream& out,
                           const WorkHandler& handler);

// Reads one length-delimited message (varint32 size, then the bytes) from
// `in` into `message`. Returns false at a clean end of input (no byte read),
// true when a message was read, and an error as RunWorkerLoop does.
absl::StatusOr<bool> ReadDelimited(std::istream& in,
                                   google::protobuf::MessageLite* message);

// Writes `message` length-delimited to `out` and flushes it.
absl::Status WriteDelimited(const google::protobuf::MessageLite& message,
                            std::ostream& out);

}  // namespace accord

#endif  // ACCORD_TOOLS_WORKER_WORKER_LOOP_H_
