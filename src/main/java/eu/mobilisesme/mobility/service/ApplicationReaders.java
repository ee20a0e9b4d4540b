package eu.mobilisesme.mobility.service;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.mobility.persistence.MobilityApplicationRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Who, among partner clients, may read which applications: for the events other features record about them. */
@ApplicationScoped
public class ApplicationReaders {

    private final MobilityApplicationRepository applications;

    ApplicationReaders(MobilityApplicationRepository applications) {
        this.applications = applications;
    }

    /**
     * The partner clients that may read each of {@code applicationIds}: those that registered its sending or host
     * company. One query for them all, in the caller's session; an unknown id is left out.
     */
    @WithSession
    public Uni<Map<UUID, Set<String>>> partnerClients(Collection<UUID> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return applications.partnerReaders(Set.copyOf(applicationIds));
    }
}
