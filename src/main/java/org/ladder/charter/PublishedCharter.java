package org.ladder.charter;

/** The charter version in force: its id and its number (“version 3”). */
public record PublishedCharter(long versionId, int number) {
}
