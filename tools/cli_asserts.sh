# Assertions shared by the CLI's shell tests (tools/accord_cli_test.sh,
# testdata/hostile_test.sh). Each prints "ok: NAME" or "FAIL: ..." and counts
# failures in $failures, which the test sets to 0 first and exits on.
#
#   failures=0
#   source tools/cli_asserts.sh
#   check "usage exits 2" 2 "$?"

check() {  # check NAME WANT_EXIT GOT_EXIT
  if [[ "$2" != "$3" ]]; then
    echo "FAIL: $1: exit $3, want $2"
    failures=$((failures + 1))
  else
    echo "ok: $1"
  fi
}
contains() {  # contains NAME FILE TEXT
  if grep -qF -- "$3" "$2"; then
    echo "ok: $1"
  else
    echo "FAIL: $1: '$3' not in $2"
    failures=$((failures + 1))
  fi
}
lacks() {  # lacks NAME FILE TEXT
  if grep -qF -- "$3" "$2"; then
    echo "FAIL: $1: '$3' in $2"
    failures=$((failures + 1))
  else
    echo "ok: $1"
  fi
}
