package org.ladder.charter;

/** The life of a charter version: drafted, approved, published, replaced by the next one. */
public enum CharterStatus {
    DRAFT("Draft"), IN_APPROVAL("In approval"), PUBLISHED("Published"), SUPERSEDED("Superseded");

    private final String label;

    CharterStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
