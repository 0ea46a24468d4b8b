package nl.iat.measures.measure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A dated step of a measure. Part of the measure: every change to it is a new measure version. */
@Entity
@Table(name = "milestone")
public class Milestone extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id")
    public Measure measure;

    public String title;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "done_on")
    public LocalDate doneOn;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    public boolean done() {
        return doneOn != null;
    }

    public boolean overdueOn(LocalDate today) {
        return doneOn == null && dueDate.isBefore(today);
    }
}
