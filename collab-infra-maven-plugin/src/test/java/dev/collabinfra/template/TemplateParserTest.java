package dev.collabinfra.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** YAML templates: positions on every node, short-form tags, YAML 1.1 scalars as CloudFormation reads them. */
class TemplateParserTest {

    static final String BUCKET = """
            AWSTemplateFormatVersion: 2010-09-09
            Resources:
              Bucket:
                Type: AWS::S3::Bucket
                Properties:
                  BucketName: !Sub "${AWS::StackName}-data"
                  Tags:
                    - Key: team
                      Value: platform
            Outputs:
              Arn:
                Value: !GetAtt Bucket.Arn
            """;

    @Test
    void everyKeyAndValueKnowsItsOneBasedLineAndColumn() {
        // when
        Template template = parse(BUCKET);
        // then
        MapNode root = template.root();
        assertThat(root.position()).isEqualTo(new Position(1, 1));
        assertThat(root.entry("Resources").orElseThrow().keyPosition()).isEqualTo(new Position(2, 1));
        MapNode resources = template.resources();
        assertThat(resources.position()).isEqualTo(new Position(3, 3));
        assertThat(resources.entry("Bucket").orElseThrow().keyPosition()).isEqualTo(new Position(3, 3));
        MapNode bucket = resources.getMap("Bucket").orElseThrow();
        assertThat(bucket.entry("Type").orElseThrow().keyPosition()).isEqualTo(new Position(4, 5));
        ScalarNode type = bucket.getScalar("Type").orElseThrow();
        assertThat(type.position()).isEqualTo(new Position(4, 11));
        assertThat(BUCKET.substring(type.startIndex(), type.endIndex())).isEqualTo("AWS::S3::Bucket");
        ListNode tags = (ListNode) bucket.getMap("Properties").orElseThrow().get("Tags").orElseThrow();
        MapNode tag = (MapNode) tags.get(0);
        assertThat(tag.position()).isEqualTo(new Position(8, 11));
        assertThat(tag.entry("Value").orElseThrow().keyPosition()).isEqualTo(new Position(9, 11));
        assertThat(tag.getScalar("Value").orElseThrow().position()).isEqualTo(new Position(9, 18));
    }

    @Test
    void aShortFormTagStartsAtTheTagAndItsArgumentAtTheValue() {
        // when
        Template template = parse(BUCKET);
        // then
        MapNode sub = template.resources().getMap("Bucket").flatMap(b -> b.getMap("Properties")).flatMap(p -> p.getMap("BucketName")).orElseThrow();
        assertThat(sub.isShortForm()).isTrue();
        assertThat(sub.position()).isEqualTo(new Position(6, 19));
        assertThat(sub.entry("Fn::Sub").orElseThrow().keyPosition()).isEqualTo(new Position(6, 19));
        ScalarNode argument = sub.getScalar("Fn::Sub").orElseThrow();
        assertThat(argument.value()).isEqualTo("${AWS::StackName}-data");
        assertThat(argument.position()).isEqualTo(new Position(6, 24));
        assertThat(BUCKET.substring(argument.startIndex(), argument.endIndex())).isEqualTo("\"${AWS::StackName}-data\"");
        assertThat(BUCKET.substring(sub.startIndex(), sub.endIndex())).isEqualTo("!Sub \"${AWS::StackName}-data\"");
    }

    @Test
    void getAttDotFormSplitsOnTheFirstDotWithPositionsOnBothParts() {
        // given
        String text = "Outputs:\n  Name:\n    Value: !GetAtt Child.Outputs.Name\n";
        // when
        MapNode getAtt = parse(text).outputs().getMap("Name").flatMap(o -> o.getMap("Value")).orElseThrow();
        // then
        ListNode argument = (ListNode) getAtt.get("Fn::GetAtt").orElseThrow();
        ScalarNode resource = (ScalarNode) argument.get(0);
        ScalarNode attribute = (ScalarNode) argument.get(1);
        assertThat(resource.value()).isEqualTo("Child");
        assertThat(attribute.value()).isEqualTo("Outputs.Name");
        assertThat(resource.position()).isEqualTo(new Position(3, 20));
        assertThat(attribute.position()).isEqualTo(new Position(3, 26));
        assertThat(text.substring(resource.startIndex(), resource.endIndex())).isEqualTo("Child");
        assertThat(text.substring(attribute.startIndex(), attribute.endIndex())).isEqualTo("Outputs.Name");
    }

