package org.ladder.charter;

/** A charter version was published (the previous one superseded), in the publishing job's transaction. */
public record CharterPublished(long versionId, int number) {
}
