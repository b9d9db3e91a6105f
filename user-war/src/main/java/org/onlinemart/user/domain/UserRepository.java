package org.onlinemart.user.domain;

import java.util.Optional;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;

public interface UserRepository {

    /** Stores a new user; false if one with that e-mail exists already. */
    boolean add(User user);

    Optional<User> findById(long id);

    /** By the e-mail in its canonical form ({@link User#canonicalEmail}). */
    Optional<User> findByEmail(String canonicalEmail);

    /** Users in the order they registered. */
    Page<User> page(PageRequest page);

    void remove(User user);
}
