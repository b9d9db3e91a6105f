package org.onlinemart.user.application;

/** What a user changes about themself; null leaves a field as it is. */
public record ProfileChanges(String name, String phone, String password) {

    @Override
    public String toString() {
        return "ProfileChanges[name=" + name + ", phone=" + phone + ", password "
                + (password == null ? "kept" : "changed") + "]";
    }
}
