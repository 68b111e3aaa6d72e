/**
 * Local endpoints that speak AWS's wire protocols, so deploy and package code is tested with the
 * real AWS SDK over HTTP instead of mocks (the module {@code collab-infra-local-endpoint}, a test
 * dependency of the plugin; it reads templates itself, with {@code testendpoint.template}): {@link dev.collabinfra.testendpoint.LocalS3} (S3Proxy
 * in a child JVM) and {@link dev.collabinfra.testendpoint.LocalCloudFormation} (the CloudFormation
 * Query API with asynchronous provisioning, nested stacks, change sets, fault injection and call
 * recording). JUnit tests use {@link dev.collabinfra.testendpoint.LocalEndpointExtension}; the
 * invoker ITs (and a local rehearsal) get both from
 * {@link dev.collabinfra.testendpoint.LocalEndpointMain}, which the plugin's build starts.
 *
 * <p>Templates ask for resource-level behaviour through Metadata:
 * <pre>
 * Metadata:
 *   LocalEndpoint:
 *     FailOn: CREATE        # CREATE, UPDATE, DELETE, ROLLBACK, or a list of them
 *     Reason: "quota exceeded"
 *     Delay: 2000           # this resource takes 2 s (default: the endpoint's resourceDelay)
 * </pre>
 * API-level faults are set with {@link dev.collabinfra.testendpoint.LocalCloudFormation#faults()}, or for the
 * calls signed for one region with {@code faults(region)}. Each region the SDK signs for has its own
 * stacks ({@code RegionalBackend}); StackSets ({@code StackSetActions}) put one real stack per account
 * and region, so a {@code FailOn} under a condition on {@code AWS::Region} fails one region only.
 */
package dev.collabinfra.testendpoint;
