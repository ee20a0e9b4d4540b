package eu.mobilisesme.payment.persistence;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.payment.domain.MobilityGrant;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

@ApplicationScoped
public class MobilityGrantRepository implements PanacheRepositoryBase<MobilityGrant, UUID> {
}
