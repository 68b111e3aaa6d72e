#!/usr/bin/env bash
# The benchmark in one command (see BENCHMARKS.md):
#   bench/run.sh                       full run: lint, build, package, deploy, peers, fuzz (~20-40 min on 2 cores)
#   bench/run.sh --smoke               every measurement once on tiny input (what CI runs)
#   bench/run.sh -Dbench.only=lint,deploy -Dbench.fuzz.iterations=100000 ...   pick sections, change sizes
#   bench/run.sh --install-peers       also apt-get install awscli when no aws CLI is present (needs root)
# Prints a table and writes collab-infra-maven-plugin/target/bench/results.md for BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
MODULE=collab-infra-maven-plugin
WORK="$ROOT/$MODULE/target/bench"
SMOKE=false
INSTALL_PEERS=false
JAVA_ARGS=()
for arg in "$@"; do
  case "$arg" in
    --smoke) SMOKE=true; JAVA_ARGS+=("-Dbench.smoke=true") ;;
    --install-peers) INSTALL_PEERS=true ;;
    -D*) JAVA_ARGS+=("$arg") ;;
    *) echo "unknown argument: $arg (use --smoke, --install-peers or -Dbench.*=...)" >&2; exit 2 ;;
  esac
done

# Build what the benchmark runs from: main and test classes, the S3Proxy jar, the test classpath.
# Offline first (the usual case once the project has built); online when something is missing.
mvn_q() { mvn -B -q -o "$@" || mvn -B -q "$@"; }
echo "Building the plugin's main and test classes ..."
mkdir -p "$WORK"
# One session: the plugin's test classpath names the local endpoint module (built by -am) by its
# target/classes, which Maven resolves only within the build that compiled it. The plugin runs
# last, so its classpath is the one left in the file.
mvn_q -pl "$MODULE" -am test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt"

# Peers (skipped in smoke mode; each measurement says why when one is missing).
if [ "$SMOKE" = false ]; then
  if command -v npm >/dev/null && [ ! -x "$WORK/peers/npm/node_modules/.bin/cfn-lint" ]; then
    echo "Installing the npm package cfn-lint@1.9.7 into $WORK/peers/npm ..."
    npm install --prefix "$WORK/peers/npm" --no-audit --no-fund --loglevel=error cfn-lint@1.9.7 >/dev/null \
      || echo "npm install cfn-lint@1.9.7 failed; that peer will be skipped" >&2
  fi
  if [ "$INSTALL_PEERS" = true ] && ! command -v aws >/dev/null && [ "$(id -u)" = 0 ]; then
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q awscli
  fi
fi

CP="$ROOT/$MODULE/target/test-classes:$ROOT/$MODULE/target/classes:$(cat "$WORK/classpath.txt")"
# nodelay: the JDK HTTP server behind the local CloudFormation endpoint otherwise adds Nagle/delayed-ACK
# pauses (tens of ms) to calls, a cost of the test server that real AWS does not have
exec java -Xmx1g -Dsun.net.httpserver.nodelay=true -cp "$CP" \
  -Ds3proxy.jar="$ROOT/$MODULE/target/s3proxy/s3proxy.jar" \
  -Dbench.root="$ROOT" \
  "${JAVA_ARGS[@]}" \
  dev.collabinfra.bench.BenchmarkMain
