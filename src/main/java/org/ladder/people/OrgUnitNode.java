package org.ladder.people;

/** An org unit as the tree shows it, with the counts the tree needs to stay lazy. */
public record OrgUnitNode(long id, String name, Long parentId, Long headId, String headName, long childUnits,
        long members) {

    public boolean hasChildren() {
        return childUnits > 0;
    }
}
