package org.guildhall.it.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.guildhall.it.dsl.PortalApi.Answer;

/** Proposal texts and the steps of the improvement process, as a client of the REST API takes them. */
public final class Proposals {

    public static final String BODY = "## Abstract\nMembers vote on this. 测试\n\n## Motivation\nThe integration test needs it.\n\n"
            + "## Specification\n- Nodes MUST answer within one second.\n- Nodes SHALL log every ballot.\n\n"
            + "## Rationale\nKept short.\n\n## Security Considerations\nNone.\n";

    private Proposals() {
    }

    /** A Standards Track (Core) proposal text as JSON. */
    public static String document(String title, String body) {
        return Json.createObjectBuilder().add("title", title).add("description", "A proposal made by the integration test.")
                .add("authors", Json.createArrayBuilder().add("Integration Test <it@example.org>"))
                .add("discussionsTo", "https://forum.example.org/t/it").add("type", "STANDARDS_TRACK")
                .add("category", "CORE").add("body", body).build().toString();
    }

    public static JsonObject move(PortalApi api, String token, String proposal, String to) {
        Answer moved = api.post("api/v1/proposals/" + proposal + "/transitions", token,
                Json.createObjectBuilder().add("to", to).build().toString());
        assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
        return moved.object();
    }

    /** Sets a track's voting period (other settings kept, expedited variant dropped); returns the old settings. */
    public static JsonObject shortenTrack(PortalApi api, String admin, String track, String period) {
        JsonObject current = api.get("api/v1/tracks/" + track, null).object();
        String change = Json.createObjectBuilder().add("electorate", current.getString("electorate").toUpperCase())
                .add("weighting", current.getString("weighting").toUpperCase()).add("votingPeriod", period)
                .add("quorum", current.getString("quorum")).add("threshold", current.getString("threshold"))
                .add("vetoThreshold", current.getString("vetoThreshold"))
                .add("version", current.getJsonNumber("version").longValue()).build().toString();
        Answer changed = api.put("api/v1/tracks/" + track, admin, change);
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        return current;
    }
}
