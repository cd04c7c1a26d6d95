#include "engine/truth/claims.h"

#include <algorithm>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace accord {
namespace truth {

std::string ValueText(const accord::Value& value) {
  switch (value.kind_case()) {
    case accord::Value::kEntityId:
      return value.entity_id();
    case accord::Value::kText:
      return value.text();
    case accord::Value::kTime:
      return absl::StrCat(value.time().begin(), "/", value.time().end());
    case accord::Value::kQuantity: {
      std::string out = absl::StrCat(value.quantity().value());
      if (!value.quantity().unit().empty()) {
        absl::StrAppend(&out, " ", value.quantity().unit());
      }
      return out;
    }
    case accord::Value::kDuration:
      return absl::StrCat(value.duration().seconds(), "s");
    case accord::Value::kOrdinal:
      return absl::StrCat(value.ordinal());
    case accord::Value::kSet: {
      std::vector<std::string> members;
      for (const auto& m : value.set().members()) {
        members.push_back(ValueText(m));
      }
      std::sort(members.begin(), members.end());
      return absl::StrJoin(members, "|");
    }
    case accord::Value::KIND_NOT_SET:
      break;
  }
  return "";
}

std::vector<Observation> ObservationsFromClaims(
    const google::protobuf::RepeatedPtrField<accord::Claim>& claims,
    int* skipped) {
  std::vector<Observation> out;
  int skip = 0;
  for (const accord::Claim& claim : claims) {
    std::string object, value;
    std::vector<std::pair<std::string, std::string>> key;
    for (const accord::Argument& arg : claim.args()) {
      const std::string text = ValueText(arg.value());
      if (arg.role() == "value") {
        value = text;
      } else if (arg.role() == "object") {
        object = text;
      } else {
        key.emplace_back(arg.role(), text);
      }
    }
    if (object.empty()) {
      std::sort(key.begin(), key.end());
      object = absl::StrJoin(key, ";", absl::PairFormatter("="));
    }
    if (claim.polarity() == accord::NEGATIVE || claim.source_id().empty() ||
        claim.frame().empty() || value.empty() || object.empty()) {
      ++skip;
      continue;
    }
    out.push_back(Observation{claim.source_id(), object, claim.frame(), value});
  }
  if (skipped != nullptr) *skipped += skip;
  return out;
}

}  // namespace truth
}  // namespace accord
