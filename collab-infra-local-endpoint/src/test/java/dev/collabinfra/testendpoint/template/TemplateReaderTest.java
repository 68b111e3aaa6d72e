package dev.collabinfra.testendpoint.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The endpoint's own template reading: long forms for short-form tags, CloudFormation's scalars, format errors. */
class TemplateReaderTest {

    private final TemplateReader reader = new TemplateReader();

    @Test
    void shortFormTagsBecomeTheirLongForms() {
        Template template = reader.read("""
                Resources:
                  A:
                    Type: AWS::SNS::Topic
                    Properties:
                      R: !Ref P
                      G: !GetAtt B.Outputs.Name
                      S: !Sub ["${X}", {X: !If [C, !Ref Y, !Ref AWS::NoValue]}]
                      C: !Condition IsProd
                """);
        MapNode properties = template.resources().getMap("A").flatMap(a -> a.getMap("Properties")).orElseThrow();
        assertThat(properties.getMap("R").orElseThrow().getString("Ref")).contains("P");
        ListNode getAtt = (ListNode) properties.getMap("G").orElseThrow().get("Fn::GetAtt").orElseThrow();
        assertThat(getAtt.items()).extracting(Node::toString).containsExactly("B", "Outputs.Name");
        ListNode sub = (ListNode) properties.getMap("S").orElseThrow().get("Fn::Sub").orElseThrow();
        MapNode ifCall = ((MapNode) sub.get(1)).getMap("X").orElseThrow();
        assertThat(ifCall.keys()).containsExactly("Fn::If");
        assertThat(properties.getMap("C").orElseThrow().getString("Condition")).contains("IsProd");
        assertThat(template.resourceType("A")).contains("AWS::SNS::Topic");
    }

    @Test
    void scalarsAreTheStringsCloudFormationSees() {
        MapNode root = reader.read("a: yes\nb: 0755\nc: 0x1F\nd: 1_000\ne: ~\nf: '0755'\ng: 1.50\nh: !Ref 0755\n").root();
        assertThat(root.getString("a")).contains("true");
        assertThat(root.getString("b")).contains("493");
        assertThat(root.getString("c")).contains("31");
        assertThat(root.getString("d")).contains("1000");
        assertThat(root.getString("e")).contains("");
        assertThat(root.getString("f")).contains("0755");
        assertThat(root.getString("g")).contains("1.50");
        assertThat(root.getMap("h").orElseThrow().getString("Ref")).contains("0755");
    }

    @Test
    void jsonKeepsNumbersAsWritten() {
        MapNode root = reader.read("{\"Resources\": {\"A\": {\"Type\": \"T\", \"N\": 1.50, \"B\": true, \"Z\": null, \"L\": [1e3]}}}")
                .resources().getMap("A").orElseThrow();
        assertThat(root.getString("N")).contains("1.50");
        assertThat(root.getString("B")).contains("true");
        assertThat(root.getString("Z")).contains("");
        assertThat(((ListNode) root.get("L").orElseThrow()).get(0)).hasToString("1e3");
    }

    @Test
    void unreadableBodiesAreFormatErrorsWithTheLine() {
        assertThatThrownBy(() -> reader.read("Resources:\n  A: [unclosed\n")).isInstanceOf(TemplateReader.FormatError.class)
                .hasMessageStartingWith("Template format error: YAML not well-formed.").hasMessageContaining("line ");
        assertThatThrownBy(() -> reader.read("{\"Resources\": ")).isInstanceOf(TemplateReader.FormatError.class)
                .hasMessageStartingWith("Template format error: JSON not well-formed.");
        assertThatThrownBy(() -> reader.read("- a\n- b\n")).isInstanceOf(TemplateReader.FormatError.class)
                .hasMessageContaining("top level");
        assertThatThrownBy(() -> reader.read("")).isInstanceOf(TemplateReader.FormatError.class).hasMessageContaining("empty");
    }
}
