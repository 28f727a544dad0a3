package org.guildhall.portal.proposals;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.guildhall.portal.shell.CurrentUser;
import org.guildhall.portal.shell.Messages;
import org.guildhall.proposals.document.boundary.ProposalRendering;
import org.guildhall.proposals.proposal.boundary.Proposals;
import org.guildhall.proposals.proposal.entity.Comment;
import org.guildhall.proposals.proposal.entity.Proposal;

/** A proposal's discussion as a thread: comments in order, replies under what they answer, Markdown rendered sanitised. */
@Named
@ViewScoped
public class ProposalCommentsView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Replies deeper than this are indented no further. */
    private static final int MAX_INDENT = 4;

    /** A comment in the thread: how deep it is, and its body as sanitised HTML. */
    public record Entry(Comment comment, int depth, String html) {

        public String indentClass() {
            return "gh-comment-depth-" + Math.min(depth, MAX_INDENT);
        }
    }

    @Inject
    transient ProposalDetailView detail;
    @Inject
    transient Proposals proposals;
    @Inject
    transient ProposalRendering rendering;
    @Inject
    transient CurrentUser user;

    private UUID proposalId;
    private List<Entry> thread = List.of();
    private String body;
    private UUID replyTo;

    @PostConstruct
    void load() {
        Proposal proposal = detail.getProposal();
        if (proposal != null) {
            proposalId = proposal.getId();
            thread = thread(proposals.comments(proposalId));
        }
    }

    public void post() {
        if (body == null || body.isBlank()) {
            Messages.error("comments.empty");
            return;
        }
        proposals.comment(proposalId, replyTo, body);
        Messages.info(replyTo == null ? "comments.posted" : "comments.replied");
        body = null;
        replyTo = null;
        thread = thread(proposals.comments(proposalId));
    }

    public void reply(Comment comment) {
        replyTo = comment.getId();
    }

    public void cancelReply() {
        replyTo = null;
    }

    /** The author of the comment being answered, or null when the new comment answers none. */
    public String getReplyingTo() {
        return replyTo == null ? null : thread.stream().filter(e -> e.comment().getId().equals(replyTo)).findFirst()
                .map(e -> e.comment().getAuthor()).orElse(null);
    }

    public boolean isCanComment() {
        return user.isSignedIn();
    }

    /** Orders comments depth first: each followed by its replies, oldest first at every level. */
    private List<Entry> thread(List<Comment> comments) {
        Map<UUID, List<Comment>> children = new LinkedHashMap<>();
        List<Comment> roots = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        comments.forEach(c -> ids.add(c.getId()));
        for (Comment comment : comments) {
            if (comment.getParentId() == null || !ids.contains(comment.getParentId())) {
                roots.add(comment);
            } else {
                children.computeIfAbsent(comment.getParentId(), k -> new ArrayList<>()).add(comment);
            }
        }
        List<Entry> ordered = new ArrayList<>();
        Deque<Entry> stack = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(new Entry(roots.get(i), 0, null));
        }
        while (!stack.isEmpty()) {
            Entry next = stack.pop();
            ordered.add(new Entry(next.comment(), next.depth(), rendering.html(next.comment().getBody())));
            List<Comment> replies = children.getOrDefault(next.comment().getId(), List.of());
            for (int i = replies.size() - 1; i >= 0; i--) {
                stack.push(new Entry(replies.get(i), next.depth() + 1, null));
            }
        }
        return ordered;
    }

    public List<Entry> getThread() { return thread; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public UUID getReplyTo() { return replyTo; }
}
