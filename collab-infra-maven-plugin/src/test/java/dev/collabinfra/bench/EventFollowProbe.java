package dev.collabinfra.bench;

import dev.collabinfra.aws.AwsClients;
import dev.collabinfra.aws.AwsSettings;
import dev.collabinfra.aws.SdkStackGateway;
import dev.collabinfra.core.ProgressListener;
import dev.collabinfra.deploy.DeployContext;
import dev.collabinfra.deploy.DeployResult;
import dev.collabinfra.deploy.RenderedTemplates;
import dev.collabinfra.deploy.Sleeper;
import dev.collabinfra.deploy.StackDeployer;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Child-JVM probe: deploys a template to the endpoint at {@code args[0]} and reports the heap
 * before, at its peak while following the events, and after (with the result still held).
 * Arguments: endpoint URL, rendered main template file, stack name, and optionally a file to write
 * the event lines it printed to (to compare with what the endpoint produced).
 */
public final class EventFollowProbe {

    private EventFollowProbe() {}

    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args[0]);
        String body = Files.readString(Path.of(args[1]));
        String stack = args[2];
        AtomicInteger eventLines = new AtomicInteger();
        List<String> shown = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        ProgressListener counting = new ProgressListener() {
            @Override
            public void info(String message) {
                // event lines start with the event's time (EventLine); summaries and progress lines do not
                if (message.matches("^\\d\\d:\\d\\d:\\d\\d\\s.*")) {
                    eventLines.incrementAndGet();
                    shown.add(message);
                }
            }

            @Override
            public void detail(String message) {}

            @Override
            public void warn(String message) {}

            @Override
            public void error(String message) {}
        };
        try (AwsClients clients = new AwsClients(new AwsSettings("us-east-1", endpoint, null, "bench-key", "bench-secret", null))) {
            clients.cloudFormation(); // build the client before the baseline, so the figures are about following
            long before = Measure.usedHeapAfterGc();
            AtomicLong peak = new AtomicLong(before);
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
            long start = System.nanoTime();
            DeployContext context = new DeployContext(new SdkStackGateway(clients.cloudFormation(), Sleeper.system(), "local endpoint"),
                    counting, Clock.systemUTC(), Sleeper.system(), true, () -> UUID.randomUUID().toString());
            DeployResult result = new StackDeployer(context).deploy(DeployRequests.plain("bench", stack, RenderedTemplates.single(body), Map.of(),
                    Map.of(), List.of(), Duration.ofMinutes(14)));
            double deployMs = (System.nanoTime() - start) / 1e6;
            sampler.interrupt();
            long after = Measure.usedHeapAfterGc();
            ChildJvm.result("heapBeforeBytes", before);
            ChildJvm.result("heapAfterBytes", after);
            ChildJvm.result("heapPeakBytes", peak.get());
            ChildJvm.result("eventLines", eventLines.get());
            ChildJvm.result("deployMs", deployMs);
            ChildJvm.result("status", result.finalState().status());
            if (args.length > 3) {
                Files.write(Path.of(args[3]), shown);
            }
        }
    }
}
