#!/usr/bin/env bash
# Regenerates the compact CloudFormation resource specification shipped in the plugin jar
# (src/main/resources/dev/collabinfra/spec/cfn-spec.txt.gz) from the npm package
# @aws-cdk/cfnspec, which carries AWS's CloudFormationResourceSpecification.json.
#
# Newer resource types, attributes and properties come from @aws-cdk/aws-service-spec (built
# from the current registry schemas) as an overlay: see compact-spec.js for what it patches.
#
# Usage: src/spec/generate-spec.sh [cfnspec-version [aws-service-spec-version]]
#        (defaults 2.72.1 = specification 117.0.0, and 0.1.216)
# Needs node and npm (npm only talks to the public registry).
set -euo pipefail
version="${1:-2.72.1}"
overlay="${2:-0.1.216}"
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../main/resources/dev/collabinfra/spec/cfn-spec.txt.gz"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund "@aws-cdk/cfnspec@$version" "@aws-cdk/aws-service-spec@$overlay" >/dev/null)
# -n: no file name or time stamp in the gzip header, so regenerating gives identical bytes.
node "$here/compact-spec.js" "$work/node_modules/@aws-cdk/cfnspec/spec/specification.json" \
    "$work/node_modules/@aws-cdk/aws-service-spec/db.json.gz" "@aws-cdk/aws-service-spec $overlay" | gzip -9 -n > "$out"
echo "wrote $out ($(wc -c < "$out") bytes)"
