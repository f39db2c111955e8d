package org.ladder.charter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A value of the organisation: a name and what it means. */
@Embeddable
public class ValueItem {

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "description", nullable = false, length = 1000)
    private String description;

    protected ValueItem() {
    }

    public ValueItem(String name, String description) {
        this.name = name;
        this.description = description;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }
}
