#!/usr/bin/env python3
"""Regenerates the compact CloudFormation registry schemas shipped in the plugin jar
(src/main/resources/dev/collabinfra/spec/registry-schemas.txt.gz) from the data folder of the
installed Python package cfn-lint (MIT-0): cfnlint/data/schemas/providers/us_east_1.py maps each
resource type to its (already patched) provider schema in schemas/resources/; cfn-lint's stricter
extension schemas are taken from the rules that apply them (their id and where they apply);
AdditionalSpecs/StatefulResources.json gives the stateful types; cfn-lint's format rules give the
patterns of the AWS id and ARN formats.

Runs on a developer's machine, never in the build:  python3 src/spec/generate-schemas.py
Needs only cfn-lint installed (pip install cfn-lint==1.51.0). The output is deterministic
(sorted keys, gzip without name or time stamp), so regenerating from the same version gives the
same bytes.

Format (UTF-8, one record a line, TAB-separated, read by dev.collabinfra.spec.RegistrySchemaReader):
  collab-infra-schemas<TAB>1                 marker and format version
  source<TAB><text>                          where the data came from, with its version
  stateful<TAB>AWS::X::Y<TAB>...             stateful resource types
  F<TAB><format><TAB><rule id><TAB><regex>   a string format and the pattern it means
  R<TAB><type><TAB><length><TAB><json>      a resource type's schema (descriptions and
                                             documentation dropped), one line of JSON of
                                             <length> UTF-8 bytes
  X<TAB><rule id><TAB><type><TAB><path><TAB><description><TAB><json>
                                             a cfn-lint extension schema applied to the value at
                                             <path> under the type's Properties ('/'-separated,
                                             '*' = every list item, empty = Properties itself)
"""
import gzip
import importlib
import io
import json
import os
import pkgutil
import re
import sys

import cfnlint
from cfnlint.rules import Rules
from cfnlint.rules.jsonschema.CfnLintJsonSchema import CfnLintJsonSchema
from cfnlint.rules.jsonschema.CfnLintJsonSchemaRegional import CfnLintJsonSchemaRegional

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "main", "resources", "dev", "collabinfra",
                   "spec", "registry-schemas.txt.gz")
DATA = os.path.join(os.path.dirname(cfnlint.__file__), "data")

# Keywords the Java validator reads; everything else (description, tagging, handlers, examples,
# insertionOrder, ...) is dropped. Keys inside name maps (properties, definitions, ...) are kept.
KEYWORDS = {
    "type", "$ref", "properties", "patternProperties", "additionalProperties", "required", "items",
    "prefixItems", "enum", "const", "pattern", "minLength", "maxLength", "minimum", "maximum",
    "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minItems", "maxItems", "uniqueItems",
    "uniqueKeys", "minProperties", "maxProperties", "format", "oneOf", "anyOf", "allOf", "not", "if",
    "then", "else", "dependencies", "dependentRequired", "dependentExcluded", "requiredXor",
    "requiredOr", "enumCaseInsensitive", "propertyNames", "contains", "definitions",
    "primaryIdentifier", "readOnlyProperties", "createOnlyProperties", "deprecatedProperties",
    "writeOnlyProperties", "typeName", "conditionalCreateOnlyProperties",
}
NAME_MAPS = {"properties", "patternProperties", "definitions", "dependencies", "dependentRequired",
             "dependentExcluded"}
# Keywords that change what a schema accepts but that the Java validator does not evaluate: an
# extension using one is left out rather than evaluated wrongly.
UNKNOWN_OK = {"description", "$comment", "title", "default", "examples", "message", "insertionOrder"}


