package no.ipt.application.casefile;

import java.io.Serializable;
import java.time.Instant;
import no.ipt.domain.casefile.CaseComment;

/** A comment on a case. */
public record CommentView(long id, String author, Instant writtenAt, String text) implements Serializable {

    static CommentView of(CaseComment c) {
        return new CommentView(c.id(), c.author(), c.writtenAt(), c.text());
    }
}
