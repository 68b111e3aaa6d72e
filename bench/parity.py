#!/usr/bin/env python3
"""Parity with cfn-lint: lints the same templates with cfn-lint (the Python package, in this
process) and with this plugin (ParityProbe, one JVM), and prints which share of cfn-lint's errors
the plugin also reports as an error on the same file within one line, overall and per cfn-lint
rule id, and the time per template of each tool in one warm process.

  bench/parity.sh [DIR_OR_FILE ...]     default: collab-infra-maven-plugin/src/test/resources/parity

Reports, never fails: with no cfn-lint installed it prints SKIPPED and why. Only plain
CloudFormation is compared: templates with a Transform are left out (as the issue's measure did).
"""
import collections
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT = os.path.join(ROOT, "collab-infra-maven-plugin", "src", "test", "resources", "parity")


def templates(args):
    found = []
    for arg in args or [DEFAULT]:
        if os.path.isdir(arg):
            for base, _, names in os.walk(arg):
                found += [os.path.join(base, n) for n in names if n.endswith((".yaml", ".yml", ".json", ".template"))]
        else:
            found.append(arg)
    plain = []
    for path in sorted(found):
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        if "Transform" not in text:
            plain.append(os.path.abspath(path))
    return plain


def main():
    try:
        import cfnlint
        from cfnlint.api import lint_all, ManualArgs, lint
        from cfnlint.version import __version__
    except ImportError as e:
        print(f"SKIPPED parity: cfn-lint is not installed ({e}); pip install cfn-lint==1.51.0")
        return 0
    files = templates(sys.argv[1:])
    if not files:
        print("SKIPPED parity: no plain CloudFormation templates found")
        return 0
    classpath = sys.environ.get("PARITY_CLASSPATH") if hasattr(sys, "environ") else None
    classpath = os.environ.get("PARITY_CLASSPATH")
    if not classpath:
        print("SKIPPED parity: PARITY_CLASSPATH is not set (run bench/parity.sh, which builds it)")
        return 0

    # cfn-lint, in this process: errors per file and line, then warm time per template
    from cfnlint.api import lint as lint_text
    expected = []
    texts = {}
    for path in files:
        with open(path, encoding="utf-8") as f:
            texts[path] = f.read()
        for match in lint_text(texts[path], config=ManualArgs(regions=["us-east-1"])):
            if match.rule.id.startswith("E"):
                expected.append((path, match.linenumber, match.rule.id, match.message.splitlines()[0][:120]))
    rounds = []
    for i in range(4):
        start = time.perf_counter()
        for path in files:
            lint_text(texts[path], config=ManualArgs(regions=["us-east-1"]))
        if i > 0:
            rounds.append((time.perf_counter() - start) * 1000 / len(files))
    cfn_ms = statistics.median(rounds)

    # this plugin, one JVM
    out = subprocess.run(["java", "-cp", classpath, "dev.collabinfra.bench.ParityProbe", *files],
                         capture_output=True, text=True, check=True).stdout.splitlines()
    ours = collections.defaultdict(list)
    our_ms = None
    for line in out:
        parts = line.split("\t")
        if parts[0] == "F" and parts[4] == "ERROR":
            ours[os.path.abspath(parts[1])].append((int(parts[2]), parts[3]))
        elif parts[0] == "T":
            our_ms = float(parts[1])

    found = 0
    same_id = 0
    per_rule = collections.defaultdict(lambda: [0, 0])
    missed = []
    for path, line, rule, message in expected:
        near = [r for (l, r) in ours[path] if abs(l - line) <= 1]
        per_rule[rule][1] += 1
        if near:
            found += 1
            per_rule[rule][0] += 1
            same_id += rule in near
        else:
            missed.append(f"  {os.path.relpath(path, ROOT)}:{line} {rule} {message}")
    total = len(expected)
    print(f"cfn-lint {__version__} vs collab-infra on {len(files)} plain templates")
    if total == 0:
        print("cfn-lint reports no error on these templates: nothing to compare")
        return 0
    print(f"found {found} of {total} cfn-lint errors ({100.0 * found / total:.1f} %) within one line; "
          f"{same_id} with the same id ({100.0 * same_id / total:.1f} %)")
    for rule in sorted(per_rule):
        f, t = per_rule[rule]
        print(f"  {rule}: {f}/{t}")
    if missed:
        print("missed:")
        print("\n".join(missed))
    extra = sum(len(v) for v in ours.values())
    print(f"collab-infra errors in total: {extra}")
    if our_ms is not None:
        print(f"time per template, warm, one process: cfn-lint {cfn_ms:.1f} ms, collab-infra {our_ms:.2f} ms "
              f"({cfn_ms / our_ms:.0f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
