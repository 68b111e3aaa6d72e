#!/usr/bin/env bash
# Parity with cfn-lint (see bench/parity.py): bench/parity.sh [DIR_OR_FILE ...]
set -euo pipefail
cd "$(dirname "$0")/.."
MODULE=collab-infra-maven-plugin
WORK="$MODULE/target/bench"
if ! python3 -c "import cfnlint" 2>/dev/null; then
  echo "SKIPPED parity: the Python package cfn-lint is not installed (pip install cfn-lint==1.51.0)"
  exit 0
fi
mvn -B -q -o -pl "$MODULE" test-compile -Dinvoker.skip=true
mkdir -p "$WORK"
[ -s "$WORK/classpath.txt" ] || mvn -B -q -o -pl "$MODULE" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt"
export PARITY_CLASSPATH="$PWD/$MODULE/target/test-classes:$PWD/$MODULE/target/classes:$(cat "$WORK/classpath.txt")"
exec python3 bench/parity.py "$@"
