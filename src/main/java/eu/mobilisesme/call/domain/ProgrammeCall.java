package eu.mobilisesme.call.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import eu.mobilisesme.common.domain.AuditedEntity;

/** A call of the programme, e.g. "MobiliseSME 2026": the period in which companies register and apply. */
@Entity
@Table(name = "programme_call")
public class ProgrammeCall extends AuditedEntity {

    private String code;
    private String title;
    @Column(name = "opens_on")
    private LocalDate opensOn;
    @Column(name = "closes_on")
    private LocalDate closesOn;

    protected ProgrammeCall() {
    }
}
