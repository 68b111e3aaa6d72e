package dev.collabinfra.deploy;

import java.util.List;

/**
 * CloudWatch alarms that roll the stack back when they fire during the operation or the
 * monitoring period after it (CloudFormation's rollback configuration).
 *
 * @param monitoringMinutes how long to watch the alarms after the operation; null for CloudFormation's default
 */
public record RollbackSettings(List<Trigger> triggers, Integer monitoringMinutes) {

    /** One alarm, by ARN, with its type ({@code AWS::CloudWatch::Alarm} or {@code AWS::CloudWatch::CompositeAlarm}). */
    public record Trigger(String arn, String type) {}

    public RollbackSettings {
        triggers = List.copyOf(triggers);
    }

    public static RollbackSettings none() {
        return new RollbackSettings(List.of(), null);
    }

    public boolean isEmpty() {
        return triggers.isEmpty() && monitoringMinutes == null;
    }
}