def strip(node):
    if isinstance(node, list):
        return [strip(x) for x in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key not in KEYWORDS:
            continue
        if key in NAME_MAPS and isinstance(value, dict):
            out[key] = {name: strip(v) if isinstance(v, (dict, list)) else v for name, v in value.items()}
        else:
            out[key] = strip(value)
    return out


def unknown_keywords(node, found):
    if isinstance(node, list):
        for x in node:
            unknown_keywords(x, found)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key not in KEYWORDS and key not in UNKNOWN_OK:
                found.add(key)
            if key in NAME_MAPS and isinstance(value, dict):
                for v in value.values():
                    unknown_keywords(v, found)
            else:
                unknown_keywords(value, found)
    return found


def dumps(node):
    return json.dumps(node, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def main():
    version = cfnlint.__version__ if hasattr(cfnlint, "__version__") else importlib.import_module("cfnlint.version").__version__
    provider = open(os.path.join(DATA, "schemas", "providers", "us_east_1.py"), encoding="utf-8").read()
    types = dict(re.findall(r'"([^"]+)": "([0-9a-f]+)"', provider))
    stateful = sorted(json.load(open(os.path.join(DATA, "AdditionalSpecs", "StatefulResources.json")))["ResourceTypes"])
    text = io.StringIO()
    text.write("collab-infra-schemas\t1\n")
    text.write(f"source\tcfn-lint {version} cfnlint/data/schemas (providers/us_east_1, extensions, patches; MIT-0)\n")
    text.write("stateful\t" + "\t".join(stateful) + "\n")
    for rule_id, fmt, pattern in formats():
        text.write(f"F\t{fmt}\t{rule_id}\t{pattern}\n")
    for name in sorted(types):
        with open(os.path.join(DATA, "schemas", "resources", types[name] + ".json"), encoding="utf-8") as f:
            schema = json.load(f)
        body = dumps(strip(schema))
        # the byte length lets the reader skip the JSON without scanning it for the line end
        text.write(f"R\t{name}\t{len(body.encode('utf-8'))}\t{body}\n")
    skipped = []
    for rule_id, type_name, path, desc, schema in sorted(extensions(), key=lambda e: (e[0], e[1], e[2])):
        unknown = unknown_keywords(schema, set())
        if unknown:
            skipped.append(f"{rule_id} {type_name} ({', '.join(sorted(unknown))})")
            continue
        text.write(f"X\t{rule_id}\t{type_name}\t{path}\t{desc}\t{dumps(strip(schema))}\n")
    data = text.getvalue().encode("utf-8")
    with open(OUT, "wb") as out:
        out.write(gzip.compress(data, compresslevel=9, mtime=0))
    print(f"wrote {OUT}: {len(types)} types, {len(data)} bytes inflated, {os.path.getsize(OUT)} gzipped", file=sys.stderr)
    print(f"left out {len(skipped)} extensions using keywords the validator does not evaluate:", file=sys.stderr)
    for s in skipped:
        print("  " + s, file=sys.stderr)


def formats():
    import cfnlint.rules.formats as package
    found = []
    for module in pkgutil.iter_modules(package.__path__):
        if module.name.startswith("_") or module.name in ("Format", "FormatKeyword"):
            continue
        rule = getattr(importlib.import_module("cfnlint.rules.formats." + module.name), module.name)()
        keyword = getattr(rule, "format_keyword", None)
        pattern = getattr(rule, "pattern", None)
        if not keyword or not pattern:
            continue
        if module.name == "LogGroupName":
            keyword = "AWS::Logs::LogGroup.Name"  # cfn-lint 1.51.0 names the subnet format on this rule
        found.append((rule.id, keyword, pattern))
    return sorted(found)


def extensions():
    rules = Rules.create_from_directory(os.path.join(os.path.dirname(cfnlint.__file__), "rules"))
    for rule in rules.values():
        schema = getattr(rule, "_schema", None)
        if not isinstance(rule, CfnLintJsonSchema) or not isinstance(schema, dict) or rule.id in ("E3002", "E3016"):
            continue
        if isinstance(rule, CfnLintJsonSchemaRegional):
            # one schema per region; the region a template goes to is not known when it is
            # validated, so a value is judged against what any region accepts
            schema = any_region(schema)
            if schema is None:
                continue
        if rule.id in DEFINITION_RULES:
            # the rule's Python applies its schema to these properties, not to Properties itself
            for prop in DEFINITION_RULES[rule.id]:
                yield rule.id, rule.keywords[0].split("/")[1], prop, " ".join(rule.shortdesc.split()), jsonpath_only(schema)
            continue
        for keyword in rule.keywords:
            parts = keyword.split("/")
            if len(parts) < 3 or parts[0] != "Resources" or parts[2] != "Properties" or not parts[1].startswith("AWS::"):
                continue
            if parts[1].startswith("AWS::RDS::"):
                # RDS takes Engine in any case ('MySQL'); cfn-lint lowercases it before these checks
                schema = engine_any_case(schema)
            yield rule.id, parts[1], "/".join(parts[3:]), " ".join(rule.shortdesc.split()), schema


# Rules whose schema cfn-lint's Python applies to a property holding a document (the object form;
# the JSON string form it parses first is not evaluated here)
DEFINITION_RULES = {"E3601": ["Definition"]}


def jsonpath_only(schema):
    """The state machine schema for JSONPath definitions only: cfn-lint swaps in another schema
    for QueryLanguage JSONata, which this one would reject (Arguments, Output, ...)."""
    rest = {k: v for k, v in schema.items() if k != "definitions"}
    return {"definitions": schema.get("definitions", {}),
            "if": {"properties": {"QueryLanguage": {"const": "JSONata"}}, "required": ["QueryLanguage"]},
            "else": rest}


def engine_any_case(node):
    """The schema with every Engine const or enum under 'properties' compared case-insensitively."""
    if isinstance(node, list):
        return [engine_any_case(x) for x in node]
    if not isinstance(node, dict):
        return node
    out = {k: engine_any_case(v) for k, v in node.items()}
    engine = out.get("properties", {}).get("Engine") if isinstance(out.get("properties"), dict) else None
    if isinstance(engine, dict) and ("const" in engine or "enum" in engine):
        engine = dict(engine)
        values = [engine.pop("const")] if "const" in engine else engine.pop("enum")
        engine["enumCaseInsensitive"] = values
        out["properties"] = dict(out["properties"], Engine=engine)
    return out


def any_region(per_region):
    """One schema accepting what any region's schema accepts, for the shapes cfn-lint's regional
    extensions use: an enum (the union of the regions' lists) or an allOf of if/then items whose
    then-enums are joined by equal 'if'. None for any other shape (the extension is left out)."""
    regions = [v for v in per_region.values() if isinstance(v, dict)]
    if not regions:
        return None
    if all(set(r) == {"enum"} for r in regions):
        return {"enum": sorted({x for r in regions for x in r["enum"]}, key=str)}
    if not all(set(r) - {"description"} == {"allOf"} for r in regions):
        return None
    merged = {}
    for r in regions:
        for item in r["allOf"]:
            then = item.get("then", {}).get("properties", {})
            if set(item) != {"if", "then"} or set(item["then"]) != {"properties"} or len(then) != 1:
                return None
            (name, constraint), = then.items()
            if set(constraint) != {"enum"}:
                return None
            key = json.dumps(item["if"], sort_keys=True)
            entry = merged.setdefault(key, (item["if"], name, set()))
            entry[2].update(constraint["enum"])
    return {"allOf": [{"if": cond, "then": {"properties": {name: {"enum": sorted(values, key=str)}}}}
                      for _, (cond, name, values) in sorted(merged.items())]}


if __name__ == "__main__":
    main()
