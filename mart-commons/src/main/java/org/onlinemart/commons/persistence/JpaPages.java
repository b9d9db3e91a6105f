package org.onlinemart.commons.persistence;

import jakarta.persistence.TypedQuery;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;

/** A repository's page: the ordered query's rows for the requested page, and how many rows there are in all. */
public final class JpaPages {

    private JpaPages() {}

    public static <T> Page<T> page(TypedQuery<T> ordered, TypedQuery<Long> count, PageRequest request) {
        return Page.of(
                request,
                ordered.setFirstResult(request.offset())
                        .setMaxResults(request.size())
                        .getResultList(),
                count.getSingleResult());
    }
}
