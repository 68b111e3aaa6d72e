package dev.collabinfra.template;

/** What a scalar resolves to under YAML 1.1 (the rules CloudFormation reads YAML with) or JSON. */
public enum ScalarKind {
    STRING,
    INTEGER,
    FLOAT,
    BOOLEAN,
    NULL
}
