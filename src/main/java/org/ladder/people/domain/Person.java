package org.ladder.people.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.ladder.base.security.Role;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person of the organisation, and a user of the portal. */
@Entity
@Table(name = "person")
public class Person {

    public static final int MAX_EXTERNAL_ID = 64;
    public static final int MAX_NAME_PART = 100;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_JOB_TITLE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "external_id", nullable = false, unique = true, length = MAX_EXTERNAL_ID)
    private String externalId;

    @Column(nullable = false, unique = true, length = MAX_EMAIL)
    private String username;

    @Column(nullable = false, unique = true, length = MAX_EMAIL)
    private String email;

    @Column(name = "first_name", nullable = false, length = MAX_NAME_PART)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = MAX_NAME_PART)
    private String lastName;

    /** First and last name, kept for sorting and searching. */
    @Column(name = "display_name", nullable = false, length = 2 * MAX_NAME_PART + 1)
    private String displayName;

    @Column(name = "job_title", length = MAX_JOB_TITLE)
    private String jobTitle;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private Person manager;

    @Column(name = "password_hash", length = 100)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role", length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** Raised when roles, active state or password change: sessions signed in with an older value end (V9). */
    @Column(name = "security_version", nullable = false)
    private long securityVersion;

    /** A one-time password set by an admin: the person chooses their own at the next sign-in. */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Person() {
    }

    public Person(String externalId, String username, String email, String firstName, String lastName) {
        this.externalId = externalId;
        this.username = username;
        this.email = email;
        this.firstName = firstName;
        this.lastName = lastName;
    }

    @PrePersist
    @PreUpdate
    void stamp() {
        displayName = firstName + " " + lastName;
        Instant now = Instant.now();
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setName(String firstName, String lastName) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.displayName = firstName + " " + lastName;
    }

    public String getDisplayName() {
        return displayName != null ? displayName : firstName + " " + lastName;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public void setUnit(OrgUnit unit) {
        this.unit = unit;
    }

    public Person getManager() {
        return manager;
    }

    public void setManager(Person manager) {
        this.manager = manager;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        if (!java.util.Objects.equals(this.passwordHash, passwordHash)) {
            securityVersion++;
        }
        this.passwordHash = passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        if (this.active != active) {
            securityVersion++;
        }
        this.active = active;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        if (!this.roles.equals(roles)) {
            securityVersion++;
        }
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public long getSecurityVersion() {
        return securityVersion;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public void setPasswordChangeRequired(boolean passwordChangeRequired) {
        this.passwordChangeRequired = passwordChangeRequired;
    }
}
