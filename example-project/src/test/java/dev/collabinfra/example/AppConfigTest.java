package dev.collabinfra.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AppConfigTest {

    @Test
    void readsTheSeedsVariables() {
        AppConfig config = AppConfig.fromEnvironment(Map.of(
                "PORT", "9090", "NODE_ENV", "production", "REDIS_ENDPOINT", " redis.local ",
                "DYNAMODB_TABLE", "collaboration-state", "AWS_REGION", "us-west-2"));

        assertEquals(new AppConfig(9090, "production", "redis.local", "collaboration-state", "us-west-2"), config);
        assertTrue(config.production());
    }

    @Test
    void defaultsForLocalDevelopment() {
        AppConfig config = AppConfig.fromEnvironment(Map.of("REDIS_ENDPOINT", "  "));

        assertEquals(new AppConfig(8080, "development", "", "", ""), config);
        assertFalse(config.production());
    }

    @Test
    void aBadPortNamesTheVariableAndValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AppConfig.fromEnvironment(Map.of("PORT", "eighty")));
        assertEquals("PORT must be a number between 0 and 65535, was 'eighty'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AppConfig.fromEnvironment(Map.of("PORT", "70000")));
    }
}
