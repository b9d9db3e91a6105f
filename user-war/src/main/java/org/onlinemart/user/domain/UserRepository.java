package org.onlinemart.user.domain;

import java.util.List;
import java.util.Optional;

public interface UserRepository {

    /** Stores a new user; false if one with that e-mail exists already. */
    boolean add(User user);

    Optional<User> findById(long id);

    /** By the e-mail in its canonical form ({@link User#canonicalEmail}). */
    Optional<User> findByEmail(String canonicalEmail);

    /** Users in the order they registered. */
    List<User> page(int offset, int limit);

    long count();

    void remove(User user);
}
