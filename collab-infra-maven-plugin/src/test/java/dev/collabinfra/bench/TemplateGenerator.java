package dev.collabinfra.bench;

/**
 * Writes realistic templates of any size for the scaling benchmark: a repeated service unit of ten
 * resources (dead-letter queue, queue, topic, subscription, table, role, log group, function,
 * permission, alarm) wired the way real stacks are, with {@code Ref}, {@code GetAtt}, {@code Sub}
 * with resource attributes, {@code If} on a condition, a conditional resource, {@code DependsOn},
 * {@code FindInMap} and outputs, so every family of rules has work to do. Compact flow style keeps
 * 2,000 resources under the parser's 1 MB limit.
 */
final class TemplateGenerator {

    /** Resources per unit; a template of N resources holds N / 10 units. */
    static final int UNIT = 10;

    private TemplateGenerator() {}

    static String generate(int resources) {
        if (resources % UNIT != 0 || resources <= 0) {
            throw new IllegalArgumentException("resources must be a positive multiple of " + UNIT);
        }
        int units = resources / UNIT;
        StringBuilder t = new StringBuilder(resources * 420);
        t.append("""
                AWSTemplateFormatVersion: "2010-09-09"
                Description: Generated benchmark template with %d resources in %d service units
                Parameters:
                  Env:
                    Type: String
                    AllowedValues: [dev, staging, prod]
                    Default: dev
                Conditions:
                  IsProd: !Equals [!Ref Env, prod]
                Mappings:
                  Sizing:
                    dev: {Retention: 14, Threshold: 5}
                    staging: {Retention: 30, Threshold: 3}
                    prod: {Retention: 90, Threshold: 1}
                Resources:
                """.formatted(resources, units));
        for (int i = 0; i < units; i++) {
            t.append(unit(i));
        }
        t.append("Outputs:\n");
        for (int i = 0; i < Math.min(units, 60); i++) {
            t.append("""
                      Function%1$dArn:
                        Value: !GetAtt Function%1$d.Arn
                        Export: {Name: !Sub "${AWS::StackName}-fn-%1$d"}
                    """.formatted(i));
        }
        return t.toString();
    }

    private static String unit(int i) {
        return """
                  Dlq%1$d:
                    Type: AWS::SQS::Queue
                    Properties: {MessageRetentionPeriod: 1209600, SqsManagedSseEnabled: true}
                  Queue%1$d:
                    Type: AWS::SQS::Queue
                    Properties:
                      QueueName: !Sub "${Env}-work-%1$d"
                      SqsManagedSseEnabled: true
                      RedrivePolicy: {deadLetterTargetArn: !GetAtt Dlq%1$d.Arn, maxReceiveCount: 5}
                  Topic%1$d:
                    Type: AWS::SNS::Topic
                    Properties: {KmsMasterKeyId: alias/aws/sns, DisplayName: !Sub "${Env} events %1$d"}
                  Subscription%1$d:
                    Type: AWS::SNS::Subscription
                    Properties: {Protocol: lambda, TopicArn: !Ref Topic%1$d, Endpoint: !GetAtt Function%1$d.Arn}
                  Table%1$d:
                    Type: AWS::DynamoDB::Table
                    DeletionPolicy: Retain
                    UpdateReplacePolicy: Retain
                    Properties:
                      BillingMode: PAY_PER_REQUEST
                      AttributeDefinitions: [{AttributeName: id, AttributeType: S}]
                      KeySchema: [{AttributeName: id, KeyType: HASH}]
                      PointInTimeRecoverySpecification: {PointInTimeRecoveryEnabled: true}
                      SSESpecification: {SSEEnabled: true}
                  Role%1$d:
                    Type: AWS::IAM::Role
                    Properties:
                      AssumeRolePolicyDocument:
                        Version: "2012-10-17"
                        Statement: [{Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: "sts:AssumeRole"}]
                      Policies:
                        - PolicyName: access
                          PolicyDocument:
                            Version: "2012-10-17"
                            Statement:
                              - {Effect: Allow, Action: ["dynamodb:GetItem", "dynamodb:PutItem"], Resource: !GetAtt Table%1$d.Arn}
                              - {Effect: Allow, Action: "sqs:SendMessage", Resource: !GetAtt Queue%1$d.Arn}
                              - {Effect: Allow, Action: ["logs:CreateLogStream", "logs:PutLogEvents"], Resource: !Sub "${Logs%1$d.Arn}:*"}
                  Logs%1$d:
                    Type: AWS::Logs::LogGroup
                    Properties:
                      LogGroupName: !Sub "/app/${Env}/fn-%1$d"
                      RetentionInDays: !FindInMap [Sizing, !Ref Env, Retention]
                  Function%1$d:
                    Type: AWS::Lambda::Function
                    DependsOn: Logs%1$d
                    Properties:
                      Runtime: python3.12
                      Handler: index.handler
                      Role: !GetAtt Role%1$d.Arn
                      MemorySize: !If [IsProd, 512, 256]
                      Code: {ZipFile: "def handler(event, context):\\n    return 1\\n"}
                      Environment: {Variables: {TABLE: !Ref Table%1$d, QUEUE: !Ref Queue%1$d, STAGE: !Ref Env}}
                  Permission%1$d:
                    Type: AWS::Lambda::Permission
                    Properties: {Action: "lambda:InvokeFunction", FunctionName: !Ref Function%1$d, Principal: sns.amazonaws.com, SourceArn: !Ref Topic%1$d}
                  Alarm%1$d:
                    Type: AWS::CloudWatch::Alarm
                    Condition: IsProd
                    Properties:
                      Namespace: AWS/Lambda
                      MetricName: Errors
                      Dimensions: [{Name: FunctionName, Value: !Ref Function%1$d}]
                      Statistic: Sum
                      Period: 60
                      EvaluationPeriods: 1
                      Threshold: !FindInMap [Sizing, !Ref Env, Threshold]
                      ComparisonOperator: GreaterThanOrEqualToThreshold
                      AlarmActions: [!Ref Topic%1$d]
                """.formatted(i);
    }
}
