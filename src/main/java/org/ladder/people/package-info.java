/**
 * People and organisation: the org-unit tree, people, reporting lines and roles; the CSV import; the users the
 * portal and the engine know. The root holds the API other modules use.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People and organisation", allowedDependencies = "base")
package org.ladder.people;
