package dev.collabinfra.lint.rules.parameters;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The parameter types CloudFormation accepts, and how to classify one. */
final class ParameterTypes {

    /** AWS-specific parameter types (CloudFormation validates the value against the account). */
    static final List<String> AWS_SPECIFIC = List.of("AWS::EC2::AvailabilityZone::Name", "AWS::EC2::Image::Id",
            "AWS::EC2::Instance::Id", "AWS::EC2::KeyPair::KeyName", "AWS::EC2::SecurityGroup::GroupName",
            "AWS::EC2::SecurityGroup::Id", "AWS::EC2::Subnet::Id", "AWS::EC2::Volume::Id", "AWS::EC2::VPC::Id",
            "AWS::Route53::HostedZone::Id");

    /** Every valid type (immutable, in a fixed order so "did you mean" is deterministic). */
    private static final Set<String> ALL = java.util.Collections.unmodifiableSet(build());

    private ParameterTypes() {}

    /** Every valid type, for "did you mean". */
    static Set<String> all() {
        return ALL;
    }

    private static Set<String> build() {
        Set<String> all = new LinkedHashSet<>(List.of("String", "Number", "List<Number>", "List<String>", "CommaDelimitedList",
                "AWS::SSM::Parameter::Name"));
        for (String type : AWS_SPECIFIC) {
            all.add(type);
            all.add("List<" + type + ">");
        }
        for (String inner : valueTypes()) {
            all.add("AWS::SSM::Parameter::Value<" + inner + ">");
        }
        return all;
    }

    private static Set<String> valueTypes() {
        Set<String> inner = new LinkedHashSet<>(List.of("String", "List<String>", "CommaDelimitedList"));
        for (String type : AWS_SPECIFIC) {
            inner.add(type);
            inner.add("List<" + type + ">");
        }
        return inner;
    }

    static boolean isValid(String type) {
        return ALL.contains(type);
    }

    static boolean isNumber(String type) {
        return type.equals("Number");
    }

    static boolean isString(String type) {
        return type.equals("String");
    }

    /** Types whose value is a comma-separated list. */
    static boolean isList(String type) {
        return type.startsWith("List<") || type.equals("CommaDelimitedList");
    }
}
