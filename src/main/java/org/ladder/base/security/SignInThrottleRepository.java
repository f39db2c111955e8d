package org.ladder.base.security;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface SignInThrottleRepository extends JpaRepository<SignInThrottleEntry, String> {

    /** The entry, locked for this transaction, so that nodes counting the same key wait for each other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from SignInThrottleEntry e where e.key = :key")
    Optional<SignInThrottleEntry> findForUpdate(String key);
}