    @Test
    void getAttQuotedDotFormAndListFormAndNoDot() {
        // given
        String text = "A: !GetAtt 'Db.Endpoint.Address'\nB: !GetAtt [Db, Endpoint.Port]\nC: !GetAtt Db\n";
        // when
        MapNode root = parse(text).root();
        // then
        ListNode quoted = (ListNode) root.getMap("A").orElseThrow().get("Fn::GetAtt").orElseThrow();
        assertThat(quoted.items()).extracting(n -> ((ScalarNode) n).value()).containsExactly("Db", "Endpoint.Address");
        assertThat(text.substring(quoted.get(1).startIndex(), quoted.get(1).endIndex())).isEqualTo("Endpoint.Address");
        assertThat(quoted.get(1).position()).isEqualTo(new Position(1, 16));
        ListNode list = (ListNode) root.getMap("B").orElseThrow().get("Fn::GetAtt").orElseThrow();
        assertThat(list.items()).extracting(n -> ((ScalarNode) n).value()).containsExactly("Db", "Endpoint.Port");
        assertThat(root.getMap("C").orElseThrow().getScalar("Fn::GetAtt").orElseThrow().value()).isEqualTo("Db");
    }

    static Stream<String> shortFormTags() {
        return Intrinsics.SHORT_FORM_TAGS.stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("shortFormTags")
    void everyShortFormTagOnAScalarBecomesItsLongForm(String tag) {
        ParseResult result = new TemplateParser().parseText(Path.of("t.yaml"), "V: !" + tag + " Arg\n");
        assertThat(result.issues()).isEmpty();
        MapNode call = result.template().root().getMap("V").orElseThrow();
        String longForm = tag.equals("Ref") || tag.equals("Condition") ? tag : "Fn::" + tag;
        assertThat(call.keys()).containsExactly(longForm);
        assertThat(call.isShortForm()).isTrue();
        assertThat(Intrinsics.argument(call)).isInstanceOf(ScalarNode.class); // no dot: GetAtt keeps the scalar
        assertThat(((ScalarNode) Intrinsics.argument(call)).value()).isEqualTo("Arg");
    }

    @ParameterizedTest
    @MethodSource("shortFormTags")
    void everyShortFormTagOnASequenceBecomesItsLongForm(String tag) {
        ParseResult result = new TemplateParser().parseText(Path.of("t.yaml"), "V: !" + tag + "\n  - a\n  - b\n");
        assertThat(result.issues()).isEmpty();
        MapNode call = result.template().root().getMap("V").orElseThrow();
        assertThat(call.keys()).containsExactly(Intrinsics.longForm(tag));
        ListNode argument = (ListNode) Intrinsics.argument(call);
        assertThat(argument.items()).extracting(n -> ((ScalarNode) n).value()).containsExactly("a", "b");
        assertThat(argument.position()).isEqualTo(new Position(2, 3));
    }

    @ParameterizedTest
    @MethodSource("shortFormTags")
    void everyShortFormTagOnAMappingBecomesItsLongForm(String tag) {
        ParseResult result = new TemplateParser().parseText(Path.of("t.yaml"), "V: !" + tag + " {k: v}\n");
        assertThat(result.issues()).isEmpty();
        MapNode call = result.template().root().getMap("V").orElseThrow();
        assertThat(call.keys()).containsExactly(Intrinsics.longForm(tag));
        MapNode argument = (MapNode) Intrinsics.argument(call);
        assertThat(argument.getString("k")).contains("v");
        assertThat(argument.position()).isEqualTo(new Position(1, 5 + tag.length() + 1));
    }

    @Test
    void nestedShortFormsAndLongFormsReadTheSame() {
        // given
        String shortForm = "V: !If [IsProd, !Ref Big, !Select [0, !GetAZs '']]\n";
        String longForm = "V:\n  Fn::If: [IsProd, {Ref: Big}, {Fn::Select: [0, {Fn::GetAZs: ''}]}]\n";
        // when
        MapNode fromShort = parse(shortForm).root().getMap("V").orElseThrow();
        MapNode fromLong = parse(longForm).root().getMap("V").orElseThrow();
        // then
        assertThat(render(fromShort)).isEqualTo(render(fromLong)).isEqualTo("{Fn::If=[IsProd, {Ref=Big}, {Fn::Select=[0, {Fn::GetAZs=}]}]}");
    }

    @Test
    void theTemplateFormatVersionWrittenPlainStaysTheString() {
        ScalarNode version = parse(BUCKET).root().getScalar("AWSTemplateFormatVersion").orElseThrow();
        assertThat(version.kind()).isEqualTo(ScalarKind.STRING);
        assertThat(version.value()).isEqualTo("2010-09-09");
    }

    @Test
    void scalarsResolveWithYaml11Rules() {
        // given
        String text = "A: 42\nB: 0x1F\nC: 1_000\nD: 1.5\nE: ~\nF: true\nG: '42'\nH: 012345678912\nI: null\nJ: 190:20:30\n";
        // when
        MapNode root = parse(text).root();
        // then
        assertThat(kindAndValue(root, "A")).isEqualTo("INTEGER 42");
        assertThat(kindAndValue(root, "B")).isEqualTo("INTEGER 31");
        assertThat(kindAndValue(root, "C")).isEqualTo("INTEGER 1000");
        assertThat(kindAndValue(root, "D")).isEqualTo("FLOAT 1.5");
        assertThat(kindAndValue(root, "E")).isEqualTo("NULL ");
        assertThat(kindAndValue(root, "F")).isEqualTo("BOOLEAN true");
        assertThat(kindAndValue(root, "G")).isEqualTo("STRING 42");
        assertThat(kindAndValue(root, "H")).isEqualTo("STRING 012345678912"); // 8 and 9 are not octal digits: a string
        assertThat(kindAndValue(root, "I")).isEqualTo("NULL ");
        assertThat(kindAndValue(root, "J")).isEqualTo("INTEGER 685230"); // YAML 1.1 base 60
    }

    @Test
    void aByteOrderMarkIsIgnored() {
        ParseResult result = new TemplateParser().parse(Path.of("t.yaml"), ("\uFEFF" + BUCKET).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(result.issues()).isEmpty();
        assertThat(result.template().resources().entry("Bucket").orElseThrow().keyPosition()).isEqualTo(new Position(3, 3));
    }

    @Test
    void positionsCountCodePointsAfterCharactersOutsideTheBasicPlane() {
        String text = "Description: \"\uD83D\uDE80 rocket\"\nResources:\n  A: {Type: 'X'}\n  B: !Ref \uD83D\uDE80\n";
        MapNode root = parse(text).root();
        ScalarNode ref = parse(text).resources().getMap("B").orElseThrow().getScalar("Ref").orElseThrow();
        assertThat(ref.position()).isEqualTo(new Position(4, 11));
        assertThat(text.substring(ref.startIndex(), ref.endIndex())).isEqualTo("\uD83D\uDE80");
        assertThat(root.getString("Description")).contains("\uD83D\uDE80 rocket");
    }

    static Template parse(String text) {
        ParseResult result = new TemplateParser().parseText(Path.of("t.yaml"), text);
        assertThat(result.issues()).as("issues").isEmpty();
        return result.template();
    }

    private static String kindAndValue(MapNode map, String key) {
        ScalarNode scalar = map.getScalar(key).orElseThrow();
        return scalar.kind() + " " + scalar.value();
    }

    /** A compact rendering of a node tree, to compare short and long forms. */
    static String render(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.value();
        }
        if (node instanceof ListNode list) {
            return list.items().stream().map(TemplateParserTest::render).toList().toString();
        }
        MapNode map = (MapNode) node;
        StringBuilder out = new StringBuilder("{");
        map.entries().forEach(e -> out.append(out.length() > 1 ? ", " : "").append(e.key()).append('=').append(render(e.value())));
        return out.append('}').toString();
    }
}
