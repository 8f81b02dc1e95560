package computequest.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

/** --output yaml against the AWS CLI user guide's example (Setting the output format: YAML). */
class YamlFormatTest {

    @Test
    void theUserGuidesListUsersExample() {
        String json = """
                {"Users": [{"Path": "/", "UserName": "admin", "UserId": "AIDA1111111111EXAMPLE",
                  "Arn": "arn:aws:iam::123456789012:user/admin", "CreateDate": "2014-10-16T16:03:09+00:00",
                  "PasswordLastUsed": "2016-06-03T18:37:29+00:00"}]}""";
        assertEquals("""
                Users:
                - Arn: arn:aws:iam::123456789012:user/admin
                  CreateDate: '2014-10-16T16:03:09+00:00'
                  PasswordLastUsed: '2016-06-03T18:37:29+00:00'
                  Path: /
                  UserId: AIDA1111111111EXAMPLE
                  UserName: admin""", YamlFormat.of(JsonParser.parseString(json)));
    }

    @Test
    void emptyCollectionsNumbersBooleansAndStringsThatLookLikeThem() {
        String json = "{\"b\": true, \"n\": 3, \"s\": \"3\", \"t\": \"true\", \"l\": [], \"m\": {}, \"x\": [[1, 2]]}";
        assertEquals("""
                b: true
                l: []
                m: {}
                n: 3
                s: '3'
                t: 'true'
                x:
                - - 1
                  - 2""", YamlFormat.of(JsonParser.parseString(json)));
    }
}
