#!/usr/bin/env python3
"""Parity with cfn-lint: lints the same templates with cfn-lint (the Python package, in this
process, us-east-1, the same matches `cfn-lint --format json` prints) and with this plugin
(ParityProbe, one JVM), and prints which share of cfn-lint's errors (E ids) the plugin also
reports as an error on the same file within one line (any rule id), overall, per cfn-lint rule
id and per file, and the misses one by one.

  bench/parity.sh [--good] [--per-file] [--time] [DIR_OR_FILE ...]
        default: collab-infra-maven-plugin/src/test/resources/parity
  --good      the templates are meant to be valid: also list each error of ours on a line where
              cfn-lint reports no error (a new false error), and count them
  --per-file  the per-file table (cfn-lint errors, found, missed)
  --time      warm time per template of each tool in one process

Reports, never fails: with no cfn-lint installed it prints SKIPPED and why. Only plain
CloudFormation is compared: templates with a Transform, Fn::ForEach or modules are left out and
counted. cfn-lint's E0002 ("Unknown exception while processing rule"), a crash of cfn-lint
itself rather than a finding about the template, is printed but not compared.
"""
import collections
import re
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT = os.path.join(ROOT, "collab-infra-maven-plugin", "src", "test", "resources", "parity")
NOT_PLAIN = re.compile(r'^Transform\s*:|"Transform"\s*:|Fn::ForEach|::MODULE\b', re.M)


def templates(args):
    found = []
    for arg in args or [DEFAULT]:
        if os.path.isdir(arg):
            for base, _, names in os.walk(arg):
                found += [os.path.join(base, n) for n in names if n.endswith((".yaml", ".yml", ".json", ".template"))]
        else:
            found.append(arg)
    plain, skipped = [], []
    for path in sorted(found):
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        (skipped if NOT_PLAIN.search(text) else plain).append(os.path.abspath(path))
    return plain, skipped


def rel(path, bases):
    for base in bases:
        if os.path.isdir(base) and path.startswith(os.path.abspath(base) + os.sep):
            return os.path.relpath(path, base)
    return os.path.relpath(path, ROOT)


def main():
    flags = {a for a in sys.argv[1:] if a.startswith("--")}
    paths = [a for a in sys.argv[1:] if not a.startswith("--")]
    try:
        from cfnlint.api import ManualArgs, lint as lint_text
        from cfnlint.version import __version__
    except ImportError as e:
        print(f"SKIPPED parity: cfn-lint is not installed ({e}); pip install cfn-lint==1.51.0")
        return 0
    files, skipped = templates(paths)
    if not files:
        print("SKIPPED parity: no plain CloudFormation templates found")
        return 0
    classpath = os.environ.get("PARITY_CLASSPATH")
    if not classpath:
        print("SKIPPED parity: PARITY_CLASSPATH is not set (run bench/parity.sh, which builds it)")
        return 0

    # cfn-lint, in this process: its errors per file and line
    expected = []
    crashes = []
    texts = {}
    for path in files:
        with open(path, encoding="utf-8", errors="replace") as f:
            texts[path] = f.read()
        try:
            matches = list(lint_text(texts[path], config=ManualArgs(regions=["us-east-1"])))
        except Exception as e:  # cfn-lint itself failing on the file (e.g. a null Metadata section)
            crashes.append((path, 1, f"cfn-lint raised {type(e).__name__}: {str(e)[:80]}"))
            continue
        for match in matches:
            if match.rule.id == "E0002":
                # "Unknown exception while processing rule ...": cfn-lint's own crash, not a finding
                # about the template; counted and printed, not compared
                crashes.append((path, match.linenumber, match.message.splitlines()[0][:110]))
            elif match.rule.id.startswith("E"):
                expected.append((path, match.linenumber, match.rule.id, match.message.splitlines()[0][:110]))

    # this plugin, one JVM
    probe = ["java", "-cp", classpath, "dev.collabinfra.bench.ParityProbe"]
    if "--time" not in flags:
        probe.append("--no-time")
    out = subprocess.run(probe + files, capture_output=True, text=True, check=True).stdout.splitlines()
    ours = collections.defaultdict(list)
    our_ms = None
    for line in out:
        parts = line.split("\t")
        if parts[0] == "F" and parts[4] == "ERROR":
            ours[os.path.abspath(parts[1])].append((int(parts[2]), parts[3], parts[5] if len(parts) > 5 else ""))
        elif parts[0] == "T":
            our_ms = float(parts[1])

    found = same_id = 0
    per_rule = collections.defaultdict(lambda: [0, 0])
    per_file = collections.defaultdict(lambda: [0, 0])
    missed = []
    for path, line, rule, message in expected:
        near = [r for (l, r, _) in ours[path] if abs(l - line) <= 1]
        per_rule[rule][1] += 1
        per_file[path][1] += 1
        if near:
            found += 1
            per_rule[rule][0] += 1
            per_file[path][0] += 1
            same_id += rule in near
        else:
            missed.append(f"  {rel(path, paths)}:{line} {rule} {message}")
    total = len(expected)
    print(f"cfn-lint {__version__} vs collab-infra on {len(files)} plain templates "
          f"({len(skipped)} left out: Transform, Fn::ForEach or modules)")
    if total:
        print(f"found {found} of {total} cfn-lint errors ({100.0 * found / total:.1f} %) within one line; "
              f"{same_id} with the same id ({100.0 * same_id / total:.1f} %)")
        print("per cfn-lint rule id (found/errors):")
        for rule in sorted(per_rule):
            f, t = per_rule[rule]
            print(f"  {rule}: {f}/{t}" + ("" if f == t else f"  ({t - f} missed)"))
    else:
        print("cfn-lint reports no error on these templates")
    for path, line, message in crashes:
        print(f"  not compared: {rel(path, paths)}:{line} E0002 (cfn-lint crashed: {message})")
    if "--per-file" in flags and total:
        print("per file (cfn-lint errors, found, missed):")
        for path in sorted(per_file):
            f, t = per_file[path]
            print(f"  {rel(path, paths)}: {t} {f} {t - f}")
    if missed:
        print(f"missed ({len(missed)}):")
        print("\n".join(missed))
    ours_total = sum(len(v) for v in ours.values())
    print(f"collab-infra errors in total: {ours_total} in {len(ours)} files")
    if "--good" in flags:
        theirs = collections.defaultdict(set)
        for path, line, _, _ in expected:
            theirs[path].add(line)
        new = [(p, l, r, m) for p, v in ours.items() for (l, r, m) in v
               if not any(abs(l - x) <= 1 for x in theirs[p])]
        print(f"new false errors (ours where cfn-lint has no error within one line): {len(new)}")
        for p, l, r, m in sorted(new):
            print(f"  {rel(p, paths)}:{l} {r} {m[:140]}")
    if "--time" in flags and our_ms is not None:
        rounds = []
        for i in range(4):
            start = time.perf_counter()
            for path in files:
                lint_text(texts[path], config=ManualArgs(regions=["us-east-1"]))
            if i > 0:
                rounds.append((time.perf_counter() - start) * 1000 / len(files))
        cfn_ms = statistics.median(rounds)
        print(f"time per template, warm, one process: cfn-lint {cfn_ms:.1f} ms, collab-infra {our_ms:.2f} ms "
              f"({cfn_ms / our_ms:.0f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
