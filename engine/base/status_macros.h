// Early-return helpers for absl::Status, which Debian's Abseil 20220623 lacks.
//
//   ACCORD_RETURN_IF_ERROR(WriteFile(path, data));
//   ACCORD_ASSIGN_OR_RETURN(std::string text, ReadFile(path));
#ifndef ACCORD_ENGINE_BASE_STATUS_MACROS_H_
#define ACCORD_ENGINE_BASE_STATUS_MACROS_H_

#include "absl/status/status.h"
#include "absl/status/statusor.h"

// Evaluates `expr` (an absl::Status) and returns it from the enclosing
// function when it is not OK.
#define ACCORD_RETURN_IF_ERROR(expr)                 \
  do {                                               \
    const ::absl::Status accord_status_ = (expr);    \
    if (!accord_status_.ok()) return accord_status_; \
  } while (0)

#define ACCORD_STATUS_CONCAT_INNER_(a, b) a##b
#define ACCORD_STATUS_CONCAT_(a, b) ACCORD_STATUS_CONCAT_INNER_(a, b)

// Evaluates `rexpr` (an absl::StatusOr<T>); on error returns its status, else
// move-assigns the value to `lhs`, which may be a declaration.
#define ACCORD_ASSIGN_OR_RETURN(lhs, rexpr) \
  ACCORD_ASSIGN_OR_RETURN_IMPL_(            \
      ACCORD_STATUS_CONCAT_(accord_statusor_, __LINE__), lhs, rexpr)

#define ACCORD_ASSIGN_OR_RETURN_IMPL_(statusor, lhs, rexpr) \
  auto statusor = (rexpr);                                  \
  if (!statusor.ok()) return statusor.status();             \
  lhs = std::move(statusor).value()

#endif  // ACCORD_ENGINE_BASE_STATUS_MACROS_H_
