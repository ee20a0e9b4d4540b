package eu.mobilisesme.payment.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import eu.mobilisesme.common.domain.DatePeriod;
import eu.mobilisesme.common.domain.GrantPayee;

/**
 * What an approval tells the grant of a mobility: whose it is, who pays and who is paid, the planned stay and the
 * facts its rate depends on, and the budget line the approver chose, if any.
 */
public record GrantRequest(UUID applicationId, UUID callId, UUID sendingSmeId, String sendingCountry,
        UUID participantId, UUID payerFacilitatorId, String hostCountry, boolean disability,
        List<DatePeriod> plannedStay, GrantPayee payeeKind, int prefinancingPercent, Optional<UUID> budgetLineId,
        LocalDate approvedOn) {

    public GrantRequest {
        plannedStay = List.copyOf(plannedStay);
    }

    UUID payeeId() {
        return payeeKind == GrantPayee.PARTICIPANT ? participantId : sendingSmeId;
    }
}
