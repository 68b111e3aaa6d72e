#!/usr/bin/env python3
"""Regenerates service-data.txt.gz, the data behind the service rules (lint/rules/iam, lmbd, ec2,
route53, rds, ...), from the installed cfn-lint's data folder (cfnlint/data, MIT-0).

Usage: python3 src/spec/generate-service-data.py   (run from collab-infra-maven-plugin/)

Only data is taken from cfn-lint; the checks are our Java code. The output is a gzipped text file
of sections ("[name]") with tab-separated lines, written with a fixed gzip time stamp so that
regenerating from the same cfn-lint gives identical bytes. Sections:
  [iam]        service prefix, then its actions (lower case), space separated
  [lambda]     runtime, deprecated, create-block, update-block, successor
  [rds-classes] number, instance classes (space separated): the distinct class lists
  [rds]        engine, EngineVersion pattern, number of its class list
  [elasticache] cache node types of any region (space separated, one line)
  [fargate]    cpu units, allowed memory: "a,b,c" or "min-max/step" (MiB)
  [route53]    record type, "format" or "pattern", the format name or regex, max records
  [primary]    resource type, primary identifier properties (comma separated; only types whose
               identifier is set by the user at the top of Properties, as cfn-lint's E3019 reads it)
  [lifecycle]  resource type, status (shutdown/sunset/maintenance), date (may be empty)
"""
import gzip
import importlib
import io
import json
import os
import re
import sys

import cfnlint

DATA = os.path.join(os.path.dirname(cfnlint.__file__), "data")
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "main", "resources", "dev", "collabinfra",
                   "spec", "service-data.txt.gz")


def load(*parts):
    with open(os.path.join(DATA, *parts)) as f:
        return json.load(f)


def iam(out):
    policies = load("AdditionalSpecs", "Policies.json")
    for prefix in sorted(policies):
        actions = sorted(policies[prefix].get("Actions", {}).keys())
        out.append(prefix + "\t" + " ".join(actions))


def lmbd(out):
    for runtime, v in sorted(load("AdditionalSpecs", "LmbdRuntimeLifecycle.json").items()):
        out.append("\t".join([runtime, v.get("deprecated") or "", v.get("create-block") or "",
                              v.get("update-block") or "", v.get("successor") or ""]))


def rds(out, lists):
    d = load("schemas", "extensions", "aws_rds_dbinstance", "db_instance_class.json")
    index = {}
    for item in d["allOf"]:
        props = item["if"]["properties"]
        engine = props["Engine"]["const"]
        pattern = props["EngineVersion"]["pattern"]
        classes = " ".join(sorted(item["then"]["properties"]["DBInstanceClass"]["enum"]))
        if classes not in index:  # few distinct lists: each is written once and named by number
            index[classes] = len(index)
            lists.append("%d\t%s" % (index[classes], classes))
        out.append("\t".join([engine, pattern, str(index[classes])]))


def elasticache(out):
    d = load("schemas", "extensions", "aws_elasticache_cachecluster", "cachenodetype_enum.json")
    # every region's node types: the region a template is deployed to is not known when it is validated
    types = set()
    for region in d.values():
        if isinstance(region, dict):
            types.update(region.get("enum", []))
    out.append(" ".join(sorted(types)))


def fargate(out):
    d = load("schemas", "extensions", "aws_ecs_taskdefinition", "fargate_cpu_memory.json")
    for option in d["then"]["anyOf"]:
        cpu = option["properties"]["Cpu"]["then"]["enum"][0]
        mem = option["properties"]["Memory"]["then"]
        if "enum" in mem:
            out.append(cpu + "\t" + ",".join(str(m) for m in mem["enum"]))
        else:
            out.append("%s\t%d-%d/%d" % (cpu, mem["minimum"], mem["maximum"], mem["multipleOf"]))


def route53(out):
    d = load("schemas", "extensions", "aws_route53_recordset", "recordset_pattern.json")
    defs = d["definitions"]

    def resolve(schema):
        if "$ref" in schema:
            return resolve(defs[schema["$ref"].split("/")[-1]])
        if "anyOf" in schema:  # CNAME: a domain name, or an ACM validation name (also a domain name)
            return resolve(schema["anyOf"][0])
        return schema

    for item in d["allOf"]:
        rtype = item["if"]["properties"]["Type"]["const"]
        rr = item["then"]["properties"]["ResourceRecords"]
        schema = resolve(rr["items"])
        max_items = str(rr.get("maxItems", ""))
        if "format" in schema:
            out.append("\t".join([rtype, "format", schema["format"], max_items]))
        elif "pattern" in schema:
            out.append("\t".join([rtype, "pattern", schema["pattern"], max_items]))
        else:
            out.append("\t".join([rtype, "any", "", max_items]))


def resource_schemas():
    providers = importlib.import_module("cfnlint.data.schemas.providers.us_east_1")
    for type_name, key in sorted(providers.types.items()):
        yield type_name, load("schemas", "resources", key + ".json")


def primary_and_lifecycle(primary, lifecycle):
    for type_name, schema in resource_schemas():
        ids = schema.get("primaryIdentifier", [])
        read_only = schema.get("readOnlyProperties", [])
        if type_name == "AWS::CodeBuild::Project":  # cfn-lint's own exception (E3019 config default)
            ids, read_only = ["/properties/Name"], []
        if ids and not any(i in read_only for i in ids):
            names = [i.replace("/properties/", "") for i in ids]
            if not any("/" in n for n in names):
                primary.append(type_name + "\t" + ",".join(names))
        lc = schema.get("lifecycle")
        if isinstance(lc, dict) and lc.get("status"):
            lifecycle.append("\t".join([type_name, lc["status"], lc.get("date", "")]))


def main():
    sections = {name: [] for name in ["iam", "lambda", "rds-classes", "rds", "elasticache", "fargate", "route53", "primary", "lifecycle"]}
    iam(sections["iam"])
    lmbd(sections["lambda"])
    rds(sections["rds"], sections["rds-classes"])
    elasticache(sections["elasticache"])
    fargate(sections["fargate"])
    route53(sections["route53"])
    primary_and_lifecycle(sections["primary"], sections["lifecycle"])
    text = io.StringIO()
    text.write("# collab-infra service rule data, generated by src/spec/generate-service-data.py\n")
    text.write("# source: cfn-lint %s, cfnlint/data (MIT-0, https://github.com/aws-cloudformation/cfn-lint)\n"
               % cfnlint.version.__version__)
    text.write("@version\tcfn-lint %s\n" % cfnlint.version.__version__)
    for name, lines in sections.items():
        text.write("[%s]\n" % name)
        for line in lines:
            if "\n" in line:
                sys.exit("newline in data line: " + line)
            text.write(line + "\n")
    with open(OUT, "wb") as f:
        with gzip.GzipFile(fileobj=f, mode="wb", compresslevel=9, mtime=0, filename="") as gz:
            gz.write(text.getvalue().encode("utf-8"))
    print("wrote %s (%d bytes)" % (OUT, os.path.getsize(OUT)))


if __name__ == "__main__":
    import cfnlint.version  # noqa: F401
    main()
