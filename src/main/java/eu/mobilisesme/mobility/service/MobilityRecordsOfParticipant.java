package eu.mobilisesme.mobility.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.mobility.domain.MobilityApplication;
import eu.mobilisesme.mobility.domain.StayPart;
import eu.mobilisesme.mobility.persistence.MobilityApplicationRepository;
import eu.mobilisesme.participant.service.ParticipantRecords;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** A participant's mobility applications, for their data export. */
@ApplicationScoped
public class MobilityRecordsOfParticipant implements ParticipantRecords {

    private final MobilityApplicationRepository applications;

    public MobilityRecordsOfParticipant(MobilityApplicationRepository applications) {
        this.applications = applications;
    }

    @Override
    @WithSession
    public Uni<List<HeldRecord>> heldAbout(UUID participantId) {
        return applications.findByParticipant(participantId)
                .map(found -> found.stream().map(MobilityRecordsOfParticipant::record).toList());
    }

    private static HeldRecord record(MobilityApplication application) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("status", application.getStatus().name());
        facts.put("callId", application.getCallId());
        facts.put("sendingSmeId", application.getSendingSmeId());
        facts.put("hostSmeId", application.getHostSmeId());
        facts.put("plannedStay", application.plannedStay().parts().stream().map(StayPart::isoInterval).toList());
        facts.put("actualStart", application.getActualStart());
        facts.put("actualEnd", application.getActualEnd());
        facts.put("createdAt", application.getCreatedAt());
        return new HeldRecord("mobility-application", application.getId(), facts);
    }
}
