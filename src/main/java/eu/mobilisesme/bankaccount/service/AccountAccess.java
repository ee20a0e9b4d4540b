package eu.mobilisesme.bankaccount.service;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.bankaccount.domain.OwnerKind;
import eu.mobilisesme.common.domain.AccessDeniedException;
import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.ConflictException;
import eu.mobilisesme.common.domain.ResourceNotFoundException;
import eu.mobilisesme.facilitator.service.FacilitatorService;
import eu.mobilisesme.participant.service.ParticipantService;
import eu.mobilisesme.sme.service.ManagerRole;
import eu.mobilisesme.sme.service.SmeService;
import io.smallrye.mutiny.Uni;

/**
 * Who may do what with an owner's bank accounts, written once:
 * <ul>
 * <li>read: the owner's side ({@link AccountPart#HOLDER}), the facilitator in charge and administrators. For anyone
 * else the owner does not exist (404), as the company's people do not: a company in the public catalogue shows its
 * profile, never its money. A facilitator the company was taken from is no longer in charge and sees nothing.</li>
 * <li>give an account: for a company and its participants the company's users; for a facilitator an administrator
 * (facilitator users read their organisation's account, they do not change where its bank files take money from).</li>
 * <li>confirm or refuse a waiting account: for a company and its participants the facilitator in charge, while it is
 * active; for a facilitator an administrator.</li>
 * </ul>
 * Partner clients never get this far: no bank-account endpoint admits their role. An erased participant's accounts
 * are erased with them: there is nothing to read, and nothing can be given (409 {@code PARTICIPANT_ERASED}).
 */
@ApplicationScoped
class AccountAccess {

    private final SmeService smes;
    private final ParticipantService participants;
    private final FacilitatorService facilitators;

    AccountAccess(SmeService smes, ParticipantService participants, FacilitatorService facilitators) {
        this.smes = smes;
        this.participants = participants;
        this.facilitators = facilitators;
    }

    /** What the actor is to the owner, if it may read the owner's accounts; otherwise 404, as if there were none. */
    Uni<Standing> readable(Actor actor, AccountOwner owner) {
        return standing(actor, owner).invoke(standing -> {
            if (standing.parts().isEmpty()) {
                throw new ResourceNotFoundException(owner.resourceType(), owner.id());
            }
        });
    }

    /** As {@link #readable}, and the actor may give the owner a new account (403), which exists still (409). */
    Uni<Standing> mayGive(Actor actor, AccountOwner owner) {
        return readable(actor, owner).invoke(standing -> {
            if (!standing.hasAnyOf(givers(owner.kind()))) {
                throw new AccessDeniedException(owner.kind() == OwnerKind.FACILITATOR
                        ? "Only programme administrators give a facilitator's bank account."
                        : "Only the company's own users give its bank accounts and those of its people.");
            }
            requireNotErased(standing);
        });
    }

    /**
     * As {@link #readable}, and the actor may confirm or refuse the owner's waiting account (403): the facilitator in
     * charge, if still active, for companies and their people; an administrator for facilitators.
     */
    Uni<Standing> mayDecide(Actor actor, AccountOwner owner) {
        return readable(actor, owner).flatMap(standing -> {
            if (!standing.hasAnyOf(deciders(owner.kind()))) {
                throw new AccessDeniedException(owner.kind() == OwnerKind.FACILITATOR
                        ? "Only programme administrators confirm a facilitator's bank account."
                        : "Only the facilitator in charge of the company confirms or refuses a new bank account.");
            }
            requireNotErased(standing);
            if (!standing.parts().contains(AccountPart.FACILITATOR_IN_CHARGE) || owner.kind() == OwnerKind.FACILITATOR) {
                return Uni.createFrom().item(standing);
            }
            UUID facilitatorId = actor.facilitatorId().orElseThrow();
            return facilitators.profile(facilitatorId).map(facilitator -> {
                if (!facilitator.active()) {
                    throw new AccessDeniedException("Facilitator " + facilitatorId + " is no longer active, so it does "
                            + "not confirm bank accounts; an administrator assigns the company to an active one.");
                }
                return standing;
            });
        });
    }

    private static Set<AccountPart> givers(OwnerKind kind) {
        return kind == OwnerKind.FACILITATOR ? EnumSet.of(AccountPart.ADMIN) : EnumSet.of(AccountPart.HOLDER);
    }

    private static Set<AccountPart> deciders(OwnerKind kind) {
        return kind == OwnerKind.FACILITATOR ? EnumSet.of(AccountPart.ADMIN)
                : EnumSet.of(AccountPart.FACILITATOR_IN_CHARGE);
    }

    private static void requireNotErased(Standing standing) {
        if (standing.erased()) {
            throw new ConflictException("PARTICIPANT_ERASED",
                    "The participant's personal data has been erased, their bank accounts with it.");
        }
    }

    /** The actor's parts for the owner (none: it may not know the owner exists); 404 when there is no such owner. */
    private Uni<Standing> standing(Actor actor, AccountOwner owner) {
        return switch (owner.kind()) {
            case SME -> smes.managerRoles(actor, owner.id()).map(roles -> new Standing(parts(roles), false));
            case PARTICIPANT -> participants.membership(owner.id()).flatMap(member -> smes
                    .managerRoles(actor, member.smeId()).map(roles -> new Standing(parts(roles), member.erased())));
            case FACILITATOR -> facilitators.profile(owner.id()).map(facilitator -> {
                Set<AccountPart> parts = EnumSet.noneOf(AccountPart.class);
                if (actor.isAdmin()) {
                    parts.add(AccountPart.ADMIN);
                }
                if (actor.actsForFacilitator(owner.id())) {
                    parts.add(AccountPart.HOLDER);
                }
                return new Standing(parts, false);
            });
        };
    }

    private static Set<AccountPart> parts(Set<ManagerRole> roles) {
        Set<AccountPart> parts = EnumSet.noneOf(AccountPart.class);
        roles.forEach(role -> parts.add(switch (role) {
            case OWN_COMPANY -> AccountPart.HOLDER;
            case FACILITATOR_IN_CHARGE -> AccountPart.FACILITATOR_IN_CHARGE;
            case ADMIN -> AccountPart.ADMIN;
        }));
        return parts;
    }

    /** The actor's parts for an owner, and whether the owner is a participant whose data was erased. */
    record Standing(Set<AccountPart> parts, boolean erased) {

        boolean hasAnyOf(Set<AccountPart> wanted) {
            return parts.stream().anyMatch(wanted::contains);
        }
    }
}
