package org.guildhall.portal.did;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.Serializable;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.guildhall.registry.did.boundary.DidResolver;
import org.guildhall.registry.did.entity.DidResolution;
import org.guildhall.registry.did.entity.DidResolutionException;
import org.guildhall.registry.did.entity.VersionSnapshot;

/**
 * The public resolver page: resolves a DID (optionally at a version or a time) through the same
 * boundary as {@code /1.0/identifiers}, and shows the document, its metadata, its anchor on chain, its
 * version history and the difference between any two versions.
 */
@Named
@ViewScoped
public class ResolverView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    transient DidResolver resolver;
    @Inject
    transient ResolverAnchors anchors;

    private String did;
    private String versionId;
    private String versionTime;
    private DidResolution resolution;
    private List<VersionSnapshot> history = List.of();
    private String errorType;
    private String errorDetail;
    private String anchorJson;
    private Integer diffFrom;
    private Integer diffTo;

    /** Resolves what the page's fields say; called on load (view parameters) and by the button. */
    public void resolve() {
        resolution = null;
        errorType = null;
        history = List.of();
        if (did == null || did.isBlank()) {
            return;
        }
        try {
            resolution = resolver.resolve(did.strip(), blankToNull(versionId), blankToNull(versionTime), false);
            history = resolver.history(resolution.did());
            anchorJson = anchors.of(resolution);
            if (diffFrom == null && history.size() > 1) {
                diffTo = history.get(history.size() - 1).versionId();
                diffFrom = diffTo - 1;
            }
        } catch (DidResolutionException e) {
            errorType = e.error().name();
            errorDetail = e.getMessage();
        }
    }

    /** Whether the DID is deactivated now, whichever version the page shows. */
    public boolean isDeactivatedNow() {
        return !history.isEmpty()
                && history.get(history.size() - 1).operation() == org.guildhall.registry.did.entity.DidOperation.DEACTIVATE;
    }

    public String getDocument() {
        return resolution == null ? null : pretty(resolution.version().document());
    }

    /** The anchor as key / value pairs for the metadata table. */
    public Map<String, String> getAnchor() {
        if (anchorJson == null) {
            return Map.of();
        }
        JsonObject anchor = ResolutionBodies.parse(anchorJson);
        java.util.LinkedHashMap<String, String> shown = new java.util.LinkedHashMap<>();
        for (String key : List.of("status", "batchId", "root", "treeSize", "leafIndex", "txHash", "blockNumber", "contract")) {
            if (anchor.containsKey(key)) {
                shown.put(key, anchor.get(key).toString().replace("\"", ""));
            }
        }
        return shown;
    }

    /** The unified diff between the two chosen versions' documents, pretty-printed. */
    public String getDiff() {
        if (diffFrom == null || diffTo == null || history.isEmpty()) {
            return null;
        }
        VersionSnapshot from = version(diffFrom);
        VersionSnapshot to = version(diffTo);
        if (from == null || to == null) {
            return null;
        }
        List<String> before = Arrays.asList(pretty(from.document()).split("\n"));
        List<String> after = Arrays.asList(pretty(to.document()).split("\n"));
        List<String> lines = UnifiedDiffUtils.generateUnifiedDiff("version " + diffFrom, "version " + diffTo, before,
                DiffUtils.diff(before, after), 3);
        return lines.isEmpty() ? "" : String.join("\n", lines);
    }

    private VersionSnapshot version(int id) {
        return history.stream().filter(v -> v.versionId() == id).findFirst().orElse(null);
    }

    static String pretty(String json) {
        StringWriter out = new StringWriter();
        try (var writer = JSON.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.write(ResolutionBodies.parse(json));
        }
        return out.toString().strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getDid() { return did; }
    public void setDid(String did) { this.did = did; }
    public String getVersionId() { return versionId; }
    public void setVersionId(String versionId) { this.versionId = versionId; }
    public String getVersionTime() { return versionTime; }
    public void setVersionTime(String versionTime) { this.versionTime = versionTime; }
    public DidResolution getResolution() { return resolution; }
    public List<VersionSnapshot> getHistory() { return history; }
    public String getErrorType() { return errorType; }
    public String getErrorDetail() { return errorDetail; }
    public Integer getDiffFrom() { return diffFrom; }
    public void setDiffFrom(Integer diffFrom) { this.diffFrom = diffFrom; }
    public Integer getDiffTo() { return diffTo; }
    public void setDiffTo(Integer diffTo) { this.diffTo = diffTo; }
}
