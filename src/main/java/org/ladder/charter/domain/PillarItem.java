package org.ladder.charter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A strategic pillar: a name, what it means, and the leader who owns it. */
@Embeddable
public class PillarItem {

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "description", nullable = false, length = 1000)
    private String description;

    @Column(name = "owner_person_id")
    private Long ownerPersonId;

    protected PillarItem() {
    }

    public PillarItem(String name, String description, Long ownerPersonId) {
        this.name = name;
        this.description = description;
        this.ownerPersonId = ownerPersonId;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Long getOwnerPersonId() {
        return ownerPersonId;
    }
}
