package eu.mobilisesme.partner.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.common.domain.Cursor;
import eu.mobilisesme.partner.domain.PartnerClient;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class PartnerClientRepository implements PanacheRepositoryBase<PartnerClient, UUID> {

    /** Clients in client-id order after {@code after}. */
    public Uni<List<PartnerClient>> findPage(Cursor after, int limit) {
        if (after == null) {
            return find("order by clientId, id").range(0, limit - 1).list();
        }
        return find("clientId > :afterKey or (clientId = :afterKey and id > :afterId) order by clientId, id",
                Parameters.with("afterKey", after.sortKey()).and("afterId", after.id())).range(0, limit - 1).list();
    }

    public Uni<PartnerClient> findByClientId(String clientId) {
        return find("clientId", clientId).firstResult();
    }
}
