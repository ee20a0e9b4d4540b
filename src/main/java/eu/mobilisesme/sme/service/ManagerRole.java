package eu.mobilisesme.sme.service;

import java.util.EnumSet;
import java.util.Set;

import eu.mobilisesme.sme.domain.SmeRelation;

/**
 * How an actor manages a company, for other features' rules of who may do what with what belongs to it (its people,
 * its bank account): as the company itself, as the facilitator now in charge of it (not one it was taken from), or as
 * an administrator.
 */
public enum ManagerRole {
    OWN_COMPANY,
    FACILITATOR_IN_CHARGE,
    ADMIN;

    static Set<ManagerRole> of(Set<SmeRelation> relations) {
        Set<ManagerRole> roles = EnumSet.noneOf(ManagerRole.class);
        relations.forEach(relation -> {
            switch (relation) {
                case OWN_COMPANY -> roles.add(OWN_COMPANY);
                case ASSIGNED_FACILITATOR -> roles.add(FACILITATOR_IN_CHARGE);
                case ADMIN -> roles.add(ADMIN);
                default -> {
                }
            }
        });
        return roles;
    }
}
