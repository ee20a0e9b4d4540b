package eu.mobilisesme.grant.persistence;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.grant.domain.GrantCalculation;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

/**
 * Committed grant calculations. They are persisted in the transaction that commits the grant (the approval, or the
 * recalculation on the actual dates), by the service that runs it, and never changed.
 */
@ApplicationScoped
public class GrantCalculationRepository implements PanacheRepositoryBase<GrantCalculation, UUID> {
}
