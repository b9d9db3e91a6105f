package org.onlinemart.user.application;

import org.onlinemart.user.domain.User;

/** Issues the access token a granted login answers with; how it is signed is infrastructure's concern. */
public interface TokenIssuer {

    IssuedToken issue(User user);
}
