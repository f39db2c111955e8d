/**
 * Charter and strategy: mission, vision, values and strategic pillars, versioned together; drafted and approved by
 * leadership, published through the {@code charter-publication} process, acknowledged by everyone.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Charter and strategy", allowedDependencies = {"base", "people", "tasks"})
package org.ladder.charter;
