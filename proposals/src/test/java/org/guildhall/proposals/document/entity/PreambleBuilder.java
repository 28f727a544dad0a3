package org.guildhall.proposals.document.entity;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Test data: a valid Standards Track preamble unless told otherwise. */
public final class PreambleBuilder {

    private String title = "Node certificate renewal";
    private String description = "How certified nodes renew their X.509 certificates before they expire.";
    private List<String> authors = List.of("Li Wei <li.wei@example.cn>", "Ada Lovelace (@ada)");
    private String discussionsTo = "https://forum.guildhall.example/t/node-certificate-renewal/42";
    private ProposalType type = ProposalType.STANDARDS_TRACK;
    private Category category = Category.CORE;
    private LocalDate created = LocalDate.of(2025, 6, 1);
    private List<Integer> requires = List.of();

    public static PreambleBuilder preamble() {
        return new PreambleBuilder();
    }

    public PreambleBuilder title(String title) {
        this.title = title;
        return this;
    }

    public PreambleBuilder description(String description) {
        this.description = description;
        return this;
    }

    public PreambleBuilder authors(String... authors) {
        this.authors = Arrays.asList(authors);
        return this;
    }

    public PreambleBuilder discussionsTo(String discussionsTo) {
        this.discussionsTo = discussionsTo;
        return this;
    }

    public PreambleBuilder type(ProposalType type) {
        this.type = type;
        return this;
    }

    public PreambleBuilder category(Category category) {
        this.category = category;
        return this;
    }

    /** A Meta or Informational proposal, which has no category. */
    public PreambleBuilder uncategorised(ProposalType type) {
        this.type = type;
        this.category = null;
        return this;
    }

    public PreambleBuilder created(LocalDate created) {
        this.created = created;
        return this;
    }

    public PreambleBuilder requires(Integer... requires) {
        this.requires = Arrays.asList(requires);
        return this;
    }

    public Preamble build() {
        return new Preamble(title, description, authors, discussionsTo, type, category, created, requires);
    }
}
