package nl.iat.measures.reference;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A line along which the extra counter-terrorism money is spent (speerpunt). */
@Entity
@Table(name = "priority_line")
public class PriorityLine extends PanacheEntityBase {

    @Id
    public String code;

    public int number;

    @Column(name = "name_nl")
    public String nameNl;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "description_nl")
    public String descriptionNl;

    @Column(name = "description_en")
    public String descriptionEn;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;
}
