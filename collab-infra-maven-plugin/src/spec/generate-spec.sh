#!/usr/bin/env bash
# Regenerates the compact CloudFormation resource specification shipped in the plugin jar
# (src/main/resources/dev/collabinfra/spec/cfn-spec.txt.gz) from the npm package
# @aws-cdk/cfnspec, which carries AWS's CloudFormationResourceSpecification.json.
#
# Usage: src/spec/generate-spec.sh [cfnspec-version]   (default 2.72.1 = spec 117.0.0)
# Needs node and npm (npm only talks to the public registry).
set -euo pipefail
version="${1:-2.72.1}"
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../main/resources/dev/collabinfra/spec/cfn-spec.txt.gz"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund "@aws-cdk/cfnspec@$version" >/dev/null)
# -n: no file name or time stamp in the gzip header, so regenerating gives identical bytes.
node "$here/compact-spec.js" "$work/node_modules/@aws-cdk/cfnspec/spec/specification.json" | gzip -9 -n > "$out"
echo "wrote $out ($(wc -c < "$out") bytes)"
