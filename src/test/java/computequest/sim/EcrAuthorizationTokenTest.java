package computequest.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * aws ecr get-authorization-token, in the shape of the AWS CLI's documented example
 * (awscli/examples/ecr/get-authorization-token.rst): authorizationData[] with a base64 token that decodes to
 * user:password, when it expires (12 hours on, as the API documents) and the registry's https proxyEndpoint.
 */
class EcrAuthorizationTokenTest {

    private static JsonObject data(Cloud c, String line) {
        JsonArray all = JsonParser.parseString(Sim.run(c, line).output()).getAsJsonObject()
                .getAsJsonArray("authorizationData");
        assertEquals(1, all.size(), all.toString());
        return all.get(0).getAsJsonObject();
    }

    @Test
    void theTokenIsTheLoginPasswordForTheUserAwsAndLastsTwelveHours() {
        Cloud c = Sim.wait(Cloud.fresh(4), 3_725);
        JsonObject d = data(c, "aws ecr get-authorization-token");
        assertEquals(java.util.List.of("authorizationToken", "expiresAt", "proxyEndpoint"),
                java.util.List.copyOf(d.keySet()), "the documented members, in the model's order");
        String decoded = new String(Base64.getDecoder().decode(d.get("authorizationToken").getAsString()),
                StandardCharsets.UTF_8);
        String password = Sim.run(c, "aws ecr get-login-password --region us-east-1").output().strip();
        assertEquals("AWS:" + password, decoded, "get-login-password prints the token's password part");
        assertEquals("https://" + Sim.REG, d.get("proxyEndpoint").getAsString());
        Instant now = Instant.parse(Catalog.timestamp(c.clock()).replace("+00:00", "Z"));
        Instant expires = OffsetDateTime.parse(d.get("expiresAt").getAsString()).toInstant();
        assertEquals(Duration.ofHours(12), Duration.between(now, expires));
        Instant later = OffsetDateTime.parse(data(Sim.wait(c, 600), "aws ecr get-authorization-token")
                .get("expiresAt").getAsString()).toInstant();
        assertEquals(Duration.ofMinutes(10), Duration.between(expires, later), "each token counts from its own call");
        // user:password is what docker login takes, as the API documents it
        assertTrue(Sim.run(c, "docker login --username " + decoded.substring(0, 3) + " --password "
                + decoded.substring(4) + " " + d.get("proxyEndpoint").getAsString()).output().contains("Login Succeeded"));
    }

    @Test
    void registryIdsNameTheProxyEndpointAndMustBeAccountIds() {
        JsonObject d = data(Cloud.fresh(4), "aws ecr get-authorization-token --registry-ids 111122223333");
        assertEquals("https://111122223333.dkr.ecr.us-east-1.amazonaws.com", d.get("proxyEndpoint").getAsString());
        assertTrue(Sim.refused(Cloud.fresh(4), "aws ecr get-authorization-token --registry-ids web")
                .contains("InvalidParameterException"));
    }
}
