#!/usr/bin/env bash
# Parity with cfn-lint (see bench/parity.py):
#   bench/parity.sh [--good] [--per-file] [--time] [DIR_OR_FILE ...]
# default set: collab-infra-maven-plugin/src/test/resources/parity (our own templates). For
# cfn-lint's own fixtures, fetch test/fixtures/templates/{bad,good} of aws-cloudformation/cfn-lint
# yourself (they stay out of this repository) and pass the folder; --good for the good set.
set -euo pipefail
cd "$(dirname "$0")/.."
MODULE=collab-infra-maven-plugin
WORK="$MODULE/target/bench"
if ! python3 -c "import cfnlint" 2>/dev/null; then
  echo "SKIPPED parity: the Python package cfn-lint is not installed (pip install cfn-lint==1.51.0)"
  exit 0
fi
mkdir -p "$WORK"
# one Maven session with -am: the plugin's test classpath names the local endpoint module by its
# target/classes, which resolves only within the build that compiled it (as bench/run.sh does)
if [ -z "${PARITY_SKIP_BUILD:-}" ]; then
  mvn -B -q -o -pl "$MODULE" -am test-compile dependency:build-classpath -Dinvoker.skip=true \
    -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$WORK/classpath.txt" >&2
fi
export PARITY_CLASSPATH="$PWD/$MODULE/target/test-classes:$PWD/$MODULE/target/classes:$(cat "$WORK/classpath.txt")"
exec python3 bench/parity.py "$@"
